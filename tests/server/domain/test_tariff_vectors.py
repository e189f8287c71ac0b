"""Test vectors of the tariff engine (FAC-10), computed by hand, exact to the franc.

Conventions (docs/tariffs.md): a block bound is prorated as bound x days / reference days,
kept to 3 decimals (half up); each line is rounded once by its rule; total = sum of lines.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from iwebs_server.domain.tariff_engine import (
    ComputedBill,
    ComputedLine,
    NoTariffForPeriod,
    Usage,
    compute_charges,
)
from tests.server.domain.tariff_grids import (
    cote_divoire,
    eneo,
    energy,
    grid,
    seneau,
    senelec,
    version,
)

MARCH = (date(2026, 3, 1), date(2026, 3, 30))  # 30 days = the monthly reference


def usage(start: date, end: date, consumption: int | str, power_va: int | None = None) -> Usage:
    return Usage(start, end, Decimal(consumption), power_va)


def amounts(bill: ComputedBill) -> list[tuple[str, int]]:
    return [(line.code, line.amount_minor) for line in bill.lines]


def check_total(bill: ComputedBill) -> None:
    assert bill.total_minor == sum(line.amount_minor for line in bill.lines)


def test_senelec_domestic_30_days_all_blocks_and_taxes() -> None:
    bill = compute_charges([version(senelec())], usage(*MARCH, 300))
    # bloc 1: 150 x 82.00 = 12 300
    # bloc 2: 100 x 136.49 = 13 649
    # bloc 3: 50 x 159.36 = 7 968
    # taxe communale 2.5 % of the energy: 33 917 x 0.025 = 847.925 -> 848 (half up)
    # TVA 18 % of bloc 3 only: 7 968 x 0.18 = 1 434.24 -> 1 434
    # timbre: the lines so far (36 199) are above 20 000 -> 100
    assert amounts(bill) == [
        ("ENERGY.1", 12300),
        ("ENERGY.2", 13649),
        ("ENERGY.3", 7968),
        ("TCO", 848),
        ("TVA", 1434),
        ("TIMBRE", 100),
    ]
    assert bill.total_minor == 36299
    assert bill.currency == "XOF"
    check_total(bill)
    block_2 = bill.lines[1]
    assert block_2.quantity == Decimal(100)
    assert block_2.unit_price == Decimal("136.49")
    assert block_2.block_no == 2 and block_2.unit == "kWh"
    assert block_2.rule == "bloc 2 : 151\u2013250 kWh"
    assert block_2.tariff_version_id == "version-1"
    assert block_2.ledger_account == "REVENUE:ELECTRICITY:ENERGY"
    vat = bill.lines[4]
    assert (vat.kind, vat.unit) == ("tax", "%")
    assert (vat.quantity, vat.unit_price) == (Decimal(18), Decimal(7968))
    assert vat.ledger_account == "TAX:VAT" and vat.block_no is None


def test_senelec_without_block_3_has_no_vat_and_below_threshold_no_stamp() -> None:
    bill = compute_charges([version(senelec())], usage(*MARCH, 200))
    # 150 x 82 = 12 300; 50 x 136.49 = 6 824.5 -> 6 825 (half up)
    # communal tax: 19 125 x 0.025 = 478.125 -> 478; no bloc 3, so no VAT line
    # 19 603 is not above 20 000: no stamp
    assert amounts(bill) == [("ENERGY.1", 12300), ("ENERGY.2", 6825), ("TCO", 478)]
    assert bill.total_minor == 19603


def test_senelec_prorated_31_days() -> None:
    bill = compute_charges(
        [version(senelec(taxes=False))], usage(date(2026, 1, 1), date(2026, 1, 31), 300)
    )
    # bounds x 31/30: 150 -> 155; 250 -> 258.333 (258.3333.. kept to 3 decimals)
    # bloc 1: 155 x 82 = 12 710
    # bloc 2: 103.333 x 136.49 = 14 103.92017 -> 14 104
    # bloc 3: 41.667 x 159.36 = 6 640.05312 -> 6 640
    assert amounts(bill) == [("ENERGY.1", 12710), ("ENERGY.2", 14104), ("ENERGY.3", 6640)]
    assert [line.quantity for line in bill.lines] == [
        Decimal(155),
        Decimal("103.333"),
        Decimal("41.667"),
    ]
    assert bill.lines[1].rule == "bloc 2 : 151\u2013250 kWh \u00d7 31/30 j"
    assert bill.total_minor == 33454


def test_senelec_prorated_61_days() -> None:
    bill = compute_charges(
        [version(senelec(taxes=False))], usage(date(2026, 1, 1), date(2026, 3, 2), 600)
    )
    # 61 days: bounds 150 x 61/30 = 305; 250 x 61/30 = 508.333
    # bloc 1: 305 x 82 = 25 010
    # bloc 2: 203.333 x 136.49 = 27 752.92117 -> 27 753
    # bloc 3: 91.667 x 159.36 = 14 608.05312 -> 14 608
    assert amounts(bill) == [("ENERGY.1", 25010), ("ENERGY.2", 27753), ("ENERGY.3", 14608)]
    assert bill.total_minor == 67371


def test_seneau_61_days_with_meter_rental() -> None:
    bill = compute_charges([version(seneau())], usage(date(2026, 1, 1), date(2026, 3, 2), 50))
    # reference 60 days, period 61 days: 20 x 61/60 = 20.333; 40 x 61/60 = 40.667
    # bloc 1: 20.333 x 202 = 4 107.266 -> 4 107
    # bloc 2: 20.334 x 697.97 = 14 192.52198 -> 14 193
    # bloc 3: 9.333 x 878.35 = 8 197.64055 -> 8 198
    # meter rental 600 per 60 days x 61/60 = 610
    assert amounts(bill) == [
        ("WATER.1", 4107),
        ("WATER.2", 14193),
        ("WATER.3", 8198),
        ("METER", 610),
    ]
    assert bill.lines[1].rule == "bloc 2 : 21\u201340 m3 \u00d7 61/60 j"
    assert bill.lines[1].quantity == Decimal("20.334")
    assert bill.lines[3].rule == "600 XOF / 60 j \u00d7 61/60 j"
    assert bill.lines[3].ledger_account == "REVENUE:WATER:METER_RENTAL"
    assert bill.total_minor == 27108


def test_seneau_60_days_exact_reference() -> None:
    bill = compute_charges([version(seneau())], usage(date(2026, 1, 1), date(2026, 3, 1), 30))
    # 60 days: no proration. 20 x 202 = 4 040; 10 x 697.97 = 6 979.7 -> 6 980; rental 600
    assert amounts(bill) == [("WATER.1", 4040), ("WATER.2", 6980), ("METER", 600)]
    assert bill.total_minor == 11620


@pytest.mark.parametrize(
    ("kwh", "tier", "amount"),
    [
        (100, 1, 5000),  # 100 x 50
        (110, 1, 5500),  # 110 x 50: the bound belongs to its tier
        (111, 2, 8769),  # 111 x 79: the whole consumption at tier 2
        (220, 2, 17380),  # 220 x 79
        (221, 3, 20774),  # 221 x 94
        (250, 3, 23500),  # 250 x 94
        (400, 3, 37600),  # 400 x 94
        (401, 4, 39699),  # 401 x 99
    ],
)
def test_eneo_all_units(kwh: int, tier: int, amount: int) -> None:
    bill = compute_charges([version(eneo())], usage(*MARCH, kwh))
    assert amounts(bill) == [(f"ENERGY.{tier}", amount)]
    assert bill.lines[0].quantity == kwh and bill.lines[0].block_no == tier
    assert bill.currency == "XAF"
    assert bill.lines[0].rule.endswith("(toute la consommation)")


def test_eneo_all_units_prorated() -> None:
    bill = compute_charges([version(eneo())], usage(date(2026, 1, 1), date(2026, 1, 31), 225))
    # 31 days: tier bounds 113.667 / 227.333 / 413.333: 225 stays in tier 2 -> 225 x 79
    assert amounts(bill) == [("ENERGY.2", 17775)]
    # the same 225 kWh in 30 days reaches tier 3: 225 x 94
    assert amounts(compute_charges([version(eneo())], usage(*MARCH, 225))) == [("ENERGY.3", 21150)]


def test_cote_divoire_hours_of_subscribed_power() -> None:
    bill = compute_charges([version(cote_divoire())], usage(*MARCH, 500, 5000))
    # 5 kVA -> first 80 h x 5 kW = 400 kWh at 90, the other 100 kWh at 70
    # prime fixe 5 kVA x 500 = 2 500; meter rental 400 (not prorated)
    assert amounts(bill) == [
        ("ENERGY.1", 36000),
        ("ENERGY.2", 7000),
        ("PRIME", 2500),
        ("COMPTEUR", 400),
    ]
    assert bill.lines[0].rule == "bloc 1 : 0\u201380 h \u00d7 5 kW"
    assert bill.total_minor == 45900


def test_cote_divoire_prorated_45_days() -> None:
    start, end = date(2026, 1, 1), date(2026, 2, 14)  # 45 days
    bill = compute_charges([version(cote_divoire())], usage(start, end, 1000, 6000))
    # bound 80 h x 6 kW x 45/30 = 720 kWh: 720 x 90 = 64 800; 280 x 70 = 19 600
    # prime fixe 6 x 500 x 45/30 = 4 500; meter rental 400 (prorate false)
    assert amounts(bill) == [
        ("ENERGY.1", 64800),
        ("ENERGY.2", 19600),
        ("PRIME", 4500),
        ("COMPTEUR", 400),
    ]


def test_minimum_charge_prorated() -> None:
    definition = grid(
        [
            energy("ENERGY", "progressive", [("150", "82"), ("", "100")]),
            {
                "code": "MINIMUM",
                "kind": "minimum",
                "label": "Minimum de facturation",
                "ledger_account": "REVENUE:ELECTRICITY:MINIMUM",
                "rounding": "half_up",
                "amount": "1000",
                "applies_to": ["ENERGY"],
            },
        ]
    )
    # 30 days: 5 x 82 = 410 < 1 000 -> minimum line 590
    bill = compute_charges([version(definition)], usage(*MARCH, 5))
    assert amounts(bill) == [("ENERGY.1", 410), ("MINIMUM", 590)]
    # 15 days: minimum 1 000 x 15/30 = 500 -> 90
    half = compute_charges([version(definition)], usage(date(2026, 3, 1), date(2026, 3, 15), 5))
    assert amounts(half) == [("ENERGY.1", 410), ("MINIMUM", 90)]
    # reached: no line
    assert amounts(compute_charges([version(definition)], usage(*MARCH, 20))) == [
        ("ENERGY.1", 1640)
    ]


def test_price_change_inside_the_period_is_split_by_days() -> None:
    v1 = version(senelec(taxes=False), date(2026, 1, 1), 1)
    v2 = version(senelec("170", taxes=False), date(2026, 3, 16), 2)
    bill = compute_charges([v2, v1], usage(date(2026, 3, 1), date(2026, 3, 31), 310))
    # 31 days: v1 for 15 days (1-15 March), v2 for 16 days (16-31 March)
    # consumption split by days: 310 x 15/31 = 150; 310 - 150 = 160
    # v1, bounds x 15/30: 75 / 125
    #   75 x 82 = 6 150; 50 x 136.49 = 6 824.5 -> 6 825; 25 x 159.36 = 3 984
    # v2, bounds x 16/30: 80 / 133.333
    #   80 x 82 = 6 560; 53.333 x 136.49 = 7 279.42117 -> 7 279;
    #   26.667 x 170 = 4 533.39 -> 4 533
    assert amounts(bill) == [
        ("ENERGY.1", 6150),
        ("ENERGY.2", 6825),
        ("ENERGY.3", 3984),
        ("ENERGY.1", 6560),
        ("ENERGY.2", 7279),
        ("ENERGY.3", 4533),
    ]
    assert bill.total_minor == 35331
    assert [line.tariff_version_id for line in bill.lines] == ["version-1"] * 3 + ["version-2"] * 3
    assert bill.lines[4].rule == "v2 \u00b7 bloc 2 : 151\u2013250 kWh \u00d7 16/30 j"
    assert bill.lines[5].quantity == Decimal("26.667")


def test_price_change_with_taxes_and_one_stamp() -> None:
    v1 = version(senelec(), date(2026, 1, 1), 1)
    v2 = version(senelec("170"), date(2026, 3, 16), 2)
    bill = compute_charges([v1, v2], usage(date(2026, 3, 1), date(2026, 3, 31), 310))
    # energy as above; taxes per segment with the segment's version:
    # v1 communal 16 959 x 2.5 % = 423.975 -> 424; VAT 3 984 x 18 % = 717.12 -> 717
    # v2 communal 18 372 x 2.5 % = 459.3 -> 459; VAT 4 533 x 18 % = 815.94 -> 816
    # one stamp (v2, in force at the end): 100
    assert [code for code, _ in amounts(bill)] == [
        "ENERGY.1", "ENERGY.2", "ENERGY.3", "TCO", "TVA",
        "ENERGY.1", "ENERGY.2", "ENERGY.3", "TCO", "TVA", "TIMBRE",
    ]  # fmt: skip
    assert [a for _, a in amounts(bill)][3:5] == [424, 717]
    assert [a for _, a in amounts(bill)][8:] == [459, 816, 100]
    assert bill.lines[-1].tariff_version_id == "version-2"
    assert bill.total_minor == 35331 + 424 + 717 + 459 + 816 + 100
    check_total(bill)


def test_version_starting_on_the_first_day_or_after_the_period() -> None:
    v1 = version(senelec(taxes=False), date(2026, 1, 1), 1)
    v2 = version(senelec("170", taxes=False), date(2026, 3, 1), 2)
    v3 = version(senelec("200", taxes=False), date(2026, 4, 1), 3)
    bill = compute_charges([v1, v2, v3], usage(*MARCH, 300))
    # v2 covers the whole of March: 12 300 + 13 649 + 50 x 170 = 8 500
    assert amounts(bill) == [("ENERGY.1", 12300), ("ENERGY.2", 13649), ("ENERGY.3", 8500)]
    assert {line.tariff_version_id for line in bill.lines} == {"version-2"}


def test_identical_version_does_not_split() -> None:
    v1 = version(senelec(taxes=False), date(2026, 1, 1), 1)
    v2 = version(senelec(taxes=False), date(2026, 3, 16), 2)
    bill = compute_charges([v1, v2], usage(date(2026, 3, 1), date(2026, 3, 31), 310))
    single = compute_charges([v1], usage(date(2026, 3, 1), date(2026, 3, 31), 310))
    assert amounts(bill) == amounts(single)


def test_no_version_in_force_at_the_start() -> None:
    v2 = version(senelec(), date(2026, 3, 16), 2)
    with pytest.raises(NoTariffForPeriod):
        compute_charges([v2], usage(*MARCH, 100))
    with pytest.raises(NoTariffForPeriod):
        compute_charges([], usage(*MARCH, 100))


@pytest.mark.parametrize(
    ("rule", "expected"),
    # 50 kWh x 136.49 = 6 824.5 (bloc 2 of a 200 kWh bill)
    [("half_up", 6825), ("half_even", 6824), ("half_down", 6824), ("down", 6824), ("up", 6825)],
)
def test_named_rounding_rules(rule: str, expected: int) -> None:
    bill = compute_charges([version(senelec(taxes=False, rounding=rule))], usage(*MARCH, 200))
    assert amounts(bill) == [("ENERGY.1", 12300), ("ENERGY.2", expected)]


def test_gmd_two_decimals() -> None:
    definition = grid(
        [energy("ENERGY", "progressive", [("50", "9.135"), ("", "10.20")], rounding="down")],
        currency="GMD",
        exponent=2,
    )
    bill = compute_charges([version(definition)], usage(*MARCH, 37))
    # 37 x 9.135 = 337.995 GMD = 33 799.5 bututs -> down -> 33 799
    assert amounts(bill) == [("ENERGY.1", 33799)]
    half_even = dict(
        definition, components=[dict(definition["components"][0], rounding="half_even")]
    )
    # half even: 33 799.5 -> 33 800
    assert amounts(compute_charges([version(half_even)], usage(*MARCH, 37))) == [
        ("ENERGY.1", 33800)
    ]


def test_rounding_increment() -> None:
    definition = senelec(taxes=False)
    definition["rounding_increment_minor"] = 5
    bill = compute_charges([version(definition)], usage(*MARCH, 300))
    # to multiples of 5: 12 300 stays; 13 649 -> 13 650; 7 968 -> 7 970
    assert amounts(bill) == [("ENERGY.1", 12300), ("ENERGY.2", 13650), ("ENERGY.3", 7970)]


def test_zero_consumption_gives_only_fixed_lines() -> None:
    bill = compute_charges([version(seneau())], usage(date(2026, 1, 1), date(2026, 3, 1), 0))
    assert amounts(bill) == [("METER", 600)]
    empty = compute_charges([version(senelec())], usage(*MARCH, 0))
    assert empty.lines == () and empty.total_minor == 0


def test_impossible_usage_is_refused() -> None:
    with pytest.raises(ValueError, match="period_end"):
        compute_charges([version(senelec())], usage(date(2026, 3, 2), date(2026, 3, 1), 1))
    with pytest.raises(ValueError, match="negative"):
        compute_charges([version(senelec())], usage(*MARCH, -1))


def test_lines_are_frozen_dataclasses_equal_to_constructed_ones() -> None:
    bill = compute_charges([version(senelec())], usage(*MARCH, 300))
    line = bill.lines[1]
    assert dataclasses.replace(line) == line
    assert line == ComputedLine(**{f.name: getattr(line, f.name) for f in dataclasses.fields(line)})
    with pytest.raises(dataclasses.FrozenInstanceError):
        line.amount_minor = 0  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        bill.total_minor = 0  # type: ignore[misc]
    # a second bill of the same quantities reuses the memoized lines, with the same values
    assert compute_charges([version(senelec())], usage(*MARCH, 300)) == bill


def test_rules_name_the_selectors_and_fit_their_column() -> None:
    bill = compute_charges([version(senelec())], usage(*MARCH, 300))
    rules = {line.code: line.rule for line in bill.lines}
    assert rules["TCO"] == "2.5 % de ENERGY"
    assert rules["TVA"] == "18 % de ENERGY.3"
    assert rules["TIMBRE"] == "100 XOF si toutes les lignes > 20000"
    many = grid(
        [
            *[
                energy(f"PART_{n:02d}_{'X' * 12}", "progressive", [("10", "1"), ("", "2")])
                for n in range(40)
            ],
            {
                "code": "TVA",
                "kind": "tax",
                "label": "TVA",
                "ledger_account": "TAX:VAT",
                "rate_percent": "18",
                "applies_to": [f"PART_{n:02d}_{'X' * 12}.2" for n in range(40)],
            },
        ]
    )
    long_bill = compute_charges([version(many)], usage(*MARCH, 100))
    assert all(len(line.rule) <= 300 for line in long_bill.lines)
    assert long_bill.lines[-1].code == "TVA" and long_bill.lines[-1].rule.endswith("\u2026")
