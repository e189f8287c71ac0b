"""BENCHMARK FIXTURE of the payments benchmark (issue 4): the counters of a cash desk on a
fresh, migrated database.

Each simulated counter is real: its own workstation (may_collect_cash, registered in its
agency, enrolled later by the client with its own key), its own cashier user (profile
`cashier`, scope = the counter's agency) and a pool of accounts with open bills that only
this counter collects (a customer stands at one counter). Customers, accounts and bills are
bulk-inserted rows (SQLAlchemy Core executemany): the benchmark measures payments, not the
customer base. With `open_sessions` the counters' cash sessions are inserted here as
rows (the counter opens them through OpenCashSession otherwise).

The plan (what each client needs: enrollment code, login, accounts and their bills' open
amounts, oldest due first) is returned as a JSON-able dict.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import insert

from iwebs_server.application.clock import new_id
from iwebs_server.application.reference_seed import seed_reference_data
from iwebs_server.application.user_accounts import new_user_row
from iwebs_server.composition import Application
from iwebs_server.domain.principal import system_principal
from iwebs_server.persistence.tables.administration import AgencyRow
from iwebs_server.persistence.tables.cash_desk import CashMovementRow, CashSessionRow
from iwebs_server.persistence.tables.customer_base import (
    BillRow,
    CustomerAccountRow,
    CustomerRow,
)

PASSWORD = "Bench-Cashier-2026"
CURRENCY = "XOF"
OPENING_FLOAT = 50_000
CHUNK = 5_000


@dataclass(frozen=True)
class FixtureShape:
    counters: int
    agencies: int
    accounts_per_counter: int
    bills_per_account: int
    open_sessions: bool
    seed: int = 4


def build(app: Application, shape: FixtureShape) -> dict[str, Any]:
    """Bootstraps the database and writes the counters; returns the clients' plan."""
    now = app.clock.now()
    admin = app.services.bootstrap.initialize(
        head_office_code="HQ", head_office_name="Head office", admin_login="admin", admin_name="A"
    )
    password_hash = app.hasher.hash(PASSWORD)
    with app.uow_factory() as uow:
        seed_reference_data(uow, app.clock)
        agencies = []
        for index in range(shape.agencies):
            row = AgencyRow(
                id=new_id(),
                code=f"AG{index + 1:02d}",
                name=f"Agence {index + 1}",
                region="",
                active=True,
                version=1,
                created_at=now,
            )
            uow.agencies.add(row)
            agencies.append((row.id, row.code))
        cashier = uow.profiles.by_code("cashier")
        assert cashier is not None
        counters: list[dict[str, Any]] = []
        for index in range(shape.counters):
            agency_id, agency_code = agencies[index % shape.agencies]
            user = new_user_row(
                login=f"cashier{index:03d}",
                display_name=f"Caissier {index}",
                profile_id=cashier.id,
                all_agencies=False,
                password_hash=password_hash,
                now=now,
                one_time_password_expires_at=None,
            )
            uow.users.add(user, [agency_id])
            counters.append(
                {
                    "index": index,
                    "login": user.login,
                    "user_id": user.id,
                    "agency_id": agency_id,
                    "agency_code": agency_code,
                }
            )
    principal = system_principal("bench")
    for counter in counters:
        view = app.services.workstations.register(
            principal,
            str(uuid.uuid4()),
            f"CAISSE-{counter['index']:03d}",
            counter["agency_id"],
            "agency_counter",
            True,
        )
        counter["code"] = view.code
        counter["workstation_id"] = view.workstation.workstation_id
    _write_accounts(app, shape, counters)
    if shape.open_sessions:
        _open_sessions(app, counters)
    del admin
    return {"password": PASSWORD, "currency": CURRENCY, "counters": counters}


def _write_accounts(app: Application, shape: FixtureShape, counters: list[dict[str, Any]]) -> None:
    """Customers, accounts and open bills, `accounts_per_counter` per counter."""
    rng = random.Random(shape.seed)
    now = app.clock.now()
    today = now.date()
    customers: list[dict[str, Any]] = []
    accounts: list[dict[str, Any]] = []
    bills: list[dict[str, Any]] = []
    serial = 0
    for counter in counters:
        pool: list[list[Any]] = []
        for _ in range(shape.accounts_per_counter):
            serial += 1
            customer_id, account_id = new_id(), new_id()
            name = f"CLIENT {serial:07d}"
            customers.append(
                {
                    "id": customer_id,
                    "customer_number": f"C{serial:09d}",
                    "agency_id": counter["agency_id"],
                    "kind": "person",
                    "family_name": name,
                    "display_name": name,
                    "search_name": name.lower(),
                    "category_code": "DOM",
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            accounts.append(
                {
                    "id": account_id,
                    "account_number": f"A{serial:09d}",
                    "customer_id": customer_id,
                    "agency_id": counter["agency_id"],
                    "currency_code": CURRENCY,
                    "status": "active",
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            amounts = []
            for month in range(shape.bills_per_account, 0, -1):
                amount = rng.randrange(3_000, 60_000, 5)
                issue = _months_before(today, month + 1)
                bills.append(
                    {
                        "id": new_id(),
                        "bill_number": f"F{serial:09d}{month:02d}",
                        "origin": "legacy",
                        "account_id": account_id,
                        "agency_id": counter["agency_id"],
                        "period_label": issue.strftime("%Y-%m"),
                        "issue_date": issue,
                        "due_date": issue + timedelta(days=15),
                        "currency_code": CURRENCY,
                        "amount_minor": amount,
                        "created_at": now,
                    }
                )
                amounts.append(amount)
            pool.append([account_id, amounts])
        counter["accounts"] = pool
    with app.uow_factory() as uow:
        connection = uow.session.connection()
        for table, rows in (
            (CustomerRow, customers),
            (CustomerAccountRow, accounts),
            (BillRow, bills),
        ):
            for start in range(0, len(rows), CHUNK):
                connection.execute(insert(table), rows[start : start + CHUNK])


def _open_sessions(app: Application, counters: list[dict[str, Any]]) -> None:
    """Each counter's open session for today with its opening float (CSH-8, CSH-9)."""
    now = app.clock.now()
    with app.uow_factory() as uow:
        for counter in counters:
            session_id = new_id()
            uow.session.add(
                CashSessionRow(
                    id=session_id,
                    agency_id=counter["agency_id"],
                    workstation_id=counter["workstation_id"],
                    cashier_user_id=counter["user_id"],
                    business_date=now.date(),
                    currency_code=CURRENCY,
                    opening_float_minor=OPENING_FLOAT,
                    is_head_cashier=False,
                    status="open",
                    opened_at=now,
                    closed_at=None,
                )
            )
            uow.session.flush()
            uow.session.add(
                CashMovementRow(
                    id=new_id(),
                    cash_session_id=session_id,
                    kind="opening_float",
                    mode_kind="cash",
                    currency_code=CURRENCY,
                    amount_minor=OPENING_FLOAT,
                    created_by=counter["user_id"],
                    workstation_id=counter["workstation_id"],
                    created_at=now,
                )
            )
            counter["cash_session_id"] = session_id


def _months_before(day: date, months: int) -> date:
    month_index = day.year * 12 + day.month - 1 - months
    return date(month_index // 12, month_index % 12 + 1, 1)
