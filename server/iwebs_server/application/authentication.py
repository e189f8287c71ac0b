"""Signing in and out, password changes, and the per-call session check (SEC-01..05)."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime, timedelta

from iwebs_server.application.audit_trail import DENIED, FAILURE, AuditTrail
from iwebs_server.application.clock import Clock, new_id
from iwebs_server.application.ports import PasswordHasher
from iwebs_server.application.session_reader import SessionReader
from iwebs_server.application.views import OpenedSession, SessionView
from iwebs_server.domain import passwords, sessions
from iwebs_server.domain.errors import AuthenticationFailed, Forbidden, RateLimited
from iwebs_server.domain.login_throttle import ThrottleState, normalize_login
from iwebs_server.domain.principal import Principal, WorkstationIdentity
from iwebs_server.domain.security_policy import SecurityPolicy
from iwebs_server.persistence.tables.administration import ProfileRow, UserRow, UserSessionRow
from iwebs_server.persistence.unit_of_work import UnitOfWork, UowFactory
from iwebs_server.security.tokens import digest, new_session_token

LOGIN_ACTION = "session.login"
MAX_LOGIN_LENGTH = 64
MAX_PASSWORD_LENGTH = 1024


def _invalid_credentials() -> AuthenticationFailed:
    return AuthenticationFailed("INVALID_CREDENTIALS", "unknown login or wrong password")


class AuthenticationService:
    def __init__(
        self,
        uow_factory: UowFactory,
        clock: Clock,
        hasher: PasswordHasher,
        audit: AuditTrail,
        common_passwords: Collection[str],
        organisation_words: Collection[str] = ("iwebs",),
        reader: SessionReader | None = None,
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._hasher = hasher
        self._audit = audit
        self._common = common_passwords
        self._organisation_words = tuple(organisation_words)
        self._reader = reader or SessionReader()

    # -- login ---------------------------------------------------------------------------
    def login(self, login: str, password: str, workstation: WorkstationIdentity) -> OpenedSession:
        key = normalize_login(login)[:MAX_LOGIN_LENGTH]
        now = self._clock.now()
        with self._uow() as uow:
            policy = uow.policy.current()
            recent_failures = uow.audit.count_recent(
                workstation_id=workstation.workstation_id,
                action=LOGIN_ACTION,
                outcome=FAILURE,
                since=now - timedelta(hours=1),
            )
            throttled = recent_failures >= policy.workstation_max_failed_logins_per_hour
            if throttled:
                # Recorded in a transaction that commits: raising here would roll it back.
                self._audit.record(
                    uow,
                    LOGIN_ACTION,
                    outcome=DENIED,
                    reason="TOO_MANY_ATTEMPTS",
                    workstation_id=workstation.workstation_id,
                    user_login=key,
                    agency_id=workstation.agency_id,
                )
        if throttled:
            raise RateLimited("TOO_MANY_ATTEMPTS", "too many failed logins on this workstation")
        with self._uow() as uow:
            throttle = uow.users.throttle_for_update(key, now)
            if ThrottleState(throttle.failed_count, throttle.locked_until).is_locked(now):
                self._audit.record(
                    uow,
                    LOGIN_ACTION,
                    outcome=FAILURE,
                    reason="ACCOUNT_LOCKED",
                    workstation_id=workstation.workstation_id,
                    user_login=key,
                    agency_id=workstation.agency_id,
                )
                locked = AuthenticationFailed(
                    "ACCOUNT_LOCKED", "too many failed attempts; try later"
                )
            else:
                locked = None
            user = uow.users.by_login(key)
            stored_hash = user.password_hash if user else None
        if locked is not None:
            raise locked
        # The slow hash runs outside any transaction; unknown logins pay it too (SEC-03).
        valid = len(password) <= MAX_PASSWORD_LENGTH and self._hasher.verify(
            stored_hash, passwords.normalize(password)
        )
        with self._uow() as uow:
            throttle = uow.users.throttle_for_update(key, now)
            state = ThrottleState(throttle.failed_count, throttle.locked_until)
            user = uow.users.by_login(key)
            if not valid or user is None:
                state = state.after_failure(now, policy)
                throttle.failed_count, throttle.locked_until = (
                    state.failed_count,
                    state.locked_until,
                )
                throttle.updated_at = now
                reason = "ACCOUNT_LOCKED" if state.is_locked(now) else "INVALID_CREDENTIALS"
                self._audit.record(
                    uow,
                    LOGIN_ACTION,
                    outcome=FAILURE,
                    reason=reason,
                    workstation_id=workstation.workstation_id,
                    user_login=key,
                    user_id=user.id if user else None,
                    agency_id=workstation.agency_id,
                )
                failure: AuthenticationFailed | None = _invalid_credentials()
            else:
                failure = self._refusal_for(user, now)
                if failure is not None:
                    self._audit.record(
                        uow,
                        LOGIN_ACTION,
                        outcome=FAILURE,
                        reason=failure.reason,
                        workstation_id=workstation.workstation_id,
                        user_login=key,
                        user_id=user.id,
                        agency_id=workstation.agency_id,
                    )
            if failure is None and user is not None:
                throttle.failed_count, throttle.locked_until, throttle.updated_at = 0, None, now
                if self._hasher.needs_rehash(user.password_hash):
                    user.password_hash = self._hasher.hash(passwords.normalize(password))
                user.last_login_at = now
                opened = self._open_session(uow, user, workstation.workstation_id, policy, now)
                self._audit.record(
                    uow,
                    LOGIN_ACTION,
                    user_id=user.id,
                    user_login=user.login,
                    workstation_id=workstation.workstation_id,
                    agency_id=workstation.agency_id,
                    object_type="session",
                    object_id=opened.session.user_id,
                )
                return opened
        assert failure is not None
        raise failure

    def _refusal_for(self, user: UserRow, now: datetime) -> AuthenticationFailed | None:
        if not user.active:
            return AuthenticationFailed("ACCOUNT_DISABLED", "this account is disabled")
        if user.locked_by_administrator:
            return AuthenticationFailed(
                "ACCOUNT_LOCKED", "this account is locked by an administrator"
            )
        if (
            user.password_is_one_time
            and user.password_expires_at
            and now >= user.password_expires_at
        ):
            return AuthenticationFailed(
                "PASSWORD_EXPIRED", "the one-time password has expired; ask for a new one"
            )
        return None

    def _must_change(self, user: UserRow, policy: SecurityPolicy, now: datetime) -> bool:
        if user.password_is_one_time:
            return True
        if policy.password_max_age_days <= 0:
            return False
        return now - user.password_changed_at >= timedelta(days=policy.password_max_age_days)

    def _open_session(
        self,
        uow: UnitOfWork,
        user: UserRow,
        workstation_id: str,
        policy: SecurityPolicy,
        now: datetime,
    ) -> OpenedSession:
        token = new_session_token()
        row = UserSessionRow(
            id=new_id(),
            token_hash=digest(token),
            user_id=user.id,
            workstation_id=workstation_id,
            must_change_password=self._must_change(user, policy, now),
            created_at=now,
            last_seen_at=now,
            expires_at=sessions.absolute_expiry(now, policy),
        )
        uow.sessions.add(row)
        profile = uow.profiles.get(user.profile_id)
        assert profile is not None
        return OpenedSession(token, self._reader.view(uow, row, user, profile, policy))

    # -- session use cases ---------------------------------------------------------------
    def current_session(self, principal: Principal) -> SessionView:
        with self._uow(read_only=True) as uow:
            session, user, profile = self._load(uow, principal)
            return self._reader.view(uow, session, user, profile, uow.policy.current())

    def logout(self, principal: Principal) -> None:
        now = self._clock.now()
        with self._uow() as uow:
            uow.sessions.revoke(principal.session_id, now, "logout")
            self._audit.record(
                uow,
                "session.logout",
                principal=principal,
                object_type="session",
                object_id=principal.session_id,
            )

    def change_password(self, principal: Principal, current: str, new: str) -> OpenedSession:
        now = self._clock.now()
        with self._uow(read_only=True) as uow:
            _session, user, _profile = self._load(uow, principal)
            policy = uow.policy.current()
            context = [user.login, user.display_name, *self._organisation_words]
            context += uow.agencies.names(uow.users.agency_ids(user.id)).values()
            history = uow.users.recent_password_hashes(user.id, policy.password_history_count)
            current_hash = user.password_hash
        if len(current) > MAX_PASSWORD_LENGTH or not self._hasher.verify(
            current_hash, passwords.normalize(current)
        ):
            self._audit.record_now(
                self._uow,
                "session.change_password",
                principal=principal,
                outcome=FAILURE,
                reason="INVALID_CREDENTIALS",
            )
            raise AuthenticationFailed("INVALID_CREDENTIALS", "the current password is wrong")
        passwords.check_new_password(
            new, policy, common_passwords=self._common, context_words=context
        )
        normalized = passwords.normalize(new)
        if any(self._hasher.verify(h, normalized) for h in [current_hash, *history]):
            raise passwords.PasswordRejected("new_password", ["reused"])
        new_hash = self._hasher.hash(normalized)
        with self._uow() as uow:
            changed = uow.users.get_for_update(principal.user_id)
            if changed is None or not changed.active:
                raise Forbidden("ACCOUNT_DISABLED", "this account is disabled")
            uow.users.add_password_history(changed.id, changed.password_hash, now)
            changed.password_hash = new_hash
            changed.password_is_one_time = False
            changed.password_expires_at = None
            changed.password_changed_at = now
            uow.sessions.revoke_all_of_user(changed.id, now, "password_changed")
            opened = self._open_session(uow, changed, principal.workstation_id, policy, now)
            self._audit.record(
                uow,
                "session.change_password",
                principal=principal,
                object_type="user",
                object_id=changed.id,
            )
            return opened

    def _load(
        self, uow: UnitOfWork, principal: Principal
    ) -> tuple[UserSessionRow, UserRow, ProfileRow]:
        session = uow.sessions.get(principal.session_id)
        user = uow.users.get(principal.user_id)
        assert session is not None and user is not None
        profile = uow.profiles.get(user.profile_id)
        assert profile is not None
        return session, user, profile
