"""Meter reading validation (FAC-4, PAR-1): the reading cases of an index.

Pure rules, no database. The application gathers the facts of one reading (the previous
index, the meter's dial, the subscription's state, the consumption of past periods) and
`validate_reading` answers the consumption and the reading cases found. Thresholds are
parameters (`readings.*`, domain/parameters.py), turned into `ReadingRules`. The rules are
described with examples in docs/readings.md.

Units: an index is what the dial shows (whole units of the dial); the consumption is the
dial's advance times the meter's multiplier, rounded half up to a whole unit (kWh, m3).
A period between two readings lasts `(date - previous_date).days` days.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from functools import lru_cache


class CaseCode(StrEnum):
    TOO_HIGH = "TOO_HIGH"
    TOO_LOW = "TOO_LOW"
    ZERO_CONSUMPTION = "ZERO_CONSUMPTION"
    NEGATIVE = "NEGATIVE"
    ROLLOVER = "ROLLOVER"
    CONSUMPTION_WHILE_CUT = "CONSUMPTION_WHILE_CUT"
    CONSUMPTION_WHILE_TERMINATED = "CONSUMPTION_WHILE_TERMINATED"
    IMPLAUSIBLE_PREVIOUS = "IMPLAUSIBLE_PREVIOUS"
    NO_ACCESS = "NO_ACCESS"
    METER_STOPPED = "METER_STOPPED"
    SEAL_BROKEN = "SEAL_BROKEN"


# The reader's field codes (READING_ANOMALY reference items, application/reference_seed.py)
# and the case each one raises; any other active code raises a case of its own code.
FIELD_CASES: dict[str, str] = {
    "INACCESSIBLE": CaseCode.NO_ACCESS,
    "ABSENT": CaseCode.NO_ACCESS,
    "DOG": CaseCode.NO_ACCESS,
    "NO_ACCESS": CaseCode.NO_ACCESS,
    "STOPPED": CaseCode.METER_STOPPED,
    "BROKEN": CaseCode.METER_STOPPED,
    "METER_STOPPED": CaseCode.METER_STOPPED,
    "SEAL_BROKEN": CaseCode.SEAL_BROKEN,
}


def field_case(field_code: str) -> str:
    """The case a reader's field code raises."""
    return FIELD_CASES.get(field_code, field_code)


class ReadingInputError(ValueError):
    """An index or a rule parameter that cannot be used; `field` names it."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field = field_name
        self.message = message


_INDEX = re.compile(r"[0-9]{1,18}")  # ASCII digits only: a dial shows no other


def parse_index(text: str, digits: int, field_name: str = "index_value") -> int:
    """The index typed by a reader: digits only (leading zeros allowed), at most the
    dial's number of digits."""
    raw = text.strip()
    if not _INDEX.fullmatch(raw):
        raise ReadingInputError(field_name, "must be the digits read on the dial")
    value = int(raw)
    if value >= 10**digits:
        raise ReadingInputError(field_name, f"has more digits than the meter's {digits}")
    return value


