"""Work runs off the GUI thread; results and errors come back on it."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread

from iwebs_client.backend.client_types import BackendError
from iwebs_client.tasks import GuiBlockWatchdog, TaskRunner


def test_results_come_back_on_the_gui_thread(qtbot) -> None:
    runner = TaskRunner()
    gui_thread = QThread.currentThread()
    seen: dict[str, object] = {}

    def work() -> str:
        seen["worker"] = threading.current_thread().name
        return "done"

    def on_success(result: object) -> None:
        seen["result"] = result
        seen["on_gui_thread"] = QThread.currentThread() is gui_thread

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: busy is False):
        runner.run(work, on_success)
    assert seen["result"] == "done"
    assert seen["on_gui_thread"] is True
    assert seen["worker"] != threading.main_thread().name


def test_errors_become_backend_errors(qtbot) -> None:
    runner = TaskRunner()
    errors: list[BackendError] = []

    def boom() -> None:
        raise ValueError("bad")

    def refused() -> None:
        raise BackendError(code="PERMISSION_DENIED", reason="PERMISSION_DENIED")

    with qtbot.waitSignal(runner.task_failed):
        runner.run(boom, on_error=errors.append)
    with qtbot.waitSignal(runner.task_failed):
        runner.run(refused, on_error=errors.append)
    assert [e.reason for e in errors] == ["CLIENT_ERROR", "PERMISSION_DENIED"]


def test_the_gui_does_not_wait_for_slow_work(qtbot) -> None:
    runner = TaskRunner()
    release = threading.Event()
    started = time.monotonic()
    runner.run(lambda: release.wait(5))
    assert time.monotonic() - started < 0.1
    assert runner.pending_count == 1
    release.set()
    qtbot.waitUntil(lambda: runner.pending_count == 0)


def test_watchdog_reports_a_blocked_gui_thread(qtbot) -> None:
    watchdog = GuiBlockWatchdog(interval_ms=20)
    watchdog.start()
    qtbot.wait(50)
    with qtbot.waitSignal(watchdog.blocked, timeout=2000):
        time.sleep(0.3)  # blocks the GUI thread on purpose
    watchdog.stop()
