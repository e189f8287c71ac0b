"""BillRunService through the live server, on both databases (FAC-1, FAC-2, FAC-5, FAC-6,
FAC-8): rights (billing.read / billing.tariffs / billing.run), agency scope (another
agency's batch or run is NOT_FOUND), bad input (reason + field), idempotent repeats, state
errors (BILL_RUN_STATE, BILL_RUN_BUSY), the whole cycle batch -> run -> simulation ->
review -> finalization -> summary, and the server's own worker thread."""

from __future__ import annotations

import time

import grpc
import pytest

from iwebs.v1 import bill_run_service_pb2 as pb
from iwebs.v1 import bill_run_service_pb2_grpc as pb_grpc
from iwebs.v1 import common_pb2
from iwebs_server.application.clock import new_id
from iwebs_server.application.reference_seed import seed_reference_data
from iwebs_server.persistence.tables.customer_base import RoundRow
from iwebs_server.persistence.tables.reference_data import GLOBAL_SCOPE, ParameterValueRow
from tests.factories.live_server import LiveServer
from tests.server.application.bill_run_harness import GRID, seed_subscriptions, tariff_rows
from tests.server.rpc.security_helpers import refused

INVALID, NOT_FOUND = grpc.StatusCode.INVALID_ARGUMENT, grpc.StatusCode.NOT_FOUND
PRECONDITION, DENIED = grpc.StatusCode.FAILED_PRECONDITION, grpc.StatusCode.PERMISSION_DENIED
PASSWORD = "Billing-Rpc-Test-2026"


def day(y: int, m: int, d: int) -> common_pb2.Date:
    return common_pb2.Date(year=y, month=m, day=d)


def stub(server: LiveServer, login: str, profile: str, agencies: tuple[str, ...] = ("DKR",)):  # type: ignore[no-untyped-def]
    server.create_user(login, profile, agencies, password=PASSWORD)
    client = server.login(login, PASSWORD, agencies[0])
    return client._stub(pb_grpc.BillRunServiceStub)


@pytest.fixture
def server(live_server: LiveServer) -> LiveServer:
    app = live_server.app
    now = app.clock.now()
    dkr = live_server.agency_id("DKR")
    with app.uow_factory() as uow:
        seed_reference_data(uow, app.clock)
        round_row = RoundRow(
            id=new_id(), agency_id=dkr, code="R01", name="Tournée 1", grouping_code="",
            active=True, version=1,
        )  # fmt: skip
        uow.session.add(round_row)
        uow.reference_data.add_parameter_value(
            ParameterValueRow(
                id=new_id(), key="billing.chunk_size", scope=GLOBAL_SCOPE, value="3", version=1,
                updated_at=now, updated_by=new_id(),
            )
        )  # fmt: skip
        tariff_rows(uow, now, GRID)
    seed_subscriptions(app.uow_factory, dkr, round_row.id, 7, now=now)
    return live_server


def run_request(batch_id: str, request_id: str = "", **changes: object) -> pb.CreateBillRunRequest:
    request = pb.CreateBillRunRequest(
        request_id=request_id or new_id(),
        batch_id=batch_id,
        period_label="2026-09",
        period_start=day(2026, 9, 1),
        period_end=day(2026, 9, 30),
        bill_date=day(2026, 10, 5),
    )
    for name, value in changes.items():
        field = getattr(request, name)
        if hasattr(field, "CopyFrom"):
            field.CopyFrom(value)
        else:
            setattr(request, name, value)
    return request


def wait_status(runs, run_id: str, status: int, seconds: float = 60) -> pb.BillRun:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while True:
        run: pb.BillRun = runs.GetBillRun(pb.GetBillRunRequest(run_id=run_id)).run
        if run.status == status:
            return run
        assert time.monotonic() < deadline, f"run still in status {run.status}"
        time.sleep(0.1)


