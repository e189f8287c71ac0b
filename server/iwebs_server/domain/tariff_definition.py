"""A tariff version's grid (FAC-10): the definition format, its checks and its canonical JSON.

The format is documented in docs/tariffs.md. Keys are the field names of the
`TariffDefinition` message of protos/iwebs/v1/tariff_service.proto, so that an error's
field path ("components[1].blocks[0].up_to") names the same thing in JSON and in the RPC.
Pure Python: no framework import.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

FORMAT_VERSION = 1

# Component kinds (docs/tariffs.md 2).
PROGRESSIVE = "progressive"  # each unit at the price of its block
ALL_UNITS = "all_units"  # the whole consumption at the price of the block reached
POWER_HOURS = "power_hours"  # bounds in hours of subscribed power (x kW)
FIXED = "fixed"  # an amount per reference period
POWER = "power"  # a price per kVA per reference period
MINIMUM = "minimum"  # the selected lines must reach an amount per reference period
TAX = "tax"  # a percentage of the selected lines
STAMP = "stamp"  # a fixed amount once per bill when the selected lines exceed a threshold
BLOCK_KINDS = (PROGRESSIVE, ALL_UNITS, POWER_HOURS)
KINDS = (PROGRESSIVE, ALL_UNITS, POWER_HOURS, FIXED, POWER, MINIMUM, TAX, STAMP)
PRORATED_KINDS = (PROGRESSIVE, ALL_UNITS, POWER_HOURS, FIXED, POWER, MINIMUM)

ROUNDING_RULES = ("half_up", "half_even", "half_down", "down", "up")
CONSUMPTION_UNITS = ("kWh", "m3")
ALL_LINES = "*"

_CODE = re.compile(r"^[A-Z][A-Z0-9_]{0,19}$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_ACCOUNT = re.compile(r"^[A-Z][A-Z0-9_]*(:[A-Z0-9_]+)*$")
_MAX_DECIMALS = 6
_MAX_VALUE = Decimal("1000000000000")

_TOP_KEYS = {
    "format_version",
    "currency_code",
    "currency_exponent",
    "reference_days",
    "consumption_unit",
    "rounding_increment_minor",
    "components",
}
_COMMON_KEYS = {"code", "kind", "label", "ledger_account", "rounding"}
_KIND_KEYS: dict[str, set[str]] = {
    PROGRESSIVE: {"blocks", "prorate"},
    ALL_UNITS: {"blocks", "prorate"},
    POWER_HOURS: {"blocks", "prorate"},
    FIXED: {"amount", "prorate"},
    POWER: {"unit_price", "prorate"},
    MINIMUM: {"amount", "applies_to", "prorate"},
    TAX: {"rate_percent", "applies_to"},
    STAMP: {"amount", "threshold", "applies_to"},
}


class TariffDefinitionError(ValueError):
    """A definition that cannot be used; `field` is the path of the faulty value."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}" if field else message)
        self.field = field
        self.message = message


@dataclass(frozen=True)
class Block:
    up_to: Decimal | None  # inclusive upper bound; None on the last block
    unit_price: Decimal  # per unit, in the currency's major unit


@dataclass(frozen=True)
class Component:
    code: str
    kind: str
    label: str
    ledger_account: str
    rounding: str
    blocks: tuple[Block, ...] = ()
    prorate: bool = False
    amount: Decimal | None = None
    unit_price: Decimal | None = None
    rate_percent: Decimal | None = None
    applies_to: tuple[str, ...] = ()
    threshold: Decimal | None = None

    def line_codes(self) -> tuple[str, ...]:
        """The codes of the lines this component can produce."""
        if self.kind in BLOCK_KINDS:
            return tuple(f"{self.code}.{n}" for n in range(1, len(self.blocks) + 1))
        return (self.code,)


@dataclass(frozen=True)
class TariffDefinition:
    currency_code: str
    currency_exponent: int
    reference_days: int
    consumption_unit: str
    components: tuple[Component, ...]
    rounding_increment_minor: int = 1
    format_version: int = FORMAT_VERSION


def parse_definition(text: str) -> TariffDefinition:
    """Reads and checks a definition (JSON text); raises TariffDefinitionError(field, ...)."""
    try:
        data = json.loads(text, parse_float=Decimal, parse_int=Decimal)
    except (ValueError, RecursionError) as error:
        raise TariffDefinitionError("", f"not JSON: {error}") from None
    return definition_from_data(data)


