"""Profiles (roles) and their rights (ADM-2, ADM-4)."""

from __future__ import annotations

from iwebs_server.application.audit_trail import AuditTrail, change_details, details
from iwebs_server.application.clock import Clock, new_id
from iwebs_server.application.idempotency import Idempotency
from iwebs_server.application.paging import decode_token, next_token, page_size
from iwebs_server.application.validation import Checks, identifier
from iwebs_server.application.views import Page, ProfileView
from iwebs_server.domain import rights
from iwebs_server.domain.errors import AlreadyExists, Forbidden, NotFound, VersionConflict
from iwebs_server.domain.principal import Principal
from iwebs_server.persistence.tables.administration import ProfileRow
from iwebs_server.persistence.unit_of_work import UnitOfWork, UowFactory


def check_grantable(principal: Principal, granted: frozenset[str]) -> None:
    """Nobody hands out a right they do not hold themselves (no privilege escalation)."""
    missing = sorted(granted - principal.rights)
    if missing:
        raise Forbidden(
            "PERMISSION_DENIED",
            "you cannot grant rights you do not have",
            metadata={"rights": ",".join(missing)},
        )


class ProfileService:
    def __init__(
        self, uow_factory: UowFactory, clock: Clock, audit: AuditTrail, idempotency: Idempotency
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._audit = audit
        self._idempotency = idempotency

    def list_rights(self) -> tuple[rights.Right, ...]:
        return rights.CATALOGUE

    def list_page(self, principal: Principal, size: int, token: str) -> Page[ProfileView]:
        principal.require(rights.ADMIN_PROFILES_READ)
        limit, offset = page_size(size), decode_token(token)
        with self._uow(read_only=True) as uow:
            rows = uow.profiles.list_page(offset, limit)
            return Page(
                tuple(self._view(uow, r) for r in rows), next_token(offset, limit, len(rows))
            )

    def get(self, principal: Principal, profile_id: str) -> ProfileView:
        principal.require(rights.ADMIN_PROFILES_READ)
        with self._uow(read_only=True) as uow:
            return self._view(uow, self._get(uow, profile_id))

    def create(
        self,
        principal: Principal,
        request_id: str,
        code: str,
        name: str,
        description: str,
        granted: list[str],
    ) -> ProfileView:
        principal.require(rights.ADMIN_PROFILES_MANAGE)
        code, name, description, wanted = self._checked(
            code, name, description, granted, with_code=True
        )
        check_grantable(principal, wanted)
        payload = {"code": code, "name": name, "description": description, "rights": sorted(wanted)}

        def perform(uow: UnitOfWork) -> tuple[str, ProfileView]:
            if uow.profiles.by_code(code) is not None:
                raise AlreadyExists("profile", "code")
            row = ProfileRow(
                id=new_id(),
                code=code,
                name=name,
                description=description,
                version=1,
                created_at=self._clock.now(),
            )
            uow.profiles.add(row, wanted)
            self._audit.record(
                uow,
                "profile.create",
                principal=principal,
                object_type="profile",
                object_id=row.id,
                request_id=request_id,
                details_json=details(**payload),
            )
            return row.id, self._view(uow, row)

        def replay(uow: UnitOfWork, ref: str) -> ProfileView:
            return self._view(uow, self._get(uow, ref))

        return self._idempotency.execute(
            request_id, "profile.create", payload, principal.user_id, perform, replay
        )

    def update(
        self,
        principal: Principal,
        request_id: str,
        profile_id: str,
        version: int,
        name: str,
        description: str,
        granted: list[str],
    ) -> ProfileView:
        principal.require(rights.ADMIN_PROFILES_MANAGE)
        _code, name, description, wanted = self._checked(
            "", name, description, granted, with_code=False
        )
        with self._uow() as uow:
            row = self._get(uow, profile_id)
            if row.version != version:
                raise VersionConflict("profile")
            before = uow.profiles.rights_of(row.id)
            # Rights added or removed must be the caller's own.
            check_grantable(principal, wanted ^ before)
            old = {"name": row.name, "description": row.description, "rights": sorted(before)}
            new = {"name": name, "description": description, "rights": sorted(wanted)}
            row.name, row.description = name, description
            row.version += 1
            uow.profiles.set_rights(row.id, wanted)
            self._audit.record(
                uow,
                "profile.update",
                principal=principal,
                object_type="profile",
                object_id=row.id,
                request_id=request_id,
                details_json=change_details(old, new),
            )
            return self._view(uow, row)

    def _checked(
        self, code: str, name: str, description: str, granted: list[str], *, with_code: bool
    ) -> tuple[str, str, str, frozenset[str]]:
        checks = Checks()
        if with_code:
            code = checks.text("code", code, max_length=64).lower()
        name = checks.text("name", name)
        description = checks.text("description", description, required=False, max_length=1000)
        unknown = rights.unknown_codes(granted)
        if unknown:
            checks.fail("rights", "unknown rights: " + ", ".join(unknown))
        checks.raise_if_any()
        return code, name, description, frozenset(granted)

    def _get(self, uow: UnitOfWork, profile_id: str) -> ProfileRow:
        identifier("profile_id", profile_id)
        row = uow.profiles.get(profile_id)
        if row is None:
            raise NotFound("profile", profile_id)
        return row

    def _view(self, uow: UnitOfWork, row: ProfileRow) -> ProfileView:
        return ProfileView(
            row.id,
            row.code,
            row.name,
            row.description,
            tuple(sorted(uow.profiles.rights_of(row.id))),
            row.version,
        )