def round_units(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def units(advance: int, multiplier: Decimal) -> int:
    """Consumption of a dial advance: advance x multiplier, rounded half up."""
    if multiplier == 1:
        return advance
    return round_units(Decimal(advance) * multiplier)


@lru_cache(maxsize=256)
def parse_multiplier(text: str) -> Decimal:
    """meters.multiplier is decimal text; anything unusable counts as 1."""
    try:
        value = Decimal(text.strip() or "1")
    except InvalidOperation:
        return Decimal(1)
    return value if value > 0 else Decimal(1)


# -- consumption classes (tolerance bands) -------------------------------------------------


@dataclass(frozen=True)
class ConsumptionClass:
    """Subscriptions whose expected consumption is below `below_per_day` units a day (None:
    no upper bound) get the band widened by `widening`: low = expected x low_ratio /
    widening, high = expected x high_ratio x widening."""

    code: str
    below_per_day: Decimal | None
    widening: Decimal


DEFAULT_CONSUMPTION_CLASSES = "SMALL:2:2;MEDIUM:10:1.5;LARGE:*:1"
_CLASS_CODE = re.compile(r"[A-Z][A-Z0-9_]{0,15}")


def _decimal(text: str, what: str) -> Decimal:
    try:
        value = Decimal(text.strip())
    except InvalidOperation as error:
        raise ValueError(f"{what} {text.strip()!r} is not a decimal number") from error
    if not value.is_finite():
        raise ValueError(f"{what} {text.strip()!r} is not a decimal number")
    return value


def parse_consumption_classes(text: str) -> tuple[ConsumptionClass, ...]:
    """`CODE:below:widening;...;CODE:*:widening`, bounds increasing, the last one `*`.
    Raises ValueError with the reason."""
    entries = [e for e in (part.strip() for part in text.split(";")) if e]
    if not entries:
        raise ValueError("at least one class is required, e.g. SMALL:2:2;LARGE:*:1")
    classes: list[ConsumptionClass] = []
    previous: Decimal | None = None
    for position, entry in enumerate(entries):
        parts = [p.strip() for p in entry.split(":")]
        if len(parts) != 3:
            raise ValueError(f"class {entry!r} must be CODE:below:widening")
        code, below_text, widening_text = parts
        if not _CLASS_CODE.fullmatch(code):
            raise ValueError(f"class code {code!r} must be capitals, digits or _")
        if any(c.code == code for c in classes):
            raise ValueError(f"class {code} is given twice")
        last = position == len(entries) - 1
        below: Decimal | None
        if below_text == "*":
            if not last:
                raise ValueError(f"only the last class may be unbounded (*), not {code}")
            below = None
        else:
            if last:
                raise ValueError(f"the last class ({code}) must be unbounded: {code}:*:...")
            below = _decimal(below_text, "bound")
            if below <= 0 or (previous is not None and below <= previous):
                raise ValueError(f"bounds must be positive and increasing (class {code})")
            previous = below
        widening = _decimal(widening_text, "widening")
        if not Decimal(1) <= widening <= Decimal(10):
            raise ValueError(f"widening of {code} must be between 1 and 10")
        classes.append(ConsumptionClass(code, below, widening))
    return tuple(classes)


def check_consumption_classes(text: str) -> str | None:
    try:
        parse_consumption_classes(text)
    except ValueError as error:
        return str(error)
    return None


def classify(per_day: Decimal, classes: Sequence[ConsumptionClass]) -> ConsumptionClass:
    for cls in classes:
        if cls.below_per_day is None or per_day < cls.below_per_day:
            return cls
    return classes[-1]


# -- category averages (the last estimation branch) ----------------------------------------

DEFAULT_CATEGORY_AVERAGES = (
    "DPP:4;DMP:12;DGP:30;PPP:8;PMP:40;PGP:150;MT:1500;EP:60;"
    "EAU-SOC:0.25;EAU-DOM:0.5;EAU-PRO:2;EAU-ADM:3;EAU-BF:4;EAU-MAR:5"
)
_CATEGORY_CODE = re.compile(r"[A-Z0-9][A-Z0-9_.-]{0,31}")


def parse_category_averages(text: str) -> dict[str, Decimal]:
    """`CATEGORY:units per day;...` (tariff category codes). Raises ValueError."""
    averages: dict[str, Decimal] = {}
    for entry in (part.strip() for part in text.split(";")):
        if not entry:
            continue
        code, sep, value_text = entry.partition(":")
        code = code.strip()
        if not sep or not _CATEGORY_CODE.fullmatch(code):
            raise ValueError(f"entry {entry!r} must be CATEGORY:units per day")
        if code in averages:
            raise ValueError(f"category {code} is given twice")
        value = _decimal(value_text, "average")
        if value < 0 or value > Decimal(1_000_000):
            raise ValueError(f"average of {code} must be between 0 and 1000000")
        averages[code] = value
    return averages


def check_category_averages(text: str) -> str | None:
    try:
        parse_category_averages(text)
    except ValueError as error:
        return str(error)
    return None


# -- the rules and the facts -----------------------------------------------------------------


@dataclass(frozen=True)
class ReadingRules:
    """The thresholds of the checks (parameters readings.*)."""

    low_ratio: Decimal = Decimal("0.5")
    high_ratio: Decimal = Decimal("2.5")
    average_periods: int = 6
    zero_consumption_alert: bool = True
    classes: tuple[ConsumptionClass, ...] = field(
        default_factory=lambda: parse_consumption_classes(DEFAULT_CONSUMPTION_CLASSES)
    )
    rollover_max_share: Decimal = Decimal("0.1")


@dataclass(frozen=True)
class PastPeriod:
    """The consumption between two readings (start = the earlier reading's date)."""

    start: date
    end: date
    consumption: int

    @property
    def days(self) -> int:
        return max(1, (self.end - self.start).days)


def daily_average(history: Sequence[PastPeriod], periods: int) -> Decimal | None:
    """Units a day over the last `periods` periods (total / days), None without history."""
    recent = sorted(history, key=lambda p: p.end, reverse=True)[: max(periods, 0)]
    recent = [p for p in recent if p.consumption >= 0]
    if not recent:
        return None
    days = sum(p.days for p in recent)
    return Decimal(sum(p.consumption for p in recent)) / Decimal(days)


@dataclass(frozen=True)
class Band:
    """What a consumption over `days` days is expected to be."""

    per_day: Decimal
    days: int
    class_code: str
    expected: Decimal
    low: Decimal
    high: Decimal
    source: str  # history | category


def expected_band(per_day: Decimal, days: int, rules: ReadingRules, source: str) -> Band:
    cls = classify(per_day, rules.classes)
    expected = per_day * days
    return Band(
        per_day=per_day,
        days=days,
        class_code=cls.code,
        expected=expected,
        low=expected * rules.low_ratio / cls.widening,
        high=expected * rules.high_ratio * cls.widening,
        source=source,
    )


def band_for(
    history: Sequence[PastPeriod],
    category_per_day: Decimal | None,
    days: int,
    rules: ReadingRules,
) -> Band | None:
    """The band from the history's average per day, else from the category's; None when
    neither says anything (no history, no category average, or an average of zero)."""
    per_day = daily_average(history, rules.average_periods)
    source = "history"
    if per_day is None:
        per_day, source = category_per_day, "category"
    if per_day is None or per_day <= 0 or days <= 0:
        return None
    return expected_band(per_day, days, rules, source)


@dataclass(frozen=True)
class Dial:
    digits: int
    multiplier: Decimal = Decimal(1)

    @property
    def capacity(self) -> int:
        return int(10**self.digits)


@dataclass(frozen=True)
class ReadingFacts:
    reading_date: date
    index: int | None  # None: nothing read (field case)
    field_code: str
    dial: Dial
    previous_index: int | None  # the last index of this meter, else the installation index
    previous_date: date | None
    previous_is_installation: bool
    installation_index: int | None
    installed_on: date | None
    subscription_status: str  # active | suspended | terminated | requested
    status_since: date | None  # suspended_on / terminated_on
    history: tuple[PastPeriod, ...] = ()
    category_per_day: Decimal | None = None


@dataclass(frozen=True)
class Case:
    code: str
    detail: str = ""


@dataclass(frozen=True)
class ReadingVerdict:
    consumption: int | None
    advance: int | None  # dial units since the previous index
    rollover: bool
    cases: tuple[Case, ...]
    band: Band | None

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.cases)


