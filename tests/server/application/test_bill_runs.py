"""Bill runs end to end without the transport, on both databases (FAC-1, FAC-2, FAC-5,
FAC-6, FAC-8): selection in round order, chunks, simulation (ready / held / not billed,
nothing numbered), review (release, exclude, recompute, explain), finalization (gap-free
numbers, bills, ledger groups summing to zero, outbox), the summary, the state errors, the
not-billed alert over runs in a row."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, update

from iwebs_server.application.clock import new_id
from iwebs_server.domain.errors import DomainError, NotFound
from iwebs_server.persistence.repositories.bill_run_repository import BillRunRepository
from iwebs_server.persistence.tables.audit import AuditEventRow
from iwebs_server.persistence.tables.billing import (
    BillRunChunkRow,
    MeterReadingRow,
    OutboxEventRow,
)
from iwebs_server.persistence.tables.reference_data import ParameterValueRow
from tests.server.application.bill_run_harness import (
    BILL_DATE,
    PERIOD,
    Billing,
    build_billing,
    price,
    seed_subscriptions,
)


@pytest.fixture
def billing(database_url: str) -> Billing:
    b = build_billing(database_url)
    b.tariff()
    b.readings.set_parameter("billing.chunk_size", "2")
    return b


RUN_ACTIONS = (
    "billing.run.create",
    "billing.run.simulated",
    "billing.run.finalize",
    "billing.run.finalized",
)


def reason(error: pytest.ExceptionInfo[DomainError]) -> str:
    return error.value.reason


def create_run(billing: Billing, principal, batch_id: str, request_id: str = "") -> str:  # type: ignore[no-untyped-def]
    view = billing.runs.create_run(
        principal,
        request_id or new_id(),
        batch_id=batch_id,
        period_label="2026-09",
        period_start=PERIOD[0],
        period_end=PERIOD[1],
        bill_date=BILL_DATE,
    )
    return view.run_id


def test_simulate_review_finalize(billing: Billing) -> None:
    r = billing.readings
    round_id = r.round()
    normal = [r.subscription(round_id, round_order=10 - i) for i in range(4)]
    for i, sub in enumerate(normal):
        billing.reading(sub, date(2026, 9, 28), 100 + 100 + 50 * i)  # 100, 150, 200, 250 kWh
    to_check = r.subscription(round_id, round_order=20)
    billing.reading(to_check, date(2026, 9, 27), 180, status="to_check")
    high = r.subscription(round_id, round_order=21)
    billing.reading(high, date(2026, 9, 28), 100 + 900)
    for month in range(3, 9):  # bills of 1,000 a month until August, no consumption
        r.bill(high, date(2026, month, 1), date(2026, month + 1, 1) - timedelta(days=1), 100)
    gone = r.subscription(round_id, status="terminated", terminated_on=date(2026, 8, 1))
    prepaid = r.subscription(round_id, product="PREPAID")
    other_agency = r.subscription(r.round("THS"), agency="THS")
    agent = billing.principal()
    batch_id = billing.batch(agent, service="electricity")

    request_id = new_id()
    run_id = create_run(billing, agent, batch_id, request_id)
    assert run_id == request_id
    # a repeat answers the same run; another run of the batch while this one is open: busy
    assert create_run(billing, agent, batch_id, request_id) == run_id
    with pytest.raises(DomainError) as busy:
        create_run(billing, agent, batch_id)
    assert reason(busy) == "BILL_RUN_BUSY"
    view = billing.runs.get_run(agent, run_id)
    assert (view.status, view.total_items, view.progress.chunks_total) == ("simulating", 6, 3)
    assert view.due_date == BILL_DATE + timedelta(days=15)
    assert view.run_number.startswith("DKR-RUN-2026-")
    # review is refused while chunks run
    with pytest.raises(DomainError) as running:
        billing.runs.release_item(agent, new_id(), run_id, high.subscription_id, "")
    assert reason(running) == "BILL_RUN_BUSY"

    assert billing.work() == 3
    view = billing.runs.get_run(agent, run_id)
    assert view.status == "simulated" and view.progress.done
    items = billing.items(run_id)
    selected = {s.subscription_id for s in [*normal, to_check, high]}
    assert set(items) == selected  # not the terminated, prepaid or other agency's ones
    assert {gone.subscription_id, prepaid.subscription_id, other_agency.subscription_id}.isdisjoint(
        items
    )
    # round order: the chunks follow round_order (normal subscriptions in reverse)
    with billing.uow(read_only=True) as uow:
        first_chunk = uow.session.scalar(
            select(BillRunChunkRow.subscription_ids).where(
                BillRunChunkRow.run_id == run_id, BillRunChunkRow.chunk_no == 1
            )
        )
    assert first_chunk == f"{normal[3].subscription_id},{normal[2].subscription_id}"
    for i, sub in enumerate(normal):
        item = items[sub.subscription_id]
        assert (item.outcome, item.consumption, item.amount_minor) == (
            "ready",
            100 + 50 * i,
            price(100 + 50 * i),
        )
    assert (items[to_check.subscription_id].outcome, items[to_check.subscription_id].cause) == (
        "not_billed",
        "READING_TO_CHECK",
    )
    assert items[high.subscription_id].outcome == "held"
    assert "HIGH_VS_AVERAGE" in items[high.subscription_id].control_codes
    # nothing numbered or posted by the simulation
    assert billing.bills(run_id) == []
    counts = billing.runs.get_run(agent, run_id).counts
    assert counts is not None
    assert (counts.ready, counts.held, counts.not_billed) == (4, 1, 1)
    assert counts.amount_minor == sum(price(100 + 50 * i) for i in range(4))

    # the worklist, the explanation of the held item (its lines computed now)
    page, total = billing.runs.list_items(agent, run_id, outcomes=["held"])
    assert total == 1 and page.items[0].control_codes == ("HIGH_VS_AVERAGE",)
    explained = billing.runs.explain_item(agent, run_id, high.subscription_id)
    assert explained.total_minor == price(900) == sum(x.amount_minor for x in explained.lines)
    assert [x.code for x in explained.lines][:1] == ["ENERGY.1"]
    assert explained.findings[0][0] == "HIGH_VS_AVERAGE"
    assert explained.consumption == 900 and explained.index_to == 1000

    # release the held one (idempotent), exclude one normal, recompute after a fixed reading
    release_id = new_id()
    released = billing.runs.release_item(agent, release_id, run_id, high.subscription_id, "vu")
    assert released.outcome == "released"
    again = billing.runs.release_item(agent, release_id, run_id, high.subscription_id, "vu")
    assert again == released
    with pytest.raises(DomainError) as twice:
        billing.runs.release_item(agent, new_id(), run_id, high.subscription_id, "")
    assert reason(twice) == "BILL_RUN_STATE"
    billing.runs.exclude_item(agent, new_id(), run_id, normal[0].subscription_id, "litige")
    with r.uow() as uow:
        uow.session.execute(
            update(MeterReadingRow)
            .where(MeterReadingRow.subscription_id == to_check.subscription_id)
            .values(status="released")
        )
    recomputed = billing.runs.recompute_item(agent, new_id(), run_id, to_check.subscription_id)
    assert (recomputed.outcome, recomputed.consumption) == ("ready", 80)

    # finalization
    version = billing.runs.get_run(agent, run_id).version
    with pytest.raises(DomainError) as stale:
        billing.runs.finalize(agent, new_id(), run_id, version - 1)
    assert reason(stale) == "VERSION_CONFLICT"
    finalize_id = new_id()
    assert billing.runs.finalize(agent, finalize_id, run_id, version).status == "finalizing"
    assert billing.runs.finalize(agent, finalize_id, run_id, version).status == "finalizing"
    with pytest.raises(DomainError) as cancel_now:
        billing.runs.cancel(agent, new_id(), run_id, version + 1, "")
    assert reason(cancel_now) == "BILL_RUN_STATE"
    billing.work()
    view = billing.runs.get_run(agent, run_id)
    assert view.status == "finalized" and view.finalized_at is not None
    bills = billing.bills(run_id)
    billed = {b.subscription_id for b in bills}
    expected = {s.subscription_id for s in [*normal[1:], high, to_check]}
    assert billed == expected
    assert [b.bill_number for b in bills] == [f"FAC-DKR-2026-{n:07d}" for n in range(1, 6)]
    assert all(b.issue_date == BILL_DATE and b.period_label == "2026-09" for b in bills)
    # in round order: numbers follow the chunks
    by_number = [b.subscription_id for b in bills]
    assert by_number[:3] == [
        normal[3].subscription_id,
        normal[2].subscription_id,
        normal[1].subscription_id,
    ]
    assert billing.ledger_groups() and all(v == 0 for v in billing.ledger_groups().values())
    with billing.uow(read_only=True) as uow:
        events = uow.session.scalar(
            select(func.count()).where(OutboxEventRow.aggregate_id.in_([b.id for b in bills]))
        )
    assert events == 5
    assert view.counts is not None and view.counts.billed == 5
    assert view.counts.amount_minor == sum(b.amount_minor for b in bills)

    # items now show their bill; the summary (bordereau)
    page, total = billing.runs.list_items(agent, run_id, outcomes=["billed"])
    assert total == 5 and all(i.bill_number.startswith("FAC-DKR-2026-") for i in page.items)
    summary = billing.runs.summary(agent, run_id)
    assert summary.finalized and summary.bill_count == 5
    assert summary.total_minor == sum(b.amount_minor for b in bills)
    assert (summary.first_bill_number, summary.last_bill_number) == (
        "FAC-DKR-2026-0000001",
        "FAC-DKR-2026-0000005",
    )
    assert summary.by_category == (("DPP", 5, summary.total_minor),)
    assert sum(a for _, a in summary.by_ledger_account) == summary.total_minor
    assert {a for a, _ in summary.by_ledger_account} == {
        "REVENUE:ELECTRICITY:ENERGY",
        "REVENUE:ELECTRICITY:FIXED",
        "TAX:COMMUNAL",
    }
    assert summary.excluded_count == 1 and summary.not_billed == ()

    # SEC-09: the run's start and finish are in the audit log
    with billing.uow(read_only=True) as uow:
        actions = uow.session.scalars(
            select(AuditEventRow.action)
            .where(AuditEventRow.object_id == run_id)
            .order_by(AuditEventRow.sequence)
        ).all()
    assert [a for a in actions if a in RUN_ACTIONS] == list(RUN_ACTIONS)

    # state errors after the end
    with pytest.raises(DomainError) as done:
        billing.runs.finalize(agent, new_id(), run_id, view.version)
    assert reason(done) == "BILL_RUN_STATE"
    # another agency's user sees nothing of it
    stranger = billing.principal(agencies=("THS",))
    with pytest.raises(NotFound):
        billing.runs.get_run(stranger, run_id)
    with pytest.raises(NotFound):
        billing.runs.release_item(stranger, new_id(), run_id, high.subscription_id, "")


def test_not_billed_alert_over_runs_in_a_row_and_cancel(billing: Billing) -> None:
    r = billing.readings
    round_id = r.round()
    fine = r.subscription(round_id)
    blocked = r.subscription(round_id)
    agent = billing.principal()
    batch_id = billing.batch(agent)
    months = [(date(2026, 7, 1), date(2026, 7, 31)), (date(2026, 8, 1), date(2026, 8, 31))]
    index = 100
    for start, end in months:
        index += 120
        billing.reading(fine, end - timedelta(days=2), index)
        billing.reading(blocked, end - timedelta(days=2), 150, status="to_check")
        run = billing.runs.create_run(
            agent,
            new_id(),
            batch_id=batch_id,
            period_label=start.strftime("%Y-%m"),
            period_start=start,
            period_end=end,
            bill_date=end + timedelta(days=3),
        )
        billing.work()
        version = billing.runs.get_run(agent, run.run_id).version
        billing.runs.finalize(agent, new_id(), run.run_id, version)
        billing.work()
        assert billing.runs.get_run(agent, run.run_id).status == "finalized"
    alerts = billing.runs.not_billed_alerts(agent, r.agencies["DKR"]).items
    assert [(a.subscription_id, a.consecutive_runs, a.last_cause) for a in alerts] == [
        (blocked.subscription_id, 2, "READING_TO_CHECK")
    ]
    assert billing.runs.not_billed_alerts(agent, r.agencies["DKR"], 3).items == ()

    # a run cancelled while simulating: its chunks are never done
    run = billing.runs.create_run(
        agent,
        new_id(),
        batch_id=batch_id,
        period_label="2026-09",
        period_start=PERIOD[0],
        period_end=PERIOD[1],
        bill_date=BILL_DATE,
    )
    cancelled = billing.runs.cancel(agent, new_id(), run.run_id, run.version, "erreur de lot")
    assert cancelled.status == "cancelled"
    assert billing.work() == 0
    assert billing.bills(run.run_id) == []


def test_bad_input_and_nothing_to_bill(billing: Billing) -> None:
    agent = billing.principal()
    batch_id = billing.batch(agent)

    def refused(**changes: object) -> DomainError:
        values: dict[str, object] = {
            "batch_id": batch_id,
            "period_label": "2026-09",
            "period_start": PERIOD[0],
            "period_end": PERIOD[1],
            "bill_date": BILL_DATE,
        }
        values.update(changes)
        with pytest.raises(DomainError) as error:
            billing.runs.create_run(agent, new_id(), **values)  # type: ignore[arg-type]
        return error.value

    bad = refused(period_end=date(2026, 8, 1))
    assert bad.reason == "BILLING_PERIOD_INVALID" and bad.field_violations[0].field == "period_end"
    assert refused(period_label="").field_violations[0].field == "period_label"
    assert refused(period_end=date(2027, 12, 31)).reason == "BILLING_PERIOD_INVALID"
    assert refused(bill_date=date(2026, 1, 1)).field_violations[0].field == "bill_date"
    assert refused(batch_id="nope").field_violations[0].field == "batch_id"
    assert refused().reason == "NOTHING_TO_BILL"  # no subscription in the agency yet
    clerk = billing.principal("cashier")
    with pytest.raises(DomainError) as denied:
        billing.runs.list_runs(clerk)
    assert denied.value.reason == "PERMISSION_DENIED"


def test_a_failing_chunk_is_done_again_bill_by_bill(
    billing: Billing, monkeypatch: pytest.MonkeyPatch
) -> None:
    r = billing.readings
    round_id = r.round()
    subs = [r.subscription(round_id, round_order=i) for i in range(3)]
    for sub in subs:
        billing.reading(sub, date(2026, 9, 28), 250)
    agent = billing.principal()
    run_id = create_run(billing, agent, billing.batch(agent))
    billing.work()
    version = billing.runs.get_run(agent, run_id).version
    billing.runs.finalize(agent, new_id(), run_id, version)
    bad = subs[0].subscription_id
    issue = billing.writer.issue

    def failing(uow, bills, **kwargs):  # type: ignore[no-untyped-def]
        if any(b.subscription_id == bad for b in bills):
            raise RuntimeError("disk full")
        return issue(uow, bills, **kwargs)

    monkeypatch.setattr(billing.writer, "issue", failing)
    billing.work()
    view = billing.runs.get_run(agent, run_id)
    assert view.status == "finalized" and view.progress.errors == 1
    bills = billing.bills(run_id)
    assert sorted(b.subscription_id or "" for b in bills) == sorted(
        s.subscription_id for s in subs[1:]
    )
    # the numbers taken by the failed attempt came back: no gap
    assert [b.bill_number for b in bills] == ["FAC-DKR-2026-0000001", "FAC-DKR-2026-0000002"]
    item = billing.items(run_id)[bad]
    assert (item.outcome, item.cause, item.note) == ("not_billed", "ISSUE_FAILED", "disk full")
    assert all(v == 0 for v in billing.ledger_groups().values())


def test_two_workers_share_a_run(billing: Billing, backend: str) -> None:
    """Workers in parallel (PostgreSQL: SKIP LOCKED; SQLite: one writer at a time) on the
    same run, with a new bill series: every chunk done once, numbers without gap, the
    status moved once per phase."""
    r = billing.readings
    with billing.uow() as uow:
        uow.session.execute(
            update(ParameterValueRow)
            .where(ParameterValueRow.key == "billing.chunk_size")
            .values(value="10")
        )
    now = billing.clock.now()
    seed_subscriptions(billing.uow, r.agencies["DKR"], r.round(), 60, now=now)
    agent = billing.principal()
    run_id = create_run(billing, agent, billing.batch(agent))
    failures: list[BaseException] = []

    def worker(name: str) -> None:
        try:
            while billing.chunks.process_next(name):
                pass
        except BaseException as error:
            failures.append(error)

    def in_parallel() -> None:
        threads = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)

    in_parallel()
    view = billing.runs.get_run(agent, run_id)
    assert view.status == "simulated" and view.counts is not None and view.counts.ready == 60
    billing.runs.finalize(agent, new_id(), run_id, view.version)
    in_parallel()
    assert failures == []
    view = billing.runs.get_run(agent, run_id)
    assert view.status == "finalized" and view.progress.errors == 0
    bills = billing.bills(run_id)
    assert len({b.subscription_id for b in bills}) == len(bills) == 60
    assert [b.bill_number for b in bills] == [f"FAC-DKR-2026-{n:07d}" for n in range(1, 61)]
    with billing.uow(read_only=True) as uow:
        workers = set(
            uow.session.scalars(
                select(BillRunChunkRow.worker).where(BillRunChunkRow.run_id == run_id)
            )
        )
    if backend == "postgresql":  # SKIP LOCKED: the chunks were shared (SQLite: one writer)
        assert len(workers) >= 2


def test_an_item_that_cannot_be_written_does_not_stall_the_simulation(
    billing: Billing, monkeypatch: pytest.MonkeyPatch
) -> None:
    r = billing.readings
    round_id = r.round()
    subs = [r.subscription(round_id, round_order=i) for i in range(2)]
    for sub in subs:
        billing.reading(sub, date(2026, 9, 28), 250)
    bad = subs[0].subscription_id
    insert = BillRunRepository.insert_items

    def failing(self, rows):  # type: ignore[no-untyped-def]
        if any(row[1] == bad and row[4] == "ready" for row in rows):
            raise RuntimeError("value out of range")
        return insert(self, rows)

    monkeypatch.setattr(BillRunRepository, "insert_items", failing)
    agent = billing.principal()
    run_id = create_run(billing, agent, billing.batch(agent))
    billing.work()
    view = billing.runs.get_run(agent, run_id)
    assert view.status == "simulated" and view.progress.errors == 1
    items = billing.items(run_id)
    assert (items[bad].outcome, items[bad].cause) == ("not_billed", "COMPUTATION_FAILED")
    assert items[subs[1].subscription_id].outcome == "ready"
    assert view.counts is not None and (view.counts.ready, view.counts.not_billed) == (1, 1)
