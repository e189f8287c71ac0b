"""Real test databases: SQLite files and PostgreSQL databases, migrated by Alembic.

A migrated template is made once per test session (and xdist worker); each test gets a
fresh copy (a file copy for SQLite, CREATE DATABASE ... TEMPLATE for PostgreSQL)."""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from iwebs_server.persistence import migrator
from iwebs_server.persistence.database import make_engine

BACKENDS = ("sqlite", "postgresql")
DEFAULT_POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def postgres_admin_url() -> str:
    return os.environ.get("IWEBS_TEST_POSTGRES_URL", DEFAULT_POSTGRES_URL)


def _libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def postgres_available() -> bool:
    try:
        with psycopg.connect(_libpq(postgres_admin_url()), connect_timeout=3):
            return True
    except psycopg.OperationalError:
        return False


def require_postgres() -> None:
    """Under CI=true a missing PostgreSQL fails the test; elsewhere it skips it."""
    if postgres_available():
        return
    if os.environ.get("CI") == "true":
        pytest.fail("PostgreSQL is required under CI=true (IWEBS_TEST_POSTGRES_URL)")
    pytest.skip("no PostgreSQL server for the PostgreSQL variant of this test")


class DatabaseFactory:
    def __init__(self, workdir: Path, worker: str) -> None:
        self._workdir = workdir
        self._worker = worker
        self._sqlite_template: Path | None = None
        self._postgres_template: str | None = None
        self._created: list[str] = []

    def new_url(self, backend: str) -> str:
        if backend == "sqlite":
            return self._new_sqlite()
        require_postgres()
        return self._new_postgres()

    def _new_sqlite(self) -> str:
        if self._sqlite_template is None:
            template = self._workdir / "template.sqlite3"
            engine = make_engine(f"sqlite:///{template}")
            migrator.upgrade(engine)
            engine.dispose()
            self._sqlite_template = template
        target = self._workdir / f"db-{uuid.uuid4().hex[:12]}.sqlite3"
        shutil.copyfile(self._sqlite_template, target)
        return f"sqlite:///{target}"

    def _admin(self) -> psycopg.Connection:  # type: ignore[type-arg]
        return psycopg.connect(_libpq(postgres_admin_url()), autocommit=True)

    def _new_postgres(self) -> str:
        base = make_url(postgres_admin_url())
        if self._postgres_template is None:
            name = f"iwebs_test_tpl_{self._worker}_{os.getpid()}"
            with self._admin() as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
                admin.execute(f'CREATE DATABASE "{name}"')
            engine = make_engine(
                base.set(database=name).render_as_string(hide_password=False), pool_size=1
            )
            migrator.upgrade(engine)
            engine.dispose()
            self._postgres_template = name
            self._created.append(name)
        name = f"iwebs_test_{self._worker}_{uuid.uuid4().hex[:10]}"
        with self._admin() as admin:
            admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{self._postgres_template}"')
        self._created.append(name)
        return base.set(drivername="postgresql+psycopg", database=name).render_as_string(
            hide_password=False
        )

    def drop_all(self) -> None:
        if not self._created:
            return
        with self._admin() as admin:
            for name in reversed(self._created):
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self._created.clear()
