"""Writing to the audit log (ADM-8, SEC-09).

Two paths into one hash-chained log:
- `AuditTrail.record` appends inside the caller's transaction: security events and
  changes to sensitive data are stored if and only if the change is.
- `AccessLogWriter` receives one record per RPC from the transport and appends them in
  batches from a background thread, so that chaining does not serialize every call.
"""

from __future__ import annotations

import json
import logging
import threading
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from iwebs_server.application import call_context
from iwebs_server.application.clock import Clock
from iwebs_server.domain.principal import Principal
from iwebs_server.persistence.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)

SUCCESS, FAILURE, DENIED = "success", "failure", "denied"


@dataclass(frozen=True)
class AuditRecord:
    occurred_at: datetime
    action: str
    outcome: str = SUCCESS
    user_id: str | None = None
    user_login: str | None = None
    workstation_id: str | None = None
    agency_id: str | None = None
    object_type: str | None = None
    object_id: str | None = None
    reason: str | None = None
    request_id: str | None = None
    correlation_id: str | None = None
    duration_ms: int | None = None
    details_json: str | None = None

    def as_fields(self) -> dict[str, Any]:
        # Not dataclasses.asdict: it deep-copies, and this runs once per RPC.
        return {name: getattr(self, name) for name in _RECORD_FIELDS}


_RECORD_FIELDS = tuple(f.name for f in fields(AuditRecord))


def details(**values: Any) -> str:
    return json.dumps(values, sort_keys=True, ensure_ascii=False, default=str)


def change_details(old: Mapping[str, Any], new: Mapping[str, Any]) -> str:
    """Old and new values of the fields that changed (ADM-8)."""
    changed = {k: {"old": old.get(k), "new": v} for k, v in new.items() if old.get(k) != v}
    return details(changes=changed)


class AuditTrail:
    def __init__(self, clock: Clock) -> None:
        self._clock = clock

    def record(
        self,
        uow: UnitOfWork,
        action: str,
        *,
        principal: Principal | None = None,
        outcome: str = SUCCESS,
        agency_id: str | None = None,
        object_type: str | None = None,
        object_id: str | None = None,
        reason: str | None = None,
        request_id: str | None = None,
        details_json: str | None = None,
        workstation_id: str | None = None,
        user_id: str | None = None,
        user_login: str | None = None,
    ) -> None:
        record = AuditRecord(
            occurred_at=self._clock.now(),
            action=action,
            outcome=outcome,
            user_id=principal.user_id if principal else user_id,
            user_login=principal.login if principal else user_login,
            workstation_id=principal.workstation_id if principal else workstation_id,
            agency_id=agency_id,
            object_type=object_type,
            object_id=object_id,
            reason=reason,
            request_id=request_id or None,
            correlation_id=call_context.correlation_id.get() or None,
            details_json=details_json,
        )
        uow.audit.append([record.as_fields()])

    def record_now(self, uow_factory: Callable[[], UnitOfWork], action: str, **kwargs: Any) -> None:
        """Records in a transaction of its own: for failures whose own transaction rolls back."""
        with uow_factory() as uow:
            self.record(uow, action, **kwargs)


class AccessLogWriter:
    """Batches per-RPC records (who, workstation, agency, method, outcome, duration).

    `submit` only appends to a deque (no lock, no thread wake-up per call); the writer
    thread wakes every `flush_interval_seconds`, drains the deque and appends the records
    to the chain in batches. A crash loses at most the records of the last interval."""

    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        *,
        max_batch: int = 1000,
        flush_interval_seconds: float = 0.2,
        max_queued: int = 100_000,
    ) -> None:
        self._uow = uow_factory
        self._max_batch = max_batch
        self._interval = flush_interval_seconds
        self._max_queued = max_queued
        self._pending: deque[AuditRecord] = deque()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._write_lock = threading.Lock()
        self.dropped = 0

    def start(self) -> None:
        self._stopping.clear()
        self._thread = threading.Thread(target=self._run, name="audit-access-log", daemon=True)
        self._thread.start()

    def submit(self, record: AuditRecord) -> None:
        if len(self._pending) >= self._max_queued:
            self.dropped += 1
            log.error(
                "audit access log backlog full; record dropped", extra={"action": record.action}
            )
            return
        self._pending.append(record)

    def stop(self) -> None:
        if self._thread is not None:
            self._stopping.set()
            self._thread.join(timeout=10)
            self._thread = None
        self.flush()

    def flush(self) -> None:
        """Writes everything submitted so far (the writer thread, tests, shutdown)."""
        with self._write_lock:
            while self._pending:
                batch: list[AuditRecord] = []
                while self._pending and len(batch) < self._max_batch:
                    batch.append(self._pending.popleft())
                self._write(batch)

    def _run(self) -> None:
        while not self._stopping.wait(self._interval):
            self.flush()

    def _write(self, batch: list[AuditRecord]) -> None:
        try:
            with self._uow() as uow:
                uow.audit.append([r.as_fields() for r in batch])
        except Exception:
            log.exception("could not write %d audit access records", len(batch))
