"""What the reading use cases gather around one reading: the rule parameters (PAR-1), the
meter in place, the previous index, the past periods, and the views of stored readings."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from iwebs_server.application.parameters import ParameterReader
from iwebs_server.application.reading_views import CaseView, ReadingView
from iwebs_server.domain.reading_rules import (
    Band,
    Dial,
    PastPeriod,
    ReadingFacts,
    ReadingRules,
    parse_category_averages,
    parse_consumption_classes,
    parse_multiplier,
)
from iwebs_server.persistence.repositories.reading_billing_reads import (
    BILLABLE_STATUSES,
    installation_index,
)
from iwebs_server.persistence.tables.billing import MeterReadingRow
from iwebs_server.persistence.tables.customer_base import (
    MeterInstallationRow,
    MeterRow,
    SubscriptionRow,
)
from iwebs_server.persistence.unit_of_work import UnitOfWork

HISTORY_DAYS = 400


@dataclass(frozen=True)
class RuleSet:
    rules: ReadingRules
    category_per_day: dict[str, Decimal]


def rule_set(uow: UnitOfWork, agency_id: str | None = None) -> RuleSet:
    """The thresholds in force (readings.* parameters)."""
    reader = ParameterReader()

    def value(key: str) -> object:
        return reader.effective(uow, key, agency_id)

    low, high = value("readings.low_ratio"), value("readings.high_ratio")
    periods, zero = value("readings.average_periods"), value("readings.zero_consumption_alert")
    share = value("readings.rollover_max_share")
    assert isinstance(low, Decimal) and isinstance(high, Decimal) and isinstance(share, Decimal)
    assert isinstance(periods, int) and isinstance(zero, bool)
    rules = ReadingRules(
        low_ratio=low,
        high_ratio=high,
        average_periods=periods,
        zero_consumption_alert=zero,
        classes=parse_consumption_classes(str(value("readings.consumption_classes"))),
        rollover_max_share=share,
    )
    averages = parse_category_averages(str(value("readings.category_daily_average")))
    return RuleSet(rules, averages)


def periods_of(
    rows: Sequence[MeterReadingRow], meter_id: str, installed_on: date
) -> tuple[PastPeriod, ...]:
    """Past periods between consecutive billable readings of one meter (oldest first rows)."""
    dates = {r.id: r.reading_date for r in rows}
    periods = []
    for r in rows:
        if r.meter_id != meter_id or r.status not in BILLABLE_STATUSES or r.consumption is None:
            continue
        if r.previous_reading_id is None:
            start = installed_on
        elif r.previous_reading_id in dates:
            start = dates[r.previous_reading_id]
        else:
            continue
        if start < r.reading_date:
            periods.append(PastPeriod(start, r.reading_date, r.consumption))
    return tuple(periods)


@dataclass(frozen=True)
class Previous:
    index: int | None
    day: date | None
    reading_id: str | None  # None: the installation index


def previous_index(
    uow: UnitOfWork,
    installation: MeterInstallationRow,
    register_code: str,
    before: date,
    exclude_id: str | None = None,
) -> Previous:
    row = uow.readings.previous(installation.meter_id, register_code, before, exclude_id)
    if row is not None and row.reading_date >= installation.installed_on:
        return Previous(row.index_value, row.reading_date, row.id)
    index = installation_index(installation.installation_indexes, register_code)
    return Previous(index, installation.installed_on, None)


def facts_for(
    uow: UnitOfWork,
    ruleset: RuleSet,
    subscription: SubscriptionRow,
    installation: MeterInstallationRow,
    meter: MeterRow,
    register_code: str,
    reading_date: date,
    index: int | None,
    field_code: str,
    exclude_id: str | None = None,
) -> tuple[ReadingFacts, Previous]:
    previous = previous_index(uow, installation, register_code, reading_date, exclude_id)
    rows = [
        r
        for r in uow.readings.history(
            subscription.id, register_code, reading_date - timedelta(days=HISTORY_DAYS)
        )
        if r.reading_date < reading_date and r.id != exclude_id
    ]
    status_since = {
        "suspended": subscription.suspended_on,
        "terminated": subscription.terminated_on,
    }.get(subscription.status)
    facts = ReadingFacts(
        reading_date=reading_date,
        index=index,
        field_code=field_code,
        dial=Dial(meter.digits, parse_multiplier(meter.multiplier)),
        previous_index=previous.index,
        previous_date=previous.day,
        previous_is_installation=previous.reading_id is None,
        installation_index=installation_index(installation.installation_indexes, register_code),
        installed_on=installation.installed_on,
        subscription_status=subscription.status,
        status_since=status_since,
        history=periods_of(rows, meter.id, installation.installed_on),
        category_per_day=ruleset.category_per_day.get(subscription.tariff_category_code),
    )
    return facts, previous


def expected_indexes(
    last_index: int, band: Band, multiplier: Decimal, digits: int
) -> tuple[int, int]:
    """The index range a band allows after `last_index` (wrapped on the dial)."""
    low = int((band.low / multiplier).to_integral_value(rounding=ROUND_CEILING))
    high = int((band.high / multiplier).to_integral_value(rounding=ROUND_FLOOR))
    capacity = int(10**digits)
    return (last_index + low) % capacity, (last_index + high) % capacity


def reading_views(uow: UnitOfWork, rows: Sequence[MeterReadingRow]) -> list[ReadingView]:
    """Views of stored readings (details in one statement; a previous index that is the
    installation's is looked up per meter)."""
    details = uow.readings.details(rows)
    views = []
    for row in rows:
        d = details.get(row.id)
        previous_index, previous_date = (d.previous_index, d.previous_date) if d else (None, None)
        if row.previous_reading_id is None and row.index_value is not None:
            installed = _installation_for(uow, row)
            if installed is not None:
                previous_index = installation_index(
                    installed.installation_indexes, row.register_code
                )
                previous_date = installed.installed_on
        cases = tuple(CaseView(c) for c in row.case_codes.split(",") if c)
        views.append(
            ReadingView(
                reading_id=row.id,
                subscription_id=row.subscription_id,
                subscription_number=d.subscription_number if d else "",
                customer_name=d.customer_name if d else "",
                meter_id=row.meter_id,
                meter_serial=d.meter_serial if d else "",
                register_code=row.register_code,
                unit=d.unit if d else "",
                agency_id=row.agency_id,
                round_id=row.round_id or "",
                reading_date=row.reading_date,
                index_value=row.index_value,
                previous_index=previous_index,
                previous_date=previous_date,
                consumption=row.consumption,
                source=row.source,
                field_code=row.field_code,
                status=row.status,
                cases=cases,
                replaces_reading_id=row.replaces_reading_id or "",
                replaced_by_reading_id=(d.replaced_by_id or "") if d else "",
                entered_by=d.entered_by if d else "",
                entered_at=row.entered_at,
                reviewed_by=d.reviewed_by if d else "",
                reviewed_at=row.reviewed_at,
                review_note=row.review_note,
                version=row.version,
                premise_address=d.premise_address if d else "",
            )
        )
    return views


def _installation_for(uow: UnitOfWork, row: MeterReadingRow) -> MeterInstallationRow | None:
    for installation in uow.meters.installations(
        meter_id=row.meter_id, premise_id="", offset=0, limit=50
    ):
        if installation.subscription_id == row.subscription_id and (
            installation.installed_on <= row.reading_date
        ):
            return installation
    return None


def with_details(view: ReadingView, details: dict[str, str]) -> ReadingView:
    """The view with the validation's words on each case (known at entry only)."""
    cases = tuple(CaseView(c.code, details.get(c.code, "")) for c in view.cases)
    return ReadingView(**{**view.__dict__, "cases": cases})
