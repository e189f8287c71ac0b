"""Import jobs for the gRPC service (right customers.import): uploads stored in the data
directory, imports run by a job runner outside the call, progress kept in memory while a
job runs and in `import_batches` for everyone else."""

from __future__ import annotations

import hashlib
import json
import threading
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from sqlalchemy import select, update

from iwebs_server.application.clock import Clock
from iwebs_server.application.idempotency import Idempotency
from iwebs_server.application.legacy_import import report as r
from iwebs_server.application.legacy_import.importer import (
    ALREADY_IMPORTED,
    FAILED,
    FINISHED,
    KINDS,
    QUEUED,
    VALIDATING,
    WRITING,
    LegacyImporter,
)
from iwebs_server.application.paging import decode_token, next_token, page_size
from iwebs_server.application.validation import Checks, request_id
from iwebs_server.application.views import Page
from iwebs_server.domain import rights
from iwebs_server.domain.errors import InvalidInput, NotFound
from iwebs_server.domain.principal import Principal
from iwebs_server.persistence.tables.legacy_import import ImportBatchRow
from iwebs_server.persistence.unit_of_work import UnitOfWork, UowFactory

MAX_UPLOAD_BYTES = 2 * 1024**3
_UPLOAD_NAMESPACE = uuid.UUID("6f1d3f8e-8c4b-4f7e-9a52-1e0c2b7d9a10")


class JobRunner(Protocol):
    """Runs work outside the RPC call (jobs/ layer); one key runs once."""

    def submit(self, key: str, work: Callable[[], None]) -> bool: ...


@dataclass(frozen=True)
class UploadView:
    upload_id: str
    size_bytes: int
    sha256: str


@dataclass(frozen=True)
class ImportJobView:
    job_id: str
    kind: str
    file_name: str
    status: str
    rows_total: int
    rows_done: int
    rows_rejected: int
    previous_job_id: str
    message: str
    sha256: str
    started_at: datetime
    finished_at: datetime | None

    @property
    def finished(self) -> bool:
        return self.status in FINISHED


