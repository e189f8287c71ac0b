"""Meters (devices) with their registers, installation and removal at premises, and the
numbered seals fitted on them (issue 3).

A meter's scope is the agency that holds it in stock or where it is installed. Scope,
history and idempotency work as in customers.py."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy.exc import IntegrityError

from iwebs_server.application.audit_trail import AuditTrail
from iwebs_server.application.change_history import CREATE, STATUS, ChangeHistory, changed_fields
from iwebs_server.application.clock import Clock, new_id
from iwebs_server.application.customer_base_views import (
    InstallationView,
    MeterDetails,
    MeterInput,
    MeterMovement,
    MeterView,
    SealView,
    UpdateRequest,
)
from iwebs_server.application.customer_record_views import (
    installation_view,
    installation_views,
    meter_views,
    seal_view,
)
from iwebs_server.application.customer_records import (
    Recorder,
    agency_in_scope,
    check_code,
    check_update,
    check_version,
    checked_paths,
    created,
    found,
    found_in_scope,
    input_payload,
    update_payload,
)
from iwebs_server.application.idempotency import Idempotency
from iwebs_server.application.meter_checks import (
    apply_meter,
    check_meter_codes,
    checked_indexes,
    checked_meter,
    checked_registers,
)
from iwebs_server.application.paging import decode_token, next_token, page_size
from iwebs_server.application.validation import Checks
from iwebs_server.application.views import Page
from iwebs_server.domain import rights
from iwebs_server.domain.customer_base import (
    InvalidTransition,
    MeterStatus,
    Service,
    SubscriptionStatus,
)
from iwebs_server.domain.errors import AlreadyExists, InvalidInput
from iwebs_server.domain.principal import Principal
from iwebs_server.domain.reference_tables import ReferenceTable
from iwebs_server.domain.search_keys import serial_key
from iwebs_server.persistence.tables.customer_base import (
    MeterInstallationRow,
    MeterRegisterRow,
    MeterRow,
    MeterSealRow,
)
from iwebs_server.persistence.unit_of_work import UnitOfWork, UowFactory

MAX_FOUND_BY_SERIAL = 20
METER_PATHS = (
    "serial",
    "make_code",
    "meter_type_code",
    "calibre_code",
    "digits",
    "multiplier",
    "manufactured_year",
)
_INSTALLABLE = frozenset({MeterStatus.IN_STOCK, MeterStatus.REMOVED})


def _meter_fields(row: MeterRow) -> dict[str, Any]:
    return {
        "serial": row.serial,
        "make_code": row.make_code,
        "meter_type_code": row.meter_type_code,
        "calibre_code": row.calibre_code,
        "digits": row.digits,
        "multiplier": row.multiplier,
        "manufactured_year": row.manufactured_year or 0,
    }


class MeterService:
    def __init__(
        self,
        uow_factory: UowFactory,
        clock: Clock,
        audit: AuditTrail,
        idempotency: Idempotency,
        history: ChangeHistory,
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._idempotency = idempotency
        self._recorder = Recorder(history, audit)

    # -- reads ---------------------------------------------------------------------------
    def get(self, principal: Principal, meter_id: str) -> MeterDetails:
        principal.require(rights.CUSTOMERS_READ)
        with self._uow(read_only=True) as uow:
            row = self._meter(uow, principal, meter_id)
            return self._details(uow, row)

    def find_by_serial(self, principal: Principal, serial: str) -> list[MeterView]:
        principal.require(rights.CUSTOMERS_READ)
        key = serial_key(serial)
        if not key:
            raise InvalidInput.field("serial", "is required")
        with self._uow(read_only=True) as uow:
            rows = uow.meters.by_serial_key(key[:40], principal.scope, MAX_FOUND_BY_SERIAL)
            return meter_views(uow, rows)

    def list_installations(
        self, principal: Principal, meter_id: str, premise_id: str, size: int, token: str
    ) -> Page[InstallationView]:
        principal.require(rights.CUSTOMERS_READ)
        limit, offset = page_size(size), decode_token(token)
        if bool(meter_id) == bool(premise_id):
            raise InvalidInput.field("meter_id", "give a meter or a premise (one of them)")
        with self._uow(read_only=True) as uow:
            if meter_id:
                self._meter(uow, principal, meter_id)
            else:
                found_in_scope(
                    uow, principal, uow.premises.get, "premise", premise_id, "premise_id"
                )
            rows = uow.meters.installations(
                meter_id=meter_id, premise_id=premise_id, offset=offset, limit=limit
            )
            items = tuple(installation_views(uow, rows))
            return Page(items, next_token(offset, limit, len(rows)))

    # -- meters --------------------------------------------------------------------------
    def register(self, principal: Principal, request_id: str, data: MeterInput) -> MeterView:
        principal.require(rights.CUSTOMERS_MANAGE)
        checks = Checks()
        service = checks.choice("service", data.service, [s.value for s in Service])
        values = checked_meter(checks, service, data.__dict__)
        registers = checked_registers(checks, service, data.registers)
        legacy = checks.text(
            "legacy_reference", data.legacy_reference, required=False, max_length=64
        )

        def perform(uow: UnitOfWork) -> tuple[str, MeterView]:
            agency_in_scope(checks, uow, principal.scope, data.agency_id)
            check_meter_codes(checks, uow, values, list(values))
            checks.raise_if_any()
            key = serial_key(values["serial"])[:40]
            if uow.meters.by_make_and_serial(values["make_code"], key) is not None:
                raise AlreadyExists("meter", "serial", "a meter of this make has this serial")
            if legacy and uow.meters.by_legacy_reference(legacy) is not None:
                raise AlreadyExists("meter", "legacy_reference")
            now = self._clock.now()
            row = MeterRow(
                id=new_id(),
                service=service,
                status=MeterStatus.IN_STOCK.value,
                agency_id=data.agency_id,
                legacy_reference=legacy or None,
                version=1,
                created_at=now,
                updated_at=now,
            )
            apply_meter(row, values)
            uow.meters.add(row)
            for code, unit in registers:
                uow.meters.add(MeterRegisterRow(id=new_id(), meter_id=row.id, code=code, unit=unit))
            fields = {
                **values,
                "service": service,
                "status": row.status,
                "registers": [f"{c} ({u})" for c, u in registers],
            }
            self._recorder.changed(
                uow,
                principal,
                entity_type="meter",
                entity_id=row.id,
                agency_id=row.agency_id,
                customer_ids=[],
                action=CREATE,
                changes=created(fields),
                request_id=request_id,
            )
            return row.id, meter_views(uow, [row])[0]

        def replay(uow: UnitOfWork, ref: str) -> MeterView:
            return meter_views(uow, [self._meter(uow, principal, ref)])[0]

        return self._idempotency.execute(
            request_id, "meter.register", input_payload(data), principal.user_id, perform, replay
        )

    def update(self, principal: Principal, request: UpdateRequest, data: MeterInput) -> MeterView:
        principal.require(rights.CUSTOMERS_MANAGE)
        action = check_update(request)
        paths = checked_paths(request.paths, METER_PATHS)

        def perform(uow: UnitOfWork) -> tuple[str, MeterView]:
            row = self._meter(uow, principal, request.record_id)
            check_version(row, request.version, "meter")
            old = _meter_fields(row)
            checks = Checks()
            values = checked_meter(checks, row.service, old | {p: getattr(data, p) for p in paths})
            changes = changed_fields(old, values)
            check_meter_codes(checks, uow, values, list(changes))
            checks.raise_if_any()
            if not changes:
                return row.id, meter_views(uow, [row])[0]
            if {"serial", "make_code"} & set(changes):
                other = uow.meters.by_make_and_serial(
                    values["make_code"], serial_key(values["serial"])[:40]
                )
                if other is not None and other.id != row.id:
                    raise AlreadyExists("meter", "serial", "a meter of this make has this serial")
            apply_meter(row, values)
            self._recorder.changed_version(
                uow,
                principal,
                row,
                self._clock.now(),
                entity_type="meter",
                customer_ids=self._holders(uow, row.id),
                action=action,
                changes=changes,
                reason=request.reason.strip(),
                request_id=request.request_id,
            )
            return row.id, meter_views(uow, [row])[0]

        def replay(uow: UnitOfWork, ref: str) -> MeterView:
            return meter_views(uow, [self._meter(uow, principal, ref)])[0]

        return self._idempotency.execute(
            request.request_id,
            "meter.update",
            update_payload(request, input_payload(data, paths)),
            principal.user_id,
            perform,
            replay,
        )

    # -- installation --------------------------------------------------------------------
    def install(
        self,
        principal: Principal,
        request_id: str,
        meter_id: str,
        meter_version: int,
        premise_id: str,
        subscription_id: str,
        installed_on: date | None,
        indexes: Mapping[str, str],
    ) -> MeterMovement:
        principal.require(rights.CUSTOMERS_MANAGE)
        today = self._clock.now().date()
        day = installed_on or today
        checks = Checks()
        checks.identifier("meter_id", meter_id)
        checks.identifier("premise_id", premise_id)
        checks.identifier("subscription_id", subscription_id, required=False)
        if day > today:
            checks.fail("installed_on", "cannot be in the future")
        checks.raise_if_any()

        def perform(uow: UnitOfWork) -> tuple[str, MeterMovement]:
            meter = self._meter(uow, principal, meter_id)
            check_version(meter, meter_version, "meter")
            if meter.status not in _INSTALLABLE:
                raise InvalidTransition("meter", meter.status, "install")
            premise = found_in_scope(
                uow, principal, uow.premises.get, "premise", premise_id, "premise_id"
            )
            holders: list[str | None] = []
            if subscription_id:
                subscription = found_in_scope(
                    uow,
                    principal,
                    uow.subscriptions.get,
                    "subscription",
                    subscription_id,
                    "subscription_id",
                )
                if subscription.premise_id != premise.id:
                    raise InvalidInput.field("subscription_id", "is not at this premise")
                if subscription.service != meter.service:
                    raise InvalidInput.field("subscription_id", "is for another service")
                if subscription.status == SubscriptionStatus.TERMINATED:
                    raise InvalidInput.field("subscription_id", "is terminated")
                holders.append(uow.subscriptions.holder(subscription.id))
            else:
                holders.extend(uow.premises.holders(premise.id))
            if uow.meters.installed_for(premise.id, subscription_id or None, meter.service):
                raise AlreadyExists(
                    "meter_installation",
                    "subscription_id" if subscription_id else "premise_id",
                    "a meter is already installed there for this service; remove it first",
                )
            previous = uow.meters.installations(meter_id=meter.id, offset=0, limit=1)
            if previous and previous[0].removed_on and day < previous[0].removed_on:
                raise InvalidInput.field("installed_on", "is before the meter's last removal")
            stored = checked_indexes(uow, meter, indexes, "installation_indexes")
            row = MeterInstallationRow(
                id=new_id(),
                meter_id=meter.id,
                premise_id=premise.id,
                subscription_id=subscription_id or None,
                agency_id=premise.agency_id,
                installed_on=day,
                installation_indexes=stored,
                created_at=self._clock.now(),
            )
            uow.meters.add(row)
            old = {"status": meter.status, "agency_id": meter.agency_id}
            meter.status = MeterStatus.INSTALLED.value
            meter.agency_id = premise.agency_id
            changes = changed_fields(old, {"status": meter.status, "agency_id": meter.agency_id})
            changes |= {
                "premise": (None, premise.premise_number),
                "subscription_id": (None, subscription_id),
                "installed_on": (None, day),
                "installation_indexes": (None, stored),
            }
            self._recorder.changed_version(
                uow,
                principal,
                meter,
                self._clock.now(),
                entity_type="meter",
                customer_ids=holders,
                action=STATUS,
                changes=changes,
                request_id=request_id,
            )
            return row.id, self._movement(uow, row, meter)

        def replay(uow: UnitOfWork, ref: str) -> MeterMovement:
            return self._movement_of(uow, principal, ref)

        payload = {
            "meter": meter_id,
            "version": meter_version,
            "premise": premise_id,
            "subscription": subscription_id,
            "on": day,
            "indexes": dict(indexes),
        }
        return self._idempotency.execute(
            request_id, "meter.install", payload, principal.user_id, perform, replay
        )

    def remove(
        self,
        principal: Principal,
        request_id: str,
        meter_id: str,
        meter_version: int,
        removed_on: date | None,
        indexes: Mapping[str, str],
        reason: str,
    ) -> MeterMovement:
        principal.require(rights.CUSTOMERS_MANAGE)
        today = self._clock.now().date()
        day = removed_on or today
        checks = Checks()
        checks.identifier("meter_id", meter_id)
        reason = checks.text("reason", reason, max_length=200)
        if day > today:
            checks.fail("removed_on", "cannot be in the future")
        checks.raise_if_any()

        def perform(uow: UnitOfWork) -> tuple[str, MeterMovement]:
            meter = self._meter(uow, principal, meter_id)
            check_version(meter, meter_version, "meter")
            row = uow.meters.current_installation(meter.id)
            if meter.status != MeterStatus.INSTALLED or row is None:
                raise InvalidTransition("meter", meter.status, "remove")
            if day < row.installed_on:
                raise InvalidInput.field("removed_on", "is before the installation")
            holders = self._holders(uow, meter.id)
            row.removal_indexes = checked_indexes(uow, meter, indexes, "removal_indexes")
            row.removed_on = day
            row.removal_reason = reason
            meter.status = MeterStatus.REMOVED.value
            changes = {
                "status": (MeterStatus.INSTALLED.value, meter.status),
                "removed_on": (None, day),
                "removal_indexes": (None, row.removal_indexes),
            }
            self._recorder.changed_version(
                uow,
                principal,
                meter,
                self._clock.now(),
                entity_type="meter",
                customer_ids=holders,
                action=STATUS,
                changes=changes,
                reason=reason,
                request_id=request_id,
            )
            return row.id, self._movement(uow, row, meter)

        def replay(uow: UnitOfWork, ref: str) -> MeterMovement:
            return self._movement_of(uow, principal, ref)

        payload = {
            "meter": meter_id,
            "version": meter_version,
            "on": day,
            "indexes": dict(indexes),
            "reason": reason,
        }
        return self._idempotency.execute(
            request_id, "meter.remove", payload, principal.user_id, perform, replay
        )

    # -- seals ---------------------------------------------------------------------------
    def fit_seal(
        self,
        principal: Principal,
        request_id: str,
        meter_id: str,
        seal_number: str,
        position: str,
        fitted_on: date | None,
    ) -> SealView:
        principal.require(rights.CUSTOMERS_MANAGE)
        today = self._clock.now().date()
        day = fitted_on or today
        checks = Checks()
        checks.identifier("meter_id", meter_id)
        number = checks.text("seal_number", seal_number, max_length=40).upper()
        position = checks.text("position", position, required=False, max_length=32)
        if day > today:
            checks.fail("fitted_on", "cannot be in the future")
        checks.raise_if_any()

        def perform(uow: UnitOfWork) -> tuple[str, SealView]:
            meter = self._meter(uow, principal, meter_id)
            checks = Checks()
            check_code(
                checks, uow, ReferenceTable.SEAL_POSITION, "position", position, required=False
            )
            checks.raise_if_any()
            if uow.meters.seal_by_number(number) is not None:
                raise AlreadyExists("seal", "seal_number")
            row = MeterSealRow(
                id=new_id(),
                seal_number=number,
                meter_id=meter.id,
                agency_id=meter.agency_id,
                position=position,
                fitted_on=day,
                created_at=self._clock.now(),
            )
            try:
                uow.meters.add(row)
            except IntegrityError as error:  # a twin fitted the same number first
                raise AlreadyExists("seal", "seal_number") from error
            self._recorder.changed(
                uow,
                principal,
                entity_type="seal",
                entity_id=row.id,
                agency_id=row.agency_id,
                customer_ids=self._holders(uow, meter.id),
                action=CREATE,
                changes=created(
                    {
                        "seal_number": number,
                        "meter": meter.serial,
                        "position": position,
                        "fitted_on": day,
                    }
                ),
                request_id=request_id,
            )
            return row.id, seal_view(row)

        def replay(uow: UnitOfWork, ref: str) -> SealView:
            return seal_view(found(uow.meters.seal(ref, principal.scope), "seal", ref))

        payload = {"meter": meter_id, "number": number, "position": position, "on": day}
        return self._idempotency.execute(
            request_id, "seal.fit", payload, principal.user_id, perform, replay
        )

    def remove_seal(
        self,
        principal: Principal,
        request_id: str,
        seal_id: str,
        removed_on: date | None,
        reason: str,
    ) -> SealView:
        principal.require(rights.CUSTOMERS_MANAGE)
        today = self._clock.now().date()
        day = removed_on or today
        checks = Checks()
        checks.identifier("seal_id", seal_id)
        reason = checks.text("reason", reason, max_length=200)
        if day > today:
            checks.fail("removed_on", "cannot be in the future")
        checks.raise_if_any()

        def perform(uow: UnitOfWork) -> tuple[str, SealView]:
            row = found(uow.meters.seal(seal_id, principal.scope, for_update=True), "seal", seal_id)
            meter = self._meter(uow, principal, row.meter_id)
            if row.removed_on is not None:
                raise InvalidTransition("seal", "removed", "remove")
            if day < row.fitted_on:
                raise InvalidInput.field("removed_on", "is before the seal was fitted")
            row.removed_on = day
            row.removal_reason = reason
            self._recorder.changed(
                uow,
                principal,
                entity_type="seal",
                entity_id=row.id,
                agency_id=meter.agency_id,
                customer_ids=self._holders(uow, meter.id),
                action=STATUS,
                changes={"removed_on": (None, day)},
                reason=reason,
                request_id=request_id,
            )
            return row.id, seal_view(row)

        def replay(uow: UnitOfWork, ref: str) -> SealView:
            return seal_view(found(uow.meters.seal(ref, principal.scope), "seal", ref))

        payload = {"seal": seal_id, "on": day, "reason": reason}
        return self._idempotency.execute(
            request_id, "seal.remove", payload, principal.user_id, perform, replay
        )

    # -- helpers -------------------------------------------------------------------------
    def _meter(self, uow: UnitOfWork, principal: Principal, meter_id: str) -> MeterRow:
        return found_in_scope(uow, principal, uow.meters.get, "meter", meter_id, "meter_id")

    def _details(self, uow: UnitOfWork, row: MeterRow) -> MeterDetails:
        current = uow.meters.current_installation(row.id)
        return MeterDetails(
            meter=meter_views(uow, [row])[0],
            current_installation=installation_view(current, row.serial) if current else None,
            seals=tuple(seal_view(s) for s in uow.meters.seals([row.id], fitted_only=False)),
        )

    def _movement(
        self, uow: UnitOfWork, row: MeterInstallationRow, meter: MeterRow
    ) -> MeterMovement:
        return MeterMovement(installation_view(row, meter.serial), meter_views(uow, [meter])[0])

    def _movement_of(
        self, uow: UnitOfWork, principal: Principal, installation_id: str
    ) -> MeterMovement:
        """The answer to an installation or removal, again for a repeated request."""
        row = found(uow.meters.installation(installation_id), "meter_installation", installation_id)
        return self._movement(uow, row, self._meter(uow, principal, row.meter_id))

    @staticmethod
    def _holders(uow: UnitOfWork, meter_id: str) -> list[str | None]:
        """The customers whose history shows a change to the meter: the holder of the
        subscription it is installed for, else the customers of its premise."""
        current = uow.meters.current_installation(meter_id)
        if current is None:
            return []
        if current.subscription_id:
            return [uow.subscriptions.holder(current.subscription_id)]
        return list(uow.premises.holders(current.premise_id))
