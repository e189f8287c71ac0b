"""Issued bills as the account sees them (FAC-7): the account's credits and open items for
matching (lettrage), matches, and the reads of the bill and account screens.

What a bill still owes and what a credit note can still settle are derived, never stored:
`_open_amount()` and `_credit_left()` (customer_base_repository.py), the advance by
`PaymentRepository.advance_balances`. Matches are only inserted (migration 0005 refuses
UPDATE and DELETE on bill_matches).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from iwebs_server.domain.principal import AgencyScope
from iwebs_server.persistence.repositories.customer_base_repository import (
    MATCH_CREDIT_NOTE,
    MATCH_DEPOSIT,
    MATCH_DEPOSIT_RELEASE,
    _credit_left,
    _open_amount,
)
from iwebs_server.persistence.repositories.id_lists import IdList
from iwebs_server.persistence.tables.administration import AgencyRow
from iwebs_server.persistence.tables.audit import ApprovalRequestRow
from iwebs_server.persistence.tables.billing import (
    BillLineRow,
    BillMatchRow,
    BillRunRow,
    MeterReadingRow,
    TariffRow,
    TariffVersionRow,
)
from iwebs_server.persistence.tables.cash_desk import (
    AllocationRow,
    CashMovementRow,
    ReceiptRow,
)
from iwebs_server.persistence.tables.customer_base import (
    BillRow,
    CustomerAccountRow,
    CustomerRow,
    MeterRow,
    PremiseRow,
    SubscriptionRow,
)

CREDIT_NOTE = "credit_note"
INVOICE = "invoice"
DEPOSIT_FEE_CODE = "CAUTION"  # MISC_FEE item of the security deposit (reference_seed.py)
FEE_KIND = "fee"
DISBURSEMENT_KIND = "disbursement"


def _signed_open() -> ColumnElement[int]:
    """What is open on a bill as the screens show it: an invoice's amount still to pay, a
    credit note's credit left negated (<= 0)."""
    return case((BillRow.kind == CREDIT_NOTE, -_credit_left()), else_=_open_amount())


@dataclass(frozen=True)
class OpenItem:
    """An invoice with something to pay (`open_minor` > 0) or a credit note with credit
    left (`open_minor` = the credit, > 0), as matching needs it."""

    bill_id: str
    account_id: str
    agency_id: str
    kind: str
    bill_number: str
    currency_code: str
    issue_date: date
    due_date: date
    open_minor: int
    credits_bill_id: str | None


@dataclass(frozen=True)
class BillAndOpen:
    """A bill with what is open on it (invoice: owed; credit note: credit left, negative)."""

    bill: BillRow
    open_minor: int


class BillRecordRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    # -- matching (lettrage) ------------------------------------------------------------
    def credit_notes_left(self, account_ids: Collection[str]) -> dict[str, int]:
        """account id -> the credit its credit notes can still settle (> 0 only)."""
        ids = IdList(self._session, account_ids, "account_ids")
        if not ids:
            return {}
        parts = union_all(*self._credit_note_movements(ids)).subquery()
        query = select(parts.c.a, func.sum(parts.c.m)).group_by(parts.c.a)
        return {str(a): int(m) for a, m in self._session.execute(query) if m and m > 0}

    def _credit_note_movements(self, ids: IdList) -> list[Select[str, int]]:
        return [
            # the kind as a literal: a bound value keeps the planner off the partial index
            # ix_bills_account_credit_notes (a generic plan cannot prove its WHERE)
            select(BillRow.account_id.label("a"), (-BillRow.amount_minor).label("m")).where(
                ids.contains(BillRow.account_id),
                BillRow.kind == literal(CREDIT_NOTE, literal_execute=True),
            ),
            select(BillMatchRow.account_id, -BillMatchRow.amount_minor).where(
                ids.contains(BillMatchRow.account_id),
                BillMatchRow.source_kind == MATCH_CREDIT_NOTE,
            ),
        ]

    def accounts_with_credit(self, account_ids: Collection[str], payments: Any) -> set[str]:
        """Among the accounts, those with an advance (its movements, from
        PaymentRepository.advance_movements) or credit notes' credit left: one statement,
        the ids sent once (most accounts of a bill run have no credit)."""
        ids = IdList(self._session, account_ids, "account_ids")
        if not ids:
            return set()
        advance = union_all(*payments.advance_movements(ids)).subquery()
        notes = union_all(*self._credit_note_movements(ids)).subquery()
        query = union_all(
            select(advance.c.a).group_by(advance.c.a).having(func.sum(advance.c.m) > 0),
            select(notes.c.a).group_by(notes.c.a).having(func.sum(notes.c.m) > 0),
        )
        return {str(a) for (a,) in self._session.execute(query)}

    def deposits_held(self, account_ids: Collection[str]) -> dict[str, int]:
        """account id -> its security deposit still held: the CAUTION fees paid at the cash
        desk for the account (a cancellation's negative allocation takes one back) less what
        final bills used or released of it."""
        ids = sorted(set(account_ids))
        if not ids:
            return {}
        parts = union_all(
            select(
                AllocationRow.account_id.label("a"), AllocationRow.amount_minor.label("m")
            ).where(
                AllocationRow.account_id.in_(ids),
                AllocationRow.kind == FEE_KIND,
                AllocationRow.fee_code == DEPOSIT_FEE_CODE,
            ),
            select(BillMatchRow.account_id, -BillMatchRow.amount_minor).where(
                BillMatchRow.account_id.in_(ids),
                BillMatchRow.source_kind.in_((MATCH_DEPOSIT, MATCH_DEPOSIT_RELEASE)),
            ),
        ).subquery()
        query = select(parts.c.a, func.sum(parts.c.m)).group_by(parts.c.a)
        return {str(a): int(m) for a, m in self._session.execute(query) if m}

    def lock_accounts(self, account_ids: Collection[str]) -> None:
        """Locks the accounts' rows (SELECT ... FOR UPDATE, in id order so that two
        transactions locking several never deadlock): the lock that stands for an account's
        bills and credits, taken by payments, refunds and cancellations too."""
        ids = sorted(set(account_ids))
        if ids:
            query = (
                select(CustomerAccountRow.id)
                .where(CustomerAccountRow.id.in_(ids))
                .order_by(CustomerAccountRow.id)
                .with_for_update()
            )
            list(self._session.execute(query))

    def open_items(self, account_ids: Collection[str], *, kind: str) -> list[OpenItem]:
        """The accounts' invoices with something open (oldest due first) or credit notes
        with credit left (oldest first)."""
        ids = sorted(set(account_ids))
        if not ids:
            return []
        amount = (_open_amount() if kind == INVOICE else _credit_left()).label("open_minor")
        query = select(
            BillRow.id,
            BillRow.account_id,
            BillRow.agency_id,
            BillRow.kind,
            BillRow.bill_number,
            BillRow.currency_code,
            BillRow.issue_date,
            BillRow.due_date,
            amount,
            BillRow.credits_bill_id,
        ).where(BillRow.account_id.in_(ids), BillRow.kind == kind)
        if kind == INVOICE:
            query = query.where(_open_amount() > 0).order_by(
                BillRow.due_date, BillRow.issue_date, BillRow.bill_number
            )
        else:
            query = query.where(_credit_left() > 0).order_by(
                BillRow.issue_date, BillRow.bill_number
            )
        return [
            OpenItem(
                bill_id=r[0],
                account_id=r[1],
                agency_id=r[2],
                kind=r[3],
                bill_number=r[4],
                currency_code=r[5],
                issue_date=r[6],
                due_date=r[7],
                open_minor=int(r[8]),
                credits_bill_id=r[9],
            )
            for r in self._session.execute(query)
        ]

    # -- reads of the screens -------------------------------------------------------------
    def bill(self, bill_id: str, scope: AgencyScope) -> BillAndOpen | None:
        """A bill of an agency in scope with what is open on it (None otherwise)."""
        query = select(BillRow, _signed_open()).where(BillRow.id == bill_id)
        found = self._session.execute(query).first()
        if found is None or not scope.allows(found[0].agency_id):
            return None
        return BillAndOpen(found[0], int(found[1]))

    def bill_for_update(self, bill_id: str, scope: AgencyScope) -> BillRow | None:
        """A bill in scope, its account locked (the lock standing for its bills)."""
        row = self._session.get(BillRow, bill_id)
        if row is None or not scope.allows(row.agency_id):
            return None
        self.lock_accounts([row.account_id])
        return row

    def bills(
        self,
        *,
        account_id: str | None = None,
        subscription_id: str | None = None,
        kind: str = "",
        open_only: bool = False,
        offset: int = 0,
        limit: int = 50,
    ) -> list[BillAndOpen]:
        """An account's or a subscription's bills, newest first, with what is open."""
        signed_open = _signed_open()
        query = select(BillRow, signed_open)
        if account_id is not None:
            query = query.where(BillRow.account_id == account_id)
        if subscription_id is not None:
            query = query.where(BillRow.subscription_id == subscription_id)
        if kind:
            query = query.where(BillRow.kind == kind)
        if open_only:
            query = query.where(or_(_open_amount() > 0, _credit_left() > 0))
        query = (
            query.order_by(BillRow.issue_date.desc(), BillRow.bill_number.desc())
            .offset(offset)
            .limit(limit)
        )
        return [BillAndOpen(row, int(amount)) for row, amount in self._session.execute(query)]

    def bill_rows(self, bill_ids: Collection[str]) -> dict[str, BillRow]:
        ids = [i for i in set(bill_ids) if i]
        if not ids:
            return {}
        return {r.id: r for r in self._session.scalars(select(BillRow).where(BillRow.id.in_(ids)))}

    def crediting(self, bill_ids: Collection[str]) -> dict[str, BillRow]:
        """invoice id -> the credit note that cancels it."""
        ids = [i for i in set(bill_ids) if i]
        if not ids:
            return {}
        query = select(BillRow).where(BillRow.credits_bill_id.in_(ids))
        return {str(r.credits_bill_id): r for r in self._session.scalars(query)}

    def credit_note_of(self, bill_id: str) -> BillRow | None:
        return self._session.scalar(select(BillRow).where(BillRow.credits_bill_id == bill_id))

    def lines(self, bill_id: str) -> list[BillLineRow]:
        query = select(BillLineRow).where(BillLineRow.bill_id == bill_id)
        return list(self._session.scalars(query.order_by(BillLineRow.line_no)))

    def tariff_versions(
        self, version_ids: Collection[str]
    ) -> dict[str, tuple[TariffVersionRow, TariffRow]]:
        ids = [i for i in set(version_ids) if i]
        if not ids:
            return {}
        query = (
            select(TariffVersionRow, TariffRow)
            .join(TariffRow, TariffRow.id == TariffVersionRow.tariff_id)
            .where(TariffVersionRow.id.in_(ids))
        )
        return {v.id: (v, t) for v, t in self._session.execute(query)}

    def matches_of(self, bill_id: str) -> list[BillMatchRow]:
        """Matches settling the bill or made from it (a credit note), oldest first."""
        query = select(BillMatchRow).where(
            or_(BillMatchRow.bill_id == bill_id, BillMatchRow.source_bill_id == bill_id)
        )
        return list(self._session.scalars(query.order_by(BillMatchRow.matched_at)))

    def matches_of_account(self, account_id: str) -> list[BillMatchRow]:
        query = select(BillMatchRow).where(BillMatchRow.account_id == account_id)
        return list(self._session.scalars(query.order_by(BillMatchRow.matched_at)))

    def payments_of(self, bill_id: str) -> list[tuple[AllocationRow, ReceiptRow]]:
        """The cash desk's allocations to the bill with their receipts, oldest first."""
        query = (
            select(AllocationRow, ReceiptRow)
            .join(ReceiptRow, ReceiptRow.id == AllocationRow.receipt_id)
            .where(AllocationRow.bill_id == bill_id)
            .order_by(ReceiptRow.issued_at, ReceiptRow.receipt_number)
        )
        return [(a, b) for a, b in self._session.execute(query)]

    def account_receipts(self, account_id: str) -> list[tuple[ReceiptRow, int]]:
        """The account's payment and cancellation receipts with what they brought to its
        bills and advance (fees are not the account's), oldest first."""
        query = (
            select(ReceiptRow, func.sum(AllocationRow.amount_minor))
            .join(AllocationRow, AllocationRow.receipt_id == ReceiptRow.id)
            .where(
                AllocationRow.account_id == account_id,
                AllocationRow.kind.in_(("bill", "advance")),
            )
            .group_by(ReceiptRow.id)
            .order_by(ReceiptRow.issued_at)
        )
        return [(row, int(amount)) for row, amount in self._session.execute(query)]

    def account_refunds(self, account_id: str) -> list[CashMovementRow]:
        """Refunds of the account's advance from a till (negative movements)."""
        query = select(CashMovementRow).where(
            CashMovementRow.account_id == account_id, CashMovementRow.kind == DISBURSEMENT_KIND
        )
        return list(self._session.scalars(query.order_by(CashMovementRow.created_at)))

    def account_bills(self, account_id: str) -> list[BillRow]:
        query = select(BillRow).where(BillRow.account_id == account_id)
        return list(self._session.scalars(query.order_by(BillRow.issue_date, BillRow.bill_number)))

    def receipt_numbers(self, receipt_ids: Collection[str]) -> dict[str, str]:
        ids = [i for i in set(receipt_ids) if i]
        if not ids:
            return {}
        query = select(ReceiptRow.id, ReceiptRow.receipt_number).where(ReceiptRow.id.in_(ids))
        return {str(i): str(n) for i, n in self._session.execute(query)}

    def run_kinds(self, run_ids: Collection[str]) -> dict[str, str]:
        ids = [i for i in set(run_ids) if i]
        if not ids:
            return {}
        query = select(BillRunRow.id, BillRunRow.kind).where(BillRunRow.id.in_(ids))
        return {str(i): str(k) for i, k in self._session.execute(query)}

    def pending_corrections(self, kind: str, bill_ids: Collection[str]) -> set[str]:
        ids = [i for i in set(bill_ids) if i]
        if not ids:
            return set()
        query = select(ApprovalRequestRow.object_id).where(
            ApprovalRequestRow.kind == kind,
            ApprovalRequestRow.status == "pending",
            ApprovalRequestRow.object_id.in_(ids),
        )
        return set(self._session.scalars(query))

    def account_with_customer(
        self, account_id: str, scope: AgencyScope | None
    ) -> tuple[CustomerAccountRow, CustomerRow] | None:
        """The account and its holder (None outside `scope`; no scope: the caller checked
        it already, e.g. through the bill)."""
        query = (
            select(CustomerAccountRow, CustomerRow)
            .join(CustomerRow, CustomerRow.id == CustomerAccountRow.customer_id)
            .where(CustomerAccountRow.id == account_id)
        )
        found = self._session.execute(query).first()
        if found is None or (scope is not None and not scope.allows(found[0].agency_id)):
            return None
        return found[0], found[1]

    def subscription_context(
        self, subscription_id: str
    ) -> tuple[SubscriptionRow, PremiseRow] | None:
        query = (
            select(SubscriptionRow, PremiseRow)
            .join(PremiseRow, PremiseRow.id == SubscriptionRow.premise_id)
            .where(SubscriptionRow.id == subscription_id)
        )
        found = self._session.execute(query).first()
        return (found[0], found[1]) if found is not None else None

    def subscription_numbers(self, subscription_ids: Collection[str]) -> dict[str, str]:
        ids = [i for i in set(subscription_ids) if i]
        if not ids:
            return {}
        query = select(SubscriptionRow.id, SubscriptionRow.subscription_number).where(
            SubscriptionRow.id.in_(ids)
        )
        return {str(i): str(n) for i, n in self._session.execute(query)}

    def account_numbers(self, account_ids: Collection[str]) -> dict[str, str]:
        ids = [i for i in set(account_ids) if i]
        if not ids:
            return {}
        query = select(CustomerAccountRow.id, CustomerAccountRow.account_number).where(
            CustomerAccountRow.id.in_(ids)
        )
        return {str(i): str(n) for i, n in self._session.execute(query)}

    def reading(self, reading_id: str) -> MeterReadingRow | None:
        return self._session.get(MeterReadingRow, reading_id)

    def meter(self, meter_id: str) -> MeterRow | None:
        return self._session.get(MeterRow, meter_id)

    def agency(self, agency_id: str) -> AgencyRow | None:
        return self._session.get(AgencyRow, agency_id)

    def consumption_history(self, bill: BillRow, count: int) -> list[BillRow]:
        """The subscription's last `count` invoices up to this one (credited ones left
        out), oldest first."""
        if bill.subscription_id is None:
            return [bill]
        credited = select(BillRow.credits_bill_id).where(
            BillRow.subscription_id == bill.subscription_id, BillRow.credits_bill_id.is_not(None)
        )
        query = (
            select(BillRow)
            .where(
                BillRow.subscription_id == bill.subscription_id,
                BillRow.kind == INVOICE,
                BillRow.issue_date <= bill.issue_date,
                BillRow.period_end.is_not(None),
                or_(BillRow.id == bill.id, BillRow.id.not_in(credited)),
            )
            .order_by(BillRow.period_end.desc(), BillRow.issue_date.desc())
            .limit(count)
        )
        return list(reversed(list(self._session.scalars(query))))

    def balance_before(self, bill: BillRow) -> int:
        """What the account owed when this bill was issued, before it: the bills and
        credit notes recorded earlier (or with it, of a lower number), less what payments
        brought to bills and advance, plus the refunds paid out, less the deposit used or
        released, all recorded before it: the statement's running balance at that moment
        (docs/bills-and-accounts.md 4)."""
        account, at = bill.account_id, bill.created_at
        earlier_bills = select(func.coalesce(func.sum(BillRow.amount_minor), 0)).where(
            BillRow.account_id == account,
            BillRow.id != bill.id,
            or_(
                BillRow.created_at < at,
                and_(BillRow.created_at == at, BillRow.bill_number < bill.bill_number),
            ),
        )
        paid = (
            select(func.coalesce(func.sum(AllocationRow.amount_minor), 0))
            .join(ReceiptRow, ReceiptRow.id == AllocationRow.receipt_id)
            .where(
                AllocationRow.account_id == account,
                AllocationRow.kind.in_(("bill", "advance")),
                ReceiptRow.issued_at <= at,
            )
        )
        refunded = select(func.coalesce(func.sum(CashMovementRow.amount_minor), 0)).where(
            CashMovementRow.account_id == account,
            CashMovementRow.kind == DISBURSEMENT_KIND,
            CashMovementRow.created_at <= at,
        )
        deposit = select(func.coalesce(func.sum(BillMatchRow.amount_minor), 0)).where(
            BillMatchRow.account_id == account,
            BillMatchRow.source_kind.in_((MATCH_DEPOSIT, MATCH_DEPOSIT_RELEASE)),
            BillMatchRow.matched_at < at,
        )
        query = select(
            earlier_bills.scalar_subquery()
            - paid.scalar_subquery()
            - refunded.scalar_subquery()
            - deposit.scalar_subquery()
        )
        return int(self._session.scalar(query) or 0)

    def live_subscription_count(self, account_id: str, other_than: str) -> int:
        """The account's subscriptions not terminated, other than the one given."""
        query = select(func.count()).where(
            SubscriptionRow.account_id == account_id,
            SubscriptionRow.id != other_than,
            SubscriptionRow.status != "terminated",
        )
        return int(self._session.scalar(query) or 0)
