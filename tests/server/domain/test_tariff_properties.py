"""Property tests of the tariff engine (FAC-10): totals, monotony, rounding, splitting."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from iwebs_server.domain.tariff_engine import Usage, compute_charges
from tests.server.domain.tariff_grids import (
    COMMUNAL_TAX,
    STAMP,
    VAT_BLOCK_3,
    cote_divoire,
    eneo,
    energy,
    grid,
    seneau,
    senelec,
    version,
)

GRIDS = {
    "senelec": senelec(),
    "seneau": seneau(),
    "eneo": eneo(),
    "cote_divoire": cote_divoire(),
}
VERSIONS = {name: version(data) for name, data in GRIDS.items()}
RULES = ("half_up", "half_even", "half_down", "down", "up")

starts = st.dates(min_value=date(2026, 1, 1), max_value=date(2027, 12, 31))
lengths = st.integers(min_value=1, max_value=120)
consumptions = st.integers(min_value=0, max_value=20_000)
powers = st.sampled_from([None, 3000, 6000, 9000, 12000, 36000])
prices = st.decimals(min_value=0, max_value=1000, places=2, allow_nan=False)


@st.composite
def progressive_grid(draw: Any, exponent: int = 0) -> dict[str, Any]:
    count = draw(st.integers(min_value=1, max_value=5))
    bounds = sorted(draw(st.sets(st.integers(1, 2000), min_size=count - 1, max_size=count - 1)))
    block_prices = draw(st.lists(prices, min_size=count, max_size=count))
    blocks = [(str(b), str(p)) for b, p in zip([*bounds, ""], block_prices, strict=True)]
    rule = draw(st.sampled_from(RULES))
    components = [energy("ENERGY", "progressive", blocks, rounding=rule)]
    if count >= 3 and draw(st.booleans()):
        components += [COMMUNAL_TAX, VAT_BLOCK_3, STAMP]
    return grid(
        components,
        currency="GMD" if exponent else "XOF",
        exponent=exponent,
        reference_days=draw(st.sampled_from([30, 60])),
    )


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(GRIDS)), starts, lengths, consumptions, powers)
def test_total_is_the_sum_of_the_lines(
    name: str, start: date, length: int, consumption: int, power: int | None
) -> None:
    usage = Usage(start, start + timedelta(days=length - 1), Decimal(consumption), power)
    bill = compute_charges([VERSIONS[name]], usage)
    assert bill.total_minor == sum(line.amount_minor for line in bill.lines)
    assert all(isinstance(line.amount_minor, int) for line in bill.lines)


@settings(max_examples=200, deadline=None)
@given(progressive_grid(), st.integers(1, 90), consumptions, st.integers(1, 500))
def test_progressive_grids_never_decrease_with_consumption(
    data: dict[str, Any], length: int, consumption: int, more: int
) -> None:
    v = version(data)
    start = date(2026, 1, 1)
    end = start + timedelta(days=length - 1)
    low = compute_charges([v], Usage(start, end, Decimal(consumption), None))
    high = compute_charges([v], Usage(start, end, Decimal(consumption + more), None))
    assert high.total_minor >= low.total_minor


@settings(max_examples=200, deadline=None)
@given(progressive_grid(), st.integers(1, 90), consumptions)
def test_each_line_within_half_a_unit_of_its_exact_amount(
    data: dict[str, Any], length: int, consumption: int
) -> None:
    v = version(data)
    start = date(2026, 1, 1)
    usage = Usage(start, start + timedelta(days=length - 1), Decimal(consumption), None)
    rules = {c["code"]: c["rounding"] for c in data["components"]}
    scale = Decimal(10) ** data["currency_exponent"]
    for line in compute_charges([v], usage).lines:
        if line.kind == "energy":
            exact = line.quantity * line.unit_price * scale
        elif line.kind == "tax":
            exact = line.unit_price * scale * line.quantity / 100
        else:
            continue
        tolerance = Decimal("0.5") if rules[line.code.split(".")[0]].startswith("half") else 1
        assert abs(line.amount_minor - exact) <= tolerance


@settings(max_examples=200, deadline=None)
@given(
    progressive_grid(),
    st.integers(2, 90),
    st.data(),
    consumptions,
)
def test_split_with_equal_prices_equals_one_version(
    data: dict[str, Any], length: int, draw: Any, consumption: int
) -> None:
    start = date(2026, 3, 1)
    end = start + timedelta(days=length - 1)
    change = start + timedelta(days=draw.draw(st.integers(1, length - 1)))
    one = version(data, date(2026, 1, 1), 1)
    usage = Usage(start, end, Decimal(consumption), None)
    single = compute_charges([one], usage)
    # the same grid approved again: no price change, so the bill is the same
    again = compute_charges([one, version(data, change, 2)], usage)
    assert [(x.code, x.amount_minor) for x in again.lines] == [
        (x.code, x.amount_minor) for x in single.lines
    ]
    # the same prices under another label: split by days, each segment rounded on its own;
    # the quantities per block add up to the single version's (to the 3rd decimal) and the
    # total differs by at most one unit per line
    first, *others = data["components"]
    relabelled = dict(data, components=[dict(first, label="Consommation"), *others])
    split = compute_charges([one, version(relabelled, change, 2)], usage)
    energy_single = {x.code: x.quantity for x in single.lines if x.kind == "energy"}
    energy_split: dict[str, Decimal] = {}
    for x in split.lines:
        if x.kind == "energy":
            energy_split[x.code] = energy_split.get(x.code, Decimal(0)) + x.quantity
    for code in set(energy_single) | set(energy_split):
        gap = energy_single.get(code, Decimal(0)) - energy_split.get(code, Decimal(0))
        assert abs(gap) <= Decimal("0.002")
    assert sum(x.quantity for x in split.lines if x.kind == "energy") == consumption
    tolerance = len(split.lines) + max(p for _, p in _block_prices(data))
    assert abs(split.total_minor - single.total_minor) <= tolerance


def _block_prices(data: dict[str, Any]) -> list[tuple[str, int]]:
    blocks = data["components"][0]["blocks"]
    return [(b["up_to"], int(Decimal(b["unit_price"])) + 1) for b in blocks]


@settings(max_examples=150, deadline=None)
@given(progressive_grid(exponent=2), st.integers(1, 90), consumptions)
def test_gmd_amounts_are_in_bututs(data: dict[str, Any], length: int, consumption: int) -> None:
    start = date(2026, 1, 1)
    usage = Usage(start, start + timedelta(days=length - 1), Decimal(consumption), None)
    bill = compute_charges([version(data)], usage)
    assert bill.currency == "GMD"
    for line in bill.lines:
        if line.kind == "energy":
            exact = line.quantity * line.unit_price * 100  # 2 decimals: minor = 1/100
            assert abs(line.amount_minor - exact) <= 1
    assert bill.total_minor == sum(line.amount_minor for line in bill.lines)
