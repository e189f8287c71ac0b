"""First in the chain: a correlation id for the call, its call state, and a log line."""

from __future__ import annotations

import logging
import time
import uuid
from typing import Any

import grpc

from iwebs_server.application import call_context
from iwebs_server.rpc import call_state
from iwebs_server.rpc.errors import CORRELATION_HEADER
from iwebs_server.rpc.interceptors.base import Behaviour, WrappingInterceptor

log = logging.getLogger("iwebs.rpc")
_READ_HEADERS = frozenset({CORRELATION_HEADER, "authorization"})


class CorrelationInterceptor(WrappingInterceptor):
    def around(
        self, method: str, call: Behaviour, request: Any, context: grpc.ServicerContext
    ) -> Any:
        metadata = {
            k: v
            for k, v in context.invocation_metadata()
            if k in _READ_HEADERS and isinstance(v, str)
        }
        given = metadata.get(CORRELATION_HEADER, "")
        correlation_id = given if 8 <= len(given) <= 64 and given.isascii() else uuid.uuid4().hex
        state = call_state.CallState(method, correlation_id, metadata, peer=context.peer())
        state_token = call_state.current.set(state)
        id_token = call_context.correlation_id.set(correlation_id)
        context.set_trailing_metadata(((CORRELATION_HEADER, correlation_id),))
        try:
            return call(request, context)
        finally:
            if log.isEnabledFor(logging.DEBUG):
                log.debug(
                    "rpc",
                    extra={
                        "method": method,
                        "correlation_id": correlation_id,
                        "ms": round((time.perf_counter() - state.started) * 1000, 2),
                        "reason": state.error_reason,
                    },
                )
            call_context.correlation_id.reset(id_token)
            call_state.current.reset(state_token)
