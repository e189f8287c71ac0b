"""Workers of the bill runs (issue 5 item 6): chunks run outside the RPC threads.

Inside the server: `BillRunWorkers` keeps a few threads (setting `bill_run_workers`,
default 1) that poll for pending chunks and are woken at once when a run is queued. Outside
it: `iwebs billing worker [--processes N]` runs the same loop in N processes. All of them
share the runs through the database: a chunk is claimed, done and marked done in ONE
transaction (PostgreSQL: FOR UPDATE SKIP LOCKED; SQLite: BEGIN IMMEDIATE, the one writer),
so that a crash rolls the chunk back and another worker does it again.
"""

from __future__ import annotations

import logging
import os
import socket
import threading

from iwebs_server.application.bill_run_chunks import BillRunChunks

log = logging.getLogger(__name__)

POLL_SECONDS = 2.0
# after an unexpected failure (database down...), wait before trying again
BACKOFF_SECONDS = (0.5, 1.0, 2.0, 5.0, 10.0)


def worker_name(index: int) -> str:
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{index}"


class BillRunWorkers:
    def __init__(
        self, chunks: BillRunChunks, threads: int = 1, poll_seconds: float = POLL_SECONDS
    ) -> None:
        self._chunks = chunks
        self._count = max(0, threads)
        self._poll = poll_seconds
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._threads: list[threading.Thread] = []

    def start(self) -> None:
        """Starts the threads (again after `stop`)."""
        self._stop.clear()
        for index in range(self._count):
            thread = threading.Thread(
                target=self.run_loop,
                args=(worker_name(index),),
                name=f"bill-run-worker-{index}",
                daemon=True,
            )
            thread.start()
            self._threads.append(thread)

    def wake(self) -> None:
        """Work was queued: the sleeping workers look for it now."""
        self._wake.set()

    def stop(self, timeout: float = 30.0) -> None:
        """Stops after the chunks in progress (each is one transaction)."""
        self._stop.set()
        self._wake.set()
        for thread in self._threads:
            thread.join(timeout)
        self._threads.clear()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def run_loop(self, name: str) -> None:
        failures = 0
        while not self._stop.is_set():
            try:
                worked = self._chunks.process_next(name)
                failures = 0
            except Exception:
                log.exception("bill run worker %s: chunk failed", name)
                delay = BACKOFF_SECONDS[min(failures, len(BACKOFF_SECONDS) - 1)]
                failures += 1
                self._stop.wait(delay)
                continue
            if not worked:
                self._wake.wait(self._poll)
                self._wake.clear()
