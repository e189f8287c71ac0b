"""The checks of a meter's input (issue 3): its fields, registers and units, reference
codes, and the indexes given at installation or removal. Used by application/meters.py;
the legacy import checks units against REGISTER_UNITS."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from iwebs_server.application.customer_record_views import format_indexes
from iwebs_server.application.customer_records import check_code
from iwebs_server.application.validation import Checks
from iwebs_server.domain.customer_base import Service
from iwebs_server.domain.reference_tables import ReferenceTable
from iwebs_server.domain.search_keys import serial_key
from iwebs_server.persistence.tables.customer_base import MeterRow
from iwebs_server.persistence.unit_of_work import UnitOfWork

MAX_DIGITS = 12
# register code -> the units it may count in, per service
REGISTER_UNITS: dict[str, dict[str, frozenset[str]]] = {
    Service.WATER: {"single": frozenset({"m3"})},
    Service.ELECTRICITY: {
        "single": frozenset({"kWh"}),
        "peak": frozenset({"kWh"}),
        "offpeak": frozenset({"kWh"}),
        "reactive": frozenset({"kvarh"}),
    },
}
DEFAULT_UNIT = {Service.WATER: "m3", Service.ELECTRICITY: "kWh"}
_INDEX = re.compile(r"^(\d+)(\.\d{1,3})?$")


def checked_meter(checks: Checks, service: str, values: dict[str, Any]) -> dict[str, Any]:
    serial = checks.text("serial", values["serial"], max_length=40)
    if serial and not serial_key(serial):
        checks.fail("serial", "has no letter or digit")
    digits = int(values["digits"] or 0)
    if not 0 < digits <= MAX_DIGITS:
        checks.fail("digits", f"must be between 1 and {MAX_DIGITS}")
    multiplier = (values["multiplier"] or "1").strip()
    try:
        factor = Decimal(multiplier)
        if not factor.is_finite() or factor <= 0 or len(multiplier) > 16:
            raise InvalidOperation
    except InvalidOperation:
        checks.fail("multiplier", "must be a positive decimal number")
    year = int(values["manufactured_year"] or 0)
    if year and not 1950 <= year <= 2100:
        checks.fail("manufactured_year", "is not a plausible year")
    calibre = checks.text("calibre_code", values["calibre_code"], required=False, max_length=32)
    if calibre and service == Service.ELECTRICITY:
        checks.fail("calibre_code", "only a water meter has a calibre")
    return {
        "serial": serial,
        "make_code": checks.text("make_code", values["make_code"], max_length=32),
        "meter_type_code": checks.text("meter_type_code", values["meter_type_code"], max_length=32),
        "calibre_code": calibre,
        "digits": digits,
        "multiplier": multiplier,
        "manufactured_year": year,
    }


def checked_registers(
    checks: Checks, service: str, registers: Sequence[tuple[str, str]]
) -> list[tuple[str, str]]:
    allowed = REGISTER_UNITS.get(service, {})
    if not registers:
        return [("single", DEFAULT_UNIT[Service(service)])] if allowed else []
    result: list[tuple[str, str]] = []
    for position, (raw_code, raw_unit) in enumerate(registers):
        code = raw_code.strip()
        unit = raw_unit.strip() or DEFAULT_UNIT.get(Service(service), "")
        if code not in allowed:
            checks.fail(f"registers[{position}].code", "is not a register of this service")
        elif unit not in allowed[code]:
            checks.fail(f"registers[{position}].unit", "is not a unit of this register")
        elif code in {c for c, _ in result}:
            checks.fail(f"registers[{position}].code", "appears twice")
        else:
            result.append((code, unit))
    return result


def check_meter_codes(
    checks: Checks, uow: UnitOfWork, values: dict[str, Any], changed: list[str]
) -> None:
    for field, table, required in (
        ("make_code", ReferenceTable.METER_MAKE, True),
        ("meter_type_code", ReferenceTable.METER_TYPE, True),
        ("calibre_code", ReferenceTable.CALIBRE, False),
    ):
        if field in changed:
            check_code(checks, uow, table, field, values[field], required=required)


def apply_meter(row: MeterRow, values: dict[str, Any]) -> None:
    for field, value in values.items():
        setattr(row, field, value)
    row.serial_key = serial_key(row.serial)[:40]
    row.manufactured_year = values["manufactured_year"] or None


def checked_indexes(
    uow: UnitOfWork, meter: MeterRow, indexes: Mapping[str, str], field: str
) -> str:
    """One index per register of the meter, decimal text within the dial's digits."""
    codes = {r.code for r in uow.meters.registers([meter.id]).get(meter.id, [])}
    checks = Checks()
    for code in sorted(set(indexes) - codes):
        checks.fail(f"{field}[{code}]", "is not a register of this meter")
    for code in sorted(codes - set(indexes)):
        checks.fail(f"{field}[{code}]", "is required")
    for code in sorted(codes & set(indexes)):
        match = _INDEX.match(indexes[code].strip())
        if match is None or len(match.group(1)) > meter.digits:
            checks.fail(f"{field}[{code}]", f"must be a number of at most {meter.digits} digits")
    checks.raise_if_any()
    return format_indexes({c: v.strip() for c, v in indexes.items()})
