"""The reads of the billing verifier (REL-03; application/billing_verifier.py): one grouped
statement per promise of the billing facts, each answering only the rows that break it (at
most `limit`), so that a million bills verify in seconds. Bills of the former system
(`origin` = legacy) have no lines, numbers of ours or ledger lines: the checks of what the
writer promises look at `origin` = billing only; the balance check looks at every bill.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, and_, cast, exists, extract, func, not_, or_, select, text
from sqlalchemy.orm import Session, aliased

from iwebs_server.persistence.repositories.customer_base_repository import (
    _credit_left,
    _open_amount,
)
from iwebs_server.persistence.tables.administration import AgencyRow
from iwebs_server.persistence.tables.billing import BillLineRow, BillRunItemRow, BillRunRow
from iwebs_server.persistence.tables.cash_desk import LedgerEntryRow
from iwebs_server.persistence.tables.customer_base import (
    BillRow,
    CustomerAccountRow,
    NumberSeriesRow,
    SubscriptionRow,
)

BILLING_ORIGIN = "billing"
# the ledger sources of the billing facts: the writer's groups and the matching's
LEDGER_SOURCES = ("billing", "lettrage")
SERIES_PREFIX = "BILL-"


class BillingVerificationReads:
    def __init__(self, session: Session, agency_id: str | None, limit: int) -> None:
        self._session = session
        self._agency_id = agency_id
        self._limit = limit

    def _rows(self, query: Any) -> list[tuple[Any, ...]]:
        return [tuple(row) for row in self._session.execute(query)]

    def _issued(self) -> list[Any]:
        """The bills our writer issued, of the agency when one is asked."""
        conditions: list[Any] = [BillRow.origin == BILLING_ORIGIN]
        if self._agency_id is not None:
            conditions.append(BillRow.agency_id == self._agency_id)
        return conditions

    @staticmethod
    def snapshot(session: Session) -> None:
        """One consistent view for every read that follows, called first (PostgreSQL:
        REPEATABLE READ; a SQLite read transaction is one already). Every check reads whole
        tables: on PostgreSQL no nested loop, which the statistics of tables just filled by a
        bill run (a handful of rows, before autovacuum's ANALYZE) made the planner choose
        around a grouped subquery, computed again for each bill (minutes at 100,000 bills)."""
        if session.get_bind().dialect.name == "postgresql":
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            session.execute(text("SET LOCAL enable_nestloop = off"))

    @staticmethod
    def agency_id(session: Session, code: str) -> str | None:
        return session.scalar(select(AgencyRow.id).where(AgencyRow.code == code.strip().upper()))

    def counts(self) -> tuple[int, int]:
        """(bills issued, runs) in scope."""
        bills = self._session.scalar(select(func.count()).where(*self._issued())) or 0
        runs = select(func.count()).select_from(BillRunRow)
        if self._agency_id is not None:
            runs = runs.where(BillRunRow.agency_id == self._agency_id)
        return int(bills), int(self._session.scalar(runs) or 0)

    def series(self) -> list[tuple[str, int, int, int, int]]:
        """(series code, bills, lowest number, highest number, next value of the series row)
        per series of the writer (BILL-<agency code>-<year of the bill date, `issue_date`>)."""
        year = extract("year", BillRow.issue_date)
        number = cast(
            func.substr(BillRow.bill_number, func.length(BillRow.bill_number) - 6), Integer
        )
        grouped = self._rows(
            select(AgencyRow.code, year, func.count(), func.min(number), func.max(number))
            .join(AgencyRow, AgencyRow.id == BillRow.agency_id)
            .where(*self._issued())
            .group_by(AgencyRow.code, year)
        )
        heads = {
            code: int(value)
            for code, value in self._rows(
                select(NumberSeriesRow.code, NumberSeriesRow.next_value).where(
                    NumberSeriesRow.code.like(f"{SERIES_PREFIX}%")
                )
            )
        }
        found = {
            f"{SERIES_PREFIX}{code}-{int(y)}": (n, low, high) for code, y, n, low, high in grouped
        }
        if self._agency_id is not None:
            code = self._session.scalar(
                select(AgencyRow.code).where(AgencyRow.id == self._agency_id)
            )
            heads = {s: v for s, v in heads.items() if s.startswith(f"{SERIES_PREFIX}{code}-")}
        codes = sorted(set(found) | {s for s, v in heads.items() if v > 1})
        return [(c, *found.get(c, (0, 0, 0)), heads.get(c, 1)) for c in codes]

    def totals_not_lines(self) -> list[tuple[str, int, int | None]]:
        """(bill number, amount, sum of its lines) of the bills whose total is not the sum
        of their lines (None: no line)."""
        lines = (
            select(BillLineRow.bill_id, func.sum(BillLineRow.amount_minor).label("total"))
            .group_by(BillLineRow.bill_id)
            .subquery()
        )
        return self._rows(
            select(BillRow.bill_number, BillRow.amount_minor, lines.c.total)
            .outerjoin(lines, lines.c.bill_id == BillRow.id)
            .where(
                *self._issued(),
                or_(lines.c.total.is_(None), lines.c.total != BillRow.amount_minor),
            )
            .order_by(BillRow.bill_number)
            .limit(self._limit)
        )

    def receivable_not_total(self) -> list[tuple[str, int, int | None]]:
        """(bill number, amount, its RECEIVABLE ledger lines) where they differ."""
        ledger = (
            select(LedgerEntryRow.bill_id, func.sum(LedgerEntryRow.amount_minor).label("total"))
            .where(
                LedgerEntryRow.source_type == "billing",
                LedgerEntryRow.ledger_account == "RECEIVABLE",
            )
            .group_by(LedgerEntryRow.bill_id)
            .subquery()
        )
        return self._rows(
            select(BillRow.bill_number, BillRow.amount_minor, ledger.c.total)
            .outerjoin(ledger, ledger.c.bill_id == BillRow.id)
            .where(
                *self._issued(),
                or_(ledger.c.total.is_(None), ledger.c.total != BillRow.amount_minor),
            )
            .order_by(BillRow.bill_number)
            .limit(self._limit)
        )

    def unbalanced_groups(self) -> tuple[int, list[tuple[str, str, int]]]:
        """(groups, [(group id, currency, sum)]) of the billing and matching ledger groups;
        those listed do not sum to zero."""
        conditions: list[Any] = [LedgerEntryRow.source_type.in_(LEDGER_SOURCES)]
        if self._agency_id is not None:
            conditions.append(LedgerEntryRow.agency_id == self._agency_id)
        groups = (
            select(
                LedgerEntryRow.entry_group_id.label("group_id"),
                LedgerEntryRow.currency_code.label("currency"),
                func.sum(LedgerEntryRow.amount_minor).label("total"),
            )
            .where(*conditions)
            .group_by(LedgerEntryRow.entry_group_id, LedgerEntryRow.currency_code)
            .subquery()
        )
        count = int(self._session.scalar(select(func.count()).select_from(groups)) or 0)
        wrong = self._rows(
            select(groups.c.group_id, groups.c.currency, groups.c.total)
            .where(groups.c.total != 0)
            .order_by(groups.c.group_id)
            .limit(self._limit)
        )
        return count, wrong

    def dangling(self) -> list[tuple[str, str]]:
        """(what, row id) of the rows that name a parent row that does not exist: what the
        foreign keys that revision 0006 dropped on PostgreSQL guaranteed."""
        b = BillRow
        missing_parent = or_(
            not_(exists().where(CustomerAccountRow.id == b.account_id)),
            not_(exists().where(SubscriptionRow.id == b.subscription_id)),
            not_(exists().where(AgencyRow.id == b.agency_id)),
            and_(b.bill_run_id.is_not(None), not_(exists().where(BillRunRow.id == b.bill_run_id))),
        )
        found = [
            ("bill", r[0])
            for r in self._rows(
                select(b.bill_number).where(*self._issued(), missing_parent).limit(self._limit)
            )
        ]
        lines = select(BillLineRow.bill_id, BillLineRow.line_no).where(
            not_(exists().where(BillRow.id == BillLineRow.bill_id))
        )
        found += [("bill line", f"{r[0]} #{r[1]}") for r in self._rows(lines.limit(self._limit))]
        items = select(BillRunItemRow.run_id, BillRunItemRow.subscription_id).where(
            not_(exists().where(BillRunRow.id == BillRunItemRow.run_id))
        )
        found += [("run item", f"{r[0]} / {r[1]}") for r in self._rows(items.limit(self._limit))]
        return found

    def _runs(self, *statuses: str) -> Any:
        runs = select(BillRunRow.id).where(BillRunRow.status.in_(statuses))
        if self._agency_id is not None:
            runs = runs.where(BillRunRow.agency_id == self._agency_id)
        return runs

    def runs_not_selected(self) -> list[tuple[str, int, int]]:
        """(run number, subscriptions selected, items) of the simulated or finalized mass
        runs whose items are not their selection."""
        items = (
            select(BillRunItemRow.run_id, func.count().label("n"))
            .group_by(BillRunItemRow.run_id)
            .subquery()
        )
        return self._rows(
            select(BillRunRow.run_number, BillRunRow.total_items, func.coalesce(items.c.n, 0))
            .outerjoin(items, items.c.run_id == BillRunRow.id)
            .where(
                BillRunRow.id.in_(self._runs("simulated", "finalized")),
                BillRunRow.kind == "mass",
                BillRunRow.total_items != func.coalesce(items.c.n, 0),
            )
            .limit(self._limit)
        )

    def items_without_bill(self) -> list[tuple[str, str]]:
        """(run number, subscription) of the items to bill of finalized runs with no bill."""
        i = BillRunItemRow
        return self._rows(
            select(BillRunRow.run_number, i.subscription_id)
            .join(BillRunRow, BillRunRow.id == i.run_id)
            .where(
                i.run_id.in_(self._runs("finalized")),
                i.outcome.in_(("ready", "released")),
                not_(
                    exists().where(
                        BillRow.bill_run_id == i.run_id,
                        BillRow.subscription_id == i.subscription_id,
                    )
                ),
            )
            .limit(self._limit)
        )

    def bills_without_item(self) -> list[tuple[str, str]]:
        """(run number, bill number) of the bills of mass runs with no item to bill."""
        i = BillRunItemRow
        return self._rows(
            select(BillRunRow.run_number, BillRow.bill_number)
            .join(BillRunRow, BillRunRow.id == BillRow.bill_run_id)
            .where(
                *self._issued(),
                BillRunRow.kind == "mass",
                not_(
                    exists().where(
                        i.run_id == BillRow.bill_run_id,
                        i.subscription_id == BillRow.subscription_id,
                        i.outcome.in_(("ready", "released")),
                    )
                ),
            )
            .limit(self._limit)
        )

    def not_billed_without_cause(self) -> list[tuple[str, str]]:
        i = BillRunItemRow
        return self._rows(
            select(BillRunRow.run_number, i.subscription_id)
            .join(BillRunRow, BillRunRow.id == i.run_id)
            .where(
                i.run_id.in_(self._runs("simulated", "finalizing", "finalized")),
                i.outcome == "not_billed",
                i.cause == "",
            )
            .limit(self._limit)
        )

    def credit_notes_astray(self) -> list[tuple[str, str]]:
        """(credit note number, what is wrong) of the credit notes that do not cancel one
        invoice of the same subscription and account for its whole amount."""
        note, bill = BillRow, aliased(BillRow)
        conditions: list[Any] = [note.kind == "credit_note"]
        if self._agency_id is not None:
            conditions.append(note.agency_id == self._agency_id)
        rows = self._rows(
            select(
                note.bill_number,
                note.amount_minor,
                note.subscription_id,
                note.account_id,
                bill.kind,
                bill.amount_minor,
                bill.subscription_id,
                bill.account_id,
            )
            .outerjoin(bill, bill.id == note.credits_bill_id)
            .where(
                *conditions,
                or_(
                    bill.id.is_(None),
                    bill.kind != "invoice",
                    bill.amount_minor != -note.amount_minor,
                    bill.subscription_id != note.subscription_id,
                    bill.account_id != note.account_id,
                ),
            )
            .limit(self._limit)
        )
        found = []
        for number, amount, sub, _account, kind, credited, credited_sub, _credited_account in rows:
            if kind is None:
                found.append((number, "names no bill"))
            elif kind != "invoice":
                found.append((number, f"cancels a {kind}, not an invoice"))
            elif credited != -amount:
                found.append((number, f"amount {amount} does not cancel the bill's {credited}"))
            else:
                detail = "subscription" if sub != credited_sub else "account"
                found.append((number, f"not of the credited bill's {detail}"))
        return found

    def balances_out_of_range(self) -> list[tuple[str, str, int, int]]:
        """(bill number, kind, amount, open) of the invoices with more paid or settled than
        billed (open < 0) or more open than billed, and of the credit notes with more used
        than credited (customer_base_repository's _open_amount and
        _credit_left: the one definition of what is open)."""
        conditions: list[Any] = []
        if self._agency_id is not None:
            conditions.append(BillRow.agency_id == self._agency_id)
        invoices = self._rows(
            select(BillRow.bill_number, BillRow.kind, BillRow.amount_minor, _open_amount())
            .where(
                *conditions,
                BillRow.kind == "invoice",
                or_(_open_amount() < 0, _open_amount() > BillRow.amount_minor),
            )
            .limit(self._limit)
        )
        notes = self._rows(
            select(BillRow.bill_number, BillRow.kind, BillRow.amount_minor, _credit_left())
            .where(
                *conditions,
                BillRow.kind == "credit_note",
                or_(_credit_left() < 0, _credit_left() > -BillRow.amount_minor),
            )
            .limit(self._limit)
        )
        return invoices + notes
