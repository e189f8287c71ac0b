"""A tiny real gRPC server for unit tests of the client backend (not the iWEBS server)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent import futures
from contextlib import contextmanager
from typing import Any

import grpc

from iwebs.v1 import session_service_pb2_grpc

Handler = Callable[[Any, grpc.ServicerContext], Any]


@contextmanager
def session_service_server(get_current_session: Handler) -> Iterator[str]:
    """Serves SessionService.GetCurrentSession with `get_current_session`; yields the target."""

    class _Servicer(session_service_pb2_grpc.SessionServiceServicer):
        def GetCurrentSession(self, request: Any, context: grpc.ServicerContext) -> Any:
            return get_current_session(request, context)

    server = grpc.server(futures.ThreadPoolExecutor(max_workers=2))
    session_service_pb2_grpc.add_SessionServiceServicer_to_server(_Servicer(), server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    try:
        yield f"127.0.0.1:{port}"
    finally:
        server.stop(grace=None)
