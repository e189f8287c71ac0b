"""The supervisor's reads over several agencies at once (CSH-7, CSH-12): the sessions of a
business day, an agency's receipts of a day, and closures, each in one query whatever the
number of agencies in scope (the till view is polled every few seconds)."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from iwebs_server.persistence.tables.administration import AgencyRow
from iwebs_server.persistence.tables.cash_desk import CashClosureRow, CashSessionRow, ReceiptRow


class CashSupervisionRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def agencies(self, agency_ids: Collection[str] | None) -> list[AgencyRow]:
        """The active agencies among `agency_ids` (None: every active agency), by code."""
        query = select(AgencyRow).where(AgencyRow.active.is_(True))
        if agency_ids is not None:
            if not agency_ids:
                return []
            query = query.where(AgencyRow.id.in_(list(agency_ids)))
        return list(self._session.scalars(query.order_by(AgencyRow.code)))

    def sessions_on(self, days: dict[str, date]) -> list[CashSessionRow]:
        """The sessions of each agency (key) on its business day (value), by agency then
        opening time."""
        if not days:
            return []
        by_date: dict[date, list[str]] = {}
        for agency_id, day in days.items():
            by_date.setdefault(day, []).append(agency_id)
        rows: list[CashSessionRow] = []
        for day, agency_ids in sorted(by_date.items()):
            rows.extend(
                self._session.scalars(
                    select(CashSessionRow).where(
                        CashSessionRow.business_date == day,
                        CashSessionRow.agency_id.in_(agency_ids),
                    )
                )
            )
        order = {agency_id: index for index, agency_id in enumerate(days)}
        rows.sort(key=lambda r: (order[r.agency_id], r.opened_at, r.id))
        return rows

    def agency_receipts(
        self, agency_id: str, business_date: date, offset: int, limit: int
    ) -> list[ReceiptRow]:
        """The receipts of the agency's sessions of that day, newest first."""
        sessions = select(CashSessionRow.id).where(
            CashSessionRow.agency_id == agency_id, CashSessionRow.business_date == business_date
        )
        query = (
            select(ReceiptRow)
            .where(ReceiptRow.agency_id == agency_id, ReceiptRow.cash_session_id.in_(sessions))
            .order_by(ReceiptRow.series_id.desc(), ReceiptRow.number.desc())
            .offset(offset)
            .limit(limit)
        )
        return list(self._session.scalars(query))

    def closures(
        self, agency_ids: Collection[str] | None, offset: int, limit: int
    ) -> list[CashClosureRow]:
        """Closures of the agencies (None: every agency), the latest first."""
        query = select(CashClosureRow)
        if agency_ids is not None:
            if not agency_ids:
                return []
            query = query.where(CashClosureRow.agency_id.in_(list(agency_ids)))
        query = query.order_by(
            CashClosureRow.closed_at.desc(),
            CashClosureRow.agency_id,
            CashClosureRow.sequence.desc(),
        )
        return list(self._session.scalars(query.offset(offset).limit(limit)))
