"""BillWriter (FAC-1, FAC-6, FAC-8, FAC-9) on both databases: gap-free numbers per agency
and year taken at once, bills and their lines, one balanced ledger group per call
(RECEIVABLE per bill, each ledger account of the lines credited), one `bill.issued` event
per bill, credit notes, refusals (total != lines, the same subscription twice in a run, days
already billed by another run or an individual bill)."""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from iwebs_server.application.bill_writer import (
    AlreadyBilled,
    BillToIssue,
    BillWriter,
    UnbalancedBill,
    bill_issued_payload,
    bill_number,
    new_ids,
)
from iwebs_server.application.clock import new_id
from iwebs_server.domain.tariff_engine import ComputedLine
from iwebs_server.persistence.tables.billing import BillLineRow, OutboxEventRow
from iwebs_server.persistence.tables.cash_desk import LedgerEntryRow
from iwebs_server.persistence.tables.customer_base import BillRow
from tests.server.application.reading_harness import Readings, Sub, build_readings


@pytest.fixture
def harness(database_url: str) -> Readings:
    return build_readings(database_url)


def line(code: str, amount: int, account: str, block: int | None = None) -> ComputedLine:
    return ComputedLine(
        code=code,
        kind="energy" if code.startswith("ENERGY") else "tax",
        label=f"Ligne {code}",
        quantity=Decimal("150.5"),
        unit="kWh",
        unit_price=Decimal("82.00"),
        amount_minor=amount,
        tariff_version_id="version-1",
        block_no=block,
        rule=f"bloc {block}" if block else "",
        ledger_account=account,
    )


def to_issue(sub: Sub, lines: tuple[ComputedLine, ...], **overrides: object) -> BillToIssue:
    values: dict[str, object] = {
        "subscription_id": sub.subscription_id,
        "account_id": sub.account_id,
        "agency_id": sub.agency_id,
        "service": "electricity",
        "kind": "invoice",
        "period_label": "2026-09",
        "period_start": date(2026, 9, 1),
        "period_end": date(2026, 9, 30),
        "bill_date": date(2026, 10, 5),
        "due_date": date(2026, 10, 20),
        "currency": "XOF",
        "reading_id": None,
        "index_from": 100,
        "index_to": 250,
        "consumption": 150,
        "estimated": False,
        "lines": lines,
        "total_minor": sum(x.amount_minor for x in lines),
    }
    values.update(overrides)
    return BillToIssue(**values)  # type: ignore[arg-type]


ENERGY = (
    line("ENERGY.1", 12_300, "REVENUE:ELECTRICITY:ENERGY", 1),
    line("ENERGY.2", 1_365, "REVENUE:ELECTRICITY:ENERGY", 2),
    line("TCO", 342, "TAX:COMMUNAL"),
)


