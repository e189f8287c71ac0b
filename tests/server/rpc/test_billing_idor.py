"""T-SEC-5 for billing (SEC-06, SEC-07): through the live server on both databases, a
billing manager of Dakar names every kind of billing id of Thiès (reading, round,
subscription, batch, run, item, bill, account, correction request) in every RPC of the four
billing services that takes one: each answer is NOT_FOUND (a list by agency: NOT_FOUND or
nothing of Thiès), the same answer as an id that does not exist, and nothing is written.
Tariffs are global: a one-agency user reads them but changes none. Rights: every method of
the four services is mapped in METHOD_PERMISSIONS and refused without its right."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import grpc
import pytest

from iwebs.v1 import approval_service_pb2 as aps
from iwebs.v1 import bill_run_service_pb2 as rpb
from iwebs.v1 import bill_service_pb2 as bpb
from iwebs.v1 import reading_service_pb2 as lpb
from iwebs.v1 import tariff_service_pb2 as tpb
from iwebs_server.application.clock import new_id
from iwebs_server.domain import rights
from iwebs_server.persistence.tables.administration import ProfileRow
from iwebs_server.rpc.permissions import METHOD_PERMISSIONS, SESSION
from tests.factories.grpc_client import error_details
from tests.factories.live_server import LiveServer
from tests.server.rpc.billing_review_world import (
    OCTOBER,
    READING_DAY,
    Caller,
    Side,
    World,
    build_world,
    facts,
    pb_day,
    rid,
)
from tests.server.rpc.security_helpers import all_methods, full_name

NOT_FOUND = grpc.StatusCode.NOT_FOUND
BILLING_SERVICES = ("TariffService", "ReadingService", "BillRunService", "BillService")


@pytest.fixture
def world(live_server: LiveServer) -> World:
    return build_world(live_server)


def _answer(call: Callable[..., Any], request: Any) -> tuple[grpc.StatusCode, str, Any]:
    try:
        return grpc.StatusCode.OK, "", call(request)
    except grpc.RpcError as error:
        details = error_details(error)
        return details.code, details.reason, None


def _by_id(me: Caller, theirs: Side, mine: Side) -> list[tuple[str, Any, Any]]:
    """(label, call, request) naming one id of Thiès each."""
    oct_start, oct_end = (pb_day(d) for d in OCTOBER)
    day = pb_day(READING_DAY)
    r, b, t = me.runs, me.bills, me.readings
    return [
        # readings
        ("sheet of their round", t.GetReadingSheet,
         lpb.GetReadingSheetRequest(round_id=theirs.round_id, reading_date=day)),
        ("export of their round", t.ExportReadingSheet,
         lpb.ExportReadingSheetRequest(round_id=theirs.round_id, reading_date=day,
                                       format=lpb.READING_FILE_FORMAT_CSV)),
        ("reading on their subscription", t.EnterReading,
         lpb.EnterReadingRequest(request_id=rid(), subscription_id=theirs.worksub.subscription_id,
                                 reading_date=day, index_value="02200")),
        ("their reading", t.GetReading, lpb.GetReadingRequest(reading_id=theirs.reading_id)),
        ("release their reading", t.ReleaseReading,
         lpb.ReleaseReadingRequest(request_id=rid(), reading_id=theirs.reading_id,
                                   version=theirs.reading_version, note="vu")),
        ("replace their reading", t.ReplaceReading,
         lpb.ReplaceReadingRequest(request_id=rid(), reading_id=theirs.reading_id,
                                   version=theirs.reading_version, index_value="02200", note="x")),
        ("their subscription's readings", t.ListSubscriptionReadings,
         lpb.ListSubscriptionReadingsRequest(subscription_id=theirs.worksub.subscription_id)),
        # batches
        ("their batch", r.GetBillingBatch, rpb.GetBillingBatchRequest(batch_id=theirs.batch_id)),
        ("batch in their agency", r.CreateBillingBatch,
         rpb.CreateBillingBatchRequest(request_id=rid(), batch=rpb.BillingBatch(
             agency_id=theirs.agency_id, code="IDOR", name="x"))),
        ("update their batch", r.UpdateBillingBatch,
         rpb.UpdateBillingBatchRequest(request_id=rid(), batch_id=theirs.batch_id, version=1,
                                       batch=rpb.BillingBatch(name="x"))),
        ("deactivate their batch", r.DeactivateBillingBatch,
         rpb.DeactivateBillingBatchRequest(request_id=rid(), batch_id=theirs.final_batch_id,
                                           version=1)),
        # runs
        ("run of their batch", r.CreateBillRun,
         rpb.CreateBillRunRequest(request_id=rid(), batch_id=theirs.final_batch_id,
                                  period_label="2026-11", period_start=pb_day(OCTOBER[0]),
                                  period_end=pb_day(OCTOBER[1]))),
        ("their run", r.GetBillRun, rpb.GetBillRunRequest(run_id=theirs.run_id)),
        ("their run's progress", r.GetBillRunProgress,
         rpb.GetBillRunProgressRequest(run_id=theirs.run_id)),
        ("their run's items", r.ListBillRunItems,
         rpb.ListBillRunItemsRequest(run_id=theirs.run_id)),
        ("their finalized run's items", r.ListBillRunItems,
         rpb.ListBillRunItemsRequest(run_id=theirs.final_run_id)),
        ("explain their item", r.ExplainBillRunItem,
         rpb.ExplainBillRunItemRequest(run_id=theirs.run_id,
                                       subscription_id=theirs.ready.subscription_id)),
        ("explain their subscription in my run", r.ExplainBillRunItem,
         rpb.ExplainBillRunItemRequest(run_id=mine.run_id,
                                       subscription_id=theirs.ready.subscription_id)),
        ("release their item", r.ReleaseBillRunItem,
         rpb.ReleaseBillRunItemRequest(request_id=rid(), run_id=theirs.run_id,
                                       subscription_id=theirs.held.subscription_id, note="x")),
        ("release their subscription in my run", r.ReleaseBillRunItem,
         rpb.ReleaseBillRunItemRequest(request_id=rid(), run_id=mine.run_id,
                                       subscription_id=theirs.held.subscription_id, note="x")),
        ("exclude their item", r.ExcludeBillRunItem,
         rpb.ExcludeBillRunItemRequest(request_id=rid(), run_id=theirs.run_id,
                                       subscription_id=theirs.ready.subscription_id, note="x")),
        ("recompute their item", r.RecomputeBillRunItem,
         rpb.RecomputeBillRunItemRequest(request_id=rid(), run_id=theirs.run_id,
                                         subscription_id=theirs.ready.subscription_id)),
        ("simulate their run again", r.SimulateBillRunAgain,
         rpb.SimulateBillRunAgainRequest(request_id=rid(), run_id=theirs.run_id, version=2)),
        ("finalize their run", r.FinalizeBillRun,
         rpb.FinalizeBillRunRequest(request_id=rid(), run_id=theirs.run_id, version=2)),
        ("cancel their run", r.CancelBillRun,
         rpb.CancelBillRunRequest(request_id=rid(), run_id=theirs.run_id, version=2,
                                  reason="x")),
        ("their run's summary", r.GetBillRunSummary,
         rpb.GetBillRunSummaryRequest(run_id=theirs.final_run_id)),
        # bills and accounts
        ("their account's balance", b.GetAccountBalance,
         bpb.GetAccountBalanceRequest(account_id=theirs.account_id)),
        ("their account's statement", b.GetAccountStatement,
         bpb.GetAccountStatementRequest(account_id=theirs.account_id)),
        ("their account's bills", b.ListBills, bpb.ListBillsRequest(account_id=theirs.account_id)),
        ("their subscription's bills", b.ListBills,
         bpb.ListBillsRequest(subscription_id=theirs.single.subscription_id)),
        ("their bill", b.GetBill, bpb.GetBillRequest(bill_id=theirs.bill_id)),
        ("their run's bill", b.GetBill, bpb.GetBillRequest(bill_id=theirs.run_bill_id)),
        ("their bill's document", b.GetBillDocument,
         bpb.GetBillDocumentRequest(bill_id=theirs.bill_id)),
        ("bill their subscription", b.BillSubscription,
         bpb.BillSubscriptionRequest(request_id=rid(), subscription_id=theirs.ready.subscription_id,
                                     period_start=oct_start, period_end=oct_end)),
        ("preview their subscription", b.BillSubscription,
         bpb.BillSubscriptionRequest(request_id=rid(), subscription_id=theirs.ready.subscription_id,
                                     period_start=oct_start, period_end=oct_end, preview=True)),
        ("final bill of their subscription", b.IssueFinalBill,
         bpb.IssueFinalBillRequest(request_id=rid(), subscription_id=theirs.ready.subscription_id,
                                   period_end=oct_end)),
        ("correct their bill", b.RequestBillCorrection,
         bpb.RequestBillCorrectionRequest(request_id=rid(), bill_id=theirs.bill_id,
                                          reason="x")),
        # their correction request, decided by a manager of Dakar
        ("approve their correction", me.client.approvals.ApproveApprovalRequest,
         aps.ApproveApprovalRequestRequest(request_id=rid(),
                                           approval_request_id=theirs.correction_id,
                                           comment="x")),
        ("reject their correction", me.client.approvals.RejectApprovalRequest,
         aps.RejectApprovalRequestRequest(request_id=rid(),
                                          approval_request_id=theirs.correction_id,
                                          comment="x")),
        ("their correction request", me.client.approvals.GetApprovalRequest,
         aps.GetApprovalRequestRequest(approval_request_id=theirs.correction_id)),
    ]  # fmt: skip


def _unknown(request: Any) -> Any:
    """The same request with every id of Thiès replaced by a new one (an id that does not
    exist), for the no-oracle comparison."""
    copy = type(request)()
    copy.CopyFrom(request)
    for field, value in copy.ListFields():
        if field.name.endswith("_id") and field.name != "request_id" and isinstance(value, str):
            setattr(copy, field.name, new_id())
    return copy


def test_t_sec_5_every_billing_rpc_refuses_another_agencys_ids(world: World) -> None:
    """SEC-07: NOT_FOUND for each id of Thiès named by Dakar, as for an unknown id; nothing
    written (T-SEC-5)."""
    me = world.user("billing_manager")
    before = facts(world.server)
    wrong = []
    for label, call, request in _by_id(me, world.ths, world.dkr):
        code, reason, _ = _answer(call, request)
        if (code, reason) != (NOT_FOUND, "NOT_FOUND"):
            wrong.append(f"{label}: {code.name} {reason}")
            continue
        unknown = _answer(call, _unknown(request))[:2]
        if unknown != (code, reason):
            wrong.append(f"{label}: an unknown id answers {unknown[0].name} {unknown[1]}")
    assert not wrong, "\n".join(wrong)
    assert facts(world.server) == before


def test_lists_by_agency_show_nothing_of_another_agency(world: World) -> None:
    """SEC-07: a list filtered by Thiès (agency, round, batch) is NOT_FOUND or empty; an
    unfiltered list shows nothing of Thiès."""
    me, ths = world.user("billing_manager"), world.ths
    r, t = me.runs, me.readings
    wrong = []
    for label, call, request, repeated in (
        ("their batches", r.ListBillingBatches,
         rpb.ListBillingBatchesRequest(agency_id=ths.agency_id, include_inactive=True), "batches"),
        ("their runs", r.ListBillRuns, rpb.ListBillRunsRequest(agency_id=ths.agency_id), "runs"),
        ("runs of their batch", r.ListBillRuns,
         rpb.ListBillRunsRequest(batch_id=ths.batch_id), "runs"),
        ("their alerts", r.ListNotBilledAlerts,
         rpb.ListNotBilledAlertsRequest(agency_id=ths.agency_id, min_consecutive_runs=1),
         "alerts"),
        ("their reading cases", t.ListReadingCases,
         lpb.ListReadingCasesRequest(agency_id=ths.agency_id, include_decided=True), "readings"),
        ("cases of their round", t.ListReadingCases,
         lpb.ListReadingCasesRequest(round_id=ths.round_id, include_decided=True), "readings"),
    ):  # fmt: skip
        code, reason, answer = _answer(call, request)
        if code == grpc.StatusCode.OK and len(getattr(answer, repeated)):
            wrong.append(f"{label}: listed")
        elif code not in (grpc.StatusCode.OK, NOT_FOUND):
            wrong.append(f"{label}: {code.name} {reason}")
    mine = {world.dkr.batch_id, world.dkr.final_batch_id}
    listed = r.ListBillingBatches(rpb.ListBillingBatchesRequest(include_inactive=True)).batches
    if {b.batch_id for b in listed} - mine:
        wrong.append("unfiltered batches: another agency's listed")
    runs = r.ListBillRuns(rpb.ListBillRunsRequest()).runs
    if {x.agency_id for x in runs} != {world.dkr.agency_id}:
        wrong.append(f"unfiltered runs: agencies {sorted({x.agency_id for x in runs})}")
    cases = t.ListReadingCases(lpb.ListReadingCasesRequest(include_decided=True)).readings
    if {x.agency_id for x in cases} - {world.dkr.agency_id}:
        wrong.append("unfiltered reading cases: another agency's listed")
    requests = me.client.approvals.ListApprovalRequests(aps.ListApprovalRequestsRequest())
    if world.ths.correction_id in {x.approval_request_id for x in requests.approval_requests}:
        wrong.append("approval requests: another agency's correction listed")
    assert not wrong, "\n".join(wrong)


def test_my_objects_never_reach_into_another_agency(world: World) -> None:
    """A batch of Dakar cannot take a round of Thiès; a Dakar import naming a Thiès
    subscription rejects that line as NOT_FOUND; nothing of Thiès is written."""
    me, ths, dkr = world.user("billing_manager"), world.ths, world.dkr
    before = facts(world.server)
    create = rpb.CreateBillingBatchRequest(
        request_id=rid(),
        batch=rpb.BillingBatch(agency_id=dkr.agency_id, code="MIXTE", name="x",
                               round_ids=[ths.round_id]),
    )  # fmt: skip
    update = rpb.UpdateBillingBatchRequest(
        request_id=rid(), batch_id=dkr.batch_id, version=1,
        batch=rpb.BillingBatch(name="x", round_ids=[ths.run_round_id]),
    )  # fmt: skip
    wrong = []
    for label, call, request in (
        ("batch of Dakar on a round of Thiès", me.runs.CreateBillingBatch, create),
        ("batch of Dakar moved to a round of Thiès", me.runs.UpdateBillingBatch, update),
    ):
        code, reason, _ = _answer(call, request)
        if code == grpc.StatusCode.OK or code == grpc.StatusCode.INTERNAL:
            wrong.append(f"{label}: {code.name} {reason}")
    number = ths.worksub.subscription_number
    content = f"subscription_number;reading_date;index_value\n{number};2026-10-06;2300\n"
    report = me.readings.ImportReadings(
        lpb.ImportReadingsRequest(
            request_id=rid(), format=lpb.READING_FILE_FORMAT_CSV, content=content.encode()
        )
    )
    if report.created or [(e.field, e.reason) for e in report.lines[0].errors] != [
        ("subscription_number", "NOT_FOUND")
    ]:
        wrong.append(f"import of a Thiès line: {report}")
    assert not wrong, "\n".join(wrong)
    after = facts(world.server)
    after.pop("idempotency_keys", None), before.pop("idempotency_keys", None)
    assert after == before


def test_tariffs_are_read_by_all_and_changed_by_an_all_agency_user_only(world: World) -> None:
    """Tariffs are global (docs/tariffs.md): a one-agency manager reads and simulates them,
    but creating a tariff or proposing a version needs every agency in scope."""
    me = world.user("billing_manager")
    me.tariffs.GetTariff(tpb.GetTariffRequest(tariff_id=world.tariff_id))
    usage = tpb.TariffUsage(
        period_start=pb_day(OCTOBER[0]), period_end=pb_day(OCTOBER[1]), consumption="100"
    )
    me.tariffs.SimulateTariff(
        tpb.SimulateTariffRequest(tariff_version_id=world.tariff_version_id, usage=usage)
    )
    before = facts(world.server)
    create = tpb.CreateTariffRequest(
        request_id=rid(), code="T-X", name="x", service="electricity",
        tariff_category_code="DPP", product_code="PREPAID", currency_code="XOF",
    )  # fmt: skip
    got = me.tariffs.GetTariff(tpb.GetTariffRequest(tariff_id=world.tariff_id))
    propose = tpb.ProposeTariffVersionRequest(
        request_id=rid(), tariff_id=world.tariff_id, valid_from=pb_day(OCTOBER[1]),
        definition=got.versions[0].definition, reason="hausse",
    )  # fmt: skip
    for call, request in (
        (me.tariffs.CreateTariff, create),
        (me.tariffs.ProposeTariffVersion, propose),
    ):
        code, reason, _ = _answer(call, request)
        assert (code, reason) == (grpc.StatusCode.PERMISSION_DENIED, "AGENCY_OUT_OF_SCOPE")
    assert facts(world.server) == before


# -- rights (deny by default) ---------------------------------------------------------------
BILLING_RIGHTS = (
    rights.BILLING_READ, rights.BILLING_RUN, rights.BILLING_READINGS, rights.BILLING_TARIFFS,
    rights.BILLING_APPROVE, rights.CUSTOMERS_READ,
)  # fmt: skip


def _billing_methods() -> list[Any]:
    return [m for m in all_methods() if m.containing_service.name in BILLING_SERVICES]


def test_sec_06_every_billing_method_is_mapped_to_a_right() -> None:
    """Deny by default: each of the four services' methods is in METHOD_PERMISSIONS; only
    the bill reads are SESSION (the use case requires billing.read or customers.read)."""
    methods = _billing_methods()
    assert len(methods) == 41
    unmapped = [full_name(m) for m in methods if full_name(m) not in METHOD_PERMISSIONS]
    assert not unmapped
    session = sorted(m.name for m in methods if METHOD_PERMISSIONS[full_name(m)] == SESSION)
    assert session == [
        "GetAccountBalance", "GetAccountStatement", "GetBill", "GetBillDocument", "ListBills",
    ]  # fmt: skip


def _requests(world: World) -> dict[str, Any]:
    """A well-formed request naming Dakar's objects for every method."""
    dkr = world.dkr
    oct_start, oct_end, day = pb_day(OCTOBER[0]), pb_day(OCTOBER[1]), pb_day(READING_DAY)
    usage = tpb.TariffUsage(period_start=oct_start, period_end=oct_end, consumption="100")
    batch = rpb.BillingBatch(agency_id=dkr.agency_id, code="DROITS", name="x")
    return {
        "ListTariffs": tpb.ListTariffsRequest(),
        "GetTariff": tpb.GetTariffRequest(tariff_id=world.tariff_id),
        "CreateTariff": tpb.CreateTariffRequest(
            request_id=rid(), code="T-X", name="x", service="electricity",
            tariff_category_code="DPP", product_code="PREPAID", currency_code="XOF"),
        "ProposeTariffVersion": tpb.ProposeTariffVersionRequest(
            request_id=rid(), tariff_id=world.tariff_id, valid_from=oct_end, reason="x"),
        "SimulateTariff": tpb.SimulateTariffRequest(
            tariff_version_id=world.tariff_version_id, usage=usage),
        "GetReadingSheet": lpb.GetReadingSheetRequest(round_id=dkr.round_id, reading_date=day),
        "EnterReading": lpb.EnterReadingRequest(
            request_id=rid(), subscription_id=dkr.worksub.subscription_id, reading_date=day,
            index_value="02200"),
        "ExportReadingSheet": lpb.ExportReadingSheetRequest(
            round_id=dkr.round_id, reading_date=day, format=lpb.READING_FILE_FORMAT_CSV),
        "ImportReadings": lpb.ImportReadingsRequest(
            request_id=rid(), format=lpb.READING_FILE_FORMAT_CSV, content=b"x"),
        "ListReadingCases": lpb.ListReadingCasesRequest(),
        "GetReading": lpb.GetReadingRequest(reading_id=dkr.reading_id),
        "ReleaseReading": lpb.ReleaseReadingRequest(
            request_id=rid(), reading_id=dkr.reading_id, version=dkr.reading_version, note="x"),
        "ReplaceReading": lpb.ReplaceReadingRequest(
            request_id=rid(), reading_id=dkr.reading_id, version=dkr.reading_version,
            index_value="02200"),
        "ListSubscriptionReadings": lpb.ListSubscriptionReadingsRequest(
            subscription_id=dkr.worksub.subscription_id),
        "ListBillingBatches": rpb.ListBillingBatchesRequest(),
        "GetBillingBatch": rpb.GetBillingBatchRequest(batch_id=dkr.batch_id),
        "CreateBillingBatch": rpb.CreateBillingBatchRequest(request_id=rid(), batch=batch),
        "UpdateBillingBatch": rpb.UpdateBillingBatchRequest(
            request_id=rid(), batch_id=dkr.batch_id, version=1, batch=batch),
        "DeactivateBillingBatch": rpb.DeactivateBillingBatchRequest(
            request_id=rid(), batch_id=dkr.batch_id, version=1),
        "CreateBillRun": rpb.CreateBillRunRequest(
            request_id=rid(), batch_id=dkr.final_batch_id, period_label="2026-11",
            period_start=oct_start, period_end=oct_end),
        "ListBillRuns": rpb.ListBillRunsRequest(),
        "GetBillRun": rpb.GetBillRunRequest(run_id=dkr.run_id),
        "GetBillRunProgress": rpb.GetBillRunProgressRequest(run_id=dkr.run_id),
        "ListBillRunItems": rpb.ListBillRunItemsRequest(run_id=dkr.run_id),
        "ExplainBillRunItem": rpb.ExplainBillRunItemRequest(
            run_id=dkr.run_id, subscription_id=dkr.ready.subscription_id),
        "ReleaseBillRunItem": rpb.ReleaseBillRunItemRequest(
            request_id=rid(), run_id=dkr.run_id, subscription_id=dkr.held.subscription_id),
        "ExcludeBillRunItem": rpb.ExcludeBillRunItemRequest(
            request_id=rid(), run_id=dkr.run_id, subscription_id=dkr.held.subscription_id),
        "RecomputeBillRunItem": rpb.RecomputeBillRunItemRequest(
            request_id=rid(), run_id=dkr.run_id, subscription_id=dkr.held.subscription_id),
        "SimulateBillRunAgain": rpb.SimulateBillRunAgainRequest(
            request_id=rid(), run_id=dkr.run_id, version=2),
        "FinalizeBillRun": rpb.FinalizeBillRunRequest(
            request_id=rid(), run_id=dkr.run_id, version=2),
        "CancelBillRun": rpb.CancelBillRunRequest(
            request_id=rid(), run_id=dkr.run_id, version=2, reason="x"),
        "GetBillRunSummary": rpb.GetBillRunSummaryRequest(run_id=dkr.final_run_id),
        "ListNotBilledAlerts": rpb.ListNotBilledAlertsRequest(),
        "GetAccountBalance": bpb.GetAccountBalanceRequest(account_id=dkr.account_id),
        "GetAccountStatement": bpb.GetAccountStatementRequest(account_id=dkr.account_id),
        "ListBills": bpb.ListBillsRequest(account_id=dkr.account_id),
        "GetBill": bpb.GetBillRequest(bill_id=dkr.bill_id),
        "GetBillDocument": bpb.GetBillDocumentRequest(bill_id=dkr.bill_id),
        "BillSubscription": bpb.BillSubscriptionRequest(
            request_id=rid(), subscription_id=dkr.ready.subscription_id,
            period_start=oct_start, period_end=oct_end, preview=True),
        "IssueFinalBill": bpb.IssueFinalBillRequest(
            request_id=rid(), subscription_id=dkr.ready.subscription_id, period_end=oct_end,
            preview=True),
        "RequestBillCorrection": bpb.RequestBillCorrectionRequest(
            request_id=rid(), bill_id=dkr.bill_id, reason="x"),
    }  # fmt: skip


