"""Tariffs (FAC-10, PAR-1): tariffs per (tariff category, product), versions in time approved
by a second person (ADM-5), and the simulation of one consumption.

Tariffs are global: reading needs billing.read; creating a tariff or proposing a version
needs billing.tariffs and every agency in scope (like a global parameter). A proposal is
checked by the engine's parser (INVALID_ARGUMENT / TARIFF_DEFINITION_INVALID naming the
field, e.g. "definition.components[1].blocks[0].up_to") and waits as a pending version with
an approval request of kind billing.tariff_version (decider right billing.approve, approver
!= proposer); approving marks it approved in the decision's transaction, rejecting marks it
rejected. An approved version never changes. The rules are in docs/tariffs.md.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from iwebs_server.application.approvals import ApprovalKind, ApprovalService
from iwebs_server.application.audit_trail import AuditTrail, details
from iwebs_server.application.clock import Clock, new_id
from iwebs_server.application.idempotency import Idempotency
from iwebs_server.application.paging import decode_token, next_token, page_size
from iwebs_server.application.tariff_views import (
    NewTariff,
    SimulationSource,
    TariffDetailView,
    TariffVersionView,
    TariffView,
    UsageInput,
    checked_usage,
    tariff_view,
)
from iwebs_server.application.validation import Checks, identifier
from iwebs_server.application.views import Page
from iwebs_server.domain import rights
from iwebs_server.domain.errors import (
    AlreadyExists,
    DomainError,
    ErrorKind,
    FieldViolation,
    Forbidden,
    InvalidInput,
    NotFound,
    PreconditionFailed,
)
from iwebs_server.domain.principal import Principal
from iwebs_server.domain.reference_tables import ReferenceTable
from iwebs_server.domain.tariff_definition import definition_from_data
from iwebs_server.domain.tariff_engine import (
    ComputedBill,
    NoTariffForPeriod,
    TariffDefinition,
    TariffDefinitionError,
    TariffVersionInput,
    canonical_json,
    compute_charges,
)
from iwebs_server.persistence.repositories.tariff_repository import parsed_definition
from iwebs_server.persistence.tables.audit import ApprovalRequestRow
from iwebs_server.persistence.tables.billing import TariffRow, TariffVersionRow
from iwebs_server.persistence.unit_of_work import UnitOfWork, UowFactory

APPROVAL_KIND = "billing.tariff_version"
PENDING, APPROVED, REJECTED = "pending", "approved", "rejected"
SERVICES = ("water", "electricity")
_MAX_AMOUNT_MINOR = 10**15  # far below int64 (Money.amount_minor, the bills' columns)
_CODE = re.compile(r"^[A-Z0-9][A-Z0-9_.-]{0,31}$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


class TariffDefinitionInvalid(DomainError):
    """A definition the engine refuses: INVALID_ARGUMENT / TARIFF_DEFINITION_INVALID."""

    kind = ErrorKind.INVALID_ARGUMENT

    def __init__(self, field: str, message: str) -> None:
        super().__init__(
            "TARIFF_DEFINITION_INVALID",
            f"{field}: {message}",
            field_violations=[FieldViolation(field, message)],
        )


def checked_definition(
    data: Mapping[str, Any] | None, field: str = "definition"
) -> TariffDefinition:
    """The engine's checks on a definition given as plain data; errors name `field`.<path>."""
    if data is None:
        raise TariffDefinitionInvalid(field, "is required")
    try:
        return definition_from_data(dict(data))
    except TariffDefinitionError as error:
        raise TariffDefinitionInvalid(
            f"{field}.{error.field}" if error.field else field, error.message
        ) from None


