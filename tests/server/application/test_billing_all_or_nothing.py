"""IDEM-03 for billing (all or nothing), on both databases: a finalization chunk, an
individual bill, a correction's approval, a reading import and a tariff version's approval
that fail at their last step (the audit record) leave no trace — no number taken, no bill,
line, ledger entry, match, outbox event, reading, decision or idempotency key — then,
sent again, succeed whole: numbers without a gap, every ledger group balanced."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from iwebs_server.application.audit_trail import AuditTrail
from iwebs_server.application.billing_batches import BatchInput
from iwebs_server.application.clock import new_id
from iwebs_server.domain.principal import AgencyScope
from iwebs_server.persistence.tables.audit import ApprovalRequestRow, IdempotencyKeyRow
from iwebs_server.persistence.tables.billing import (
    BillingBatchRow,
    BillLineRow,
    BillMatchRow,
    BillRunChunkRow,
    BillRunItemRow,
    BillRunRow,
    MeterReadingRow,
    OutboxEventRow,
    TariffVersionRow,
)
from iwebs_server.persistence.tables.cash_desk import LedgerEntryRow
from iwebs_server.persistence.tables.customer_base import BillRow, NumberSeriesRow
from tests.server.application.bills_harness import OCTOBER, Billing, build_billing
from tests.server.application.reading_harness import Sub
from tests.server.domain.tariff_grids import senelec

TABLES = (
    BillRow, BillLineRow, BillMatchRow, LedgerEntryRow, OutboxEventRow, MeterReadingRow,
    IdempotencyKeyRow, BillingBatchRow, BillRunRow,
)  # fmt: skip
BY_STATUS = (
    (ApprovalRequestRow, ApprovalRequestRow.status),
    (TariffVersionRow, TariffVersionRow.status),
    (BillRunRow, BillRunRow.status),
    (BillRunChunkRow, BillRunChunkRow.status),
    (BillRunItemRow, BillRunItemRow.outcome),
)


class Broken(RuntimeError):
    pass


@pytest.fixture
def billing(database_url: str, tmp_path: Path) -> Iterator[Billing]:
    harness = build_billing(database_url, tmp_path)
    # past bills are rows of 1,000 F: no bill here is held for its amount
    harness.places.set_parameter("billing.control_high_ratio", "100")
    yield harness
    harness.app.close()


def _state(billing: Billing) -> dict[str, Any]:
    """Counts of every billing fact, the numbers series and the statuses."""
    with billing.app.uow_factory(read_only=True) as uow:
        s = uow.session
        state: dict[str, Any] = {
            t.__tablename__: s.scalar(select(func.count()).select_from(t)) or 0 for t in TABLES
        }
        state["number_series"] = sorted(
            tuple(r) for r in s.execute(select(NumberSeriesRow.code, NumberSeriesRow.next_value))
        )
        for table, column in BY_STATUS:
            rows = s.execute(select(column, func.count()).group_by(column))
            state[f"{table.__tablename__}.{column.key}"] = sorted(tuple(r) for r in rows)
        return state


def _fails_whole_then_succeeds(
    billing: Billing, monkeypatch: pytest.MonkeyPatch, action: str, call: Callable[[], Any]
) -> Any:
    """`call` with the audit record `action` failing: nothing written; then for real."""
    real = AuditTrail.record

    def record(self: AuditTrail, uow: Any, name: str, *args: Any, **kwargs: Any) -> Any:
        if name == action:
            raise Broken(action)
        return real(self, uow, name, *args, **kwargs)

    before = _state(billing)
    with monkeypatch.context() as patch:
        patch.setattr(AuditTrail, "record", record)
        with pytest.raises(Broken):
            call()
    after = _state(billing)
    assert after == before, {k: (before[k], after[k]) for k in before if before[k] != after[k]}
    return call()


def _billable(billing: Billing, round_id: str, reading: int = 1400) -> Sub:
    sub = billing.places.subscription(round_id)
    billing.past_bill(sub, date(2026, 9, 1), date(2026, 9, 30), 1100)
    billing.reading(sub, OCTOBER[1], reading)
    return sub


def _balanced(billing: Billing) -> None:
    with billing.app.uow_factory(read_only=True) as uow:
        groups = uow.session.execute(
            select(LedgerEntryRow.entry_group_id, func.sum(LedgerEntryRow.amount_minor))
            .group_by(LedgerEntryRow.entry_group_id)
            .having(func.sum(LedgerEntryRow.amount_minor) != 0)
        ).all()
    assert not groups


def _numbers(billing: Billing) -> list[int]:
    with billing.app.uow_factory(read_only=True) as uow:
        numbers = uow.session.scalars(
            select(BillRow.bill_number).where(BillRow.origin == "billing", BillRow.kind != "x")
        ).all()
    return sorted(int(n.rsplit("-", 1)[1]) for n in numbers if n.startswith("FAC-"))


def test_idem_03_a_finalization_chunk_is_all_or_nothing(
    billing: Billing, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The chunk fails at its last step (the run's finalized audit), first as a whole and
    then bill by bill: no number taken, no bill, ledger line, match or outbox row; the run
    is still finalizing and the next worker finishes it whole."""
    services, who = billing.services, billing.biller
    round_id = billing.places.round()
    subs = [_billable(billing, round_id, 1400 + n) for n in range(3)]
    billing.pay(subs[0].account_id, 1_000 + 5_000)  # the September bill, then an advance
    batch = services.billing_batches.create(
        who, new_id(), agency_id=subs[0].agency_id, code="AON",
        data=BatchInput(name="Tout ou rien", round_ids=(round_id,)),
    ).batch_id  # fmt: skip
    run = services.bill_runs.create_run(
        who, new_id(), batch_id=batch, period_label="2026-10", period_start=OCTOBER[0],
        period_end=OCTOBER[1], bill_date=date(2026, 11, 5),
    )  # fmt: skip
    chunks = services.bill_run_chunks
    while chunks.process_next("test"):
        pass
    version = services.bill_runs.get_run(who, run.run_id).version
    services.bill_runs.finalize(who, new_id(), run.run_id, version)
    _fails_whole_then_succeeds(
        billing, monkeypatch, "billing.run.finalized", lambda: chunks.process_next("test")
    )
    while chunks.process_next("test"):
        pass
    done = services.bill_runs.get_run(who, run.run_id)
    assert done.status == "finalized"
    bills = billing.bills_of(subs[0])
    assert [b.bill_number.startswith("FAC-") for b in bills[1:]] == [True]
    with billing.app.uow_factory(read_only=True) as uow:
        matched = uow.session.scalar(
            select(func.count())
            .select_from(BillMatchRow)
            .where(BillMatchRow.bill_id == bills[-1].id)
        )
        events = uow.session.scalar(
            select(func.count())
            .select_from(OutboxEventRow)
            .where(OutboxEventRow.topic == "bill.issued")
        )
    assert matched == 1  # the advance settled the new bill
    assert events == 3
    assert _numbers(billing) == [1, 2, 3]
    _balanced(billing)


