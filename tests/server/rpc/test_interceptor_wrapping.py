"""SEC-06 deny by default in the transport: every kind of handler the chain serves is wrapped
by each interceptor; a kind it cannot wrap (bidirectional streaming) is refused, never run
without the checks."""

from __future__ import annotations

from typing import Any

import grpc
import pytest

from iwebs_server.rpc.interceptors.base import WrappingInterceptor


class Recording(WrappingInterceptor):
    def __init__(self) -> None:
        self.seen: list[str] = []

    def around(self, method: str, call: Any, request: Any, context: Any) -> Any:
        self.seen.append(method)
        return call(request, context)


class Details:
    def __init__(self, method: str) -> None:
        self.method = method


def echo(request: Any, context: Any) -> Any:
    return request


def echo_all(requests: Any, context: Any) -> Any:
    return list(requests)


def test_unary_and_client_streaming_handlers_go_through_the_interceptor():
    interceptor = Recording()
    unary = interceptor.intercept_service(
        lambda _: grpc.unary_unary_rpc_method_handler(echo), Details("/x.S/Unary")
    )
    assert unary.unary_unary("ping", None) == "ping"
    upload = interceptor.intercept_service(
        lambda _: grpc.stream_unary_rpc_method_handler(echo_all), Details("/x.S/Upload")
    )
    assert upload.stream_unary(iter(["a", "b"]), None) == ["a", "b"]
    assert interceptor.seen == ["/x.S/Unary", "/x.S/Upload"]


def test_a_bidirectional_stream_is_refused_rather_than_run_unchecked():
    """Only server reflection (public, development and demo mode) streams both ways."""
    interceptor = Recording()
    with pytest.raises(TypeError, match="bidirectional"):
        interceptor.intercept_service(
            lambda _: grpc.stream_stream_rpc_method_handler(echo_all), Details("/x.S/Chat")
        )
    reflection = "/grpc.reflection.v1.ServerReflection/ServerReflectionInfo"
    handler = grpc.stream_stream_rpc_method_handler(echo_all)
    assert interceptor.intercept_service(lambda _: handler, Details(reflection)) is handler
