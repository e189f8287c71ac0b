"""A round's reading sheet (FAC-3): the lines, built with a constant number of statements
(subscriptions and meters, registers, last readings, readings of the day, history)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from iwebs_server.application.reading_context import (
    HISTORY_DAYS,
    RuleSet,
    expected_indexes,
    periods_of,
    reading_views,
)
from iwebs_server.application.reading_views import SheetLine
from iwebs_server.domain.reading_rules import band_for, parse_multiplier
from iwebs_server.persistence.repositories.reading_billing_reads import installation_index
from iwebs_server.persistence.tables.billing import MeterReadingRow
from iwebs_server.persistence.unit_of_work import UnitOfWork


def sheet_lines(
    uow: UnitOfWork, ruleset: RuleSet, round_id: str, reading_date: date
) -> list[SheetLine]:
    """One line per register of the meter of each active or cut subscription of the round,
    in round order, with the last index and the index range the validation expects."""
    subs = uow.readings.sheet_subscriptions(round_id)
    meter_ids = [s.meter_id for s in subs]
    registers = uow.meters.registers(meter_ids)
    last = uow.readings.last_live(meter_ids, reading_date)
    entered_rows = uow.readings.live_on([s.subscription_id for s in subs], reading_date)
    entered_views = {v.reading_id: v for v in reading_views(uow, entered_rows)}
    entered = {(r.subscription_id, r.register_code): entered_views[r.id] for r in entered_rows}
    history_rows: dict[tuple[str, str], list[MeterReadingRow]] = defaultdict(list)
    since = reading_date - timedelta(days=HISTORY_DAYS)
    codes = {r.code for rows in registers.values() for r in rows}
    for code in sorted(codes):
        rows = uow.readings.history_of([s.subscription_id for s in subs], code, since, reading_date)
        for r in rows:
            history_rows[(r.subscription_id, code)].append(r)
    categories = uow.readings.tariff_categories([s.subscription_id for s in subs])
    lines = []
    for s in subs:
        multiplier = parse_multiplier(s.multiplier)
        for register in registers.get(s.meter_id, []):
            previous = last.get((s.meter_id, register.code))
            if previous is not None and previous.reading_date >= s.installed_on:
                last_index, last_date = previous.index_value, previous.reading_date
            else:
                last_index = installation_index(s.installation_indexes, register.code)
                last_date = s.installed_on
            low = high = None
            if last_index is not None and last_date is not None:
                periods = periods_of(
                    history_rows.get((s.subscription_id, register.code), []),
                    s.meter_id,
                    s.installed_on,
                )
                band = band_for(
                    periods,
                    ruleset.category_per_day.get(categories.get(s.subscription_id, "")),
                    (reading_date - last_date).days,
                    ruleset.rules,
                )
                if band is not None:
                    low, high = expected_indexes(last_index, band, multiplier, s.digits)
            lines.append(
                SheetLine(
                    s.round_order, s.premise_id, s.premise_number, s.address,
                    s.subscription_id, s.subscription_number, s.subscription_status,
                    s.customer_name, s.meter_id, s.meter_serial, s.digits, s.multiplier,
                    register.code, register.unit, last_index, last_date, low, high,
                    entered.get((s.subscription_id, register.code)),
                )
            )  # fmt: skip
    return lines
