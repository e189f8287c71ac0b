"""Users: creation with a one-time password, profile and scope, locks (ADM-1, ADM-3, ADM-5)."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import datetime, timedelta
from typing import Any

from iwebs_server.application.approvals import ApprovalKind, ApprovalService
from iwebs_server.application.audit_trail import AuditTrail, change_details, details
from iwebs_server.application.clock import Clock
from iwebs_server.application.idempotency import Idempotency
from iwebs_server.application.paging import decode_token, next_token, page_size
from iwebs_server.application.ports import PasswordHasher
from iwebs_server.application.profiles import check_grantable
from iwebs_server.application.user_accounts import new_user_row
from iwebs_server.application.validation import Checks, identifier
from iwebs_server.application.views import Page, UserView
from iwebs_server.domain import passwords, rights
from iwebs_server.domain.errors import (
    AlreadyExists,
    Forbidden,
    InvalidInput,
    NotFound,
    VersionConflict,
)
from iwebs_server.domain.login_throttle import normalize_login
from iwebs_server.domain.principal import Principal
from iwebs_server.persistence.tables.administration import ProfileRow, UserRow
from iwebs_server.persistence.tables.audit import ApprovalRequestRow
from iwebs_server.persistence.unit_of_work import UnitOfWork, UowFactory

LANGUAGES = ("fr", "en")
UNLOCK_KIND = "user.unlock"
LOGIN_CHARACTERS = set("abcdefghijklmnopqrstuvwxyz0123456789._-")


class UserService:
    def __init__(
        self,
        uow_factory: UowFactory,
        clock: Clock,
        audit: AuditTrail,
        idempotency: Idempotency,
        hasher: PasswordHasher,
        approvals: ApprovalService,
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._audit = audit
        self._idempotency = idempotency
        self._hasher = hasher
        self._approvals = approvals
        approvals.register_kind(
            ApprovalKind(UNLOCK_KIND, rights.ADMIN_USERS_MANAGE, self._execute_unlock)
        )

    # -- queries -------------------------------------------------------------------------
    def list_page(
        self,
        principal: Principal,
        size: int,
        token: str,
        agency_id: str = "",
        login_contains: str = "",
    ) -> Page[UserView]:
        principal.require(rights.ADMIN_USERS_READ)
        limit, offset = page_size(size), decode_token(token)
        with self._uow(read_only=True) as uow:
            rows = uow.users.list_page(
                principal.scope,
                offset,
                limit,
                agency_id=agency_id,
                login_contains=login_contains[:64],
            )
            return Page(
                tuple(self._view(uow, r) for r in rows), next_token(offset, limit, len(rows))
            )

    def get(self, principal: Principal, user_id: str) -> UserView:
        principal.require(rights.ADMIN_USERS_READ)
        with self._uow(read_only=True) as uow:
            return self._view(uow, self._visible(uow, principal, user_id))

    # -- creation and edition -------------------------------------------------------------
    def create(
        self,
        principal: Principal,
        request_id: str,
        login: str,
        display_name: str,
        profile_id: str,
        agency_ids: list[str],
        all_agencies: bool,
        preferred_language: str,
    ) -> tuple[UserView, str]:
        principal.require(rights.ADMIN_USERS_MANAGE)
        checks = Checks()
        login = normalize_login(checks.text("login", login, max_length=64))
        if login and (len(login) < 3 or not set(login) <= LOGIN_CHARACTERS):
            checks.fail("login", "3 to 64 characters among a-z, 0-9, dot, dash and underscore")
        display_name = checks.text("display_name", display_name)
        checks.identifier("profile_id", profile_id)
        checks.identifiers("agency_ids", agency_ids)
        checks.choice("preferred_language", preferred_language or "fr", LANGUAGES)
        if not agency_ids and not all_agencies:
            checks.fail("agency_ids", "give at least one agency, or every agency")
        checks.raise_if_any()
        payload = {
            "login": login,
            "display_name": display_name,
            "profile_id": profile_id,
            "agency_ids": sorted(agency_ids),
            "all_agencies": all_agencies,
            "language": preferred_language or "fr",
        }
        one_time = passwords.generate_one_time_password()
        one_time_hash = self._hasher.hash(one_time)

        def perform(uow: UnitOfWork) -> tuple[str, tuple[UserView, str]]:
            if uow.users.by_login(login) is not None:
                raise AlreadyExists("user", "login")
            self._check_assignment(uow, principal, profile_id, agency_ids, all_agencies)
            now = self._clock.now()
            row = new_user_row(
                login=login,
                display_name=display_name,
                profile_id=profile_id,
                all_agencies=all_agencies,
                password_hash=one_time_hash,
                now=now,
                one_time_password_expires_at=self._one_time_expiry(uow, now),
                preferred_language=preferred_language or "fr",
            )
            uow.users.add(row, agency_ids)
            self._audit.record(
                uow,
                "user.create",
                principal=principal,
                agency_id=_first(agency_ids),
                object_type="user",
                object_id=row.id,
                request_id=request_id,
                details_json=details(**payload),
            )
            return row.id, (self._view(uow, row), one_time)

        def replay(uow: UnitOfWork, ref: str) -> tuple[UserView, str]:
            # The password is stored hashed only: a retry gets a fresh one-time password.
            row = uow.users.get_for_update(ref)
            assert row is not None
            return self._view(uow, row), self._reset(uow, principal, row, request_id)

        return self._idempotency.execute(
            request_id, "user.create", payload, principal.user_id, perform, replay
        )

    def update(
        self,
        principal: Principal,
        request_id: str,
        user_id: str,
        version: int,
        display_name: str,
        profile_id: str,
        agency_ids: list[str],
        all_agencies: bool,
        preferred_language: str,
    ) -> UserView:
        principal.require(rights.ADMIN_USERS_MANAGE)
        checks = Checks()
        display_name = checks.text("display_name", display_name)
        checks.identifier("profile_id", profile_id)
        checks.identifiers("agency_ids", agency_ids)
        checks.choice("preferred_language", preferred_language or "fr", LANGUAGES)
        if not agency_ids and not all_agencies:
            checks.fail("agency_ids", "give at least one agency, or every agency")
        checks.raise_if_any()
        with self._uow() as uow:
            row = self._visible(uow, principal, user_id, for_update=True)
            if row.version != version:
                raise VersionConflict("user")
            old = {
                "display_name": row.display_name,
                "profile_id": row.profile_id,
                "agency_ids": uow.users.agency_ids(row.id),
                "all_agencies": row.all_agencies,
                "preferred_language": row.preferred_language,
            }
            new = {
                "display_name": display_name,
                "profile_id": profile_id,
                "agency_ids": sorted(set(agency_ids)),
                "all_agencies": all_agencies,
                "preferred_language": preferred_language or "fr",
            }
            self._check_assignment(uow, principal, profile_id, agency_ids, all_agencies)
            row.display_name, row.profile_id, row.all_agencies = (
                display_name,
                profile_id,
                all_agencies,
            )
            row.preferred_language = preferred_language or "fr"
            row.version += 1
            uow.users.set_agencies(row.id, agency_ids)
            self._audit.record(
                uow,
                "user.update",
                principal=principal,
                agency_id=_first(agency_ids),
                object_type="user",
                object_id=row.id,
                request_id=request_id,
                details_json=change_details(old, new),
            )
            return self._view(uow, row)

    def reset_password(self, principal: Principal, request_id: str, user_id: str) -> str:
        principal.require(rights.ADMIN_USERS_MANAGE)
        with self._uow() as uow:
            row = self._visible(uow, principal, user_id, for_update=True)
            return self._reset(uow, principal, row, request_id)

    def _reset(self, uow: UnitOfWork, principal: Principal, row: UserRow, request_id: str) -> str:
        now = self._clock.now()
        one_time = passwords.generate_one_time_password()
        row.password_hash = self._hasher.hash(one_time)
        row.password_is_one_time = True
        row.password_expires_at = self._one_time_expiry(uow, now)
        row.version += 1
        uow.sessions.revoke_all_of_user(row.id, now, "password_reset")
        self._audit.record(
            uow,
            "user.reset_password",
            principal=principal,
            object_type="user",
            object_id=row.id,
            request_id=request_id,
            agency_id=_first(uow.users.agency_ids(row.id)),
        )
        return one_time

    # -- locks and status -----------------------------------------------------------------
    def lock(self, principal: Principal, request_id: str, user_id: str, reason: str) -> UserView:
        return self._set_flag(principal, request_id, user_id, reason, "user.lock", locked=True)

    def disable(self, principal: Principal, request_id: str, user_id: str, reason: str) -> UserView:
        return self._set_flag(principal, request_id, user_id, reason, "user.disable", active=False)

    def enable(self, principal: Principal, request_id: str, user_id: str) -> UserView:
        return self._set_flag(principal, request_id, user_id, "", "user.enable", active=True)

    def _set_flag(
        self,
        principal: Principal,
        request_id: str,
        user_id: str,
        reason: str,
        action: str,
        *,
        locked: bool | None = None,
        active: bool | None = None,
    ) -> UserView:
        principal.require(rights.ADMIN_USERS_MANAGE)
        checks = Checks()
        reason = checks.text("reason", reason, required=action != "user.enable", max_length=500)
        checks.raise_if_any()
        now = self._clock.now()
        with self._uow() as uow:
            row = self._visible(uow, principal, user_id, for_update=True)
            if row.id == principal.user_id:
                raise Forbidden("PERMISSION_DENIED", "you cannot lock or disable your own account")
            old = {"locked_by_administrator": row.locked_by_administrator, "active": row.active}
            if locked is not None:
                row.locked_by_administrator = locked
            if active is not None:
                row.active = active
            row.version += 1
            if locked or active is False:
                uow.sessions.revoke_all_of_user(row.id, now, action)
            new = {"locked_by_administrator": row.locked_by_administrator, "active": row.active}
            self._audit.record(
                uow,
                action,
                principal=principal,
                object_type="user",
                object_id=row.id,
                request_id=request_id,
                reason=reason or None,
                agency_id=_first(uow.users.agency_ids(row.id)),
                details_json=change_details(old, new),
            )
            return self._view(uow, row)

    def unlock(
        self, principal: Principal, request_id: str, user_id: str, reason: str
    ) -> tuple[UserView, str]:
        """Unlocks at once, or for an administrator account opens a four-eyes request."""
        principal.require(rights.ADMIN_USERS_MANAGE)
        checks = Checks()
        reason = checks.text("reason", reason, max_length=500)
        checks.raise_if_any()
        with self._uow() as uow:
            row = self._visible(uow, principal, user_id, for_update=True)
            profile = uow.profiles.get(row.profile_id)
            assert profile is not None
            if rights.is_administrator(uow.profiles.rights_of(profile.id)):
                approval = self._approvals.submit(
                    uow,
                    principal,
                    kind=UNLOCK_KIND,
                    agency_id=_first(uow.users.agency_ids(row.id)),
                    object_type="user",
                    object_id=row.id,
                    summary=f"Unlock administrator {row.login}",
                    payload={"user_id": row.id},
                    reason=reason,
                    request_id=request_id,
                )
                return self._view(uow, row), approval.approval_request_id
            self._unlock(uow, principal, row, reason, request_id)
            return self._view(uow, row), ""

    def _execute_unlock(
        self,
        uow: UnitOfWork,
        approver: Principal,
        request: ApprovalRequestRow,
        payload: Mapping[str, Any],
    ) -> None:
        row = uow.users.get_for_update(str(payload["user_id"]))
        if row is None:
            raise NotFound("user", str(payload["user_id"]))
        self._unlock(uow, approver, row, request.reason, request.id)

    def _unlock(
        self, uow: UnitOfWork, principal: Principal, row: UserRow, reason: str, request_id: str
    ) -> None:
        now = self._clock.now()
        row.locked_by_administrator = False
        row.version += 1
        throttle = uow.users.throttle_for_update(row.login, now)
        throttle.failed_count, throttle.locked_until, throttle.updated_at = 0, None, now
        self._audit.record(
            uow,
            "user.unlock",
            principal=principal,
            object_type="user",
            object_id=row.id,
            reason=reason,
            agency_id=_first(uow.users.agency_ids(row.id)),
        )

    # -- helpers -------------------------------------------------------------------------
    def _check_assignment(
        self,
        uow: UnitOfWork,
        principal: Principal,
        profile_id: str,
        agency_ids: Collection[str],
        all_agencies: bool,
    ) -> ProfileRow:
        profile = uow.profiles.get(profile_id)
        if profile is None:
            raise InvalidInput.field("profile_id", "unknown profile")
        check_grantable(principal, uow.profiles.rights_of(profile.id))
        if not principal.scope.covers(agency_ids, all_agencies):
            raise Forbidden("AGENCY_OUT_OF_SCOPE", "you can only give agencies of your own scope")
        if len(uow.agencies.existing_ids(list(agency_ids))) != len(set(agency_ids)):
            raise InvalidInput.field("agency_ids", "unknown agency")
        return profile

    def _one_time_expiry(self, uow: UnitOfWork, now: datetime) -> datetime:
        return now + timedelta(hours=uow.policy.current().initial_password_ttl_hours)

    def _visible(
        self, uow: UnitOfWork, principal: Principal, user_id: str, *, for_update: bool = False
    ) -> UserRow:
        identifier("user_id", user_id)
        row = uow.users.visible(user_id, principal.scope)
        if row is None:
            raise NotFound("user", user_id)
        if for_update:
            row = uow.users.get_for_update(user_id) or row
            # Acting on an account (reset, lock, edit) needs every right it holds: a reset
            # would otherwise hand a user manager an administrator's account (ADM-4).
            check_grantable(principal, uow.profiles.rights_of(row.profile_id))
        return row

    def _view(self, uow: UnitOfWork, row: UserRow) -> UserView:
        now = self._clock.now()
        locked_until = uow.users.throttle_locked_until(row.login)
        if locked_until is not None and locked_until <= now:
            locked_until = None
        profile = uow.profiles.get(row.profile_id)
        return UserView(
            user_id=row.id,
            login=row.login,
            display_name=row.display_name,
            profile_id=row.profile_id,
            profile_code=profile.code if profile else "",
            agency_ids=tuple(uow.users.agency_ids(row.id)),
            all_agencies=row.all_agencies,
            active=row.active,
            locked=row.locked_by_administrator or locked_until is not None,
            locked_until=locked_until,
            locked_by_administrator=row.locked_by_administrator,
            must_change_password=row.password_is_one_time,
            last_login_at=row.last_login_at,
            preferred_language=row.preferred_language,
            version=row.version,
        )


def _first(agency_ids: Collection[str]) -> str | None:
    return sorted(agency_ids)[0] if agency_ids else None