def definition_from_data(data: Any) -> TariffDefinition:
    """Checks a definition given as plain data (dicts, lists, str, int, Decimal, bool)."""
    obj = _object("", data, _TOP_KEYS)
    version = _integer("format_version", obj.get("format_version"), 1, 1)
    currency = _text("currency_code", obj.get("currency_code"), 3)
    if not _CURRENCY.match(currency):
        raise TariffDefinitionError("currency_code", "three capital letters (ISO 4217)")
    exponent = _integer("currency_exponent", obj.get("currency_exponent"), 0, 4)
    reference_days = _integer("reference_days", obj.get("reference_days"), 1, 366)
    unit = _text("consumption_unit", obj.get("consumption_unit"), 8)
    if unit not in CONSUMPTION_UNITS:
        raise TariffDefinitionError("consumption_unit", f"one of {', '.join(CONSUMPTION_UNITS)}")
    increment = 1
    if obj.get("rounding_increment_minor") not in (None, 0, Decimal(0)):
        increment = _integer(
            "rounding_increment_minor", obj["rounding_increment_minor"], 1, 1_000_000
        )
    raw_components = obj.get("components")
    if not isinstance(raw_components, list) or not raw_components:
        raise TariffDefinitionError("components", "at least one component")
    if len(raw_components) > 50:
        raise TariffDefinitionError("components", "at most 50 components")
    components: list[Component] = []
    for index, raw in enumerate(raw_components):
        components.append(_component(f"components[{index}]", raw, components))
    return TariffDefinition(
        currency_code=currency,
        currency_exponent=exponent,
        reference_days=reference_days,
        consumption_unit=unit,
        components=tuple(components),
        rounding_increment_minor=increment,
        format_version=version,
    )


def canonical_json(definition: TariffDefinition) -> str:
    """The stored form: sorted keys, decimals as plain text, only the keys of each kind."""
    return json.dumps(
        definition_to_data(definition), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )


def definition_to_data(definition: TariffDefinition) -> dict[str, Any]:
    """Plain data (str for decimals) that `definition_from_data` reads back identically."""
    return {
        "format_version": definition.format_version,
        "currency_code": definition.currency_code,
        "currency_exponent": definition.currency_exponent,
        "reference_days": definition.reference_days,
        "consumption_unit": definition.consumption_unit,
        "rounding_increment_minor": definition.rounding_increment_minor,
        "components": [_component_data(c) for c in definition.components],
    }


def decimal_text(value: Decimal) -> str:
    """Plain decimal text without exponent or trailing zeros: 82.00 -> "82", 1E+3 -> "1000"."""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def _component_data(c: Component) -> dict[str, Any]:
    out: dict[str, Any] = {
        "code": c.code,
        "kind": c.kind,
        "label": c.label,
        "ledger_account": c.ledger_account,
        "rounding": c.rounding,
    }
    keys = _KIND_KEYS[c.kind]
    if "blocks" in keys:
        out["blocks"] = [
            {
                "up_to": "" if b.up_to is None else decimal_text(b.up_to),
                "unit_price": decimal_text(b.unit_price),
            }
            for b in c.blocks
        ]
    if "prorate" in keys:
        out["prorate"] = c.prorate
    for key in ("amount", "unit_price", "rate_percent", "threshold"):
        if key in keys:
            value = getattr(c, key)
            out[key] = decimal_text(value) if value is not None else "0"
    if "applies_to" in keys:
        out["applies_to"] = list(c.applies_to)
    return out


def _component(path: str, raw: Any, earlier: list[Component]) -> Component:
    obj = _object(path, raw, _COMMON_KEYS | set().union(*_KIND_KEYS.values()))
    code = _text(f"{path}.code", obj.get("code"), 20)
    if not _CODE.match(code):
        raise TariffDefinitionError(
            f"{path}.code", "capitals, digits and _, starting with a letter (at most 20)"
        )
    if any(c.code == code for c in earlier):
        raise TariffDefinitionError(f"{path}.code", f"{code} is already used")
    kind = _text(f"{path}.kind", obj.get("kind"), 16)
    if kind not in KINDS:
        raise TariffDefinitionError(f"{path}.kind", f"one of {', '.join(KINDS)}")
    for key in obj:
        if key not in _COMMON_KEYS and key not in _KIND_KEYS[kind]:
            raise TariffDefinitionError(f"{path}.{key}", f"not used by a {kind} component")
    label = _text(f"{path}.label", obj.get("label"), 120)
    account = _text(f"{path}.ledger_account", obj.get("ledger_account"), 64)
    if not _ACCOUNT.match(account):
        raise TariffDefinitionError(
            f"{path}.ledger_account", "capitals, digits and _ in parts separated by ':'"
        )
    rounding = obj.get("rounding") or "half_up"
    if rounding not in ROUNDING_RULES:
        raise TariffDefinitionError(f"{path}.rounding", f"one of {', '.join(ROUNDING_RULES)}")
    prorate = obj.get("prorate", kind in PRORATED_KINDS)
    if not isinstance(prorate, bool):
        raise TariffDefinitionError(f"{path}.prorate", "true or false")
    fields: dict[str, Any] = {}
    if kind in BLOCK_KINDS:
        fields["blocks"] = _blocks(f"{path}.blocks", obj.get("blocks"))
    if kind in (FIXED, MINIMUM, STAMP):
        fields["amount"] = _decimal(f"{path}.amount", obj.get("amount"))
    if kind == POWER:
        fields["unit_price"] = _decimal(f"{path}.unit_price", obj.get("unit_price"))
    if kind == TAX:
        rate = _decimal(f"{path}.rate_percent", obj.get("rate_percent"))
        if rate > 100:
            raise TariffDefinitionError(f"{path}.rate_percent", "at most 100")
        fields["rate_percent"] = rate
    if kind == STAMP:
        fields["threshold"] = _decimal(f"{path}.threshold", obj.get("threshold", "0"))
    if kind in (MINIMUM, TAX, STAMP):
        fields["applies_to"] = _selectors(f"{path}.applies_to", obj.get("applies_to"), earlier)
    return Component(
        code=code,
        kind=kind,
        label=label,
        ledger_account=account,
        rounding=rounding,
        prorate=prorate if kind in PRORATED_KINDS else False,
        **fields,
    )


