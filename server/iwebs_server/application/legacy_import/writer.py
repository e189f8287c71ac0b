"""Bulk writing of an import: COPY on PostgreSQL (psycopg 3), executemany on SQLite,
inside the caller's transaction; one history row per created record (ACC-4).

Bulk mode (PostgreSQL, large files, docs/legacy-import.md section 6): before the first row
goes into a table, the table's foreign keys, unique constraints and secondary indexes are
dropped inside the import's transaction and re-created, with the very definitions the
catalog held, before it commits. Re-adding a foreign key checks every row in one join and
re-creating a unique index checks every key, so the guarantees stay; a failure anywhere
rolls the drops back with the rows (PostgreSQL's DDL is transactional). ALTER TABLE locks
the tables for the whole write (a go-live operation) and needs the tables' owner."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from itertools import islice
from typing import Any

from sqlalchemy import insert, text
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


# a table's indexes are rebuilt only when it holds fewer rows than this many times the rows
# of the file: rebuilding costs about a third of keeping an index up to date row by row
REBUILD_RATIO = 2

_CONSTRAINTS = text(
    """
    SELECT quote_ident(c.conname), pg_get_constraintdef(c.oid), c.contype
    FROM pg_constraint c
    WHERE c.conrelid = CAST(:table AS regclass)
      AND (c.contype = 'f' OR (c.contype = 'u' AND :indexes AND NOT EXISTS (
          SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = c.conindid)))
    ORDER BY c.contype, c.conname
    """
)
_INDEXES = text(
    """
    SELECT quote_ident(i.relname), pg_get_indexdef(x.indexrelid)
    FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
    WHERE x.indrelid = CAST(:table AS regclass) AND NOT x.indisprimary
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
    ORDER BY i.relname
    """
)
_ROWS = text("SELECT GREATEST(reltuples, 0) FROM pg_class WHERE oid = CAST(:table AS regclass)")


class BulkSchema:
    """PostgreSQL bulk mode: drops what slows a table's loading, puts it back at the end."""

    def __init__(self, session: Session, file_rows: int) -> None:
        self._session = session
        self._file_rows = file_rows
        self._tables: list[str] = []
        self._indexes: list[str] = []  # CREATE INDEX statements
        self._unique: list[str] = []  # ALTER TABLE ... ADD CONSTRAINT ... UNIQUE
        self._foreign: list[str] = []  # ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY

    def prepare(self, table: str) -> None:
        """Before the first row of `table`: drops its foreign keys, and its unique
        constraints and secondary indexes when rebuilding them is the cheaper way."""
        if table in self._tables:
            return
        self._tables.append(table)
        execute = self._session.execute
        existing = float(execute(_ROWS, {"table": table}).scalar_one())
        indexes = existing < REBUILD_RATIO * self._file_rows
        quoted = f'"{table}"'
        for name, definition, kind in execute(
            _CONSTRAINTS, {"table": table, "indexes": indexes}
        ).all():
            restore = f"ALTER TABLE {quoted} ADD CONSTRAINT {name} {definition}"
            (self._foreign if kind == "f" else self._unique).append(restore)
            execute(text(f"ALTER TABLE {quoted} DROP CONSTRAINT {name}"))
        if indexes:
            for name, definition in execute(_INDEXES, {"table": table}).all():
                self._indexes.append(definition)
                execute(text(f"DROP INDEX {name}"))

    def restore(self) -> None:
        """Re-creates everything dropped (indexes, unique keys, then foreign keys: each
        one checks every row) and refreshes the planner's statistics of the tables."""
        execute = self._session.execute
        execute(text("SET LOCAL maintenance_work_mem = '512MB'"))
        execute(text("SET LOCAL work_mem = '64MB'"))
        for statement in (*self._indexes, *self._unique, *self._foreign):
            execute(text(statement))
        for table in self._tables:
            execute(text(f'ANALYZE "{table}"'))
        self._indexes, self._unique, self._foreign = [], [], []


