"""Work that outlives the RPC call that started it (a legacy import of a million rows).

Jobs run on their own small pool, one at a time by default: an import takes a core and
the database's write bandwidth, and two at once would only slow both. A key is run once
even when the same start is asked twice."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

log = logging.getLogger(__name__)


class BackgroundJobs:
    def __init__(self, workers: int = 1) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="job")
        self._lock = threading.Lock()
        self._futures: dict[str, Future[None]] = {}

    def submit(self, key: str, work: Callable[[], None]) -> bool:
        """Runs `work` once per key; False when that key was already submitted."""
        with self._lock:
            if key in self._futures:
                return False
            self._futures[key] = self._pool.submit(self._guarded, key, work)
            return True

    @staticmethod
    def _guarded(key: str, work: Callable[[], None]) -> None:
        try:
            work()
        except Exception:
            log.exception("background job %s failed", key)

    def wait(self, key: str, timeout: float | None = None) -> None:
        """Waits for a job to end (tests, shutdown)."""
        with self._lock:
            future = self._futures.get(key)
        if future is not None:
            future.result(timeout)

    def shutdown(self, wait: bool = True) -> None:
        self._pool.shutdown(wait=wait, cancel_futures=True)
