"""Payments at the counter: payments, tenders, allocations, receipts and their series,
prints, ledger groups (CSH-1..4, CASH-01..03, CASH-07, IDEM-01..04).

Facts are only inserted (migration 0004 refuses UPDATE and DELETE); the rows that change
are the receipt series (the next number and the chain head, CASH-02), locked by the
transaction that takes a number. Locks are taken in one order by every payment and
cancellation: the cash session, then the customer account (standing for its bills), then
the receipt series, so that two payments wait for each other rather than deadlock.
SQLite's writers are serialized already (BEGIN IMMEDIATE): the row locks are PostgreSQL's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import groupby
from typing import Any, NamedTuple

from sqlalchemy import Select, and_, case, func, inspect, or_, select, union_all
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from iwebs_server.domain.principal import AgencyScope
from iwebs_server.persistence.repositories import payment_statements as hot
from iwebs_server.persistence.repositories.customer_base_repository import (
    MATCH_ADVANCE,
    MATCH_DEPOSIT_RELEASE,
    SETTLING_MATCHES,
    BillAmounts,
)
from iwebs_server.persistence.repositories.id_lists import IdList
from iwebs_server.persistence.tables.administration import AgencyRow, UserRow, WorkstationRow
from iwebs_server.persistence.tables.audit import ApprovalRequestRow
from iwebs_server.persistence.tables.billing import BillMatchRow
from iwebs_server.persistence.tables.cash_desk import (
    AllocationRow,
    CashMovementRow,
    LedgerEntryRow,
    PaymentRow,
    PaymentTenderRow,
    ReceiptPrintRow,
    ReceiptRow,
    ReceiptSeriesRow,
)
from iwebs_server.persistence.tables.customer_base import BillRow, CustomerAccountRow, CustomerRow
from iwebs_server.persistence.tables.reference_data import ParameterValueRow, ReferenceItemRow

ADVANCE_KIND = "advance"
DISBURSEMENT_KIND = "disbursement"


class LedgerLine(NamedTuple):
    """One line of a ledger group (debit > 0, credit < 0)."""

    ledger_account: str
    amount_minor: int
    account_id: str | None = None
    bill_id: str | None = None
    cash_session_id: str | None = None  # None: the group's session


class LedgerUnbalanced(ValueError):
    """A ledger group whose lines do not sum to zero: a programming error, never input."""


@dataclass(frozen=True)
class ReceiptLabels:
    """The names a receipt shows beside its own columns."""

    agency_code: str
    agency_name: str
    cashier_login: str
    cashier_name: str
    workstation_name: str
    account_number: str
    customer_name: str


class PaymentRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    # -- what a payment reads besides its own rows: one statement each ---------------------
    def parameter_rows(
        self, keys: Collection[str], scopes: Collection[str]
    ) -> list[ParameterValueRow]:
        """The stored values of several parameters for the given scopes, in one query."""
        query = select(ParameterValueRow).where(
            ParameterValueRow.key.in_(list(keys)), ParameterValueRow.scope.in_(list(scopes))
        )
        return list(self._session.scalars(query))

    def payment_settings(
        self, keys: Collection[str], scopes: Collection[str], wanted: Collection[tuple[str, str]]
    ) -> tuple[list[ParameterValueRow], dict[tuple[str, str], ReferenceItemRow]]:
        """parameter_rows and reference_items in one round trip (UNION ALL); the rows come
        back detached, holding only what the payment reads (key, scope, value; table,
        code, label, attributes, active)."""
        tables = {table for table, _ in wanted} or {""}
        codes = {code for _, code in wanted} or {""}
        result = self._session.connection().execute(
            hot.SETTINGS,
            {
                "keys": list(keys),
                "scopes": list(scopes),
                "tables": list(tables),
                "codes": list(codes),
            },
        )
        rows: list[ParameterValueRow] = []
        found: dict[tuple[str, str], ReferenceItemRow] = {}
        for source, first, second, text, active, label in result:
            if source == "p":
                rows.append(ParameterValueRow(key=first, scope=second, value=text))
            elif (first, second) in wanted:
                found[(first, second)] = ReferenceItemRow(
                    table_code=first,
                    code=second,
                    attributes_json=text,
                    active=bool(active),
                    label_fr=label,
                )
        return rows, found

    def reference_items(
        self, wanted: Collection[tuple[str, str]]
    ) -> dict[tuple[str, str], ReferenceItemRow]:
        """(table, code) -> item, for the pairs asked (active or not), in one query."""
        if not wanted:
            return {}
        tables = {table for table, _ in wanted}
        codes = {code for _, code in wanted}
        query = select(ReferenceItemRow).where(
            ReferenceItemRow.table_code.in_(tables), ReferenceItemRow.code.in_(codes)
        )
        return {
            (row.table_code, row.code): row
            for row in self._session.scalars(query)
            if (row.table_code, row.code) in wanted
        }

    def receipt_labels(
        self, agency_id: str, user_id: str, workstation_id: str, account_id: str | None
    ) -> ReceiptLabels:
        """Agency, cashier, workstation, account and customer names in one statement."""

        def one(column: Any, where: Any) -> Any:
            return select(column).where(where).scalar_subquery()

        account = account_id or ""
        columns = [
            one(AgencyRow.code, AgencyRow.id == agency_id),
            one(AgencyRow.name, AgencyRow.id == agency_id),
            one(UserRow.login, UserRow.id == user_id),
            one(UserRow.display_name, UserRow.id == user_id),
            one(WorkstationRow.name, WorkstationRow.id == workstation_id),
        ]
        if account:
            columns += [
                one(CustomerAccountRow.account_number, CustomerAccountRow.id == account),
                select(CustomerRow.display_name)
                .join(CustomerAccountRow, CustomerAccountRow.customer_id == CustomerRow.id)
                .where(CustomerAccountRow.id == account)
                .scalar_subquery(),
            ]
        values = list(self._session.execute(select(*columns)).one())
        values += [""] * (7 - len(values))
        return ReceiptLabels(*(value or "" for value in values))

    @property
    def _postgres(self) -> bool:
        return self._session.get_bind().dialect.name == "postgresql"

    # -- writing ------------------------------------------------------------------------
    def add_all(self, rows: Iterable[object]) -> None:
        """Adds rows to the transaction; they are written at the next flush or the commit
        (one INSERT per table, many rows each)."""
        self._session.add_all(list(rows))

    def flush(self) -> None:
        self._session.flush()

    def write_now(self, rows: Sequence[object]) -> None:
        """INSERTs fact rows at once, in the order given (a table's consecutive rows in one
        statement), with statements built once, outside the unit of work: a third of
        add_all + flush's CPU (payment_statements). The objects stay plain data (taken out
        of the session if they were added); a generated id (ledger lines) is not read back."""
        waiting = []
        for row in rows:
            state = inspect(row)
            if state.persistent:
                continue  # flushed already
            if state.pending:
                self._session.expunge(row)
            waiting.append(row)
        connection = self._session.connection()
        for row_type, group in groupby(waiting, key=type):
            statement, columns = hot.insert_of(row_type)
            connection.execute(statement, [hot.insert_values(row, columns) for row in group])

    def post_ledger_group(
        self,
        *,
        entry_group_id: str,
        source_type: str,
        agency_id: str,
        cash_session_id: str | None,
        currency_code: str,
        business_date: date,
        created_at: datetime,
        lines: Sequence[LedgerLine | tuple[str, int, str | None, str | None]],
    ) -> list[LedgerEntryRow]:
        """THE writer of the ledger: adds one balanced group of lines, (ledger account,
        signed amount (debit > 0, credit < 0), customer account id, bill id[, cash session
        id when not the group's, e.g. the head cashier's side of a transfer]). Lines of zero
        are left out; the rest must sum to zero."""
        kept = [LedgerLine(*line) for line in lines if line[1] != 0]
        if sum(line.amount_minor for line in kept) != 0:
            raise LedgerUnbalanced(f"ledger group {entry_group_id} does not sum to zero")
        rows = [
            LedgerEntryRow(
                entry_group_id=entry_group_id,
                source_type=source_type,
                agency_id=agency_id,
                ledger_account=line.ledger_account,
                account_id=line.account_id,
                bill_id=line.bill_id,
                cash_session_id=line.cash_session_id or cash_session_id,
                currency_code=currency_code,
                amount_minor=line.amount_minor,
                business_date=business_date,
                created_at=created_at,
            )
            for line in kept
        ]
        self._session.add_all(rows)
        return rows

    # -- payments -----------------------------------------------------------------------
    def payment(self, payment_id: str) -> PaymentRow | None:
        return self._session.get(PaymentRow, payment_id)

    def payments(self, payment_ids: Collection[str]) -> dict[str, PaymentRow]:
        ids = [i for i in set(payment_ids) if i]
        if not ids:
            return {}
        rows = self._session.scalars(select(PaymentRow).where(PaymentRow.id.in_(ids)))
        return {row.id: row for row in rows}

    # -- receipt series (CASH-02) -------------------------------------------------------
    def lock_series(
        self, series_id: str, agency_id: str, year: int, genesis_hash: str
    ) -> ReceiptSeriesRow:
        """The series row, locked until the commit (SELECT ... FOR UPDATE). Its first use
        inserts it; a concurrent twin doing the same does nothing (ON CONFLICT DO NOTHING /
        INSERT OR IGNORE) and both then lock the one row."""
        row = self._locked_series(series_id)
        if row is not None:
            return row
        insert = pg_insert if self._postgres else sqlite_insert
        self._session.execute(
            insert(ReceiptSeriesRow)
            .values(
                id=series_id,
                agency_id=agency_id,
                year=year,
                last_number=0,
                last_hash=genesis_hash,
            )
            .on_conflict_do_nothing()
        )
        row = self._locked_series(series_id)
        assert row is not None
        return row

    def _locked_series(self, series_id: str) -> ReceiptSeriesRow | None:
        query = (
            select(ReceiptSeriesRow)
            .where(ReceiptSeriesRow.id == series_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        return self._session.scalar(query)

    # -- bills and advance --------------------------------------------------------------
    def account_for_payment(
        self, account_id: str, *, lock: bool
    ) -> tuple[CustomerAccountRow, str] | None:
        """The account and its customer's name, in one statement. `lock` takes the account
        row FOR UPDATE (PostgreSQL): every payment or cancellation touching the account's
        bills holds it, so concurrent payments of the same bills run one after the other,
        and each reads the open amounts in a later statement, after the previous one
        committed (READ COMMITTED: one snapshot per statement; T-IDEM-4)."""
        statement = hot.ACCOUNT_LOCKED if lock else hot.ACCOUNT
        found = self._session.connection().execute(statement, {"account_id": account_id}).first()
        if found is None:
            return None
        values = found._mapping
        return hot.detached(CustomerAccountRow, values), str(values["customer_display_name"])

    def account_labels(self, account_ids: Collection[str]) -> dict[str, tuple[str, str]]:
        """account id -> (account number, customer name), in one query."""
        ids = [i for i in set(account_ids) if i]
        if not ids:
            return {}
        query = (
            select(
                CustomerAccountRow.id, CustomerAccountRow.account_number, CustomerRow.display_name
            )
            .join(CustomerRow, CustomerRow.id == CustomerAccountRow.customer_id)
            .where(CustomerAccountRow.id.in_(ids))
        )
        return {row[0]: (row[1], row[2]) for row in self._session.execute(query)}

    def open_bills(self, account_id: str) -> list[BillAmounts]:
        """The account's bills with something open, oldest due first, with the open amount
        (lock the account first to pay them: account_for_payment)."""
        rows = self._session.connection().execute(hot.OPEN_BILLS, {"account_id": account_id})
        return [
            BillAmounts(hot.detached(BillRow, row._mapping), int(row._mapping["open_amount"]))
            for row in rows
        ]

    def bills(self, bill_ids: Collection[str]) -> dict[str, BillRow]:
        ids = [i for i in set(bill_ids) if i]
        if not ids:
            return {}
        rows = self._session.scalars(select(BillRow).where(BillRow.id.in_(ids)))
        return {row.id: row for row in rows}

    def advance_balance(self, account_id: str) -> int:
        """The account's advance (customer credit): what payments put aside as advance (a
        cancellation's negative allocation takes it back) less what refunds paid out of a
        till for the account (disbursement movements carrying its id, negative), less what
        matching (lettrage, issue 5) used of it to settle bills, plus the rest of a
        security deposit released to it at a final bill (docs/bills-and-accounts.md)."""
        return self.advance_balances([account_id]).get(account_id, 0)

    def advance_balances(self, account_ids: Collection[str]) -> dict[str, int]:
        """advance_balance of several accounts in one statement (accounts without any
        advance are left out)."""
        ids = IdList(self._session, {i for i in account_ids if i}, "account_ids")
        if not ids:
            return {}
        parts = union_all(*self.advance_movements(ids)).subquery()
        query = select(parts.c.a, func.sum(parts.c.m)).group_by(parts.c.a)
        return {str(a): int(m) for a, m in self._session.execute(query) if m}

    def advance_movements(self, account_ids: IdList) -> list[Select[Any]]:
        """THE definition of the advance: the (account id `a`, signed amount `m`) rows that
        sum to the accounts' advances (union them)."""
        return [
            select(
                AllocationRow.account_id.label("a"), AllocationRow.amount_minor.label("m")
            ).where(
                account_ids.contains(AllocationRow.account_id),
                AllocationRow.kind == ADVANCE_KIND,
            ),
            select(CashMovementRow.account_id, CashMovementRow.amount_minor).where(
                account_ids.contains(CashMovementRow.account_id),
                CashMovementRow.kind == DISBURSEMENT_KIND,
            ),
            select(
                BillMatchRow.account_id,
                case(
                    (BillMatchRow.source_kind == MATCH_DEPOSIT_RELEASE, BillMatchRow.amount_minor),
                    else_=-BillMatchRow.amount_minor,
                ),
            ).where(
                account_ids.contains(BillMatchRow.account_id),
                BillMatchRow.source_kind.in_((MATCH_ADVANCE, MATCH_DEPOSIT_RELEASE)),
            ),
        ]

    # -- receipts -----------------------------------------------------------------------
    def receipt(
        self, receipt_id: str, scope: AgencyScope, *, for_update: bool = False
    ) -> ReceiptRow | None:
        """A receipt of an agency in scope (None otherwise, SEC-07); `for_update` locks it
        (a row lock changes nothing: the append-only trigger does not fire)."""
        query = select(ReceiptRow).where(ReceiptRow.id == receipt_id)
        if for_update:
            query = query.with_for_update()
        row = self._session.scalar(query)
        if row is None or not scope.allows(row.agency_id):
            return None
        return row

    def receipt_of_payment(self, payment_id: str) -> ReceiptRow | None:
        query = select(ReceiptRow).where(
            ReceiptRow.payment_id == payment_id, ReceiptRow.kind == "payment"
        )
        return self._session.scalar(query)

    def cancellation_of(self, receipt_id: str) -> ReceiptRow | None:
        query = select(ReceiptRow).where(ReceiptRow.cancels_receipt_id == receipt_id)
        return self._session.scalar(query)

    def session_receipts(self, cash_session_id: str, offset: int, limit: int) -> list[ReceiptRow]:
        """The session's receipts, newest first."""
        query = (
            select(ReceiptRow)
            .where(ReceiptRow.cash_session_id == cash_session_id)
            .order_by(ReceiptRow.number.desc())
            .offset(offset)
            .limit(limit)
        )
        return list(self._session.scalars(query))

    def receipt_numbers(self, receipt_ids: Collection[str]) -> dict[str, str]:
        ids = [i for i in set(receipt_ids) if i]
        if not ids:
            return {}
        query = select(ReceiptRow.id, ReceiptRow.receipt_number).where(ReceiptRow.id.in_(ids))
        return {receipt_id: number for receipt_id, number in self._session.execute(query)}

    def cancelled_by(self, receipt_ids: Collection[str]) -> dict[str, str]:
        """original receipt id -> number of the receipt that cancelled it."""
        ids = [i for i in set(receipt_ids) if i]
        if not ids:
            return {}
        query = select(ReceiptRow.cancels_receipt_id, ReceiptRow.receipt_number).where(
            ReceiptRow.cancels_receipt_id.in_(ids)
        )
        return {str(original): number for original, number in self._session.execute(query)}

    def tenders_of_receipts(
        self, receipt_ids: Collection[str]
    ) -> dict[str, list[PaymentTenderRow]]:
        found: dict[str, list[PaymentTenderRow]] = defaultdict(list)
        if receipt_ids:
            query = (
                select(PaymentTenderRow)
                .where(PaymentTenderRow.receipt_id.in_(list(receipt_ids)))
                .order_by(PaymentTenderRow.receipt_id, PaymentTenderRow.id)
            )
            for row in self._session.scalars(query):
                found[row.receipt_id].append(row)
        return found

    def allocations_of_receipts(
        self, receipt_ids: Collection[str]
    ) -> dict[str, list[AllocationRow]]:
        found: dict[str, list[AllocationRow]] = defaultdict(list)
        if receipt_ids:
            query = select(AllocationRow).where(AllocationRow.receipt_id.in_(list(receipt_ids)))
            for row in self._session.scalars(query):
                found[row.receipt_id].append(row)
        return found

    def open_before(self, receipt: ReceiptRow, bill_ids: Collection[str]) -> dict[str, int]:
        """bill id -> what was open on it just before `receipt` (its amount less the
        allocations of receipts issued earlier and the matches made before it)."""
        ids = [i for i in set(bill_ids) if i]
        if not ids:
            return {}
        earlier = or_(
            ReceiptRow.issued_at < receipt.issued_at,
            and_(ReceiptRow.series_id == receipt.series_id, ReceiptRow.number < receipt.number),
        )
        paid = (
            select(func.coalesce(func.sum(AllocationRow.amount_minor), 0))
            .join(ReceiptRow, ReceiptRow.id == AllocationRow.receipt_id)
            .where(AllocationRow.bill_id == BillRow.id, earlier)
            .correlate(BillRow)
            .scalar_subquery()
        )
        settled = (  # matches (lettrage) made before the receipt
            select(func.coalesce(func.sum(BillMatchRow.amount_minor), 0))
            .where(
                BillMatchRow.bill_id == BillRow.id,
                BillMatchRow.source_kind.in_(SETTLING_MATCHES),
                BillMatchRow.matched_at <= receipt.issued_at,
            )
            .correlate(BillRow)
            .scalar_subquery()
        )
        query = select(BillRow.id, BillRow.amount_minor - paid - settled).where(BillRow.id.in_(ids))
        return {bill_id: int(amount) for bill_id, amount in self._session.execute(query)}

    def ledger_group(self, entry_group_id: str) -> list[LedgerEntryRow]:
        query = (
            select(LedgerEntryRow)
            .where(LedgerEntryRow.entry_group_id == entry_group_id)
            .order_by(LedgerEntryRow.id)
        )
        return list(self._session.scalars(query))

    def pending_approvals(self, kind: str, object_ids: Collection[str]) -> set[str]:
        """The objects among `object_ids` with a request of `kind` waiting for approval."""
        ids = [i for i in set(object_ids) if i]
        if not ids:
            return set()
        query = select(ApprovalRequestRow.object_id).where(
            ApprovalRequestRow.kind == kind,
            ApprovalRequestRow.status == "pending",
            ApprovalRequestRow.object_id.in_(ids),
        )
        return set(self._session.scalars(query))

    # -- prints (CSH-4) -----------------------------------------------------------------
    def print_counts(self, receipt_ids: Collection[str]) -> dict[str, int]:
        ids = [i for i in set(receipt_ids) if i]
        if not ids:
            return {}
        query = (
            select(ReceiptPrintRow.receipt_id, func.max(ReceiptPrintRow.copy_number))
            .where(ReceiptPrintRow.receipt_id.in_(ids))
            .group_by(ReceiptPrintRow.receipt_id)
        )
        return {receipt_id: int(count) for receipt_id, count in self._session.execute(query)}

    def print_row(self, print_id: str) -> ReceiptPrintRow | None:
        return self._session.get(ReceiptPrintRow, print_id)

    def add_print(self, row: ReceiptPrintRow) -> None:
        self._session.add(row)
        self._session.flush()
