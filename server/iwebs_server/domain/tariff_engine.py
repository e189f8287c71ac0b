"""The tariff engine (FAC-10): the lines of a bill from a tariff's versions and a usage.

Semantics (docs/tariffs.md):
- a period is split by days at each `valid_from` inside it (Oracle CC&B): the consumption is
  split pro rata by days (3 decimals, the remainder on the last segment) and each segment is
  rated with its own version, its block bounds and fixed amounts prorated by
  segment days / reference days; a version identical to the one before it does not split;
- every line is rounded once, by its component's named rule, to the currency unit (or the
  definition's rounding increment); the total is the sum of the lines;
- taxes and minimums apply to the lines they select within their segment; a stamp duty is
  computed once per bill, by the version in force at the end of the period.

Definitions are compiled once per version id (domain/tariff_compiled.py). Pure Python.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from iwebs_server.domain.tariff_compiled import ZERO, CompiledVersion, ComputedLine, quantity
from iwebs_server.domain.tariff_definition import (
    TariffDefinition,
    TariffDefinitionError,
    canonical_json,
    parse_definition,
)

__all__ = [
    "ComputedBill",
    "ComputedLine",
    "NoTariffForPeriod",
    "TariffDefinition",
    "TariffDefinitionError",
    "TariffVersionInput",
    "Usage",
    "canonical_json",
    "compute_charges",
    "parse_definition",
]

_THOUSAND = Decimal(1000)
_CACHE_LIMIT = 10_000


class NoTariffForPeriod(LookupError):
    """No version of the tariff is in force at the start of the period."""


@dataclass(frozen=True, slots=True)
class Usage:
    period_start: date
    period_end: date  # inclusive; days = (end - start).days + 1
    consumption: Decimal  # units of the register (kWh, m3); >= 0
    subscribed_power_va: int | None  # electricity; kVA = va / 1000


@dataclass(frozen=True, slots=True)
class TariffVersionInput:
    version_id: str
    version_number: int
    valid_from: date
    definition: TariffDefinition


@dataclass(frozen=True, slots=True)
class ComputedBill:
    currency: str
    lines: tuple[ComputedLine, ...]
    total_minor: int  # == sum of the lines' amounts


def compute_charges(versions: Sequence[TariffVersionInput], usage: Usage) -> ComputedBill:
    """The lines of `usage` under the versions of one tariff (given in any order).

    Raises NoTariffForPeriod when no version is in force on the period's first day, and
    ValueError for an impossible usage (end before start, negative consumption)."""
    start, end = usage.period_start, usage.period_end
    if end < start:
        raise ValueError("period_end before period_start")
    consumed = usage.consumption
    if consumed < 0:
        raise ValueError("negative consumption")
    va = usage.subscribed_power_va
    lines: list[ComputedLine] = []
    single = _single_version(versions, start, end)
    if single is not None:
        last = compiled(single)
        kva = Decimal(va) / _THOUSAND if va and last.uses_power else ZERO
        last.rate((end - start).days + 1, consumed, kva, False, lines)
    else:
        segments = _segments(versions, start, end)
        last = segments[-1][0]
        power = any(version.uses_power for version, _ in segments)
        kva = Decimal(va) / _THOUSAND if va and power else ZERO
        if len(segments) == 1:
            last.rate(segments[0][1], consumed, kva, False, lines)
        else:
            total_days = (end - start).days + 1
            remaining = consumed
            for index, (version, days) in enumerate(segments):
                if index == len(segments) - 1:
                    part = remaining
                else:
                    part = quantity(consumed * days / total_days)
                    remaining -= part
                version.rate(days, part, kva, True, lines)
    if last.stamps:
        last.add_stamps(lines)
    total = 0
    for line in lines:
        total += line.amount_minor
    return _new_bill(last.currency, tuple(lines), total)


# A frozen dataclass's __init__ costs about 1 µs; the engine fills the slots directly.
_bill_new = ComputedBill.__new__
_set_currency, _set_lines, _set_total = (
    getattr(ComputedBill, name).__set__ for name in ("currency", "lines", "total_minor")
)


def _new_bill(currency: str, lines: tuple[ComputedLine, ...], total: int) -> ComputedBill:
    bill = _bill_new(ComputedBill)
    _set_currency(bill, currency)
    _set_lines(bill, lines)
    _set_total(bill, total)
    return bill


def _single_version(
    versions: Sequence[TariffVersionInput], start: date, end: date
) -> TariffVersionInput | None:
    """The version in force over the whole period when no other starts inside it."""
    if len(versions) == 1:
        only = versions[0]
        return only if only.valid_from <= start else None
    current: TariffVersionInput | None = None
    for version in versions:
        valid_from = version.valid_from
        if valid_from <= start:
            if current is None or (valid_from, version.version_number) > (
                current.valid_from,
                current.version_number,
            ):
                current = version
        elif valid_from <= end:
            return None
    return current


def _segments(
    versions: Sequence[TariffVersionInput], start: date, end: date
) -> list[tuple[CompiledVersion, int]]:
    """(version, days) for each part of the period, in order."""
    ordered = sorted(versions, key=lambda v: (v.valid_from, v.version_number))
    current: TariffVersionInput | None = None
    later: list[TariffVersionInput] = []
    for version in ordered:
        if version.valid_from <= start:
            current = version
        elif version.valid_from <= end:
            later.append(version)
    if current is None:
        raise NoTariffForPeriod(f"no tariff version in force on {start.isoformat()}")
    out: list[tuple[CompiledVersion, int]] = []
    running, segment_start = compiled(current), start
    for version in later:
        following = compiled(version)
        if following.canonical == running.canonical:
            continue  # the same grid again: no price change, no split
        out.append((running, (version.valid_from - segment_start).days))
        running, segment_start = following, version.valid_from
    out.append((running, (end - segment_start).days + 1))
    return out


_COMPILED: dict[str, CompiledVersion] = {}


def compiled(version: TariffVersionInput) -> CompiledVersion:
    """The compiled form of a version, made once per version id (and definition object);
    a version without id (a draft being simulated) is compiled each time."""
    key = version.version_id
    found = _COMPILED.get(key) if key else None
    if (
        found is not None
        and found.definition is version.definition
        and found.version_number == version.version_number
    ):
        return found
    made = CompiledVersion(key, version.version_number, version.definition)
    if key:
        if len(_COMPILED) >= _CACHE_LIMIT:
            _COMPILED.clear()
        _COMPILED[key] = made
    return made
