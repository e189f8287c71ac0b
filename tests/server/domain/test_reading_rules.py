"""Reading validation (FAC-4): every reading case, the bands by consumption class, the
roll-over / negative decision and the rule parameters (PAR-1)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from iwebs_server.domain.parameters import REGISTRY, ParameterValueError
from iwebs_server.domain.reading_rules import (
    CaseCode,
    Dial,
    PastPeriod,
    ReadingFacts,
    ReadingInputError,
    ReadingRules,
    band_for,
    classify,
    daily_average,
    dial_advance,
    field_case,
    parse_category_averages,
    parse_consumption_classes,
    parse_index,
    parse_multiplier,
    units,
    validate_reading,
)

RULES = ReadingRules()
D0 = date(2026, 9, 1)


def history(per_period: int = 300, periods: int = 6, days: int = 30) -> tuple[PastPeriod, ...]:
    """`periods` periods of `days` days, ending at D0, `per_period` units each."""
    out = []
    end = D0
    for _ in range(periods):
        start = end - timedelta(days=days)
        out.append(PastPeriod(start, end, per_period))
        end = start
    return tuple(out)


def facts(index: int | None, **overrides: object) -> ReadingFacts:
    values: dict[str, object] = {
        "reading_date": D0 + timedelta(days=30),
        "index": index,
        "field_code": "",
        "dial": Dial(5),
        "previous_index": 10_000,
        "previous_date": D0,
        "previous_is_installation": False,
        "installation_index": 100,
        "installed_on": date(2024, 1, 10),
        "subscription_status": "active",
        "status_since": None,
        "history": history(),  # 10 units a day: LARGE class
    }
    values.update(overrides)
    return ReadingFacts(**values)  # type: ignore[arg-type]


def codes(f: ReadingFacts, rules: ReadingRules = RULES) -> tuple[str, ...]:
    return validate_reading(f, rules).codes


def test_a_normal_reading_is_validated_with_its_consumption() -> None:
    verdict = validate_reading(facts(10_310), RULES)
    assert verdict.cases == ()
    assert verdict.consumption == 310
    assert verdict.band is not None and verdict.band.class_code == "LARGE"
    # 10 a day over 30 days: 300 expected, band 150 - 750
    assert verdict.band.low == Decimal(150) and verdict.band.high == Decimal(750)


def test_too_high_and_too_low_against_the_band() -> None:
    assert codes(facts(10_751)) == (CaseCode.TOO_HIGH,)
    assert codes(facts(10_750)) == ()
    assert codes(facts(10_149)) == (CaseCode.TOO_LOW,)
    assert codes(facts(10_150)) == ()


def test_small_consumers_get_a_wider_band() -> None:
    small = history(per_period=30)  # 1 unit a day: SMALL, widening 2
    verdict = validate_reading(facts(10_030, history=small), RULES)
    assert verdict.band is not None and verdict.band.class_code == "SMALL"
    assert verdict.band.low == Decimal("7.5") and verdict.band.high == Decimal(150)
    # 140 units would be TOO_HIGH for a large consumer's ratio (75) but not for a small one
    assert codes(facts(10_140, history=small)) == ()
    assert codes(facts(10_151, history=small)) == (CaseCode.TOO_HIGH,)
    assert codes(facts(10_008, history=small)) == ()
    assert codes(facts(10_007, history=small)) == (CaseCode.TOO_LOW,)
    medium = history(per_period=150)  # 5 a day: MEDIUM, widening 1.5
    band = validate_reading(facts(10_150, history=medium), RULES).band
    assert band is not None and band.class_code == "MEDIUM"
    assert band.high == Decimal(150) * Decimal("2.5") * Decimal("1.5")


def test_the_band_is_normalised_per_day() -> None:
    # the same 300 units are fine over 30 days but too high over 10 days
    assert codes(facts(10_300)) == ()
    short = facts(10_300, reading_date=D0 + timedelta(days=10))
    assert codes(short) == (CaseCode.TOO_HIGH,)


def test_average_over_the_parameter_number_of_periods() -> None:
    old_and_new = (
        PastPeriod(date(2026, 8, 2), D0, 600),
        PastPeriod(date(2026, 7, 3), date(2026, 8, 2), 0),
    )
    assert daily_average(old_and_new, 1) == Decimal(20)
    assert daily_average(old_and_new, 2) == Decimal(10)
    assert daily_average((), 6) is None
    one = replace(RULES, average_periods=1)
    assert codes(facts(10_290, history=old_and_new), one) == (CaseCode.TOO_LOW,)
    assert codes(facts(10_290, history=old_and_new), RULES) == ()


def test_without_history_the_category_average_gives_the_band() -> None:
    assert codes(facts(15_000, history=())) == ()  # nothing to compare with
    f = facts(15_000, history=(), category_per_day=Decimal(4))
    verdict = validate_reading(f, RULES)
    assert verdict.band is not None and verdict.band.source == "category"
    assert verdict.codes == (CaseCode.TOO_HIGH,)
    assert band_for((), Decimal(0), 30, RULES) is None  # an average of zero says nothing


def test_zero_consumption_on_an_active_subscription() -> None:
    assert codes(facts(10_000)) == (CaseCode.ZERO_CONSUMPTION,)
    off = replace(RULES, zero_consumption_alert=False)
    assert codes(facts(10_000), off) == ()
    assert codes(facts(10_000, subscription_status="suspended")) == ()
    # a meter the reader found stopped has its own case, not a second one
    assert codes(facts(10_000, field_code="STOPPED")) == (CaseCode.METER_STOPPED,)


def test_negative_when_a_roll_over_is_not_plausible() -> None:
    verdict = validate_reading(facts(9_990), RULES)
    assert verdict.codes == (CaseCode.NEGATIVE,)
    assert verdict.consumption == -10 and not verdict.rollover


def test_roll_over_of_a_dial_by_its_digits() -> None:
    f = facts(200, previous_index=99_900)
    verdict = validate_reading(f, RULES)
    assert verdict.codes == (CaseCode.ROLLOVER,)
    assert verdict.rollover and verdict.consumption == 300  # 100000 - 99900 + 200
    # a 4-digit dial wraps at 10000
    four = validate_reading(facts(100, previous_index=9_900, dial=Dial(4)), RULES)
    assert four.rollover and four.consumption == 200


def test_roll_over_beyond_the_band_is_a_negative() -> None:
    # wrapped advance 800 > band high 750
    assert codes(facts(700, previous_index=99_900)) == (CaseCode.NEGATIVE,)


def test_roll_over_without_history_uses_the_share_of_the_dial() -> None:
    # without history, up to 10 % of the dial (10000 on 5 digits)
    assert codes(facts(9_000, previous_index=99_500, history=())) == (CaseCode.ROLLOVER,)
    assert codes(facts(9_600, previous_index=99_500, history=())) == (CaseCode.NEGATIVE,)
    wide = replace(RULES, rollover_max_share=Decimal("0.2"))
    assert codes(facts(9_600, previous_index=99_500, history=()), wide) == (CaseCode.ROLLOVER,)


def test_the_multiplier_applies_to_the_consumption() -> None:
    verdict = validate_reading(facts(10_010, dial=Dial(5, Decimal(30))), RULES)
    assert verdict.advance == 10 and verdict.consumption == 300
    assert verdict.cases == ()
    assert units(3, Decimal("0.5")) == 2  # 1.5 rounded half up
    assert parse_multiplier("40") == Decimal(40)
    assert parse_multiplier("nonsense") == Decimal(1)
    assert parse_multiplier("-2") == Decimal(1)


def test_consumption_on_a_cut_subscription() -> None:
    cut = facts(10_300, subscription_status="suspended", status_since=date(2026, 8, 1))
    assert codes(cut) == (CaseCode.CONSUMPTION_WHILE_CUT,)
    nothing = facts(10_000, subscription_status="suspended", status_since=date(2026, 8, 1))
    assert codes(nothing) == ()
    # cut 10 days into the 30-day period: up to 750 x 10/30 = 250 units are fine
    mid = date(2026, 9, 11)
    assert codes(facts(10_250, subscription_status="suspended", status_since=mid)) == ()
    assert codes(facts(10_260, subscription_status="suspended", status_since=mid)) == (
        CaseCode.CONSUMPTION_WHILE_CUT,
    )


def test_consumption_on_a_terminated_subscription() -> None:
    ended = facts(10_300, subscription_status="terminated", status_since=date(2026, 8, 31))
    assert codes(ended) == (CaseCode.CONSUMPTION_WHILE_TERMINATED,)


def test_implausible_previous_index() -> None:
    too_big = facts(500, previous_index=123_456)
    verdict = validate_reading(too_big, RULES)
    assert verdict.codes == (CaseCode.IMPLAUSIBLE_PREVIOUS,) and verdict.consumption is None
    before_install = facts(10_300, previous_date=date(2023, 12, 1), reading_date=date(2023, 12, 31))
    assert CaseCode.IMPLAUSIBLE_PREVIOUS in codes(before_install)
    below_install = facts(10_300, installation_index=50_000)
    assert codes(below_install) == (CaseCode.IMPLAUSIBLE_PREVIOUS,)
    # just after the installation index wrapped: a roll-over since then, plausible
    wrapped = facts(9_300, previous_index=9_000, installation_index=99_500)
    assert codes(wrapped) == ()
    nothing = facts(10_300, previous_index=None, previous_date=None, installation_index=None)
    assert codes(nothing) == (CaseCode.IMPLAUSIBLE_PREVIOUS,)
    # the installation index as previous is trusted
    first = facts(400, previous_index=100, previous_is_installation=True, history=())
    assert codes(first) == ()


def test_field_cases_entered_by_the_reader() -> None:
    assert codes(facts(None, field_code="INACCESSIBLE")) == (CaseCode.NO_ACCESS,)
    assert codes(facts(None, field_code="DOG")) == (CaseCode.NO_ACCESS,)
    assert codes(facts(None, field_code="STOPPED")) == (CaseCode.METER_STOPPED,)
    assert codes(facts(10_300, field_code="SEAL_BROKEN")) == (CaseCode.SEAL_BROKEN,)
    assert codes(facts(10_300, field_code="LEAK")) == ("LEAK",)
    assert validate_reading(facts(None, field_code="ABSENT"), RULES).consumption is None
    assert field_case("BROKEN") == CaseCode.METER_STOPPED


def test_parse_index() -> None:
    assert parse_index("01234", 5) == 1234
    assert parse_index(" 99999 ", 5) == 99_999
    for bad in ("", "12a", "-5", "1.5", "1 234"):
        with pytest.raises(ReadingInputError) as error:
            parse_index(bad, 5)
        assert error.value.field == "index_value"
    with pytest.raises(ReadingInputError, match="more digits"):
        parse_index("100000", 5)


def test_dial_advance() -> None:
    assert dial_advance(100, 400, 5, rollover=False) == 300
    assert dial_advance(99_900, 200, 5, rollover=True) == 300
    assert dial_advance(500, 400, 5, rollover=False) == -100


def test_consumption_classes_parameter() -> None:
    classes = parse_consumption_classes("SMALL:2:2;MEDIUM:10:1.5;LARGE:*:1")
    assert [c.code for c in classes] == ["SMALL", "MEDIUM", "LARGE"]
    assert classify(Decimal("1.99"), classes).code == "SMALL"
    assert classify(Decimal(2), classes).code == "MEDIUM"
    assert classify(Decimal(500), classes).code == "LARGE"
    definition = REGISTRY["readings.consumption_classes"]
    assert definition.parse("ALL:*:1") == "ALL:*:1"
    for bad, words in (
        ("", "at least one"),
        ("A:2:2", "must be unbounded"),
        ("A:*:2;B:*:1", "only the last"),
        ("A:5:2;B:3:1;C:*:1", "increasing"),
        ("A:2:0.5;B:*:1", "between 1 and 10"),
        ("A:2:2;A:*:1", "twice"),
        ("a:2:2;B:*:1", "capitals"),
        ("A:x:2;B:*:1", "not a decimal"),
        ("A:2;B:*:1", "CODE:below:widening"),
    ):
        with pytest.raises(ParameterValueError, match=words):
            definition.parse(bad)


def test_category_averages_parameter() -> None:
    averages = parse_category_averages(REGISTRY["readings.category_daily_average"].default)
    assert averages["DPP"] == Decimal(4) and averages["EAU-DOM"] == Decimal("0.5")
    definition = REGISTRY["readings.category_daily_average"]
    for bad in ("DPP", "DPP:-1", "DPP:1;DPP:2", "dpp x:1", "DPP:abc"):
        with pytest.raises(ParameterValueError):
            definition.parse(bad)
    assert definition.parse("DPP:3.5") == "DPP:3.5"
    share = REGISTRY["readings.rollover_max_share"]
    with pytest.raises(ParameterValueError):
        share.parse("0.9")
