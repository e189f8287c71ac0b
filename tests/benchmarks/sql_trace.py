"""Counts and times every SQL statement a benchmark server runs (all engines of the
process), by statement text cut to its first words: what one payment costs in statements
and in database round-trip time. Costs two Python calls per statement."""

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

    def install(self) -> None:
        event.listen(Engine, "before_cursor_execute", self._before)
        event.listen(Engine, "after_cursor_execute", self._after)
        event.listen(Engine, "commit", self._before_commit)
        event.listen(Session, "after_commit", self._after_commit)

    def reset(self) -> None:
        with self._lock:
            self.stats.clear()

    def _before(self, *_: Any) -> None:
        self._local.started = time.perf_counter()

    def _after(self, _conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        elapsed = time.perf_counter() - getattr(self._local, "started", time.perf_counter())
        key = self._keys.get(statement)
        if key is None:
            key = self._keys[statement] = _PARAMS.sub("", _SPACES.sub(" ", statement).strip())[:110]
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
        elapsed = time.perf_counter() - started
        with self._lock:
            entry = self.stats["COMMIT"]
            entry[0] += 1
            entry[1] += elapsed

    def report(self) -> list[dict[str, Any]]:
        with self._lock:
            rows = [
                {"statement": key, "count": int(count), "seconds": round(seconds, 4)}
                for key, (count, seconds) in self.stats.items()
            ]
        return sorted(rows, key=lambda r: -r["seconds"])
