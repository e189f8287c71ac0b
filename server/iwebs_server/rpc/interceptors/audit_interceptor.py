"""Records every call in the audit log: who, workstation, agency, method, outcome, duration.

It stands right after the correlation interceptor, before the security checks, so that a
call refused by them is recorded too (T-SEC-7)."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

import grpc

from iwebs_server.application.audit_trail import (
    DENIED,
    FAILURE,
    SUCCESS,
    AccessLogWriter,
    AuditRecord,
)
from iwebs_server.domain.errors import DomainError, ErrorKind
from iwebs_server.rpc import call_state
from iwebs_server.rpc.interceptors.base import Behaviour, WrappingInterceptor

_NOT_AUDITED_PREFIXES = ("/grpc.health.v1.", "/grpc.reflection.")
_DENIED_KINDS = (ErrorKind.UNAUTHENTICATED, ErrorKind.PERMISSION_DENIED)


class AuditInterceptor(WrappingInterceptor):
    def __init__(self, writer: AccessLogWriter) -> None:
        self._writer = writer

    def wants(self, method: str) -> bool:
        return not method.startswith(_NOT_AUDITED_PREFIXES)

    def around(
        self, method: str, call: Behaviour, request: Any, context: grpc.ServicerContext
    ) -> Any:
        outcome = SUCCESS
        try:
            return call(request, context)
        except DomainError as error:
            outcome = DENIED if error.kind in _DENIED_KINDS else FAILURE
            call_state.state().error_reason = error.reason
            raise
        except BaseException:
            outcome = FAILURE
            call_state.state().error_reason = "INTERNAL"
            raise
        finally:
            self._record(method, outcome, request)

    def _record(self, method: str, outcome: str, request: Any) -> None:
        state = call_state.state()
        principal, workstation = state.principal, state.workstation
        self._writer.submit(
            AuditRecord(
                occurred_at=datetime.now(UTC),
                action="rpc" + method.replace("/", ".", 2).replace("..", "."),
                outcome=outcome,
                user_id=principal.user_id if principal else None,
                user_login=principal.login if principal else None,
                workstation_id=workstation.workstation_id if workstation else None,
                agency_id=workstation.agency_id if workstation else None,
                reason=state.error_reason,
                request_id=getattr(request, "request_id", None) or None,
                correlation_id=state.correlation_id,
                duration_ms=int((time.perf_counter() - state.started) * 1000),
                details_json=None if workstation else f'{{"peer": "{state.peer[:80]}"}}',
            )
        )
