"""Matching (lettrage, FAC-7) on both databases: the rule of docs/bills-and-accounts.md
(advance first, then credit notes oldest first; a new credit note settles the bill it
cancels then the oldest due; the deposit only at a final bill, its rest to the advance),
each match one append-only row and one balanced ledger group, the cash desk's open amounts
and advance counting the matches, constant queries per call, the cash verifier clean."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.exc import DBAPIError

from iwebs_server.application.cash_disbursements import DisbursementInput
from iwebs_server.application.cash_till import MoneyInput
from iwebs_server.application.cash_verifier import CashVerifier
from iwebs_server.application.cash_views import FeeLineInput, PaymentContentInput, TenderLine
from iwebs_server.application.clock import new_id
from iwebs_server.application.lettrage import Lettrage
from iwebs_server.composition import Application
from iwebs_server.domain.errors import DomainError
from iwebs_server.domain.principal import Principal
from iwebs_server.persistence.tables.billing import BillMatchRow
from iwebs_server.persistence.tables.cash_desk import LedgerEntryRow
from iwebs_server.persistence.tables.customer_base import BillRow, CustomerAccountRow
from tests.factories.cash_desk import (
    add_account,
    add_user,
    add_workstation,
    agency_id,
    cash_application,
    open_amounts,
    open_cash_session,
    principal_of,
)
from tests.factories.clock import ManualClock

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
TODAY = NOW.date()


@dataclass(frozen=True)
class Issued:
    """What BillWriter hands to matching (bill_writer.IssuedBill's fields)."""

    bill_id: str
    bill_number: str
    account_id: str
    agency_id: str
    kind: str
    total_minor: int
    currency: str
    due_date: date
    subscription_id: str = ""


@dataclass
class Books:
    app: Application
    cashier: Principal
    session_id: str
    dkr: str

    def account(self) -> str:
        return add_account(self.app, self.dkr)

    def bill(
        self,
        account_id: str,
        amount: int,
        *,
        due: date = TODAY + timedelta(days=15),
        issued: date = TODAY,
        kind: str = "invoice",
        credits: str | None = None,
    ) -> Issued:
        """A bill of the billing module, as BillWriter writes it (the row, then matching)."""
        bill_id = new_id()
        number = f"FAC-{uuid.uuid4().hex[:10].upper()}"
        with self.app.uow_factory() as uow:
            uow.session.add(
                BillRow(
                    id=bill_id, bill_number=number, origin="billing", account_id=account_id,
                    subscription_id=None, agency_id=self.dkr, period_label="2026-11",
                    issue_date=issued, due_date=due, currency_code="XOF", amount_minor=amount,
                    created_at=self.app.clock.now(), kind=kind, credits_bill_id=credits,
                )
            )  # fmt: skip
        return Issued(bill_id, number, account_id, self.dkr, kind, amount, "XOF", due)

    def match(self, *bills: Issued) -> None:
        with self.app.uow_factory() as uow:
            Lettrage().match_new_bills(uow, bills, self.app.clock.now())

    def pay(self, account_id: str, amount: int, *fees: FeeLineInput) -> None:
        content = PaymentContentInput(
            cash_session_id=self.session_id, account_id=account_id, payer_name="",
            currency_code="XOF", amount_minor=amount, fees=fees,
            tenders=(TenderLine("CASH", "XOF", amount),),
        )  # fmt: skip
        self.app.services.payments.pay(self.cashier, new_id(), content)

    def advance(self, account_id: str) -> int:
        with self.app.uow_factory(read_only=True) as uow:
            return uow.payments.advance_balance(account_id)

    def matches(self, account_id: str) -> list[tuple[str, str, str | None, int]]:
        with self.app.uow_factory(read_only=True) as uow:
            rows = uow.session.scalars(
                select(BillMatchRow)
                .where(BillMatchRow.account_id == account_id)
                .order_by(BillMatchRow.matched_at, BillMatchRow.source_kind)
            )
            return [(r.source_kind, r.bill_id, r.source_bill_id, r.amount_minor) for r in rows]

    def lettrage_ledger(self, account_id: str) -> list[tuple[str, int, str | None]]:
        with self.app.uow_factory(read_only=True) as uow:
            rows = uow.session.scalars(
                select(LedgerEntryRow).where(
                    LedgerEntryRow.account_id == account_id,
                    LedgerEntryRow.source_type == "lettrage",
                )
            )
            return sorted((r.ledger_account, r.amount_minor, r.bill_id) for r in rows)

    def credit_left(self, account_id: str) -> int:
        with self.app.uow_factory(read_only=True) as uow:
            return uow.bill_records.credit_notes_left([account_id]).get(account_id, 0)


@pytest.fixture
def books(database_url: str, tmp_path: Path) -> Iterator[Books]:
    app = cash_application(database_url, tmp_path, ManualClock(NOW))
    user = add_user(app, "awa")
    workstation = add_workstation(app, "DKR")
    dkr = agency_id(app, "DKR")
    session = open_cash_session(app, user_id=user, workstation_id=workstation, agency_id=dkr)
    yield Books(app, principal_of(app, user, workstation), session, dkr)
    app.close()


def test_a_new_bill_takes_the_advance_first_and_the_counter_sees_what_is_left(books: Books) -> None:
    account = books.account()
    books.pay(account, 3_000)  # no bill: all advance
    assert books.advance(account) == 3_000
    bill = books.bill(account, 5_000)
    books.match(bill)
    assert books.matches(account) == [("advance", bill.bill_id, None, 3_000)]
    assert books.advance(account) == 0
    assert open_amounts(books.app, [bill.bill_id]) == {bill.bill_id: 2_000}
    # the ledger: ADVANCE debited, the bill's RECEIVABLE credited
    assert books.lettrage_ledger(account) == [
        ("ADVANCE", 3_000, None),
        ("RECEIVABLE", -3_000, bill.bill_id),
    ]
    # the counter offers what is left, and a payment cannot take more than that
    items = books.app.services.payments.get_payable_items(books.cashier, account)
    assert [(b.bill_id, b.open_amount_minor) for b in items.bills] == [(bill.bill_id, 2_000)]
    assert items.advance_balance_minor == 0
    books.pay(account, 2_500)
    assert open_amounts(books.app, [bill.bill_id]) == {bill.bill_id: 0}
    assert books.advance(account) == 500  # the 500 beyond the bill


def test_advance_then_credit_notes_oldest_first(books: Books) -> None:
    account = books.account()
    old_note = books.bill(account, -1_000, issued=TODAY - timedelta(days=40), kind="credit_note")
    new_note = books.bill(account, -2_000, issued=TODAY - timedelta(days=10), kind="credit_note")
    books.pay(account, 500)
    bill = books.bill(account, 2_000)
    books.match(bill)
    assert books.matches(account) == [
        ("advance", bill.bill_id, None, 500),
        ("credit_note", bill.bill_id, old_note.bill_id, 1_000),
        ("credit_note", bill.bill_id, new_note.bill_id, 500),
    ]
    assert open_amounts(books.app, [bill.bill_id]) == {bill.bill_id: 0}
    assert books.credit_left(account) == 1_500
    assert books.advance(account) == 0
    ledger = books.lettrage_ledger(account)
    assert ("RECEIVABLE", 1_000, old_note.bill_id) in ledger
    assert ("RECEIVABLE", 500, new_note.bill_id) in ledger
    assert sum(amount for _, amount, _ in ledger) == 0


def test_a_new_credit_note_settles_the_bill_it_cancels_then_the_oldest_due(books: Books) -> None:
    account = books.account()
    older = books.bill(account, 2_000, due=TODAY - timedelta(days=30))
    cancelled = books.bill(account, 5_000, due=TODAY - timedelta(days=5))
    books.pay(account, 2_000)  # pays the older one (oldest due first)
    books.pay(account, 1_000)  # 1000 on the cancelled bill
    note = books.bill(account, -5_000, kind="credit_note", credits=cancelled.bill_id)
    third = books.bill(account, 3_000, due=TODAY + timedelta(days=20))
    books.match(note)
    # 4000 open on the cancelled bill, then 1000 on the next open one
    assert books.matches(account) == [
        ("credit_note", cancelled.bill_id, note.bill_id, 4_000),
        ("credit_note", third.bill_id, note.bill_id, 1_000),
    ]
    assert open_amounts(books.app, [older.bill_id, cancelled.bill_id, third.bill_id]) == {
        older.bill_id: 0,
        cancelled.bill_id: 0,
        third.bill_id: 2_000,
    }
    assert books.credit_left(account) == 0


def test_a_correction_in_one_call_nets_the_credit_note_against_the_new_bill(books: Books) -> None:
    """Credit note and corrected bill issued together: the paid bill's credit settles the
    corrected bill at once."""
    account = books.account()
    wrong = books.bill(account, 8_000, due=TODAY - timedelta(days=5))
    books.pay(account, 8_000)
    note = books.bill(account, -8_000, kind="credit_note", credits=wrong.bill_id)
    right = books.bill(account, 6_000)
    books.match(note, right)
    assert books.matches(account) == [("credit_note", right.bill_id, note.bill_id, 6_000)]
    assert books.credit_left(account) == 2_000
    assert open_amounts(books.app, [right.bill_id]) == {right.bill_id: 0}


def test_nothing_is_written_for_accounts_without_credit(books: Books) -> None:
    account = books.account()
    bill = books.bill(account, 5_000)
    books.match(bill)
    assert books.matches(account) == []
    assert books.lettrage_ledger(account) == []
    assert open_amounts(books.app, [bill.bill_id]) == {bill.bill_id: 5_000}


def _sql_of_matching(books: Books, bills: list[Issued]) -> list[str]:
    """The statements sent while matching these bills (transaction control left out)."""
    engine = books.app.uow_factory.engine
    seen: list[str] = []

    def keep(*args: object) -> None:
        seen.append(str(args[2]))

    event.listen(engine, "before_cursor_execute", keep)
    try:
        books.match(*bills)
    finally:
        event.remove(engine, "before_cursor_execute", keep)
    return [s for s in seen if not s.strip().upper().startswith(("BEGIN", "SAVEPOINT"))]


def _statements(books: Books, bills: list[Issued]) -> int:
    return len(_sql_of_matching(books, bills))


def test_the_look_for_credit_notes_can_use_their_partial_index(books: Books) -> None:
    """ix_bills_account_credit_notes (revision 0009) holds credit notes only; a planner uses
    it only when the query names the kind as a literal (a bound value in a generic plan
    could be anything), so the statement must carry it written out."""
    seen = _sql_of_matching(books, [books.bill(books.account(), 1_000)])
    looks = [s for s in seen if "bill_matches" in s and "UNION ALL" in s]
    assert looks and all("kind = 'credit_note'" in s for s in looks), seen


def test_constant_queries_per_call_whatever_the_number_of_bills(books: Books) -> None:
    """Bulk: the same number of statements for 2 bills as for 40, credits or not."""

    def batch(size: int, with_credit: int) -> list[Issued]:
        bills = []
        for index in range(size):
            account = books.account()
            if index < with_credit:
                books.pay(account, 100)
            bills.append(books.bill(account, 1_000))
        return bills

    few = _statements(books, batch(2, 1))
    many = _statements(books, batch(40, 5))
    assert many <= few + 1  # the ledger lines of more matches may need one more INSERT
    none = _statements(books, batch(30, 0))
    assert none <= 3


def test_a_settled_bill_cannot_be_paid_and_a_refund_stops_at_the_advance_left(books: Books) -> None:
    account = books.account()
    books.pay(account, 10_000)  # advance 10000
    bill = books.bill(account, 4_000)
    books.match(bill)
    assert open_amounts(books.app, [bill.bill_id]) == {bill.bill_id: 0}
    items = books.app.services.payments.get_payable_items(books.cashier, account)
    assert items.bills == () and items.advance_balance_minor == 6_000
    service = books.app.services.cash_disbursements

    def refund(amount: int) -> None:
        service.record(
            books.cashier,
            new_id(),
            DisbursementInput(
                books.session_id, "REFUND", MoneyInput("XOF", amount), "Awa", "trop perçu",
                account,
            ),
        )  # fmt: skip

    with pytest.raises(DomainError) as caught:
        refund(6_001)
    assert caught.value.reason == "PAYMENT_AMOUNT_INVALID"
    refund(6_000)
    assert books.advance(account) == 0


def test_the_deposit_settles_a_final_bill_and_its_rest_goes_to_the_advance(books: Books) -> None:
    account = books.account()
    books.pay(account, 10_000, FeeLineInput("CAUTION", "XOF", 10_000))
    with books.app.uow_factory(read_only=True) as uow:
        assert uow.bill_records.deposits_held([account]) == {account: 10_000}
    books.pay(account, 1_000)  # an advance too
    final = books.bill(account, 4_000)
    lettrage = Lettrage()
    with books.app.uow_factory() as uow:
        lettrage.match_new_bills(uow, [final], NOW)
        settled = lettrage.settle_final_bill(uow, final, NOW, release_rest=True)
    assert (settled.deposit_matched_minor, settled.deposit_released_minor) == (3_000, 7_000)
    assert sorted(books.matches(account)) == sorted(
        [
            ("advance", final.bill_id, None, 1_000),
            ("deposit", final.bill_id, None, 3_000),
            ("deposit_release", final.bill_id, None, 7_000),
        ]
    )
    assert open_amounts(books.app, [final.bill_id]) == {final.bill_id: 0}
    assert books.advance(account) == 7_000
    with books.app.uow_factory(read_only=True) as uow:
        assert uow.bill_records.deposits_held([account]) == {}
    ledger = books.lettrage_ledger(account)
    assert ("FEE:CAUTION", 3_000, None) in ledger
    assert ("FEE:CAUTION", 7_000, None) in ledger
    assert ("ADVANCE", -7_000, None) in ledger


def test_the_deposit_stays_held_when_other_subscriptions_live_on(books: Books) -> None:
    account = books.account()
    books.pay(account, 10_000, FeeLineInput("CAUTION", "XOF", 10_000))
    final = books.bill(account, 12_000)
    with books.app.uow_factory() as uow:
        settled = Lettrage().settle_final_bill(uow, final, NOW, release_rest=False)
    assert (settled.deposit_matched_minor, settled.deposit_released_minor) == (10_000, 0)
    assert open_amounts(books.app, [final.bill_id]) == {final.bill_id: 2_000}
    assert books.advance(account) == 0


def test_matches_are_append_only_and_the_cash_verifier_stays_clean(books: Books) -> None:
    account = books.account()
    books.pay(account, 3_000)
    books.match(books.bill(account, 2_000))
    with pytest.raises(DBAPIError), books.app.uow_factory() as uow:
        uow.session.execute(text("UPDATE bill_matches SET amount_minor = 1"))
    with pytest.raises(DBAPIError), books.app.uow_factory() as uow:
        uow.session.execute(text("DELETE FROM bill_matches"))
    report = CashVerifier(books.app.uow_factory).verify()
    assert report.ok, report.problems
    with books.app.uow_factory(read_only=True) as uow:
        groups = uow.session.execute(
            select(LedgerEntryRow.entry_group_id, func.sum(LedgerEntryRow.amount_minor))
            .where(LedgerEntryRow.source_type == "lettrage")
            .group_by(LedgerEntryRow.entry_group_id)
        ).all()
        assert groups and all(total == 0 for _, total in groups)
        assert uow.session.get(CustomerAccountRow, account) is not None


def test_a_refund_and_a_match_racing_never_spend_the_advance_twice(books: Books) -> None:
    """The account's row lock: matching reads the advance after a refund committed, and a
    refund reads it after the matches committed."""
    service = books.app.services.cash_disbursements
    for _ in range(4):
        account = books.account()
        books.pay(account, 5_000)
        bill = books.bill(account, 5_000)
        outcomes: list[str] = []

        def refund(account_id: str = account, outcomes: list[str] = outcomes) -> None:
            try:
                service.record(
                    books.cashier, new_id(),
                    DisbursementInput(books.session_id, "REFUND", MoneyInput("XOF", 5_000),
                                      "Awa", "trop perçu", account_id),
                )  # fmt: skip
                outcomes.append("refunded")
            except DomainError as error:
                outcomes.append(error.reason)

        def match(issued: Issued = bill, outcomes: list[str] = outcomes) -> None:
            books.match(issued)
            outcomes.append("matched")

        with ThreadPoolExecutor(max_workers=2) as pool:
            for future in [pool.submit(refund), pool.submit(match)]:
                future.result()
        matched = sum(amount for *_, amount in books.matches(account))
        refunded = "refunded" in outcomes
        assert matched + (5_000 if refunded else 0) == 5_000, (outcomes, matched)
        assert books.advance(account) == 0
