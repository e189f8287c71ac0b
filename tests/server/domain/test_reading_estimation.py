"""Estimation (FAC-4): every branch in its order, the multiplier, and the cap."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from iwebs_server.domain.reading_estimation import (
    EstimateMethod,
    cap_reached,
    estimate_consumption,
    one_year_before,
    same_period_last_year,
)
from iwebs_server.domain.reading_rules import PastPeriod

# a monthly subscriber: last year's October at 3 a day, recent months at 10 a day
LAST_YEAR = (
    PastPeriod(date(2025, 9, 30), date(2025, 10, 31), 93),
    PastPeriod(date(2025, 10, 31), date(2025, 11, 30), 90),
)
RECENT = (
    PastPeriod(date(2026, 7, 31), date(2026, 8, 31), 310),
    PastPeriod(date(2026, 8, 31), date(2026, 9, 30), 300),
)
OCTOBER = (date(2026, 10, 1), date(2026, 10, 31))


def test_same_period_last_year_first() -> None:
    estimate = estimate_consumption(*OCTOBER, LAST_YEAR + RECENT, Decimal(4), 6)
    assert estimate is not None
    assert estimate.method == EstimateMethod.SAME_PERIOD_LAST_YEAR
    assert estimate.per_day == Decimal(3) and estimate.days == 31
    assert estimate.consumption == 93 and estimate.advance == 93


def test_last_year_prorated_over_the_periods_it_overlaps() -> None:
    # the window 2025-10-15..2025-11-14 takes 17 days of October (3/day) and 14 of November
    per_day = same_period_last_year(LAST_YEAR, date(2026, 10, 15), date(2026, 11, 14))
    assert per_day == Decimal(3)
    mixed = (
        PastPeriod(date(2025, 9, 30), date(2025, 10, 31), 62),  # 2 a day
        PastPeriod(date(2025, 10, 31), date(2025, 11, 30), 120),  # 4 a day
    )
    per_day = same_period_last_year(mixed, date(2026, 10, 17), date(2026, 11, 15))
    # 15 days at 2 and 15 days at 4
    assert per_day == Decimal(3)


def test_last_year_must_cover_half_the_period() -> None:
    thin = (PastPeriod(date(2025, 10, 20), date(2025, 10, 31), 33),)  # 11 of 31 days
    assert same_period_last_year(thin, *OCTOBER) is None
    estimate = estimate_consumption(*OCTOBER, thin + RECENT, None, 6)
    assert estimate is not None and estimate.method == EstimateMethod.AVERAGE_PER_DAY


def test_else_the_average_per_day_of_the_previous_periods() -> None:
    estimate = estimate_consumption(*OCTOBER, RECENT, Decimal(4), 6)
    assert estimate is not None
    assert estimate.method == EstimateMethod.AVERAGE_PER_DAY
    assert estimate.per_day == Decimal(610) / Decimal(61)  # 10 a day
    assert estimate.consumption == 310
    one = estimate_consumption(*OCTOBER, RECENT, None, 1)
    assert one is not None and one.per_day == Decimal(10)


def test_else_the_category_average() -> None:
    estimate = estimate_consumption(*OCTOBER, (), Decimal("4.5"), 6)
    assert estimate is not None
    assert estimate.method == EstimateMethod.CATEGORY_AVERAGE
    assert estimate.consumption == 140  # 139.5 rounded half up


def test_nothing_to_go_on() -> None:
    assert estimate_consumption(*OCTOBER, (), None, 6) is None
    assert estimate_consumption(date(2026, 10, 5), date(2026, 10, 4), RECENT, None, 6) is None


def test_the_multiplier_turns_units_into_dial_advance() -> None:
    estimate = estimate_consumption(*OCTOBER, (), Decimal(4), 6, Decimal(40))
    assert estimate is not None
    # 124 kWh on a x40 meter: the dial moves 3 (3.1 rounded), billed 120
    assert estimate.advance == 3 and estimate.consumption == 120


def test_cap_on_consecutive_estimates() -> None:
    assert not cap_reached(0, 3)
    assert not cap_reached(2, 3)
    assert cap_reached(3, 3)
    assert cap_reached(0, 0)  # 0: never estimate


def test_one_year_before_a_leap_day() -> None:
    assert one_year_before(date(2028, 2, 29)) == date(2027, 2, 28)
    assert one_year_before(date(2026, 3, 1)) == date(2025, 3, 1)
