"""`iwebs demo-data --subscribers N` end to end on SQLite and PostgreSQL (issue 3 item 6):
the generated files pass the legacy import (docs/legacy-import.md), the database holds
the customers with their accents, GPS inside the country, and a second run adds nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from iwebs_server.application.demo_data.countries import SENEGAL
from iwebs_server.cli import admin_cli
from iwebs_server.domain.account_numbers import is_valid_account_number
from iwebs_server.persistence.database import make_engine
from iwebs_server.persistence.tables.customer_base import (
    BillRow,
    CustomerAccountRow,
    CustomerPhoneRow,
    CustomerRow,
    MeterRow,
    MeterSealRow,
    PremiseRow,
    SubscriptionRow,
)
from iwebs_server.persistence.tables.legacy_import import ImportBatchRow

N = 200
AS_OF = date(2026, 11, 1)


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


def run_demo_data(database_url: str, out: Path, seed: int = 42) -> int:
    return admin_cli.main(
        [
            "demo-data",
            "--subscribers",
            str(N),
            "--seed",
            str(seed),
            "--as-of",
            AS_OF.isoformat(),
            "--out",
            str(out),
            "--database-url",
            database_url,
        ]
    )


def counts(engine: Engine) -> dict[str, int]:
    tables = (
        CustomerRow,
        CustomerPhoneRow,
        CustomerAccountRow,
        PremiseRow,
        SubscriptionRow,
        MeterRow,
        MeterSealRow,
        BillRow,
    )
    with engine.connect() as c:
        return {
            t.__tablename__: c.execute(select(func.count()).select_from(t)).scalar_one()
            for t in tables
        }


def test_generated_utility_goes_through_the_import_once(database_url, engine, tmp_path):
    """Generated files pass the import; the same run again imports nothing (re-run)."""
    assert run_demo_data(database_url, tmp_path / "files") == 0
    first = counts(engine)
    assert first["customers"] == N
    assert first["customer_accounts"] >= N
    assert first["premises"] >= N
    assert first["subscriptions"] > N
    assert first["meters"] > N and first["meter_seals"] > first["meters"]
    assert first["bills"] > 0
    with engine.connect() as c:
        batches = c.execute(select(ImportBatchRow.kind, ImportBatchRow.status)).all()
        assert sorted(k for k, _ in batches) == sorted(
            ["customers", "accounts", "premises", "subscriptions", "meters", "open_bills"]
        )
        assert {s for _, s in batches} == {"imported"}
        names = c.execute(select(CustomerRow.display_name, CustomerRow.search_name)).all()
        assert any(any(ch in d for ch in "ïéèâ") for d, _ in names)
        assert all(s.isascii() and s == s.lower() for _, s in names)
        numbers = c.execute(select(CustomerAccountRow.account_number)).scalars().all()
        assert all(is_valid_account_number(n) for n in numbers)
        south, north, west, east = SENEGAL.bounding_box
        gps = c.execute(select(PremiseRow.latitude_e6, PremiseRow.longitude_e6)).all()
        assert all(
            south * 1e6 <= lat <= north * 1e6 and west * 1e6 <= lon <= east * 1e6
            for lat, lon in gps
        )
        assert c.execute(select(func.min(BillRow.amount_minor))).scalar_one() > 0
    # the same command again: the same files, already imported, nothing twice
    assert run_demo_data(database_url, tmp_path / "files") == 0
    assert counts(engine) == first
    with engine.connect() as c:
        statuses = c.execute(select(ImportBatchRow.status)).scalars().all()
        assert statuses.count("imported") == 6
        assert all(s in ("imported", "already_imported") for s in statuses)


def test_another_seed_on_the_same_database_is_refused_whole(database_url, engine, tmp_path):
    """Other files with the same legacy references: rejected, nothing written twice."""
    assert run_demo_data(database_url, tmp_path / "first") == 0
    before = counts(engine)
    assert run_demo_data(database_url, tmp_path / "second", seed=7) == 2
    assert counts(engine) == before
