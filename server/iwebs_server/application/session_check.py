"""The per-call session check (SEC-04, SEC-05): one database read per RPC.

The read also brings the workstation's standing (SEC-13) and the policy version, so a
revoked workstation, a closed session or a disabled user is refused on the very next call
on every server instance."""

from __future__ import annotations

import threading

from iwebs_server.application.clock import Clock
from iwebs_server.application.session_reader import SessionReader
from iwebs_server.application.workstation_identity import (
    PresentedCertificate,
    WorkstationIdentifier,
)
from iwebs_server.domain import sessions
from iwebs_server.domain.errors import AuthenticationFailed
from iwebs_server.domain.principal import AgencyScope, Principal
from iwebs_server.domain.security_policy import SecurityPolicy
from iwebs_server.domain.workstation_rules import workstation_refusal
from iwebs_server.persistence.hot_path_reads import HotPathReads, SessionCheckRow
from iwebs_server.persistence.repositories.policy_repository import policy_from_json
from iwebs_server.persistence.unit_of_work import UowFactory
from iwebs_server.security.tokens import digest


class SessionChecker:
    def __init__(
        self,
        uow_factory: UowFactory,
        reads: HotPathReads,
        clock: Clock,
        workstations: WorkstationIdentifier,
        reader: SessionReader,
    ) -> None:
        self._uow = uow_factory
        self.reads = reads
        self._clock = clock
        self._workstations = workstations
        self._reader = reader
        self._policy_lock = threading.Lock()
        self._policy: SecurityPolicy | None = None

    def check(self, token: str, presented: PresentedCertificate) -> Principal:
        """The principal behind `token`, presented over the workstation's mTLS channel."""
        row = self.reads.session_check(digest(token)) if token else None
        if row is None or row.workstation_id != presented.workstation_id:
            # A refused workstation is told so before anything about the session.
            self._workstations.identify(presented)
            raise self._missing(token, row)
        now = self._clock.now()
        refusal = workstation_refusal(
            row.workstation_status,
            row.workstation_certificate_serial,
            row.workstation_certificate_expires_at,
            presented.serial,
            now,
        )
        if refusal is not None:
            raise refusal
        problem = self._session_problem(row)
        if problem is not None:
            raise problem
        times = sessions.SessionTimes(row.created_at, row.last_seen_at, row.expires_at)
        if sessions.expiry_reason(times, now, self._current_policy(row)) is not None:
            with self._uow() as uow:
                uow.sessions.revoke(row.session_id, now, "expired")
            raise AuthenticationFailed("SESSION_EXPIRED", "the session has expired; sign in again")
        if sessions.needs_last_seen_write(row.last_seen_at, now):
            with self._uow() as uow:
                uow.sessions.touch(row.session_id, now)
        return self._principal(row)

    @staticmethod
    def _missing(token: str, row: SessionCheckRow | None) -> AuthenticationFailed:
        if not token:
            return AuthenticationFailed("SESSION_REQUIRED", "sign in first")
        if row is None:
            return AuthenticationFailed(
                "SESSION_EXPIRED", "the session is not valid; sign in again"
            )
        return AuthenticationFailed(
            "SESSION_WORKSTATION_MISMATCH", "this session belongs to another workstation"
        )

    @staticmethod
    def _session_problem(row: SessionCheckRow) -> AuthenticationFailed | None:
        if row.revoked_at is not None:
            return AuthenticationFailed("SESSION_REVOKED", "the session was closed; sign in again")
        if not row.user_active or row.user_locked_by_administrator:
            return AuthenticationFailed("SESSION_REVOKED", "the account is no longer allowed")
        return None

    def _current_policy(self, row: SessionCheckRow) -> SecurityPolicy:
        if row.policy_json is None or row.policy_version is None:
            return SecurityPolicy()
        with self._policy_lock:
            cached = self._policy
        if cached is None or cached.version != row.policy_version:
            cached = policy_from_json(row.policy_json, row.policy_version)
            with self._policy_lock:
                self._policy = cached
        return cached

    def _principal(self, row: SessionCheckRow) -> Principal:
        def load_rights() -> frozenset[str]:
            with self._uow(read_only=True) as uow:
                return uow.profiles.rights_of(row.profile_id)

        def load_agencies() -> frozenset[str]:
            with self._uow(read_only=True) as uow:
                return frozenset(uow.users.agency_ids(row.user_id))

        cache = self._reader.cache
        rights = cache.get("rights", row.profile_id, row.profile_version, load_rights)
        agencies = cache.get("agencies", row.user_id, row.user_version, load_agencies)
        return Principal(
            user_id=row.user_id,
            login=row.login,
            session_id=row.session_id,
            workstation_id=row.workstation_id,
            rights=rights,
            scope=AgencyScope(agencies, row.user_all_agencies),
            must_change_password=row.must_change_password,
        )
