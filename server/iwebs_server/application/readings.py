"""Meter readings (FAC-3, FAC-4): a round's reading sheet, index entry in round order with
the reading cases found at once, the worklist of cases and its decisions (release,
replace), a subscription's history. Export / import for handheld terminals are in
reading_files.py. Rules: docs/readings.md.

Rights: billing.read to see, billing.readings to change. Every read and write is scoped to
the caller's agencies (another agency's round, subscription or reading is NOT_FOUND).
Every change is idempotent by request_id and audited (reading.enter, reading.release,
reading.replace, reading.import).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from iwebs_server.application.audit_trail import AuditTrail, details
from iwebs_server.application.cash_context import business_date
from iwebs_server.application.clock import Clock, new_id
from iwebs_server.application.idempotency import Idempotency
from iwebs_server.application.paging import decode_token, next_token, page_size
from iwebs_server.application.parameters import ParameterReader
from iwebs_server.application.reading_context import (
    RuleSet,
    facts_for,
    reading_views,
    rule_set,
    with_details,
)
from iwebs_server.application.reading_sheets import sheet_lines
from iwebs_server.application.reading_views import (
    RELEASED,
    REPLACED,
    SOURCES,
    TO_CHECK,
    VALIDATED,
    CaseFilter,
    ReadingEntry,
    ReadingSheet,
    ReadingView,
    Replacement,
)
from iwebs_server.application.validation import Checks, identifier
from iwebs_server.application.views import Page
from iwebs_server.domain import rights
from iwebs_server.domain.errors import (
    AlreadyExists,
    InvalidInput,
    NotFound,
    PreconditionFailed,
    VersionConflict,
)
from iwebs_server.domain.principal import Principal
from iwebs_server.domain.reading_rules import (
    ReadingInputError,
    parse_index,
    validate_reading,
)
from iwebs_server.domain.reference_tables import ReferenceTable
from iwebs_server.persistence.repositories.reading_billing_reads import (
    LIVE_STATUSES,
)
from iwebs_server.persistence.tables.billing import MeterReadingRow
from iwebs_server.persistence.tables.customer_base import (
    MeterInstallationRow,
    MeterRow,
    SubscriptionRow,
)
from iwebs_server.persistence.unit_of_work import UnitOfWork, UowFactory

READABLE_STATUSES = ("active", "suspended", "terminated")
_CASE_CODE = re.compile(r"[A-Z0-9][A-Z0-9_.-]{0,31}")
NOTE_MAX = 500
OUT_OF_ORDER = "READING_OUT_OF_ORDER"
ALREADY_REVIEWED = "READING_ALREADY_REVIEWED"


@dataclass(frozen=True)
class Prepared:
    """A checked entry, ready to be written."""

    subscription: SubscriptionRow
    installation: MeterInstallationRow
    meter: MeterRow
    register_code: str
    reading_date: date
    index: int | None
    field_code: str


def _fail(field: str, message: str) -> InvalidInput:
    return InvalidInput.field(field, message)


class ReadingService:
    def __init__(
        self, uow_factory: UowFactory, clock: Clock, audit: AuditTrail, idempotency: Idempotency
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._audit = audit
        self._idempotency = idempotency
        self._parameters = ParameterReader()

    @property
    def idempotency(self) -> Idempotency:
        return self._idempotency

    # -- reads ---------------------------------------------------------------------------
    def get(self, principal: Principal, reading_id: str) -> ReadingView:
        principal.require(rights.BILLING_READ)
        identifier("reading_id", reading_id)
        with self._uow(read_only=True) as uow:
            row = self._reading(uow, principal, reading_id)
            return reading_views(uow, [row])[0]

    def history(
        self, principal: Principal, subscription_id: str, size: int, token: str
    ) -> Page[ReadingView]:
        principal.require(rights.BILLING_READ)
        identifier("subscription_id", subscription_id)
        limit, offset = page_size(size), decode_token(token)
        with self._uow(read_only=True) as uow:
            if uow.subscriptions.get(subscription_id, principal.scope) is None:
                raise NotFound("subscription", subscription_id)
            rows = uow.readings.for_subscription(subscription_id, offset, limit)
            return Page(tuple(reading_views(uow, rows)), next_token(offset, limit, len(rows)))

    def cases(
        self, principal: Principal, where: CaseFilter, size: int, token: str
    ) -> Page[ReadingView]:
        """The worklist of reading cases (to check; with include_decided, decided too)."""
        principal.require(rights.BILLING_READ)
        checks = Checks()
        checks.identifier("agency_id", where.agency_id, required=False)
        checks.identifier("round_id", where.round_id, required=False)
        if where.case_code and not _CASE_CODE.fullmatch(where.case_code.strip().upper()):
            checks.fail("case_code", "is not a reading case code")
        if where.date_from and where.date_to and where.date_from > where.date_to:
            checks.fail("date_to", "is before date_from")
        checks.raise_if_any()
        limit, offset = page_size(size), decode_token(token)
        with self._uow(read_only=True) as uow:
            if where.agency_id and not principal.scope.allows(where.agency_id):
                raise NotFound("agency", where.agency_id)
            if where.round_id and uow.readings.round(where.round_id, principal.scope) is None:
                raise NotFound("round", where.round_id)
            rows = uow.readings.cases(
                principal.scope,
                agency_id=where.agency_id,
                round_id=where.round_id,
                case_code=where.case_code.strip().upper(),
                date_from=where.date_from,
                date_to=where.date_to,
                include_decided=where.include_decided,
                offset=offset,
                limit=limit,
            )
            return Page(tuple(reading_views(uow, rows)), next_token(offset, limit, len(rows)))

    def sheet(self, principal: Principal, round_id: str, reading_date: date | None) -> ReadingSheet:
        """The round's sheet for a reading date: premises in round order, one line per
        register of each active or cut subscription's meter, with the last index and the
        index range the validation expects."""
        principal.require(rights.BILLING_READ)
        identifier("round_id", round_id)
        if reading_date is None:
            raise _fail("reading_date", "is required")
        with self._uow(read_only=True) as uow:
            round_row = uow.readings.round(round_id, principal.scope)
            if round_row is None:
                raise NotFound("round", round_id)
            ruleset = rule_set(uow, round_row.agency_id)
            lines = sheet_lines(uow, ruleset, round_id, reading_date)
            return ReadingSheet(
                round_row.id, round_row.code, round_row.name, round_row.agency_id, reading_date,
                tuple(lines),
            )  # fmt: skip

    # -- entry ---------------------------------------------------------------------------
    def enter(self, principal: Principal, request_id: str, entry: ReadingEntry) -> ReadingView:
        """One reading, validated at once: with cases it waits in the worklist (to_check),
        else it is validated. Idempotent by request_id."""
        principal.require(rights.BILLING_READINGS)
        self.check_entry(entry)
        payload = {**entry.__dict__, "reading_date": str(entry.reading_date)}

        def perform(uow: UnitOfWork) -> tuple[str, ReadingView]:
            prepared = self.prepare(uow, principal, entry)
            row, case_details = self.write(uow, principal, prepared, entry, request_id)
            self._audit.record(
                uow,
                "reading.enter",
                principal=principal,
                agency_id=row.agency_id,
                object_type="meter_reading",
                object_id=row.id,
                request_id=request_id,
                details_json=details(
                    subscription_id=row.subscription_id, index=row.index_value,
                    consumption=row.consumption, cases=row.case_codes, status=row.status,
                ),
            )  # fmt: skip
            return row.id, with_details(reading_views(uow, [row])[0], case_details)

        def replay(uow: UnitOfWork, ref: str) -> ReadingView:
            return self._view(uow, principal, ref)

        return self._idempotency.execute(
            request_id, "reading.enter", payload, principal.user_id, perform, replay
        )

    @staticmethod
    def check_entry(entry: ReadingEntry) -> None:
        checks = Checks()
        checks.identifier("subscription_id", entry.subscription_id)
        checks.text("register_code", entry.register_code, required=False, max_length=16)
        checks.text("field_code", entry.field_code, required=False, max_length=32)
        checks.text("note", entry.note, required=False, max_length=NOTE_MAX)
        if entry.reading_date is None:
            checks.fail("reading_date", "is required")
        if entry.source and entry.source not in SOURCES:
            checks.fail("source", "must be field, handheld, office or customer")
        if not entry.index_text.strip() and not entry.field_code.strip():
            checks.fail("index_value", "is required unless a field case is given")
        checks.raise_if_any()

    def prepare(self, uow: UnitOfWork, principal: Principal, entry: ReadingEntry) -> Prepared:
        """Every check of an entry against the database, nothing written."""
        # locked: two entries of one subscription at once would both pass the date checks
        subscription = uow.subscriptions.get(
            entry.subscription_id, principal.scope, for_update=True
        )
        if subscription is None:
            raise NotFound("subscription", entry.subscription_id)
        assert entry.reading_date is not None
        reading_date = entry.reading_date
        installation = uow.readings.installation_at(subscription.id, reading_date)
        if installation is None and uow.readings.installation_at(subscription.id, date.max):
            raise _fail("reading_date", "is before the meter's installation")
        if subscription.status not in READABLE_STATUSES or installation is None:
            raise PreconditionFailed(
                "SUBSCRIPTION_NOT_BILLABLE", "no meter is installed for this subscription"
            )
        meter = uow.session.get(MeterRow, installation.meter_id)
        assert meter is not None
        register_code = entry.register_code.strip() or "single"
        registers = {r.code for r in uow.meters.registers([meter.id]).get(meter.id, [])}
        checks = Checks()
        if register_code not in registers:
            checks.fail("register_code", "is not a register of the installed meter")
        index = None
        if entry.index_text.strip():
            try:
                index = parse_index(entry.index_text, meter.digits)
            except ReadingInputError as error:
                checks.fail(error.field, error.message)
        field_code = entry.field_code.strip().upper()
        if field_code and not uow.reference_data.is_active_code(
            ReferenceTable.READING_ANOMALY.value, field_code
        ):
            checks.fail("field_code", "is not an active reading anomaly code")
        today = business_date(uow, self._parameters, subscription.agency_id, self._clock.now())
        if reading_date > today:
            checks.fail("reading_date", "is in the future")
        if reading_date < installation.installed_on:
            checks.fail("reading_date", "is before the meter's installation")
        checks.raise_if_any()
        return Prepared(
            subscription, installation, meter, register_code, reading_date, index, field_code
        )

    def check_order(
        self, uow: UnitOfWork, prepared: Prepared, exclude_id: str | None = None
    ) -> None:
        """A reading in a billed period, or dated on or before a later live reading, is out
        of order; a second reading of the same date is refused (replace it instead)."""
        billed = uow.readings.last_billed_end([prepared.subscription.id])
        end = billed.get(prepared.subscription.id)
        if end is not None and prepared.reading_date <= end:
            raise PreconditionFailed(
                OUT_OF_ORDER,
                f"the period up to {end.isoformat()} is billed already",
                metadata={"last_billed_end": end.isoformat()},
            )
        later = uow.readings.live_on_or_after(
            prepared.subscription.id, prepared.register_code, prepared.reading_date, exclude_id
        )
        if any(r.reading_date == prepared.reading_date for r in later):
            raise AlreadyExists(
                "meter_reading", "reading_date", "a reading of this date exists; replace it"
            )
        if later:
            raise PreconditionFailed(
                OUT_OF_ORDER,
                f"a later reading exists ({later[-1].reading_date.isoformat()})",
                metadata={"later_reading_date": later[-1].reading_date.isoformat()},
            )

    def write(
        self,
        uow: UnitOfWork,
        principal: Principal,
        prepared: Prepared,
        entry: ReadingEntry,
        request_id: str | None,
        *,
        replaces: MeterReadingRow | None = None,
        ruleset: RuleSet | None = None,
    ) -> tuple[MeterReadingRow, dict[str, str]]:
        """Validates and writes the reading; (row, case code -> detail)."""
        exclude = replaces.id if replaces is not None else None
        self.check_order(uow, prepared, exclude)
        ruleset = ruleset or rule_set(uow, prepared.subscription.agency_id)
        facts, previous = facts_for(
            uow, ruleset, prepared.subscription, prepared.installation, prepared.meter,
            prepared.register_code, prepared.reading_date, prepared.index, prepared.field_code,
            exclude,
        )  # fmt: skip
        verdict = validate_reading(facts, ruleset.rules)
        premise_round = uow.readings.premise_round(prepared.subscription.premise_id)
        row = MeterReadingRow(
            id=new_id(),
            subscription_id=prepared.subscription.id,
            meter_id=prepared.meter.id,
            register_code=prepared.register_code,
            agency_id=prepared.subscription.agency_id,
            round_id=premise_round,
            reading_date=prepared.reading_date,
            index_value=prepared.index,
            previous_reading_id=previous.reading_id if prepared.index is not None else None,
            consumption=verdict.consumption,
            source=entry.source or "field",
            field_code=prepared.field_code,
            status=TO_CHECK if verdict.cases else VALIDATED,
            case_codes=",".join(dict.fromkeys(verdict.codes))[:200],
            replaces_reading_id=replaces.id if replaces is not None else None,
            request_id=request_id,
            entered_by=principal.user_id if principal.session_id else None,
            entered_at=self._clock.now(),
            review_note=entry.note.strip(),
            version=1,
        )
        uow.readings.add(row)
        return row, {c.code: c.detail for c in verdict.cases}

    # -- worklist decisions ---------------------------------------------------------------
    def release(
        self, principal: Principal, request_id: str, reading_id: str, version: int, note: str
    ) -> ReadingView:
        """A reading to check is fine after a field check: it becomes released."""
        principal.require(rights.BILLING_READINGS)
        checks = Checks()
        checks.identifier("reading_id", reading_id)
        note = checks.text("note", note, max_length=NOTE_MAX)
        checks.raise_if_any()
        payload = {"reading_id": reading_id, "version": version, "note": note}

        def perform(uow: UnitOfWork) -> tuple[str, ReadingView]:
            row = self._reading(uow, principal, reading_id, for_update=True)
            if row.status != TO_CHECK:
                raise PreconditionFailed(ALREADY_REVIEWED, f"the reading is {row.status}")
            if row.version != version:
                raise VersionConflict("meter_reading")
            self._review(row, principal, RELEASED, note)
            self._audit.record(
                uow, "reading.release", principal=principal, agency_id=row.agency_id,
                object_type="meter_reading", object_id=row.id, request_id=request_id,
                details_json=details(cases=row.case_codes, note=note),
            )  # fmt: skip
            return row.id, reading_views(uow, [row])[0]

        def replay(uow: UnitOfWork, ref: str) -> ReadingView:
            return self._view(uow, principal, ref)

        return self._idempotency.execute(
            request_id, "reading.release", payload, principal.user_id, perform, replay
        )

    def replace(
        self,
        principal: Principal,
        request_id: str,
        reading_id: str,
        version: int,
        index_text: str,
        reading_date: date | None,
        note: str,
    ) -> Replacement:
        """A new index replaces a reading not yet billed (to check, validated or released);
        the old one becomes replaced and the new one is validated again."""
        principal.require(rights.BILLING_READINGS)
        checks = Checks()
        checks.identifier("reading_id", reading_id)
        note = checks.text("note", note, max_length=NOTE_MAX)
        if not index_text.strip():
            checks.fail("index_value", "is required")
        checks.raise_if_any()
        payload = {
            "reading_id": reading_id, "version": version, "index": index_text,
            "date": str(reading_date), "note": note,
        }  # fmt: skip

        def perform(uow: UnitOfWork) -> tuple[str, Replacement]:
            old = self._reading(uow, principal, reading_id, for_update=True)
            if old.status not in LIVE_STATUSES:
                raise PreconditionFailed(ALREADY_REVIEWED, f"the reading is {old.status}")
            if old.version != version:
                raise VersionConflict("meter_reading")
            entry = ReadingEntry(
                old.subscription_id, old.register_code, reading_date or old.reading_date,
                index_text, "", "office", note,
            )  # fmt: skip
            prepared = self.prepare(uow, principal, entry)
            if prepared.meter.id != old.meter_id:
                raise _fail("reading_date", "another meter was installed on that date")
            self._review(old, principal, REPLACED, note)
            uow.session.flush()
            row, case_details = self.write(
                uow, principal, prepared, entry, request_id, replaces=old
            )
            self._audit.record(
                uow, "reading.replace", principal=principal, agency_id=row.agency_id,
                object_type="meter_reading", object_id=old.id, request_id=request_id,
                details_json=details(
                    old_index=old.index_value, new_reading_id=row.id, new_index=row.index_value,
                    cases=row.case_codes, note=note,
                ),
            )  # fmt: skip
            old_view, new_view = reading_views(uow, [old, row])
            return row.id, Replacement(old_view, with_details(new_view, case_details))

        def replay(uow: UnitOfWork, ref: str) -> Replacement:
            new = self._view(uow, principal, ref)
            return Replacement(self._view(uow, principal, new.replaces_reading_id), new)

        return self._idempotency.execute(
            request_id, "reading.replace", payload, principal.user_id, perform, replay
        )

    # -- helpers ---------------------------------------------------------------------------
    def _review(self, row: MeterReadingRow, principal: Principal, status: str, note: str) -> None:
        row.status = status
        row.reviewed_by = principal.user_id if principal.session_id else None
        row.reviewed_at = self._clock.now()
        row.review_note = note
        row.version += 1

    @staticmethod
    def _reading(
        uow: UnitOfWork, principal: Principal, reading_id: str, *, for_update: bool = False
    ) -> MeterReadingRow:
        row = uow.readings.get(reading_id, principal.scope, for_update=for_update)
        if row is None:
            raise NotFound("meter_reading", reading_id)
        return row

    def _view(self, uow: UnitOfWork, principal: Principal, reading_id: str) -> ReadingView:
        return reading_views(uow, [self._reading(uow, principal, reading_id)])[0]
