"""meters.csv: meters, their registers, installation and seals (docs/legacy-import.md 3.5)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from iwebs_server.application.legacy_import import report as r
from iwebs_server.application.legacy_import.context import ImportContext, chunks
from iwebs_server.application.legacy_import.fields import Row
from iwebs_server.application.legacy_import.kinds.base import KindImport
from iwebs_server.application.legacy_import.writer import BulkWriter
from iwebs_server.application.meter_checks import REGISTER_UNITS
from iwebs_server.domain.customer_base import MeterStatus, Service, SubscriptionStatus
from iwebs_server.domain.reference_tables import ReferenceTable
from iwebs_server.domain.search_keys import serial_key
from iwebs_server.persistence.tables.customer_base import (
    CustomerAccountRow,
    MeterInstallationRow,
    MeterRegisterRow,
    MeterRow,
    MeterSealRow,
    PremiseRow,
    SubscriptionRow,
)
from iwebs_server.persistence.unit_of_work import UnitOfWork

SERVICES = tuple(s.value for s in Service)
REGISTER_CODES = ("single", "peak", "offpeak", "reactive")
UNITS = ("kWh", "m3", "kvarh")
METER_COLUMNS = (
    "id",
    "serial",
    "serial_key",
    "make_code",
    "meter_type_code",
    "service",
    "calibre_code",
    "digits",
    "multiplier",
    "status",
    "agency_id",
    "manufactured_year",
    "legacy_reference",
    "version",
    "created_at",
    "updated_at",
)
REGISTER_COLUMNS = ("id", "meter_id", "code", "unit")
INSTALLATION_COLUMNS = (
    "id",
    "meter_id",
    "premise_id",
    "subscription_id",
    "agency_id",
    "installed_on",
    "installation_indexes",
    "removal_indexes",
    "removal_reason",
    "created_at",
)
SEAL_COLUMNS = (
    "id",
    "seal_number",
    "meter_id",
    "agency_id",
    "position",
    "fitted_on",
    "removal_reason",
    "created_at",
)


@dataclass(slots=True)
class _Meter:
    line: int
    id: str
    reference: str
    serial: str
    key: str
    make_code: str
    type_code: str
    service: str
    calibre_code: str
    digits: int
    multiplier: str
    year: int | None
    registers: list[tuple[str, str]]
    agency_id: str
    premise_reference: str
    subscription_reference: str
    installed_on: date | None
    indexes: str
    seals: list[tuple[str, str]]
    seals_fitted_on: date | None
    premise_id: str | None = None
    subscription_id: str | None = None
    customer_id: str | None = None


class MetersImport(KindImport):
    kind = "meters"
    file_name = "meters.csv"
    required = (
        "legacy_reference",
        "serial",
        "make_code",
        "meter_type_code",
        "service",
        "digits",
        "registers",
    )
    optional = (
        "calibre_code",
        "multiplier",
        "manufactured_year",
        "agency_code",
        "premise_reference",
        "subscription_reference",
        "installed_on",
        "installation_indexes",
        "seals",
        "seals_fitted_on",
    )

    def __init__(self, ctx: ImportContext) -> None:
        super().__init__(ctx)
        self.records: list[_Meter] = []
        self._makes = ctx.codes(ReferenceTable.METER_MAKE)
        self._types = ctx.codes(ReferenceTable.METER_TYPE)
        self._calibres = ctx.codes(ReferenceTable.CALIBRE)
        self._positions = ctx.codes(ReferenceTable.SEAL_POSITION)
        self._serials: dict[tuple[str, str], int] = {}
        self._seals: dict[str, int] = {}
        self._for_subscription: dict[str, int] = {}
        self._at_premise: dict[tuple[str, str], int] = {}

    def parse(self, row: Row) -> None:
        reference = self.own_key(row)
        serial = row.text("serial", 40, required=True)
        key = serial_key(serial)
        if serial and not key:
            row.fail("serial", r.INVALID_FORMAT, "a serial has letters or digits", serial)
        make = row.code("make_code", ReferenceTable.METER_MAKE, self._makes, required=True)
        if key and make:
            first = self._serials.setdefault((make, key), row.line)
            if first != row.line:
                row.fail(
                    "serial", r.DUPLICATE_IN_FILE, f"same make and serial on line {first}", serial
                )
        meter_type = row.code(
            "meter_type_code", ReferenceTable.METER_TYPE, self._types, required=True
        )
        service = row.choice("service", SERVICES)
        calibre = row.code("calibre_code", ReferenceTable.CALIBRE, self._calibres, required=False)
        digits = row.integer("digits", 3, 12, required=True) or 0
        multiplier = row.positive_decimal("multiplier", "1")
        year = row.integer("manufactured_year", 1950, self.ctx.today.year)
        registers = self._registers(row, service)
        if calibre and service == Service.ELECTRICITY:
            row.fail("calibre_code", r.INCONSISTENT, "only a water meter has a calibre", calibre)
        agency_id = self.ctx.agency(row, "agency_code", required=False)
        premise = row.reference("premise_reference", required=False)
        subscription = row.reference("subscription_reference", required=False)
        installed_on = row.day("installed_on", required=bool(premise))
        if subscription and not premise:
            row.fail("premise_reference", r.REQUIRED, "required with subscription_reference")
        if not premise:
            if row.raw("installed_on"):
                row.fail(
                    "installed_on",
                    r.INCONSISTENT,
                    "an installation needs premise_reference",
                    row.raw("installed_on"),
                )
            if not row.raw("agency_code"):
                row.fail("agency_code", r.REQUIRED, "required for a meter not installed")
        indexes = self._indexes(row, {code for code, _ in registers}, digits)
        if indexes and not premise:
            row.fail(
                "installation_indexes",
                r.INCONSISTENT,
                "indexes need an installation",
                row.raw("installation_indexes"),
            )
        if premise and service:
            self._one_in_place(row, premise, subscription, service)
        seals = self._seal_list(row)
        fitted = row.day("seals_fitted_on")
        if seals and not fitted and not installed_on and not premise:
            row.fail("seals_fitted_on", r.REQUIRED, "required with seals on a meter not installed")
        if row.ok:
            self.records.append(
                _Meter(
                    row.line,
                    self.ctx.new_id(),
                    reference,
                    serial,
                    key,
                    make,
                    meter_type,
                    service,
                    calibre,
                    digits,
                    multiplier,
                    year,
                    registers,
                    agency_id,
                    premise,
                    subscription,
                    installed_on,
                    indexes,
                    seals,
                    fitted or installed_on,
                )
            )

    def _one_in_place(self, row: Row, premise: str, subscription: str, service: str) -> None:
        """One meter in place per subscription, or per premise and service without one (as
        InstallMeter)."""
        if subscription:
            first = self._for_subscription.setdefault(subscription, row.line)
            if first != row.line:
                row.fail(
                    "subscription_reference", r.INCONSISTENT,
                    f"a second meter for this subscription (line {first})", subscription,
                )  # fmt: skip
        at_premise = self._at_premise.setdefault((premise, service), row.line)
        if not subscription and at_premise != row.line:
            row.fail(
                "premise_reference", r.INCONSISTENT,
                f"a second {service} meter at this premise (line {at_premise})", premise,
            )  # fmt: skip

    def _registers(self, row: Row, service: str) -> list[tuple[str, str]]:
        found: list[tuple[str, str]] = []
        items = row.items("registers")
        if not items:
            row.fail("registers", r.REQUIRED, "at least one register code:unit")
        for item in items:
            code, _, unit = item.partition(":")
            code, unit = code.strip(), unit.strip()
            if code not in REGISTER_CODES or unit not in UNITS:
                row.fail(
                    "registers",
                    r.INVALID_FORMAT,
                    "expected code:unit, code in "
                    + ", ".join(REGISTER_CODES)
                    + ", unit in "
                    + ", ".join(UNITS),
                    item,
                )
            elif service and unit not in REGISTER_UNITS.get(service, {}).get(code, ()):
                row.fail(
                    "registers", r.INCONSISTENT, f"not a register and unit of a {service} meter",
                    item,
                )  # fmt: skip
            elif any(code == c for c, _ in found):
                row.fail("registers", r.DUPLICATE_IN_FILE, "register named twice", item)
            else:
                found.append((code, unit))
        return found

    @staticmethod
    def _indexes(row: Row, registers: set[str], digits: int) -> str:
        parts: list[str] = []
        for item in row.items("installation_indexes"):
            code, _, value = item.partition("=")
            code, value = code.strip(), value.strip()
            if code not in registers:
                row.fail(
                    "installation_indexes", r.INCONSISTENT, "not a register of this meter", item
                )
            elif not value.isdigit() or (digits and len(value) > digits):
                row.fail(
                    "installation_indexes",
                    r.INVALID_FORMAT,
                    "an index is at most `digits` digits",
                    item,
                )
            else:
                parts.append(f"{code}={value}")
        return ";".join(parts)

    def _seal_list(self, row: Row) -> list[tuple[str, str]]:
        seals: list[tuple[str, str]] = []
        here: set[str] = set()  # the numbers of this row
        for item in row.items("seals"):
            number, _, position = item.partition(":")
            number, position = number.strip(), position.strip()
            if not number or len(number) > 40:
                row.fail("seals", r.INVALID_FORMAT, "a seal number has 1 to 40 characters", item)
                continue
            if position not in self._positions:
                row.fail(
                    "seals",
                    r.UNKNOWN_CODE,
                    f"not an active code of {ReferenceTable.SEAL_POSITION}",
                    item,
                )
                continue
            first = self._seals.setdefault(number, row.line)
            if first != row.line or number in here:
                row.fail(
                    "seals", r.DUPLICATE_IN_FILE, f"seal number already on line {first}", number
                )
                continue
            here.add(number)
            seals.append((number, position))
        return seals

    def check_references(self) -> None:
        ctx = self.ctx
        self.reject_existing(MeterRow.legacy_reference)
        self._reject_existing_serials()
        for number in sorted(ctx.existing(MeterSealRow.seal_number, self._seals)):
            ctx.report.reject(
                self._seals[number],
                "seals",
                r.ALREADY_EXISTS,
                "seal number already in the database",
                number,
            )
        premises = ctx.lookup(
            PremiseRow.legacy_reference,
            (PremiseRow.id, PremiseRow.agency_id),
            {m.premise_reference for m in self.records if m.premise_reference},
        )
        subscriptions = ctx.lookup(
            SubscriptionRow.legacy_reference,
            (
                SubscriptionRow.id,
                SubscriptionRow.premise_id,
                SubscriptionRow.service,
                SubscriptionRow.agency_id,
                CustomerAccountRow.customer_id,
                SubscriptionRow.status,
            ),
            {m.subscription_reference for m in self.records if m.subscription_reference},
            join=lambda s: s.join(
                CustomerAccountRow, CustomerAccountRow.id == SubscriptionRow.account_id
            ),
        )
        for m in self.records:
            if not m.premise_reference:
                continue
            premise = premises.get(m.premise_reference)
            if premise is None or not ctx.in_scope(premise[1]):
                self.unknown(m.line, "premise_reference", m.premise_reference, "premise")
                continue
            m.premise_id = premise[0]
            m.agency_id = m.agency_id or premise[1]
            if not m.subscription_reference:
                continue
            sub = subscriptions.get(m.subscription_reference)
            if sub is None or not ctx.in_scope(sub[3]):
                self.unknown(
                    m.line, "subscription_reference", m.subscription_reference, "subscription"
                )
            elif sub[1] != m.premise_id:
                ctx.report.reject(
                    m.line,
                    "subscription_reference",
                    r.INCONSISTENT,
                    "the subscription is at another premise",
                    m.subscription_reference,
                )
            elif sub[2] != m.service:
                ctx.report.reject(
                    m.line,
                    "service",
                    r.INCONSISTENT,
                    "not the service of the subscription",
                    m.service,
                )
            elif sub[5] == SubscriptionStatus.TERMINATED:
                ctx.report.reject(
                    m.line, "subscription_reference", r.INCONSISTENT,
                    "the subscription is terminated", m.subscription_reference,
                )  # fmt: skip
            else:
                m.subscription_id, m.customer_id = sub[0], sub[4]
        self._reject_meters_in_place()

    def _reject_meters_in_place(self) -> None:
        """A meter already in place (not removed) for the subscription, or at the premise
        for the service when the row names no subscription."""
        premise_ids = {m.premise_id for m in self.records if m.premise_id}
        by_subscription: set[str] = set()
        by_premise: set[tuple[str, str]] = set()
        statement = (
            select(
                MeterInstallationRow.premise_id,
                MeterInstallationRow.subscription_id,
                MeterRow.service,
            )
            .join(MeterRow, MeterRow.id == MeterInstallationRow.meter_id)
            .where(
                self.ctx.among(MeterInstallationRow.premise_id),
                MeterInstallationRow.removed_on.is_(None),
            )
        )
        for part in chunks(sorted(premise_ids), self.ctx.chunk):
            rows = self.ctx.session.execute(statement, self.ctx.wanted(part))
            for premise_id, subscription_id, service in rows:
                by_premise.add((premise_id, service))
                if subscription_id:
                    by_subscription.add(subscription_id)
        for m in self.records:
            if not m.premise_id:
                continue
            taken = (
                m.subscription_id in by_subscription
                if m.subscription_id
                else (m.premise_id, m.service) in by_premise
            )
            if taken:
                self.ctx.report.reject(
                    m.line, "premise_reference", r.INCONSISTENT,
                    "a meter is already in place there for this service",
                    m.premise_reference,
                )  # fmt: skip

    def _reject_existing_serials(self) -> None:
        keys = {key for _, key in self._serials}
        for make, key in self.ctx.pairs(MeterRow.make_code, MeterRow.serial_key, keys):
            line = self._serials.get((make, key))
            if line is not None:
                self.ctx.report.reject(
                    line, "serial", r.ALREADY_EXISTS, "a meter of this make and serial exists", key
                )

    def write(self, writer: BulkWriter, uow: UnitOfWork) -> int:
        now = self.ctx.now
        installed, in_stock = MeterStatus.INSTALLED.value, MeterStatus.IN_STOCK.value

        def meters() -> Iterator[tuple[Any, ...]]:
            for m in self.records:
                yield (
                    m.id,
                    m.serial,
                    m.key,
                    m.make_code,
                    m.type_code,
                    m.service,
                    m.calibre_code,
                    m.digits,
                    m.multiplier,
                    installed if m.premise_id else in_stock,
                    m.agency_id,
                    m.year,
                    m.reference,
                    1,
                    now,
                    now,
                )

        def registers() -> Iterator[tuple[Any, ...]]:
            for m in self.records:
                for code, unit in m.registers:
                    yield (self.ctx.new_id(), m.id, code, unit)

        def installations() -> Iterator[tuple[Any, ...]]:
            for m in self.records:
                if m.premise_id:
                    yield (
                        self.ctx.new_id(),
                        m.id,
                        m.premise_id,
                        m.subscription_id,
                        m.agency_id,
                        m.installed_on,
                        m.indexes,
                        "",
                        "",
                        now,
                    )

        def seals() -> Iterator[tuple[Any, ...]]:
            for m in self.records:
                for number, position in m.seals:
                    yield (
                        self.ctx.new_id(),
                        number,
                        m.id,
                        m.agency_id,
                        position,
                        m.seals_fitted_on,
                        "",
                        now,
                    )

        count = writer.records(MeterRow, METER_COLUMNS, meters())
        writer.insert(MeterRegisterRow, REGISTER_COLUMNS, registers())
        writer.insert(MeterInstallationRow, INSTALLATION_COLUMNS, installations())
        writer.insert(MeterSealRow, SEAL_COLUMNS, seals())
        writer.history(
            ("meter", m.id, m.agency_id, m.customer_id, m.reference) for m in self.records
        )
        return count
