"""'Legacy import' (issue 3 item 5): choose a kind and a file, upload it, start the import
on the server, follow its progress, then read the rejection report.

Every call runs on a worker (TaskRunner); the progress is polled with a single-shot timer
re-armed after each answer, so polls never pile up on a slow link."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from iwebs.v1 import legacy_import_service_pb2 as pb
from iwebs_client.presenters.presenter_base import CommandIntent, PresenterBase
from iwebs_client.tasks import TaskRunner

ImportJob = pb.ImportJob
ImportRejection = pb.ImportRejection

translate = QCoreApplication.translate
POLL_MS = 500
#: the table shows at most this many problems; the report file of the CLI has them all
MAX_SHOWN_REJECTIONS = 5000
REJECTION_PAGE = 500
RUNNING = ("queued", "validating", "writing")


def import_kinds() -> list[tuple[str, str]]:
    """(kind, label) in dependency order (docs/legacy-import.md section 2)."""
    return [
        ("customers", translate("LegacyImport", "Customers")),
        ("accounts", translate("LegacyImport", "Customer accounts")),
        ("premises", translate("LegacyImport", "Premises")),
        ("subscriptions", translate("LegacyImport", "Subscriptions")),
        ("meters", translate("LegacyImport", "Meters, registers and seals")),
        ("open_bills", translate("LegacyImport", "Open bills (opening balances)")),
    ]


def status_text(job: ImportJob) -> str:
    texts = {
        "uploading": translate("LegacyImport", "Sending the file…"),
        "queued": translate("LegacyImport", "Waiting for the server…"),
        "validating": translate("LegacyImport", "Checking every row…"),
        "writing": translate("LegacyImport", "Writing…"),
        "imported": translate("LegacyImport", "Imported: %1 row(s).").replace(
            "%1", str(job.rows_done)
        ),
        "validated": translate(
            "LegacyImport", "Valid: %1 row(s), nothing written (dry run)."
        ).replace("%1", str(job.rows_total)),
        "rejected": translate(
            "LegacyImport", "Rejected, nothing written: %1 row(s) with problems."
        ).replace("%1", str(job.rows_rejected)),
        "failed": translate("LegacyImport", "Failed, nothing written: %1").replace(
            "%1", job.message
        ),
        "already_imported": translate(
            "LegacyImport", "Already imported: this file was imported before, nothing written."
        ),
    }
    return texts.get(job.status, job.status)


def reason_text(reason: str) -> str:
    texts = {
        "REQUIRED": translate("LegacyImport", "Missing value"),
        "INVALID_FORMAT": translate("LegacyImport", "Invalid format"),
        "TOO_LONG": translate("LegacyImport", "Too long"),
        "OUT_OF_RANGE": translate("LegacyImport", "Out of range"),
        "UNKNOWN_CODE": translate("LegacyImport", "Unknown code"),
        "UNKNOWN_REFERENCE": translate("LegacyImport", "Unknown reference"),
        "DUPLICATE_IN_FILE": translate("LegacyImport", "Duplicate in the file"),
        "ALREADY_EXISTS": translate("LegacyImport", "Already imported"),
        "INCONSISTENT": translate("LegacyImport", "Inconsistent"),
        "MISSING_COLUMN": translate("LegacyImport", "Missing column"),
        "UNKNOWN_COLUMN": translate("LegacyImport", "Unknown column"),
        "ENCODING": translate("LegacyImport", "Not UTF-8"),
    }
    return texts.get(reason, reason)


class LegacyImportPort(Protocol):
    """What the screen needs of LegacyImportService (the backend's gateway fits it)."""

    def upload_file(
        self, request_id: str, kind: str, path: Path, progress: Callable[[int, int], None] | None
    ) -> pb.UploadImportFileResponse: ...
    def start_import(self, request_id: str, upload_id: str, dry_run: bool) -> ImportJob: ...
    def get_job(self, job_id: str) -> ImportJob: ...
    def list_rejections(
        self, job_id: str, page_token: str, page_size: int
    ) -> tuple[list[ImportRejection], str, int]: ...


class LegacyImportServices(Protocol):
    @property
    def legacy_import(self) -> LegacyImportPort: ...


class LegacyImportPresenter(PresenterBase):
    #: the job as last seen (an ImportJob; status "uploading" while the file is sent)
    job_changed = Signal(object)
    #: (rejections so far, total problems in the report)
    rejections_changed = Signal(list, int)
    #: the job reached a final status
    finished = Signal(object)
    #: bytes sent, file size (emitted from the worker; Qt queues it to the GUI thread)
    upload_progress = Signal(int, int)

    def __init__(
        self,
        services: LegacyImportServices,
        tasks: TaskRunner,
        parent: QObject | None = None,
        poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__(tasks, parent)
        self._services = services
        self._poll_ms = poll_ms
        self._upload_intent = CommandIntent()
        self._start_intent = CommandIntent()
        self.job: ImportJob | None = None
        self.rejections: list[ImportRejection] = []
        self.rejections_total = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._poll)

    @property
    def running(self) -> bool:
        return self.busy or (self.job is not None and self.job.status in RUNNING)

    def problem(self, path_text: str) -> str:
        """Why this file cannot be sent, or "" when it can."""
        if not path_text.strip():
            return self.tr("Choose a file.")
        path = Path(path_text.strip())
        if not path.is_file():
            return self.tr("No such file.")
        if path.stat().st_size == 0:
            return self.tr("The file is empty.")
        return ""

    def start(self, kind: str, path_text: str, dry_run: bool) -> str:
        """Uploads the file and starts its import; returns a problem or ""."""
        found = self.problem(path_text)
        if found or self.running:
            return found
        path = Path(path_text.strip())
        self.rejections, self.rejections_total = [], 0
        self.rejections_changed.emit([], 0)
        imports = self._services.legacy_import
        upload_id, start_id = self._upload_intent.request_id, self._start_intent.request_id

        def work() -> ImportJob:
            upload = imports.upload_file(upload_id, kind, path, self.upload_progress.emit)
            return imports.start_import(start_id, upload.upload_id, dry_run)

        self._show(pb.ImportJob(kind=kind, file_name=path.name, status="uploading"))
        self._run(work, self._started)
        return ""

    def _started(self, job: ImportJob) -> None:
        self._upload_intent.renew()
        self._start_intent.renew()
        self._received(job)

    def _poll(self) -> None:
        if self.job is None:
            return
        job_id, imports = self.job.job_id, self._services.legacy_import
        self._run(lambda: imports.get_job(job_id), self._received)

    def _received(self, job: ImportJob) -> None:
        self._show(job)
        if not job.finished:
            self._timer.start(self._poll_ms)
            return
        self.finished.emit(job)
        if job.rows_rejected or job.status == "rejected":
            self._load_rejections(job.job_id, "")

    def _load_rejections(self, job_id: str, token: str) -> None:
        imports = self._services.legacy_import
        self._run(
            lambda: imports.list_rejections(job_id, token, REJECTION_PAGE),
            lambda answer: self._rejections_received(job_id, answer),
        )

    def _rejections_received(self, job_id: str, answer: Any) -> None:
        items, token, total = answer
        self.rejections.extend(items)
        self.rejections_total = total
        self.rejections_changed.emit(list(self.rejections), total)
        if token and len(self.rejections) < MAX_SHOWN_REJECTIONS:
            self._load_rejections(job_id, token)

    def _show(self, job: ImportJob) -> None:
        self.job = job
        self.job_changed.emit(job)

    def stop_polling(self) -> None:
        self._timer.stop()
