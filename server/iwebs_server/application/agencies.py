"""Agencies of the utility (ADM-3 scope is made of them)."""

from __future__ import annotations

from iwebs_server.application.audit_trail import AuditTrail, change_details, details
from iwebs_server.application.clock import Clock, new_id
from iwebs_server.application.idempotency import Idempotency
from iwebs_server.application.paging import decode_token, next_token, page_size
from iwebs_server.application.validation import Checks, identifier
from iwebs_server.application.views import AgencyView, Page
from iwebs_server.domain import rights
from iwebs_server.domain.errors import AlreadyExists, Forbidden, NotFound, VersionConflict
from iwebs_server.domain.principal import Principal
from iwebs_server.persistence.tables.administration import AgencyRow
from iwebs_server.persistence.unit_of_work import UnitOfWork, UowFactory


def to_view(row: AgencyRow) -> AgencyView:
    return AgencyView(row.id, row.code, row.name, row.region, row.active, row.version)


class AgencyService:
    def __init__(
        self, uow_factory: UowFactory, clock: Clock, audit: AuditTrail, idempotency: Idempotency
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._audit = audit
        self._idempotency = idempotency

    def list_page(self, principal: Principal, size: int, token: str) -> Page[AgencyView]:
        principal.require(rights.ADMIN_AGENCIES_READ)
        limit, offset = page_size(size), decode_token(token)
        with self._uow(read_only=True) as uow:
            rows = uow.agencies.list_page(principal.scope, offset, limit)
            return Page(tuple(to_view(r) for r in rows), next_token(offset, limit, len(rows)))

    def get(self, principal: Principal, agency_id: str) -> AgencyView:
        principal.require(rights.ADMIN_AGENCIES_READ)
        with self._uow(read_only=True) as uow:
            return to_view(self._visible(uow, principal, agency_id))

    def create(
        self, principal: Principal, request_id: str, code: str, name: str, region: str
    ) -> AgencyView:
        principal.require(rights.ADMIN_AGENCIES_MANAGE)
        if not principal.scope.all_agencies:
            raise Forbidden(
                "AGENCY_OUT_OF_SCOPE", "only a user with every agency in scope creates agencies"
            )
        checks = Checks()
        code = checks.text("code", code, max_length=32).upper()
        name = checks.text("name", name)
        region = checks.text("region", region, required=False)
        checks.raise_if_any()
        payload = {"code": code, "name": name, "region": region}

        def perform(uow: UnitOfWork) -> tuple[str, AgencyView]:
            if uow.agencies.by_code(code) is not None:
                raise AlreadyExists("agency", "code")
            row = AgencyRow(
                id=new_id(),
                code=code,
                name=name,
                region=region,
                active=True,
                version=1,
                created_at=self._clock.now(),
            )
            uow.agencies.add(row)
            self._audit.record(
                uow,
                "agency.create",
                principal=principal,
                agency_id=row.id,
                object_type="agency",
                object_id=row.id,
                request_id=request_id,
                details_json=details(**payload),
            )
            return row.id, to_view(row)

        def replay(uow: UnitOfWork, ref: str) -> AgencyView:
            return to_view(self._visible(uow, principal, ref))

        return self._idempotency.execute(
            request_id, "agency.create", payload, principal.user_id, perform, replay
        )

    def update(
        self,
        principal: Principal,
        request_id: str,
        agency_id: str,
        version: int,
        name: str,
        region: str,
        active: bool,
    ) -> AgencyView:
        principal.require(rights.ADMIN_AGENCIES_MANAGE)
        checks = Checks()
        name = checks.text("name", name)
        region = checks.text("region", region, required=False)
        checks.raise_if_any()
        with self._uow() as uow:
            row = self._visible(uow, principal, agency_id)
            if row.version != version:
                raise VersionConflict("agency")
            old = {"name": row.name, "region": row.region, "active": row.active}
            new = {"name": name, "region": region, "active": active}
            row.name, row.region, row.active = name, region, active
            row.version += 1
            self._audit.record(
                uow,
                "agency.update",
                principal=principal,
                agency_id=row.id,
                object_type="agency",
                object_id=row.id,
                request_id=request_id,
                details_json=change_details(old, new),
            )
            return to_view(row)

    def _visible(self, uow: UnitOfWork, principal: Principal, agency_id: str) -> AgencyRow:
        identifier("agency_id", agency_id)
        row = uow.agencies.get(agency_id, principal.scope)
        if row is None:
            raise NotFound("agency", agency_id)
        return row

    def get_by_code(self, principal: Principal, code: str) -> AgencyView:
        principal.require(rights.ADMIN_AGENCIES_READ)
        with self._uow(read_only=True) as uow:
            row = uow.agencies.by_code(code.strip().upper())
            if row is None or not principal.scope.allows(row.id):
                raise NotFound("agency", code)
            return to_view(row)
