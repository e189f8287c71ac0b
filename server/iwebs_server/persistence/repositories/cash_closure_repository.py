"""Closures (CASH-04): session and day closures, their denomination counts, and the head of
each agency's closure chain.

The chain head is the one row a closure changes: `lock_head` creates it on first use with an
INSERT that a concurrent twin cannot duplicate (ON CONFLICT DO NOTHING), then locks it, so
that closures of an agency take their sequence numbers one at a time, gap-free."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from iwebs_server.domain.cash_chain import GENESIS_HASH
from iwebs_server.domain.principal import AgencyScope
from iwebs_server.persistence.tables.cash_desk import (
    CashClosureRow,
    ClosureChainHeadRow,
    DenominationCountRow,
)

SESSION_LEVEL, DAY_LEVEL = "session", "day"


class CashClosureRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, row: CashClosureRow) -> None:
        self._session.add(row)
        self._session.flush()

    def add_counts(self, rows: list[DenominationCountRow]) -> None:
        self._session.add_all(rows)
        self._session.flush()

    def get(self, closure_id: str, scope: AgencyScope) -> CashClosureRow | None:
        row = self._session.get(CashClosureRow, closure_id)
        if row is None or not scope.allows(row.agency_id):
            return None
        return row

    def of_session(self, cash_session_id: str) -> CashClosureRow | None:
        return self._session.scalars(
            select(CashClosureRow).where(CashClosureRow.cash_session_id == cash_session_id)
        ).first()

    def of_agency_on(
        self, agency_id: str, business_date: date, level: str = ""
    ) -> list[CashClosureRow]:
        query = select(CashClosureRow).where(
            CashClosureRow.agency_id == agency_id, CashClosureRow.business_date == business_date
        )
        if level:
            query = query.where(CashClosureRow.level == level)
        return list(self._session.scalars(query.order_by(CashClosureRow.sequence)))

    def chain(self, agency_id: str) -> list[CashClosureRow]:
        """An agency's closures in chain order (for the verifier)."""
        return list(
            self._session.scalars(
                select(CashClosureRow)
                .where(CashClosureRow.agency_id == agency_id)
                .order_by(CashClosureRow.sequence)
            )
        )

    def counts(self, closure_id: str) -> list[DenominationCountRow]:
        """A closure's denomination lines, largest value first."""
        return list(
            self._session.scalars(
                select(DenominationCountRow)
                .where(DenominationCountRow.closure_id == closure_id)
                .order_by(
                    DenominationCountRow.unit_value_minor.desc(),
                    DenominationCountRow.denomination_code,
                )
            )
        )

    def head(self, agency_id: str) -> ClosureChainHeadRow | None:
        return self._session.get(ClosureChainHeadRow, agency_id)

    def lock_head(self, agency_id: str) -> ClosureChainHeadRow:
        """The agency's chain head, created at GENESIS on first use, locked until commit."""
        values = {
            "agency_id": agency_id,
            "last_sequence": 0,
            "last_hash": GENESIS_HASH,
            "perpetual_total_minor": 0,
        }
        dialect = self._session.get_bind().dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        self._session.execute(insert(ClosureChainHeadRow).values(**values).on_conflict_do_nothing())
        row = self._session.scalars(
            select(ClosureChainHeadRow)
            .where(ClosureChainHeadRow.agency_id == agency_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        ).one()
        return row
