"""Counts and times every SQL statement a benchmark server runs (all engines of the
process), by statement text cut to its first words: what one payment costs in statements
and in database round-trip time. Costs two Python calls per statement.

It also times how long a transaction holds a receipt series' row lock: from the end of its
`SELECT ... FROM receipt_series ... FOR UPDATE` to the end of its commit (one agency's
payments pass that section one at a time, CASH-02)."""

from __future__ import annotations

import re
import threading
import time
from collections import defaultdict
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

_SPACES = re.compile(r"\s+")
_PARAMS = re.compile(r"\(%\(.*|\(\?.*|VALUES .*", re.IGNORECASE)


class SqlTrace:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._local = threading.local()
        self.stats: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
        self._keys: dict[str, str] = {}
        self.holds: list[float] = []

    def install(self) -> None:
        event.listen(Engine, "before_cursor_execute", self._before)
        event.listen(Engine, "after_cursor_execute", self._after)
        event.listen(Engine, "commit", self._before_commit)
        event.listen(Session, "after_commit", self._after_commit)

    def reset(self) -> None:
        with self._lock:
            self.stats.clear()
            self.holds.clear()

    def _before(self, *_: Any) -> None:
        self._local.started = time.perf_counter()

    def _after(self, _conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        elapsed = time.perf_counter() - getattr(self._local, "started", time.perf_counter())
        key = self._keys.get(statement)
        if key is None:
            key = self._keys[statement] = _PARAMS.sub("", _SPACES.sub(" ", statement).strip())[:110]
        if key.startswith("SELECT receipt_series") and "FOR UPDATE" in statement:
            self._local.locked_at = time.perf_counter()
        with self._lock:
            entry = self.stats[key]
            entry[0] += 1
            entry[1] += elapsed

    def _before_commit(self, _conn: Any) -> None:
        self._local.committing = time.perf_counter()

    def _after_commit(self, _session: Any) -> None:
        started = getattr(self._local, "committing", None)
        if started is None:
            return
        self._local.committing = None
        now = time.perf_counter()
        elapsed = now - started
        locked_at = getattr(self._local, "locked_at", None)
        self._local.locked_at = None
        with self._lock:
            entry = self.stats["COMMIT"]
            entry[0] += 1
            entry[1] += elapsed
            if locked_at is not None:
                self.holds.append(now - locked_at)

    def report(self) -> list[dict[str, Any]]:
        with self._lock:
            rows = [
                {"statement": key, "count": int(count), "seconds": round(seconds, 4)}
                for key, (count, seconds) in self.stats.items()
            ]
            holds = sorted(self.holds)
        if holds:
            rows.append(
                {
                    "statement": "(receipt series lock held, until the commit's end)",
                    "count": len(holds),
                    "seconds": round(sum(holds), 4),
                    "p50_ms": round(1000 * holds[len(holds) // 2], 2),
                    "p99_ms": round(1000 * holds[int(len(holds) * 0.99)], 2),
                }
            )
        return sorted(rows, key=lambda r: -r["seconds"])
