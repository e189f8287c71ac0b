"""Principals and session views, with rights and agencies cached by version.

Rights are cached per (profile id, profile version) and agencies per (user id, user
version): an administrator's change bumps the version, so every server instance sees it
on its next call without any cross-instance message."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import timedelta

from iwebs_server.application.views import SessionView
from iwebs_server.domain.principal import AgencyScope, Principal
from iwebs_server.domain.security_policy import SecurityPolicy
from iwebs_server.persistence.tables.administration import ProfileRow, UserRow, UserSessionRow
from iwebs_server.persistence.unit_of_work import UnitOfWork

_MAX_ENTRIES = 20_000


class VersionedCache:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: dict[tuple[str, str, int], frozenset[str]] = {}

    def get(
        self, kind: str, key: str, version: int, load: Callable[[], frozenset[str]]
    ) -> frozenset[str]:
        entry = (kind, key, version)
        with self._lock:
            found = self._entries.get(entry)
        if found is None:
            found = load()
            with self._lock:
                if len(self._entries) > _MAX_ENTRIES:
                    self._entries.clear()
                self._entries[entry] = found
        return found


class SessionReader:
    def __init__(self, cache: VersionedCache | None = None) -> None:
        self.cache = cache or VersionedCache()

    def rights(self, uow: UnitOfWork, profile_id: str, version: int) -> frozenset[str]:
        return self.cache.get(
            "rights", profile_id, version, lambda: uow.profiles.rights_of(profile_id)
        )

    def agencies(self, uow: UnitOfWork, user_id: str, version: int) -> frozenset[str]:
        return self.cache.get(
            "agencies", user_id, version, lambda: frozenset(uow.users.agency_ids(user_id))
        )

    def principal(
        self, uow: UnitOfWork, session: UserSessionRow, user: UserRow, profile: ProfileRow
    ) -> Principal:
        return Principal(
            user_id=user.id,
            login=user.login,
            session_id=session.id,
            workstation_id=session.workstation_id,
            rights=self.rights(uow, profile.id, profile.version),
            scope=AgencyScope(self.agencies(uow, user.id, user.version), user.all_agencies),
            must_change_password=session.must_change_password,
        )

    def view(
        self,
        uow: UnitOfWork,
        session: UserSessionRow,
        user: UserRow,
        profile: ProfileRow,
        policy: SecurityPolicy,
    ) -> SessionView:
        principal = self.principal(uow, session, user, profile)
        workstation = uow.workstations.get(session.workstation_id)
        assert workstation is not None
        agency = uow.agencies.get(workstation.agency_id)
        return SessionView(
            user_id=user.id,
            login=user.login,
            display_name=user.display_name,
            profile_code=profile.code,
            profile_name=profile.name,
            rights=tuple(sorted(principal.rights)),
            agency_ids=tuple(sorted(principal.scope.agency_ids)),
            all_agencies=user.all_agencies,
            workstation_id=workstation.id,
            workstation_name=workstation.name,
            workstation_agency_id=workstation.agency_id,
            workstation_agency_name=agency.name if agency else "",
            must_change_password=session.must_change_password,
            expires_at=session.expires_at,
            idle_timeout_seconds=int(
                timedelta(minutes=policy.session_idle_timeout_minutes).total_seconds()
            ),
            preferred_language=user.preferred_language,
        )
