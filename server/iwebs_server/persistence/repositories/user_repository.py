"""Users, their agencies, password history and the failed-login throttle."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete, exists, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from iwebs_server.domain.principal import AgencyScope
from iwebs_server.persistence.tables.administration import (
    LoginThrottleRow,
    PasswordHistoryRow,
    UserAgencyRow,
    UserRow,
)


class UserRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, row: UserRow, agency_ids: Iterable[str]) -> None:
        self._session.add(row)
        self._session.flush()
        self.set_agencies(row.id, agency_ids)

    def get(self, user_id: str) -> UserRow | None:
        return self._session.get(UserRow, user_id)

    def get_for_update(self, user_id: str) -> UserRow | None:
        return self._session.scalar(select(UserRow).where(UserRow.id == user_id).with_for_update())

    def by_login(self, login: str) -> UserRow | None:
        return self._session.scalar(select(UserRow).where(UserRow.login == login))

    def visible(self, user_id: str, scope: AgencyScope) -> UserRow | None:
        """The user, if every agency of theirs lies inside the caller's scope (SEC-07)."""
        row = self.get(user_id)
        if row is None or not scope.covers(self.agency_ids(row.id), row.all_agencies):
            return None
        return row

    def list_page(
        self,
        scope: AgencyScope,
        offset: int,
        limit: int,
        *,
        agency_id: str = "",
        login_contains: str = "",
    ) -> list[UserRow]:
        query = select(UserRow).order_by(UserRow.login)
        if not scope.all_agencies:
            outside = exists().where(
                UserAgencyRow.user_id == UserRow.id,
                UserAgencyRow.agency_id.not_in(scope.agency_ids),
            )
            query = query.where(UserRow.all_agencies.is_(False), ~outside)
        if agency_id:
            query = query.where(
                exists().where(
                    UserAgencyRow.user_id == UserRow.id, UserAgencyRow.agency_id == agency_id
                )
            )
        if login_contains:
            query = query.where(UserRow.login.contains(login_contains.casefold(), autoescape=True))
        return list(self._session.scalars(query.offset(offset).limit(limit)))

    def agency_ids(self, user_id: str) -> list[str]:
        query = select(UserAgencyRow.agency_id).where(UserAgencyRow.user_id == user_id)
        return sorted(self._session.scalars(query))

    def set_agencies(self, user_id: str, agency_ids: Iterable[str]) -> None:
        self._session.execute(delete(UserAgencyRow).where(UserAgencyRow.user_id == user_id))
        self._session.add_all(UserAgencyRow(user_id=user_id, agency_id=a) for a in set(agency_ids))
        self._session.flush()

    def add_password_history(self, user_id: str, password_hash: str, at: datetime) -> None:
        self._session.add(
            PasswordHistoryRow(user_id=user_id, password_hash=password_hash, created_at=at)
        )

    def recent_password_hashes(self, user_id: str, count: int) -> list[str]:
        if count <= 0:
            return []
        query = (
            select(PasswordHistoryRow.password_hash)
            .where(PasswordHistoryRow.user_id == user_id)
            .order_by(PasswordHistoryRow.id.desc())
            .limit(count)
        )
        return list(self._session.scalars(query))

    # failed-login throttle (SEC-03)
    def throttle(self, login_key: str) -> LoginThrottleRow | None:
        query = select(LoginThrottleRow).where(LoginThrottleRow.login_key == login_key)
        return self._session.scalar(query.with_for_update())

    def throttle_for_update(self, login_key: str, now: datetime) -> LoginThrottleRow:
        """The login's throttle row, created if missing, locked for this transaction."""
        row = self.throttle(login_key)
        if row is not None:
            return row
        try:
            with self._session.begin_nested():
                self._session.add(
                    LoginThrottleRow(login_key=login_key, failed_count=0, updated_at=now)
                )
        except IntegrityError:
            pass  # a concurrent failure created it first
        row = self.throttle(login_key)
        assert row is not None
        return row

    def throttle_locked_until(self, login_key: str) -> datetime | None:
        query = select(LoginThrottleRow.locked_until).where(LoginThrottleRow.login_key == login_key)
        return self._session.scalar(query)
