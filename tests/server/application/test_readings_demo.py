"""The demo's readings (FAC-3, FAC-4): history and a current reading for each metered
conventional subscription, a few cases in the worklist, and a bill run of last month or
of this month finds a reading for the demo subscriptions."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from iwebs_server.application.audit_trail import AuditTrail
from iwebs_server.application.billing_consumption import (
    Consumption,
    SubscriptionToBill,
    consumptions_for_billing,
)
from iwebs_server.application.bootstrap import Bootstrap
from iwebs_server.application.clock import SystemClock
from iwebs_server.application.demo_readings import DemoReadings
from iwebs_server.application.demo_seed import DemoSeeder
from iwebs_server.persistence.database import make_engine
from iwebs_server.persistence.tables.billing import MeterReadingRow
from iwebs_server.persistence.tables.customer_base import SubscriptionRow
from iwebs_server.persistence.unit_of_work import UnitOfWorkFactory
from tests.factories.live_server import test_hasher as make_hasher


@pytest.fixture
def uow_factory(database_url: str) -> Iterator[UnitOfWorkFactory]:
    engine = make_engine(database_url)
    yield UnitOfWorkFactory(engine)
    engine.dispose()


def test_demo_readings_feed_the_worklist_and_a_bill_run(uow_factory: UnitOfWorkFactory) -> None:
    clock, audit = SystemClock(), AuditTrail(SystemClock())
    Bootstrap(uow_factory, clock, make_hasher(), audit).initialize(
        head_office_code="SIEGE", head_office_name="Siège", admin_login="root", admin_name="R"
    )
    DemoSeeder(uow_factory, clock, make_hasher(), audit).seed()
    added = DemoReadings(uow_factory, clock, audit).seed()
    assert added > 20
    assert DemoReadings(uow_factory, clock, audit).seed() == 0  # once
    today = clock.now().date()
    with uow_factory(read_only=True) as uow:
        rows = list(uow.session.scalars(select(MeterReadingRow)))
        subs = list(
            uow.session.scalars(
                select(SubscriptionRow).where(SubscriptionRow.status.in_(("active", "suspended")))
            )
        )
    assert len(rows) == added
    day = max(today - timedelta(days=2), today.replace(day=1))
    current = [r for r in rows if r.reading_date == day]
    assert {r.status for r in current} == {"validated", "to_check"}
    assert all(r.status == "validated" for r in rows if r.reading_date < day)
    # a bill run of last month, and one of this month, find the readings
    first_of_month = today.replace(day=1)
    last_month = (first_of_month - timedelta(days=1)).replace(day=1)
    billable = [
        SubscriptionToBill(
            s.id,
            s.account_id,
            s.agency_id,
            s.service,
            s.status,
            s.tariff_category_code,
            s.product_code,
            s.subscribed_power_va,
            s.activated_on,
            s.suspended_on,
            s.terminated_on,
        )
        for s in subs
    ]
    not_billed = {"PREPAID", "TIME_OF_USE_METER"}
    for start, end, wanted, more in (
        (last_month, first_of_month - timedelta(days=1), 4, set()),
        # this month's readings include the ones in the worklist
        (first_of_month, _month_end(first_of_month), 3, {"READING_TO_CHECK"}),
    ):
        with uow_factory(read_only=True) as uow:
            found = consumptions_for_billing(uow, billable, start, end)
        read = [v for v in found.values() if isinstance(v, Consumption) and v.reading_id]
        # the prepaid one is not billed by consumption; the bakery's peak / off-peak
        # meter has no single register (docs/readings.md)
        assert len(read) >= wanted, found
        causes = {v.cause for v in found.values() if not isinstance(v, Consumption)}
        assert causes <= not_billed | more, found


def _month_end(first: date) -> date:
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
