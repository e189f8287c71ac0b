"""What PostgreSQL's backends of a benchmark database are doing, sampled from
pg_stat_activity every few milliseconds during a run: running, waiting on a lock (a receipt
series row, a cash session), on the WAL (commit), or idle in a transaction (waiting for
the Python server to send the next statement: its interpreter lock or its own work)."""

from __future__ import annotations

import threading
import time
from collections import Counter
from typing import Any

import psycopg

QUERY = """
SELECT state, coalesce(wait_event_type, ''), coalesce(wait_event, ''), left(query, 60)
FROM pg_stat_activity
WHERE datname = %s AND backend_type = 'client backend' AND pid <> pg_backend_pid()
"""


class WaitSampler:
    def __init__(self, libpq_url: str, database: str, interval: float = 0.02) -> None:
        self._url = libpq_url
        self._database = database
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.states: Counter[str] = Counter()
        self.lock_queries: Counter[str] = Counter()
        self.samples = 0
        self._sessions_before = 0

    def start(self) -> None:
        self._sessions_before = self._sessions()
        self._thread.start()

    def _sessions(self) -> int:
        """Connections opened to the database so far (PostgreSQL 14+)."""
        with psycopg.connect(self._url, autocommit=True) as connection:
            row = connection.execute(
                "SELECT sessions FROM pg_stat_database WHERE datname = %s", (self._database,)
            ).fetchone()
        return int(row[0]) if row else 0

    def stop(self) -> dict[str, Any]:
        self._stop.set()
        self._thread.join(timeout=10)
        samples = max(1, self.samples)
        return {
            "samples": self.samples,
            "connections_opened": self._sessions() - self._sessions_before,
            # average number of backends in each state at any moment
            "backends": {k: round(v / samples, 2) for k, v in self.states.most_common()},
            "lock_waits_by_query": {
                k: round(v / samples, 2) for k, v in self.lock_queries.most_common(5)
            },
        }

    def _run(self) -> None:
        with psycopg.connect(self._url, autocommit=True) as connection:
            while not self._stop.is_set():
                rows = connection.execute(QUERY, (self._database,)).fetchall()
                self.samples += 1
                for state, wait_type, wait_event, query in rows:
                    if state in (None, "idle"):
                        continue  # a pooled connection nobody uses right now
                    if state == "active" and wait_type in ("", "CPU"):
                        label = "active (running)"
                    elif state == "active":
                        label = f"active, waiting {wait_type}:{wait_event}"
                    else:
                        label = state  # idle in transaction: waiting for the server
                    self.states[label] += 1
                    if wait_type == "Lock":
                        self.lock_queries[" ".join(query.split())] += 1
                time.sleep(self._interval)
