"""Request ids of state-changing calls already carried out (IDEM-01)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from iwebs_server.persistence.tables.audit import IdempotencyKeyRow


class IdempotencyRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def find(self, request_id: str) -> IdempotencyKeyRow | None:
        query = select(IdempotencyKeyRow).where(IdempotencyKeyRow.request_id == request_id)
        return self._session.scalar(query)

    def add(self, row: IdempotencyKeyRow) -> None:
        self._session.add(row)
        self._session.flush()
