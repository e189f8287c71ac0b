"""IDEM-01/IDEM-02 on every state-changing RPC of the four billing services, through the
live server on both databases: each, sent again with the same request_id and content,
answers its first result and writes nothing more (no second tariff, version, reading,
batch, run, bill, line, ledger entry, match or outbox event); the same request_id with
another content, or sent by another user, is FAILED_PRECONDITION / REQUEST_ID_REUSED and
writes nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import grpc
import pytest

from iwebs.v1 import bill_run_service_pb2 as rpb
from iwebs.v1 import bill_service_pb2 as bpb
from iwebs.v1 import reading_service_pb2 as lpb
from iwebs.v1 import tariff_service_pb2 as tpb
from tests.factories.grpc_client import error_details
from tests.factories.live_server import LiveServer
from tests.server.rpc.billing_review_world import (
    OCTOBER,
    READING_DAY,
    Caller,
    World,
    build_world,
    facts,
    pb_day,
    rid,
)

REUSED = (grpc.StatusCode.FAILED_PRECONDITION, "REQUEST_ID_REUSED")


@pytest.fixture
def world(live_server: LiveServer) -> World:
    return build_world(live_server)


class Repeats:
    """Sends each state change, its repeat, another content under its id and the same
    request by another user; collects what goes wrong."""

    def __init__(self, world: World, other: Caller) -> None:
        self.world = world
        self.other = other
        self.wrong: list[str] = []

    def check(
        self,
        label: str,
        call: Callable[[Any], Any],
        request: Any,
        changes: dict[str, Any],
        other_call: Callable[[Any], Any] | None = None,
        same: Callable[[Any], Any] = lambda answer: answer,
    ) -> Any:
        first = call(request)
        before = facts(self.world.server)
        again = call(request)
        if same(again) != same(first):
            self.wrong.append(f"{label}: the repeat answers another result")
        if facts(self.world.server) != before:
            self.wrong.append(f"{label}: the repeat wrote {_diff(before, self.world)}")
        changed = type(request)()
        changed.CopyFrom(request)
        for name, value in changes.items():
            field = getattr(changed, name)
            if hasattr(field, "CopyFrom"):
                field.CopyFrom(value)
            else:
                setattr(changed, name, value)
        self._reused(f"{label} with another content", call, changed, before)
        if other_call is not None:
            self._reused(f"{label} by another user", other_call, request, before)
        return first

    def _reused(self, label: str, call: Callable[[Any], Any], request: Any, before: Any) -> None:
        try:
            call(request)
        except grpc.RpcError as error:
            details = error_details(error)
            if (details.code, details.reason) != REUSED:
                self.wrong.append(f"{label}: {details.code.name} {details.reason}")
        else:
            self.wrong.append(f"{label}: accepted")
        if facts(self.world.server) != before:
            self.wrong.append(f"{label}: wrote {_diff(before, self.world)}")


def _diff(before: dict[str, int], world: World) -> dict[str, tuple[int, int]]:
    after = facts(world.server)
    return {k: (before[k], after[k]) for k in before if before[k] != after[k]}


def _replayed_cleared(answer: Any) -> Any:
    copy = type(answer)()
    copy.CopyFrom(answer)
    copy.result.replayed = False
    return copy


def test_idem_every_billing_state_change_repeats_as_its_first_answer(world: World) -> None:
    me = world.user("billing_manager")
    other = world.user("billing_manager")
    boss = world.user("billing_manager", all_agencies=True)
    boss2 = world.user("billing_manager", all_agencies=True)
    check = Repeats(world, other)
    dkr = world.dkr
    oct_start, oct_end = pb_day(OCTOBER[0]), pb_day(OCTOBER[1])

    # tariffs
    tariff = check.check(
        "create tariff", boss.tariffs.CreateTariff,
        tpb.CreateTariffRequest(request_id=rid(), code="T-PREPAID", name="Prépayé",
                                service="electricity", tariff_category_code="DPP",
                                product_code="PREPAID", currency_code="XOF"),
        {"name": "Autre"}, boss2.tariffs.CreateTariff,
    ).tariff  # fmt: skip
    definition = (
        boss.tariffs.GetTariff(tpb.GetTariffRequest(tariff_id=world.tariff_id))
        .versions[0]
        .definition
    )
    check.check(
        "propose version", boss.tariffs.ProposeTariffVersion,
        tpb.ProposeTariffVersionRequest(request_id=rid(), tariff_id=tariff.tariff_id,
                                        valid_from=pb_day(date(2026, 1, 1)),
                                        definition=definition, reason="grille 2026"),
        {"reason": "autre"}, boss2.tariffs.ProposeTariffVersion,
    )  # fmt: skip

    # readings
    fresh = world.with_history(dkr.round_id, "DKR")
    day = pb_day(READING_DAY)
    check.check(
        "enter reading", me.readings.EnterReading,
        lpb.EnterReadingRequest(request_id=rid(), subscription_id=fresh.subscription_id,
                                reading_date=day, index_value="02200"),
        {"index_value": "02201"}, other.readings.EnterReading,
    )  # fmt: skip
    check.check(
        "release reading", me.readings.ReleaseReading,
        lpb.ReleaseReadingRequest(request_id=rid(), reading_id=dkr.reading_id,
                                  version=dkr.reading_version, note="vu sur place"),
        {"note": "autre"}, other.readings.ReleaseReading,
    )  # fmt: skip
    high = world.with_history(dkr.round_id, "DKR")
    to_check = me.readings.EnterReading(
        lpb.EnterReadingRequest(request_id=rid(), subscription_id=high.subscription_id,
                                reading_date=day, index_value="04000")
    ).reading  # fmt: skip
    check.check(
        "replace reading", me.readings.ReplaceReading,
        lpb.ReplaceReadingRequest(request_id=rid(), reading_id=to_check.reading_id,
                                  version=to_check.version, index_value="02250", note="relu"),
        {"index_value": "02260"}, other.readings.ReplaceReading,
    )  # fmt: skip
    imported = world.with_history(dkr.round_id, "DKR")
    content = (
        "subscription_number;reading_date;index_value\n"
        f"{imported.subscription_number};{READING_DAY.isoformat()};2200\n"
    )
    check.check(
        "import readings", me.readings.ImportReadings,
        lpb.ImportReadingsRequest(request_id=rid(), format=lpb.READING_FILE_FORMAT_CSV,
                                  content=content.encode(), file_name="retour.csv"),
        {"content": content.replace(";2200", ";2210").encode()}, other.readings.ImportReadings,
    )  # fmt: skip

    # batches and runs: a round of three subscriptions (two ready, one held)
    round_id = world.data.places.round("DKR")
    ready_1 = world.billable(round_id, "DKR")
    ready_2 = world.billable(round_id, "DKR", reading=1300)
    held = world.billable(round_id, "DKR", reading=1100)
    batch = check.check(
        "create batch", me.runs.CreateBillingBatch,
        rpb.CreateBillingBatchRequest(request_id=rid(), batch=rpb.BillingBatch(
            agency_id=dkr.agency_id, code="REPEAT", name="Lot", round_ids=[round_id])),
        {"batch": rpb.BillingBatch(agency_id=dkr.agency_id, code="REPEAT", name="Autre",
                                   round_ids=[round_id])},
        other.runs.CreateBillingBatch,
    ).batch  # fmt: skip
    batch = check.check(
        "update batch", me.runs.UpdateBillingBatch,
        rpb.UpdateBillingBatchRequest(request_id=rid(), batch_id=batch.batch_id, version=1,
                                      batch=rpb.BillingBatch(name="Lot revu",
                                                             round_ids=[round_id])),
        {"batch": rpb.BillingBatch(name="Autre", round_ids=[round_id])},
        other.runs.UpdateBillingBatch,
    ).batch  # fmt: skip
    spare = me.runs.CreateBillingBatch(
        rpb.CreateBillingBatchRequest(
            request_id=rid(),
            batch=rpb.BillingBatch(agency_id=dkr.agency_id, code="SPARE", name="x"),
        )
    ).batch
    check.check(
        "deactivate batch", me.runs.DeactivateBillingBatch,
        rpb.DeactivateBillingBatchRequest(request_id=rid(), batch_id=spare.batch_id,
                                          version=spare.version),
        {"version": spare.version + 1}, other.runs.DeactivateBillingBatch,
    )  # fmt: skip
    run = check.check(
        "create run", me.runs.CreateBillRun,
        rpb.CreateBillRunRequest(request_id=rid(), batch_id=batch.batch_id, period_label="2026-10",
                                 period_start=oct_start, period_end=oct_end,
                                 bill_date=pb_day(date(2026, 11, 5))),
        {"period_label": "2026-10b"}, other.runs.CreateBillRun,
    ).run  # fmt: skip
    world.work()
    item = {"run_id": run.run_id}
    check.check(
        "release item", me.runs.ReleaseBillRunItem,
        rpb.ReleaseBillRunItemRequest(request_id=rid(), subscription_id=held.subscription_id,
                                      note="vérifié", **item),
        {"note": "autre"}, other.runs.ReleaseBillRunItem,
    )  # fmt: skip
    check.check(
        "exclude item", me.runs.ExcludeBillRunItem,
        rpb.ExcludeBillRunItemRequest(request_id=rid(), subscription_id=ready_2.subscription_id,
                                      note="litige", **item),
        {"note": "autre"}, other.runs.ExcludeBillRunItem,
    )  # fmt: skip
    check.check(
        "recompute item", me.runs.RecomputeBillRunItem,
        rpb.RecomputeBillRunItemRequest(request_id=rid(), subscription_id=ready_1.subscription_id,
                                        **item),
        {"subscription_id": ready_2.subscription_id}, other.runs.RecomputeBillRunItem,
    )  # fmt: skip
    version = me.runs.GetBillRun(rpb.GetBillRunRequest(run_id=run.run_id)).run.version
    check.check(
        "simulate again", me.runs.SimulateBillRunAgain,
        rpb.SimulateBillRunAgainRequest(request_id=rid(), run_id=run.run_id, version=version),
        {"version": version + 1}, other.runs.SimulateBillRunAgain,
    )  # fmt: skip
    world.work()
    version = me.runs.GetBillRun(rpb.GetBillRunRequest(run_id=run.run_id)).run.version
    check.check(
        "finalize", me.runs.FinalizeBillRun,
        rpb.FinalizeBillRunRequest(request_id=rid(), run_id=run.run_id, version=version),
        {"version": version + 1}, other.runs.FinalizeBillRun,
    )  # fmt: skip
    world.work()
    done = me.runs.GetBillRun(rpb.GetBillRunRequest(run_id=run.run_id)).run
    if done.status != rpb.BILL_RUN_STATUS_FINALIZED or done.counts.billed != 2:  # 1 excluded
        check.wrong.append(f"the run ends {done.status} with {done.counts.billed} bills")
    version = me.runs.GetBillRun(rpb.GetBillRunRequest(run_id=dkr.run_id)).run.version
    check.check(
        "cancel run", me.runs.CancelBillRun,
        rpb.CancelBillRunRequest(request_id=rid(), run_id=dkr.run_id, version=version,
                                 reason="lot refait"),
        {"reason": "autre"}, other.runs.CancelBillRun,
    )  # fmt: skip

    # bills
    single = world.billable(world.data.places.round("DKR"), "DKR")
    check.check(
        "bill one subscription", me.bills.BillSubscription,
        bpb.BillSubscriptionRequest(request_id=rid(), subscription_id=single.subscription_id,
                                    period_start=oct_start, period_end=oct_end),
        {"period_label": "2026-10b"}, other.bills.BillSubscription, same=_replayed_cleared,
    )  # fmt: skip
    leaving = world.billable(world.data.places.round("DKR"), "DKR")
    world.data.terminate(leaving, OCTOBER[1])
    check.check(
        "final bill", me.bills.IssueFinalBill,
        bpb.IssueFinalBillRequest(request_id=rid(), subscription_id=leaving.subscription_id),
        {"period_end": pb_day(date(2026, 10, 30))}, other.bills.IssueFinalBill,
        same=_replayed_cleared,
    )  # fmt: skip
    check.check(
        "request a correction", me.bills.RequestBillCorrection,
        bpb.RequestBillCorrectionRequest(request_id=rid(), bill_id=dkr.bill_id, reason="erreur"),
        {"reason": "autre"}, other.bills.RequestBillCorrection,
    )  # fmt: skip
    assert not check.wrong, "\n".join(check.wrong)


def test_idem_04_concurrent_twins_make_one_bill(world: World) -> None:
    """IDEM-04: the same BillSubscription and FinalizeBillRun sent by 4 threads at once
    give one bill, one number and one answer."""
    from concurrent.futures import ThreadPoolExecutor

    me = world.user("billing_manager")
    sub = world.billable(world.data.places.round("DKR"), "DKR")
    request = bpb.BillSubscriptionRequest(
        request_id=rid(), subscription_id=sub.subscription_id,
        period_start=pb_day(OCTOBER[0]), period_end=pb_day(OCTOBER[1]),
    )  # fmt: skip
    before = facts(world.server)

    def send(_: int) -> str:
        try:
            answer = me.bills.BillSubscription(request)
        except grpc.RpcError as error:
            details = error_details(error)
            return f"{details.code.name} {details.reason}"
        return str(answer.result.bill.summary.bill_number)

    with ThreadPoolExecutor(4) as pool:
        answers = set(pool.map(send, range(4)))
    assert len(answers) == 1 and next(iter(answers)).startswith("FAC-"), answers
    after = facts(world.server)
    assert after["bills"] - before["bills"] == 1
    assert after["outbox_events"] - before["outbox_events"] == 1


def test_a_period_is_billed_once_whatever_runs_and_individual_bills_race(world: World) -> None:
    """Two runs of two batches over the same round and period, simulated together, and an
    individual bill of one of their subscriptions in between: once both runs are
    finalized, every subscription has one invoice for October, no more."""
    me, dkr = world.user("billing_manager"), world.dkr
    oct_start, oct_end = pb_day(OCTOBER[0]), pb_day(OCTOBER[1])
    twin = me.runs.CreateBillingBatch(
        rpb.CreateBillingBatchRequest(
            request_id=rid(),
            batch=rpb.BillingBatch(agency_id=dkr.agency_id, code="JUMEAU", name="Jumeau",
                                   round_ids=[dkr.run_round_id]),
        )
    ).batch  # fmt: skip
    other = me.runs.CreateBillRun(
        rpb.CreateBillRunRequest(request_id=rid(), batch_id=twin.batch_id, period_label="2026-10",
                                 period_start=oct_start, period_end=oct_end,
                                 bill_date=pb_day(date(2026, 11, 5)))
    ).run  # fmt: skip
    world.work()
    for run_id in (dkr.run_id, other.run_id):
        me.runs.ReleaseBillRunItem(
            rpb.ReleaseBillRunItemRequest(request_id=rid(), run_id=run_id,
                                          subscription_id=dkr.held.subscription_id, note="vu")
        )  # fmt: skip
    me.bills.BillSubscription(
        bpb.BillSubscriptionRequest(request_id=rid(), subscription_id=dkr.ready.subscription_id,
                                    period_start=oct_start, period_end=oct_end)
    )  # fmt: skip
    for run_id in (dkr.run_id, other.run_id):
        version = me.runs.GetBillRun(rpb.GetBillRunRequest(run_id=run_id)).run.version
        me.runs.FinalizeBillRun(
            rpb.FinalizeBillRunRequest(request_id=rid(), run_id=run_id, version=version)
        )
        world.work()
    twice = {}
    for sub in (dkr.ready, dkr.held):
        october = [
            b.bill_number for b in world.data.bills_of(sub)
            if b.kind == "invoice" and b.period_end == OCTOBER[1]
        ]  # fmt: skip
        if len(october) != 1:
            twice[sub.subscription_number] = october
    assert not twice, f"October invoices: {twice}"
