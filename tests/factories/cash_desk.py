"""The cash desk for tests: reference data, accounts with bills, cash sessions, and a
counter (a cashier signed in on a cash-collecting workstation, her session open) that pays
through the real gRPC server.

`open_cash_session` inserts the session row directly (no float movement): for tests of
other areas that need an open till without the sessions' use case."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from iwebs.v1 import cash_pb2, common_pb2
from iwebs.v1 import cash_session_service_pb2 as css
from iwebs.v1 import cash_session_service_pb2_grpc as css_grpc
from iwebs.v1 import payment_service_pb2 as ps
from iwebs.v1 import payment_service_pb2_grpc as ps_grpc
from iwebs_server.application.clock import new_id
from iwebs_server.application.reference_seed import seed_reference_data
from iwebs_server.application.user_accounts import new_user_row
from iwebs_server.composition import Application, build_application
from iwebs_server.domain.principal import AgencyScope, Principal
from iwebs_server.persistence.repositories.customer_base_repository import _open_amount
from iwebs_server.persistence.tables.administration import AgencyRow, WorkstationRow
from iwebs_server.persistence.tables.cash_desk import CashSessionRow
from iwebs_server.persistence.tables.customer_base import BillRow, CustomerAccountRow, CustomerRow
from iwebs_server.persistence.unit_of_work import UnitOfWork
from tests.factories.clock import ManualClock
from tests.factories.grpc_client import Client
from tests.factories.live_server import AGENCIES, LiveServer, make_settings, test_hasher

CASHIER_PASSWORD = "Cashier-Password-42"


def seed_cash_reference(app: Application) -> None:
    """The standard reference lists (PAYMENT_MODE, BANK, MISC_FEE, CASH_DENOMINATION...)."""
    with app.uow_factory() as uow:
        seed_reference_data(uow, app.clock)


def open_cash_session(
    app: Application,
    *,
    user_id: str,
    workstation_id: str,
    agency_id: str,
    business_date: date | None = None,
    currency_code: str = "XOF",
    opening_float_minor: int = 0,
    head_cashier: bool = False,
) -> str:
    """An open cash session row (business day: today UTC unless given)."""
    session_id = new_id()
    now = app.clock.now()
    with app.uow_factory() as uow:
        uow.session.add(
            CashSessionRow(
                id=session_id,
                agency_id=agency_id,
                workstation_id=workstation_id,
                cashier_user_id=user_id,
                business_date=business_date or now.date(),
                currency_code=currency_code,
                opening_float_minor=opening_float_minor,
                is_head_cashier=head_cashier,
                status="open",
                opened_at=now,
            )
        )
    return session_id


# -- the use cases without the transport ---------------------------------------------------
def cash_application(database_url: str, data_dir: Path, clock: ManualClock) -> Application:
    """The application (no server) on a migrated database: agencies DKR and THS, the
    standard profiles and reference lists."""
    app = build_application(
        make_settings(data_dir, database_url), clock=clock, hasher=test_hasher()
    )
    app.services.bootstrap.initialize(
        head_office_code=AGENCIES[0][0],
        head_office_name=AGENCIES[0][1],
        admin_login="admin",
        admin_name="Test Administrator",
    )
    with app.uow_factory() as uow:
        for code, name in AGENCIES[1:]:
            uow.agencies.add(
                AgencyRow(
                    id=new_id(), code=code, name=name, region="", active=True, version=1,
                    created_at=clock.now(),
                )
            )  # fmt: skip
        seed_reference_data(uow, clock)
    return app


def agency_id(app: Application, code: str) -> str:
    with app.uow_factory(read_only=True) as uow:
        row = uow.agencies.by_code(code)
        assert row is not None
        return row.id


def insert_user(
    uow: UnitOfWork, now: datetime, login: str, profile: str, agency_ids: Sequence[str]
) -> str:
    """A user of a standard profile with a placeholder password, in the caller's
    transaction (the use-case harnesses and the live-server factories both use it)."""
    row = uow.profiles.by_code(profile)
    assert row is not None
    user = new_user_row(
        login=login,
        display_name=login.title(),
        profile_id=row.id,
        all_agencies=False,
        password_hash="x",
        now=now,
        one_time_password_expires_at=None,
    )
    uow.users.add(user, list(agency_ids))
    return user.id


def add_user(
    app: Application, login: str, profile: str = "cashier", agencies: Sequence[str] = ("DKR",)
) -> str:
    with app.uow_factory() as uow:
        ids = []
        for code in agencies:
            agency = uow.agencies.by_code(code)
            assert agency is not None
            ids.append(agency.id)
        return insert_user(uow, app.clock.now(), login, profile, ids)


def add_workstation(app: Application, agency: str, *, may_collect_cash: bool = True) -> str:
    with app.uow_factory() as uow:
        found = uow.agencies.by_code(agency)
        assert found is not None
        row = WorkstationRow(
            id=new_id(), name=f"WS-{new_id()[:8]}", agency_id=found.id, kind="agency_counter",
            may_collect_cash=may_collect_cash, status="active", revocation_reason="",
            enrollment_failed_attempts=0, version=1, created_at=app.clock.now(),
        )  # fmt: skip
        uow.session.add(row)
        return row.id


def principal_of(app: Application, user_id: str, workstation_id: str) -> Principal:
    """Who calls: her profile's rights and her agencies, as the session check reads them."""
    with app.uow_factory(read_only=True) as uow:
        user = uow.users.get(user_id)
        assert user is not None
        return Principal(
            user_id=user_id,
            login=user.login,
            session_id="",
            workstation_id=workstation_id,
            rights=frozenset(uow.profiles.rights_of(user.profile_id)),
            scope=AgencyScope(frozenset(uow.users.agency_ids(user_id)), user.all_agencies),
        )


