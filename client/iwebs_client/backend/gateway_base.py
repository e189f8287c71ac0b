"""What every gateway shares: a deadline on each call and errors as `BackendError`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import grpc

from iwebs_client.backend.channel import DEFAULT_DEADLINE_SECONDS
from iwebs_client.backend.errors import backend_error_from_rpc_error

ResponseT = TypeVar("ResponseT")
DEFAULT_PAGE_SIZE = 100


class Gateway:
    """Base of the per-service gateways; methods run on worker threads, never the GUI thread."""

    def __init__(self, channel: grpc.Channel, deadline_seconds: float = DEFAULT_DEADLINE_SECONDS):
        self._channel = channel
        self._deadline = deadline_seconds

    def _invoke(
        self,
        method: Callable[..., Any],
        request: Any,
        response_type: type[ResponseT],
        timeout: float | None = None,
    ) -> ResponseT:
        try:
            response = method(request, timeout=timeout or self._deadline)
        except grpc.RpcError as err:
            raise backend_error_from_rpc_error(err) from None
        if not isinstance(response, response_type):
            raise TypeError(f"expected {response_type.__name__}, got {type(response).__name__}")
        return response