def _fmt(value: Decimal) -> str:
    return format(value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP), "f")


def implausible_previous(facts: ReadingFacts, rules: ReadingRules) -> str:
    """Why the previous index cannot be trusted, or "" when it can."""
    capacity = facts.dial.capacity
    previous = facts.previous_index
    if previous is None:
        return "no previous index: no reading and no installation index"
    if previous >= capacity:
        return f"previous index {previous} does not fit the {facts.dial.digits}-digit dial"
    if facts.previous_is_installation:
        return ""
    if facts.installed_on and facts.previous_date and facts.previous_date < facts.installed_on:
        return "previous reading dated before the meter's installation"
    installed = facts.installation_index
    if installed is not None and previous < installed:
        wrapped = capacity - installed + previous
        if wrapped > capacity * rules.rollover_max_share:
            return f"previous index {previous} below the installation index {installed}"
    return ""


def validate_reading(facts: ReadingFacts, rules: ReadingRules) -> ReadingVerdict:
    """The consumption of a reading and its cases (see the module's docstring)."""
    cases: list[Case] = []
    if facts.field_code:
        entered = f"entered by the reader: {facts.field_code}"
        cases.append(Case(field_case(facts.field_code), entered))
    if facts.index is None:
        return ReadingVerdict(None, None, False, tuple(cases), None)
    why = implausible_previous(facts, rules)
    if why:
        cases.append(Case(CaseCode.IMPLAUSIBLE_PREVIOUS, why))
    previous = facts.previous_index
    if previous is None or previous >= facts.dial.capacity:
        return ReadingVerdict(None, None, False, tuple(cases), None)
    days = (facts.reading_date - facts.previous_date).days if facts.previous_date else 0
    band = band_for(facts.history, facts.category_per_day, days, rules)
    advance, rollover = _advance(facts, rules, band, cases)
    consumption = units(advance, facts.dial.multiplier)
    if consumption > 0:
        _state_cases(facts, consumption, band, days, cases)
    stopped = bool(facts.field_code) and field_case(facts.field_code) == CaseCode.METER_STOPPED
    active = facts.subscription_status == "active"
    if consumption == 0 and rules.zero_consumption_alert and active and not stopped:
        cases.append(Case(CaseCode.ZERO_CONSUMPTION, "no consumption on an active subscription"))
    if band is not None and consumption >= 0:
        seen = f"{_fmt(Decimal(consumption))} units over {days} days"
        limits = f"expected {_fmt(band.low)}-{_fmt(band.high)} ({band.class_code})"
        if consumption > band.high:
            cases.append(Case(CaseCode.TOO_HIGH, f"{seen}, {limits}"))
        elif 0 < consumption < band.low:
            cases.append(Case(CaseCode.TOO_LOW, f"{seen}, {limits}"))
    return ReadingVerdict(consumption, advance, rollover, tuple(cases), band)


