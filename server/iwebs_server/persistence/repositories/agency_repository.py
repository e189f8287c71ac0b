"""Agencies, filtered by the caller's scope (SEC-07)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from iwebs_server.domain.principal import AgencyScope
from iwebs_server.persistence.tables.administration import AgencyRow


class AgencyRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, row: AgencyRow) -> None:
        self._session.add(row)
        self._session.flush()

    def get(self, agency_id: str, scope: AgencyScope | None = None) -> AgencyRow | None:
        row = self._session.get(AgencyRow, agency_id)
        if row is None or (scope is not None and not scope.allows(row.id)):
            return None
        return row

    def by_code(self, code: str) -> AgencyRow | None:
        return self._session.scalar(select(AgencyRow).where(AgencyRow.code == code))

    def existing_ids(self, agency_ids: Sequence[str]) -> set[str]:
        if not agency_ids:
            return set()
        return set(self._session.scalars(select(AgencyRow.id).where(AgencyRow.id.in_(agency_ids))))

    def list_page(self, scope: AgencyScope, offset: int, limit: int) -> list[AgencyRow]:
        query = select(AgencyRow).order_by(AgencyRow.code, AgencyRow.id)
        if not scope.all_agencies:
            query = query.where(AgencyRow.id.in_(scope.agency_ids))
        return list(self._session.scalars(query.offset(offset).limit(limit)))

    def names(self, agency_ids: Sequence[str]) -> dict[str, str]:
        rows = self._session.execute(
            select(AgencyRow.id, AgencyRow.name).where(AgencyRow.id.in_(agency_ids))
        )
        return {agency_id: name for agency_id, name in rows}
