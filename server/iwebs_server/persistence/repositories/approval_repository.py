"""Four-eyes approval requests (SEC-08)."""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from iwebs_server.domain.principal import AgencyScope
from iwebs_server.persistence.tables.audit import ApprovalRequestRow


def _in_scope(scope: AgencyScope):  # type: ignore[no-untyped-def]
    # Requests with no agency (the security policy) are for callers with every agency.
    if scope.all_agencies:
        return None
    return ApprovalRequestRow.agency_id.in_(scope.agency_ids)


class ApprovalRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, row: ApprovalRequestRow) -> None:
        self._session.add(row)
        self._session.flush()

    def get(self, approval_id: str, scope: AgencyScope) -> ApprovalRequestRow | None:
        row = self._session.get(ApprovalRequestRow, approval_id)
        if row is None:
            return None
        if not scope.all_agencies and (
            row.agency_id is None or row.agency_id not in scope.agency_ids
        ):
            return None
        return row

    def get_for_update(self, approval_id: str, scope: AgencyScope) -> ApprovalRequestRow | None:
        query = (
            select(ApprovalRequestRow).where(ApprovalRequestRow.id == approval_id).with_for_update()
        )
        condition = _in_scope(scope)
        if condition is not None:
            query = query.where(condition)
        return self._session.scalar(query)

    def list_page(
        self, scope: AgencyScope, offset: int, limit: int, *, status: str = ""
    ) -> list[ApprovalRequestRow]:
        query = select(ApprovalRequestRow).order_by(
            ApprovalRequestRow.requested_at.desc(), ApprovalRequestRow.id
        )
        condition = _in_scope(scope)
        if condition is not None:
            query = query.where(condition)
        if status:
            query = query.where(ApprovalRequestRow.status == status)
        return list(self._session.scalars(query.offset(offset).limit(limit)))

    def pending_for(self, kind: str, object_id: str) -> ApprovalRequestRow | None:
        query = select(ApprovalRequestRow).where(
            ApprovalRequestRow.kind == kind,
            ApprovalRequestRow.object_id == object_id,
            or_(ApprovalRequestRow.status == "pending"),
        )
        return self._session.scalar(query)
