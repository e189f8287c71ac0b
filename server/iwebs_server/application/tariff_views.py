"""Views and inputs of the tariff use cases (application/tariffs.py): frozen data objects,
and the check of a simulated usage."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from iwebs_server.application.validation import Checks
from iwebs_server.domain.tariff_engine import TariffDefinition, Usage
from iwebs_server.persistence.tables.billing import TariffRow

_MAX_CONSUMPTION = Decimal("1000000000")
_MAX_PERIOD_DAYS = 400


@dataclass(frozen=True)
class TariffView:
    tariff_id: str
    code: str
    name: str
    service: str
    tariff_category_code: str
    product_code: str
    currency_code: str
    active: bool
    version: int
    current_version_number: int  # the approved version in force today; 0: none
    has_pending_version: bool
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class TariffVersionView:
    tariff_version_id: str
    tariff_id: str
    version_number: int
    valid_from: date
    status: str
    definition: TariffDefinition
    definition_json: str
    definition_hash: str
    reason: str
    created_by_login: str
    created_at: datetime
    approval_request_id: str
    decided_by_login: str
    decided_at: datetime | None


@dataclass(frozen=True)
class TariffDetailView:
    tariff: TariffView
    versions: tuple[TariffVersionView, ...]  # newest first


@dataclass(frozen=True)
class NewTariff:
    code: str
    name: str
    service: str
    tariff_category_code: str
    product_code: str
    currency_code: str


@dataclass(frozen=True)
class UsageInput:
    period_start: date | None
    period_end: date | None
    consumption: str  # decimal text
    subscribed_power_va: int = 0


@dataclass(frozen=True)
class SimulationSource:
    """Exactly one: a tariff (its approved versions), one version, or a draft definition."""

    tariff_id: str = ""
    tariff_version_id: str = ""
    definition: Mapping[str, Any] | None = None


def tariff_view(row: TariffRow, current: int, pending: bool) -> TariffView:
    return TariffView(
        tariff_id=row.id,
        code=row.code,
        name=row.name,
        service=row.service,
        tariff_category_code=row.tariff_category_code,
        product_code=row.product_code,
        currency_code=row.currency_code,
        active=row.active,
        version=row.version,
        current_version_number=current,
        has_pending_version=pending,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def checked_usage(usage: UsageInput) -> Usage:
    checks = Checks()
    consumption = Decimal(0)
    try:
        if not usage.consumption.isascii():  # Decimal() takes any Unicode digit
            raise InvalidOperation
        consumption = Decimal(usage.consumption.strip())
        if not consumption.is_finite() or consumption < 0 or consumption > _MAX_CONSUMPTION:
            checks.fail("usage.consumption", "a number from 0 to 1 000 000 000")
    except (InvalidOperation, AttributeError):
        checks.fail("usage.consumption", "a decimal number, e.g. 250")
    if usage.period_start is None:
        checks.fail("usage.period_start", "is required")
    if usage.period_end is None:
        checks.fail("usage.period_end", "is required")
    if usage.period_start and usage.period_end:
        days = (usage.period_end - usage.period_start).days + 1
        if days < 1:
            checks.fail("usage.period_end", "is before the period's start")
        elif days > _MAX_PERIOD_DAYS:
            checks.fail("usage.period_end", f"a period of at most {_MAX_PERIOD_DAYS} days")
    if not 0 <= usage.subscribed_power_va <= 100_000_000:
        checks.fail("usage.subscribed_power_va", "from 0 to 100 000 000 VA")
    checks.raise_if_any()
    assert usage.period_start is not None and usage.period_end is not None
    return Usage(
        usage.period_start,
        usage.period_end,
        consumption,
        usage.subscribed_power_va or None,
    )
