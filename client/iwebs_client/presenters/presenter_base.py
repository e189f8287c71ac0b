"""What every presenter shares: a busy flag, errors as a signal, retry with the same request id."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from iwebs_client.backend.client_types import BackendError
from iwebs_client.tasks import TaskRunner


def new_request_id() -> str:
    return str(uuid.uuid4())


class CommandIntent:
    """One user intent: its request id is kept across retries and renewed after success."""

    def __init__(self) -> None:
        self.request_id = new_request_id()

    def renew(self) -> None:
        self.request_id = new_request_id()


class PresenterBase(QObject):
    busy_changed = Signal(bool)
    #: a BackendError; the view shows `error_messages.error_text(error)`
    failed = Signal(object)

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._busy = 0
        self._last: tuple[Callable[[], Any], Callable[[Any], None]] | None = None

    @property
    def busy(self) -> bool:
        return self._busy > 0

    def _run(self, work: Callable[[], Any], on_success: Callable[[Any], None]) -> None:
        """Runs `work` on a worker; `on_success` then runs on the GUI thread."""
        self._last = (work, on_success)
        self._set_busy(+1)

        def done(result: Any) -> None:
            self._set_busy(-1)
            on_success(result)

        def failed(error: BackendError) -> None:
            self._set_busy(-1)
            self.failed.emit(error)

        self._tasks.run(work, done, failed)

    def retry_last(self) -> None:
        """Sends the last command again, with the same request id (the closure keeps it)."""
        if self._last is not None:
            self._run(*self._last)

    def _set_busy(self, delta: int) -> None:
        was = self.busy
        self._busy += delta
        if self.busy != was:
            self.busy_changed.emit(self.busy)
