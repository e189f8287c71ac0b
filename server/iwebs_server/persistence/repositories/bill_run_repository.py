"""Billing batches, bill runs, their chunks and items (FAC-1, FAC-2, FAC-5, FAC-6, FAC-8).

Core statements (no ORM object per subscription on the hot path): a chunk of 2,000
subscriptions costs a constant number of statements whatever its size."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, case, delete, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from iwebs_server.persistence.repositories.bill_run_items import (
    BillRunItems,
)
from iwebs_server.persistence.repositories.change_history_repository import (
    NumberSeriesRepository,
)
from iwebs_server.persistence.repositories.id_lists import IdList
from iwebs_server.persistence.tables.administration import AgencyRow, UserRow
from iwebs_server.persistence.tables.billing import (
    BillingBatchRow,
    BillRunChunkRow,
    BillRunRow,
)
from iwebs_server.persistence.tables.customer_base import (
    CREDITING_BILL,
    BillRow,
    NumberSeriesRow,
    PremiseRow,
    RoundRow,
    SubscriptionRow,
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


class BillRunRepository(BillRunItems):
    """Batches, runs and chunks; the items and the reads of the runs are in BillRunItems."""

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
        """The run, locked until the transaction ends (its status changes one at a time).

        PostgreSQL FOR NO KEY UPDATE: it does not conflict with the KEY SHARE locks that the
        chunks' inserts (items, chunks: foreign keys to the run) take on the row, so two
        workers ending chunks of the same run queue here instead of deadlocking."""
        return self._session.scalars(
            select(BillRunRow)
            .where(BillRunRow.id == run_id)
            .with_for_update(key_share=True)
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

    def ensure_series(self, code: str) -> None:
        """The number series row exists (next value 1 when new), without a race between two
        workers taking the first numbers of a new series (the second waits, then skips)."""
        table: Any = NumberSeriesRow.__table__
        insert = pg_insert if self.bulk.postgresql else sqlite_insert
        statement: Any = insert(table).values(code=code, next_value=1)
        self._session.execute(statement.on_conflict_do_nothing(index_elements=["code"]))

    def lock_series(self, code: str) -> None:
        """Holds the number series row until the transaction ends (PostgreSQL; SQLite's
        writing transaction already excludes every other writer). Every issuer of bills of
        an agency and year takes it: what it reads next includes every bill committed
        before it."""
        if self.bulk.postgresql:
            self._session.execute(
                select(NumberSeriesRow.code).where(NumberSeriesRow.code == code).with_for_update()
            )

    def issued_invoice_periods(
        self, subscription_ids: Collection[str], period_start: date, period_end: date
    ) -> list[tuple[str, date, date]]:
        """(subscription, period start, period end) of the issued invoices of these
        subscriptions that meet [period_start, period_end] and have no credit note."""
        ids = IdList(self._session, subscription_ids, "invoice_subscriptions")
        if not ids:
            return []
        credit = CREDITING_BILL
        credited = select(credit.id).where(credit.credits_bill_id == BillRow.id).exists()
        query = select(BillRow.subscription_id, BillRow.period_start, BillRow.period_end).where(
            ids.contains(BillRow.subscription_id),
            BillRow.kind == "invoice",
            BillRow.period_start <= period_end,
            BillRow.period_end >= period_start,
            ~credited,
        )
        return [
            (row[0], row[1], row[2])
            for row in self._session.execute(query)
            if row[0] is not None and row[1] is not None and row[2] is not None
        ]

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
            # Finalization takes the n-th chunk of every run before any (n+1)-th: runs are
            # agencies, and two workers on one agency would wait on its number series from
            # taking numbers to commit; simulation keeps to one run at a time.
            .order_by(
                case((c.phase == FINALIZE, c.chunk_no), else_=0), r.created_at, r.id, c.chunk_no
            )
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


def split_codes(text: str) -> list[str]:
    return [part for part in (p.strip() for p in text.split(",")) if part]