class LegacyImportService:
    def __init__(
        self,
        uow_factory: UowFactory,
        clock: Clock,
        idempotency: Idempotency,
        upload_dir: Path,
        runner: JobRunner | None = None,
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._idempotency = idempotency
        self._upload_dir = upload_dir
        self._runner = runner
        self.importer = LegacyImporter(uow_factory, clock)
        self._live: dict[str, tuple[str, int, int]] = {}
        self._lock = threading.Lock()

    def attach_runner(self, runner: JobRunner) -> None:
        self._runner = runner

    # uploads -----------------------------------------------------------------------------

    def upload(
        self,
        principal: Principal,
        request_id_value: str,
        kind: str,
        file_name: str,
        first_chunk: bytes,
        chunks: Iterable[bytes],
    ) -> UploadView:
        """Stores the file's bytes; the same request_id gives the same upload."""
        principal.require(rights.CUSTOMERS_IMPORT)
        checks = Checks()
        request_id(request_id_value)
        checks.choice("kind", kind, tuple(KINDS))
        name = checks.text("file_name", Path(file_name.replace("\\", "/")).name, max_length=255)
        checks.raise_if_any()
        upload_id = str(uuid.uuid5(_UPLOAD_NAMESPACE, f"{principal.user_id}:{request_id_value}"))
        meta_path = self._upload_dir / f"{upload_id}.json"
        if meta_path.exists():
            for _ in chunks:  # a repeat: the bytes were stored the first time
                pass
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            return UploadView(upload_id, int(meta["size_bytes"]), str(meta["sha256"]))
        self._upload_dir.mkdir(parents=True, exist_ok=True)
        partial = self._upload_dir / f"{upload_id}.part"
        digest = hashlib.sha256()
        size = 0
        try:
            with partial.open("wb") as stream:
                for chunk in _all(first_chunk, chunks):
                    size += len(chunk)
                    if size > MAX_UPLOAD_BYTES:
                        raise InvalidInput.field(
                            "chunk", f"a file has at most {MAX_UPLOAD_BYTES} bytes"
                        )
                    digest.update(chunk)
                    stream.write(chunk)
            if size == 0:
                raise InvalidInput.field("chunk", "the file is empty")
            partial.replace(self._upload_dir / f"{upload_id}.csv")
        finally:
            partial.unlink(missing_ok=True)
        meta = {
            "user_id": principal.user_id,
            "kind": kind,
            "file_name": name,
            "size_bytes": size,
            "sha256": digest.hexdigest(),
            "uploaded_at": self._clock.now().isoformat(),
        }
        meta_path.write_text(json.dumps(meta), encoding="utf-8")
        return UploadView(upload_id, size, digest.hexdigest())

    def _upload(
        self, principal: Principal, upload_id: str, *, content_needed: bool = True
    ) -> tuple[Path, dict[str, str]]:
        try:
            uuid.UUID(upload_id)
        except ValueError as error:
            raise InvalidInput.field("upload_id", "not an upload id") from error
        meta_path = self._upload_dir / f"{upload_id}.json"
        if not meta_path.exists():
            raise NotFound("upload", upload_id)
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        content = self._upload_dir / f"{upload_id}.csv"
        if meta["user_id"] != principal.user_id or (content_needed and not content.exists()):
            raise NotFound("upload", upload_id)
        return content, meta

    # jobs --------------------------------------------------------------------------------

    def start(
        self, principal: Principal, request_id_value: str, upload_id: str, dry_run: bool
    ) -> ImportJobView:
        """Creates the job (a queued batch) and hands it to the runner; idempotent."""
        principal.require(rights.CUSTOMERS_IMPORT)
        # a repeated start answers its job even once the job has used the upload up
        path, meta = self._upload(principal, upload_id, content_needed=False)
        payload = {"upload_id": upload_id, "dry_run": dry_run}

        def perform(uow: UnitOfWork) -> tuple[str, ImportJobView]:
            if not path.exists():
                raise NotFound("upload", upload_id)
            row = ImportBatchRow(
                id=str(uuid.uuid4()), kind=meta["kind"], file_name=meta["file_name"],
                file_sha256=meta["sha256"], status=QUEUED, rows_total=0, rows_done=0,
                rows_rejected=0, report="", user_id=principal.user_id,
                started_at=self._clock.now(),
            )  # fmt: skip
            uow.session.add(row)
            uow.session.flush()
            return row.id, self._view(row)

        def replay(uow: UnitOfWork, ref: str) -> ImportJobView:
            return self._view(self._visible(uow, principal, ref))

        job = self._idempotency.execute(
            request_id_value, "legacy_import.start", payload, principal.user_id, perform, replay
        )
        if job.status == QUEUED and self._runner is not None:
            self._runner.submit(
                job.job_id,
                lambda: self._run(principal, job.job_id, meta["kind"], path, meta, dry_run),
            )
        return job

    def _run(
        self,
        principal: Principal,
        job_id: str,
        kind: str,
        path: Path,
        meta: dict[str, str],
        dry_run: bool,
    ) -> None:
        def progress(phase: str, done: int, total: int) -> None:
            with self._lock:
                self._live[job_id] = (phase, done, total)

        try:
            self.importer.import_file(
                principal, kind, path, dry_run=dry_run, progress=progress, batch_id=job_id,
                file_name=meta["file_name"],
            )  # fmt: skip
        finally:
            with self._lock:
                self._live.pop(job_id, None)
            # the bytes were needed by this job only (a new start uploads again)
            path.unlink(missing_ok=True)

    def fail_interrupted(self) -> int:
        """At start-up: jobs a stopped server left unfinished are marked failed."""
        with self._uow() as uow:
            result = uow.session.execute(
                update(ImportBatchRow)
                .where(ImportBatchRow.status.in_((QUEUED, VALIDATING, WRITING)))
                .values(
                    status=FAILED,
                    finished_at=self._clock.now(),
                    report=r.Rejection(
                        0, "", "FAILED", "the server stopped during the import"
                    ).to_json(),
                )
            )
            return int(getattr(result, "rowcount", 0) or 0)

    def get_job(self, principal: Principal, job_id: str) -> ImportJobView:
        principal.require(rights.CUSTOMERS_IMPORT)
        with self._uow(read_only=True) as uow:
            return self._view(self._visible(uow, principal, job_id))

    def list_jobs(self, principal: Principal, size: int, token: str) -> Page[ImportJobView]:
        principal.require(rights.CUSTOMERS_IMPORT)
        limit, offset = page_size(size), decode_token(token)
        with self._uow(read_only=True) as uow:
            query = select(ImportBatchRow)
            if not principal.scope.all_agencies:
                query = query.where(ImportBatchRow.user_id == principal.user_id)
            rows = uow.session.scalars(
                query.order_by(ImportBatchRow.started_at.desc(), ImportBatchRow.id)
                .offset(offset)
                .limit(limit)
            ).all()
            return Page(tuple(self._view(x) for x in rows), next_token(offset, limit, len(rows)))

    def list_rejections(
        self, principal: Principal, job_id: str, size: int, token: str
    ) -> tuple[Page[r.Rejection], int]:
        """A page of the job's rejected rows and how many problems the report holds."""
        principal.require(rights.CUSTOMERS_IMPORT)
        limit, offset = page_size(size), decode_token(token)
        with self._uow(read_only=True) as uow:
            row = self._visible(uow, principal, job_id)
            if row.status in (FAILED, ALREADY_IMPORTED):
                return Page((), ""), 0
            lines = row.report.splitlines()
        found = tuple(r.Rejection.from_json(x) for x in lines[offset : offset + limit])
        return Page(found, next_token(offset, limit, len(found))), len(lines)

    def _visible(self, uow: UnitOfWork, principal: Principal, job_id: str) -> ImportBatchRow:
        """A job is seen by the user who started it and by users of every agency."""
        try:
            uuid.UUID(job_id)
        except ValueError as error:
            raise InvalidInput.field("job_id", "not a job id") from error
        query = select(ImportBatchRow).where(ImportBatchRow.id == job_id)
        if not principal.scope.all_agencies:
            query = query.where(ImportBatchRow.user_id == principal.user_id)
        row = uow.session.scalars(query).first()
        if row is None:
            raise NotFound("import_job", job_id)
        return row

    def _view(self, row: ImportBatchRow) -> ImportJobView:
        status, done = row.status, row.rows_done
        with self._lock:
            live = self._live.get(row.id)
        if live is not None and row.status not in FINISHED and live[0] in (VALIDATING, WRITING):
            status, done = live[0], live[1]
        message, previous = "", ""
        if row.status in (FAILED, ALREADY_IMPORTED) and row.report:
            first = r.Rejection.from_json(row.report.splitlines()[0])
            message, previous = (
                first.message,
                (first.value if row.status == ALREADY_IMPORTED else ""),
            )
        return ImportJobView(
            row.id, row.kind, row.file_name, status, row.rows_total, done, row.rows_rejected,
            previous, message, row.file_sha256, row.started_at, row.finished_at,
        )  # fmt: skip


def _all(first: bytes, rest: Iterable[bytes]) -> Iterable[bytes]:
    if first:
        yield first
    for chunk in rest:
        if chunk:
            yield chunk