def test_issue_numbers_lines_ledger_and_events(harness: Readings) -> None:
    round_id = harness.round()
    subs = [harness.subscription(round_id) for _ in range(3)]
    ths = harness.subscription(harness.round("THS"), agency="THS")
    run_id = new_id()
    writer = BillWriter()
    with harness.uow() as uow:
        issued = writer.issue(
            uow,
            [to_issue(s, ENERGY) for s in [*subs, ths]],
            bill_run_id=run_id,
            now=harness.clock.now(),
        )
    assert [b.bill_number for b in issued] == [
        bill_number("FAC", "DKR", 2026, 1),
        "FAC-DKR-2026-0000002",
        "FAC-DKR-2026-0000003",
        "FAC-THS-2026-0000001",
    ]
    assert all(b.total_minor == 14_007 for b in issued)
    # a second call goes on from where the first stopped
    other = harness.subscription(round_id)
    with harness.uow() as uow:
        again = writer.issue(
            uow, [to_issue(other, ENERGY)], bill_run_id=new_id(), now=harness.clock.now()
        )
    assert again[0].bill_number == "FAC-DKR-2026-0000004"

    with harness.uow(read_only=True) as uow:
        s = uow.session
        bills = s.scalars(select(BillRow).where(BillRow.bill_run_id == run_id)).all()
        assert len(bills) == 4
        first = next(b for b in bills if b.id == issued[0].bill_id)
        assert (first.origin, first.kind, first.amount_minor, first.consumption) == (
            "billing",
            "invoice",
            14_007,
            150,
        )
        assert (first.period_start, first.period_end, first.issue_date, first.due_date) == (
            date(2026, 9, 1),
            date(2026, 9, 30),
            date(2026, 10, 5),
            date(2026, 10, 20),
        )
        lines = s.scalars(
            select(BillLineRow).where(BillLineRow.bill_id == first.id).order_by(BillLineRow.line_no)
        ).all()
        assert [(x.line_no, x.code, x.quantity, x.unit_price, x.block_no) for x in lines] == [
            (1, "ENERGY.1", "150.5", "82.00", 1),
            (2, "ENERGY.2", "150.5", "82.00", 2),
            (3, "TCO", "150.5", "82.00", None),
        ]
        ledger = s.scalars(
            select(LedgerEntryRow).where(
                LedgerEntryRow.bill_id.in_([b.bill_id for b in issued])
                | (LedgerEntryRow.source_type == "billing")
            )
        ).all()
        groups: dict[str, int] = {}
        for entry in ledger:
            groups[entry.entry_group_id] = groups.get(entry.entry_group_id, 0) + entry.amount_minor
        assert groups and all(total == 0 for total in groups.values())
        receivable = [e for e in ledger if e.ledger_account == "RECEIVABLE"]
        assert sorted(e.bill_id for e in receivable if e.bill_id) == sorted(
            [b.bill_id for b in issued] + [again[0].bill_id]
        )
        dkr_credits = {
            e.ledger_account: e.amount_minor
            for e in ledger
            if e.ledger_account != "RECEIVABLE"
            and e.agency_id == subs[0].agency_id
            and e.entry_group_id
            == next(r.entry_group_id for r in receivable if r.bill_id == issued[0].bill_id)
        }
        assert dkr_credits == {"REVENUE:ELECTRICITY:ENERGY": -3 * 13_665, "TAX:COMMUNAL": -3 * 342}
        events = s.scalars(
            select(OutboxEventRow).where(
                OutboxEventRow.aggregate_id.in_([b.bill_id for b in issued])
            )
        ).all()
        assert len(events) == 4 and {e.topic for e in events} == {"bill.issued"}
        payload = json.loads(next(e for e in events if e.aggregate_id == first.id).payload_json)
        assert payload["bill_number"] == "FAC-DKR-2026-0000001"
        assert payload["amount_minor"] == 14_007 and payload["due_date"] == "2026-10-20"
        # whom to tell: the sender reads the account's contacts and opt-ins when it sends
        assert payload["account_id"] == first.account_id and "email" not in payload


def test_new_ids_are_time_ordered_uuids() -> None:
    """Bills, lines and events go to the end of their primary-key index (version 7)."""
    before = time.time_ns() // 1_000_000
    first = new_ids(4_000)
    second = new_ids(3)
    after = time.time_ns() // 1_000_000
    parsed = [uuid.UUID(i) for i in first + second]
    assert all(u.version == 7 and u.variant == uuid.RFC_4122 for u in parsed)
    assert [str(u) for u in parsed] == first + second  # canonical lower-case text
    assert first == sorted(first) and len(set(first + second)) == 4_003
    assert first[-1] <= second[0] or first[-1][:13] == second[0][:13]  # same millisecond
    assert all(before <= u.int >> 80 <= after for u in parsed)


