"""The tariff definition format (FAC-10): checks with the faulty field, canonical JSON."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from typing import Any

import pytest

from iwebs_server.domain.tariff_engine import (
    TariffDefinitionError,
    canonical_json,
    parse_definition,
)
from tests.server.domain.tariff_grids import cote_divoire, eneo, seneau, senelec


def error_of(data: Any) -> TariffDefinitionError:
    with pytest.raises(TariffDefinitionError) as caught:
        parse_definition(json.dumps(data))
    return caught.value


@pytest.mark.parametrize("make", [senelec, seneau, eneo, cote_divoire])
def test_canonical_json_reads_back_identically(make: Any) -> None:
    definition = parse_definition(json.dumps(make()))
    text = canonical_json(definition)
    assert parse_definition(text) == definition
    assert canonical_json(parse_definition(text)) == text
    assert "\\u" not in text  # French labels stay readable


def test_canonical_form_of_decimals_and_defaults() -> None:
    definition = parse_definition(json.dumps(senelec()))
    data = json.loads(canonical_json(definition))
    blocks = data["components"][0]["blocks"]
    assert blocks[0] == {"up_to": "150", "unit_price": "82"}  # "82.00" -> "82"
    assert blocks[2] == {"up_to": "", "unit_price": "159.36"}
    assert data["components"][0]["prorate"] is True  # blocks are prorated by default
    assert "prorate" not in data["components"][1]  # a tax is never prorated
    assert definition.components[0].blocks[1].unit_price == Decimal("136.49")


def test_json_numbers_are_accepted_as_decimals() -> None:
    data = senelec()
    data["components"][0]["blocks"][1]["unit_price"] = 136.49
    definition = parse_definition(json.dumps(data))
    assert definition.components[0].blocks[1].unit_price == Decimal("136.49")


def mutate(path: str, value: Any, *, delete: bool = False) -> dict[str, Any]:
    data: dict[str, Any] = copy.deepcopy(senelec())
    target: Any = data
    keys: list[Any] = [
        int(k) if k.isdigit() else k for k in path.replace("]", "").replace("[", ".").split(".")
    ]
    for key in keys[:-1]:
        target = target[key]
    if delete:
        del target[keys[-1]]
    else:
        target[keys[-1]] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "field"),
    [
        ("format_version", 2, "format_version"),
        ("currency_code", "xof", "currency_code"),
        ("currency_exponent", 5, "currency_exponent"),
        ("reference_days", 0, "reference_days"),
        ("consumption_unit", "litre", "consumption_unit"),
        ("rounding_increment_minor", -1, "rounding_increment_minor"),
        ("components", [], "components"),
        ("components[0].code", "energy", "components[0].code"),
        ("components[1].code", "ENERGY", "components[1].code"),
        ("components[0].kind", "stepped", "components[0].kind"),
        ("components[0].label", "", "components[0].label"),
        ("components[0].ledger_account", "revenue", "components[0].ledger_account"),
        ("components[0].rounding", "bankers", "components[0].rounding"),
        ("components[0].blocks", [], "components[0].blocks"),
        ("components[0].blocks[1].up_to", "100", "components[0].blocks[1].up_to"),
        ("components[0].blocks[1].up_to", "", "components[0].blocks[1].up_to"),
        ("components[0].blocks[2].up_to", "900", "components[0].blocks[2].up_to"),
        ("components[0].blocks[0].unit_price", "-1", "components[0].blocks[0].unit_price"),
        ("components[0].blocks[0].unit_price", "abc", "components[0].blocks[0].unit_price"),
        ("components[0].blocks[0].unit_price", "NaN", "components[0].blocks[0].unit_price"),
        ("components[0].blocks[0].unit_price", "1.1234567", "components[0].blocks[0].unit_price"),
        ("components[0].blocks[0].unit_price", "1e15", "components[0].blocks[0].unit_price"),
        ("components[0].prorate", "yes", "components[0].prorate"),
        ("components[0].amount", "5", "components[0].amount"),
        ("components[1].rate_percent", "101", "components[1].rate_percent"),
        ("components[1].applies_to", [], "components[1].applies_to"),
        ("components[1].applies_to", ["TVA"], "components[1].applies_to[0]"),
        ("components[2].applies_to", ["ENERGY.4"], "components[2].applies_to[0]"),
        ("components[2].applies_to", ["ENERGY", "ENERGY"], "components[2].applies_to[1]"),
        ("components[3].threshold", "x", "components[3].threshold"),
        ("surprise", 1, "surprise"),
    ],
)
def test_each_error_names_its_field(path: str, value: Any, field: str) -> None:
    error = error_of(mutate(path, value))
    assert error.field == field
    assert error.message


def test_missing_values_name_their_field() -> None:
    assert error_of(mutate("components[0].blocks[0].unit_price", None, delete=True)).field == (
        "components[0].blocks[0].unit_price"
    )
    assert error_of(mutate("currency_code", None, delete=True)).field == "currency_code"


def test_taxes_may_not_select_a_stamp_or_a_later_component() -> None:
    data = senelec()
    data["components"].append(
        {
            "code": "LATE",
            "kind": "tax",
            "label": "Sur timbre",
            "ledger_account": "TAX:OTHER",
            "rounding": "half_up",
            "rate_percent": "1",
            "applies_to": ["TIMBRE"],
        }
    )
    assert error_of(data).field == "components[4].applies_to[0]"


def test_not_json_and_not_an_object() -> None:
    with pytest.raises(TariffDefinitionError) as caught:
        parse_definition("{")
    assert caught.value.field == ""
    with pytest.raises(TariffDefinitionError):
        parse_definition("[]")
