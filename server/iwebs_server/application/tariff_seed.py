"""Standard tariffs (FAC-10): the grids of the region as approved versions, for the tariff
categories and products of application/reference_seed.py.

Senegal (XOF, the demo country): SENELEC domestic 2026 (0-150 kWh at 82.00, 151-250 at
136.49, above 250 at 159.36, per 30 days; communal tax 2.5 % on the energy, VAT 18 % on the
third block only, a stamp duty above an amount) and Sen'Eau domestic per 60 days (1-20 m3 at
202, 21-40 at 697.97, above 40 at 878.35). Cameroon (XAF): ENEO all-units tiers. Cote
d'Ivoire (XOF): the first 80 hours x subscribed kW at one price, the rest lower. Grids
marked "exemple" in their reason are illustrative (same structure, prices to be replaced by
the utility's approved grid through a new version) - docs/tariffs.md 7.

`seed_standard_tariffs` adds the tariffs that are missing (by tariff category and product)
and never changes an existing tariff or version. The versions are approved at installation
(no approval request; decided_by empty, reason says so).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from iwebs_server.application.clock import Clock, new_id
from iwebs_server.application.tariffs import definition_hash
from iwebs_server.domain.reference_tables import ReferenceTable
from iwebs_server.domain.tariff_definition import canonical_json, definition_from_data
from iwebs_server.persistence.tables.administration import UserRow
from iwebs_server.persistence.tables.billing import TariffRow, TariffVersionRow
from iwebs_server.persistence.unit_of_work import UnitOfWork

VALID_FROM = date(2026, 1, 1)
CONVENTIONAL = "CONVENTIONAL"
REAL = "Grille standard 2026 installée avec iWEBS"
EXAMPLE = "Grille d'exemple installée avec iWEBS : prix à remplacer par la grille approuvée"


@dataclass(frozen=True)
class StandardTariff:
    code: str
    name: str
    service: str
    tariff_category_code: str
    definition: dict[str, Any]
    reason: str
    product_code: str = CONVENTIONAL


def _blocks(
    code: str, label: str, kind: str, account: str, blocks: list[tuple[str, str]]
) -> dict[str, Any]:
    return {
        "code": code,
        "kind": kind,
        "label": label,
        "ledger_account": account,
        "rounding": "half_up",
        "blocks": [{"up_to": up_to, "unit_price": price} for up_to, price in blocks],
    }


def _grid(currency: str, days: int, unit: str, components: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "format_version": 1,
        "currency_code": currency,
        "currency_exponent": 0,
        "reference_days": days,
        "consumption_unit": unit,
        "rounding_increment_minor": 1,
        "components": components,
    }


_ENERGY = "REVENUE:ELECTRICITY:ENERGY"
_WATER = "REVENUE:WATER:CONSUMPTION"
_COMMUNAL = {
    "code": "TCO",
    "kind": "tax",
    "label": "Taxe communale 2,5 %",
    "ledger_account": "TAX:COMMUNAL",
    "rounding": "half_up",
    "rate_percent": "2.5",
    "applies_to": ["ENERGY"],
}
_STAMP = {
    "code": "TIMBRE",
    "kind": "stamp",
    "label": "Droit de timbre",
    "ledger_account": "TAX:STAMP",
    "rounding": "half_up",
    "amount": "100",
    "threshold": "20000",
    "applies_to": ["*"],
}


def _vat_on(line: str) -> dict[str, Any]:
    return {
        "code": "TVA",
        "kind": "tax",
        "label": "TVA 18 %",
        "ledger_account": "TAX:VAT",
        "rounding": "half_up",
        "rate_percent": "18",
        "applies_to": [line],
    }


def senelec_grid(blocks: list[tuple[str, str]]) -> dict[str, Any]:
    energy = _blocks("ENERGY", "Énergie", "progressive", _ENERGY, blocks)
    return _grid("XOF", 30, "kWh", [energy, _COMMUNAL, _vat_on("ENERGY.3"), _STAMP])


def seneau_grid(blocks: list[tuple[str, str]]) -> dict[str, Any]:
    return _grid("XOF", 60, "m3", [_blocks("WATER", "Eau", "progressive", _WATER, blocks)])


SENELEC_DOMESTIC = [("150", "82.00"), ("250", "136.49"), ("", "159.36")]
SENEAU_DOMESTIC = [("20", "202"), ("40", "697.97"), ("", "878.35")]

SENEGAL: tuple[StandardTariff, ...] = (
    StandardTariff("SN-DPP", "Domestique petite puissance", "electricity", "DPP",
                   senelec_grid(SENELEC_DOMESTIC), REAL),
    StandardTariff("SN-DMP", "Domestique moyenne puissance", "electricity", "DMP",
                   senelec_grid([("150", "96.00"), ("250", "138.00"), ("", "160.00")]), EXAMPLE),
    StandardTariff("SN-DGP", "Domestique grande puissance", "electricity", "DGP",
                   senelec_grid([("150", "103.00"), ("250", "140.00"), ("", "162.00")]), EXAMPLE),
    StandardTariff("SN-PPP", "Professionnel petite puissance", "electricity", "PPP",
                   senelec_grid([("50", "163.00"), ("500", "171.00"), ("", "182.00")]), EXAMPLE),
    StandardTariff("SN-PMP", "Professionnel moyenne puissance", "electricity", "PMP",
                   senelec_grid([("100", "150.00"), ("1000", "158.00"), ("", "168.00")]), EXAMPLE),
    StandardTariff("SN-PGP", "Professionnel grande puissance", "electricity", "PGP",
                   senelec_grid([("100", "140.00"), ("5000", "148.00"), ("", "156.00")]), EXAMPLE),
    StandardTariff("SN-EAU-SOC", "Eau tranche sociale", "water", "EAU-SOC",
                   seneau_grid(SENEAU_DOMESTIC), REAL),
    StandardTariff("SN-EAU-DOM", "Eau domestique", "water", "EAU-DOM",
                   seneau_grid(SENEAU_DOMESTIC), REAL),
    StandardTariff("SN-EAU-PRO", "Eau professionnelle", "water", "EAU-PRO",
                   seneau_grid([("", "788.68")]), EXAMPLE),
    StandardTariff("SN-EAU-ADM", "Eau administration", "water", "EAU-ADM",
                   seneau_grid([("", "788.68")]), EXAMPLE),
    StandardTariff("SN-EAU-BF", "Borne-fontaine", "water", "EAU-BF",
                   seneau_grid([("", "323.36")]), EXAMPLE),
    StandardTariff("SN-EAU-MAR", "Eau maraîchère", "water", "EAU-MAR",
                   seneau_grid([("", "150.00")]), EXAMPLE),
)  # fmt: skip

_ENEO = [("110", "50"), ("220", "79"), ("400", "94"), ("", "99")]
CAMEROON: tuple[StandardTariff, ...] = tuple(
    StandardTariff(
        f"CM-{category}",
        name,
        "electricity",
        category,
        _grid("XAF", 30, "kWh", [_blocks("ENERGY", "Énergie", "all_units", _ENERGY, _ENEO)]),
        REAL if category == "DPP" else EXAMPLE,
    )
    for category, name in (
        ("DPP", "Domestique basse tension"),
        ("DMP", "Domestique moyenne puissance"),
        ("PPP", "Professionnel petite puissance"),
        ("PMP", "Professionnel moyenne puissance"),
    )
)


def _cote_divoire(first: str, rest: str) -> dict[str, Any]:
    energy = _blocks("ENERGY", "Énergie", "power_hours", _ENERGY, [("80", first), ("", rest)])
    return _grid("XOF", 30, "kWh", [energy, _vat_on("ENERGY")])


COTE_DIVOIRE: tuple[StandardTariff, ...] = (
    StandardTariff("CI-DPP", "Domestique général", "electricity", "DPP",
                   _cote_divoire("78.66", "60.69"), EXAMPLE),
    StandardTariff("CI-DMP", "Domestique moyenne puissance", "electricity", "DMP",
                   _cote_divoire("82.00", "64.00"), EXAMPLE),
    StandardTariff("CI-PPP", "Professionnel général", "electricity", "PPP",
                   _cote_divoire("96.00", "74.00"), EXAMPLE),
    StandardTariff("CI-PMP", "Professionnel moyenne puissance", "electricity", "PMP",
                   _cote_divoire("90.00", "70.00"), EXAMPLE),
)  # fmt: skip

BY_COUNTRY = {"SN": SENEGAL, "CM": CAMEROON, "CI": COTE_DIVOIRE}


def seed_standard_tariffs(uow: UnitOfWork, clock: Clock, country_code: str = "SN") -> int:
    """Adds the country's standard tariffs that `uow`'s database lacks (by tariff category
    and product, only for active reference items); returns how many were added. Runs in
    the caller's transaction; needs a user to record as creator (the first administrator),
    and adds nothing before there is one."""
    creator = uow.session.scalar(select(UserRow.id).order_by(UserRow.created_at).limit(1))
    if creator is None:
        return 0
    now = clock.now()
    existing = uow.tariffs.all_pairs()
    codes = {row.code for row in uow.tariffs.list_page(0, 10_000, include_inactive=True)}
    categories = uow.reference_data.active_codes(ReferenceTable.TARIFF_CATEGORY.value)
    products = uow.reference_data.active_codes(ReferenceTable.PRODUCT.value)
    added = 0
    for standard in BY_COUNTRY.get(country_code, ()):
        pair = (standard.tariff_category_code, standard.product_code)
        if pair in existing or standard.code in codes:
            continue
        if pair[0] not in categories or pair[1] not in products:
            continue
        definition = definition_from_data(standard.definition)
        text = canonical_json(definition)
        tariff = TariffRow(
            id=new_id(),
            code=standard.code,
            name=standard.name,
            service=standard.service,
            tariff_category_code=standard.tariff_category_code,
            product_code=standard.product_code,
            currency_code=definition.currency_code,
            active=True,
            version=1,
            created_at=now,
            updated_at=now,
        )
        uow.tariffs.add(tariff)
        uow.tariffs.add_version(
            TariffVersionRow(
                id=new_id(),
                tariff_id=tariff.id,
                version_number=1,
                valid_from=VALID_FROM,
                status="approved",
                definition_json=text,
                definition_hash=definition_hash(text),
                reason=standard.reason,
                created_by=creator,
                created_at=now,
                approval_request_id=None,
                decided_by=None,
                decided_at=now,
            )
        )
        added += 1
    return added
