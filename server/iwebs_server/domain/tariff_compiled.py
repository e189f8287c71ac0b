"""A tariff version compiled for fast rating (used by domain/tariff_engine.py).

Compiled once per version: prices in minor units, selectors expanded to line codes, and per
number of days a "plan" with the prorated bounds, the rule texts and the lines that do not
depend on the consumption (fixed charges, stamp duties) made once. Rating a segment then
costs a few Decimal multiplications and quantizations per line. Pure Python.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import (
    ROUND_DOWN,
    ROUND_HALF_DOWN,
    ROUND_HALF_EVEN,
    ROUND_HALF_UP,
    ROUND_UP,
    Decimal,
)
from typing import Any

from iwebs_server.domain.tariff_definition import (
    ALL_LINES,
    ALL_UNITS,
    BLOCK_KINDS,
    FIXED,
    MINIMUM,
    POWER,
    POWER_HOURS,
    PROGRESSIVE,
    STAMP,
    TAX,
    Component,
    TariffDefinition,
    canonical_json,
    decimal_text,
)

QUANTITY_EXPONENT = Decimal("0.001")  # split or prorated quantities keep 3 decimals
ONE = Decimal(1)
ZERO = Decimal(0)
_HUNDRED = Decimal(100)
# Lines are immutable and a pure function of (version, days, block, quantity): the usual
# quantities (whole kWh and m3, full blocks, tax bases) are memoized per plan, at most
# MEMO_LIMIT per block, so that most bills reuse lines already made.
MEMO_LIMIT = 512
TIMES = "\u00d7"  # multiplication sign, as printed on the bill
DASH = "\u2013"  # en dash between the bounds of a block
_RULES = {
    "half_up": ROUND_HALF_UP,
    "half_even": ROUND_HALF_EVEN,
    "half_down": ROUND_HALF_DOWN,
    "down": ROUND_DOWN,
    "up": ROUND_UP,
}


@dataclass(frozen=True, slots=True)
class ComputedLine:
    code: str
    kind: str
    label: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    amount_minor: int
    tariff_version_id: str
    block_no: int | None
    rule: str
    ledger_account: str  # e.g. REVENUE:ELECTRICITY:ENERGY, TAX:VAT


# A frozen dataclass's generated __init__ sets each field through object.__setattr__ (about
# 4x the cost of a tuple); the engine fills the slots through their descriptors instead.
_new_line = ComputedLine.__new__
_SETTERS = tuple(getattr(ComputedLine, name).__set__ for name in ComputedLine.__slots__)
(_s_code, _s_kind, _s_label, _s_qty, _s_unit, _s_price) = _SETTERS[:6]
(_s_amount, _s_version, _s_block, _s_rule, _s_account) = _SETTERS[6:]


def make_line(
    code: str,
    kind: str,
    label: str,
    quantity: Decimal,
    unit: str,
    unit_price: Decimal,
    amount_minor: int,
    tariff_version_id: str,
    block_no: int | None,
    rule: str,
    ledger_account: str,
) -> ComputedLine:
    """Same as ComputedLine(...), faster."""
    line = _new_line(ComputedLine)
    _s_code(line, code)
    _s_kind(line, kind)
    _s_label(line, label)
    _s_qty(line, quantity)
    _s_unit(line, unit)
    _s_price(line, unit_price)
    _s_amount(line, amount_minor)
    _s_version(line, tariff_version_id)
    _s_block(line, block_no)
    _s_rule(line, rule)
    _s_account(line, ledger_account)
    return line


def quantity(value: Decimal) -> Decimal:
    """Keeps at most 3 decimals (half up); an exact value keeps its own form."""
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -3:
        return value.quantize(QUANTITY_EXPONENT, rounding=ROUND_HALF_UP)
    return value


def _num(value: Decimal) -> str:
    return decimal_text(value)


RULE_LENGTH = 300  # bill_lines.rule


def fit(rule: str) -> str:
    """A rule text within the stored length."""
    return rule if len(rule) <= RULE_LENGTH else rule[: RULE_LENGTH - 1] + "\u2026"


class Part:
    """A component ready to rate: prices in minor units, selectors as line codes."""

    __slots__ = (
        "account",
        "block_codes",
        "block_labels",
        "bounds",
        "code",
        "covers",
        "kind",
        "label",
        "prices",
        "prices_minor",
        "prorate",
        "rounding",
        "selection",
        "threshold_minor",
        "value",
        "value_minor",
    )

    def __init__(self, c: Component, scale: Decimal, earlier: Sequence[Part]) -> None:
        self.code, self.kind, self.label = c.code, c.kind, c.label
        self.account, self.rounding, self.prorate = c.ledger_account, _RULES[c.rounding], c.prorate
        self.bounds = tuple(b.up_to for b in c.blocks)
        self.prices = tuple(b.unit_price for b in c.blocks)
        self.prices_minor = tuple(b.unit_price * scale for b in c.blocks)
        self.block_labels = tuple(f"{c.label} tranche {n}" for n in range(1, len(c.blocks) + 1))
        self.block_codes = c.line_codes() if c.kind in BLOCK_KINDS else ()
        raw = (
            c.rate_percent
            if c.kind == TAX
            else (c.amount if c.amount is not None else c.unit_price)
        )
        self.value = raw if raw is not None else ZERO
        self.value_minor = self.value * scale
        self.threshold_minor = (c.threshold or ZERO) * scale
        covers: list[str] = []
        for selector in c.applies_to:
            for part in earlier:
                if part.kind == STAMP:
                    continue
                if selector in (ALL_LINES, part.code):
                    codes = part.block_codes or (part.code,)
                    covers.extend(code for code in codes if code not in covers)
                elif selector in part.block_codes and selector not in covers:
                    covers.append(selector)
        self.covers = tuple(covers)
        # the selectors as written ("ENERGY", "*"), for the rule texts
        self.selection = " + ".join(
            "toutes les lignes" if x == ALL_LINES else x for x in c.applies_to
        )


class CompiledVersion:
    """A version's definition compiled for rating (cached per version id by the engine)."""

    def __init__(self, version_id: str, version_number: int, definition: TariffDefinition) -> None:
        d = definition
        self.definition = d
        self.canonical = canonical_json(d)
        self.version_id = version_id
        self.version_number = version_number
        self.currency = d.currency_code
        self.scale = Decimal(10) ** d.currency_exponent
        self.reference_days = d.reference_days
        self.unit = d.consumption_unit
        self.increment = d.rounding_increment_minor
        parts: list[Part] = []
        for component in d.components:
            parts.append(Part(component, self.scale, parts))
        self.parts = tuple(p for p in parts if p.kind != STAMP)
        self.uses_power = any(p.kind in (POWER, POWER_HOURS) for p in parts)
        self.stamps = tuple(self._stamp(p) for p in parts if p.kind == STAMP)
        self._plans: dict[tuple[int, bool], tuple[tuple[Any, ...], ...]] = {}

    def round(self, value: Decimal, rounding: str) -> int:
        if self.increment == 1:
            return int(value.quantize(ONE, rounding=rounding))
        steps = (value / self.increment).quantize(ONE, rounding=rounding)
        return int(steps) * self.increment

    # --- the plan of a segment of `days` days: everything that does not depend on usage ---
    def plan(self, days: int, split: bool) -> tuple[tuple[Any, ...], ...]:
        found = self._plans.get((days, split))
        if found is None:
            found = self._plans[(days, split)] = self._make_plan(days, split)
        return found

    def _make_plan(self, days: int, split: bool) -> tuple[tuple[Any, ...], ...]:
        ref, currency, vid = self.reference_days, self.currency, self.version_id
        prefix = f"v{self.version_number} · " if split else ""
        steps: list[tuple[Any, ...]] = []
        for p in self.parts:
            prorated = p.prorate and days != ref
            num, den = (days, ref) if prorated else (1, 1)
            suffix = f" {TIMES} {days}/{ref} j" if prorated else ""
            period = f"/ {ref} j{suffix}"
            if p.kind in (PROGRESSIVE, ALL_UNITS):
                bounds = tuple(
                    None if b is None else quantity(b * num / den) if prorated else b
                    for b in p.bounds
                )
                whole = " (toute la consommation)" if p.kind == ALL_UNITS else ""
                rules = tuple(
                    f"{prefix}bloc {n + 1} : {_range(p.bounds, n, self.unit)}{suffix}{whole}"
                    for n in range(len(p.bounds))
                )
                memos: tuple[dict[Decimal, ComputedLine], ...] = tuple({} for _ in p.bounds)
                steps.append((p.kind, p, bounds, rules, memos))
            elif p.kind == POWER_HOURS:
                steps.append((p.kind, p, prefix, num, den, suffix))
            elif p.kind == FIXED:
                amount = self.round(p.value_minor * num / den, p.rounding)
                rule = f"{prefix}{_num(p.value)} {currency} {period}"
                line = make_line(
                    p.code, "fixed", p.label, ONE, "", p.value, amount, vid, None, rule, p.account
                )
                steps.append((FIXED, p, line if amount else None))
            elif p.kind == POWER:
                steps.append((POWER, p, prefix, num, den, period))
            elif p.kind == MINIMUM:
                floor = p.value_minor * num / den
                rule = f"{prefix}minimum {_num(p.value)} {currency} {period} sur {p.selection}"
                steps.append((MINIMUM, p, floor, fit(rule)))
            elif p.kind == TAX:
                rule = fit(f"{prefix}{_num(p.value)} % de {p.selection}")
                steps.append((TAX, p, rule, {}))
        return tuple(steps)

    # --- rating --------------------------------------------------------------------------------
    def rate(
        self, days: int, consumed: Decimal, kva: Decimal, split: bool, lines: list[ComputedLine]
    ) -> None:
        """Appends the lines of a segment of `days` days with `consumed` units."""
        amounts: dict[str, int] = {}
        vid, unit, scale = self.version_id, self.unit, self.scale
        for step in self.plan(days, split):
            kind, p = step[0], step[1]
            if kind == PROGRESSIVE:
                bounds, rules, memos = step[2], step[3], step[4]
                lower = ZERO
                for n, bound in enumerate(bounds):
                    if consumed <= lower:
                        break
                    qty = (consumed if bound is None or consumed < bound else bound) - lower
                    memo = memos[n]
                    line = memo.get(qty)
                    if line is None:
                        amount = self.round(qty * p.prices_minor[n], p.rounding)
                        line = make_line(
                            p.block_codes[n], "energy", p.block_labels[n], qty, unit,
                            p.prices[n], amount, vid, n + 1, rules[n], p.account,
                        )  # fmt: skip
                        if len(memo) < MEMO_LIMIT:
                            memo[qty] = line
                    amounts[line.code] = line.amount_minor
                    lines.append(line)
                    lower = bound
            elif kind == ALL_UNITS:
                if consumed <= 0:
                    continue
                bounds, memos = step[2], step[4]
                n = 0
                while bounds[n] is not None and consumed > bounds[n]:
                    n += 1
                memo = memos[n]
                line = memo.get(consumed)
                if line is None:
                    amount = self.round(consumed * p.prices_minor[n], p.rounding)
                    line = make_line(
                        p.block_codes[n], "energy", p.block_labels[n], consumed, unit,
                        p.prices[n], amount, vid, n + 1, step[3][n], p.account,
                    )  # fmt: skip
                    if len(memo) < MEMO_LIMIT:
                        memo[consumed] = line
                amounts[line.code] = line.amount_minor
                lines.append(line)
            elif kind == TAX:
                base = 0
                for code in p.covers:
                    base += amounts.get(code, 0)
                if base:
                    memo_tax = step[3]
                    line = memo_tax.get(base)
                    if line is None:
                        amount = self.round(base * p.value / _HUNDRED, p.rounding)
                        line = make_line(
                            p.code, "tax", p.label, p.value, "%", Decimal(base) / scale, amount,
                            vid, None, step[2], p.account,
                        )  # fmt: skip
                        if len(memo_tax) < MEMO_LIMIT:
                            memo_tax[base] = line
                    amounts[p.code] = line.amount_minor
                    lines.append(line)
            elif kind == FIXED:
                if step[2] is not None:
                    amounts[p.code] = step[2].amount_minor
                    lines.append(step[2])
            elif kind == MINIMUM:
                base = 0
                for code in p.covers:
                    base += amounts.get(code, 0)
                if base < step[2]:
                    amount = self.round(step[2] - base, p.rounding)
                    if amount:
                        amounts[p.code] = amount
                        lines.append(
                            make_line(
                                p.code, "minimum", p.label, ONE, "", p.value, amount, vid, None,
                                step[3], p.account,
                            )
                        )  # fmt: skip
            elif kind == POWER:
                self._power(step, kva, amounts, lines)
            else:
                self._power_hours(step, consumed, kva, amounts, lines)

    def _power(
        self,
        step: tuple[Any, ...],
        kva: Decimal,
        amounts: dict[str, int],
        lines: list[ComputedLine],
    ) -> None:
        _, p, prefix, num, den, period = step
        amount = self.round(kva * p.value_minor * num / den, p.rounding)
        if amount:
            amounts[p.code] = amount
            rule = f"{prefix}{_num(kva)} kVA {TIMES} {_num(p.value)} {self.currency} {period}"
            lines.append(
                make_line(
                    p.code, "power", p.label, kva, "kVA", p.value, amount, self.version_id, None,
                    rule, p.account,
                )
            )  # fmt: skip

    def _power_hours(
        self,
        step: tuple[Any, ...],
        consumed: Decimal,
        kva: Decimal,
        amounts: dict[str, int],
        lines: list[ComputedLine],
    ) -> None:
        """Blocks of hours of subscribed power: bound = hours x kW (x days / reference)."""
        _, p, prefix, num, den, suffix = step
        lower = previous_hours = ZERO
        for n, hours in enumerate(p.bounds):
            if consumed <= lower:
                break
            bound = None if hours is None else quantity(hours * kva * num / den)
            top = consumed if bound is None or consumed < bound else bound
            qty = top - lower
            if qty > 0:
                amount = self.round(qty * p.prices_minor[n], p.rounding)
                code = p.block_codes[n]
                amounts[code] = amount
                span = (
                    f"au-delà de {_num(previous_hours)} h"
                    if hours is None
                    else f"{_num(previous_hours)}{DASH}{_num(hours)} h"
                )
                rule = f"{prefix}bloc {n + 1} : {span} {TIMES} {_num(kva)} kW{suffix}"
                lines.append(
                    make_line(
                        code, "energy", p.block_labels[n], qty, self.unit, p.prices[n], amount,
                        self.version_id, n + 1, rule, p.account,
                    )
                )  # fmt: skip
            if bound is None or hours is None:
                break
            lower, previous_hours = bound, hours

    # --- stamp duties: once per bill ---------------------------------------------------------
    def _stamp(self, p: Part) -> tuple[Part, frozenset[str], ComputedLine]:
        amount = self.round(p.value_minor, p.rounding)
        threshold = _num(p.threshold_minor / self.scale)
        rule = fit(f"{_num(p.value)} {self.currency} si {p.selection} > {threshold}")
        line = make_line(
            p.code, "stamp", p.label, ONE, "", p.value, amount, self.version_id, None, rule,
            p.account,
        )  # fmt: skip
        return p, frozenset(p.covers), line

    def add_stamps(self, lines: list[ComputedLine]) -> None:
        """Appends each stamp duty whose selected lines (whole period) exceed its threshold."""
        for p, covered, line in self.stamps:
            base = 0
            for existing in lines:
                if existing.code in covered:
                    base += existing.amount_minor
            if base > p.threshold_minor and line.amount_minor:
                lines.append(line)


def _range(bounds: tuple[Decimal | None, ...], index: int, unit: str) -> str:
    """The text of block `index`: "0-150 kWh", "151-250 kWh", "> 250 kWh" (en dash)."""
    lower = ZERO if index == 0 else bounds[index - 1]
    upper = bounds[index]
    assert lower is not None
    if upper is None:
        return f"> {_num(lower)} {unit}"
    if index == 0:
        return f"0{DASH}{_num(upper)} {unit}"
    start = _num(lower + 1) if lower == lower.to_integral_value() else f"> {_num(lower)}"
    return f"{start}{DASH}{_num(upper)} {unit}"
