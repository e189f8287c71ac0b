"""Correction of an issued bill (FAC-1, ADM-5) on both databases: asked with a reason by a
biller, approved by another user with billing.approve; the approval writes a credit note
(lines negated, reversing ledger group, credits_bill_id) and a corrected bill recomputed
from the replaced reading, in its transaction; the issued bill is never changed; a bill is
credited once only; four eyes; a period that cannot be billed again refuses the approval."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from iwebs_server.application.clock import new_id
from iwebs_server.domain.errors import DomainError, NotFound
from iwebs_server.persistence.tables.billing import BillLineRow, MeterReadingRow
from iwebs_server.persistence.tables.cash_desk import LedgerEntryRow
from tests.factories.cash_desk import add_bill
from tests.server.application.bills_harness import Billing, build_billing
from tests.server.application.reading_harness import Sub


@pytest.fixture
def billing(database_url: str, tmp_path: Path) -> Iterator[Billing]:
    harness = build_billing(database_url, tmp_path)
    yield harness
    harness.app.close()


def refused(call, reason: str) -> DomainError:  # type: ignore[no-untyped-def]
    with pytest.raises(DomainError) as caught:
        call()
    assert caught.value.reason == reason, caught.value.message
    return caught.value


def billed_october(billing: Billing) -> tuple[Sub, str, str]:
    """A subscription billed for October on a reading of 1400 (300 kWh)."""
    sub = billing.subscription()
    billing.past_bill(sub, date(2026, 9, 1), date(2026, 9, 30), 1100)
    reading = billing.reading(sub, date(2026, 10, 31), 1400)
    result = billing.bill_october(sub)
    return sub, result.bill.summary.bill_id, reading


def replace_reading(billing: Billing, sub: Sub, wrong: str, index: int) -> None:
    """The field check found the index misread: replaced by the right one."""
    with billing.app.uow_factory() as uow:
        row = uow.session.get(MeterReadingRow, wrong)
        assert row is not None
        row.status = "replaced"
        uow.session.flush()
        uow.session.add(
            MeterReadingRow(
                id=new_id(), subscription_id=sub.subscription_id, meter_id=sub.meter_id,
                register_code="single", agency_id=sub.agency_id, round_id=sub.round_id,
                reading_date=date(2026, 10, 31), index_value=index, previous_reading_id=None,
                consumption=None, source="office", field_code="", status="validated",
                case_codes="", replaces_reading_id=wrong, entered_at=billing.app.clock.now(),
                review_note="", version=1,
            )
        )  # fmt: skip


def test_a_correction_credits_the_bill_and_issues_the_corrected_one(billing: Billing) -> None:
    sub, bill_id, reading = billed_october(billing)
    before = billing.services.bills.get_bill(billing.biller, bill_id)
    replace_reading(billing, sub, reading, 1300)
    corrections = billing.services.bill_corrections
    approval_id = corrections.request(billing.biller, new_id(), bill_id, "index mal relevé")
    listed = billing.services.bills.get_bill(billing.biller, bill_id)
    assert listed.summary.correction_pending
    # four eyes: not the requester, and not without billing.approve
    refused(
        lambda: billing.services.approvals.approve(billing.biller, new_id(), approval_id, ""),
        "PERMISSION_DENIED",
    )
    billing.services.approvals.approve(billing.manager, new_id(), approval_id, "vu")
    bills = billing.bills_of(sub)
    original, note, corrected = bills[1], bills[2], bills[3]
    assert original.id == bill_id and original.amount_minor == before.total_minor  # unchanged
    assert (note.kind, note.credits_bill_id, note.amount_minor) == (
        "credit_note",
        bill_id,
        -before.total_minor,
    )
    assert corrected.kind == "invoice" and corrected.consumption == 200
    assert (corrected.period_start, corrected.period_end) == (original.period_start,
                                                               original.period_end)  # fmt: skip
    assert corrected.index_to == 1300 and corrected.amount_minor < original.amount_minor
    with billing.app.uow_factory(read_only=True) as uow:
        lines = {
            b: [(x.code, x.quantity, x.amount_minor) for x in uow.session.scalars(
                select(BillLineRow).where(BillLineRow.bill_id == b).order_by(BillLineRow.line_no)
            )]
            for b in (bill_id, note.id)
        }  # fmt: skip
        assert [(c, a) for c, _, a in lines[note.id]] == [(c, -a) for c, _, a in lines[bill_id]]
        assert all(q.startswith("-") for _, q, _ in lines[note.id])
        # the credit note's ledger group reverses the bill's receivable
        receivable = uow.session.scalars(
            select(LedgerEntryRow.amount_minor).where(
                LedgerEntryRow.bill_id == note.id, LedgerEntryRow.source_type == "billing"
            )
        ).all()
        assert receivable == [-before.total_minor]
    # the credit note settled the open bill; the corrected one is what is owed
    view = billing.services.bills.get_bill(billing.biller, bill_id)
    assert view.summary.open_minor == 0
    assert view.summary.credited_by_bill_id == note.id
    assert [(m.source_kind, m.source_bill_id, m.amount_minor) for m in view.matches] == [
        ("credit_note", note.id, before.total_minor)
    ]
    position = billing.services.bills.account_balance(billing.biller, sub.account_id).position
    assert position.balance_minor == 1_000 + corrected.amount_minor  # Sept (unpaid) + corrected
    # once only
    refused(lambda: corrections.request(billing.biller, new_id(), bill_id, "encore"),
            "BILL_ALREADY_CREDITED")  # fmt: skip


def test_a_paid_bill_corrected_leaves_a_credit_that_settles_the_corrected_bill(
    billing: Billing,
) -> None:
    sub, bill_id, reading = billed_october(billing)
    billing.pay(sub.account_id, 1_000)  # Sept
    owed = billing.services.bills.get_bill(billing.biller, bill_id).total_minor
    billing.pay(sub.account_id, owed)  # October, in full
    replace_reading(billing, sub, reading, 1250)
    approval_id = billing.services.bill_corrections.request(
        billing.biller, new_id(), bill_id, "index"
    )
    billing.services.approvals.approve(billing.manager, new_id(), approval_id, "")
    corrected = billing.bills_of(sub)[-1]
    detail = billing.services.bills.get_bill(billing.biller, corrected.id)
    assert detail.summary.open_minor == 0
    assert [m.source_kind for m in detail.matches] == ["credit_note"]
    view = billing.services.bills.account_balance(billing.biller, sub.account_id)
    left = owed - corrected.amount_minor
    assert view.position.credit_notes_left_minor == left
    assert view.position.balance_minor == -left
    # the credit note is an open item, its credit left shown negative
    assert [(i.kind, i.open_minor) for i in view.open_items] == [("credit_note", -left)]
    note = billing.bills_of(sub)[-2]
    assert billing.services.bills.get_bill(billing.biller, note.id).summary.open_minor == -left


def test_refusals_of_a_correction(billing: Billing) -> None:
    sub, bill_id, reading = billed_october(billing)
    corrections = billing.services.bill_corrections
    refused(lambda: corrections.request(billing.clerk, new_id(), bill_id, "x"), "PERMISSION_DENIED")
    with pytest.raises(NotFound):
        corrections.request(billing.outsider, new_id(), bill_id, "x")
    with pytest.raises(DomainError) as caught:
        corrections.request(billing.biller, new_id(), bill_id, "  ")
    assert [v.field for v in caught.value.field_violations] == ["reason"]
    # a bill carried over from the legacy system has no lines to credit here
    legacy = add_bill(billing.app, sub.account_id, 5_000, date(2026, 8, 15))
    with pytest.raises(DomainError) as caught:
        corrections.request(billing.biller, new_id(), legacy, "x")
    assert [v.field for v in caught.value.field_violations] == ["bill_id"]
    # a request is idempotent and one waits at a time
    request_id = new_id()
    first = corrections.request(billing.biller, request_id, bill_id, "index")
    assert corrections.request(billing.biller, request_id, bill_id, "index") == first
    refused(lambda: corrections.request(billing.biller, new_id(), bill_id, "index"),
            "APPROVAL_REQUIRED")  # fmt: skip
    # the period cannot be billed again (a reading to check): the approval is refused whole
    with billing.app.uow_factory() as uow:
        row = uow.session.get(MeterReadingRow, reading)
        assert row is not None
        row.status = "to_check"
    error = refused(
        lambda: billing.services.approvals.approve(billing.manager, new_id(), first, ""),
        "SUBSCRIPTION_NOT_BILLABLE",
    )
    assert error.metadata["cause"] in {"READING_TO_CHECK", "NO_READING"}
    assert len(billing.bills_of(sub)) == 2  # nothing written, still pending
    assert billing.services.bills.get_bill(billing.biller, bill_id).summary.correction_pending
