"""Payments, the use case on both databases without the transport (CSH-1, CSH-2, CSH-4;
CASH-01..03; IDEM-01, IDEM-02, IDEM-05): allocation, partial payments, advance, fees,
tenders and change, cheques, every refusal with its field or reason, all or nothing."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from iwebs_server.application.cash_views import (
    BillSelectionInput,
    FeeLineInput,
    PaymentContentInput,
    TenderLine,
)
from iwebs_server.application.clock import new_id
from iwebs_server.composition import Application
from iwebs_server.domain.errors import DomainError, NotFound
from iwebs_server.domain.principal import Principal
from iwebs_server.persistence.tables.audit import AuditEventRow
from iwebs_server.persistence.tables.cash_desk import (
    AllocationRow,
    LedgerEntryRow,
    PaymentRow,
    PaymentTenderRow,
    ReceiptRow,
    ReceiptSeriesRow,
)
from iwebs_server.persistence.tables.reference_data import GLOBAL_SCOPE, ParameterValueRow
from tests.factories.cash_desk import (
    add_account,
    add_bill,
    add_user,
    add_workstation,
    agency_id,
    cash_application,
    open_amounts,
    open_cash_session,
    principal_of,
)
from tests.factories.clock import ManualClock

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
TODAY = NOW.date()


@dataclass
class Till:
    app: Application
    who: Principal
    session_id: str
    dkr: str

    def content(
        self, account_id: str, amount: int, *tenders: TenderLine, **values: object
    ) -> PaymentContentInput:
        content = PaymentContentInput(
            cash_session_id=self.session_id,
            account_id=account_id,
            payer_name="",
            currency_code="XOF",
            amount_minor=amount,
            tenders=tenders or (TenderLine("CASH", "XOF", amount),),
        )
        return replace(content, **values)  # type: ignore[arg-type]

    def pay(self, content: PaymentContentInput, request_id: str = ""):  # type: ignore[no-untyped-def]
        return self.app.services.payments.pay(self.who, request_id or new_id(), content)

    def refused(self, content: PaymentContentInput) -> DomainError:
        with pytest.raises(DomainError) as caught:
            self.pay(content)
        return caught.value

    def set_parameter(self, key: str, value: str) -> None:
        with self.app.uow_factory() as uow:
            uow.reference_data.add_parameter_value(
                ParameterValueRow(
                    id=new_id(), key=key, scope=GLOBAL_SCOPE, value=value, version=1,
                    updated_at=NOW, updated_by=new_id(),
                )
            )  # fmt: skip

    def count(self, table: type) -> int:
        with self.app.uow_factory(read_only=True) as uow:
            return int(uow.session.scalar(select(func.count()).select_from(table)) or 0)


@pytest.fixture
def till(database_url: str, tmp_path: Path) -> Iterator[Till]:
    app = cash_application(database_url, tmp_path, ManualClock(NOW))
    user = add_user(app, "awa")
    workstation = add_workstation(app, "DKR")
    dkr = agency_id(app, "DKR")
    session = open_cash_session(app, user_id=user, workstation_id=workstation, agency_id=dkr)
    yield Till(app, principal_of(app, user, workstation), session, dkr)
    app.close()


def cheque(amount: int, **values: object) -> TenderLine:
    line = TenderLine(
        "CHEQUE", "XOF", amount, bank_code="CBAO", reference="0012345",
        drawer_name="Awa Ndiaye", cheque_date=TODAY - timedelta(days=2),
    )  # fmt: skip
    return replace(line, **values)  # type: ignore[arg-type]


def fields(error: DomainError) -> list[str]:
    return [v.field for v in error.field_violations]


# -- allocation -----------------------------------------------------------------------------
def test_oldest_due_first_then_picked_bills_exactly(till):
    """CSH-1: oldest due first, the last reached paid in part; picked bills take exactly
    the amounts picked, whatever their age."""
    app = till.app
    account = add_account(app, till.dkr)
    old = add_bill(app, account, 10_000, TODAY - timedelta(days=60))
    mid = add_bill(app, account, 10_000, TODAY - timedelta(days=30))
    new = add_bill(app, account, 10_000, TODAY - timedelta(days=1))
    receipt = till.pay(till.content(account, 15_000)).receipt
    assert [(a.bill_id, a.amount_minor) for a in receipt.allocations] == [
        (old, 10_000),
        (mid, 5_000),
    ]
    assert open_amounts(app, [old, mid, new]) == {old: 0, mid: 5_000, new: 10_000}
    picked = till.content(
        account,
        7_000,
        bills=(BillSelectionInput(new, "XOF", 6_000), BillSelectionInput(mid, "XOF", 1_000)),
    )
    receipt = till.pay(picked).receipt
    assert sorted((a.bill_id, a.amount_minor) for a in receipt.allocations) == sorted(
        [(new, 6_000), (mid, 1_000)]
    )
    assert open_amounts(app, [mid, new]) == {mid: 4_000, new: 4_000}
    error = till.refused(
        till.content(account, 5_000, bills=(BillSelectionInput(old, "XOF", 5_000),))
    )
    assert fields(error) == ["content.bills[0].bill_id"]  # paid already: not open


def test_partial_payment_rules(till):
    """A bill left partly paid needs cash.partial_payment_allowed and at least
    cash.minimum_partial_payment (default 1000 XOF)."""
    account = add_account(till.app, till.dkr)
    add_bill(till.app, account, 10_000, TODAY)
    error = till.refused(till.content(account, 900))
    assert (error.reason, fields(error)) == ("PAYMENT_AMOUNT_INVALID", ["content.amount"])
    assert till.pay(till.content(account, 1_000)).receipt.amount_minor == 1_000
    till.set_parameter("cash.partial_payment_allowed", "false")
    error = till.refused(till.content(account, 2_000))
    assert (error.reason, fields(error)) == ("PAYMENT_AMOUNT_INVALID", ["content.amount"])
    assert till.pay(till.content(account, 9_000)).receipt.amount_minor == 9_000  # the rest


def test_overpayment_becomes_an_advance_unless_the_parameter_says_no(till):
    """CSH-1 step 3: what remains is an advance on the account (cash.overpayment_as_advance)."""
    services = till.app.services
    account = add_account(till.app, till.dkr)
    bill = add_bill(till.app, account, 4_000, TODAY)
    receipt = till.pay(till.content(account, 10_000)).receipt
    assert [(a.kind, a.amount_minor) for a in receipt.allocations] == [
        ("bill", 4_000),
        ("advance", 6_000),
    ]
    items = services.payments.get_payable_items(till.who, account)
    assert (items.bills, items.total_open_minor, items.advance_balance_minor) == ((), 0, 6_000)
    assert open_amounts(till.app, [bill]) == {bill: 0}
    till.set_parameter("cash.overpayment_as_advance", "false")
    error = till.refused(till.content(account, 1_000))
    assert error.reason == "PAYMENT_AMOUNT_INVALID"


def test_fees_and_a_quote_paid_without_an_account(till):
    """CSH-2: fees (MISC_FEE) through the same payment; a payer named when no account; a
    fixed fee paid exactly; a quote needs its number."""
    content = till.content(
        "",
        5_000 + 125_000,
        payer_name="Moussa Diop",
        fees=(
            FeeLineInput("REMISE", "XOF", 5_000),
            FeeLineInput("DEVIS", "XOF", 125_000, "DV-2026-0042"),
        ),
    )
    receipt = till.pay(content).receipt
    assert receipt.payer_name == "Moussa Diop" and receipt.account_id == ""
    assert [(a.kind, a.fee_code, a.fee_reference, a.amount_minor) for a in receipt.allocations] == [
        ("fee", "DEVIS", "DV-2026-0042", 125_000),
        ("fee", "REMISE", "", 5_000),
    ]
    assert receipt.allocations[0].fee_label == "Paiement de devis"
    for fees, field in (
        ((FeeLineInput("REMISE", "XOF", 4_000),), "content.fees[0].amount"),
        ((FeeLineInput("DEVIS", "XOF", 4_000),), "content.fees[0].reference"),
        ((FeeLineInput("NOPE", "XOF", 4_000),), "content.fees[0].fee_code"),
    ):
        error = till.refused(till.content("", 4_000, payer_name="M. Diop", fees=fees))
        assert fields(error) == [field]
    error = till.refused(till.content("", 5_000, fees=(FeeLineInput("REMISE", "XOF", 5_000),)))
    assert fields(error) == ["content.payer_name"]
    # money beyond the fees with no account cannot become an advance
    error = till.refused(
        till.content("", 6_000, payer_name="M. Diop", fees=(FeeLineInput("REMISE", "XOF", 5_000),))
    )
    assert error.reason == "PAYMENT_AMOUNT_INVALID"


def test_several_tenders_change_in_cash_and_ledger_balanced(till):
    """Cash + cheque + mobile money; change comes out of the cash; the ledger group sums to
    zero with the till accounts per tender kind and the receivable per bill."""
    account = add_account(till.app, till.dkr)
    bill = add_bill(till.app, account, 50_000, TODAY)
    content = till.content(
        account,
        50_000,
        TenderLine("CASH", "XOF", 12_000),
        cheque(30_000),
        TenderLine("WAVE", "XOF", 10_000, reference="W-778899"),
    )
    receipt = till.pay(content).receipt
    assert (receipt.tendered_minor, receipt.change_minor) == (52_000, 2_000)
    assert sorted((t.mode_code, t.mode_kind, t.amount_minor) for t in receipt.tenders) == [
        ("CASH", "cash", 10_000),
        ("CHEQUE", "cheque", 30_000),
        ("WAVE", "mobile_money", 10_000),
    ]
    with till.app.uow_factory(read_only=True) as uow:
        lines = uow.payments.ledger_group(receipt.payment_id)
    assert sum(line.amount_minor for line in lines) == 0
    assert sorted((line.ledger_account, line.amount_minor, line.bill_id) for line in lines) == [
        ("CASH", 10_000, None),
        ("CHEQUES", 30_000, None),
        ("MOBILE_MONEY", 10_000, None),
        ("RECEIVABLE", -50_000, bill),
    ]
    assert all(line.business_date == TODAY for line in lines)
    # change larger than the cash, tenders short of the amount
    error = till.refused(
        till.content(account, 1_000, TenderLine("CASH", "XOF", 200), cheque(1_500))
    )
    assert error.reason == "TENDERS_INSUFFICIENT"
    error = till.refused(till.content(account, 5_000, TenderLine("CASH", "XOF", 4_000)))
    assert error.reason == "TENDERS_INSUFFICIENT"


@pytest.mark.parametrize(
    ("tender", "field"),
    [
        (cheque(1_000, bank_code=""), "content.tenders[0].bank_code"),
        (cheque(1_000, bank_code="NOBANK"), "content.tenders[0].bank_code"),
        (cheque(1_000, reference=""), "content.tenders[0].reference"),
        (cheque(1_000, drawer_name=""), "content.tenders[0].drawer_name"),
        (cheque(1_000, cheque_date=None), "content.tenders[0].cheque_date"),
        (cheque(1_000, cheque_date=TODAY + timedelta(days=1)), "content.tenders[0].cheque_date"),
        (cheque(1_000, cheque_date=TODAY - timedelta(days=91)), "content.tenders[0].cheque_date"),
        (TenderLine("ORANGE_MONEY", "XOF", 1_000), "content.tenders[0].reference"),
        (TenderLine("BITCOIN", "XOF", 1_000), "content.tenders[0].mode_code"),
        (TenderLine("CASH", "XAF", 1_000), "content.tenders[0].amount.currency_code"),
        (TenderLine("CASH", "XOF", 0), "content.tenders[0].amount"),
    ],
)
def test_tender_refusals_name_their_field(till, tender, field):
    """Tenders against PAYMENT_MODE / BANK and cash.cheque_validity_days (90 days)."""
    account = add_account(till.app, till.dkr)
    error = till.refused(till.content(account, 1_000, tender))
    assert fields(error) == [field]
    assert till.count(PaymentRow) == 0


def test_a_cheque_dated_within_validity_is_accepted(till):
    account = add_account(till.app, till.dkr)
    receipt = till.pay(
        till.content(account, 1_000, cheque(1_000, cheque_date=TODAY - timedelta(days=90)))
    )
    assert receipt.receipt.tenders[0].cheque_date == TODAY - timedelta(days=90)


def test_scope_session_and_currency_refusals(till):
    """Another agency's account is NOT_FOUND (SEC-07); a session not the caller's at this
    till is CASH_SESSION_NOT_OPEN; money in another currency is a field error."""
    app = till.app
    other = add_account(app, agency_id(app, "THS"))
    with pytest.raises(NotFound):
        till.pay(till.content(other, 1_000))
    with pytest.raises(NotFound):
        app.services.payments.get_payable_items(till.who, other)
    account = add_account(app, till.dkr)
    error = till.refused(till.content(account, 1_000, currency_code="XAF"))
    assert fields(error) == ["content.amount.currency_code"]
    xaf = add_account(app, till.dkr, currency_code="XAF")
    assert fields(till.refused(till.content(xaf, 1_000))) == ["content.account_id"]
    colleague = add_user(app, "fatou")
    elsewhere = principal_of(app, colleague, add_workstation(app, "DKR"))
    with pytest.raises(DomainError) as caught:
        app.services.payments.pay(elsewhere, new_id(), till.content(account, 1_000))
    assert caught.value.reason == "CASH_SESSION_NOT_OPEN"


def test_preview_writes_nothing(till):
    account = add_account(till.app, till.dkr)
    bill = add_bill(till.app, account, 3_000, TODAY)
    preview = till.app.services.payments.preview(
        till.who, till.content(account, 5_000, TenderLine("CASH", "XOF", 10_000))
    )
    assert [(a.kind, a.amount_minor) for a in preview.allocations] == [
        ("bill", 3_000),
        ("advance", 2_000),
    ]
    assert (preview.tendered_minor, preview.change_minor) == (10_000, 5_000)
    assert till.count(PaymentRow) == till.count(ReceiptRow) == 0
    assert open_amounts(till.app, [bill]) == {bill: 3_000}


def test_all_or_nothing_a_failure_midway_leaves_no_row(till, monkeypatch):
    """IDEM-03: a failure after the payment, receipt and tenders were written rolls all of
    them back, the receipt number included (the next payment takes number 1)."""
    account = add_account(till.app, till.dkr)
    bill = add_bill(till.app, account, 5_000, TODAY)
    from iwebs_server.persistence.repositories.payment_repository import PaymentRepository

    def broken(self, **kwargs):  # type: ignore[no-untyped-def]
        self.flush()  # everything before the ledger is written to the database
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(PaymentRepository, "post_ledger_group", broken)
    with pytest.raises(RuntimeError):
        till.pay(till.content(account, 5_000))
    for table in (PaymentRow, PaymentTenderRow, AllocationRow, ReceiptRow, LedgerEntryRow):
        assert till.count(table) == 0, table
    assert till.count(ReceiptSeriesRow) == 0
    monkeypatch.undo()
    assert till.pay(till.content(account, 5_000)).receipt.receipt_number.endswith("-0000001")
    assert open_amounts(till.app, [bill]) == {bill: 0}


def test_retry_returns_the_first_receipt_and_reuse_is_refused_and_audited(till):
    """IDEM-01/02: same id and content -> the first receipt (replayed); same id with another
    amount, or by another user -> REQUEST_ID_REUSED with a security audit event."""
    account = add_account(till.app, till.dkr)
    request_id = new_id()
    first = till.pay(till.content(account, 2_000), request_id)
    again = till.pay(till.content(account, 2_000), request_id)
    assert (again.replayed, again.receipt) == (True, first.receipt)
    with pytest.raises(DomainError) as caught:
        till.pay(till.content(account, 2_001), request_id)
    assert caught.value.reason == "REQUEST_ID_REUSED"
    with till.app.uow_factory(read_only=True) as uow:
        events = list(
            uow.session.scalars(
                select(AuditEventRow).where(AuditEventRow.action == "payment.request_id_reused")
            )
        )
        payment = uow.payments.payment(request_id)
    assert [(e.object_id, e.outcome) for e in events] == [(request_id, "failure")]
    assert payment is not None and payment.amount_minor == 2_000
    assert till.count(PaymentRow) == till.count(ReceiptRow) == 1


def test_serialization_failures_are_retried(till, monkeypatch):
    """IDEM-05: 40001/40P01 retried with backoff; the payment then succeeds once."""
    account = add_account(till.app, till.dkr)
    service = till.app.services.payments
    real = service._pay_once
    calls: list[int] = []

    class Orig(Exception):
        sqlstate = "40001"

    def flaky(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) < 3:
            raise OperationalError("UPDATE", {}, Orig())
        return real(*args, **kwargs)

    monkeypatch.setattr(service, "_pay_once", flaky)
    monkeypatch.setattr(service, "_sleep", lambda seconds: None)
    assert till.pay(till.content(account, 1_000)).receipt.amount_minor == 1_000
    assert len(calls) == 3 and till.count(PaymentRow) == 1


def test_session_receipts_newest_first_by_pages_and_only_the_cashiers(till):
    """CSH-7: the receipts of one of the caller's sessions, newest first, a page at a time;
    a colleague's session is not hers (NOT_FOUND)."""
    services = till.app.services
    account = add_account(till.app, till.dkr)
    bill = add_bill(till.app, account, 1_000, TODAY - timedelta(days=3))
    items = services.payments.get_payable_items(till.who, account)
    assert [(b.bill_id, b.overdue) for b in items.bills] == [(bill, True)]
    numbers = [till.pay(till.content(account, 1_000 + i)).receipt.receipt_number for i in range(3)]
    first = services.payments.list_session_receipts(till.who, till.session_id, 2, "")
    assert [r.receipt_number for r in first.receipts] == numbers[::-1][:2]
    assert all(r.customer_name == "Awa Ndiaye" and r.cashier_login == "awa" for r in first.receipts)
    rest = services.payments.list_session_receipts(
        till.who, till.session_id, 2, first.next_page_token
    )
    assert [r.receipt_number for r in rest.receipts] == numbers[:1] and not rest.next_page_token
    colleague = principal_of(
        till.app, add_user(till.app, "fatou"), add_workstation(till.app, "DKR")
    )
    with pytest.raises(NotFound):
        services.payments.list_session_receipts(colleague, till.session_id, 10, "")
