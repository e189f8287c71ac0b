"""Reads made on every RPC, as single statements outside any transaction.

One SELECT checks a call's session, its user, profile version, workstation and the
security policy version together (no BEGIN/ROLLBACK round trips on PostgreSQL): the
security path costs one database round trip per call, and stays exact across server
instances because nothing is cached that a revocation could leave stale."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine, bindparam, literal_column, select

from iwebs_server.persistence.repositories.policy_repository import POLICY_ROW_ID
from iwebs_server.persistence.tables.administration import (
    ProfileRow,
    SecurityPolicyRow,
    UserRow,
    UserSessionRow,
    WorkstationRow,
)


@dataclass(frozen=True)
class SessionCheckRow:
    session_id: str
    workstation_id: str
    must_change_password: bool
    created_at: datetime
    last_seen_at: datetime
    expires_at: datetime
    revoked_at: datetime | None
    user_id: str
    login: str
    user_active: bool
    user_locked_by_administrator: bool
    user_all_agencies: bool
    user_version: int
    profile_id: str
    profile_version: int
    workstation_status: str
    workstation_certificate_serial: str | None
    workstation_certificate_expires_at: datetime | None
    policy_version: int | None
    policy_json: str | None


_SESSION_CHECK = (
    select(
        UserSessionRow.id,
        UserSessionRow.workstation_id,
        UserSessionRow.must_change_password,
        UserSessionRow.created_at,
        UserSessionRow.last_seen_at,
        UserSessionRow.expires_at,
        UserSessionRow.revoked_at,
        UserRow.id,
        UserRow.login,
        UserRow.active,
        UserRow.locked_by_administrator,
        UserRow.all_agencies,
        UserRow.version,
        ProfileRow.id,
        ProfileRow.version,
        WorkstationRow.status,
        WorkstationRow.certificate_serial,
        WorkstationRow.certificate_expires_at,
        SecurityPolicyRow.version,
        SecurityPolicyRow.parameters_json,
    )
    .select_from(UserSessionRow)
    .join(UserRow, UserRow.id == UserSessionRow.user_id)
    .join(ProfileRow, ProfileRow.id == UserRow.profile_id)
    .join(WorkstationRow, WorkstationRow.id == UserSessionRow.workstation_id)
    .outerjoin(SecurityPolicyRow, SecurityPolicyRow.id == literal_column(str(POLICY_ROW_ID)))
    .where(UserSessionRow.token_hash == bindparam("token_hash"))
)


class HotPathReads:
    """Runs the statement on a pooled DBAPI connection, with the SQL compiled once: the
    ORM and Core execution layers cost more than the round trip itself on this path."""

    def __init__(self, engine: Engine) -> None:
        """`engine`: on PostgreSQL an autocommit engine (make_engine(..., autocommit=True))."""
        self._engine = engine
        self._sqlite = engine.dialect.name == "sqlite"
        compiled = _SESSION_CHECK.compile(dialect=engine.dialect)
        self._sql = str(compiled)
        self._positional = engine.dialect.positional
        self._order = compiled.positiontup or []
        assert set(self._order) <= {"token_hash"}, "the statement takes the token hash only"

    def session_check(self, token_hash: str) -> SessionCheckRow | None:
        parameters: tuple[str, ...] | dict[str, str] = (
            tuple(token_hash for _ in self._order)
            if self._positional
            else {"token_hash": token_hash}
        )
        connection = self._engine.raw_connection()
        try:
            cursor = connection.cursor()
            try:
                cursor.execute(self._sql, parameters)
                row = cursor.fetchone()
            finally:
                cursor.close()
            if self._sqlite:
                connection.rollback()
        finally:
            connection.close()
        if row is None:
            return None
        values = list(row)
        for index in _INSTANT_COLUMNS:
            values[index] = _utc(values[index])
        for index in _BOOLEAN_COLUMNS:
            values[index] = bool(values[index])
        return SessionCheckRow(*values)

    def dispose(self) -> None:
        """Closes the pool; a no-op for a shared engine disposed by its owner anyway."""
        self._engine.dispose()


# Positions in _SESSION_CHECK of instants and booleans (SQLite returns text and integers).
_INSTANT_COLUMNS = (3, 4, 5, 6, 17)
_BOOLEAN_COLUMNS = (2, 9, 10, 11)


def _utc(value: object) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    assert isinstance(value, datetime)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
