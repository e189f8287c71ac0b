"""IDEM-03, CASH-01 (all or nothing) on both databases: a transfer, a disbursement, a
receipt cancellation, a till's closing, a day closure, a deposit and a bank slip that fail
at their last step (the audit record) leave no trace (no movement, receipt, ledger line,
closure, deposit or idempotency key), then succeed whole when sent again; the verifier
finds every ledger group balanced and the chains whole."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import func, select

from iwebs_server.application.audit_trail import AuditTrail
from iwebs_server.application.cash_disbursements import DisbursementInput
from iwebs_server.application.cash_till import MoneyInput
from iwebs_server.application.deposit_views import DepositLineInput
from iwebs_server.persistence.tables.audit import IdempotencyKeyRow
from iwebs_server.persistence.tables.cash_desk import (
    BankDepositLineRow,
    BankDepositRow,
    BankDepositSlipRow,
    CashClosureRow,
    CashMovementRow,
    DenominationCountRow,
    LedgerEntryRow,
    PaymentTenderRow,
    ReceiptRow,
)
from tests.server.application.cash_supervision_harness import Office, build_office, rid

TABLES = (
    CashMovementRow, ReceiptRow, PaymentTenderRow, LedgerEntryRow, CashClosureRow,
    DenominationCountRow, BankDepositRow, BankDepositLineRow, BankDepositSlipRow,
    IdempotencyKeyRow,
)  # fmt: skip


class Broken(RuntimeError):
    pass


@pytest.fixture
def office(database_url: str) -> Iterator[Office]:
    yield from build_office(database_url)


def _counts(office: Office) -> dict[str, int]:
    with office.desk.uow(read_only=True) as uow:
        return {
            t.__tablename__: uow.session.scalar(select(func.count()).select_from(t)) or 0
            for t in TABLES
        }


def _fails_whole_then_succeeds(
    office: Office, monkeypatch: pytest.MonkeyPatch, action: str, call: Callable[[], Any]
) -> Any:
    """`call` with the audit record of `action` failing: nothing written; then for real."""
    real = AuditTrail.record

    def record(self: AuditTrail, uow: Any, name: str, *args: Any, **kwargs: Any) -> Any:
        if name == action:
            raise Broken(action)
        return real(self, uow, name, *args, **kwargs)

    before = _counts(office)
    with monkeypatch.context() as patch:
        patch.setattr(AuditTrail, "record", record)
        with pytest.raises(Broken):
            call()
    assert _counts(office) == before, action
    return call()


def test_idem_03_every_cash_write_is_all_or_nothing(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = office.desk
    awa, chef = office.cashier("awa"), office.cashier("chef")
    boss = office.supervisor("sup")
    till = desk.open(awa, 10_000).cash_session_id
    head = desk.open(chef, 0, head=True).cash_session_id
    account = desk.account()
    paid = desk.pay(awa, till, account, 30_000, ("CASH", 20_000), ("CHEQUE", 10_000))
    mistake = desk.pay(awa, till, account, 2_000, ("CASH", 2_000))
    transfer_key, stamps_key = rid(), rid()
    _fails_whole_then_succeeds(office, monkeypatch, "cash.transfer", lambda: (
        desk.transfers.transfer_to_head_cashier(
            awa, transfer_key, till, head, MoneyInput("XOF", 5_000), "mi-journée")
    ))  # fmt: skip
    _fails_whole_then_succeeds(office, monkeypatch, "cash.disbursement", lambda: (
        desk.disbursements.record(awa, stamps_key, DisbursementInput(
            till, "STAMPS", MoneyInput("XOF", 1_000), reason="timbres"))
    ))  # fmt: skip
    approval = office.cancellations.request(awa, rid(), mistake.receipt_id, "erreur")
    approve_key = rid()
    _fails_whole_then_succeeds(office, monkeypatch, "payment.receipt_cancelled", lambda: (
        desk.approvals.approve(boss, approve_key, approval, "ok")
    ))  # fmt: skip
    # float 10,000 + 20,000 cash - 5,000 transferred - 1,000 stamps (the 2,000 given back)
    _fails_whole_then_succeeds(office, monkeypatch, "cash.session.close", lambda: (
        office.close(awa, till, 24_000)
    ))  # fmt: skip
    office.close(chef, head, 5_000)
    day_key = rid()
    _fails_whole_then_succeeds(office, monkeypatch, "cash.day.close", lambda: (
        office.supervision.close_agency_day(boss, day_key, office.dkr)
    ))  # fmt: skip
    deposit_key = rid()
    deposit = _fails_whole_then_succeeds(office, monkeypatch, "cash.deposit.prepare", lambda: (
        office.deposits.prepare(
            boss, deposit_key, agency_id=office.dkr, kind="cheque", bank_code="CBAO",
            lines=[DepositLineInput(payment_tender_id=paid.tenders[1].tender_id)])
    ))  # fmt: skip
    slip_key = rid()
    _fails_whole_then_succeeds(office, monkeypatch, "cash.deposit.slip", lambda: (
        office.deposits.record_slip(
            boss, slip_key, deposit_id=deposit.deposit_id, slip_number="BV-1",
            slip_date=desk.clock.now().date(), credited_currency="XOF", credited_minor=10_000)
    ))  # fmt: skip
    report = office.verify()
    assert report.ok, report.text()
