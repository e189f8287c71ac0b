"""A server interceptor that wraps the behaviour of each call with one concern.

Subclasses implement `around(method, call, request, context)` where `call(request,
context)` runs the rest of the chain. Streaming responses are wrapped so that the concern
sees the whole stream; a client-streaming call passes its request iterator as `request`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import grpc

Behaviour = Callable[[Any, grpc.ServicerContext], Any]

# The only bidirectional streams the server runs: server reflection, public and registered
# in development and demo mode only (rpc/permissions.py). Any other one is refused.
UNCHECKED_STREAMS = frozenset(
    {
        "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo",
        "/grpc.reflection.v1.ServerReflection/ServerReflectionInfo",
    }
)


class WrappingInterceptor(grpc.ServerInterceptor):  # type: ignore[type-arg]
    _wrapped: dict[str, tuple[Any, Any]] | None = None

    def wants(self, method: str) -> bool:
        return True

    def around(
        self, method: str, call: Behaviour, request: Any, context: grpc.ServicerContext
    ) -> Any:
        raise NotImplementedError

    def intercept_service(self, continuation, handler_call_details):  # type: ignore[no-untyped-def]
        handler = continuation(handler_call_details)
        method = handler_call_details.method
        if handler is None or not self.wants(method):
            return handler
        # The inner handler of a method is the same object on every call: wrap it once.
        if self._wrapped is None:
            self._wrapped = {}
        cached = self._wrapped.get(method)
        if cached is not None and cached[0] is handler:
            return cached[1]
        wrapped = self._wrap(method, handler)
        self._wrapped[method] = (handler, wrapped)
        return wrapped

    def _wrap(self, method: str, handler: Any) -> Any:
        if handler.unary_unary is not None:
            inner = handler.unary_unary

            def unary_unary(request: Any, context: grpc.ServicerContext) -> Any:
                return self.around(method, inner, request, context)

            return handler._replace(unary_unary=unary_unary)
        if handler.unary_stream is not None:
            inner_stream = handler.unary_stream

            def unary_stream(request: Any, context: grpc.ServicerContext) -> Iterator[Any]:
                def whole_stream(req: Any, ctx: grpc.ServicerContext) -> list[Any]:
                    return list(inner_stream(req, ctx))

                yield from self.around(method, whole_stream, request, context)

            return handler._replace(unary_stream=unary_stream)
        if handler.stream_unary is not None:
            # Client streaming (an upload in chunks): `request` is the iterator of messages,
            # read by the handler once every security check has passed.
            inner_upload = handler.stream_unary

            def stream_unary(requests: Iterator[Any], context: grpc.ServicerContext) -> Any:
                return self.around(method, inner_upload, requests, context)

            return handler._replace(stream_unary=stream_unary)
        if method in UNCHECKED_STREAMS:
            return handler
        # Deny by default: a kind of handler the chain cannot wrap (bidirectional streaming)
        # would run without its checks, so such a call is refused (gRPC answers UNKNOWN).
        raise TypeError(f"{method}: bidirectional streaming is not supported by the chain")
