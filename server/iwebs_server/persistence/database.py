"""Engines for PostgreSQL (psycopg 3) and SQLite, with the settings each needs."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

READ_ONLY_OPTION = "iwebs_read_only"


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # We issue BEGIN ourselves (below) so that writers take the lock up front.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A read-then-write transaction in WAL mode fails at once (SQLITE_BUSY_SNAPSHOT)
        # when another writer went first; BEGIN IMMEDIATE waits for the lock instead.
        read_only = connection.get_execution_options().get(READ_ONLY_OPTION, False)
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def make_engine(
    url: str, *, pool_size: int = 10, echo: bool = False, autocommit: bool = False
) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(
            parsed, echo=echo, pool_size=pool_size, max_overflow=10, pool_pre_ping=False
        )
        _configure_sqlite(engine)
        return engine
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    # No pre-ping: it would add a round trip to every checkout; a dropped connection fails
    # its call (UNAVAILABLE, the client retries) and the pool replaces it.
    # autocommit: an engine of its own for single-statement reads, so that its connections
    # never switch isolation level (switching back costs a round trip on PostgreSQL).
    return create_engine(
        parsed,
        echo=echo,
        pool_size=pool_size,
        max_overflow=10,
        pool_recycle=1800,
        isolation_level="AUTOCOMMIT" if autocommit else "READ COMMITTED",
    )
