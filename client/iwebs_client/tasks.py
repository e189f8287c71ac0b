"""Gateway calls on worker threads, results back on the GUI thread.

`TaskRunner.run(work, on_success, on_error)` runs `work()` on a QThreadPool; the callbacks are
called on the thread that owns the runner (the GUI thread) through a queued signal, so the GUI
never waits for the network. `GuiBlockWatchdog` logs when the GUI thread stalls (IWEBS_DEV=1).
"""

from __future__ import annotations

import itertools
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot

from iwebs_client.backend.client_types import BackendError

_log = logging.getLogger(__name__)
DEV_ENV = "IWEBS_DEV"
BLOCK_WARNING_MS = 100

SuccessCallback = Callable[[Any], None]
ErrorCallback = Callable[[BackendError], None]


def as_backend_error(exc: BaseException) -> BackendError:
    """Any failure of a task, as the one error type the screens know how to show."""
    if isinstance(exc, BackendError):
        return exc
    _log.exception("unexpected client error", exc_info=exc)
    return BackendError(code="INTERNAL", reason="CLIENT_ERROR", message=str(exc))


@dataclass
class _Callbacks:
    on_success: SuccessCallback | None
    on_error: ErrorCallback | None


class _Job(QRunnable):
    def __init__(self, runner: TaskRunner, task_id: int, work: Callable[[], Any]) -> None:
        super().__init__()
        self._runner = runner
        self._task_id = task_id
        self._work = work
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            outcome = (True, self._work())
        except Exception as exc:
            outcome = (False, as_backend_error(exc))
        self._runner.store_outcome(self._task_id, outcome)
        self._runner.finished_on_worker.emit(self._task_id)


class TaskRunner(QObject):
    """Runs callables on a thread pool; create it on the GUI thread."""

    #: only the task id crosses threads: Python objects (None above all) sent through queued
    #: signals have shown reference-count errors in PySide6, so outcomes wait in a locked dict
    finished_on_worker = Signal(int)
    busy_changed = Signal(bool)
    #: every task error, after its own callback (for the connection indicator)
    task_failed = Signal(object)
    task_succeeded = Signal()

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Callbacks] = {}
        self._outcomes: dict[int, tuple[bool, Any]] = {}
        self._outcomes_lock = threading.Lock()
        self.finished_on_worker.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def pending_count(self) -> int:
        return len(self._pending)

    def run(
        self,
        work: Callable[[], Any],
        on_success: SuccessCallback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> int:
        task_id = next(self._ids)
        self._pending[task_id] = _Callbacks(on_success, on_error)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(self, task_id, work))
        return task_id

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """For shutdown and tests only: waits for the workers (never call from a GUI slot)."""
        return bool(self._pool.waitForDone(msecs))

    def store_outcome(self, task_id: int, outcome: tuple[bool, Any]) -> None:
        """Called on the worker thread, just before it signals the GUI thread."""
        with self._outcomes_lock:
            self._outcomes[task_id] = outcome

    @Slot(int)
    def _deliver(self, task_id: int) -> None:
        with self._outcomes_lock:
            ok, payload = self._outcomes.pop(task_id)
        callbacks = self._pending.pop(task_id, None)
        if not self._pending:
            self.busy_changed.emit(False)
        if callbacks is None:
            return
        if ok:
            self.task_succeeded.emit()
            if callbacks.on_success is not None:
                callbacks.on_success(payload)
            return
        assert isinstance(payload, BackendError)
        if callbacks.on_error is not None:
            callbacks.on_error(payload)
        else:
            _log.warning("unhandled task error: %s", payload)
        self.task_failed.emit(payload)


class GuiBlockWatchdog(QObject):
    """A heartbeat timer on the GUI thread: a late tick means the GUI thread was blocked."""

    blocked = Signal(int)

    def __init__(self, parent: QObject | None = None, interval_ms: int = 50) -> None:
        super().__init__(parent)
        self._interval_ms = interval_ms
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = time.monotonic()

    @staticmethod
    def enabled_by_environment() -> bool:
        return os.environ.get(DEV_ENV, "") not in ("", "0")

    def start(self) -> None:
        self._last = time.monotonic()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @Slot()
    def _tick(self) -> None:
        now = time.monotonic()
        late_ms = int((now - self._last) * 1000) - self._interval_ms
        self._last = now
        if late_ms > BLOCK_WARNING_MS:
            _log.warning("GUI thread blocked for about %d ms", late_ms)
            self.blocked.emit(late_ms)
