"""An account's position and statement (FAC-7; docs/bills-and-accounts.md 1 and 4).

Position: balance = what its invoices still owe - what its credit notes can still settle -
its advance (> 0: the customer owes; < 0: the customer is in credit); the security deposit
held is shown apart (it is not the customer's to spend until the final bill).

Statement: the account's facts in date order with a running balance of the same meaning:
a bill adds its amount, a credit note (negative) takes its credit off, a payment takes off
what it brought to bills and advance (fees are not the account's), a cancellation puts it
back, a refund of the advance adds what was paid out, a deposit used or released at a
final bill takes it off. A match of the advance or of a credit note moves nothing between
the customer and the utility (amount 0; `matched` shows what it settled).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from iwebs_server.application.bill_views import (
    AccountPositionView,
    StatementLineView,
    StatementView,
)
from iwebs_server.application.paging import decode_token, encode_token, page_size
from iwebs_server.persistence.repositories.bill_repository import CREDIT_NOTE
from iwebs_server.persistence.repositories.customer_base_repository import (
    MATCH_ADVANCE,
    MATCH_CREDIT_NOTE,
    MATCH_DEPOSIT,
    MATCH_DEPOSIT_RELEASE,
)
from iwebs_server.persistence.tables.customer_base import CustomerAccountRow, CustomerRow
from iwebs_server.persistence.unit_of_work import UnitOfWork

BILL, PAYMENT, CANCELLATION, REFUND, MATCH = (
    "bill",
    "payment",
    "payment_cancellation",
    "refund",
    "match",
)
MATCH_LABELS = {
    MATCH_ADVANCE: "Lettrage avance sur facture {bill}",
    MATCH_CREDIT_NOTE: "Lettrage avoir {source} sur facture {bill}",
    MATCH_DEPOSIT: "Dépôt de garantie imputé sur facture {bill}",
    MATCH_DEPOSIT_RELEASE: "Reliquat du dépôt de garantie porté en avance",
}
# the order of facts recorded at the same instant: what is owed first, then what settles it
_ORDER = {BILL: 0, CREDIT_NOTE: 1, MATCH: 2, PAYMENT: 3, CANCELLATION: 4, REFUND: 5}


def position(
    uow: UnitOfWork, account: CustomerAccountRow, customer: CustomerRow, today: date
) -> AccountPositionView:
    repo = uow.bill_records
    invoices = repo.open_items([account.id], kind="invoice")
    notes = repo.open_items([account.id], kind=CREDIT_NOTE)
    advance = uow.payments.advance_balance(account.id)
    deposit = repo.deposits_held([account.id]).get(account.id, 0)
    open_bills = sum(i.open_minor for i in invoices)
    credits = sum(n.open_minor for n in notes)
    return AccountPositionView(
        account_id=account.id,
        account_number=account.account_number,
        customer_name=customer.display_name,
        agency_id=account.agency_id,
        currency_code=account.currency_code,
        balance_minor=open_bills - credits - advance,
        open_bills_minor=open_bills,
        overdue_minor=sum(i.open_minor for i in invoices if i.due_date < today),
        credit_notes_left_minor=credits,
        advance_minor=advance,
        deposit_held_minor=deposit,
        open_bill_count=len(invoices),
    )


@dataclass(frozen=True)
class _Fact:
    day: date
    recorded_at: datetime
    kind: str
    reference: str
    description: str
    amount_minor: int
    matched_minor: int
    object_id: str

    def key(self) -> tuple[date, datetime, int, str]:
        return (self.day, self.recorded_at, _ORDER[self.kind], self.reference)


def _facts(uow: UnitOfWork, account_id: str) -> list[_Fact]:
    repo = uow.bill_records
    facts: list[_Fact] = []
    bills = repo.account_bills(account_id)
    numbers = {b.id: b.bill_number for b in bills}
    for bill in bills:
        note = bill.kind == CREDIT_NOTE
        label = "Avoir" if note else "Facture"
        period = f" {bill.period_label}" if bill.period_label else ""
        if note and bill.credits_bill_id in numbers:
            period += f" (annule {numbers[bill.credits_bill_id or '']})"
        facts.append(
            _Fact(
                bill.issue_date, bill.created_at, CREDIT_NOTE if note else BILL,
                bill.bill_number, f"{label}{period}", bill.amount_minor, 0, bill.id,
            )
        )  # fmt: skip
    for receipt, amount in repo.account_receipts(account_id):
        cancelled = receipt.kind != "payment"
        facts.append(
            _Fact(
                receipt.issued_at.date(), receipt.issued_at,
                CANCELLATION if cancelled else PAYMENT, receipt.receipt_number,
                "Annulation de paiement" if cancelled else "Paiement", -amount, 0, receipt.id,
            )
        )  # fmt: skip
    for movement in repo.account_refunds(account_id):
        facts.append(
            _Fact(
                movement.created_at.date(), movement.created_at, REFUND, movement.id[:8],
                "Remboursement d'avance", -movement.amount_minor, 0, movement.id,
            )
        )  # fmt: skip
    for match in repo.matches_of_account(account_id):
        moves = match.source_kind in (MATCH_DEPOSIT, MATCH_DEPOSIT_RELEASE)
        description = MATCH_LABELS.get(match.source_kind, match.source_kind).format(
            bill=numbers.get(match.bill_id, ""), source=numbers.get(match.source_bill_id or "", "")
        )
        facts.append(
            _Fact(
                match.matched_at.date(), match.matched_at, MATCH, numbers.get(match.bill_id, ""),
                description, -match.amount_minor if moves else 0, match.amount_minor,
                match.bill_id,
            )
        )  # fmt: skip
    facts.sort(key=_Fact.key)
    return facts


def statement(
    uow: UnitOfWork,
    account: CustomerAccountRow,
    customer: CustomerRow,
    from_date: date | None,
    to_date: date | None,
    size: int,
    token: str,
) -> StatementView:
    """The statement between the two dates (inclusive; None: open-ended), paged."""
    limit, offset = page_size(size), decode_token(token)
    running, opening = 0, 0
    lines: list[StatementLineView] = []
    for fact in _facts(uow, account.id):
        running += fact.amount_minor
        if from_date is not None and fact.day < from_date:
            opening = running
            continue
        if to_date is not None and fact.day > to_date:
            break
        lines.append(
            StatementLineView(
                day=fact.day,
                kind=fact.kind,
                reference=fact.reference,
                description=fact.description,
                amount_minor=fact.amount_minor,
                matched_minor=fact.matched_minor,
                running_balance_minor=running,
                object_id=fact.object_id,
                recorded_at=fact.recorded_at,
            )
        )
    closing = lines[-1].running_balance_minor if lines else opening
    page = lines[offset : offset + limit]
    return StatementView(
        account_id=account.id,
        account_number=account.account_number,
        customer_name=customer.display_name,
        currency_code=account.currency_code,
        opening_balance_minor=opening,
        lines=tuple(page),
        closing_balance_minor=closing,
        next_page_token=encode_token(offset + limit) if offset + limit < len(lines) else "",
    )
