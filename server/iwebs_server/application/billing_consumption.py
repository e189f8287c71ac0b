"""What a bill run bills for each subscription: the consumption of the period, read or
estimated (FAC-4, FAC-5), in bulk for a chunk of subscriptions.

`consumptions_for_billing` costs a constant number of statements per call, whatever the
number of subscriptions (a run's chunk is ~2,000): three parameter reads, the meters in
place, the last invoices, the recent readings (those of the last 400 days for the
subscriptions whose last invoice gives no start index), and for the estimates only their
earlier invoices and older readings. The rules (docs/readings.md,
"Consumption for billing"):

- The billed span runs from the day after the last billed period (or the run's start, or
  the activation) to the run's end (or the termination).
- Its first index (`index_from`) is the `index_to` of the subscription's last invoice that
  no credit note cancels; without one, the latest billable reading before the span (a
  go-live with readings but no bill yet), else the meter's installation index. A meter
  installed after the last invoice starts from its installation index.
- The last billable reading (validated or released) of the meter in (start index date,
  run end] gives `index_to`; a reading still to check after it (with an index) makes the
  subscription not billable (READING_TO_CHECK); readings without an index (no access...)
  never block: the period is estimated.
- A real index below `index_from` (an earlier estimate that ran ahead of the meter, or a
  released negative reading) bills zero and carries `index_from` on as `index_to`: the
  units already billed are not billed again, and nothing is credited by the run (a
  correction is a credit note, docs/bills-and-accounts.md). A confirmed roll-over wraps.
- Without a reading: the estimate of domain/reading_estimation.py, capped by
  readings.max_consecutive_estimates; the estimated index is written on the bill only.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from iwebs_server.application.parameters import ParameterReader
from iwebs_server.domain.reading_estimation import cap_reached, estimate_consumption
from iwebs_server.domain.reading_rules import (
    CaseCode,
    PastPeriod,
    parse_category_averages,
    parse_multiplier,
    units,
)
from iwebs_server.persistence.repositories.reading_billing_reads import (
    BILLABLE_STATUSES,
    BilledPeriod,
    BillingMeter,
    BillingReading,
    installation_index,
    register_codes,
)
from iwebs_server.persistence.unit_of_work import UnitOfWork

BILLED_REGISTER = "single"
HISTORY_DAYS = 400  # last year's same period and the averages
# read first for everyone: the current reading and a monthly or bimonthly start index;
# only the subscriptions that need more (an estimate, an older start) read the history
RECENT_DAYS = 62

NO_READING = "NO_READING"
READING_TO_CHECK = "READING_TO_CHECK"
ESTIMATE_CAP_REACHED = "ESTIMATE_CAP_REACHED"
NO_METER = "NO_METER"
NO_PREVIOUS_INDEX = "NO_PREVIOUS_INDEX"
NOT_ACTIVE = "NOT_ACTIVE"
ALREADY_BILLED = "ALREADY_BILLED"
PREPAID = "PREPAID"
# a meter with peak / off-peak registers and no single one: time-of-use tariffs do not
# exist yet, so its subscription is listed, not billed on a wrong register
TIME_OF_USE_METER = "TIME_OF_USE_METER"


@dataclass(frozen=True)
class SubscriptionToBill:
    """What the run knows of each subscription."""

    subscription_id: str
    account_id: str
    agency_id: str
    service: str
    status: str
    tariff_category_code: str
    product_code: str
    subscribed_power_va: int | None
    activated_on: date | None
    suspended_on: date | None
    terminated_on: date | None
    # subscriptions.billing_inputs_version when read: raised by triggers on any change of
    # what its consumption derives from (revision 0008)
    inputs_version: int = 0


@dataclass(frozen=True)
class Consumption:
    subscription_id: str
    period_start: date  # the billed span, inclusive
    period_end: date
    index_from: int | None
    index_to: int | None
    consumption: int
    reading_id: str | None
    estimated: bool
    estimate_method: str  # "" | same_period_last_year | average_per_day | category_average
    consecutive_estimates: int  # including this one when estimated


@dataclass(frozen=True)
class NotBillable:
    # NO_READING | READING_TO_CHECK | ESTIMATE_CAP_REACHED | NO_METER | NO_PREVIOUS_INDEX |
    # NOT_ACTIVE | ALREADY_BILLED | PREPAID | TIME_OF_USE_METER
    subscription_id: str
    cause: str


@dataclass(frozen=True)
class ConsumptionSettings:
    """The parameters a consumption is derived with (readings.*)."""

    max_consecutive: int
    average_periods: int
    category_per_day: dict[str, Decimal]

    @property
    def fingerprint(self) -> str:
        """Equal for equal settings, in every process (a run's items keep it)."""
        averages = ";".join(f"{k}={v}" for k, v in sorted(self.category_per_day.items()))
        text = f"{self.max_consecutive}|{self.average_periods}|{averages}"
        return hashlib.sha256(text.encode()).hexdigest()[:32]


_SETTING_KEYS = (
    "readings.max_consecutive_estimates",
    "readings.average_periods",
    "readings.category_daily_average",
)


def consumption_settings(uow: UnitOfWork) -> ConsumptionSettings:
    values = ParameterReader().effective_many(uow, _SETTING_KEYS)
    max_consecutive = values["readings.max_consecutive_estimates"]
    average_periods = values["readings.average_periods"]
    averages = values["readings.category_daily_average"]
    assert isinstance(max_consecutive, int) and isinstance(average_periods, int)
    return ConsumptionSettings(
        max_consecutive, average_periods, parse_category_averages(str(averages))
    )


def consumptions_for_billing(
    uow: UnitOfWork,
    subscriptions: Sequence[SubscriptionToBill],
    run_period_start: date,
    run_period_end: date,
    settings: ConsumptionSettings | None = None,
    meters: Mapping[str, BillingMeter] | None = None,
) -> dict[str, Consumption | NotBillable]:
    """The consumption (or why not billable) of each subscription for the run's period.
    `meters`: their billing meters when read with them (BillComputation.load_with_meters)."""
    if not subscriptions:
        return {}
    settings = settings or consumption_settings(uow)
    ids = [s.subscription_id for s in subscriptions]
    if meters is None:
        meters = uow.readings.billing_meters(ids)
    # first for everyone the last invoice only (the start index); the estimates in a row
    # are counted on the subscriptions to estimate, in the second pass
    bills = _last_invoices(uow, ids, 1, run_period_start)
    horizon = run_period_start - timedelta(days=HISTORY_DAYS)
    # a subscription whose last invoice gives no start index (none yet, or a bill taken over
    # from the former system) starts from a reading or its installation: its readings are
    # read back to the horizon at once, not in a second pass
    from_history = {i for i in ids if not _start_index_billed(bills.get(i, []))}
    recent = [i for i in ids if i not in from_history]
    recent_since = _window(bills, recent, run_period_start)
    rows = []
    if recent:
        rows += uow.readings.billing_readings(recent, recent_since, run_period_end, BILLED_REGISTER)
    if from_history:
        rows += uow.readings.billing_readings(
            [i for i in ids if i in from_history], horizon, run_period_end, BILLED_REGISTER
        )
    readings = _by_subscription(rows)
    results: dict[str, Consumption | NotBillable] = {}
    incomplete: list[SubscriptionToBill] = []
    for s in subscriptions:
        sid = s.subscription_id
        window = None if sid in from_history else recent_since
        found = _one(
            s, meters.get(sid), bills.get(sid, []), readings.get(sid, []), run_period_start,
            run_period_end, settings, window, earlier_invoices=False,
        )  # fmt: skip
        if found is None:
            incomplete.append(s)
        else:
            results[sid] = found
    if incomplete:  # estimates and old start indexes: the history, for them only
        incomplete_ids = [s.subscription_id for s in incomplete]
        bills = _last_invoices(uow, incomplete_ids, settings.max_consecutive + 1, run_period_start)
        older_ids = [i for i in incomplete_ids if i not in from_history]
        older = _by_subscription(
            uow.readings.billing_readings(
                older_ids, horizon, recent_since - timedelta(days=1), BILLED_REGISTER
            )
        )
        for s in incomplete:
            sid = s.subscription_id
            rows_of = older.get(sid, []) + readings.get(sid, [])
            complete = _one(
                s, meters.get(sid), bills.get(sid, []), rows_of, run_period_start, run_period_end,
                settings, None, earlier_invoices=True,
            )  # fmt: skip
            assert complete is not None
            results[sid] = complete
    return {s.subscription_id: results[s.subscription_id] for s in subscriptions}


def _start_index_billed(bills: list[BilledPeriod]) -> bool:
    return len(bills) > 0 and bills[0].index_to is not None


def _last_invoices(
    uow: UnitOfWork, ids: Sequence[str], depth: int, run_start: date
) -> dict[str, list[BilledPeriod]]:
    """The last `depth` invoices per subscription (newest first): those of the last 400
    days, and for the subscriptions with none there, older ones."""
    bills: dict[str, list[BilledPeriod]] = defaultdict(list)
    since = run_start - timedelta(days=HISTORY_DAYS)
    for period in uow.readings.billing_periods(ids, depth, since=since):
        bills[period.subscription_id].append(period)
    missing = [i for i in ids if i not in bills]
    if missing:  # no invoice for a year (or never): an older one still gives the start
        for period in uow.readings.billing_periods(missing, depth, before=since):
            bills[period.subscription_id].append(period)
    return bills


def _window(bills: dict[str, list[BilledPeriod]], ids: Sequence[str], run_start: date) -> date:
    """The first day of the readings read for everyone: the day after the earliest last
    invoice (usually the run's start: one reading per subscription), at most RECENT_DAYS
    back; RECENT_DAYS back when a subscription has no invoice (its start index is a reading
    before the span)."""
    earliest = run_start - timedelta(days=RECENT_DAYS)
    if not ids:
        return run_start
    if any(not bills.get(i) for i in ids):
        return earliest
    first = min(bills[i][0].period_end for i in ids) + timedelta(days=1)
    return min(max(first, earliest), run_start)


def _by_subscription(rows: Sequence[BillingReading]) -> dict[str, list[BillingReading]]:
    found: dict[str, list[BillingReading]] = defaultdict(list)
    for row in rows:
        found[row.subscription_id].append(row)
    return found


def _span(
    sub: SubscriptionToBill, last: BilledPeriod | None, run_start: date, run_end: date
) -> tuple[date, date] | str:
    if sub.status == "requested" or sub.activated_on is None or sub.activated_on > run_end:
        return NOT_ACTIVE
    start = max(run_start, sub.activated_on)
    if last is not None:
        start = max(start, last.period_end + timedelta(days=1))
    end = run_end
    if sub.status == "terminated" and sub.terminated_on is not None:
        end = min(end, sub.terminated_on)
    if start > end:
        return ALREADY_BILLED if last is not None and last.period_end >= end else NOT_ACTIVE
    return start, end


def _one(
    sub: SubscriptionToBill,
    meter: BillingMeter | None,
    bills: list[BilledPeriod],
    readings: list[BillingReading],
    run_start: date,
    run_end: date,
    settings: ConsumptionSettings,
    window: date | None,
    *,
    earlier_invoices: bool,
) -> Consumption | NotBillable | None:
    """The result, or None when the answer needs more: older readings (`readings` start at
    `window`, None when they go back to the horizon, and the start index is dated before
    it) or, for an estimate, the earlier invoices (`earlier_invoices` False: only the last
    one was read)."""
    sid = sub.subscription_id
    if sub.product_code.lower() == "prepaid":
        return NotBillable(sid, PREPAID)
    last = bills[0] if bills else None
    span = _span(sub, last, run_start, run_end)
    if isinstance(span, str):
        return NotBillable(sid, span)
    if meter is None:
        return NotBillable(sid, NO_METER)
    registers = register_codes(meter.installation_indexes)
    if registers and BILLED_REGISTER not in registers:
        return NotBillable(sid, TIME_OF_USE_METER)
    start, end = span
    on_meter = [r for r in readings if r.meter_id == meter.meter_id]
    base = _base_index(meter, last, on_meter, start)
    if window is not None and (base is None or base[1] < window - timedelta(days=1)):
        return None
    if base is None:
        return NotBillable(sid, NO_PREVIOUS_INDEX)
    base_index, base_date = base
    if meter.removed_on is not None and meter.removed_on <= end:  # its removal index ends
        return _removed(sid, meter, on_meter, start, end, base_index, base_date)
    current = [
        r for r in on_meter if base_date < r.reading_date <= end and r.index_value is not None
    ]
    billable = [r for r in current if r.status in BILLABLE_STATUSES]
    reading = billable[-1] if billable else None
    after = reading.reading_date if reading is not None else base_date
    if any(r.status == "to_check" and r.reading_date >= after for r in current):
        return NotBillable(sid, READING_TO_CHECK)
    multiplier = parse_multiplier(meter.multiplier)
    capacity = int(10**meter.digits)
    if reading is not None:
        assert reading.index_value is not None
        index = reading.index_value
        if index >= base_index:
            advance = index - base_index
        elif CaseCode.ROLLOVER in reading.case_codes.split(","):
            advance = capacity - base_index + index
        else:  # below the start index: zero, and the start index carries on
            advance, index = 0, base_index
        return Consumption(
            sid, start, end, base_index, index, units(advance, multiplier), reading.reading_id,
            False, "", 0,
        )  # fmt: skip
    if not earlier_invoices:
        return None
    in_a_row = 0
    for bill in bills:
        if not bill.estimated:
            break
        in_a_row += 1
    if cap_reached(in_a_row, settings.max_consecutive):
        return NotBillable(sid, ESTIMATE_CAP_REACHED)
    estimate = estimate_consumption(
        start,
        end,
        _history(meter, on_meter),
        settings.category_per_day.get(sub.tariff_category_code),
        settings.average_periods,
        multiplier,
    )
    if estimate is None:
        return NotBillable(sid, NO_READING)
    return Consumption(
        sid, start, end, base_index, (base_index + estimate.advance) % capacity,
        estimate.consumption, None, True, estimate.method, in_a_row + 1,
    )  # fmt: skip


def _removed(
    sid: str,
    meter: BillingMeter,
    on_meter: list[BillingReading],
    start: date,
    end: date,
    base_index: int,
    base_date: date,
) -> Consumption | NotBillable:
    """A meter removed (a termination, a meter taken away): the span is billed up to the
    removal index (else the last reading before the removal); the reading of that index,
    when one was entered, is the bill's reading. A meter removed before the span leaves
    nothing to read."""
    assert meter.removed_on is not None
    if meter.removed_on <= base_date or meter.removed_on < start:
        return NotBillable(sid, NO_METER)
    read = [
        r
        for r in on_meter
        if base_date < r.reading_date <= meter.removed_on
        and r.index_value is not None
        and r.status in BILLABLE_STATUSES
    ]
    index = installation_index(meter.removal_indexes, BILLED_REGISTER)
    if index is None:
        if not read:
            return NotBillable(sid, NO_READING)
        index = read[-1].index_value
    assert index is not None
    reading_id = next((r.reading_id for r in reversed(read) if r.index_value == index), None)
    advance = index - base_index
    if advance < 0:  # below the start index: zero, the start index carries on
        advance, index = 0, base_index
    consumption = units(advance, parse_multiplier(meter.multiplier))
    return Consumption(sid, start, end, base_index, index, consumption, reading_id, False, "", 0)


def _base_index(
    meter: BillingMeter,
    last: BilledPeriod | None,
    on_meter: list[BillingReading],
    start: date,
) -> tuple[int, date] | None:
    """(index, date) the billed consumption starts from; see the module's docstring."""
    if last is not None and last.index_to is not None and meter.installed_on <= last.period_end:
        return last.index_to, last.period_end
    before = [
        r
        for r in on_meter
        if r.reading_date < start and r.index_value is not None and r.status in BILLABLE_STATUSES
    ]
    if before and (last is None or last.index_to is None):
        latest = before[-1]
        assert latest.index_value is not None
        return latest.index_value, latest.reading_date
    installed = installation_index(meter.installation_indexes, BILLED_REGISTER)
    if installed is None:
        return None
    return installed, meter.installed_on - timedelta(days=1)


def _history(meter: BillingMeter, on_meter: list[BillingReading]) -> tuple[PastPeriod, ...]:
    """Periods between consecutive readings of the meter (billable ones with a consumption)."""
    dates = {r.reading_id: r.reading_date for r in on_meter}
    periods = []
    for r in on_meter:
        if r.status not in BILLABLE_STATUSES or r.consumption is None:
            continue
        if r.previous_reading_id is None:
            start = meter.installed_on
        elif r.previous_reading_id in dates:
            start = dates[r.previous_reading_id]
        else:
            continue
        if start < r.reading_date:
            periods.append(PastPeriod(start, r.reading_date, r.consumption))
    return tuple(periods)
