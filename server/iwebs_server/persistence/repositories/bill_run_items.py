"""Items of bill runs and what the runs read in bulk (FAC-5, FAC-6, FAC-8): the
worklist, the controls' averages, the payers' contacts, the summary (bordereau), the
not-billed alerts. The base of BillRunRepository (`uow.bill_runs`)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import and_, delete, func, select, update
from sqlalchemy.orm import Session

from iwebs_server.persistence.repositories.bill_run_bulk import BulkRows
from iwebs_server.persistence.repositories.id_lists import one_of
from iwebs_server.persistence.tables.billing import (
    BillLineRow,
    BillRunChunkRow,
    BillRunItemRow,
    BillRunRow,
)
from iwebs_server.persistence.tables.customer_base import (
    BillRow,
    CustomerAccountRow,
    CustomerRow,
    SubscriptionRow,
)

#: the simulated consumption of an item, taken again at finalization while its inputs are
#: unchanged (application/bill_run_chunks.py `kept_consumption_values`)
KEPT_CONSUMPTION_COLUMNS = (
    "period_start",
    "period_end",
    "index_from",
    "index_to",
    "reading_id",
    "estimate_method",
    "consecutive_estimates",
    "inputs_version",
    "inputs_fingerprint",
)
ITEM_COLUMNS = (
    "run_id",
    "subscription_id",
    "chunk_no",
    "account_id",
    "outcome",
    "cause",
    "control_codes",
    "consumption",
    "estimated",
    "amount_minor",
    "note",
    *KEPT_CONSUMPTION_COLUMNS,
)


@dataclass(frozen=True)
class ItemListing:
    """An item with what the worklist shows of its subscription, account and bill."""

    item: BillRunItemRow
    subscription_number: str
    tariff_category_code: str
    account_number: str
    customer_name: str
    bill_id: str | None
    bill_number: str | None


class SimulatedItem(NamedTuple):
    """What the simulation wrote for a subscription of the run; `period_start` is None when
    it kept no consumption (not billed, or written before revision 0008)."""

    subscription_id: str
    outcome: str
    amount_minor: int
    consumption: int | None
    estimated: bool
    period_start: date | None
    period_end: date | None
    index_from: int | None
    index_to: int | None
    reading_id: str | None
    estimate_method: str
    consecutive_estimates: int
    inputs_version: int | None
    inputs_fingerprint: str


class BillRunItems:
    def __init__(self, session: Session) -> None:
        self._session = session
        self._bulk: BulkRows | None = None

    @property
    def bulk(self) -> BulkRows:
        if self._bulk is None:
            self._bulk = BulkRows(self._session)
        return self._bulk

    def _in(self, column: Any, ids: Collection[str]) -> Any:
        return one_of(self._session, column, ids)

    # -- items ----------------------------------------------------------------------------
    def insert_items(self, rows: Sequence[Sequence[Any]]) -> None:
        """Rows in ITEM_COLUMNS order."""
        self.bulk.insert("bill_run_items", ITEM_COLUMNS, rows)

    def delete_items(self, run_id: str, subscription_ids: Collection[str] | None = None) -> None:
        i = BillRunItemRow
        statement = delete(i).where(i.run_id == run_id)
        if subscription_ids is not None:
            statement = statement.where(i.subscription_id.in_(list(subscription_ids)))
        self._session.execute(statement)

    def item(self, run_id: str, subscription_id: str) -> BillRunItemRow | None:
        return self._session.get(BillRunItemRow, (run_id, subscription_id))

    def billable_items(self, run_id: str) -> list[str]:
        """Subscriptions of the ready and released items, in chunk (round) order."""
        i = BillRunItemRow
        ids: list[str] = []
        for chunk_ids in self._session.scalars(
            select(BillRunChunkRow.subscription_ids)
            .where(BillRunChunkRow.run_id == run_id, BillRunChunkRow.phase == "simulate")
            .order_by(BillRunChunkRow.chunk_no)
        ):
            ids.extend(chunk_ids.split(",") if chunk_ids else ())
        ready = set(
            self._session.scalars(
                select(i.subscription_id).where(
                    i.run_id == run_id, i.outcome.in_(("ready", "released"))
                )
            )
        )
        return [x for x in ids if x in ready]

    def simulated_items(
        self, run_id: str, subscription_ids: Collection[str], subscription_columns: Sequence[Any]
    ) -> dict[str, tuple[SimulatedItem, tuple[Any, ...] | None]]:
        """What the simulation wrote for these subscriptions of the run, each with the
        `subscription_columns` of its subscription as they are now (None when it is gone):
        one statement for both (a run's finalization)."""
        i = BillRunItemRow
        item_columns = (
            i.subscription_id,
            i.outcome,
            i.amount_minor,
            i.consumption,
            i.estimated,
            i.period_start,
            i.period_end,
            i.index_from,
            i.index_to,
            i.reading_id,
            i.estimate_method,
            i.consecutive_estimates,
            i.inputs_version,
            i.inputs_fingerprint,
        )
        split = len(item_columns)
        query = (
            select(*item_columns, SubscriptionRow.id, *subscription_columns)
            .outerjoin(SubscriptionRow, SubscriptionRow.id == i.subscription_id)
            .where(i.run_id == run_id, self._in(i.subscription_id, subscription_ids))
        )
        found: dict[str, tuple[SimulatedItem, tuple[Any, ...] | None]] = {}
        for row in self._session.connection().execute(query).all():  # fetchall, not per row
            columns = tuple(row[split + 1 :]) if row[split] is not None else None
            found[row[0]] = (SimulatedItem._make(row[:split]), columns)
        return found

    def items_outcomes(self, run_id: str, subscription_ids: Collection[str]) -> dict[str, str]:
        i = BillRunItemRow
        rows = self._session.execute(
            select(i.subscription_id, i.outcome).where(
                i.run_id == run_id, self._in(i.subscription_id, subscription_ids)
            )
        )
        return {row[0]: row[1] for row in rows}

    def set_not_billed(self, run_id: str, causes: Sequence[tuple[str, str, str]]) -> None:
        """(subscription id, cause, note) of items that finalization could not bill."""
        i = BillRunItemRow
        for subscription_id, cause, note in causes:
            self._session.execute(
                update(i)
                .where(i.run_id == run_id, i.subscription_id == subscription_id)
                .values(outcome="not_billed", cause=cause[:32], note=note[:500])
            )

    def outcome_counts(self, run_id: str) -> dict[str, tuple[int, int]]:
        i = BillRunItemRow
        rows = self._session.execute(
            select(i.outcome, func.count(), func.coalesce(func.sum(i.amount_minor), 0))
            .where(i.run_id == run_id)
            .group_by(i.outcome)
        )
        return {row[0]: (int(row[1]), int(row[2])) for row in rows}

    def item_listings(
        self,
        run_id: str,
        *,
        outcomes: Collection[str] = (),
        control_code: str = "",
        cause: str = "",
        billed: bool | None = None,
        subscription_ids: Collection[str] | None = None,
        offset: int = 0,
        limit: int = 50,
    ) -> tuple[list[ItemListing], int]:
        """Items with their subscription, account, customer and bill, in chunk order; and
        how many match."""
        i, s, a, cu, b = (
            BillRunItemRow,
            SubscriptionRow,
            CustomerAccountRow,
            CustomerRow,
            BillRow,
        )
        conditions: list[Any] = [i.run_id == run_id]
        if outcomes:
            conditions.append(i.outcome.in_(list(outcomes)))
        if control_code:
            like = f"%{control_code}%"
            conditions.append(i.control_codes.like(like))
        if cause:
            conditions.append(i.cause == cause)
        if subscription_ids is not None:
            conditions.append(i.subscription_id.in_(list(subscription_ids)))
        bill_join = and_(
            b.bill_run_id == i.run_id, b.subscription_id == i.subscription_id, b.kind == "invoice"
        )
        if billed is True:
            conditions.append(b.id.is_not(None))
        elif billed is False:
            conditions.append(b.id.is_(None))
        base = (
            select(i, s.subscription_number, s.tariff_category_code)
            .add_columns(a.account_number, cu.display_name, b.id, b.bill_number)
            .join(s, s.id == i.subscription_id)
            .join(a, a.id == i.account_id)
            .join(cu, cu.id == a.customer_id)
            .outerjoin(b, bill_join)
            .where(*conditions)
        )
        total = int(
            self._session.execute(
                select(func.count()).select_from(i).outerjoin(b, bill_join).where(*conditions)
            ).scalar_one()
        )
        rows = self._session.execute(
            base.order_by(i.chunk_no, i.subscription_id).offset(offset).limit(limit)
        ).all()
        listings = [ItemListing(row[0], *row[1:]) for row in rows]
        return listings, total

    # -- what computation and issuing read ------------------------------------------------
    def average_amounts(self, subscription_ids: Collection[str], since: date) -> dict[str, int]:
        """The average invoice amount of each subscription since a date (controls)."""
        b = BillRow
        rows = self._session.execute(
            select(b.subscription_id, func.avg(b.amount_minor))
            .where(
                self._in(b.subscription_id, subscription_ids),
                b.kind == "invoice",
                b.issue_date >= since,
            )
            .group_by(b.subscription_id)
        )
        return {row[0]: int(row[1]) for row in rows if row[1] is not None}

    # -- summary (bordereau) and alerts ---------------------------------------------------
    def issued_summary(self, run_id: str) -> tuple[int, int, str, str]:
        """(bills, total, first number, last number) of the run's invoices."""
        b = BillRow
        row = self._session.execute(
            select(
                func.count(),
                func.coalesce(func.sum(b.amount_minor), 0),
                func.min(b.bill_number),
                func.max(b.bill_number),
            ).where(b.bill_run_id == run_id)
        ).one()
        return int(row[0]), int(row[1]), row[2] or "", row[3] or ""

    def issued_by_category(self, run_id: str) -> list[tuple[str, int, int]]:
        b, s = BillRow, SubscriptionRow
        rows = self._session.execute(
            select(s.tariff_category_code, func.count(), func.sum(b.amount_minor))
            .join(s, s.id == b.subscription_id)
            .where(b.bill_run_id == run_id)
            .group_by(s.tariff_category_code)
            .order_by(s.tariff_category_code)
        )
        return [(row[0], int(row[1]), int(row[2] or 0)) for row in rows]

    def issued_by_line(self, run_id: str) -> list[tuple[str, str, int, int]]:
        b, line = BillRow, BillLineRow
        rows = self._session.execute(
            select(line.code, line.ledger_account, func.count(), func.sum(line.amount_minor))
            .join(b, b.id == line.bill_id)
            .where(b.bill_run_id == run_id)
            .group_by(line.code, line.ledger_account)
            .order_by(line.ledger_account, line.code)
        )
        return [(row[0], row[1], int(row[2]), int(row[3] or 0)) for row in rows]

    def simulated_by_category(self, run_id: str) -> list[tuple[str, int, int]]:
        i, s = BillRunItemRow, SubscriptionRow
        rows = self._session.execute(
            select(s.tariff_category_code, func.count(), func.sum(i.amount_minor))
            .join(s, s.id == i.subscription_id)
            .where(i.run_id == run_id, i.outcome.in_(("ready", "released")))
            .group_by(s.tariff_category_code)
            .order_by(s.tariff_category_code)
        )
        return [(row[0], int(row[1]), int(row[2] or 0)) for row in rows]

    def not_billed_causes(self, run_id: str) -> list[tuple[str, int]]:
        i = BillRunItemRow
        rows = self._session.execute(
            select(i.cause, func.count())
            .where(i.run_id == run_id, i.outcome == "not_billed")
            .group_by(i.cause)
            .order_by(i.cause)
        )
        return [(row[0], int(row[1])) for row in rows]

    def bill(self, bill_id: str) -> BillRow | None:
        return self._session.get(BillRow, bill_id)

    def bill_lines(self, bill_id: str) -> list[BillLineRow]:
        return list(
            self._session.scalars(
                select(BillLineRow)
                .where(BillLineRow.bill_id == bill_id)
                .order_by(BillLineRow.line_no)
            )
        )

    def unbilled_items_of_agency(
        self, agency_ids: Collection[str] | None, runs: int
    ) -> list[tuple[str, str, str, str, str, datetime]]:
        """(subscription, outcome, cause, run id, run number, finalized at) of the items
        left unbilled by the agencies' last `runs` finalized mass runs, latest run first."""
        r, i = BillRunRow, BillRunItemRow
        recent = select(r.id).where(r.status == "finalized", r.kind == "mass")
        if agency_ids is not None:
            recent = recent.where(r.agency_id.in_(list(agency_ids)))
        run_ids = list(self._session.scalars(recent.order_by(r.finalized_at.desc()).limit(runs)))
        if not run_ids:
            return []
        rows = self._session.execute(
            select(i.subscription_id, i.outcome, i.cause, r.id, r.run_number, r.finalized_at)
            .join(r, r.id == i.run_id)
            .where(i.run_id.in_(run_ids), i.outcome.in_(("held", "excluded", "not_billed")))
            .order_by(r.finalized_at.desc())
        )
        return [(row[0], row[1], row[2], row[3], row[4], row[5]) for row in rows if row[5]]

    def last_invoice_at(self, subscription_ids: Collection[str]) -> dict[str, datetime]:
        b = BillRow
        rows = self._session.execute(
            select(b.subscription_id, func.max(b.created_at))
            .where(
                self._in(b.subscription_id, subscription_ids),
                b.kind == "invoice",
                b.origin == "billing",
            )
            .group_by(b.subscription_id)
        )
        return {row[0]: row[1] for row in rows if row[0] is not None}

    def subscription_labels(
        self, subscription_ids: Collection[str]
    ) -> dict[str, tuple[str, str, str]]:
        """(subscription number, account number, customer name) of each subscription."""
        s, a, cu = SubscriptionRow, CustomerAccountRow, CustomerRow
        rows = self._session.execute(
            select(s.id, s.subscription_number, a.account_number, cu.display_name)
            .join(a, a.id == s.account_id)
            .join(cu, cu.id == a.customer_id)
            .where(self._in(s.id, subscription_ids))
        )
        return {row[0]: (row[1], row[2], row[3]) for row in rows}
