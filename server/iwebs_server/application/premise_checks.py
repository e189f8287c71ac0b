"""The checks of a premise's and a subscription's input (issue 3, ACC-5): fields, GPS
location, round and network nodes, reference codes; and the fields their change history
compares. Used by application/premises.py."""

from __future__ import annotations

from typing import Any

from iwebs_server.application.customer_records import check_code
from iwebs_server.application.validation import Checks
from iwebs_server.domain.customer_base import BillingPeriodicity, NetworkNodeKind, Service
from iwebs_server.domain.reference_tables import ReferenceTable
from iwebs_server.domain.search_keys import address_key
from iwebs_server.persistence.tables.customer_base import PremiseRow, SubscriptionRow
from iwebs_server.persistence.unit_of_work import UnitOfWork

LATITUDE_E6 = 90_000_000
LONGITUDE_E6 = 180_000_000
MAX_POWER_VA = 10_000_000


def premise_fields(row: PremiseRow) -> dict[str, Any]:
    return {
        "address_line": row.address_line,
        "district": row.district,
        "city": row.city,
        "landmark": row.landmark,
        "latitude_e6": row.latitude_e6,
        "longitude_e6": row.longitude_e6,
        "round_id": row.round_id or "",
        "round_order": row.round_order or 0,
        "transformer_id": row.transformer_id or "",
        "water_sector_id": row.water_sector_id or "",
    }


def subscription_fields(row: SubscriptionRow) -> dict[str, Any]:
    return {
        "account_id": row.account_id,
        "product_code": row.product_code,
        "tariff_category_code": row.tariff_category_code,
        "subscribed_power_va": row.subscribed_power_va or 0,
        "calibre_code": row.calibre_code,
        "billing_periodicity": row.billing_periodicity,
    }


def status_fields(row: SubscriptionRow) -> dict[str, Any]:
    return {
        "status": row.status,
        "activated_on": row.activated_on,
        "suspended_on": row.suspended_on,
        "terminated_on": row.terminated_on,
    }


def checked_premise(checks: Checks, values: dict[str, Any]) -> dict[str, Any]:
    result = {
        "address_line": checks.text("address_line", values["address_line"]),
        "district": checks.text("district", values["district"], required=False, max_length=100),
        "city": checks.text("city", values["city"], required=False, max_length=100),
        "landmark": checks.text("landmark", values["landmark"], required=False),
        "latitude_e6": values["latitude_e6"],
        "longitude_e6": values["longitude_e6"],
        "round_id": checks.identifier("round_id", values["round_id"], required=False),
        "round_order": values["round_order"] or 0,
        "transformer_id": checks.identifier(
            "transformer_id", values["transformer_id"], required=False
        ),
        "water_sector_id": checks.identifier(
            "water_sector_id", values["water_sector_id"], required=False
        ),
    }
    latitude, longitude = result["latitude_e6"], result["longitude_e6"]
    if (latitude is None) != (longitude is None):
        checks.fail("location", "give the latitude and the longitude together")
    if latitude is not None and not -LATITUDE_E6 <= latitude <= LATITUDE_E6:
        checks.fail("location.latitude_e6", "must be between -90 and 90 degrees")
    if longitude is not None and not -LONGITUDE_E6 <= longitude <= LONGITUDE_E6:
        checks.fail("location.longitude_e6", "must be between -180 and 180 degrees")
    if result["round_order"] < 0:
        checks.fail("round_order", "must not be negative")
    if result["round_order"] and not result["round_id"]:
        checks.fail("round_order", "needs a round")
    return result


def check_network(
    checks: Checks,
    uow: UnitOfWork,
    agency_id: str,
    values: dict[str, Any],
    changed: list[str],
) -> None:
    """The round is one of the premise's agency; the nodes are of the right kind."""
    if checks.violations:
        return
    if "round_id" in changed and values["round_id"]:
        found_round = uow.network.round(values["round_id"])
        if found_round is None or found_round.agency_id != agency_id:
            checks.fail("round_id", "is not a round of the premise's agency")
    for field, kind in (
        ("transformer_id", NetworkNodeKind.TRANSFORMER),
        ("water_sector_id", NetworkNodeKind.WATER_SECTOR),
    ):
        if field in changed and values[field]:
            node = uow.network.node(values[field])
            if node is None or node.kind != kind:
                checks.fail(field, f"is not a {kind.value.replace('_', ' ')}")
            elif node.agency_id not in (None, agency_id):
                checks.fail(field, "belongs to another agency's network")


def apply_premise(row: PremiseRow, values: dict[str, Any]) -> None:
    for field, value in values.items():
        setattr(row, field, value)
    row.round_id = values["round_id"] or None
    row.round_order = values["round_order"] or None
    row.transformer_id = values["transformer_id"] or None
    row.water_sector_id = values["water_sector_id"] or None
    row.search_address = address_key(row.address_line, row.district, row.city, row.landmark)[:450]


def checked_subscription(checks: Checks, service: str, values: dict[str, Any]) -> dict[str, Any]:
    power = int(values["subscribed_power_va"] or 0)
    calibre = checks.text("calibre_code", values["calibre_code"], required=False, max_length=32)
    result = {
        "product_code": checks.text("product_code", values["product_code"], max_length=32),
        "tariff_category_code": checks.text(
            "tariff_category_code", values["tariff_category_code"], max_length=32
        ),
        "subscribed_power_va": power,
        "calibre_code": calibre,
        "billing_periodicity": checks.choice(
            "billing_periodicity",
            values["billing_periodicity"],
            [p.value for p in BillingPeriodicity],
        ),
    }
    if service == Service.ELECTRICITY:
        if not 0 < power <= MAX_POWER_VA:
            checks.fail("subscribed_power_va", "is required for electricity (in VA)")
        if calibre:
            checks.fail("calibre_code", "only a water subscription has a calibre")
    elif service == Service.WATER:
        if power:
            checks.fail("subscribed_power_va", "only an electricity subscription has one")
        if not calibre:
            checks.fail("calibre_code", "is required for water")
    return result


def check_subscription_codes(
    checks: Checks, uow: UnitOfWork, values: dict[str, Any], changed: list[str]
) -> None:
    for field, table in (
        ("product_code", ReferenceTable.PRODUCT),
        ("tariff_category_code", ReferenceTable.TARIFF_CATEGORY),
        ("calibre_code", ReferenceTable.CALIBRE),
    ):
        if field in changed:
            check_code(checks, uow, table, field, values[field], required=False)


def apply_subscription(row: SubscriptionRow, values: dict[str, Any]) -> None:
    row.product_code = values["product_code"]
    row.tariff_category_code = values["tariff_category_code"]
    row.subscribed_power_va = values["subscribed_power_va"] or None
    row.calibre_code = values["calibre_code"]
    row.billing_periodicity = values["billing_periodicity"]
