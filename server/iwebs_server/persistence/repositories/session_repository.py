"""User sessions, looked up by the hash of their token (SEC-04)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from iwebs_server.persistence.tables.administration import UserSessionRow


class SessionRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, row: UserSessionRow) -> None:
        self._session.add(row)
        self._session.flush()

    def by_token_hash(self, token_hash: str) -> UserSessionRow | None:
        return self._session.scalar(
            select(UserSessionRow).where(UserSessionRow.token_hash == token_hash)
        )

    def touch(self, session_id: str, at: datetime) -> None:
        self._session.execute(
            update(UserSessionRow).where(UserSessionRow.id == session_id).values(last_seen_at=at)
        )

    def revoke(self, session_id: str, at: datetime, reason: str) -> None:
        self._session.execute(
            update(UserSessionRow)
            .where(UserSessionRow.id == session_id, UserSessionRow.revoked_at.is_(None))
            .values(revoked_at=at, revocation_reason=reason)
        )

    def revoke_all_of_user(self, user_id: str, at: datetime, reason: str) -> int:
        result = self._session.execute(
            update(UserSessionRow)
            .where(UserSessionRow.user_id == user_id, UserSessionRow.revoked_at.is_(None))
            .values(revoked_at=at, revocation_reason=reason)
        )
        return int(result.rowcount)  # type: ignore[attr-defined]

    def revoke_all_of_workstation(self, workstation_id: str, at: datetime, reason: str) -> int:
        result = self._session.execute(
            update(UserSessionRow)
            .where(
                UserSessionRow.workstation_id == workstation_id, UserSessionRow.revoked_at.is_(None)
            )
            .values(revoked_at=at, revocation_reason=reason)
        )
        return int(result.rowcount)  # type: ignore[attr-defined]

    def get(self, session_id: str) -> UserSessionRow | None:
        return self._session.get(UserSessionRow, session_id)
