"""The demo utility's customers (issue 3 item 4: the 360-degree screen has content): made
through the use cases, so with numbers, search keys, history and the agency of each."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from iwebs_server.application.audit_trail import AuditTrail
from iwebs_server.application.bootstrap import Bootstrap
from iwebs_server.application.change_history import ChangeHistory
from iwebs_server.application.clock import SystemClock
from iwebs_server.application.customers import CustomerService
from iwebs_server.application.demo_customers import DemoCustomers
from iwebs_server.application.demo_seed import DemoSeeder
from iwebs_server.application.idempotency import Idempotency
from iwebs_server.domain.principal import system_principal
from iwebs_server.persistence.database import make_engine
from iwebs_server.persistence.tables.customer_base import CustomerRow
from iwebs_server.persistence.unit_of_work import UnitOfWorkFactory
from tests.factories.live_server import test_hasher as make_hasher


@pytest.fixture
def uow_factory(database_url: str) -> Iterator[UnitOfWorkFactory]:
    engine = make_engine(database_url)
    yield UnitOfWorkFactory(engine)
    engine.dispose()


def test_demo_customers_fill_the_360_screen(uow_factory):
    clock, audit = SystemClock(), AuditTrail(SystemClock())
    Bootstrap(uow_factory, clock, make_hasher(), audit).initialize(
        head_office_code="SIEGE",
        head_office_name="Siège",
        admin_login="root.admin",
        admin_name="Root",
    )
    DemoSeeder(uow_factory, clock, make_hasher(), audit).seed()
    customers = CustomerService(
        uow_factory, clock, audit, Idempotency(clock, uow_factory), ChangeHistory(clock)
    )
    who = system_principal("tests")
    with uow_factory(read_only=True) as uow:
        rows = list(uow.session.scalars(select(CustomerRow).order_by(CustomerRow.customer_number)))
        agencies = {a.id: a.code for a in (uow.agencies.get(r.agency_id) for r in rows) if a}
    assert len(rows) == 6
    assert {agencies[r.agency_id] for r in rows} == {"DKR-PLATEAU", "THS-CENTRE"}
    aissatou = next(r for r in rows if r.search_name == "ndiaye aissatou")
    view = customers.overview(who, aissatou.id)
    assert {s.service for s in view.subscriptions} == {"water", "electricity"}
    assert {s.status for s in view.subscriptions} == {"active"}
    assert len(view.meters) == 2 and len(view.seals) == 3
    assert [b.bill_number for b in view.open_bills][:1] == ["F-DKR-2026-0912"]
    assert view.balances[0].overdue_minor == 18_450 + 21_300
    premise = view.premises[0]
    assert premise.address_line == "Villa 132, Sicap Liberté 2"
    assert premise.latitude_e6 and premise.network_address.substation is not None
    assert premise.network_address.water_sector is not None
    history = customers.list_changes(who, aissatou.id, "premise", "", 50, "").items
    correction = [c for c in history if c.action == "correct"]
    assert [(c.field, c.reason) for c in correction] == [("address_line", "n° de villa mal saisi")]
    ministry = next(r for r in rows if r.kind == "organisation" and "sante" in r.search_name)
    ministry_view = customers.overview(who, ministry.id)
    group = next(a for a in ministry_view.accounts if a.is_group)
    members = customers.list_members(who, group.account_id, 10, "").items
    assert len(members) == 2 and all(m.group_account_id == group.account_id for m in members)
    statuses = {s.status for r in rows for s in customers.overview(who, r.id).subscriptions}
    assert statuses == {"requested", "active", "suspended", "terminated"}
    # a second run adds nothing
    assert DemoCustomers(uow_factory, clock, audit).seed({}) == 0
    with uow_factory(read_only=True) as uow:
        assert uow.session.scalar(select(func.count()).select_from(CustomerRow)) == 6
