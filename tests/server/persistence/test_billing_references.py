"""What stands in for the foreign keys that revision 0006 drops on PostgreSQL (bills,
bill_lines, ledger_entries and bill_run_items; docs/billing.md "Foreign keys"): an account
or agency that bills reference cannot be deleted, on either database (PostgreSQL: a
trigger, ON DELETE RESTRICT without the check at each insert; SQLite: the keys, kept
there), and one that nothing references can. FAC-1, FAC-6, CASH-01."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from iwebs_server.composition import Application
from tests.factories.cash_desk import add_account, add_bill, agency_id, cash_application
from tests.factories.clock import ManualClock

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def app(database_url: str, tmp_path: Path) -> Iterator[Application]:
    application = cash_application(database_url, tmp_path, ManualClock(NOW))
    yield application
    application.close()


def _count(app: Application, table: str, row_id: str) -> int:
    with app.engine.connect() as connection:
        return int(
            connection.execute(
                text(f"SELECT count(*) FROM {table} WHERE id = :id"), {"id": row_id}
            ).scalar_one()
        )


def _delete(app: Application, table: str, row_id: str) -> None:
    with app.engine.begin() as connection:
        connection.execute(text(f"DELETE FROM {table} WHERE id = :id"), {"id": row_id})


@pytest.mark.parametrize("table", ["customer_accounts", "agencies"])
def test_a_billed_account_and_its_agency_cannot_be_deleted(app: Application, table: str) -> None:
    account = add_account(app, agency_id(app, "DKR"))
    add_bill(app, account, 12_500, NOW.date())
    row_id = account if table == "customer_accounts" else agency_id(app, "DKR")
    with pytest.raises(DBAPIError):
        _delete(app, table, row_id)
    assert _count(app, table, row_id) == 1


def test_an_account_without_bills_can_still_be_deleted(app: Application) -> None:
    account = add_account(app, agency_id(app, "DKR"))
    _delete(app, "customer_accounts", account)
    assert _count(app, "customer_accounts", account) == 0


def test_postgresql_keeps_no_key_on_the_facts_and_never_truncates_their_parents(
    app: Application, backend: str
) -> None:
    if backend != "postgresql":
        pytest.skip("the keys stay on SQLite")
    for table in ("agencies", "customer_accounts", "subscriptions", "bill_runs"):
        with pytest.raises(DBAPIError, match="never truncated"), app.engine.begin() as connection:
            connection.execute(text(f"TRUNCATE {table} CASCADE"))
    with app.engine.connect() as connection:
        keys = connection.execute(
            text(
                "SELECT conname FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text"
                " IN ('bills', 'bill_lines', 'ledger_entries', 'bill_run_items')"
            )
        ).all()
    assert keys == []
