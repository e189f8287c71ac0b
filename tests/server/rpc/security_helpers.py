"""Helpers of the black-box security suite: expected refusals, raw calls by method name,
the method catalogue from the compiled descriptors, and audit log look-ups."""

from __future__ import annotations

import dataclasses
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import grpc
import pytest
from google.protobuf import message_factory
from google.protobuf.descriptor import MethodDescriptor

from iwebs_server.application.views import AuditEventView
from iwebs_server.domain.principal import system_principal
from iwebs_server.rpc.server import SERVICE_MODULES
from tests.factories.grpc_client import DEADLINE, ErrorDetails, Workstation, error_details
from tests.factories.live_server import LiveServer


def new_request_id() -> str:
    return str(uuid.uuid4())


def refused(
    call: Callable[..., Any],
    request: Any,
    code: grpc.StatusCode,
    reason: str | None,
    **kwargs: Any,
) -> ErrorDetails:
    """Calls and expects a refusal with this status code and ErrorInfo reason."""
    with pytest.raises(grpc.RpcError) as caught:
        call(request, **kwargs)
    details = error_details(caught.value)
    assert (details.code, details.reason) == (code, reason), (
        f"expected {code.name}/{reason}, got {details.code.name}/{details.reason}: "
        f"{caught.value.details()}"  # type: ignore[attr-defined]
    )
    return details


def all_methods() -> Iterator[MethodDescriptor]:
    """Every method of every iwebs.v1 service, from the compiled descriptors."""
    for module in SERVICE_MODULES:
        for service in module.DESCRIPTOR.services_by_name.values():
            yield from service.methods


def full_name(method: MethodDescriptor) -> str:
    return f"/{method.containing_service.full_name}/{method.name}"


def empty_request(method: MethodDescriptor) -> Any:
    return message_factory.GetMessageClass(method.input_type)()


def call_method(
    channel: grpc.Channel, method: MethodDescriptor, request: Any = None, token: str = ""
) -> Any:
    """A unary call by descriptor; a client-streaming method (an upload) gets a stream of
    one message."""
    assert not method.server_streaming, full_name(method)
    output = message_factory.GetMessageClass(method.output_type)
    if method.client_streaming:
        upload = channel.stream_unary(
            full_name(method),
            request_serializer=lambda m: m.SerializeToString(),
            response_deserializer=output.FromString,
        )
        return upload(
            iter([request if request is not None else empty_request(method)]),
            metadata=[("authorization", f"Bearer {token}")] if token else [],
            timeout=DEADLINE,
        )
    callable_ = channel.unary_unary(
        full_name(method),
        request_serializer=lambda m: m.SerializeToString(),
        response_deserializer=output.FromString,
    )
    metadata = [("authorization", f"Bearer {token}")] if token else []
    return callable_(
        request if request is not None else empty_request(method),
        metadata=metadata,
        timeout=DEADLINE,
    )


def call_error(
    channel: grpc.Channel, method: MethodDescriptor, request: Any = None, token: str = ""
) -> ErrorDetails | None:
    """None when the call succeeded, else its status and reason."""
    try:
        call_method(channel, method, request, token)
    except grpc.RpcError as error:
        return error_details(error)
    return None


def enrollment_channel(server: LiveServer) -> grpc.Channel:
    """Server-authenticated TLS to the enrollment port: no client certificate."""
    credentials = grpc.ssl_channel_credentials(server.ca_cert_pem.encode())
    return grpc.secure_channel(f"{server.host}:{server.enrollment_port}", credentials)


def on_server(workstation: Workstation, server: LiveServer) -> Workstation:
    """The same workstation identity (key and certificate) aimed at another server."""
    return dataclasses.replace(workstation, address=f"{server.host}:{server.port}", channels=[])


def audit_events(server: LiveServer, **filters: Any) -> list[AuditEventView]:
    """Audit events (newest first) after flushing the per-RPC writer."""
    server.flush_audit()
    page = server.services.audit_queries.search(system_principal("tests"), 500, "", **filters)
    return list(page.items)


def wait_for_audit(
    server: LiveServer,
    predicate: Callable[[AuditEventView], bool],
    timeout: float = 5.0,
    **filters: Any,
) -> AuditEventView:
    """The newest matching event; the per-RPC writer may be mid-batch, so poll briefly."""
    deadline = time.monotonic() + timeout
    while True:
        found = [e for e in audit_events(server, **filters) if predicate(e)]
        if found:
            return found[0]
        if time.monotonic() > deadline:
            raise AssertionError(f"no audit event matching {filters}")
        time.sleep(0.05)
