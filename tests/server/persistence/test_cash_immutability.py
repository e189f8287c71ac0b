"""T-CASH-4 (CASH-01): posted payments, tenders, allocations, receipts, prints and ledger
entries cannot be changed nor deleted — by SQL, through the ORM, on both databases; and on
PostgreSQL a least-privilege application role (SELECT and INSERT only) has no grant to."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from iwebs_server.application.cash_views import PaymentContentInput, TenderLine
from iwebs_server.application.clock import new_id
from iwebs_server.composition import Application
from iwebs_server.persistence.tables.cash_desk import (
    AllocationRow,
    LedgerEntryRow,
    PaymentRow,
    PaymentTenderRow,
    ReceiptPrintRow,
    ReceiptRow,
)
from tests.factories.cash_desk import (
    add_account,
    add_bill,
    add_user,
    add_workstation,
    agency_id,
    cash_application,
    open_cash_session,
    principal_of,
)
from tests.factories.clock import ManualClock

APPEND_ONLY = "append-only table"
NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
# table -> (ORM class, a column to change, a value)
FACTS = {
    "payments": (PaymentRow, "amount_minor", 1),
    "payment_tenders": (PaymentTenderRow, "amount_minor", 1),
    "allocations": (AllocationRow, "amount_minor", 1),
    "receipts": (ReceiptRow, "amount_minor", 1),
    "receipt_prints": (ReceiptPrintRow, "copy_number", 9),
    "ledger_entries": (LedgerEntryRow, "amount_minor", 1),
}


@pytest.fixture
def posted(database_url: str, tmp_path: Path) -> Iterator[Application]:
    """A payment of two bills with its receipt printed once."""
    app = cash_application(database_url, tmp_path, ManualClock(NOW))
    user = add_user(app, "awa")
    workstation = add_workstation(app, "DKR")
    dkr = agency_id(app, "DKR")
    session = open_cash_session(app, user_id=user, workstation_id=workstation, agency_id=dkr)
    account = add_account(app, dkr)
    add_bill(app, account, 3_000, NOW.date())
    add_bill(app, account, 4_000, NOW.date())
    who = principal_of(app, user, workstation)
    content = PaymentContentInput(
        cash_session_id=session, account_id=account, payer_name="", currency_code="XOF",
        amount_minor=7_000, tenders=(TenderLine("CASH", "XOF", 10_000),),
    )  # fmt: skip
    receipt = app.services.payments.pay(who, new_id(), content).receipt
    app.services.payments.print_receipt(who, new_id(), receipt.receipt_id)
    yield app
    app.close()


def _snapshot(app: Application) -> dict[str, list[tuple[object, ...]]]:
    with app.engine.connect() as connection:
        return {
            table: sorted(tuple(row) for row in connection.execute(text(f"SELECT * FROM {table}")))
            for table in FACTS
        }


@pytest.mark.parametrize("table", sorted(FACTS))
def test_sql_update_and_delete_are_refused(posted, table):
    _cls, column, value = FACTS[table]
    before = _snapshot(posted)
    assert before[table], table
    statements = [f"UPDATE {table} SET {column} = {value}", f"DELETE FROM {table}"]
    if posted.engine.dialect.name == "postgresql":
        statements.append(f"TRUNCATE {table} CASCADE")
    for statement in statements:
        with pytest.raises(DBAPIError) as caught, posted.engine.begin() as connection:
            connection.execute(text(statement))
        assert APPEND_ONLY in str(caught.value), statement
    assert _snapshot(posted) == before


@pytest.mark.parametrize("table", sorted(FACTS))
def test_orm_changes_and_deletes_are_refused(posted, table):
    cls, column, value = FACTS[table]
    before = _snapshot(posted)
    with pytest.raises(DBAPIError) as caught, posted.uow_factory() as uow:
        row = uow.session.scalars(select(cls)).first()
        setattr(row, column, value)
    assert APPEND_ONLY in str(caught.value)
    with pytest.raises(DBAPIError) as caught, posted.uow_factory() as uow:
        uow.session.delete(uow.session.scalars(select(cls)).first())
    assert APPEND_ONLY in str(caught.value)
    assert _snapshot(posted) == before


@pytest.fixture
def app_role(posted: Application, database_url: str) -> Iterator[str]:
    """A least-privilege PostgreSQL role: SELECT and INSERT on the cash facts only."""
    if posted.engine.dialect.name != "postgresql":
        pytest.skip("database roles are a PostgreSQL feature")
    role = f"iwebs_cash_{uuid.uuid4().hex[:8]}"
    admin_url = make_url(database_url).set(drivername="postgresql")
    with psycopg.connect(admin_url.render_as_string(hide_password=False), autocommit=True) as db:
        db.execute(f'CREATE ROLE "{role}" LOGIN')
        db.execute(f'GRANT SELECT, INSERT ON {", ".join(FACTS)} TO "{role}"')
    try:
        yield admin_url.set(username=role, password=None).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(
            admin_url.render_as_string(hide_password=False), autocommit=True
        ) as db:
            db.execute(f'DROP OWNED BY "{role}"')
            db.execute(f'DROP ROLE "{role}"')


@pytest.mark.parametrize("table", sorted(FACTS))
def test_the_application_role_has_no_update_or_delete_grant(posted, app_role, table):
    _cls, column, value = FACTS[table]
    with psycopg.connect(app_role, autocommit=True) as db:
        count = db.execute(f"SELECT count(*) FROM {table}").fetchone()
        assert count is not None and count[0] > 0
        for statement in (
            f"UPDATE {table} SET {column} = {value}",
            f"DELETE FROM {table}",
            f"TRUNCATE {table}",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                db.execute(statement)
