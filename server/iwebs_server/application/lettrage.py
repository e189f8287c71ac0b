"""Matching (lettrage) of new bills with the account's credits (FAC-7).

The rule (docs/bills-and-accounts.md, section 2):

1. A new **credit note** settles the open invoices of its account: first the invoice it
   cancels (when still open), then the others, oldest due first (then issue date, then
   number). What it cannot settle stays as its credit left, for the next bills.
2. A new **invoice** is settled by the account's credits in this order, each as far as it
   goes: the **advance** (overpayments at the cash desk), then the **credit notes** with
   credit left, oldest first. Within one call the credit notes are matched first, so a
   correction (credit note + corrected bill) nets at once.
3. The **security deposit** (MISC_FEE `CAUTION` paid at the cash desk) settles only a
   **final bill**, after the advance and the credit notes, and only when that bill ends the
   account's last live subscription; the rest of the deposit is then released to the
   advance, which the cash desk can refund (`settle_final_bill`).

Each settlement is one append-only `bill_matches` row and one balanced ledger group
(source "lettrage"): debit ADVANCE / the credit note's RECEIVABLE / FEE:CAUTION, credit
the bill's RECEIVABLE; a deposit released: debit FEE:CAUTION, credit ADVANCE.

Bulk (BillWriter calls it inside the chunk's transaction): a constant number of queries
per call. One grouped query finds which accounts have any credit (most have none); only
those are locked (FOR UPDATE, id order: the account row stands for its bills and credits,
as for payments and refunds) and read again after the lock, so that a payment, a refund or
another run cannot spend the same credit meanwhile.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from iwebs_server.application.clock import new_id
from iwebs_server.persistence.repositories.bill_repository import (
    CREDIT_NOTE,
    DEPOSIT_FEE_CODE,
    INVOICE,
    OpenItem,
)
from iwebs_server.persistence.repositories.customer_base_repository import (
    MATCH_ADVANCE,
    MATCH_CREDIT_NOTE,
    MATCH_DEPOSIT,
    MATCH_DEPOSIT_RELEASE,
)
from iwebs_server.persistence.repositories.payment_repository import LedgerLine
from iwebs_server.persistence.tables.billing import BillMatchRow
from iwebs_server.persistence.unit_of_work import UnitOfWork

RECEIVABLE, ADVANCE = "RECEIVABLE", "ADVANCE"
DEPOSIT_ACCOUNT = f"FEE:{DEPOSIT_FEE_CODE}"
LEDGER_SOURCE = "lettrage"


class NewBill(Protocol):
    """What matching needs of a bill just issued (bill_writer.IssuedBill has it)."""

    @property
    def bill_id(self) -> str: ...
    @property
    def account_id(self) -> str: ...
    @property
    def agency_id(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def total_minor(self) -> int: ...
    @property
    def currency(self) -> str: ...
    @property
    def due_date(self) -> date: ...


@dataclass(frozen=True)
class Match:
    """A settlement made: `amount_minor` of `source_kind` onto `bill_id`."""

    match_id: str
    account_id: str
    bill_id: str
    source_kind: str
    source_bill_id: str | None
    amount_minor: int


@dataclass(frozen=True)
class FinalSettlement:
    deposit_matched_minor: int
    deposit_released_minor: int


@dataclass
class _Item:
    """An open invoice or a credit note with credit, as the matching consumes it."""

    bill_id: str
    agency_id: str
    currency: str
    open_minor: int
    credits_bill_id: str | None = None
    due_date: date | None = None


class _Book:
    """The state of the accounts being matched in one call, and the matches made."""

    def __init__(self, now: datetime, bill_run_id: str | None) -> None:
        self.now = now
        self.bill_run_id = bill_run_id
        self.advance: dict[str, int] = {}
        self.invoices: dict[str, list[_Item]] = defaultdict(list)  # account -> due order
        self.credit_notes: dict[str, list[_Item]] = defaultdict(list)  # account -> oldest first
        self.matches: list[tuple[Match, str, str]] = []  # + agency id, currency

    def record(
        self,
        account_id: str,
        target: _Item,
        kind: str,
        amount: int,
        source_bill_id: str | None = None,
    ) -> None:
        match = Match(new_id(), account_id, target.bill_id, kind, source_bill_id, amount)
        self.matches.append((match, target.agency_id, target.currency))

    def settle(self, account_id: str, invoice: _Item) -> None:
        """An invoice takes the advance, then the credit notes, oldest first."""
        take = min(self.advance.get(account_id, 0), invoice.open_minor)
        if take > 0:
            self.advance[account_id] -= take
            invoice.open_minor -= take
            self.record(account_id, invoice, MATCH_ADVANCE, take)
        for note in self.credit_notes.get(account_id, ()):
            if invoice.open_minor == 0:
                break
            if note.currency != invoice.currency:
                continue
            take = min(note.open_minor, invoice.open_minor)
            if take > 0:
                note.open_minor -= take
                invoice.open_minor -= take
                self.record(account_id, invoice, MATCH_CREDIT_NOTE, take, note.bill_id)

    def spend(self, account_id: str, note: _Item) -> None:
        """A credit note settles the invoice it cancels, then the oldest due."""
        invoices = self.invoices.get(account_id, [])
        ordered = [i for i in invoices if i.bill_id == note.credits_bill_id]
        ordered += [i for i in invoices if i.bill_id != note.credits_bill_id]
        for invoice in ordered:
            if note.open_minor == 0:
                break
            if invoice.currency != note.currency:
                continue
            take = min(note.open_minor, invoice.open_minor)
            if take > 0:
                note.open_minor -= take
                invoice.open_minor -= take
                self.record(account_id, invoice, MATCH_CREDIT_NOTE, take, note.bill_id)


def _item(row: OpenItem) -> _Item:
    return _Item(
        row.bill_id,
        row.agency_id,
        row.currency_code,
        row.open_minor,
        row.credits_bill_id,
        row.due_date,
    )


class Lettrage:
    def match_new_bills(
        self,
        uow: UnitOfWork,
        issued: Sequence[NewBill],
        now: datetime,
        *,
        bill_run_id: str | None = None,
    ) -> list[Match]:
        """Settles the bills just issued (in the caller's transaction) by the rule above;
        answers the matches made."""
        invoices = [b for b in issued if b.kind == INVOICE and b.total_minor > 0]
        notes = [b for b in issued if b.kind == CREDIT_NOTE and b.total_minor < 0]
        if not invoices and not notes:
            return []
        repo = uow.bill_records
        invoice_accounts = {b.account_id for b in invoices}
        note_accounts = {b.account_id for b in notes}
        # unlocked look first, one statement: most accounts have no credit at all
        candidates = repo.accounts_with_credit(invoice_accounts, uow.payments)
        to_lock = (candidates & invoice_accounts) | note_accounts
        if not to_lock:
            return []
        repo.lock_accounts(to_lock)
        book = _Book(now, bill_run_id)
        # after the lock: what is committed now is what we spend
        book.advance = {a: m for a, m in uow.payments.advance_balances(to_lock).items() if m > 0}
        for row in repo.open_items(to_lock, kind=CREDIT_NOTE):
            book.credit_notes[row.account_id].append(_item(row))
        if note_accounts:
            for row in repo.open_items(note_accounts, kind=INVOICE):
                book.invoices[row.account_id].append(_item(row))
        self._add_unseen(book, invoices, notes)
        notes_by_id = {item.bill_id: item for items in book.credit_notes.values() for item in items}
        invoices_by_id = {item.bill_id: item for items in book.invoices.values() for item in items}
        for bill in notes:
            note = notes_by_id.get(bill.bill_id)
            if note is not None:
                book.spend(bill.account_id, note)
        for bill in invoices:
            if bill.account_id not in to_lock:
                continue
            invoice = invoices_by_id.get(bill.bill_id) or _Item(
                bill.bill_id, bill.agency_id, bill.currency, bill.total_minor, None, bill.due_date
            )
            book.settle(bill.account_id, invoice)
        self._write(uow, book)
        return [m for m, _, _ in book.matches]

    @staticmethod
    def _add_unseen(book: _Book, invoices: Sequence[NewBill], notes: Sequence[NewBill]) -> None:
        """Bills of this call that the reads did not return (the caller may write them
        later in its transaction): credit notes with their whole credit, and invoices of
        the accounts whose credit notes are matched now, in due order."""
        seen = {i.bill_id for items in book.credit_notes.values() for i in items}
        for bill in notes:
            if bill.bill_id not in seen:
                book.credit_notes[bill.account_id].append(
                    _Item(bill.bill_id, bill.agency_id, bill.currency, -bill.total_minor)
                )
        note_accounts = {b.account_id for b in notes}
        seen = {i.bill_id for items in book.invoices.values() for i in items}
        for bill in invoices:
            if bill.account_id in note_accounts and bill.bill_id not in seen:
                book.invoices[bill.account_id].append(
                    _Item(
                        bill.bill_id,
                        bill.agency_id,
                        bill.currency,
                        bill.total_minor,
                        due_date=bill.due_date,
                    )
                )
        for items in book.invoices.values():
            items.sort(key=lambda i: i.due_date or date.min)

    def settle_final_bill(
        self, uow: UnitOfWork, bill: NewBill, now: datetime, *, release_rest: bool
    ) -> FinalSettlement:
        """After match_new_bills: the account's deposit settles what the final bill still
        owes; with `release_rest` (the account's last live subscription ends) the rest of
        the deposit goes to the advance, to be refunded at the cash desk."""
        repo = uow.bill_records
        repo.lock_accounts([bill.account_id])
        held = repo.deposits_held([bill.account_id]).get(bill.account_id, 0)
        if held <= 0:
            return FinalSettlement(0, 0)
        found = [i for i in repo.open_items([bill.account_id], kind=INVOICE)]
        owed = next((i.open_minor for i in found if i.bill_id == bill.bill_id), 0)
        book = _Book(now, None)
        target = _Item(bill.bill_id, bill.agency_id, bill.currency, owed)
        used = min(held, owed)
        if used > 0:
            book.record(bill.account_id, target, MATCH_DEPOSIT, used)
        released = held - used if release_rest else 0
        if released > 0:
            book.record(bill.account_id, target, MATCH_DEPOSIT_RELEASE, released)
        self._write(uow, book)
        return FinalSettlement(used, released)

    @staticmethod
    def _write(uow: UnitOfWork, book: _Book) -> None:
        if not book.matches:
            return
        rows = [
            BillMatchRow(
                id=m.match_id,
                account_id=m.account_id,
                bill_id=m.bill_id,
                source_kind=m.source_kind,
                source_bill_id=m.source_bill_id,
                amount_minor=m.amount_minor,
                bill_run_id=book.bill_run_id,
                reverses_match_id=None,
                matched_at=book.now,
            )
            for m, _, _ in book.matches
        ]
        ledger = []
        for match, agency_id, currency in book.matches:
            ledger += uow.payments.post_ledger_group(
                entry_group_id=match.match_id,
                source_type=LEDGER_SOURCE,
                agency_id=agency_id,
                cash_session_id=None,
                currency_code=currency,
                business_date=book.now.date(),
                created_at=book.now,
                lines=_ledger_lines(match),
            )
        # one INSERT per table for the whole call (statements built once)
        uow.payments.write_now([*rows, *ledger])


def _ledger_lines(match: Match) -> list[LedgerLine]:
    """Debit the credit used, credit the bill's receivable (or, for a deposit released,
    credit the advance)."""
    amount, account = match.amount_minor, match.account_id
    if match.source_kind == MATCH_DEPOSIT_RELEASE:
        return [
            LedgerLine(DEPOSIT_ACCOUNT, amount, account, None),
            LedgerLine(ADVANCE, -amount, account, None),
        ]
    debit = {
        MATCH_ADVANCE: LedgerLine(ADVANCE, amount, account, None),
        MATCH_CREDIT_NOTE: LedgerLine(RECEIVABLE, amount, account, match.source_bill_id),
        MATCH_DEPOSIT: LedgerLine(DEPOSIT_ACCOUNT, amount, account, None),
    }[match.source_kind]
    return [debit, LedgerLine(RECEIVABLE, -amount, account, match.bill_id)]
