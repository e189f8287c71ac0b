"""The demo's cash desk (issue 4): yesterday's payments, exact closings and the closed day
at Dakar Plateau, today's open till of caissier2 with a cancellation waiting for approval,
all through the use cases, so that `iwebs cash verify` finds nothing wrong (CASH-08) and the
deposits page has what earlier days left (CSH-11). Fatou (caissier) has no session today: she
opens hers at the demo machine."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import select

from iwebs_server.application.audit_trail import AuditTrail
from iwebs_server.application.bank_deposits import BankDepositService
from iwebs_server.application.bootstrap import Bootstrap
from iwebs_server.application.cash_verifier import CashVerifier
from iwebs_server.application.clock import SystemClock
from iwebs_server.application.demo_cash import DemoCash
from iwebs_server.application.demo_seed import DemoSeeder
from iwebs_server.application.idempotency import Idempotency
from iwebs_server.persistence.database import make_engine
from iwebs_server.persistence.tables.audit import ApprovalRequestRow
from iwebs_server.persistence.tables.cash_desk import CashClosureRow, CashSessionRow, ReceiptRow
from iwebs_server.persistence.unit_of_work import UnitOfWorkFactory
from tests.factories.live_server import test_hasher as make_hasher


@pytest.fixture
def uow_factory(database_url: str) -> Iterator[UnitOfWorkFactory]:
    engine = make_engine(database_url)
    yield UnitOfWorkFactory(engine)
    engine.dispose()


def test_demo_has_a_closed_yesterday_and_an_open_till_today(uow_factory) -> None:
    clock, audit = SystemClock(), AuditTrail(SystemClock())
    Bootstrap(uow_factory, clock, make_hasher(), audit).initialize(
        head_office_code="SIEGE", head_office_name="Siège", admin_login="root.admin",
        admin_name="Root",
    )  # fmt: skip
    seeder = DemoSeeder(uow_factory, clock, make_hasher(), audit)
    seeder.seed()
    dkr = seeder.agency_id("DKR-PLATEAU")
    today = clock.now().date()
    with uow_factory(read_only=True) as uow:
        sessions = list(uow.session.scalars(select(CashSessionRow)))
        receipts = list(uow.session.scalars(select(ReceiptRow).order_by(ReceiptRow.number)))
        closures = list(uow.session.scalars(select(CashClosureRow)))
        pending = list(uow.session.scalars(select(ApprovalRequestRow)))
        logins = {s.id: uow.users.get(s.cashier_user_id).login for s in sessions}  # type: ignore[union-attr]
    yesterday = [s for s in sessions if s.business_date == today - timedelta(days=1)]
    assert sorted(logins[s.id] for s in yesterday) == ["caissier", "caissier2"]
    assert all(s.status == "closed" for s in yesterday)
    open_today = [s for s in sessions if s.business_date == today]
    assert [(logins[s.id], s.status) for s in open_today] == [("caissier2", "open")]
    assert [r.number for r in receipts] == list(range(1, 8))  # CASH-02, one series
    day = [c for c in closures if c.level == "day"]
    assert len(day) == 1 and day[0].receipt_count == 5
    assert day[0].period_total_minor == 38_100
    assert all(c.difference_minor == 0 for c in closures)
    assert CashVerifier(uow_factory).verify("DKR-PLATEAU").ok  # CASH-08
    # today's second payment waits for the supervisor's approval of its cancellation
    assert [(a.kind, a.status) for a in pending] == [("cash.receipt_cancellation", "pending")]

    supervisor = DemoCash(uow_factory, clock, audit)._principal("superviseur", "")
    deposits = BankDepositService(uow_factory, clock, audit, Idempotency(clock, uow_factory))
    position = deposits.get_position(supervisor, dkr)
    assert position.cash_not_deposited_earlier_minor == 27_000  # 10 000 + 5 000 + 12 000
    assert position.cheques_not_deposited_earlier_minor == 7_500
    assert DemoCash(uow_factory, clock, audit).seed(dkr) == 0  # once
