"""Estimated consumption when a period has no valid reading (FAC-4, PAR-1).

In this order: the same period last year (its consumption per day x the period's days),
else the average per day of the last `readings.average_periods` periods, else the tariff
category's average per day (parameter readings.category_daily_average). The number of
estimates in a row is capped (readings.max_consecutive_estimates): beyond it the
subscription is not billed until a reading comes (cause ESTIMATE_CAP_REACHED).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from iwebs_server.domain.reading_rules import PastPeriod, daily_average, round_units, units


class EstimateMethod(StrEnum):
    SAME_PERIOD_LAST_YEAR = "same_period_last_year"
    AVERAGE_PER_DAY = "average_per_day"
    CATEGORY_AVERAGE = "category_average"


@dataclass(frozen=True)
class Estimate:
    method: str
    per_day: Decimal
    days: int
    advance: int  # dial units: per_day x days / multiplier, rounded half up
    consumption: int  # advance x multiplier, rounded half up


def one_year_before(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def _overlap(period: PastPeriod, start: date, end: date) -> int:
    """Days of the period (start exclusive: the day after the earlier reading, to the later
    reading's day) inside [start, end]."""
    first = max(period.start + timedelta(days=1), start)
    last = min(period.end, end)
    return max(0, (last - first).days + 1)


def same_period_last_year(
    history: Sequence[PastPeriod], period_start: date, period_end: date
) -> Decimal | None:
    """Units a day over last year's same dates, when readings cover at least half of them
    (each period contributes its consumption per day for the days it overlaps)."""
    start, end = one_year_before(period_start), one_year_before(period_end)
    window = (end - start).days + 1
    covered = 0
    total = Decimal(0)
    for period in history:
        if period.consumption < 0:
            continue
        days = _overlap(period, start, end)
        if days:
            covered += days
            total += Decimal(period.consumption) * days / period.days
    if window <= 0 or covered * 2 < window:
        return None
    return total / covered


def estimate_consumption(
    period_start: date,
    period_end: date,
    history: Sequence[PastPeriod],
    category_per_day: Decimal | None,
    average_periods: int,
    multiplier: Decimal = Decimal(1),
) -> Estimate | None:
    """The estimate of the billed span [period_start, period_end] (inclusive), or None
    when no branch has anything to go on."""
    days = (period_end - period_start).days + 1
    if days <= 0:
        return None
    per_day = same_period_last_year(history, period_start, period_end)
    method = EstimateMethod.SAME_PERIOD_LAST_YEAR
    if per_day is None:
        per_day, method = daily_average(history, average_periods), EstimateMethod.AVERAGE_PER_DAY
    if per_day is None:
        per_day, method = category_per_day, EstimateMethod.CATEGORY_AVERAGE
    if per_day is None or per_day < 0:
        return None
    advance = round_units(per_day * days / multiplier)
    return Estimate(method.value, per_day, days, advance, units(advance, multiplier))


def cap_reached(estimates_in_a_row: int, max_consecutive: int) -> bool:
    """True when one more estimate would exceed the cap (`estimates_in_a_row` = the
    subscription's last bills estimated in a row, before this one)."""
    return estimates_in_a_row + 1 > max_consecutive
