"""consumptions_for_billing (FAC-4, FAC-5): every source of the start index, the reading
or the estimate, the causes of not billing, and a constant number of statements per call,
on both databases."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event

from iwebs_server.application.bill_computation import BillComputation
from iwebs_server.application.billing_consumption import (
    Consumption,
    NotBillable,
    SubscriptionToBill,
    consumptions_for_billing,
)
from iwebs_server.application.clock import new_id
from iwebs_server.persistence.tables.customer_base import MeterInstallationRow
from tests.server.application.reading_harness import Readings, Sub, build_readings

START, END = date(2026, 9, 6), date(2026, 10, 5)  # 30 days


@pytest.fixture
def rd(database_url: str) -> Iterator[Readings]:
    made = build_readings(database_url)
    yield made
    made.uow.engine.dispose()


def to_bill(sub: Sub, **overrides: Any) -> SubscriptionToBill:
    values: dict[str, Any] = {
        "subscription_id": sub.subscription_id,
        "account_id": sub.account_id,
        "agency_id": sub.agency_id,
        "service": "electricity",
        "status": "active",
        "tariff_category_code": "DPP",
        "product_code": "CONVENTIONAL",
        "subscribed_power_va": 6000,
        "activated_on": date(2025, 1, 1),
        "suspended_on": None,
        "terminated_on": None,
    }
    values.update(overrides)
    return SubscriptionToBill(**values)


def compute(
    rd: Readings, *subs: SubscriptionToBill, start: date = START, end: date = END
) -> dict[str, Consumption | NotBillable]:
    with rd.uow(read_only=True) as uow:
        return consumptions_for_billing(uow, subs, start, end)


def one(rd: Readings, sub: SubscriptionToBill, **kwargs: Any) -> Consumption | NotBillable:
    return compute(rd, sub, **kwargs)[sub.subscription_id]


def read(rd: Readings, sub: Sub, index: str, day: date = END, **kwargs: Any) -> Any:
    reader = rd.principal()
    return rd.service.enter(reader, new_id(), rd.entry(sub, index, day, **kwargs))


def history_sub(rd: Readings, **kwargs: Any) -> Sub:
    """Read every 30 days from 2026-03-09 (installed then at 100): 300 units each, the last
    reading 2026-09-05 at 1900."""
    sub = rd.subscription(rd.round(), **{"installed_on": date(2026, 3, 9), **kwargs})
    rd.past_readings(sub, date(2026, 3, 9), 100, 300, 6)
    return sub


def test_a_reading_after_the_last_invoice(rd: Readings) -> None:
    sub = history_sub(rd)
    rd.bill(sub, date(2026, 8, 6), date(2026, 9, 5), 1900)
    view = read(rd, sub, "02200")
    got = one(rd, to_bill(sub))
    assert got == Consumption(
        sub.subscription_id, START, END, 1900, 2200, 300, view.reading_id, False, "", 0
    )


def test_go_live_without_invoice_starts_from_the_last_reading_before_the_span(
    rd: Readings,
) -> None:
    sub = history_sub(rd)
    read(rd, sub, "02180")
    got = one(rd, to_bill(sub))
    assert isinstance(got, Consumption)
    assert (got.index_from, got.index_to, got.consumption) == (1900, 2180, 280)


def test_without_anything_else_the_installation_index(rd: Readings) -> None:
    sub = rd.subscription(rd.round(), installed_on=date(2026, 9, 20), installation_index=500)
    read(rd, sub, "00560")
    got = one(rd, to_bill(sub))
    assert isinstance(got, Consumption)
    assert (got.index_from, got.index_to, got.consumption) == (500, 560, 60)


def test_a_meter_installed_after_the_last_invoice_starts_from_its_index(rd: Readings) -> None:
    sub = rd.subscription(rd.round(), installed_on=date(2026, 9, 10), installation_index=7)
    rd.bill(sub, date(2026, 8, 6), date(2026, 9, 5), 45_000)  # the old meter's index
    read(rd, sub, "00107")
    got = one(rd, to_bill(sub))
    assert isinstance(got, Consumption) and (got.index_from, got.consumption) == (7, 100)


def test_a_credited_invoice_does_not_count(rd: Readings) -> None:
    sub = history_sub(rd)
    rd.bill(sub, date(2026, 8, 6), date(2026, 9, 5), 1900)
    rd.bill(sub, START, END, 2500, credited=True)
    read(rd, sub, "02200")
    got = one(rd, to_bill(sub))
    assert isinstance(got, Consumption) and (got.index_from, got.index_to) == (1900, 2200)


def test_estimate_same_period_last_year(rd: Readings) -> None:
    sub = rd.subscription(rd.round(), installed_on=date(2025, 8, 7))
    rd.past_readings(sub, date(2025, 8, 7), 100, 60, 3)  # 2 a day, last year
    rd.bill(sub, date(2026, 8, 6), date(2026, 9, 5), 5000)
    got = one(rd, to_bill(sub))
    assert isinstance(got, Consumption) and got.estimated
    assert got.estimate_method == "same_period_last_year"
    assert (got.consumption, got.index_from, got.index_to) == (60, 5000, 5060)
    assert got.reading_id is None and got.consecutive_estimates == 1


def test_estimate_average_per_day_and_the_cap(rd: Readings) -> None:
    sub = history_sub(rd)
    rd.bill(sub, date(2026, 8, 6), date(2026, 9, 5), 1900, estimated=True)
    got = one(rd, to_bill(sub))
    assert isinstance(got, Consumption)
    assert got.estimate_method == "average_per_day" and got.consumption == 300
    assert got.consecutive_estimates == 2
    rd.bill(sub, date(2026, 7, 6), date(2026, 8, 5), 1600, estimated=True)
    rd.bill(sub, date(2026, 6, 6), date(2026, 7, 5), 1300, estimated=True)
    assert one(rd, to_bill(sub)) == NotBillable(sub.subscription_id, "ESTIMATE_CAP_REACHED")
    rd.set_parameter("readings.max_consecutive_estimates", "5")
    assert isinstance(one(rd, to_bill(sub)), Consumption)


def test_estimate_category_average_and_nothing(rd: Readings) -> None:
    sub = rd.subscription(rd.round(), installed_on=date(2026, 9, 1), installation_index=0)
    got = one(rd, to_bill(sub))
    assert isinstance(got, Consumption) and got.estimate_method == "category_average"
    assert got.consumption == 120  # DPP: 4 a day x 30 days
    unknown = to_bill(sub, tariff_category_code="UNKNOWN")
    assert one(rd, unknown) == NotBillable(sub.subscription_id, "NO_READING")


def test_readings_to_check_block_but_field_cases_do_not(rd: Readings) -> None:
    sub = history_sub(rd)
    read(rd, sub, "04000")  # TOO_HIGH
    assert one(rd, to_bill(sub)) == NotBillable(sub.subscription_id, "READING_TO_CHECK")
    other = history_sub(rd)
    read(rd, other, "", field_code="INACCESSIBLE")
    got = one(rd, to_bill(other))
    assert isinstance(got, Consumption) and got.estimated


def test_a_released_reading_is_billed(rd: Readings) -> None:
    sub = history_sub(rd)
    view = read(rd, sub, "04000")
    rd.service.release(rd.principal(), new_id(), view.reading_id, 1, "pool filled")
    got = one(rd, to_bill(sub))
    assert isinstance(got, Consumption) and got.consumption == 2100


def test_a_real_index_below_an_earlier_estimate_bills_zero(rd: Readings) -> None:
    sub = history_sub(rd)
    rd.bill(sub, date(2026, 8, 6), date(2026, 9, 5), 2300, estimated=True)
    view = read(rd, sub, "02200")  # 300 units since the reading of 1900: fine
    assert view.status == "validated"
    got = one(rd, to_bill(sub))
    assert isinstance(got, Consumption) and not got.estimated
    assert (got.index_from, got.index_to, got.consumption) == (2300, 2300, 0)
    assert got.reading_id == view.reading_id and got.consecutive_estimates == 0


def test_a_released_roll_over_wraps(rd: Readings) -> None:
    sub = rd.subscription(rd.round(), digits=4, installation_index=9_900, installed_on=START)
    view = read(rd, sub, "0150")
    rd.service.release(rd.principal(), new_id(), view.reading_id, 1, "dial passed zero")
    got = one(rd, to_bill(sub))
    assert isinstance(got, Consumption) and (got.index_from, got.index_to) == (9_900, 150)
    assert got.consumption == 250


def test_the_multiplier(rd: Readings) -> None:
    sub = rd.subscription(rd.round(), multiplier="40", installation_index=0, installed_on=START)
    rd.set_parameter("readings.category_daily_average", "DPP:40")
    read(rd, sub, "30")
    got = one(rd, to_bill(sub))
    assert isinstance(got, Consumption) and got.consumption == 1200


def test_causes_of_not_billing(rd: Readings) -> None:
    sub = history_sub(rd)
    sid = sub.subscription_id
    assert one(rd, to_bill(sub, product_code="PREPAID")) == NotBillable(sid, "PREPAID")
    assert one(rd, to_bill(sub, status="requested", activated_on=None)) == NotBillable(
        sid, "NOT_ACTIVE"
    )
    assert one(rd, to_bill(sub, activated_on=date(2026, 11, 1))) == NotBillable(sid, "NOT_ACTIVE")
    ended = to_bill(sub, status="terminated", terminated_on=date(2026, 9, 1))
    assert one(rd, ended) == NotBillable(sid, "NOT_ACTIVE")
    rd.bill(sub, START, END, 2200)
    assert one(rd, to_bill(sub)) == NotBillable(sid, "ALREADY_BILLED")
    bare_bill = to_bill(sub, subscription_id=new_id())  # no meter installed for it
    assert one(rd, bare_bill) == NotBillable(bare_bill.subscription_id, "NO_METER")
    # peak / off-peak registers and no single one: said as such, not "no previous index"
    two_rates = rd.subscription(rd.round(), registers=("peak", "offpeak", "reactive"))
    assert one(rd, to_bill(two_rates)) == NotBillable(
        two_rates.subscription_id, "TIME_OF_USE_METER"
    )


def test_a_termination_inside_the_period_ends_the_span(rd: Readings) -> None:
    sub = history_sub(rd)
    read(rd, sub, "02100", date(2026, 9, 25))
    ended = to_bill(sub, status="terminated", terminated_on=date(2026, 9, 25))
    got = one(rd, ended)
    assert isinstance(got, Consumption)
    assert (got.period_start, got.period_end, got.consumption) == (START, date(2026, 9, 25), 200)


def test_a_constant_number_of_statements_per_call(rd: Readings) -> None:
    subs = []
    for position in range(12):
        sub = history_sub(rd)
        if position % 3 == 0:
            read(rd, sub, "02200")
        elif position % 3 == 1:
            rd.bill(sub, date(2026, 8, 6), date(2026, 9, 5), 1900, estimated=True)
        subs.append(to_bill(sub))
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(str(args[2]))

    engine = rd.uow.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        few = compute(rd, *subs[:2])
        small = len(statements)
        statements.clear()
        many = compute(rd, *subs)
        # begin, 3 parameters, meters, last invoices (+ older ones), readings (recent ones,
        # and back to the horizon for those without a billed start index); for the
        # subscriptions to estimate: invoices (+ older ones), history: at most 12, whatever
        # the number of subscriptions
        assert small <= 12 and len(statements) <= 12, statements
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert set(few) <= set(many) and len(many) == 12
    assert all(isinstance(v, Consumption) for v in many.values())


def test_a_removed_meter_ends_at_its_removal_index(rd: Readings) -> None:
    """A final bill: the subscription terminated, its meter removed with an index."""
    sub = history_sub(rd)
    rd.bill(sub, date(2026, 8, 6), date(2026, 9, 5), 1900)
    removed_on = date(2026, 9, 20)
    with rd.uow() as uow:
        installation = uow.readings.installation_at(sub.subscription_id, removed_on)
        assert installation is not None
        installation.removed_on = removed_on
        installation.removal_indexes = "single=02050"
    ended = to_bill(sub, status="terminated", terminated_on=removed_on)
    got = one(rd, ended)
    assert got == Consumption(
        sub.subscription_id, START, removed_on, 1900, 2050, 150, None, False, "", 0
    )
    # a meter removed before the span leaves nothing to bill by consumption
    late = one(rd, ended, start=date(2026, 9, 21), end=date(2026, 10, 20))
    assert late == NotBillable(sub.subscription_id, "NOT_ACTIVE")


def test_final_bill_after_remove_meter_and_terminate_through_the_use_cases(
    rd: Readings,
) -> None:
    """The way a counter clerk ends a subscription: RemoveMeter (with its removal index)
    then TerminateSubscription; the final bill runs to the removal index."""
    from iwebs_server.application.audit_trail import AuditTrail
    from iwebs_server.application.change_history import ChangeHistory
    from iwebs_server.application.idempotency import Idempotency
    from iwebs_server.application.meters import MeterService
    from iwebs_server.application.premises import PremiseService
    from iwebs_server.domain.principal import system_principal

    audit, history = AuditTrail(rd.clock), ChangeHistory(rd.clock)
    idempotency = Idempotency(rd.clock, rd.uow)
    meters = MeterService(rd.uow, rd.clock, audit, idempotency, history)
    premises = PremiseService(rd.uow, rd.clock, audit, idempotency, history)
    clerk = system_principal("tests")
    sub = history_sub(rd)
    rd.bill(sub, date(2026, 8, 6), date(2026, 9, 5), 1900)
    read(rd, sub, "02100", date(2026, 9, 25))
    day = date(2026, 10, 1)
    with rd.uow(read_only=True) as uow:
        meter = uow.meters.get(sub.meter_id, clerk.scope)
        assert meter is not None
        meter_version = meter.version
    meters.remove(
        clerk, new_id(), sub.meter_id, meter_version, day, {"single": "02180"}, "Résiliation"
    )
    with rd.uow(read_only=True) as uow:
        row = uow.subscriptions.get(sub.subscription_id, clerk.scope)
        assert row is not None
        version = row.version
    view = premises.change_status(
        clerk, "terminate", new_id(), sub.subscription_id, version, day, "Départ du locataire"
    )
    assert view.status == "terminated"
    ended = to_bill(sub, status="terminated", terminated_on=day)
    got = one(rd, ended)
    assert got == Consumption(sub.subscription_id, START, day, 1900, 2180, 280, None, False, "", 0)


def test_subscriptions_read_with_their_meters_as_read_apart(rd: Readings) -> None:
    """A run's simulation reads the subscriptions and their billing meters in one statement
    (BillComputation.load_with_meters): the same as the two reads, for a meter in place, a
    meter replaced (the new one wins), a meter removed, no meter at all, an unknown id."""
    in_place = history_sub(rd)
    replaced = history_sub(rd)
    removed = history_sub(rd)
    without = rd.subscription(rd.round())
    with rd.uow() as uow:
        old = uow.readings.installation_at(replaced.subscription_id, date(2026, 9, 1))
        assert old is not None
        old.removed_on, old.removal_indexes = date(2026, 9, 10), "single=02000"
        uow.session.add(
            MeterInstallationRow(
                # any meter row will do: the read does not check where else it is fitted
                id=new_id(), meter_id=removed.meter_id, premise_id=old.premise_id,
                subscription_id=replaced.subscription_id, agency_id=old.agency_id,
                installed_on=date(2026, 9, 10), installation_indexes="single=00007",
                created_at=rd.clock.now(),
            )
        )  # fmt: skip
        gone = uow.readings.installation_at(removed.subscription_id, date(2026, 9, 1))
        assert gone is not None
        gone.removed_on, gone.removal_indexes = date(2026, 9, 20), "single=02050"
        never = uow.readings.installation_at(without.subscription_id, date(2026, 9, 1))
        assert never is not None
        uow.session.delete(never)
    ids = [s.subscription_id for s in (removed, without, in_place, replaced)] + [new_id()]
    computation = BillComputation()
    with rd.uow(read_only=True) as uow:
        together = computation.load_with_meters(uow, ids)
        apart = (
            computation.load_subscriptions(uow, ids),
            uow.readings.billing_meters(ids),
        )
    assert together == apart
    subscriptions, meters = together
    assert [s.subscription_id for s in subscriptions] == ids[:4]
    assert without.subscription_id not in meters
    assert meters[replaced.subscription_id].installation_indexes == "single=00007"
    assert meters[removed.subscription_id].removed_on == date(2026, 9, 20)
