"""Runs the import of one file: validate every row, then write all of it or nothing.

Validation reads in one read-only transaction; writing happens in one transaction that
also marks the batch imported, so a file is in the database completely or not at all.
Progress goes to the caller's callback and, in short transactions of their own, to
`import_batches.rows_done` (on SQLite only while validating: the writing transaction holds
SQLite's single write lock, and the job keeps the figure in memory instead)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from iwebs_server.application.clock import Clock, new_id
from iwebs_server.application.legacy_import import report as r
from iwebs_server.application.legacy_import.context import ImportContext
from iwebs_server.application.legacy_import.fields import Row
from iwebs_server.application.legacy_import.kinds.accounts import AccountsImport
from iwebs_server.application.legacy_import.kinds.base import KindImport
from iwebs_server.application.legacy_import.kinds.customers import CustomersImport
from iwebs_server.application.legacy_import.kinds.meters import MetersImport
from iwebs_server.application.legacy_import.kinds.open_bills import OpenBillsImport
from iwebs_server.application.legacy_import.kinds.premises import PremisesImport
from iwebs_server.application.legacy_import.kinds.subscriptions import SubscriptionsImport
from iwebs_server.application.legacy_import.source import file_sha256, open_csv
from iwebs_server.application.legacy_import.writer import BulkWriter
from iwebs_server.domain.principal import Principal
from iwebs_server.persistence.tables.legacy_import import ImportBatchRow
from iwebs_server.persistence.unit_of_work import UowFactory

log = logging.getLogger(__name__)

# in dependency order (docs/legacy-import.md section 2)
KINDS: dict[str, type[KindImport]] = {
    k.kind: k
    for k in (
        CustomersImport,
        AccountsImport,
        PremisesImport,
        SubscriptionsImport,
        MetersImport,
        OpenBillsImport,
    )
}

QUEUED = "queued"
VALIDATING = "validating"
WRITING = "writing"
INDEXING = "indexing"  # bulk mode: constraints and indexes being re-created (not stored)
IMPORTED = "imported"
VALIDATED = "validated"  # a dry run found no problem
REJECTED = "rejected"
FAILED = "failed"
ALREADY_IMPORTED = "already_imported"
FINISHED = frozenset({IMPORTED, VALIDATED, REJECTED, FAILED, ALREADY_IMPORTED})

PARSE_PROGRESS_EVERY = 20000
# files of at least this many rows are written in bulk mode on PostgreSQL (writer.py)
BULK_ROWS = 100_000
DB_PROGRESS_SECONDS = 0.5

Progress = Callable[[str, int, int], None]


def _no_progress(_phase: str, _done: int, _total: int) -> None:
    return None


@dataclass(frozen=True)
class ImportOutcome:
    batch_id: str
    kind: str
    file_name: str
    status: str
    rows_total: int
    rows_imported: int
    rejected_rows: int
    rejections: tuple[r.Rejection, ...]
    previous_batch_id: str = ""
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.status in (IMPORTED, VALIDATED, ALREADY_IMPORTED)


class LegacyImporter:
    def __init__(self, uow_factory: UowFactory, clock: Clock) -> None:
        self._uow = uow_factory
        self._clock = clock

    def create_batch(
        self, principal: Principal, kind: str, file_name: str, sha256: str, status: str = QUEUED
    ) -> str:
        batch_id = new_id()
        with self._uow() as uow:
            uow.session.add(
                ImportBatchRow(
                    id=batch_id,
                    kind=kind,
                    file_name=file_name[:255],
                    file_sha256=sha256,
                    status=status,
                    rows_total=0,
                    rows_done=0,
                    rows_rejected=0,
                    report="",
                    user_id=principal.user_id,
                    started_at=self._clock.now(),
                )
            )
        return batch_id

    def imported_batch(self, sha256: str) -> str | None:
        """The batch that imported a file with these bytes, if any."""
        with self._uow(read_only=True) as uow:
            return uow.session.scalars(
                select(ImportBatchRow.id)
                .where(ImportBatchRow.file_sha256 == sha256)
                .where(ImportBatchRow.status == IMPORTED)
                .limit(1)
            ).first()

    def set_batch(self, batch_id: str, **values: Any) -> None:
        with self._uow() as uow:
            uow.session.execute(
                update(ImportBatchRow).where(ImportBatchRow.id == batch_id).values(**values)
            )

    def import_file(
        self,
        principal: Principal,
        kind: str,
        path: Path,
        *,
        dry_run: bool = False,
        progress: Progress | None = None,
        batch_id: str | None = None,
        file_name: str | None = None,
        bulk: bool | None = None,
    ) -> ImportOutcome:
        """Imports one file of `kind` (or only validates it: `dry_run`). `bulk`: write in
        bulk mode (PostgreSQL only; None: when the file has at least BULK_ROWS rows)."""
        kind_class = KINDS[kind]
        name = file_name or path.name
        sha256 = file_sha256(path)
        previous = self.imported_batch(sha256)
        if batch_id is None:
            batch_id = self.create_batch(principal, kind, name, sha256, VALIDATING)
        if previous is not None:
            self.set_batch(
                batch_id,
                status=ALREADY_IMPORTED,
                file_sha256=sha256,
                finished_at=self._clock.now(),
                report=r.Rejection(
                    0,
                    "",
                    ALREADY_IMPORTED.upper(),
                    f"already imported by batch {previous}",
                    previous,
                ).to_json(),
            )
            return ImportOutcome(batch_id, kind, name, ALREADY_IMPORTED, 0, 0, 0, (), previous)
        try:
            return self._run(
                principal,
                kind_class,
                path,
                name,
                sha256,
                batch_id,
                dry_run,
                progress or _no_progress,
                bulk,
            )
        except Exception as error:
            log.exception("legacy import %s of %s failed", batch_id, name)
            message = f"{type(error).__name__}: {error}"[:1000]
            self.set_batch(
                batch_id,
                status=FAILED,
                finished_at=self._clock.now(),
                report=r.Rejection(0, "", "FAILED", message).to_json(),
            )
            return ImportOutcome(batch_id, kind, name, FAILED, 0, 0, 0, (), message=message)

    def _run(
        self,
        principal: Principal,
        kind_class: type[KindImport],
        path: Path,
        name: str,
        sha256: str,
        batch_id: str,
        dry_run: bool,
        progress: Progress,
        bulk: bool | None = None,
    ) -> ImportOutcome:
        kind = kind_class.kind
        report = r.Report()
        source = open_csv(path, kind_class.required, kind_class.optional, report)
        total = source.count_rows() if source.header_ok else 0
        self.set_batch(
            batch_id, status=VALIDATING, file_sha256=sha256, rows_total=total, rows_done=0
        )
        now = self._clock.now()
        tracker = _BatchProgress(self, batch_id, total, progress)
        with self._uow(read_only=True) as uow:
            ctx = ImportContext(uow.session, principal, batch_id, now, report, progress)
            postgresql = ctx.postgresql
            importer = kind_class(ctx)
            if source.header_ok:
                header, today, done = source.header, ctx.today, 0
                for line, fields in source.rows():
                    importer.parse(Row(line, fields, header, report, today))
                    done += 1
                    if done % PARSE_PROGRESS_EVERY == 0:
                        tracker(VALIDATING, done, True)
                tracker(VALIDATING, done, True)
                importer.check_references()
        del source  # the file's text: only the parsed records are needed from here on
        if report:
            self.set_batch(
                batch_id,
                status=REJECTED,
                rows_rejected=report.rejected_rows,
                report=report.to_text(),
                finished_at=self._clock.now(),
            )
            progress(REJECTED, 0, total)
            return ImportOutcome(
                batch_id,
                kind,
                name,
                REJECTED,
                total,
                0,
                report.rejected_rows,
                tuple(report.sorted()),
            )
        if dry_run:
            self.set_batch(
                batch_id, status=VALIDATED, rows_done=total, finished_at=self._clock.now()
            )
            progress(VALIDATED, total, total)
            return ImportOutcome(batch_id, kind, name, VALIDATED, total, 0, 0, ())
        self.set_batch(batch_id, status=WRITING, rows_done=0)
        written = 0

        def on_records(count: int) -> None:
            nonlocal written
            written += count
            tracker(WRITING, written, postgresql)

        with self._uow() as uow:
            ctx.session = uow.session
            use_bulk = postgresql and (total >= BULK_ROWS if bulk is None else bulk)
            writer = BulkWriter(
                uow.session, principal, batch_id, now, on_records, max(total, 1) if use_bulk else 0
            )
            imported = importer.write(writer, uow)
            if writer.bulk is not None:
                progress(INDEXING, imported, total)
                writer.finish()
            uow.session.execute(
                update(ImportBatchRow)
                .where(ImportBatchRow.id == batch_id)
                .values(status=IMPORTED, rows_done=imported, finished_at=self._clock.now())
            )
        progress(IMPORTED, imported, total)
        return ImportOutcome(batch_id, kind, name, IMPORTED, total, imported, 0, ())


class _BatchProgress:
    """Passes progress to the callback at once and to the batch row at most twice a second."""

    def __init__(
        self, importer: LegacyImporter, batch_id: str, total: int, progress: Progress
    ) -> None:
        self._importer = importer
        self._batch_id = batch_id
        self._total = total
        self._progress = progress
        self._last = 0.0

    def __call__(self, phase: str, done: int, to_database: bool) -> None:
        self._progress(phase, done, self._total)
        moment = time.monotonic()
        if to_database and moment - self._last >= DB_PROGRESS_SECONDS:
            self._last = moment
            self._importer.set_batch(self._batch_id, rows_done=done)