def add_account(app: Application, agency_id: str, *, currency_code: str = "XOF") -> str:
    """A customer (Awa Ndiaye) with one account, as rows."""
    now, tag = app.clock.now(), uuid.uuid4().hex[:9].upper()
    with app.uow_factory() as uow:
        customer = CustomerRow(
            id=new_id(), customer_number=f"C{tag}", agency_id=agency_id, kind="person",
            family_name="Ndiaye", given_names="Awa", display_name="Awa Ndiaye",
            search_name="ndiaye awa", category_code="DOM", version=1, created_at=now,
            updated_at=now,
        )  # fmt: skip
        uow.session.add(customer)
        uow.session.flush()
        account = CustomerAccountRow(
            id=new_id(), account_number=f"A{tag}", customer_id=customer.id, agency_id=agency_id,
            currency_code=currency_code, status="active", version=1, created_at=now,
            updated_at=now,
        )  # fmt: skip
        uow.session.add(account)
        return account.id


def add_bill(
    app: Application,
    account_id: str,
    amount_minor: int,
    due: date,
    *,
    number: str = "",
    issued: date | None = None,
    period: str = "",
) -> str:
    """A legacy open bill of the account (bills are only ever inserted)."""
    bill_id = new_id()
    with app.uow_factory() as uow:
        account = uow.session.get(CustomerAccountRow, account_id)
        assert account is not None
        uow.session.add(
            BillRow(
                id=bill_id,
                bill_number=number or f"F{uuid.uuid4().hex[:10].upper()}",
                origin="legacy",
                account_id=account_id,
                subscription_id=None,
                agency_id=account.agency_id,
                period_label=period or due.strftime("%Y-%m"),
                issue_date=issued or due - timedelta(days=15),
                due_date=due,
                currency_code=account.currency_code,
                amount_minor=amount_minor,
                created_at=app.clock.now(),
            )
        )
    return bill_id


