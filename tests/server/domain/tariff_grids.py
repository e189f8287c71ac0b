"""The grids of the test vectors (FAC-10), as definition data.

SENELEC domestic 2026, Sen'Eau per 60 days, ENEO Cameroon all-units, Cote d'Ivoire hours
of subscribed power, and a GMD grid (2 decimals). Used by the vector, property and
benchmark tests.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from iwebs_server.domain.tariff_engine import TariffVersionInput, parse_definition


def energy(code: str, kind: str, blocks: list[tuple[str, str]], **extra: Any) -> dict[str, Any]:
    return {
        "code": code,
        "kind": kind,
        "label": extra.pop("label", "Énergie"),
        "ledger_account": extra.pop("ledger_account", "REVENUE:ELECTRICITY:ENERGY"),
        "rounding": extra.pop("rounding", "half_up"),
        "blocks": [{"up_to": up_to, "unit_price": price} for up_to, price in blocks],
        **extra,
    }


def grid(
    components: list[dict[str, Any]],
    *,
    currency: str = "XOF",
    exponent: int = 0,
    reference_days: int = 30,
    unit: str = "kWh",
    increment: int = 1,
) -> dict[str, Any]:
    return {
        "format_version": 1,
        "currency_code": currency,
        "currency_exponent": exponent,
        "reference_days": reference_days,
        "consumption_unit": unit,
        "rounding_increment_minor": increment,
        "components": components,
    }


def version(
    data: dict[str, Any], valid_from: date = date(2026, 1, 1), number: int = 1
) -> TariffVersionInput:
    return TariffVersionInput(
        f"version-{number}", number, valid_from, parse_definition(json.dumps(data))
    )


SENELEC_BLOCKS = [("150", "82.00"), ("250", "136.49"), ("", "159.36")]
COMMUNAL_TAX = {
    "code": "TCO",
    "kind": "tax",
    "label": "Taxe communale",
    "ledger_account": "TAX:COMMUNAL",
    "rounding": "half_up",
    "rate_percent": "2.5",
    "applies_to": ["ENERGY"],
}
VAT_BLOCK_3 = {
    "code": "TVA",
    "kind": "tax",
    "label": "TVA 18 %",
    "ledger_account": "TAX:VAT",
    "rounding": "half_up",
    "rate_percent": "18",
    "applies_to": ["ENERGY.3"],
}
STAMP = {
    "code": "TIMBRE",
    "kind": "stamp",
    "label": "Droit de timbre",
    "ledger_account": "TAX:STAMP",
    "rounding": "half_up",
    "amount": "100",
    "threshold": "20000",
    "applies_to": ["*"],
}


def senelec(
    block_3: str = "159.36", *, taxes: bool = True, rounding: str = "half_up"
) -> dict[str, Any]:
    blocks = [*SENELEC_BLOCKS[:2], ("", block_3)]
    components = [energy("ENERGY", "progressive", blocks, rounding=rounding)]
    if taxes:
        components += [COMMUNAL_TAX, VAT_BLOCK_3, STAMP]
    return grid(components)


def seneau() -> dict[str, Any]:
    return grid(
        [
            energy(
                "WATER",
                "progressive",
                [("20", "202"), ("40", "697.97"), ("", "878.35")],
                label="Eau",
                ledger_account="REVENUE:WATER:CONSUMPTION",
            ),
            {
                "code": "METER",
                "kind": "fixed",
                "label": "Location compteur",
                "ledger_account": "REVENUE:WATER:METER_RENTAL",
                "rounding": "half_up",
                "amount": "600",
            },
        ],
        reference_days=60,
        unit="m3",
    )


def eneo() -> dict[str, Any]:
    return grid(
        [
            energy(
                "ENERGY",
                "all_units",
                [("110", "50"), ("220", "79"), ("400", "94"), ("", "99")],
            )
        ],
        currency="XAF",
    )


def cote_divoire() -> dict[str, Any]:
    return grid(
        [
            energy("ENERGY", "power_hours", [("80", "90"), ("", "70")]),
            {
                "code": "PRIME",
                "kind": "power",
                "label": "Prime fixe",
                "ledger_account": "REVENUE:ELECTRICITY:POWER",
                "rounding": "half_up",
                "unit_price": "500",
            },
            {
                "code": "COMPTEUR",
                "kind": "fixed",
                "label": "Location compteur",
                "ledger_account": "REVENUE:ELECTRICITY:METER_RENTAL",
                "rounding": "half_up",
                "amount": "400",
                "prorate": False,
            },
        ]
    )
