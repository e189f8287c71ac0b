"""Second in the chain (after the correlation id): domain errors raised by the security
checks or the handlers become statuses with reasons; anything unexpected becomes INTERNAL
with the correlation id, logged with its traceback, never sent."""

from __future__ import annotations

import logging
from typing import Any

import grpc
from sqlalchemy.exc import OperationalError

from iwebs_server.domain.errors import DomainError, ServiceUnavailable
from iwebs_server.rpc import call_state
from iwebs_server.rpc.errors import abort, internal_status, status_code
from iwebs_server.rpc.interceptors.base import Behaviour, WrappingInterceptor

log = logging.getLogger("iwebs.rpc")


class ErrorInterceptor(WrappingInterceptor):
    def around(
        self, method: str, call: Behaviour, request: Any, context: grpc.ServicerContext
    ) -> Any:
        try:
            return call(request, context)
        except DomainError as error:
            self._fail(context, error)
        except OperationalError:
            log.exception("database unavailable in %s", method)
            self._fail(
                context, ServiceUnavailable("UNAVAILABLE", "the database is not reachable; retry")
            )
        except Exception as error:
            if _is_abort(context):
                raise
            state = call_state.state()
            state.error_reason = "INTERNAL"
            log.exception(
                "unexpected error in %s (correlation id %s)", method, state.correlation_id
            )
            context.abort_with_status(internal_status(state.correlation_id))
            raise AssertionError("unreachable") from error

    @staticmethod
    def _fail(context: grpc.ServicerContext, error: DomainError) -> None:
        state = call_state.state()
        state.error_reason = error.reason
        abort(context, error, state.correlation_id)


def _is_abort(context: grpc.ServicerContext) -> bool:
    """True when the exception is grpc's own abort (the code is already set)."""
    return status_code(context) not in (None, grpc.StatusCode.OK)
