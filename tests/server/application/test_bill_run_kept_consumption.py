"""A run's finalization takes the simulated consumption again only while nothing it derives
from changed (FAC-5, FAC-6; docs/billing.md, "Finalization"), on both databases.

The simulation keeps each item's consumption with the subscription's billing_inputs_version
(raised by triggers, revision 0008) and the fingerprint of the consumption parameters. These
tests change one input between the simulation and the finalization, through each kind of
writer the triggers watch, and check that this subscription alone is derived again (and
billed on its new inputs, or not billed with its cause), the others being taken as kept.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import delete, select, update

from iwebs_server.application import bill_computation
from iwebs_server.application.bill_writer import INVOICE, BillToIssue
from iwebs_server.application.clock import new_id
from iwebs_server.domain.tariff_compiled import ComputedLine
from iwebs_server.persistence.tables.billing import MeterReadingRow
from iwebs_server.persistence.tables.customer_base import (
    MeterInstallationRow,
    MeterRegisterRow,
    MeterRow,
    SubscriptionRow,
)
from tests.server.application.bill_run_harness import (
    BILL_DATE,
    PERIOD,
    Billing,
    build_billing,
    price,
)
from tests.server.application.reading_harness import Sub

READ_ON = date(2026, 9, 28)


@pytest.fixture
def billing(database_url: str) -> Billing:
    b = build_billing(database_url)
    b.tariff()
    return b


@pytest.fixture
def derived(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The subscriptions whose consumption is read and derived, call after call."""
    seen: list[str] = []
    real = bill_computation.consumptions_for_billing

    def spy(uow, subscriptions, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.extend(s.subscription_id for s in subscriptions)
        return real(uow, subscriptions, *args, **kwargs)

    monkeypatch.setattr(bill_computation, "consumptions_for_billing", spy)
    return seen


def simulate(billing: Billing, count: int = 3) -> tuple[str, list[Sub]]:
    """`count` subscriptions read 100 kWh over their installation index, simulated."""
    r = billing.readings
    round_id = r.round()
    subs = [r.subscription(round_id) for _ in range(count)]
    for sub in subs:
        billing.reading(sub, READ_ON, 200)
    agent = billing.principal()
    run_id = billing.runs.create_run(
        agent,
        new_id(),
        batch_id=billing.batch(agent),
        period_label="2026-09",
        period_start=PERIOD[0],
        period_end=PERIOD[1],
        bill_date=BILL_DATE,
    ).run_id
    billing.work()
    items = billing.items(run_id)
    assert {i.outcome for i in items.values()} == {"ready"}
    assert all(i.period_start == PERIOD[0] and i.inputs_version is not None for i in items.values())
    return run_id, subs


def finalize(billing: Billing, run_id: str) -> None:
    agent = billing.principal()
    version = billing.runs.get_run(agent, run_id).version
    billing.runs.finalize(agent, new_id(), run_id, version)
    billing.work()
    assert billing.runs.get_run(agent, run_id).status == "finalized"


def inputs_version(billing: Billing, sub: Sub) -> int:
    with billing.uow(read_only=True) as uow:
        value = uow.session.scalar(
            select(SubscriptionRow.billing_inputs_version).where(
                SubscriptionRow.id == sub.subscription_id
            )
        )
    assert value is not None
    return int(value)


def test_nothing_changed_nothing_is_read_again(billing: Billing, derived: list[str]) -> None:
    run_id, subs = simulate(billing)
    before = [inputs_version(billing, s) for s in subs]
    derived.clear()
    finalize(billing, run_id)
    assert derived == []  # every consumption kept from the simulation
    bills = billing.bills(run_id)
    assert sorted(b.subscription_id for b in bills) == sorted(s.subscription_id for s in subs)
    assert all((b.consumption, b.index_from, b.index_to) == (100, 100, 200) for b in bills)
    assert all(b.amount_minor == price(100) and b.period_start == PERIOD[0] for b in bills)
    assert {b.reading_id for b in bills} != {None}
    # a run's own bills do not raise the counter (the overlap check guards them)
    assert [inputs_version(billing, s) for s in subs] == before


def new_reading(billing: Billing, sub: Sub) -> None:
    billing.reading(sub, date(2026, 9, 29), 260)


def reading_sent_back_to_check(billing: Billing, sub: Sub) -> None:
    with billing.uow() as uow:
        uow.session.execute(
            update(MeterReadingRow)
            .where(MeterReadingRow.subscription_id == sub.subscription_id)
            .values(status="to_check", case_codes="TOO_HIGH")
        )


def reading_deleted(billing: Billing, sub: Sub) -> None:
    with billing.uow() as uow:
        uow.session.execute(
            delete(MeterReadingRow).where(MeterReadingRow.subscription_id == sub.subscription_id)
        )


def subscription_suspended(billing: Billing, sub: Sub) -> None:
    with billing.uow() as uow:
        uow.session.execute(
            update(SubscriptionRow)
            .where(SubscriptionRow.id == sub.subscription_id)
            .values(suspended_on=date(2026, 10, 2))
        )


def earlier_bill_credited(billing: Billing, sub: Sub) -> None:
    billing.readings.bill(sub, date(2026, 8, 1), date(2026, 8, 31), 150, credited=True)


def meter_multiplier(billing: Billing, sub: Sub) -> None:
    with billing.uow() as uow:
        uow.session.execute(
            update(MeterRow).where(MeterRow.id == sub.meter_id).values(multiplier="2")
        )


def installation_index(billing: Billing, sub: Sub) -> None:
    with billing.uow() as uow:
        uow.session.execute(
            update(MeterInstallationRow)
            .where(MeterInstallationRow.subscription_id == sub.subscription_id)
            .values(installation_indexes="single=00150")
        )


def meter_register_added(billing: Billing, sub: Sub) -> None:
    with billing.uow() as uow:
        uow.session.add(
            MeterRegisterRow(id=new_id(), meter_id=sub.meter_id, code="reactive", unit="kvarh")
        )


# (change, what the finalization makes of the changed subscription)
CHANGES: dict[str, tuple[Callable[[Billing, Sub], None], str]] = {
    "a reading entered": (new_reading, "CHANGED_SINCE_SIMULATION"),
    "the reading sent back to check": (reading_sent_back_to_check, "READING_TO_CHECK"),
    # estimated now (the category's average): another amount
    "the reading deleted": (reading_deleted, "CHANGED_SINCE_SIMULATION"),
    "the subscription's dates": (subscription_suspended, "billed"),
    "a bill and its credit note outside the run": (earlier_bill_credited, "billed"),
    "the meter's multiplier": (meter_multiplier, "CHANGED_SINCE_SIMULATION"),
    "the installation index": (installation_index, "CHANGED_SINCE_SIMULATION"),
    "a register of the meter": (meter_register_added, "billed"),
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_a_change_after_the_simulation_is_derived_again(
    billing: Billing, derived: list[str], change: str
) -> None:
    run_id, subs = simulate(billing)
    changed = subs[1]
    before = inputs_version(billing, changed)
    make_change, expected = CHANGES[change]
    make_change(billing, changed)
    assert inputs_version(billing, changed) > before  # the trigger saw it
    derived.clear()
    finalize(billing, run_id)
    assert derived == [changed.subscription_id]  # the others were kept
    items = billing.items(run_id)
    billed = {b.subscription_id: b for b in billing.bills(run_id)}
    for sub in (subs[0], subs[2]):
        assert billed[sub.subscription_id].amount_minor == price(100)
    if expected == "billed":
        assert billed[changed.subscription_id].amount_minor == price(100)
    else:
        item = items[changed.subscription_id]
        assert (item.outcome, item.cause) == ("not_billed", expected)
        assert changed.subscription_id not in billed


def test_a_consumption_parameter_changed_derives_every_item_again(
    billing: Billing, derived: list[str]
) -> None:
    run_id, subs = simulate(billing)
    billing.readings.set_parameter("readings.max_consecutive_estimates", "5")
    derived.clear()
    finalize(billing, run_id)
    assert sorted(derived) == sorted(s.subscription_id for s in subs)
    assert len(billing.bills(run_id)) == 3


def test_a_recomputed_item_keeps_its_new_consumption(billing: Billing, derived: list[str]) -> None:
    run_id, subs = simulate(billing)
    new_reading(billing, subs[0])
    agent = billing.principal()
    item = billing.runs.recompute_item(agent, new_id(), run_id, subs[0].subscription_id)
    assert item.consumption == 160
    derived.clear()
    finalize(billing, run_id)
    assert derived == []  # the recomputation kept the new consumption and the new counter
    billed = {b.subscription_id: b for b in billing.bills(run_id)}
    assert billed[subs[0].subscription_id].consumption == 160
    assert billed[subs[0].subscription_id].amount_minor == price(160)


def test_an_item_recomputed_to_not_billed_keeps_no_consumption(billing: Billing) -> None:
    """A recomputation that finds the subscription no longer billable clears all nine kept
    columns (none of the simulation's indexes or reading stays behind on the item)."""
    run_id, subs = simulate(billing)
    reading_sent_back_to_check(billing, subs[0])
    agent = billing.principal()
    item = billing.runs.recompute_item(agent, new_id(), run_id, subs[0].subscription_id)
    assert (item.outcome, item.cause) == ("not_billed", "READING_TO_CHECK")
    kept = billing.items(run_id)[subs[0].subscription_id]
    assert (kept.period_start, kept.period_end, kept.index_from, kept.index_to) == (None,) * 4
    assert (kept.reading_id, kept.estimate_method, kept.consecutive_estimates) == (None, "", 0)
    assert (kept.inputs_version, kept.inputs_fingerprint) == (None, "")
    finalize(billing, run_id)
    assert sorted(b.subscription_id for b in billing.bills(run_id)) == sorted(
        s.subscription_id for s in subs[1:]
    )


@pytest.mark.parametrize("run_kind", ["individual", "final"])
def test_a_bill_issued_outside_a_mass_run_is_derived_again(
    billing: Billing, derived: list[str], run_kind: str
) -> None:
    """An individual or final bill (a correction's bills are written the same way, with an
    "individual" run) issued by BillWriter between the two phases: its index is the new
    start, so the kept consumption would bill units twice."""
    run_id, subs = simulate(billing)
    changed = subs[1]
    before = inputs_version(billing, changed)
    august = (date(2026, 8, 1), date(2026, 8, 31))
    line = ComputedLine(
        "ENERGY.1", "energy", "Energie", Decimal(50), "kWh", Decimal(20), 1000, new_id(), 1,
        "bloc 1", "REVENUE:ELECTRICITY:ENERGY",
    )  # fmt: skip
    with billing.uow() as uow:
        single = new_id()
        uow.bill_runs.add_single_run(
            run_id=single, kind=run_kind, agency_id=changed.agency_id, period_label="2026-08",
            period_start=august[0], period_end=august[1], bill_date=august[1],
            due_date=BILL_DATE, currency_code="XOF",
            created_by=billing.principal().user_id, now=billing.clock.now(),
        )  # fmt: skip
        billing.writer.issue(
            uow,
            [
                BillToIssue(
                    subscription_id=changed.subscription_id, account_id=changed.account_id,
                    agency_id=changed.agency_id, service="electricity", kind=INVOICE,
                    period_label="2026-08", period_start=august[0], period_end=august[1],
                    bill_date=august[1], due_date=BILL_DATE, currency="XOF", reading_id=None,
                    index_from=100, index_to=150, consumption=50, estimated=False,
                    lines=(line,), total_minor=1000,
                )
            ],
            bill_run_id=single,
            now=billing.clock.now(),
        )  # fmt: skip
    assert inputs_version(billing, changed) > before
    derived.clear()
    finalize(billing, run_id)
    assert derived == [changed.subscription_id]
    item = billing.items(run_id)[changed.subscription_id]
    # September now starts from August's 150: 50 kWh, not the 100 simulated
    assert (item.outcome, item.cause) == ("not_billed", "CHANGED_SINCE_SIMULATION")
    assert "simulated" in item.note