def test_idem_03_individual_bill_correction_import_and_tariff_approval(
    billing: Billing, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = billing.services
    round_id = billing.places.round()

    # an individual bill (its run, number, lines, ledger, matches, outbox)
    sub = _billable(billing, round_id)
    billing.pay(sub.account_id, 1_000 + 2_000)
    key = new_id()
    first = _fails_whole_then_succeeds(
        billing, monkeypatch, "bill.individual",
        lambda: services.individual_billing.bill_subscription(
            billing.biller, key, sub.subscription_id, *OCTOBER, "", preview=False),
    )  # fmt: skip
    assert first.bill.summary.bill_number.endswith("-0000001")
    assert [m.amount_minor for m in first.bill.matches] == [2_000]

    # a correction approved (credit note + corrected bill), failing at the decision's audit
    approval = services.bill_corrections.request(
        billing.biller, new_id(), first.bill.summary.bill_id, "index mal relevé"
    )
    decision = new_id()
    _fails_whole_then_succeeds(
        billing, monkeypatch, "approval.approved",
        lambda: services.approvals.approve(billing.manager, decision, approval, "vu"),
    )  # fmt: skip
    kinds = [(b.kind, b.bill_number[-7:]) for b in billing.bills_of(sub)[1:]]
    assert kinds == [("invoice", "0000001"), ("credit_note", "0000002"),
                     ("invoice", "0000003")]  # fmt: skip

    # a reading import (each line in its savepoint, the report's audit last)
    fresh = billing.places.subscription(round_id, installed_on=date(2026, 3, 9))
    billing.places.past_readings(fresh, date(2026, 3, 9), 100, 300, 6)
    content = (
        "subscription_number;reading_date;index_value\n"
        f"{fresh.subscription_number};2026-10-05;2200\n"
    ).encode()
    import_key = new_id()
    report = _fails_whole_then_succeeds(
        billing, monkeypatch, "reading.import",
        lambda: services.reading_files.import_file(
            billing.biller, import_key, "csv", content, "retour.csv"),
    )  # fmt: skip
    assert (report.created, report.rejected) == (1, 0)

    # a tariff version proposed, then approved with its decision failing at the end
    everywhere = AgencyScope(frozenset(), all_agencies=True)
    proposer = dataclasses.replace(billing.biller, scope=everywhere)
    approver = dataclasses.replace(billing.manager, scope=everywhere)
    with billing.app.uow_factory(read_only=True) as uow:
        version = uow.session.get(TariffVersionRow, billing.tariff_version_id)
        assert version is not None
        tariff_id = version.tariff_id
    proposed = services.tariffs.propose_version(
        proposer, new_id(), tariff_id, date(2027, 1, 1),
        json.loads(json.dumps(senelec("170.00"))), "hausse 2027",
    )  # fmt: skip
    decision = new_id()
    _fails_whole_then_succeeds(
        billing, monkeypatch, "approval.approved",
        lambda: services.approvals.approve(
            approver, decision, proposed.approval_request_id, "ok"),
    )  # fmt: skip
    with billing.app.uow_factory(read_only=True) as uow:
        row = uow.session.get(TariffVersionRow, proposed.tariff_version_id)
        assert row is not None and row.status == "approved"
    _balanced(billing)
