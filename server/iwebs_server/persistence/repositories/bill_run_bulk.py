"""Bulk rows for the bill runs: COPY on PostgreSQL (psycopg 3), executemany on SQLite, in
the caller's transaction, with the statements built once per table.

Callers give values already in the database's form for dates and instants (`date_value`,
`instant_value`: the objects themselves for psycopg, SQLAlchemy's text for SQLite), so that
nothing is converted per value on the hot path."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

SQLITE_CACHE_KIB = 65536


class BulkRows:
    def __init__(self, session: Session) -> None:
        self._session = session
        self.postgresql = session.get_bind().dialect.name == "postgresql"
        self._statements: dict[tuple[str, tuple[str, ...]], str] = {}
        self._cache_set = False

    def date_value(self, value: date | None) -> Any:
        if value is None or self.postgresql:
            return value
        return value.isoformat()

    def instant_value(self, value: datetime) -> Any:
        if self.postgresql:
            return value
        naive = value.astimezone(UTC).replace(tzinfo=None)
        return naive.strftime("%Y-%m-%d %H:%M:%S.%f")

    def _dbapi(self) -> Any:
        self._session.flush()
        dbapi: Any = self._session.connection().connection.dbapi_connection
        if not self.postgresql and not self._cache_set:
            # SQLite's default page cache (2 MB) makes the random inserts of UUID keys into
            # bills' six indexes read pages again and again: a bigger one for this connection
            dbapi.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
            self._cache_set = True
        return dbapi

    def insert(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
        """Appends rows (tuples in `columns` order) to `table`; returns how many."""
        key = (table, tuple(columns))
        statement = self._statements.get(key)
        names = ", ".join(f'"{c}"' for c in columns)
        if statement is None:
            if self.postgresql:
                statement = f'COPY "{table}" ({names}) FROM STDIN'
            else:
                marks = ", ".join("?" for _ in columns)
                statement = f'INSERT INTO "{table}" ({names}) VALUES ({marks})'  # noqa: S608
            self._statements[key] = statement
        dbapi = self._dbapi()
        try:
            return self._write(dbapi, statement, rows)
        except DBAPIError:
            raise
        except Exception as error:
            # the driver's own error, as SQLAlchemy would have raised it (IntegrityError...)
            module = self._session.get_bind().dialect.loaded_dbapi
            if isinstance(error, module.Error):
                raise DBAPIError.instance(statement, None, error, module.Error) from error
            raise

    def _write(self, dbapi: Any, statement: str, rows: Iterable[Sequence[Any]]) -> int:
        if self.postgresql:
            count = 0
            with dbapi.cursor() as cursor, cursor.copy(statement) as copy:
                write = copy.write_row
                for row in rows:
                    write(row)
                    count += 1
            return count
        listed = rows if isinstance(rows, list) else list(rows)
        if listed:
            cursor = dbapi.cursor()
            try:
                cursor.executemany(statement, listed)
            finally:
                cursor.close()
        return len(listed)