def test_batches_rights_scope_and_input(server: LiveServer) -> None:
    agent = stub(server, "facturation", "billing")
    cashier = stub(server, "caissiere", "cashier")
    stranger = stub(server, "facturation_ths", "billing", ("THS",))
    dkr = server.agency_id("DKR")
    batch = pb.BillingBatch(
        agency_id=dkr, code="lot-dom", name="Domestiques", service="electricity",
        billing_periodicity="monthly", tariff_category_codes=["DPP"],
    )  # fmt: skip
    request = pb.CreateBillingBatchRequest(request_id=new_id(), batch=batch)
    refused(cashier.CreateBillingBatch, request, DENIED, "PERMISSION_DENIED")
    refused(cashier.ListBillRuns, pb.ListBillRunsRequest(), DENIED, "PERMISSION_DENIED")
    created = agent.CreateBillingBatch(request).batch
    assert (created.code, created.tariff_category_codes, created.version) == ("LOT-DOM", ["DPP"], 1)
    assert agent.CreateBillingBatch(request).batch == created  # idempotent repeat
    again = pb.CreateBillingBatchRequest(request_id=new_id(), batch=batch)
    refused(agent.CreateBillingBatch, again, grpc.StatusCode.ALREADY_EXISTS, "ALREADY_EXISTS")
    bad = pb.CreateBillingBatchRequest(
        request_id=new_id(),
        batch=pb.BillingBatch(agency_id=dkr, code="X", name="x", service="gas"),
    )
    assert refused(agent.CreateBillingBatch, bad, INVALID, "INVALID_ARGUMENT").fields == [
        "batch.service"
    ]
    unknown = pb.CreateBillingBatchRequest(
        request_id=new_id(),
        batch=pb.BillingBatch(agency_id=dkr, code="Y", name="y", tariff_category_codes=["NOPE"]),
    )
    assert refused(agent.CreateBillingBatch, unknown, INVALID, "INVALID_ARGUMENT").fields == [
        "batch.tariff_category_codes[0]"
    ]
    # another agency's user: the batch does not exist for them; nor does DKR as agency
    get = pb.GetBillingBatchRequest(batch_id=created.batch_id)
    refused(stranger.GetBillingBatch, get, NOT_FOUND, "NOT_FOUND")
    foreign = pb.CreateBillingBatchRequest(
        request_id=new_id(), batch=pb.BillingBatch(agency_id=dkr, code="Z", name="z")
    )
    refused(stranger.CreateBillingBatch, foreign, NOT_FOUND, "NOT_FOUND")
    assert agent.GetBillingBatch(get).batch.subscription_count == 7
    update = pb.UpdateBillingBatchRequest(
        request_id=new_id(),
        batch_id=created.batch_id,
        version=1,
        batch=pb.BillingBatch(name="Domestiques DPP", service="electricity"),
    )
    updated = agent.UpdateBillingBatch(update).batch
    assert (updated.name, updated.version, updated.tariff_category_codes) == (
        "Domestiques DPP",
        2,
        [],
    )
    stale = pb.UpdateBillingBatchRequest(
        request_id=new_id(), batch_id=created.batch_id, version=1, batch=updated
    )
    refused(agent.UpdateBillingBatch, stale, PRECONDITION, "VERSION_CONFLICT")
    off = agent.DeactivateBillingBatch(
        pb.DeactivateBillingBatchRequest(request_id=new_id(), batch_id=created.batch_id, version=2)
    ).batch
    assert not off.active
    listed = agent.ListBillingBatches(pb.ListBillingBatchesRequest(agency_id=dkr))
    assert list(listed.batches) == []
    listed = agent.ListBillingBatches(pb.ListBillingBatchesRequest(include_inactive=True))
    assert [b.code for b in listed.batches] == ["LOT-DOM"]
    refused(
        agent.CreateBillRun, run_request(created.batch_id), INVALID, "INVALID_ARGUMENT"
    )  # a deactivated batch bills nothing


