"""Parameters (PAR-1): list, set, reset, history; and the reader the rest of the system uses.

A value is set globally (scope "*") or, for an agency-scoped key, for one agency; the
agency value overrides the global one, which overrides the definition's default. Every
change is historized (ACC-4: entity "parameter", one row per change with old -> new and
reason) and audited (ADM-8), in the same transaction as the change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from iwebs_server.application.audit_trail import AuditTrail, details
from iwebs_server.application.change_history import (
    CREATE,
    UPDATE,
    ChangedRecord,
    ChangeHistory,
)
from iwebs_server.application.clock import Clock, new_id
from iwebs_server.application.idempotency import Idempotency
from iwebs_server.application.paging import decode_token, next_token, page_size
from iwebs_server.application.validation import Checks
from iwebs_server.domain import rights
from iwebs_server.domain.errors import (
    Forbidden,
    InvalidInput,
    NotFound,
    VersionConflict,
)
from iwebs_server.domain.parameters import (
    REGISTRY,
    ParameterDefinition,
    ParameterValue,
    ParameterValueError,
)
from iwebs_server.domain.principal import Principal
from iwebs_server.persistence.tables.change_history import RecordChangeRow
from iwebs_server.persistence.tables.reference_data import GLOBAL_SCOPE, ParameterValueRow
from iwebs_server.persistence.unit_of_work import UnitOfWork, UowFactory

ENTITY = "parameter"
RESET = "reset"
DEFAULT_SOURCE = "default"


@dataclass(frozen=True)
class ParameterValueView:
    scope: str  # "*" or an agency id
    value: str
    version: int
    updated_at: datetime
    updated_by: str


@dataclass(frozen=True)
class ParameterView:
    definition: ParameterDefinition
    effective_value: str
    # where the effective value comes from: "default", "*" (global) or an agency id
    effective_source: str
    values: tuple[ParameterValueView, ...]  # the global value and the agency values in scope


@dataclass(frozen=True)
class ParameterChangeView:
    change_id: int
    changed_at: datetime
    user_login: str
    workstation_id: str
    key: str
    scope: str  # "*" or an agency id
    action: str  # create | update | reset
    old_value: str
    new_value: str
    reason: str


def _value_view(row: ParameterValueRow) -> ParameterValueView:
    return ParameterValueView(row.scope, row.value, row.version, row.updated_at, row.updated_by)


def _change_view(row: RecordChangeRow) -> ParameterChangeView:
    return ParameterChangeView(
        change_id=row.id,
        changed_at=row.changed_at,
        user_login=row.user_login,
        workstation_id=row.workstation_id or "",
        key=row.entity_id,
        scope=row.agency_id or GLOBAL_SCOPE,
        action=row.action,
        old_value=row.old_value,
        new_value=row.new_value,
        reason=row.reason,
    )


def effective_text(
    definition: ParameterDefinition, rows: list[ParameterValueRow], agency_id: str | None
) -> tuple[str, str]:
    """(value, source) of a key for an agency (None: the global value)."""
    by_scope = {r.scope: r for r in rows}
    if agency_id and definition.agency_overridable and agency_id in by_scope:
        return by_scope[agency_id].value, agency_id
    if GLOBAL_SCOPE in by_scope:
        return by_scope[GLOBAL_SCOPE].value, GLOBAL_SCOPE
    return definition.default, DEFAULT_SOURCE


class ParameterReader:
    """What other services call to read a parameter, inside their own unit of work."""

    def effective(self, uow: UnitOfWork, key: str, agency_id: str | None = None) -> ParameterValue:
        return self.effective_many(uow, (key,), agency_id)[key]

    def effective_many(
        self, uow: UnitOfWork, keys: Sequence[str], agency_id: str | None = None
    ) -> dict[str, ParameterValue]:
        """Several keys for one agency in one statement (a bill run's chunk reads nine)."""
        scopes = [GLOBAL_SCOPE] + ([agency_id] if agency_id else [])
        rows: dict[str, list[ParameterValueRow]] = {key: [] for key in keys}
        for row in uow.reference_data.effective_parameter_values(keys, scopes):
            rows[row.key].append(row)
        return {key: _parsed(REGISTRY[key], rows[key], agency_id) for key in keys}


def _parsed(
    definition: ParameterDefinition, rows: list[ParameterValueRow], agency_id: str | None
) -> ParameterValue:
    text, _source = effective_text(definition, rows, agency_id)
    try:
        return definition.parse(text)
    except ParameterValueError:
        # A value stored before its definition's validation was tightened: the default.
        return definition.parse(definition.default)


def require_definition(key: str, field: str = "key") -> ParameterDefinition:
    definition = REGISTRY.get(key)
    if definition is None:
        raise InvalidInput.field(field, "is not a known parameter")
    return definition


def check_value(definition: ParameterDefinition, value: str, field: str = "value") -> str:
    """The canonical text of `value`, or INVALID_ARGUMENT on `field` saying why."""
    try:
        return definition.normalize(value)
    except ParameterValueError as error:
        raise InvalidInput.field(field, str(error)) from error


class ParameterService:
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
        self._audit = audit
        self._idempotency = idempotency
        self._history = history
        self.reader = ParameterReader()

    # reads

    def list_parameters(
        self, principal: Principal, module: str, agency_id: str
    ) -> list[ParameterView]:
        """Every definition (of `module` if given) with its values; the effective value is
        the one `agency_id` sees (the global one when empty)."""
        principal.require(rights.PARAMETERS_READ)
        if agency_id:
            principal.scope.require(agency_id, "agency")
        with self._uow(read_only=True) as uow:
            rows = uow.reference_data.parameter_values()
        by_key: dict[str, list[ParameterValueRow]] = {}
        for row in rows:
            if row.scope == GLOBAL_SCOPE or principal.scope.allows(row.scope):
                by_key.setdefault(row.key, []).append(row)
        views = []
        for definition in REGISTRY.values():
            if module and definition.module != module:
                continue
            values = by_key.get(definition.key, [])
            value, source = effective_text(definition, values, agency_id or None)
            views.append(
                ParameterView(
                    definition,
                    value,
                    source,
                    tuple(_value_view(r) for r in sorted(values, key=_global_first)),
                )
            )
        return views

    def get(self, principal: Principal, key: str, agency_id: str) -> ParameterView:
        definition = require_definition(key)
        views = self.list_parameters(principal, definition.module, agency_id)
        return next(v for v in views if v.definition.key == key)

    def changes(
        self, principal: Principal, key: str, size: int, token: str
    ) -> tuple[list[ParameterChangeView], str]:
        principal.require(rights.PARAMETERS_READ)
        require_definition(key)
        limit, offset = page_size(size), decode_token(token)
        with self._uow(read_only=True) as uow:
            rows = uow.change_history.for_entity(ENTITY, key, offset, limit)
        visible = [
            _change_view(r)
            for r in rows
            if r.agency_id is None or principal.scope.allows(r.agency_id)
        ]
        return visible, next_token(offset, limit, len(rows))

    # changes

    def set_value(
        self,
        principal: Principal,
        request_id: str,
        key: str,
        agency_id: str,
        value: str,
        version: int,
        reason: str,
    ) -> ParameterView:
        """Sets the global value (agency_id empty) or an agency's override (PAR-1).

        `version` is the version of the value being replaced (0 when there is none yet)."""
        principal.require(rights.PARAMETERS_MANAGE)
        definition = require_definition(key)
        checks = Checks()
        reason = checks.text("reason", reason, required=False, max_length=500)
        if agency_id:
            checks.identifier("agency_id", agency_id)
            if not definition.agency_overridable:
                checks.fail("agency_id", "this parameter has one value for every agency")
        checks.raise_if_any()
        canonical = check_value(definition, value)
        scope = self._writable_scope(principal, agency_id)
        payload = {
            "key": key,
            "scope": scope,
            "value": canonical,
            "version": version,
            "reason": reason,
        }

        def perform(uow: UnitOfWork) -> tuple[str, ParameterView]:
            self._require_agency(uow, principal, agency_id)
            self.apply(uow, principal, definition, scope, canonical, version, reason, request_id)
            return f"{key}@{scope}", self._view(uow, principal, definition, agency_id)

        def replay(uow: UnitOfWork, ref: str) -> ParameterView:
            return self._view(uow, principal, definition, agency_id)

        return self._idempotency.execute(
            request_id, "parameter.set", payload, principal.user_id, perform, replay
        )

    def reset_value(
        self,
        principal: Principal,
        request_id: str,
        key: str,
        agency_id: str,
        version: int,
        reason: str,
    ) -> ParameterView:
        """Removes the value at a scope: an agency falls back on the global value, the
        global value falls back on the default."""
        principal.require(rights.PARAMETERS_MANAGE)
        definition = require_definition(key)
        checks = Checks()
        reason = checks.text("reason", reason, required=False, max_length=500)
        if agency_id:
            checks.identifier("agency_id", agency_id)
        checks.raise_if_any()
        scope = self._writable_scope(principal, agency_id)
        payload = {"key": key, "scope": scope, "version": version, "reason": reason}

        def perform(uow: UnitOfWork) -> tuple[str, ParameterView]:
            row = uow.reference_data.parameter_value(key, scope)
            if row is None:
                raise NotFound("parameter_value", f"{key}@{scope}")
            if row.version != version:
                raise VersionConflict("parameter")
            uow.reference_data.delete_parameter_value(row)
            self._record(uow, principal, key, scope, RESET, row.value, "", reason, request_id)
            return f"{key}@{scope}", self._view(uow, principal, definition, agency_id)

        def replay(uow: UnitOfWork, ref: str) -> ParameterView:
            return self._view(uow, principal, definition, agency_id)

        return self._idempotency.execute(
            request_id, "parameter.reset", payload, principal.user_id, perform, replay
        )

    def apply(
        self,
        uow: UnitOfWork,
        principal: Principal,
        definition: ParameterDefinition,
        scope: str,
        canonical: str,
        version: int | None,
        reason: str,
        request_id: str | None,
    ) -> bool:
        """Writes one value in `uow` (version None: no check, for imports); True if changed."""
        row = uow.reference_data.parameter_value(definition.key, scope)
        current_version = row.version if row is not None else 0
        if version is not None and version != current_version:
            raise VersionConflict("parameter")
        if row is not None and row.value == canonical:
            return False
        now = self._clock.now()
        if row is None:
            uow.reference_data.add_parameter_value(
                ParameterValueRow(
                    id=new_id(),
                    key=definition.key,
                    scope=scope,
                    value=canonical,
                    version=1,
                    updated_at=now,
                    updated_by=principal.user_id,
                )
            )
            old, action = "", CREATE
        else:
            old, action = row.value, UPDATE
            row.value, row.version = canonical, row.version + 1
            row.updated_at, row.updated_by = now, principal.user_id
        self._record(
            uow, principal, definition.key, scope, action, old, canonical, reason, request_id
        )
        return True

    def _record(
        self,
        uow: UnitOfWork,
        principal: Principal,
        key: str,
        scope: str,
        action: str,
        old: str,
        new: str,
        reason: str,
        request_id: str | None,
    ) -> None:
        agency = None if scope == GLOBAL_SCOPE else scope
        self._history.record(
            uow,
            principal,
            ChangedRecord(ENTITY, key, agency, None),
            action,
            {"value": (old, new)},
            reason=reason,
            request_id=request_id,
        )
        self._audit.record(
            uow,
            f"parameter.{action}",
            principal=principal,
            agency_id=agency,
            object_type=ENTITY,
            object_id=key,
            reason=reason or None,
            request_id=request_id,
            details_json=details(scope=scope, old=old, new=new),
        )

    def _writable_scope(self, principal: Principal, agency_id: str) -> str:
        if agency_id:
            principal.scope.require(agency_id, "agency")
            return agency_id
        if not principal.scope.all_agencies:
            raise Forbidden(
                "AGENCY_OUT_OF_SCOPE",
                "only a user with every agency in scope changes a value that applies to all",
            )
        return GLOBAL_SCOPE

    def _require_agency(self, uow: UnitOfWork, principal: Principal, agency_id: str) -> None:
        if agency_id and uow.agencies.get(agency_id, principal.scope) is None:
            raise NotFound("agency", agency_id)

    def _view(
        self, uow: UnitOfWork, principal: Principal, definition: ParameterDefinition, agency_id: str
    ) -> ParameterView:
        self._require_agency(uow, principal, agency_id)
        rows = [
            r
            for r in uow.reference_data.parameter_values(definition.key)
            if r.scope == GLOBAL_SCOPE or principal.scope.allows(r.scope)
        ]
        value, source = effective_text(definition, rows, agency_id or None)
        return ParameterView(
            definition,
            value,
            source,
            tuple(_value_view(r) for r in sorted(rows, key=_global_first)),
        )


def _global_first(row: ParameterValueRow) -> tuple[int, str]:
    return (0 if row.scope == GLOBAL_SCOPE else 1, row.scope)
