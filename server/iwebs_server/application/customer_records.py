"""What the use cases of the customer base share: checks of codes, phones and update masks,
and the one way a change is written to the history (ACC-4) and the audit log. Rows ->
views: application/customer_record_views.py."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import fields
from datetime import datetime
from typing import Any, Protocol, TypeVar

from iwebs_server.application.audit_trail import AuditTrail, details
from iwebs_server.application.change_history import (
    CORRECT,
    CREATE,
    UPDATE,
    ChangedRecord,
    ChangeHistory,
)
from iwebs_server.application.customer_base_views import (
    UpdateRequest,
)
from iwebs_server.application.validation import Checks, identifier
from iwebs_server.domain.errors import FieldViolation, InvalidInput, NotFound, VersionConflict
from iwebs_server.domain.principal import AgencyScope, Principal
from iwebs_server.domain.reference_tables import ReferenceTable
from iwebs_server.domain.search_keys import phone_key
from iwebs_server.persistence.unit_of_work import UnitOfWork

R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)
UNKNOWN_CODE = "is not a known code"
MIN_PHONE_DIGITS = 8
MAX_PHONES = 5
LANGUAGES = ("fr", "en")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


# -- checks ------------------------------------------------------------------------------
def check_code(
    checks: Checks,
    uow: UnitOfWork,
    table: ReferenceTable,
    field: str,
    code: str,
    *,
    required: bool = True,
) -> None:
    """A code must be an active reference item (PAR-2) of its table (not checked when the
    field already has a violation)."""
    if any(v.field == field for v in checks.violations):
        return
    if not code:
        if required:
            checks.fail(field, "is required")
        return
    if not uow.reference_data.is_active_code(table, code):
        checks.fail(field, UNKNOWN_CODE)


def checked_phones(checks: Checks, phones: Sequence[str]) -> list[tuple[str, str]]:
    """(number as entered, national digits) for each phone given; 8 to 15 digits each."""
    if len(phones) > MAX_PHONES:
        checks.fail("phones", f"at most {MAX_PHONES} numbers")
    result: list[tuple[str, str]] = []
    for position, number in enumerate(phones):
        if not number.strip():  # an empty line of the form: no number
            continue
        before = len(checks.violations)
        text = checks.text(f"phones[{position}]", number, max_length=32)
        key = phone_key(text)
        if len(checks.violations) > before:
            continue
        if len(key) < MIN_PHONE_DIGITS or len(key) > 15:
            checks.fail(f"phones[{position}]", "is not a phone number (8 to 15 digits)")
        else:
            result.append((text, key))
    return result


def checked_email(checks: Checks, email: str) -> str:
    before = len(checks.violations)
    email = checks.text("email", email, required=False)
    if email and len(checks.violations) == before and not _EMAIL.match(email):
        checks.fail("email", "is not an e-mail address")
    return email


def checked_currency(checks: Checks, code: str) -> str:
    code = code.strip().upper() or "XOF"
    if not _CURRENCY.match(code):
        checks.fail("currency_code", "is not an ISO 4217 currency code")
    return code


def agency_in_scope(checks: Checks, uow: UnitOfWork, scope: AgencyScope, agency_id: str) -> None:
    """A new record's agency: an existing agency of the caller's scope (else field error,
    like a workstation registered out of scope)."""
    if not agency_id:
        checks.fail("agency_id", "is required")
        return
    checks.identifier("agency_id", agency_id)
    if checks.violations and checks.violations[-1].field == "agency_id":
        return
    if uow.agencies.get(agency_id, scope) is None:
        checks.fail("agency_id", "is not an agency in your scope")


def checked_paths(
    paths: Sequence[str], allowed: Iterable[str], *, aliases: Mapping[str, str] | None = None
) -> tuple[str, ...]:
    """The update mask: at least one path, each a field that may change."""
    allowed_set = set(allowed)
    aliases = aliases or {}
    if not paths:
        raise InvalidInput.field("update_mask", "name at least one field to change")
    unknown = [p for p in paths if p not in allowed_set and p not in aliases]
    if unknown:
        raise InvalidInput(
            [FieldViolation("update_mask", f"{p} cannot be changed here") for p in unknown]
        )
    return tuple(dict.fromkeys(aliases.get(p, p) for p in paths))


def check_update(request: UpdateRequest) -> str:
    """A correction needs a reason (ACC-1); returns the history action."""
    checks = Checks()
    checks.identifier("request_id", request.request_id)
    checks.text("reason", request.reason, required=request.correction, max_length=500)
    if request.correction and not request.reason.strip():
        checks.violations[-1] = FieldViolation("reason", "is required for a correction")
    checks.raise_if_any()
    return CORRECT if request.correction else UPDATE


def check_version(row: Any, version: int, object_type: str) -> None:
    if row.version != version:
        raise VersionConflict(object_type)


def found(row: R | None, object_type: str, object_id: str) -> R:
    if row is None:
        raise NotFound(object_type, object_id)
    return row


class ScopedGet(Protocol[R_co]):
    def __call__(
        self, record_id: str, scope: AgencyScope, /, *, for_update: bool = False
    ) -> R_co: ...


def found_in_scope(
    uow: UnitOfWork,
    principal: Principal,
    get: ScopedGet[R | None],
    object_type: str,
    record_id: str,
    field: str,
) -> R:
    """A record of the caller's agency scope by id (NOT_FOUND otherwise, ADM-3), locked
    for the change when the unit of work writes."""
    identifier(field, record_id)
    return found(
        get(record_id, principal.scope, for_update=not uow.read_only), object_type, record_id
    )


def input_payload(value: Any, paths: Iterable[str] | None = None) -> dict[str, Any]:
    """The idempotency payload of an input dataclass (only the named paths for an update)."""
    names = set(paths) if paths is not None else {f.name for f in fields(value)}
    return {f.name: getattr(value, f.name) for f in fields(value) if f.name in names}


def update_payload(request: UpdateRequest, values: Mapping[str, Any]) -> dict[str, Any]:
    """The idempotency payload of an update: the record, version, mask, values and reason."""
    return {
        "id": request.record_id,
        "version": request.version,
        "paths": list(request.paths),
        "correction": request.correction,
        "reason": request.reason,
        "values": dict(values),
    }


# -- history -----------------------------------------------------------------------------
class Recorder:
    """Writes one change to the history of each customer concerned (ACC-4), and to the
    audit log for creations and corrections (ADM-8)."""

    def __init__(self, history: ChangeHistory, audit: AuditTrail) -> None:
        self.history = history
        self.audit = audit

    def changed(
        self,
        uow: UnitOfWork,
        principal: Principal,
        *,
        entity_type: str,
        entity_id: str,
        agency_id: str,
        customer_ids: Sequence[str | None],
        action: str,
        changes: Mapping[str, tuple[object, object]],
        reason: str = "",
        request_id: str | None = None,
    ) -> None:
        if not changes:
            return
        for customer_id in list(dict.fromkeys(customer_ids)) or [None]:
            self.history.record(
                uow,
                principal,
                ChangedRecord(entity_type, entity_id, agency_id, customer_id),
                action,
                changes,
                reason=reason,
                request_id=request_id,
            )
        if action in (CREATE, CORRECT):
            self.audit.record(
                uow,
                f"{entity_type}.{action}",
                principal=principal,
                agency_id=agency_id,
                object_type=entity_type,
                object_id=entity_id,
                reason=reason or None,
                request_id=request_id,
                details_json=details(
                    changes={f: {"old": str(o), "new": str(n)} for f, (o, n) in changes.items()}
                ),
            )

    def changed_version(
        self,
        uow: UnitOfWork,
        principal: Principal,
        row: Any,
        now: datetime,
        *,
        entity_type: str,
        customer_ids: Sequence[str | None],
        action: str,
        changes: Mapping[str, tuple[object, object]],
        reason: str = "",
        request_id: str | None = None,
    ) -> None:
        """A change to a versioned row (id, agency_id, version, updated_at): its version
        moves on, so that an edit of the version read before is refused, and the history
        shows the change."""
        row.version += 1
        row.updated_at = now
        self.changed(
            uow,
            principal,
            entity_type=entity_type,
            entity_id=row.id,
            agency_id=row.agency_id,
            customer_ids=customer_ids,
            action=action,
            changes=changes,
            reason=reason,
            request_id=request_id,
        )


def created(values: Mapping[str, object]) -> dict[str, tuple[object, object]]:
    """A creation in the history: every non-empty field, from nothing."""
    return {f: (None, v) for f, v in values.items() if v not in (None, "", (), [], False)}


# -- views -------------------------------------------------------------------------------