def test_credit_note_and_refusals(harness: Readings) -> None:
    round_id = harness.round()
    sub = harness.subscription(round_id)
    run_id = new_id()
    writer = BillWriter()
    with harness.uow() as uow:
        (invoice,) = writer.issue(
            uow, [to_issue(sub, ENERGY)], bill_run_id=run_id, now=harness.clock.now()
        )
    negative = tuple(replace(x, amount_minor=-x.amount_minor) for x in ENERGY)
    with harness.uow() as uow:
        (note,) = writer.issue(
            uow,
            [to_issue(sub, negative, kind="credit_note", credits_bill_id=invoice.bill_id)],
            bill_run_id=new_id(),
            now=harness.clock.now(),
        )
    assert note.total_minor == -14_007 and note.bill_number == "FAC-DKR-2026-0000002"
    # a bill is credited once (the partial unique index of credit notes, FAC-8)
    with pytest.raises(IntegrityError), harness.uow() as uow:
        writer.issue(
            uow,
            [to_issue(sub, negative, kind="credit_note", credits_bill_id=invoice.bill_id)],
            bill_run_id=new_id(),
            now=harness.clock.now(),
        )
    with harness.uow(read_only=True) as uow:
        total = uow.session.scalar(
            select(func.sum(LedgerEntryRow.amount_minor)).where(
                LedgerEntryRow.source_type == "billing"
            )
        )
        assert total == 0
    # a total that is not the sum of the lines is never written
    with pytest.raises(UnbalancedBill), harness.uow() as uow:
        writer.issue(
            uow,
            [to_issue(sub, ENERGY, total_minor=1)],
            bill_run_id=new_id(),
            now=harness.clock.now(),
        )
    # the same subscription twice in a run: the unique index refuses it, numbers come back
    with pytest.raises(IntegrityError), harness.uow() as uow:
        writer.issue(uow, [to_issue(sub, ENERGY)], bill_run_id=run_id, now=harness.clock.now())
    with harness.uow() as uow:
        (after,) = writer.issue(
            uow, [to_issue(sub, ENERGY)], bill_run_id=new_id(), now=harness.clock.now()
        )
    assert after.bill_number == "FAC-DKR-2026-0000003"


def test_days_already_billed_are_refused_before_any_number_is_taken(harness: Readings) -> None:
    """An individual bill and a run racing for one subscription: under the series lock the
    second finds the first's invoice over the same days and writes nothing (the run's item
    becomes not billed ALREADY_BILLED, an individual bill NOTHING_TO_BILL)."""
    sub = harness.subscription(harness.round())
    other = harness.subscription(harness.round())
    writer = BillWriter()
    with harness.uow() as uow:
        (first,) = writer.issue(
            uow, [to_issue(sub, ENERGY)], bill_run_id=new_id(), now=harness.clock.now()
        )
    overlapping = to_issue(
        sub, ENERGY, period_start=date(2026, 9, 30), period_end=date(2026, 10, 29)
    )
    with pytest.raises(AlreadyBilled) as refused, harness.uow() as uow:
        writer.issue(
            uow,
            [to_issue(other, ENERGY), overlapping],
            bill_run_id=new_id(),
            now=harness.clock.now(),
        )
    assert refused.value.subscription_ids == {sub.subscription_id}
    with harness.uow(read_only=True) as uow:
        assert uow.session.scalar(select(func.count()).select_from(BillRow)) == 1
    # the next days, and the other subscription, go through with the next numbers
    october = to_issue(sub, ENERGY, period_start=date(2026, 10, 1), period_end=date(2026, 10, 31))
    with harness.uow() as uow:
        issued = writer.issue(
            uow, [to_issue(other, ENERGY), october], bill_run_id=new_id(), now=harness.clock.now()
        )
    assert first.bill_number == "FAC-DKR-2026-0000001"
    assert [b.bill_number for b in issued] == ["FAC-DKR-2026-0000002", "FAC-DKR-2026-0000003"]


@pytest.mark.parametrize("label", ["2026-10", 'relevé "spécial" \\ été', "\u00e9\t\n<>&"])
def test_the_event_payload_is_the_json_of_what_the_bill_says(label: str) -> None:
    """FAC-9: the payload text written by hand reads back as the dict it stands for."""
    bill = BillToIssue(
        subscription_id=new_id(), account_id=new_id(), agency_id=new_id(), service="water",
        kind="invoice", period_label=label, period_start=date(2026, 10, 1),
        period_end=date(2026, 10, 31), bill_date=date(2026, 11, 5), due_date=date(2026, 11, 20),
        currency="XOF", reading_id=None, index_from=None, index_to=None, consumption=None,
        estimated=False, lines=(), total_minor=-1234,
    )  # fmt: skip
    bill_id = new_id()
    text = bill_issued_payload(bill, bill_id, 'FAC-"DKR"-2026-0000001')
    assert json.loads(text) == {
        "bill_id": bill_id,
        "bill_number": 'FAC-"DKR"-2026-0000001',
        "account_id": bill.account_id,
        "kind": "invoice",
        "amount_minor": -1234,
        "currency": "XOF",
        "due_date": "2026-11-20",
        "period_label": label,
    }