def _blocks(path: str, raw: Any) -> tuple[Block, ...]:
    if not isinstance(raw, list) or not raw:
        raise TariffDefinitionError(path, "at least one block")
    if len(raw) > 20:
        raise TariffDefinitionError(path, "at most 20 blocks")
    blocks: list[Block] = []
    previous = Decimal(0)
    for index, item in enumerate(raw):
        where = f"{path}[{index}]"
        obj = _object(where, item, {"up_to", "unit_price"})
        last = index == len(raw) - 1
        bound_raw = obj.get("up_to")
        up_to: Decimal | None = None
        if bound_raw not in (None, ""):
            if last:
                raise TariffDefinitionError(f"{where}.up_to", "the last block has no upper bound")
            up_to = _decimal(f"{where}.up_to", bound_raw)
            if up_to <= previous:
                raise TariffDefinitionError(
                    f"{where}.up_to", "above the previous block's bound (and above 0)"
                )
            previous = up_to
        elif not last:
            raise TariffDefinitionError(f"{where}.up_to", "required except on the last block")
        blocks.append(Block(up_to, _decimal(f"{where}.unit_price", obj.get("unit_price"))))
    return tuple(blocks)


def _selectors(path: str, raw: Any, earlier: list[Component]) -> tuple[str, ...]:
    if not isinstance(raw, list) or not raw:
        raise TariffDefinitionError(path, "at least one line code, component code or *")
    known: set[str] = set()
    for c in earlier:
        if c.kind != STAMP:
            known.add(c.code)
            known.update(c.line_codes())
    out: list[str] = []
    for index, item in enumerate(raw):
        if not isinstance(item, str) or (item != ALL_LINES and item not in known):
            raise TariffDefinitionError(
                f"{path}[{index}]",
                "a line or component code of an earlier component (not a stamp), or *",
            )
        if item in out:
            raise TariffDefinitionError(f"{path}[{index}]", f"{item} is listed twice")
        out.append(item)
    return tuple(out)


def _object(path: str, raw: Any, allowed: set[str]) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise TariffDefinitionError(path, "an object")
    for key in raw:
        if key not in allowed:
            raise TariffDefinitionError(f"{path}.{key}" if path else key, "unknown key")
    return raw


def _text(path: str, raw: Any, max_length: int) -> str:
    if not isinstance(raw, str) or not raw.strip():
        raise TariffDefinitionError(path, "required text")
    value = raw.strip()
    if len(value) > max_length or any(c < " " for c in value):  # no line break, no NUL
        raise TariffDefinitionError(path, f"one line of at most {max_length} characters")
    return value


def _integer(path: str, raw: Any, low: int, high: int) -> int:
    if isinstance(raw, bool) or not isinstance(raw, (int, Decimal)):
        raise TariffDefinitionError(path, f"a whole number from {low} to {high}")
    value = Decimal(raw)
    if not value.is_finite() or value != value.to_integral_value() or not low <= value <= high:
        raise TariffDefinitionError(path, f"a whole number from {low} to {high}")
    return int(value)


def _decimal(path: str, raw: Any) -> Decimal:
    """A non-negative decimal given as text or JSON number, at most 6 decimals."""
    if isinstance(raw, bool) or raw is None:
        raise TariffDefinitionError(path, "a decimal number, e.g. 136.49")
    if isinstance(raw, str) and not raw.isascii():  # Decimal() takes any Unicode digit
        raise TariffDefinitionError(path, "a decimal number, e.g. 136.49")
    try:
        value = Decimal(raw.strip()) if isinstance(raw, str) else Decimal(raw)
    except (InvalidOperation, TypeError, ValueError):
        raise TariffDefinitionError(path, "a decimal number, e.g. 136.49") from None
    if not value.is_finite():
        raise TariffDefinitionError(path, "a decimal number, e.g. 136.49")
    if value < 0:
        raise TariffDefinitionError(path, "zero or more")
    if value >= _MAX_VALUE:
        raise TariffDefinitionError(path, "below 1 000 000 000 000")
    exponent = value.as_tuple().exponent
    too_fine = isinstance(exponent, int) and exponent < -_MAX_DECIMALS
    if too_fine and value != value.quantize(Decimal(1).scaleb(-_MAX_DECIMALS)):
        raise TariffDefinitionError(path, f"at most {_MAX_DECIMALS} decimals")
    return value.normalize() + 0 if value else Decimal(0)