def _advance(
    facts: ReadingFacts, rules: ReadingRules, band: Band | None, cases: list[Case]
) -> tuple[int, bool]:
    """The dial's advance; below the previous index, a roll-over when the wrapped advance
    is plausible (within the band's high bound, or without a band within
    rollover_max_share of the dial), else a negative advance."""
    assert facts.index is not None and facts.previous_index is not None
    delta = facts.index - facts.previous_index
    if delta >= 0:
        return delta, False
    capacity = facts.dial.capacity
    wrapped = capacity - facts.previous_index + facts.index
    if band is not None:
        plausible = units(wrapped, facts.dial.multiplier) <= band.high
    else:
        plausible = wrapped <= capacity * rules.rollover_max_share
    if plausible:
        cases.append(
            Case(
                CaseCode.ROLLOVER,
                f"dial of {facts.dial.digits} digits passed zero: "
                f"{facts.previous_index} -> {facts.index} = {wrapped}",
            )
        )
        return wrapped, True
    cases.append(
        Case(CaseCode.NEGATIVE, f"index {facts.index} below the previous {facts.previous_index}")
    )
    return delta, False


def _state_cases(
    facts: ReadingFacts, consumption: int, band: Band | None, days: int, cases: list[Case]
) -> None:
    """Consumption on a cut or terminated subscription: any consumption when the cut came
    before the period; when it came inside it, more than the band allows for the days
    before the cut (no band: not judged)."""
    code = {
        "suspended": CaseCode.CONSUMPTION_WHILE_CUT,
        "terminated": CaseCode.CONSUMPTION_WHILE_TERMINATED,
    }.get(facts.subscription_status)
    if code is None:
        return
    since = facts.status_since
    if since is None or facts.previous_date is None or since <= facts.previous_date:
        cases.append(Case(code, f"{consumption} units since {since or 'the cut'}"))
        return
    if since >= facts.reading_date or band is None or days <= 0:
        return
    allowed = band.high * Decimal((since - facts.previous_date).days) / Decimal(days)
    if consumption > allowed:
        cases.append(Case(code, f"{consumption} units, at most {_fmt(allowed)} before {since}"))


def dial_advance(previous: int, index: int, digits: int, rollover: bool) -> int:
    """The advance billed between two indexes: wrapped when the reading was a confirmed
    roll-over, else the plain difference (may be negative)."""
    if index < previous and rollover:
        return int(10**digits) - previous + index
    return index - previous
