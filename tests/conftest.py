"""Shared fixtures: every database test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.factories.clock import ManualClock
from tests.factories.databases import BACKENDS, DatabaseFactory
from tests.factories.live_server import LiveServer, start_live_server


@pytest.fixture(scope="session")
def database_factory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DatabaseFactory]:
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    factory = DatabaseFactory(tmp_path_factory.mktemp("databases"), worker)
    yield factory
    factory.drop_all()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def database_url(backend: str, database_factory: DatabaseFactory) -> str:
    return database_factory.new_url(backend)


@pytest.fixture
def manual_clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def live_server(database_url: str, backend: str, tmp_path: Path) -> Iterator[LiveServer]:
    server = start_live_server(tmp_path / "server", database_url, backend)
    yield server
    server.stop()


@pytest.fixture
def clocked_server(
    database_url: str, backend: str, tmp_path: Path, manual_clock: ManualClock
) -> Iterator[LiveServer]:
    """The live server on a clock the test moves by hand."""
    server = start_live_server(tmp_path / "server", database_url, backend, clock=manual_clock)
    yield server
    server.stop()
