"""Billing batches, bill runs, their chunks and items (FAC-1, FAC-2, FAC-5, FAC-6, FAC-8).

Core statements (no ORM object per subscription on the hot path): a chunk of 2,000
subscriptions costs a constant number of statements whatever its size."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, case, delete, func, or_, select, update
from sqlalchemy.orm import Session

from iwebs_server.persistence.repositories.bill_run_bulk import BulkRows, ids_in
from iwebs_server.persistence.repositories.change_history_repository import (
    NumberSeriesRepository,
)
from iwebs_server.persistence.tables.administration import AgencyRow, UserRow
from iwebs_server.persistence.tables.billing import (
    BillingBatchRow,
    BillLineRow,
    BillRunChunkRow,
    BillRunItemRow,
    BillRunRow,
)
from iwebs_server.persistence.tables.customer_base import (
    BillRow,
    CustomerAccountRow,
    CustomerPhoneRow,
    CustomerRow,
    PremiseRow,
    RoundRow,
    SubscriptionRow,
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
)

PENDING, DONE = "pending", "done"
SIMULATE, FINALIZE = "simulate", "finalize"
# products billed by runs: a prepaid meter is paid before it is used
NOT_BILLED_PRODUCTS = ("PREPAID", "prepaid")


@dataclass(frozen=True)
class ClaimedChunk:
    run_id: str
    phase: str
    chunk_no: int
    subscription_ids: tuple[str, ...]


@dataclass(frozen=True)
class ChunkProgress:
    chunks_total: int
    chunks_done: int
    items_total: int
    items_done: int
    errors: int
    billed: int
    not_billed: int
    amount_minor: int
    started_at: datetime | None
    finished_at: datetime | None


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


@dataclass(frozen=True)
class Contact:
    """What the `bill.issued` event tells the sender about the payer (FAC-9)."""

    account_number: str
    customer_name: str
    email: str
    ebill_opt_in: bool
    phone: str
    sms_opt_in: bool
    language: str


class BillRunRepository:
    def __init__(self, session: Session) -> None:
        self._session = session
        self._bulk: BulkRows | None = None

    @property
    def bulk(self) -> BulkRows:
        if self._bulk is None:
            self._bulk = BulkRows(self._session)
        return self._bulk

    def _in(self, column: Any, ids: Collection[str]) -> Any:
        return ids_in(column, ids, self.bulk.postgresql)

    # -- batches ------------------------------------------------------------------------
    def add_batch(self, row: BillingBatchRow) -> None:
        self._session.add(row)
        self._session.flush()

    def batch(self, batch_id: str) -> BillingBatchRow | None:
        return self._session.get(BillingBatchRow, batch_id)

    def batch_by_code(self, agency_id: str, code: str) -> BillingBatchRow | None:
        return self._session.scalars(
            select(BillingBatchRow).where(
                BillingBatchRow.agency_id == agency_id, BillingBatchRow.code == code
            )
        ).first()

    def batches(
        self, agency_ids: Collection[str] | None, include_inactive: bool, offset: int, limit: int
    ) -> list[BillingBatchRow]:
        query = select(BillingBatchRow)
        if agency_ids is not None:
            query = query.where(BillingBatchRow.agency_id.in_(list(agency_ids)))
        if not include_inactive:
            query = query.where(BillingBatchRow.active.is_(True))
        query = query.order_by(BillingBatchRow.code, BillingBatchRow.id).offset(offset).limit(limit)
        return list(self._session.scalars(query))

    def rounds_of_agency(self, agency_id: str, round_ids: Collection[str]) -> set[str]:
        if not round_ids:
            return set()
        return set(
            self._session.scalars(
                select(RoundRow.id).where(
                    RoundRow.agency_id == agency_id, RoundRow.id.in_(list(round_ids))
                )
            )
        )

    def _selection(self, batch: BillingBatchRow, period_start: date, period_end: date) -> Any:
        s, p = SubscriptionRow, PremiseRow
        conditions = [
            s.agency_id == batch.agency_id,
            s.product_code.not_in(NOT_BILLED_PRODUCTS),
            or_(
                and_(
                    s.status == "active",
                    or_(s.activated_on.is_(None), s.activated_on <= period_end),
                ),
                and_(s.status == "suspended", s.suspended_on >= period_start),
                and_(s.status == "terminated", s.terminated_on >= period_start),
            ),
        ]
        if batch.service:
            conditions.append(s.service == batch.service)
        if batch.billing_periodicity:
            conditions.append(s.billing_periodicity == batch.billing_periodicity)
        categories = split_codes(batch.tariff_category_codes)
        if categories:
            conditions.append(s.tariff_category_code.in_(categories))
        rounds = split_codes(batch.round_ids)
        if rounds:
            conditions.append(p.round_id.in_(rounds))
        return conditions

    def batch_subscription_ids(
        self, batch: BillingBatchRow, period_start: date, period_end: date
    ) -> list[tuple[str, str]]:
        """(subscription id, account id) the batch bills for the period, in round order:
        round code, place in the round, premise, subscription. Active subscriptions, and
        cut or terminated ones the period still concerns (cut or ended after its start)."""
        s, p, r = SubscriptionRow, PremiseRow, RoundRow
        query = (
            select(s.id, s.account_id)
            .join(p, p.id == s.premise_id)
            .outerjoin(r, r.id == p.round_id)
            .where(*self._selection(batch, period_start, period_end))
            .order_by(
                func.coalesce(r.code, "~"),
                func.coalesce(p.round_order, 0),
                p.premise_number,
                s.subscription_number,
            )
        )
        return [(row[0], row[1]) for row in self._session.execute(query)]

    def count_batch_subscriptions(self, batch: BillingBatchRow, on: date) -> int:
        s, p = SubscriptionRow, PremiseRow
        query = (
            select(func.count())
            .select_from(s)
            .join(p, p.id == s.premise_id)
            .where(*self._selection(batch, on, on))
        )
        return int(self._session.execute(query).scalar_one())

    # -- runs -----------------------------------------------------------------------------
    def add_run(self, row: BillRunRow) -> None:
        self._session.add(row)
        self._session.flush()

    def run(self, run_id: str) -> BillRunRow | None:
        return self._session.get(BillRunRow, run_id)

    def run_by_number(self, run_number: str) -> BillRunRow | None:
        return self._session.scalars(
            select(BillRunRow).where(BillRunRow.run_number == run_number)
        ).first()

    def lock_run(self, run_id: str) -> BillRunRow | None:
        """The run, locked until the transaction ends (its status changes one at a time)."""
        return self._session.scalars(
            select(BillRunRow)
            .where(BillRunRow.id == run_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        ).first()

    def runs(
        self,
        agency_ids: Collection[str] | None,
        batch_id: str,
        statuses: Collection[str],
        offset: int,
        limit: int,
    ) -> list[BillRunRow]:
        query = select(BillRunRow)
        if agency_ids is not None:
            query = query.where(BillRunRow.agency_id.in_(list(agency_ids)))
        if batch_id:
            query = query.where(BillRunRow.batch_id == batch_id)
        if statuses:
            query = query.where(BillRunRow.status.in_(list(statuses)))
        query = query.order_by(BillRunRow.created_at.desc(), BillRunRow.id).offset(offset)
        return list(self._session.scalars(query.limit(limit)))

    def add_single_run(
        self,
        *,
        run_id: str,
        kind: str,
        agency_id: str,
        period_label: str,
        period_start: date,
        period_end: date,
        bill_date: date,
        due_date: date,
        currency_code: str,
        created_by: str,
        now: datetime,
        run_number: str = "",
    ) -> BillRunRow:
        """The run row of an individual or final bill (kind individual | final), written
        finalized at once by BILLS in the transaction that issues the bill (BillWriter.issue
        with this run's id). The run number is the agency's next one unless given."""
        row = BillRunRow(
            id=run_id,
            run_number=run_number or self.next_run_number(agency_id, bill_date.year),
            kind=kind,
            batch_id=None,
            agency_id=agency_id,
            period_label=period_label,
            period_start=period_start,
            period_end=period_end,
            bill_date=bill_date,
            due_date=due_date,
            currency_code=currency_code,
            status="finalized",
            total_items=1,
            created_by=created_by,
            created_at=now,
            simulated_at=now,
            finalize_requested_by=created_by,
            finalize_requested_at=now,
            finalized_at=now,
            version=1,
        )
        self._session.add(row)
        self._session.flush()
        return row

    def next_run_number(self, agency_id: str, year: int) -> str:
        """`<agency code>-RUN-<year>-00001`, gap-free per agency and year."""
        code = self.agency_codes([agency_id])[agency_id]
        sequence = NumberSeriesRepository(self._session).take(f"BILLRUN-{code}-{year}")
        return f"{code}-RUN-{year}-{sequence:05d}"

    def logins(self, user_ids: Collection[str]) -> dict[str, str]:
        ids = [i for i in set(user_ids) if i]
        if not ids:
            return {}
        rows = self._session.execute(select(UserRow.id, UserRow.login).where(UserRow.id.in_(ids)))
        return {row[0]: row[1] for row in rows}

    def batch_codes(self, batch_ids: Collection[str]) -> dict[str, str]:
        ids = [i for i in set(batch_ids) if i]
        if not ids:
            return {}
        rows = self._session.execute(
            select(BillingBatchRow.id, BillingBatchRow.code).where(BillingBatchRow.id.in_(ids))
        )
        return {row[0]: row[1] for row in rows}

    def open_run_of_batch(self, batch_id: str) -> BillRunRow | None:
        return self._session.scalars(
            select(BillRunRow).where(
                BillRunRow.batch_id == batch_id,
                BillRunRow.status.in_(("simulating", "simulated", "finalizing")),
            )
        ).first()

    def subscription_rows(self, columns: Sequence[Any], ids: Collection[str]) -> list[Any]:
        """`columns` of the subscriptions of these ids (one statement)."""
        return list(
            self._session.execute(select(*columns).where(self._in(SubscriptionRow.id, ids)))
        )

    def agency_codes(self, agency_ids: Collection[str]) -> dict[str, str]:
        rows = self._session.execute(
            select(AgencyRow.id, AgencyRow.code).where(AgencyRow.id.in_(list(agency_ids)))
        )
        return {row[0]: row[1] for row in rows}

    # -- chunks ---------------------------------------------------------------------------
    def add_chunks(self, run_id: str, phase: str, slices: Sequence[Sequence[str]]) -> None:
        rows = [
            (run_id, phase, number, ",".join(ids), len(ids), PENDING, 0, 0, 0, 0, "")
            for number, ids in enumerate(slices, start=1)
        ]
        self.bulk.insert(
            "bill_run_chunks",
            (
                "run_id",
                "phase",
                "chunk_no",
                "subscription_ids",
                "item_count",
                "status",
                "billed_count",
                "not_billed_count",
                "error_count",
                "amount_minor",
                "worker",
            ),
            rows,
        )

    def delete_chunks(self, run_id: str, phase: str) -> None:
        self._session.execute(
            delete(BillRunChunkRow).where(
                BillRunChunkRow.run_id == run_id, BillRunChunkRow.phase == phase
            )
        )

    def claim_chunk(
        self, worker: str, now: datetime, key: tuple[str, str, int] | None = None
    ) -> ClaimedChunk | None:
        """The next pending chunk of a run in the matching status (or the chunk `key` if
        still pending), locked by this transaction (PostgreSQL: FOR UPDATE SKIP LOCKED, so
        that workers never wait on each other; SQLite: the transaction is the only
        writer)."""
        c, r = BillRunChunkRow, BillRunRow
        conditions: list[Any] = [
            c.status == PENDING,
            or_(
                and_(r.status == "simulating", c.phase == SIMULATE),
                and_(r.status == "finalizing", c.phase == FINALIZE),
            ),
        ]
        if key is not None:
            conditions += [c.run_id == key[0], c.phase == key[1], c.chunk_no == key[2]]
        query = (
            select(c.run_id, c.phase, c.chunk_no, c.subscription_ids)
            .join(r, r.id == c.run_id)
            .where(*conditions)
            .order_by(r.created_at, r.id, c.chunk_no)
            .limit(1)
            .with_for_update(of=c, skip_locked=True)
        )
        row = self._session.execute(query).first()
        if row is None:
            return None
        self._session.execute(
            update(c)
            .where(c.run_id == row[0], c.phase == row[1], c.chunk_no == row[2])
            .values(worker=worker[:64], started_at=now)
        )
        ids = tuple(row[3].split(",")) if row[3] else ()
        return ClaimedChunk(row[0], row[1], row[2], ids)

    def has_pending_chunks(self) -> bool:
        """Whether any run in progress has a pending chunk (what an idle worker polls)."""
        c, r = BillRunChunkRow, BillRunRow
        query = (
            select(c.chunk_no)
            .join(r, r.id == c.run_id)
            .where(c.status == PENDING, r.status.in_(("simulating", "finalizing")))
            .limit(1)
        )
        return self._session.execute(query).first() is not None

    def finish_chunk(
        self,
        chunk: ClaimedChunk,
        *,
        billed: int,
        not_billed: int,
        errors: int,
        amount_minor: int,
        now: datetime,
    ) -> None:
        c = BillRunChunkRow
        self._session.execute(
            update(c)
            .where(c.run_id == chunk.run_id, c.phase == chunk.phase, c.chunk_no == chunk.chunk_no)
            .values(
                status=DONE,
                billed_count=billed,
                not_billed_count=not_billed,
                error_count=errors,
                amount_minor=amount_minor,
                finished_at=now,
            )
        )

    def pending_chunks(self, run_id: str, phase: str) -> int:
        c = BillRunChunkRow
        return int(
            self._session.execute(
                select(func.count()).where(
                    c.run_id == run_id, c.phase == phase, c.status == PENDING
                )
            ).scalar_one()
        )

    def progress(self, run_id: str, phase: str) -> ChunkProgress:
        c = BillRunChunkRow
        done = c.status == DONE
        row = self._session.execute(
            select(
                func.count(),
                func.coalesce(func.sum(case((done, 1), else_=0)), 0),
                func.coalesce(func.sum(c.item_count), 0),
                func.coalesce(func.sum(case((done, c.item_count), else_=0)), 0),
                func.coalesce(func.sum(c.error_count), 0),
                func.coalesce(func.sum(c.billed_count), 0),
                func.coalesce(func.sum(c.not_billed_count), 0),
                func.coalesce(func.sum(c.amount_minor), 0),
                func.min(c.started_at),
                func.max(c.finished_at),
            ).where(c.run_id == run_id, c.phase == phase)
        ).one()
        counts = [int(v) for v in row[:8]]
        return ChunkProgress(
            chunks_total=counts[0],
            chunks_done=counts[1],
            items_total=counts[2],
            items_done=counts[3],
            errors=counts[4],
            billed=counts[5],
            not_billed=counts[6],
            amount_minor=counts[7],
            started_at=row[8],
            finished_at=row[9],
        )

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
            .where(BillRunChunkRow.run_id == run_id, BillRunChunkRow.phase == SIMULATE)
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

    def simulated_amounts(
        self, run_id: str, subscription_ids: Collection[str]
    ) -> dict[str, tuple[str, int]]:
        """(outcome, simulated amount) of the run's items of these subscriptions."""
        i = BillRunItemRow
        rows = self._session.execute(
            select(i.subscription_id, i.outcome, i.amount_minor).where(
                i.run_id == run_id, self._in(i.subscription_id, subscription_ids)
            )
        )
        return {row[0]: (row[1], int(row[2])) for row in rows}

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

    def contacts(self, account_ids: Collection[str]) -> dict[str, Contact]:
        """The payer of each account, with the customer's first phone (two statements)."""
        a, cu, ph = CustomerAccountRow, CustomerRow, CustomerPhoneRow
        rows = self._session.execute(
            select(
                a.id,
                a.account_number,
                cu.display_name,
                cu.email,
                cu.ebill_opt_in,
                cu.sms_opt_in,
                cu.preferred_language,
                cu.id,
            )
            .join(cu, cu.id == a.customer_id)
            .where(self._in(a.id, account_ids))
        ).all()
        customers = {row[7] for row in rows if row[5]}
        phones: dict[str, tuple[int, str]] = {}
        if customers:
            for customer_id, position, number in self._session.execute(
                select(ph.customer_id, ph.position, ph.number).where(
                    self._in(ph.customer_id, customers)
                )
            ):
                known = phones.get(customer_id)
                if known is None or position < known[0]:
                    phones[customer_id] = (position, number)
        return {
            row[0]: Contact(
                row[1],
                row[2],
                row[3] or "",
                bool(row[4]),
                phones.get(row[7], (0, ""))[1],
                bool(row[5]),
                row[6],
            )
            for row in rows
        }

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


def split_codes(text: str) -> list[str]:
    return [part for part in (p.strip() for p in text.split(",")) if part]
