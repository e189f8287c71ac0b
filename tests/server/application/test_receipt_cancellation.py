"""Receipt cancellation, the use case on both databases (CSH-4, CASH-07, SEC-08): the
reversal of an advance, of fees and of a cheque; the advance already refunded; requests
that cannot be made."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from threading import Barrier

import pytest
from sqlalchemy import select

from iwebs_server.application.cash_views import FeeLineInput, PaymentContentInput, TenderLine
from iwebs_server.application.clock import new_id
from iwebs_server.composition import Application
from iwebs_server.domain.errors import DomainError, NotFound
from iwebs_server.domain.principal import Principal
from iwebs_server.persistence.tables.audit import ApprovalRequestRow
from iwebs_server.persistence.tables.cash_desk import CashMovementRow, LedgerEntryRow, ReceiptRow
from tests.factories.cash_desk import (
    add_account,
    add_user,
    add_workstation,
    agency_id,
    cash_application,
    open_cash_session,
    principal_of,
)
from tests.factories.clock import ManualClock

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


@dataclass
class Office:
    app: Application
    cashier: Principal
    chef: Principal
    session_id: str
    dkr: str

    def pay(self, account_id: str, amount: int, *tenders: TenderLine, **values: object):  # type: ignore[no-untyped-def]
        content = PaymentContentInput(
            cash_session_id=self.session_id,
            account_id=account_id,
            payer_name=str(values.get("payer_name", "")),
            currency_code="XOF",
            amount_minor=amount,
            fees=tuple(values.get("fees", ())),  # type: ignore[arg-type]
            tenders=tenders or (TenderLine("CASH", "XOF", amount),),
        )
        return self.app.services.payments.pay(self.cashier, new_id(), content).receipt

    def cancel(self, receipt_id: str) -> str:
        cancellations = self.app.services.receipt_cancellations
        approval_id = cancellations.request(self.cashier, new_id(), receipt_id, "erreur")
        self.app.services.approvals.approve(self.chef, new_id(), approval_id, "vu")
        return approval_id


@pytest.fixture
def office(database_url: str, tmp_path: Path) -> Iterator[Office]:
    app = cash_application(database_url, tmp_path, ManualClock(NOW))
    cashier = add_user(app, "awa")
    workstation = add_workstation(app, "DKR")
    dkr = agency_id(app, "DKR")
    session = open_cash_session(app, user_id=cashier, workstation_id=workstation, agency_id=dkr)
    chef = principal_of(app, add_user(app, "chef", "supervisor"), add_workstation(app, "DKR"))
    yield Office(app, principal_of(app, cashier, workstation), chef, session, dkr)
    app.close()


def test_cancelling_an_advance_and_fees_takes_them_back(office):
    """The advance shrinks by what the payment put aside; the fee and cheque lines are
    reversed in the ledger; the cancellation receipt is signed negative."""
    services = office.app.services
    account = add_account(office.app, office.dkr)
    receipt = office.pay(
        account,
        8_000,
        TenderLine(
            "CHEQUE", "XOF", 8_000, bank_code="SGBS", reference="77", drawer_name="A. Ndiaye",
            cheque_date=NOW.date(),
        ),
        fees=(FeeLineInput("REMISE", "XOF", 5_000),),
    )  # fmt: skip
    assert (
        services.payments.get_payable_items(office.cashier, account).advance_balance_minor == 3_000
    )
    office.cancel(receipt.receipt_id)
    assert services.payments.get_payable_items(office.cashier, account).advance_balance_minor == 0
    original = services.payments.get_receipt(office.cashier, receipt.receipt_id)
    with office.app.uow_factory(read_only=True) as uow:
        cancellation = uow.payments.cancellation_of(receipt.receipt_id)
        assert cancellation is not None
        lines = list(
            uow.session.scalars(
                select(LedgerEntryRow).where(LedgerEntryRow.entry_group_id == cancellation.id)
            )
        )
    assert original.cancelled_by_receipt_number == cancellation.receipt_number
    assert cancellation.amount_minor == -8_000 and cancellation.reason == "erreur"
    assert sorted((line.ledger_account, line.amount_minor) for line in lines) == [
        ("ADVANCE", 3_000),
        ("CHEQUES", -8_000),
        ("FEE:REMISE", 5_000),
    ]


def test_an_advance_refunded_since_cannot_be_taken_back(office):
    """Cancelling would leave the account's advance below zero: refused, at the request
    and at the approval (the refund may come in between)."""
    services = office.app.services
    account = add_account(office.app, office.dkr)
    receipt = office.pay(account, 4_000)
    approval_id = services.receipt_cancellations.request(
        office.cashier, new_id(), receipt.receipt_id, "erreur"
    )
    with office.app.uow_factory() as uow:  # a refund of the whole advance, out of the till
        uow.session.add(
            CashMovementRow(
                id=new_id(), cash_session_id=office.session_id, kind="disbursement",
                currency_code="XOF", amount_minor=-4_000, category_code="REFUND",
                account_id=account, created_by=office.cashier.user_id,
                workstation_id=office.cashier.workstation_id, created_at=NOW,
            )
        )  # fmt: skip
    with pytest.raises(DomainError) as caught:
        services.approvals.approve(office.chef, new_id(), approval_id, "vu")
    assert caught.value.reason == "PAYMENT_AMOUNT_INVALID"
    services.approvals.reject(office.chef, new_id(), approval_id, "remboursé")
    with pytest.raises(DomainError) as caught:
        services.receipt_cancellations.request(
            office.cashier, new_id(), receipt.receipt_id, "erreur"
        )
    assert caught.value.reason == "PAYMENT_AMOUNT_INVALID"


def test_requests_that_cannot_be_made(office):
    services = office.app.services
    receipt = office.pay(add_account(office.app, office.dkr), 1_000)
    with pytest.raises(DomainError) as caught:
        services.receipt_cancellations.request(office.cashier, new_id(), receipt.receipt_id, "")
    assert [v.field for v in caught.value.field_violations] == ["reason"]
    with pytest.raises(NotFound):
        services.receipt_cancellations.request(office.cashier, new_id(), new_id(), "erreur")
    thies = principal_of(
        office.app,
        add_user(office.app, "binta", agencies=("THS",)),
        add_workstation(office.app, "THS"),
    )
    with pytest.raises(NotFound):  # another agency's receipt
        services.receipt_cancellations.request(thies, new_id(), receipt.receipt_id, "erreur")
    first = services.receipt_cancellations.request(
        office.cashier, request_id := new_id(), receipt.receipt_id, "erreur"
    )
    again = services.receipt_cancellations.request(
        office.cashier, request_id, receipt.receipt_id, "erreur"
    )
    assert again == first  # a retried request answers the same approval request


def test_two_approvals_racing_for_one_receipt_cancel_it_once(office: Office) -> None:
    """CSH-4, CASH-07: two pending requests for the same receipt (two requests that raced),
    approved at once by two approvers: one cancellation receipt; the other approval is
    refused with RECEIPT_ALREADY_CANCELLED, never an integrity error (INTERNAL)."""
    services = office.app.services
    second_chef = principal_of(
        office.app, add_user(office.app, "chef2", "supervisor"), add_workstation(office.app, "DKR")
    )
    for _ in range(3):
        receipt = office.pay(add_account(office.app, office.dkr), 1_000)
        first = services.receipt_cancellations.request(
            office.cashier, new_id(), receipt.receipt_id, "erreur"
        )
        with office.app.uow_factory() as uow:  # the twin a concurrent request could make
            row = uow.session.get(ApprovalRequestRow, first)
            assert row is not None
            twin = ApprovalRequestRow(
                **{c.key: getattr(row, c.key) for c in ApprovalRequestRow.__table__.columns}
            )
            twin.id = new_id()
            uow.session.add(twin)
        barrier = Barrier(2)

        def approve(chef: Principal, approval_id: str, barrier: Barrier = barrier) -> str:
            barrier.wait()
            try:
                services.approvals.approve(chef, new_id(), approval_id, "vu")
            except DomainError as error:
                return error.reason
            return "approved"

        with ThreadPoolExecutor(2) as pool:
            answers = sorted(pool.map(approve, (office.chef, second_chef), (first, twin.id)))
        assert answers == ["RECEIPT_ALREADY_CANCELLED", "approved"]
        with office.app.uow_factory(read_only=True) as uow:
            cancellations = uow.session.scalars(
                select(ReceiptRow).where(ReceiptRow.cancels_receipt_id == receipt.receipt_id)
            ).all()
            assert len(cancellations) == 1