def test_run_cycle_through_the_server(server: LiveServer) -> None:
    agent = stub(server, "facturation", "billing")
    reader = stub(server, "lecteur", "billing", ("THS",))
    dkr = server.agency_id("DKR")
    batch_id = agent.CreateBillingBatch(
        pb.CreateBillingBatchRequest(
            request_id=new_id(), batch=pb.BillingBatch(agency_id=dkr, code="L1", name="Lot 1")
        )
    ).batch.batch_id
    bad = run_request(batch_id, period_end=day(2026, 8, 1))
    details = refused(agent.CreateBillRun, bad, INVALID, "BILLING_PERIOD_INVALID")
    assert details.fields == ["period_end"]
    bad = run_request(batch_id, period_start=day(2026, 2, 30))
    assert refused(agent.CreateBillRun, bad, INVALID, "INVALID_ARGUMENT").fields == ["period_start"]

    # the server's worker is paused so that the test sees the run while it simulates
    workers = server.app.bill_run_workers
    assert workers is not None
    workers.stop()
    request = run_request(batch_id)
    run = agent.CreateBillRun(request).run
    assert run.status == pb.BILL_RUN_STATUS_SIMULATING and run.total_items == 7
    assert run.progress.chunks_total == 3 and run.progress.chunks_done == 0
    assert agent.CreateBillRun(request).run.run_id == run.run_id
    refused(agent.CreateBillRun, run_request(batch_id), PRECONDITION, "BILL_RUN_BUSY")
    refused(
        agent.FinalizeBillRun,
        pb.FinalizeBillRunRequest(request_id=new_id(), run_id=run.run_id, version=run.version),
        PRECONDITION,
        "BILL_RUN_BUSY",
    )
    refused(reader.GetBillRun, pb.GetBillRunRequest(run_id=run.run_id), NOT_FOUND, "NOT_FOUND")
    chunks = server.services.bill_run_chunks
    while chunks.process_next("test"):
        pass
    progress = agent.GetBillRunProgress(pb.GetBillRunProgressRequest(run_id=run.run_id))
    assert progress.status == pb.BILL_RUN_STATUS_SIMULATED
    assert (progress.progress.chunks_done, progress.progress.items_done) == (3, 7)
    assert progress.progress.done and progress.progress.phase == pb.BILL_RUN_PHASE_SIMULATE

    items = agent.ListBillRunItems(pb.ListBillRunItemsRequest(run_id=run.run_id, page_size=5))
    assert items.total_count == 7 and len(items.items) == 5 and items.next_page_token
    first = items.items[0]
    assert first.outcome == pb.BILL_RUN_ITEM_OUTCOME_READY and first.account_number
    refused(
        agent.ReleaseBillRunItem,
        pb.ReleaseBillRunItemRequest(
            request_id=new_id(), run_id=run.run_id, subscription_id=first.subscription_id
        ),
        PRECONDITION,
        "BILL_RUN_STATE",
    )
    explained = agent.ExplainBillRunItem(
        pb.ExplainBillRunItemRequest(run_id=run.run_id, subscription_id=first.subscription_id)
    )
    assert explained.total == first.amount and explained.lines[0].code == "ENERGY.1"
    assert sum(x.amount.amount_minor for x in explained.lines) == first.amount.amount_minor
    exclude = pb.ExcludeBillRunItemRequest(
        request_id=new_id(), run_id=run.run_id, subscription_id=first.subscription_id, note="x"
    )
    assert agent.ExcludeBillRunItem(exclude).item.outcome == pb.BILL_RUN_ITEM_OUTCOME_EXCLUDED
    assert agent.ExcludeBillRunItem(exclude).item.outcome == pb.BILL_RUN_ITEM_OUTCOME_EXCLUDED
    bad_outcome = pb.ListBillRunItemsRequest(
        run_id=run.run_id, outcomes=[pb.BILL_RUN_ITEM_OUTCOME_UNSPECIFIED]
    )
    assert refused(agent.ListBillRunItems, bad_outcome, INVALID, "INVALID_ARGUMENT").fields == [
        "outcomes[0]"
    ]

    run = agent.GetBillRun(pb.GetBillRunRequest(run_id=run.run_id)).run
    assert (run.counts.ready, run.counts.excluded) == (6, 1)
    stale = pb.FinalizeBillRunRequest(request_id=new_id(), run_id=run.run_id, version=1)
    refused(agent.FinalizeBillRun, stale, PRECONDITION, "VERSION_CONFLICT")
    finalize = pb.FinalizeBillRunRequest(
        request_id=new_id(), run_id=run.run_id, version=run.version
    )
    workers.start()
    assert agent.FinalizeBillRun(finalize).run.status == pb.BILL_RUN_STATUS_FINALIZING
    assert agent.FinalizeBillRun(finalize).run.run_id == run.run_id  # a repeat
    done = wait_status(agent, run.run_id, pb.BILL_RUN_STATUS_FINALIZED)
    assert done.counts.billed == 6
    refused(
        agent.CancelBillRun,
        pb.CancelBillRunRequest(request_id=new_id(), run_id=run.run_id, version=done.version),
        PRECONDITION,
        "BILL_RUN_STATE",
    )
    summary = agent.GetBillRunSummary(pb.GetBillRunSummaryRequest(run_id=run.run_id))
    assert summary.finalized and summary.bill_count == 6
    assert (summary.first_bill_number, summary.last_bill_number) == (
        "FAC-DKR-2026-0000001",
        "FAC-DKR-2026-0000006",
    )
    assert summary.total.amount_minor == done.counts.amount.amount_minor
    assert sum(a.amount.amount_minor for a in summary.by_ledger_account) == (
        summary.total.amount_minor
    )
    assert summary.excluded_count == 1
    billed = agent.ListBillRunItems(
        pb.ListBillRunItemsRequest(run_id=run.run_id, outcomes=[pb.BILL_RUN_ITEM_OUTCOME_BILLED])
    )
    assert billed.total_count == 6 and all(i.bill_number for i in billed.items)
    runs = agent.ListBillRuns(pb.ListBillRunsRequest(agency_id=dkr))
    assert [r.run_number for r in runs.runs] == [done.run_number]
    assert list(reader.ListBillRuns(pb.ListBillRunsRequest()).runs) == []
    alerts = agent.ListNotBilledAlerts(
        pb.ListNotBilledAlertsRequest(agency_id=dkr, min_consecutive_runs=1)
    )
    assert [a.subscription_id for a in alerts.alerts] == [first.subscription_id]
    assert alerts.alerts[0].last_cause == "EXCLUDED"
