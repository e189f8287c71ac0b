"""Billing batches (lots, FAC-2): which subscriptions of an agency a run bills.

Criteria: service, billing periodicity, tariff categories (active TARIFF_CATEGORY codes),
rounds of the agency; an empty criterion means "any". A batch's code is fixed once created
and unique in its agency; a batch is deactivated, never deleted (its runs point at it).
Right billing.tariffs to manage, billing.read to see; agencies in scope (another agency's
batch is NOT_FOUND). Changes are idempotent by request_id, versioned and audited.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from iwebs_server.application.audit_trail import AuditTrail, change_details, details
from iwebs_server.application.bill_run_views import BatchView
from iwebs_server.application.clock import Clock, new_id
from iwebs_server.application.idempotency import Idempotency
from iwebs_server.application.paging import decode_token, next_token, page_size
from iwebs_server.application.validation import Checks, identifier
from iwebs_server.application.views import Page
from iwebs_server.domain import rights
from iwebs_server.domain.customer_base import BillingPeriodicity, Service
from iwebs_server.domain.errors import AlreadyExists, NotFound, VersionConflict
from iwebs_server.domain.principal import Principal
from iwebs_server.domain.reference_tables import ReferenceTable
from iwebs_server.persistence.repositories.bill_run_repository import split_codes
from iwebs_server.persistence.tables.billing import BillingBatchRow
from iwebs_server.persistence.unit_of_work import UnitOfWork, UowFactory

CODE = re.compile(r"[A-Z0-9][A-Z0-9_.\-]{0,31}")
# control characters (NUL first: PostgreSQL text cannot hold it), tab and line breaks apart
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def plain_text(
    checks: Checks, field: str, value: str, *, required: bool = True, max_length: int = 200
) -> str:
    """`Checks.text` that also refuses control characters (SEC-10)."""
    if _CONTROL.search(value):
        checks.fail(field, "must not contain control characters")
        return ""
    return checks.text(field, value, required=required, max_length=max_length)


SERVICES = ("", *(s.value for s in Service))
PERIODICITIES = ("", *(p.value for p in BillingPeriodicity))
MAX_LIST = 200


@dataclass(frozen=True)
class BatchInput:
    name: str
    service: str = ""
    billing_periodicity: str = ""
    tariff_category_codes: Sequence[str] = ()
    round_ids: Sequence[str] = ()


def batch_view(row: BillingBatchRow, subscription_count: int = 0) -> BatchView:
    return BatchView(
        batch_id=row.id,
        agency_id=row.agency_id,
        code=row.code,
        name=row.name,
        service=row.service,
        billing_periodicity=row.billing_periodicity,
        tariff_category_codes=tuple(split_codes(row.tariff_category_codes)),
        round_ids=tuple(split_codes(row.round_ids)),
        active=row.active,
        version=row.version,
        subscription_count=subscription_count,
    )


class BillingBatchService:
    def __init__(
        self, uow_factory: UowFactory, clock: Clock, audit: AuditTrail, idempotency: Idempotency
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._audit = audit
        self._idempotency = idempotency

    # -- reads ------------------------------------------------------------------------------
    def list_batches(
        self,
        principal: Principal,
        agency_id: str = "",
        include_inactive: bool = False,
        size: int = 0,
        token: str = "",
    ) -> Page[BatchView]:
        principal.require(rights.BILLING_READ)
        if agency_id:
            identifier("agency_id", agency_id)
        limit, offset = page_size(size), decode_token(token)
        scope = principal.scope
        if agency_id:
            ids: list[str] | None = [agency_id] if scope.allows(agency_id) else []
        else:
            ids = None if scope.all_agencies else sorted(scope.agency_ids)
        with self._uow(read_only=True) as uow:
            rows = uow.bill_runs.batches(ids, include_inactive, offset, limit)
            return Page(tuple(batch_view(r) for r in rows), next_token(offset, limit, len(rows)))

    def get_batch(self, principal: Principal, batch_id: str) -> BatchView:
        principal.require(rights.BILLING_READ)
        identifier("batch_id", batch_id)
        with self._uow(read_only=True) as uow:
            row = self._batch(uow, principal, batch_id)
            today = self._clock.now().date()
            return batch_view(row, uow.bill_runs.count_batch_subscriptions(row, today))

    # -- changes ----------------------------------------------------------------------------
    def create(
        self, principal: Principal, request_id: str, *, agency_id: str, code: str, data: BatchInput
    ) -> BatchView:
        principal.require(rights.BILLING_TARIFFS)
        checks = Checks()
        checks.identifier("batch.agency_id", agency_id)
        code = plain_text(checks, "batch.code", code, max_length=32).upper()
        if code and not CODE.fullmatch(code):
            checks.fail("batch.code", "capitals, digits, _ . - only")
        clean = self._checked(checks, data)
        checks.raise_if_any()
        payload = {"agency_id": agency_id, "code": code, **_payload(clean)}

        def perform(uow: UnitOfWork) -> tuple[str, BatchView]:
            if uow.agencies.get(agency_id, principal.scope) is None:
                raise NotFound("agency", agency_id)
            self._check_references(uow, agency_id, clean)
            if uow.bill_runs.batch_by_code(agency_id, code) is not None:
                raise AlreadyExists("billing_batch", "batch.code")
            now = self._clock.now()
            row = BillingBatchRow(
                id=new_id(),
                agency_id=agency_id,
                code=code,
                active=True,
                version=1,
                created_at=now,
                updated_at=now,
                **_columns(clean),
            )
            uow.bill_runs.add_batch(row)
            self._audit.record(
                uow,
                "billing.batch.create",
                principal=principal,
                agency_id=agency_id,
                object_type="billing_batch",
                object_id=row.id,
                request_id=request_id,
                details_json=details(code=code, **_payload(clean)),
            )
            return row.id, batch_view(row)

        return self._idempotency.execute(
            request_id, "billing.batch.create", payload, principal.user_id, perform, self._replay
        )

    def update(
        self,
        principal: Principal,
        request_id: str,
        *,
        batch_id: str,
        version: int,
        data: BatchInput,
    ) -> BatchView:
        principal.require(rights.BILLING_TARIFFS)
        checks = Checks()
        checks.identifier("batch_id", batch_id)
        clean = self._checked(checks, data)
        checks.raise_if_any()
        payload = {"batch_id": batch_id, "version": version, **_payload(clean)}

        def perform(uow: UnitOfWork) -> tuple[str, BatchView]:
            row = self._batch(uow, principal, batch_id)
            if row.version != version:
                raise VersionConflict("billing_batch")
            self._check_references(uow, row.agency_id, clean)
            old = _payload(_input(row))
            for name, value in _columns(clean).items():
                setattr(row, name, value)
            row.version += 1
            row.updated_at = self._clock.now()
            self._audit.record(
                uow,
                "billing.batch.update",
                principal=principal,
                agency_id=row.agency_id,
                object_type="billing_batch",
                object_id=row.id,
                request_id=request_id,
                details_json=change_details(old, _payload(clean)),
            )
            return row.id, batch_view(row)

        return self._idempotency.execute(
            request_id, "billing.batch.update", payload, principal.user_id, perform, self._replay
        )

    def deactivate(
        self, principal: Principal, request_id: str, *, batch_id: str, version: int
    ) -> BatchView:
        principal.require(rights.BILLING_TARIFFS)
        identifier("batch_id", batch_id)
        payload = {"batch_id": batch_id, "version": version}

        def perform(uow: UnitOfWork) -> tuple[str, BatchView]:
            row = self._batch(uow, principal, batch_id)
            if row.version != version:
                raise VersionConflict("billing_batch")
            row.active = False
            row.version += 1
            row.updated_at = self._clock.now()
            self._audit.record(
                uow,
                "billing.batch.deactivate",
                principal=principal,
                agency_id=row.agency_id,
                object_type="billing_batch",
                object_id=row.id,
                request_id=request_id,
                details_json=details(code=row.code),
            )
            return row.id, batch_view(row)

        return self._idempotency.execute(
            request_id,
            "billing.batch.deactivate",
            payload,
            principal.user_id,
            perform,
            self._replay,
        )

    # -- helpers ----------------------------------------------------------------------------
    @staticmethod
    def _checked(checks: Checks, data: BatchInput) -> BatchInput:
        name = plain_text(checks, "batch.name", data.name, max_length=200)
        service = checks.choice("batch.service", data.service.strip().lower(), SERVICES)
        periodicity = checks.choice(
            "batch.billing_periodicity", data.billing_periodicity.strip().lower(), PERIODICITIES
        )
        categories = [c.strip().upper() for c in data.tariff_category_codes]
        if len(categories) > MAX_LIST:
            checks.fail("batch.tariff_category_codes", f"at most {MAX_LIST}")
        for index, category in enumerate(categories[:MAX_LIST]):
            if not category or len(category) > 32 or "," in category or _CONTROL.search(category):
                checks.fail(f"batch.tariff_category_codes[{index}]", "is not a code")
        rounds = [r.strip() for r in data.round_ids]
        if len(rounds) > MAX_LIST:
            checks.fail("batch.round_ids", f"at most {MAX_LIST}")
        for index, round_id in enumerate(rounds[:MAX_LIST]):
            checks.identifier(f"batch.round_ids[{index}]", round_id)
        return BatchInput(
            name,
            service,
            periodicity,
            tuple(sorted(set(categories))),
            tuple(dict.fromkeys(rounds)),
        )

    @staticmethod
    def _check_references(uow: UnitOfWork, agency_id: str, data: BatchInput) -> None:
        checks = Checks()
        if data.tariff_category_codes:
            active = uow.reference_data.active_codes(ReferenceTable.TARIFF_CATEGORY.value)
            for index, category in enumerate(data.tariff_category_codes):
                if category not in active:
                    checks.fail(
                        f"batch.tariff_category_codes[{index}]", "is not an active tariff category"
                    )
        if data.round_ids:
            found = uow.bill_runs.rounds_of_agency(agency_id, data.round_ids)
            for index, round_id in enumerate(data.round_ids):
                if round_id not in found:
                    checks.fail(f"batch.round_ids[{index}]", "is not a round of the agency")
        checks.raise_if_any()

    def _batch(self, uow: UnitOfWork, principal: Principal, batch_id: str) -> BillingBatchRow:
        row = uow.bill_runs.batch(batch_id)
        if row is None or not principal.scope.allows(row.agency_id):
            raise NotFound("billing_batch", batch_id)
        return row

    @staticmethod
    def _replay(uow: UnitOfWork, ref: str) -> BatchView:
        row = uow.bill_runs.batch(ref)
        assert row is not None
        return batch_view(row)


def _input(row: BillingBatchRow) -> BatchInput:
    return BatchInput(
        row.name,
        row.service,
        row.billing_periodicity,
        tuple(split_codes(row.tariff_category_codes)),
        tuple(split_codes(row.round_ids)),
    )


def _columns(data: BatchInput) -> dict[str, object]:
    return {
        "name": data.name,
        "service": data.service,
        "billing_periodicity": data.billing_periodicity,
        "tariff_category_codes": ",".join(data.tariff_category_codes),
        "round_ids": ",".join(data.round_ids),
    }


def _payload(data: BatchInput) -> dict[str, object]:
    return {
        "name": data.name,
        "service": data.service,
        "billing_periodicity": data.billing_periodicity,
        "tariff_category_codes": list(data.tariff_category_codes),
        "round_ids": list(data.round_ids),
    }