def definition_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class TariffService:
    def __init__(
        self,
        uow_factory: UowFactory,
        clock: Clock,
        audit: AuditTrail,
        idempotency: Idempotency,
        approvals: ApprovalService,
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._audit = audit
        self._idempotency = idempotency
        self._approvals = approvals

    def approval_kind(self) -> ApprovalKind:
        """To register with the ApprovalService (composition.py)."""
        return ApprovalKind(
            APPROVAL_KIND, rights.BILLING_APPROVE, self._approve, on_reject=self._reject
        )

    # --- reads -------------------------------------------------------------------------------
    def list_page(
        self,
        principal: Principal,
        size: int,
        token: str,
        *,
        service: str = "",
        tariff_category_code: str = "",
        include_inactive: bool = False,
    ) -> Page[TariffView]:
        principal.require(rights.BILLING_READ)
        if service:
            checks = Checks()
            checks.choice("service", service, SERVICES)
            checks.raise_if_any()
        limit, offset = page_size(size), decode_token(token)
        with self._uow(read_only=True) as uow:
            rows = uow.tariffs.list_page(
                offset,
                limit,
                service=service,
                tariff_category_code=tariff_category_code.strip()[:32],
                include_inactive=include_inactive,
            )
            views = self._views(uow, rows)
            return Page(tuple(views), next_token(offset, limit, len(rows)))

    def get(self, principal: Principal, tariff_id: str) -> TariffDetailView:
        principal.require(rights.BILLING_READ)
        identifier("tariff_id", tariff_id)
        with self._uow(read_only=True) as uow:
            return self._detail(uow, tariff_id)

    # --- changes -----------------------------------------------------------------------------
    def create(self, principal: Principal, request_id: str, new: NewTariff) -> TariffView:
        self._require_change(principal)
        checks = Checks()
        code = checks.text("code", new.code, max_length=32).upper()
        if code and not _CODE.match(code):
            checks.fail("code", "capitals, digits and _ . - (at most 32)")
        name = checks.text("name", new.name, max_length=200)
        checks.choice("service", new.service, SERVICES)
        category = checks.text("tariff_category_code", new.tariff_category_code, max_length=32)
        product = checks.text("product_code", new.product_code, max_length=32)
        currency = new.currency_code.strip().upper()
        if not _CURRENCY.match(currency):
            checks.fail("currency_code", "three capital letters (ISO 4217)")
        checks.raise_if_any()
        payload = {
            "code": code,
            "name": name,
            "service": new.service,
            "tariff_category_code": category,
            "product_code": product,
            "currency_code": currency,
        }

        def perform(uow: UnitOfWork) -> tuple[str, TariffView]:
            self._check_references(uow, new.service, category, product)
            if uow.tariffs.by_code(code) is not None:
                raise AlreadyExists("tariff", "code")
            if uow.tariffs.by_pair(category, product) is not None:
                raise AlreadyExists(
                    "tariff",
                    "tariff_category_code",
                    "this tariff category and product already have a tariff",
                )
            now = self._clock.now()
            row = TariffRow(
                id=new_id(),
                code=code,
                name=name,
                service=new.service,
                tariff_category_code=category,
                product_code=product,
                currency_code=currency,
                active=True,
                version=1,
                created_at=now,
                updated_at=now,
            )
            uow.tariffs.add(row)
            self._audit.record(
                uow,
                "tariff.create",
                principal=principal,
                object_type="tariff",
                object_id=row.id,
                request_id=request_id,
                details_json=details(**payload),
            )
            return row.id, self._views(uow, [row])[0]

        def replay(uow: UnitOfWork, ref: str) -> TariffView:
            row = uow.tariffs.get(ref)
            assert row is not None
            return self._views(uow, [row])[0]

        return self._idempotency.execute(
            request_id, "tariff.create", payload, principal.user_id, perform, replay
        )

    def propose_version(
        self,
        principal: Principal,
        request_id: str,
        tariff_id: str,
        valid_from: date | None,
        definition: Mapping[str, Any] | None,
        reason: str,
    ) -> TariffVersionView:
        self._require_change(principal)
        checks = Checks()
        checks.identifier("tariff_id", tariff_id)
        reason = checks.text("reason", reason, max_length=500)
        if valid_from is None:
            checks.fail("valid_from", "is required")
        checks.raise_if_any()
        assert valid_from is not None
        parsed = checked_definition(definition)
        text = canonical_json(parsed)
        digest = definition_hash(text)
        payload = {
            "tariff_id": tariff_id,
            "valid_from": valid_from.isoformat(),
            "definition_hash": digest,
            "reason": reason,
        }

        def perform(uow: UnitOfWork) -> tuple[str, TariffVersionView]:
            tariff = uow.tariffs.get(tariff_id, for_update=True)
            if tariff is None:
                raise NotFound("tariff", tariff_id)
            if parsed.currency_code != tariff.currency_code:
                raise TariffDefinitionInvalid(
                    "definition.currency_code", f"the tariff is in {tariff.currency_code}"
                )
            if uow.tariffs.pending_version(tariff.id) is not None:
                raise PreconditionFailed(
                    "APPROVAL_REQUIRED", "a version of this tariff already waits for approval"
                )
            latest = max(
                (v.valid_from for v in uow.tariffs.versions(tariff.id) if v.status == APPROVED),
                default=None,
            )
            if latest is not None and valid_from <= latest:
                raise InvalidInput.field(
                    "valid_from", f"must be after {latest.isoformat()} (the latest version)"
                )
            number = uow.tariffs.next_version_number(tariff.id)
            row = TariffVersionRow(
                id=new_id(),
                tariff_id=tariff.id,
                version_number=number,
                valid_from=valid_from,
                status=PENDING,
                definition_json=text,
                definition_hash=digest,
                reason=reason,
                created_by=principal.user_id,
                created_at=self._clock.now(),
            )
            uow.tariffs.add_version(row)
            approval = self._approvals.submit(
                uow,
                principal,
                kind=APPROVAL_KIND,
                agency_id=None,
                object_type="tariff_version",
                object_id=row.id,
                summary=f"{tariff.code} v{number} du {valid_from.isoformat()}",
                payload={"tariff_id": tariff.id, "tariff_version_id": row.id},
                reason=reason,
                request_id=request_id,
            )
            row.approval_request_id = approval.approval_request_id
            self._audit.record(
                uow,
                "tariff_version.propose",
                principal=principal,
                object_type="tariff_version",
                object_id=row.id,
                reason=reason,
                request_id=request_id,
                details_json=details(
                    tariff_id=tariff.id,
                    version_number=number,
                    valid_from=valid_from.isoformat(),
                    definition_hash=digest,
                ),
            )
            return row.id, self._version_view(uow, row)

        def replay(uow: UnitOfWork, ref: str) -> TariffVersionView:
            row = uow.tariffs.get_version(ref)
            assert row is not None
            return self._version_view(uow, row)

        return self._idempotency.execute(
            request_id, "tariff_version.propose", payload, principal.user_id, perform, replay
        )

    # --- simulation (nothing written) --------------------------------------------------------
    def simulate(
        self, principal: Principal, source: SimulationSource, usage: UsageInput
    ) -> ComputedBill:
        principal.require(rights.BILLING_READ)
        given = [bool(source.tariff_id), bool(source.tariff_version_id), source.definition]
        if sum(1 for g in given if g) != 1:
            raise InvalidInput.field(
                "source", "give one of tariff_id, tariff_version_id, definition"
            )
        rated = checked_usage(usage)
        if source.definition is not None:
            draft = checked_definition(source.definition)
            versions: tuple[TariffVersionInput, ...] = (TariffVersionInput("", 0, date.min, draft),)
        else:
            with self._uow(read_only=True) as uow:
                versions = self._simulated_versions(uow, source)
        try:
            bill = compute_charges(versions, rated)
        except NoTariffForPeriod as error:
            raise PreconditionFailed("NO_TARIFF_FOR_PERIOD", str(error)) from None
        amounts = [bill.total_minor, *(abs(line.amount_minor) for line in bill.lines)]
        if max(amounts) > _MAX_AMOUNT_MINOR:
            raise InvalidInput.field(
                "usage.consumption", "the amounts would exceed what a bill can hold"
            )
        return bill

    def _simulated_versions(
        self, uow: UnitOfWork, source: SimulationSource
    ) -> tuple[TariffVersionInput, ...]:
        if source.tariff_id:
            identifier("tariff_id", source.tariff_id)
            if uow.tariffs.get(source.tariff_id) is None:
                raise NotFound("tariff", source.tariff_id)
            return uow.tariffs.approved_inputs(source.tariff_id)
        identifier("tariff_version_id", source.tariff_version_id)
        row = uow.tariffs.get_version(source.tariff_version_id)
        if row is None:
            raise NotFound("tariff_version", source.tariff_version_id)
        definition = parsed_definition(row.id, row.definition_hash, row.definition_json)
        return (TariffVersionInput(row.id, row.version_number, date.min, definition),)

    # --- approval ----------------------------------------------------------------------------
    def _approve(
        self,
        uow: UnitOfWork,
        principal: Principal,
        request: ApprovalRequestRow,
        payload: Mapping[str, Any],
    ) -> None:
        self._decide(uow, principal, request, payload, APPROVED)

    def _reject(
        self,
        uow: UnitOfWork,
        principal: Principal,
        request: ApprovalRequestRow,
        payload: Mapping[str, Any],
    ) -> None:
        self._decide(uow, principal, request, payload, REJECTED)

    def _decide(
        self,
        uow: UnitOfWork,
        principal: Principal,
        request: ApprovalRequestRow,
        payload: Mapping[str, Any],
        decision: str,
    ) -> None:
        tariff = uow.tariffs.get(str(payload["tariff_id"]), for_update=True)
        row = uow.tariffs.get_version(str(payload["tariff_version_id"]), for_update=True)
        if tariff is None or row is None:
            raise NotFound("tariff_version", str(payload.get("tariff_version_id", "")))
        if row.status != PENDING:
            raise PreconditionFailed("APPROVAL_ALREADY_DECIDED", "this version was already decided")
        now = self._clock.now()
        row.status, row.decided_by, row.decided_at = decision, principal.user_id, now
        if decision == APPROVED:
            tariff.version += 1
            tariff.updated_at = now
        self._audit.record(
            uow,
            f"tariff_version.{'approve' if decision == APPROVED else 'reject'}",
            principal=principal,
            object_type="tariff_version",
            object_id=row.id,
            details_json=details(
                tariff_id=tariff.id,
                version_number=row.version_number,
                valid_from=row.valid_from.isoformat(),
                approval_request_id=request.id,
            ),
        )

    # --- helpers -----------------------------------------------------------------------------
    def _require_change(self, principal: Principal) -> None:
        principal.require(rights.BILLING_TARIFFS)
        if not principal.scope.all_agencies:
            raise Forbidden(
                "AGENCY_OUT_OF_SCOPE",
                "tariffs apply to every agency: only a user with every agency changes them",
            )

    def _check_references(self, uow: UnitOfWork, service: str, category: str, product: str) -> None:
        violations: list[FieldViolation] = []
        item = uow.reference_data.get(ReferenceTable.TARIFF_CATEGORY.value, category)
        if item is None or not item.active:
            violations.append(
                FieldViolation("tariff_category_code", "is not an active tariff category")
            )
        else:
            attributes = json.loads(item.attributes_json or "{}")
            if attributes.get("service") not in (None, "", service):
                violations.append(
                    FieldViolation(
                        "tariff_category_code", f"is a category of {attributes['service']}"
                    )
                )
        if not uow.reference_data.is_active_code(ReferenceTable.PRODUCT.value, product):
            violations.append(FieldViolation("product_code", "is not an active product"))
        if violations:
            raise InvalidInput(violations)

    def _views(self, uow: UnitOfWork, rows: list[TariffRow]) -> list[TariffView]:
        summaries = uow.tariffs.version_summaries([r.id for r in rows], self._clock.now().date())
        return [tariff_view(r, *summaries.get(r.id, (0, False))) for r in rows]

    def _detail(self, uow: UnitOfWork, tariff_id: str) -> TariffDetailView:
        row = uow.tariffs.get(tariff_id)
        if row is None:
            raise NotFound("tariff", tariff_id)
        versions = tuple(self._version_view(uow, v) for v in uow.tariffs.versions(row.id))
        return TariffDetailView(self._views(uow, [row])[0], versions)

    def _version_view(self, uow: UnitOfWork, row: TariffVersionRow) -> TariffVersionView:
        creator = uow.users.get(row.created_by)
        decider = uow.users.get(row.decided_by) if row.decided_by else None
        return TariffVersionView(
            tariff_version_id=row.id,
            tariff_id=row.tariff_id,
            version_number=row.version_number,
            valid_from=row.valid_from,
            status=row.status,
            definition=parsed_definition(row.id, row.definition_hash, row.definition_json),
            definition_json=row.definition_json,
            definition_hash=row.definition_hash,
            reason=row.reason,
            created_by_login=creator.login if creator else "",
            created_at=row.created_at,
            approval_request_id=row.approval_request_id or "",
            decided_by_login=decider.login if decider else "",
            decided_at=row.decided_at,
        )
