"""The history of changes (ACC-4) and the number series of the customer base."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from iwebs_server.domain.principal import AgencyScope
from iwebs_server.persistence.tables.change_history import RecordChangeRow
from iwebs_server.persistence.tables.customer_base import NumberSeriesRow


class ChangeHistoryRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add_all(self, rows: Sequence[RecordChangeRow]) -> None:
        self._session.add_all(rows)
        self._session.flush()

    def for_customer(
        self,
        customer_id: str,
        entity_type: str,
        entity_id: str,
        offset: int,
        limit: int,
        scope: AgencyScope,
    ) -> list[RecordChangeRow]:
        """The customer's history, without the changes of records kept by agencies out of
        `scope` (an account or premise of another agency, ADM-3)."""
        query = select(RecordChangeRow).where(RecordChangeRow.customer_id == customer_id)
        if not scope.all_agencies:
            query = query.where(
                RecordChangeRow.agency_id.is_(None)
                | RecordChangeRow.agency_id.in_(scope.agency_ids)
            )
        if entity_type:
            query = query.where(RecordChangeRow.entity_type == entity_type)
        if entity_id:
            query = query.where(RecordChangeRow.entity_id == entity_id)
        query = query.order_by(RecordChangeRow.id.desc()).offset(offset).limit(limit)
        return list(self._session.scalars(query))

    def for_entity(
        self, entity_type: str, entity_id: str, offset: int, limit: int
    ) -> list[RecordChangeRow]:
        query = (
            select(RecordChangeRow)
            .where(RecordChangeRow.entity_type == entity_type)
            .where(RecordChangeRow.entity_id == entity_id)
            .order_by(RecordChangeRow.id.desc())
            .offset(offset)
            .limit(limit)
        )
        return list(self._session.scalars(query))


class NumberSeriesRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def take(self, code: str, count: int = 1) -> int:
        """Reserves `count` consecutive numbers of series `code` and returns the first.

        The counter row is updated in the caller's transaction: numbers are unique and,
        when the transaction commits, without gaps (a rollback gives them back)."""
        if count <= 0:
            raise ValueError("count must be positive")
        statement = (
            update(NumberSeriesRow)
            .where(NumberSeriesRow.code == code)
            .values(next_value=NumberSeriesRow.next_value + count)
            .returning(NumberSeriesRow.next_value)
        )
        after = self._session.execute(statement).scalar_one_or_none()
        if after is None:
            self._session.add(NumberSeriesRow(code=code, next_value=1 + count))
            self._session.flush()
            return 1
        return int(after) - count
