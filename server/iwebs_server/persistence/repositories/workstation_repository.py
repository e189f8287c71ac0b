"""Registered workstations (ADM-7)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from iwebs_server.domain.principal import AgencyScope
from iwebs_server.persistence.tables.administration import WorkstationRow


class WorkstationRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, row: WorkstationRow) -> None:
        self._session.add(row)
        self._session.flush()

    def get(self, workstation_id: str, scope: AgencyScope | None = None) -> WorkstationRow | None:
        row = self._session.get(WorkstationRow, workstation_id)
        if row is None or (scope is not None and not scope.allows(row.agency_id)):
            return None
        return row

    def get_for_update(self, workstation_id: str) -> WorkstationRow | None:
        query = select(WorkstationRow).where(WorkstationRow.id == workstation_id)
        return self._session.scalar(query.with_for_update())

    def by_name(self, name: str) -> WorkstationRow | None:
        return self._session.scalar(select(WorkstationRow).where(WorkstationRow.name == name))

    def by_enrollment_prefix(self, prefix: str) -> WorkstationRow | None:
        query = select(WorkstationRow).where(WorkstationRow.enrollment_code_prefix == prefix)
        return self._session.scalar(query.with_for_update())

    def list_page(
        self, scope: AgencyScope, offset: int, limit: int, *, agency_id: str = ""
    ) -> list[WorkstationRow]:
        query = select(WorkstationRow).order_by(WorkstationRow.name)
        if not scope.all_agencies:
            query = query.where(WorkstationRow.agency_id.in_(scope.agency_ids))
        if agency_id:
            query = query.where(WorkstationRow.agency_id == agency_id)
        return list(self._session.scalars(query.offset(offset).limit(limit)))
