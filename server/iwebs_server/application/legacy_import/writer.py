"""Bulk writing of an import: COPY on PostgreSQL (psycopg 3), executemany on SQLite,
inside the caller's transaction; one history row per created record (ACC-4)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from itertools import islice
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from iwebs_server.application.change_history import CREATE
from iwebs_server.domain.principal import Principal
from iwebs_server.persistence.tables.base import Base
from iwebs_server.persistence.tables.change_history import RecordChangeRow

BATCH = 5000
PROGRESS_EVERY = 20000

HISTORY_COLUMNS = (
    "change_set_id",
    "changed_at",
    "user_id",
    "user_login",
    "workstation_id",
    "agency_id",
    "customer_id",
    "entity_type",
    "entity_id",
    "action",
    "field",
    "old_value",
    "new_value",
    "reason",
    "request_id",
)


class BulkWriter:
    """Appends rows to tables in the session's transaction; counts the records written."""

    def __init__(
        self,
        session: Session,
        principal: Principal,
        batch_id: str,
        now: datetime,
        on_records: Callable[[int], None],
    ) -> None:
        self._session = session
        self._postgresql = session.get_bind().dialect.name == "postgresql"
        self._principal = principal
        self._batch_id = batch_id
        self._now = now
        self._on_records = on_records

    def insert(
        self, model: type[Base], columns: Sequence[str], rows: Iterable[tuple[Any, ...]]
    ) -> int:
        table: Any = model.__table__
        if self._postgresql:
            return self._copy(table, columns, rows)
        count = 0
        iterator = iter(rows)
        statement = insert(table)
        while chunk := list(islice(iterator, BATCH)):
            self._session.execute(
                statement, [dict(zip(columns, row, strict=True)) for row in chunk]
            )
            count += len(chunk)
        return count

    def _copy(self, table: Any, columns: Sequence[str], rows: Iterable[tuple[Any, ...]]) -> int:
        self._session.flush()
        dbapi: Any = self._session.connection().connection.dbapi_connection
        names = ", ".join(f'"{c}"' for c in columns)
        count = 0
        statement = f'COPY "{table.name}" ({names}) FROM STDIN'
        with dbapi.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(row)
                count += 1
        return count

    def records(
        self, model: type[Base], columns: Sequence[str], rows: Iterable[tuple[Any, ...]]
    ) -> int:
        """Inserts rows that are records of the file: each one moves the progress on."""
        done = 0

        def counted() -> Iterable[tuple[Any, ...]]:
            nonlocal done
            for row in rows:
                yield row
                done += 1
                if done % PROGRESS_EVERY == 0:
                    self._on_records(PROGRESS_EVERY)
            self._on_records(done % PROGRESS_EVERY)

        return self.insert(model, columns, counted())

    def history(self, entries: Iterable[tuple[str, str, str | None, str | None, str]]) -> int:
        """One `create` row per record: (entity type, entity id, agency, customer, legacy
        reference), reason "legacy import <batch>" (docs/legacy-import.md section 4)."""
        p = self._principal
        reason = f"legacy import {self._batch_id}"
        workstation = p.workstation_id or None
        rows = (
            (
                self._batch_id,
                self._now,
                p.user_id,
                p.login,
                workstation,
                agency_id,
                customer_id,
                entity_type,
                entity_id,
                CREATE,
                "legacy_reference",
                "",
                reference,
                reason,
                None,
            )
            for entity_type, entity_id, agency_id, customer_id, reference in entries
        )
        return self.insert(RecordChangeRow, HISTORY_COLUMNS, rows)