def open_amounts(app: Application, bill_ids: Sequence[str]) -> dict[str, int]:
    """What is open on each bill now (the repositories' one expression)."""
    with app.uow_factory(read_only=True) as uow:
        rows = uow.session.execute(
            select(BillRow.id, _open_amount()).where(BillRow.id.in_(list(bill_ids)))
        )
        return {bill_id: int(amount) for bill_id, amount in rows}


def money(amount: int, currency: str = "XOF") -> common_pb2.Money:
    return common_pb2.Money(currency_code=currency, amount_minor=amount)


def cash(amount: int) -> cash_pb2.Tender:
    return cash_pb2.Tender(mode_code="CASH", amount=money(amount))


def cheque(
    amount: int, on: date, *, bank: str = "CBAO", number: str = "1234567"
) -> cash_pb2.Tender:
    return cash_pb2.Tender(
        mode_code="CHEQUE",
        amount=money(amount),
        bank_code=bank,
        reference=number,
        drawer_name="Awa Ndiaye",
        cheque_date=common_pb2.Date(year=on.year, month=on.month, day=on.day),
    )


@dataclass
class Counter:
    """A cashier at her till: signed in on a cash-collecting workstation, session open."""

    server: LiveServer
    client: Client
    login: str
    user_id: str
    workstation_id: str
    agency_id: str
    cash_session_id: str
    payments: Any
    sessions: Any

    def content(
        self,
        account_id: str,
        amount: int,
        tenders: Sequence[cash_pb2.Tender] = (),
        *,
        bills: Sequence[tuple[str, int]] = (),
        fees: Sequence[tuple[str, int, str]] = (),
        payer_name: str = "",
    ) -> ps.PaymentContent:
        return ps.PaymentContent(
            cash_session_id=self.cash_session_id,
            account_id=account_id,
            payer_name=payer_name,
            amount=money(amount),
            bills=[cash_pb2.BillSelection(bill_id=b, amount=money(a)) for b, a in bills],
            fees=[cash_pb2.FeeLine(fee_code=c, amount=money(a), reference=r) for c, a, r in fees],
            tenders=list(tenders) or [cash(amount)],
        )

    def pay(
        self, account_id: str, amount: int, tenders: Sequence[cash_pb2.Tender] = (), **kw: Any
    ) -> ps.PayResponse:
        request_id = kw.pop("request_id", None) or new_id()
        return self.payments.Pay(
            ps.PayRequest(
                request_id=request_id, content=self.content(account_id, amount, tenders, **kw)
            )
        )


def open_counter(
    server: LiveServer,
    login: str,
    agency_code: str = "DKR",
    *,
    profile: str = "cashier",
    via_rpc: bool = True,
) -> Counter:
    """A new user of `profile` in the agency, a new workstation there allowed to collect
    cash, signed in, with her cash session opened (OpenCashSession unless `via_rpc` is
    False: then the row is inserted)."""
    server.create_user(login, profile, [agency_code], password=CASHIER_PASSWORD)
    workstation = server.enroll(agency_code, may_collect_cash=True)
    client = workstation.login(login, CASHIER_PASSWORD)
    with server.app.uow_factory(read_only=True) as uow:
        user = uow.users.by_login(login)
        assert user is not None
        user_id = user.id
    agency_id = server.agency_id(agency_code)
    sessions = client._stub(css_grpc.CashSessionServiceStub)
    if via_rpc:
        opened = sessions.OpenCashSession(css.OpenCashSessionRequest(request_id=new_id()))
        session_id = opened.cash_session.cash_session_id
    else:
        session_id = open_cash_session(
            server.app,
            user_id=user_id,
            workstation_id=workstation.workstation_id,
            agency_id=agency_id,
        )
    return Counter(
        server=server,
        client=client,
        login=login,
        user_id=user_id,
        workstation_id=workstation.workstation_id,
        agency_id=agency_id,
        cash_session_id=session_id,
        payments=client._stub(ps_grpc.PaymentServiceStub),
        sessions=sessions,
    )