def _profile(world: World, granted: list[str]) -> str:
    app = world.server.app
    code = f"p{new_id()[:8]}"
    with app.uow_factory() as uow:
        uow.profiles.add(
            ProfileRow(id=new_id(), code=code, name=code, description="", version=1,
                       created_at=app.clock.now()),
            granted or [rights.ADMIN_AUDIT_READ],
        )  # fmt: skip
    return code


def test_sec_06_each_billing_method_is_refused_without_its_right(world: World) -> None:
    """A user with every billing right but the one a method needs (for the bill reads:
    neither billing.read nor customers.read) is PERMISSION_DENIED, and so is a user with
    no billing right at all; nothing is written."""
    requests = _requests(world)
    methods = _billing_methods()
    assert set(requests) == {m.name for m in methods}
    nobody = world.user(_profile(world, []))
    callers: dict[frozenset[str], Caller] = {}
    missing_of = {}
    for method in methods:
        needed = METHOD_PERMISSIONS[full_name(method)]
        missing = {rights.BILLING_READ, rights.CUSTOMERS_READ} if needed == SESSION else {needed}
        without = frozenset(set(BILLING_RIGHTS) - missing)
        missing_of[method.name] = (missing, without)
        if without not in callers:
            callers[without] = world.user(_profile(world, sorted(without)))
    before = facts(world.server)
    wrong = []
    for method in methods:
        missing, without = missing_of[method.name]
        for who, label in ((callers[without], f"without {sorted(missing)}"), (nobody, "nobody")):
            stub = getattr(who, _attribute(method.containing_service.name))
            code, reason, _ = _answer(getattr(stub, method.name), requests[method.name])
            if (code, reason) != (grpc.StatusCode.PERMISSION_DENIED, "PERMISSION_DENIED"):
                wrong.append(f"{method.name} {label}: {code.name} {reason}")
    assert not wrong, "\n".join(wrong)
    assert facts(world.server) == before


def _attribute(service: str) -> str:
    return {
        "TariffService": "tariffs", "ReadingService": "readings", "BillRunService": "runs",
        "BillService": "bills",
    }[service]  # fmt: skip