# COPY text format: these characters are written as backslash escapes, NULL as \N
_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
# the history columns that vary from record to record, then the ones a file shares
_HISTORY_OWN = ("entity_type", "entity_id", "agency_id", "customer_id", "new_value")
_HISTORY_SHARED = tuple(c for c in HISTORY_COLUMNS if c not in _HISTORY_OWN)


def copy_text(value: str | None) -> str:
    """A value in COPY's text format (translate only when needed: it is slow)."""
    if value is None:
        return "\\N"
    if "\\" in value or "\t" in value or "\n" in value or "\r" in value:
        return value.translate(_COPY_ESCAPES)
    return value


class BulkWriter:
    """Appends rows to tables in the session's transaction; counts the records written."""

    def __init__(
        self,
        session: Session,
        principal: Principal,
        batch_id: str,
        now: datetime,
        on_records: Callable[[int], None],
        bulk_rows: int = 0,
    ) -> None:
        """`bulk_rows`: the file's rows when bulk mode is wanted (PostgreSQL only)."""
        self._session = session
        self._postgresql = session.get_bind().dialect.name == "postgresql"
        self._principal = principal
        self._batch_id = batch_id
        self._now = now
        self._on_records = on_records
        self.bulk = BulkSchema(session, bulk_rows) if self._postgresql and bulk_rows > 0 else None

    def finish(self) -> None:
        """Once every row is written: bulk mode puts the constraints and indexes back."""
        if self.bulk is not None:
            self._session.flush()
            self.bulk.restore()

    def insert(
        self, model: type[Base], columns: Sequence[str], rows: Iterable[tuple[Any, ...]]
    ) -> int:
        table: Any = model.__table__
        if self.bulk is not None:
            self._session.flush()
            self.bulk.prepare(table.name)
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
        if self._postgresql:
            return self._history_copy(entries, reason, workstation)
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

    def _history_copy(
        self,
        entries: Iterable[tuple[str, str, str | None, str | None, str]],
        reason: str,
        workstation: str | None,
    ) -> int:
        """PostgreSQL: the history as COPY text made here, the columns a file shares
        formatted once (a third of the cost of formatting every value of 6 million rows)."""
        now = self._now if self._now.tzinfo else self._now.replace(tzinfo=UTC)
        p = self._principal
        values = {
            "change_set_id": self._batch_id,
            "changed_at": now.isoformat(),
            "user_id": p.user_id,
            "user_login": p.login,
            "workstation_id": workstation,
            "action": CREATE,
            "field": "legacy_reference",
            "old_value": "",
            "reason": reason,
            "request_id": None,
        }
        shared = "\t".join(copy_text(values[c]) for c in _HISTORY_SHARED) + "\n"
        t, null = copy_text, "\\N"
        # entity types are the importer's names and ids its UUIDs: nothing to escape
        lines = (
            f"{kind}\t{entity}\t{null if agency is None else agency}\t"
            f"{null if customer is None else customer}\t{t(reference)}\t{shared}"
            for kind, entity, agency, customer, reference in entries
        )
        table: Any = RecordChangeRow.__table__
        if self.bulk is not None:
            self._session.flush()
            self.bulk.prepare(table.name)
        return self._copy_lines(table.name, (*_HISTORY_OWN, *_HISTORY_SHARED), lines)

    def _copy_lines(self, table: str, columns: Sequence[str], lines: Iterable[str]) -> int:
        self._session.flush()
        dbapi: Any = self._session.connection().connection.dbapi_connection
        names = ", ".join(f'"{c}"' for c in columns)
        count = 0
        buffer: list[str] = []
        with dbapi.cursor() as cursor, cursor.copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
            for line in lines:
                buffer.append(line)
                if len(buffer) == BATCH:
                    copy.write("".join(buffer))
                    count += BATCH
                    buffer.clear()
            copy.write("".join(buffer))
            count += len(buffer)
        return count
