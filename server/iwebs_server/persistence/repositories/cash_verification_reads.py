"""The reads of the cash verifier (CASH-08): every receipt and closure streamed in chain
order as plain rows, and the sums it compares them with, computed by the database.

Rows come as `RowMapping`s (no ORM object per row) and are fetched `yield_per` at a time,
so that 100,000 receipts are read in one pass of bounded memory (T-CASH-1)."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from datetime import date
from typing import Any, cast

from sqlalchemy import Table, and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from iwebs_server.domain.cash_chain import CLOSURE_FIELDS, RECEIPT_FIELDS
from iwebs_server.persistence.tables.administration import AgencyRow
from iwebs_server.persistence.tables.audit import ApprovalRequestRow
from iwebs_server.persistence.tables.cash_desk import (
    AllocationRow,
    CashClosureRow,
    CashMovementRow,
    CashSessionRow,
    ClosureChainHeadRow,
    LedgerEntryRow,
    PaymentTenderRow,
    ReceiptRow,
    ReceiptSeriesRow,
)

STREAM_BATCH = 5000
Row = Mapping[str, Any]
_RECEIPTS: Table = ReceiptRow.__table__  # type: ignore[assignment]
_CLOSURES: Table = CashClosureRow.__table__  # type: ignore[assignment]


class CashVerificationReads:
    def __init__(self, session: Session) -> None:
        self._session = session

    def snapshot(self) -> None:
        """One consistent view for every read that follows (PostgreSQL: REPEATABLE READ;
        a SQLite read transaction is one already)."""
        if self._session.get_bind().dialect.name == "postgresql":
            self._session.connection(execution_options={"isolation_level": "REPEATABLE READ"})

    def agency_ids(self, code: str = "") -> dict[str, str]:
        """agency id -> code: every agency, or the one of `code` (empty when unknown)."""
        query = select(AgencyRow.id, AgencyRow.code)
        if code:
            query = query.where(AgencyRow.code == code.strip().upper())
        return {row.id: row.code for row in self._session.execute(query)}

    def _stream(self, query: Any) -> Iterator[Row]:
        result = self._session.execute(query, execution_options={"yield_per": STREAM_BATCH})
        yield from cast(Iterator[Row], result.mappings())

    def receipts(self, agency_id: str | None) -> Iterator[Row]:
        """Every receipt with its hashed fields, by series then number (the chain order)."""
        columns = [_RECEIPTS.c[name] for name in (*RECEIPT_FIELDS, "previous_hash", "hash")]
        query = select(*columns).order_by(_RECEIPTS.c.series_id, _RECEIPTS.c.number)
        if agency_id is not None:
            query = query.where(_RECEIPTS.c.agency_id == agency_id)
        return self._stream(query)

    def series_heads(self, agency_id: str | None) -> dict[str, tuple[int, str]]:
        query = select(
            ReceiptSeriesRow.id, ReceiptSeriesRow.last_number, ReceiptSeriesRow.last_hash
        )
        if agency_id is not None:
            query = query.where(ReceiptSeriesRow.agency_id == agency_id)
        return {r.id: (r.last_number, r.last_hash) for r in self._session.execute(query)}

    def closures(self, agency_id: str | None) -> Iterator[Row]:
        """Every closure with its hashed fields, by agency then sequence (the chain order)."""
        columns = [_CLOSURES.c[name] for name in (*CLOSURE_FIELDS, "previous_hash", "hash")]
        query = select(*columns).order_by(_CLOSURES.c.agency_id, _CLOSURES.c.sequence)
        if agency_id is not None:
            query = query.where(_CLOSURES.c.agency_id == agency_id)
        return self._stream(query)

    def closure_heads(self, agency_id: str | None) -> dict[str, tuple[int, str, int]]:
        head = ClosureChainHeadRow
        query = select(
            head.agency_id, head.last_sequence, head.last_hash, head.perpetual_total_minor
        )
        if agency_id is not None:
            query = query.where(head.agency_id == agency_id)
        return {
            r.agency_id: (r.last_sequence, r.last_hash, r.perpetual_total_minor)
            for r in self._session.execute(query)
        }

    def sessions(self, agency_id: str | None) -> dict[str, tuple[str, date, int]]:
        """session id -> (agency id, business date, opening float)."""
        s = CashSessionRow
        query = select(s.id, s.agency_id, s.business_date, s.opening_float_minor)
        if agency_id is not None:
            query = query.where(s.agency_id == agency_id)
        return {
            r.id: (r.agency_id, r.business_date, r.opening_float_minor)
            for r in self._session.execute(query)
        }

    def receipt_totals(self, agency_id: str | None) -> dict[str, tuple[int, int, str, str]]:
        """session id -> (receipt count, sum of amounts, first and last receipt number)."""
        r = ReceiptRow
        query = select(
            r.cash_session_id,
            func.count(),
            func.coalesce(func.sum(r.amount_minor), 0),
            func.min(r.receipt_number),
            func.max(r.receipt_number),
        ).group_by(r.cash_session_id)
        if agency_id is not None:
            query = query.where(r.agency_id == agency_id)
        return {
            row[0]: (int(row[1]), int(row[2]), row[3], row[4])
            for row in self._session.execute(query)
        }

    def tender_totals(self, agency_id: str | None) -> dict[tuple[str, str], tuple[int, int]]:
        """(session id, tender kind) -> (sum of the tenders, live tenders: a reversal takes
        one off)."""
        t = PaymentTenderRow
        query = select(
            t.cash_session_id,
            t.mode_kind,
            func.coalesce(func.sum(t.amount_minor), 0),
            func.sum(case((t.reverses_tender_id.is_(None), 1), else_=-1)),
        ).group_by(t.cash_session_id, t.mode_kind)
        if agency_id is not None:
            query = query.join(CashSessionRow, CashSessionRow.id == t.cash_session_id).where(
                CashSessionRow.agency_id == agency_id
            )
        return {
            (row[0], row[1]): (int(row[2]), int(row[3])) for row in self._session.execute(query)
        }

    def movement_totals(self, agency_id: str | None) -> dict[tuple[str, str, str], int]:
        """(session id, movement kind, tender kind) -> sum of the movements."""
        m = CashMovementRow
        query = select(
            m.cash_session_id, m.kind, m.mode_kind, func.coalesce(func.sum(m.amount_minor), 0)
        ).group_by(m.cash_session_id, m.kind, m.mode_kind)
        if agency_id is not None:
            query = query.join(CashSessionRow, CashSessionRow.id == m.cash_session_id).where(
                CashSessionRow.agency_id == agency_id
            )
        return {(row[0], row[1], row[2]): int(row[3]) for row in self._session.execute(query)}

    def cancellations(self, agency_id: str | None) -> Iterator[Row]:
        """Every cancellation receipt with what it points at: the original receipt (None
        fields when missing) and the approval request (None fields when missing)."""
        cancel, original = aliased(ReceiptRow), aliased(ReceiptRow)
        approval = ApprovalRequestRow
        query = (
            select(
                cancel.id,
                cancel.series_id,
                cancel.number,
                cancel.receipt_number,
                cancel.agency_id,
                cancel.amount_minor,
                cancel.cancels_receipt_id,
                cancel.approval_request_id,
                original.id.label("original_id"),
                original.kind.label("original_kind"),
                original.agency_id.label("original_agency_id"),
                original.amount_minor.label("original_amount"),
                approval.id.label("approval_id"),
                approval.kind.label("approval_kind"),
                approval.status.label("approval_status"),
            )
            .outerjoin(original, original.id == cancel.cancels_receipt_id)
            .outerjoin(approval, approval.id == cancel.approval_request_id)
            .where(cancel.kind == "cancellation")
            .order_by(cancel.series_id, cancel.number)
        )
        if agency_id is not None:
            query = query.where(cancel.agency_id == agency_id)
        return self._stream(query)

    def cancelled_twice(self, agency_id: str | None) -> list[tuple[str, int]]:
        """Receipts that more than one cancellation points at."""
        r = ReceiptRow
        query = (
            select(r.cancels_receipt_id, func.count())
            .where(and_(r.kind == "cancellation", r.cancels_receipt_id.is_not(None)))
            .group_by(r.cancels_receipt_id)
            .having(func.count() > 1)
        )
        if agency_id is not None:
            query = query.where(r.agency_id == agency_id)
        return [(str(row[0]), int(row[1])) for row in self._session.execute(query)]

    def receipt_hashes(self, receipt_numbers: Collection[str]) -> dict[str, str]:
        """receipt number -> stored hash, for the numbers given (closures' last receipts)."""
        numbers, found = sorted(set(receipt_numbers)), {}
        for start in range(0, len(numbers), 1000):
            chunk = numbers[start : start + 1000]
            query = select(ReceiptRow.receipt_number, ReceiptRow.hash).where(
                ReceiptRow.receipt_number.in_(chunk)
            )
            found.update({number: digest for number, digest in self._session.execute(query)})
        return found

    def receipt_content_mismatches(self, agency_id: str | None) -> list[Row]:
        """Payment and cancellation receipts whose tenders (net of change) or allocations
        do not add up to their amount."""
        t, a, r = PaymentTenderRow, AllocationRow, ReceiptRow
        tenders = (
            select(t.receipt_id, func.sum(t.amount_minor).label("tendered"))
            .group_by(t.receipt_id)
            .subquery()
        )
        allocated = (
            select(a.receipt_id, func.sum(a.amount_minor).label("allocated"))
            .group_by(a.receipt_id)
            .subquery()
        )
        tendered_sum = func.coalesce(tenders.c.tendered, 0)
        allocated_sum = func.coalesce(allocated.c.allocated, 0)
        query = (
            select(
                r.id,
                r.series_id,
                r.number,
                r.receipt_number,
                r.amount_minor,
                tendered_sum.label("tendered"),
                allocated_sum.label("allocated"),
            )
            .outerjoin(tenders, tenders.c.receipt_id == r.id)
            .outerjoin(allocated, allocated.c.receipt_id == r.id)
            .where(
                r.kind.in_(("payment", "cancellation")),
                or_(tendered_sum != r.amount_minor, allocated_sum != r.amount_minor),
            )
            .order_by(r.series_id, r.number)
        )
        if agency_id is not None:
            query = query.where(r.agency_id == agency_id)
        return [dict(row) for row in self._session.execute(query).mappings()]

    def voucher_mismatches(self, agency_id: str | None) -> list[Row]:
        """Disbursement vouchers whose cash movement is missing or of another amount."""
        r, m = ReceiptRow, CashMovementRow
        query = (
            select(
                r.id,
                r.series_id,
                r.number,
                r.receipt_number,
                r.amount_minor,
                m.id.label("movement_id"),
                m.amount_minor.label("movement_amount"),
            )
            .outerjoin(m, m.id == r.cash_movement_id)
            .where(
                r.kind == "disbursement",
                or_(m.id.is_(None), m.amount_minor != r.amount_minor),
            )
            .order_by(r.series_id, r.number)
        )
        if agency_id is not None:
            query = query.where(r.agency_id == agency_id)
        return [dict(row) for row in self._session.execute(query).mappings()]

    def unbalanced_ledger_groups(self, agency_id: str | None) -> tuple[int, list[Any]]:
        """How many ledger groups there are, and those whose lines do not sum to zero."""
        e = LedgerEntryRow
        groups = select(e.entry_group_id, e.currency_code, func.sum(e.amount_minor).label("total"))
        if agency_id is not None:
            groups = groups.where(e.agency_id == agency_id)
        grouped = groups.group_by(e.entry_group_id, e.currency_code).subquery()
        count = self._session.scalar(select(func.count(func.distinct(grouped.c.entry_group_id))))
        unbalanced = self._session.execute(
            select(grouped.c.entry_group_id, grouped.c.currency_code, grouped.c.total)
            .where(grouped.c.total != 0)
            .order_by(grouped.c.entry_group_id)
        ).all()
        return int(count or 0), list(unbalanced)
