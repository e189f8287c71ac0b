"""A real grpc.RpcError with rich details becomes a BackendError with reason and violations."""

from __future__ import annotations

from typing import Any

import grpc
import pytest
from google.protobuf import any_pb2
from google.rpc import code_pb2, error_details_pb2, status_pb2
from grpc_status import rpc_status

from iwebs.v1 import session_pb2, session_service_pb2
from iwebs_client.backend.channel import _wrap, open_insecure_channel_for_tests
from iwebs_client.backend.client_types import BackendError
from iwebs_client.backend.session import SessionMetadataInterceptor, SessionState
from iwebs_client.backend.session_gateway import SessionGateway

from .tiny_grpc_server import session_service_server


def _rich_abort(context: grpc.ServicerContext) -> None:
    info = any_pb2.Any()
    info.Pack(
        error_details_pb2.ErrorInfo(
            reason="PASSWORD_POLICY", domain="iwebs", metadata={"min_length": "12"}
        )
    )
    bad = any_pb2.Any()
    bad.Pack(
        error_details_pb2.BadRequest(
            field_violations=[
                error_details_pb2.BadRequest.FieldViolation(
                    field="new_password", description="too short"
                )
            ]
        )
    )
    status = status_pb2.Status(
        code=code_pb2.INVALID_ARGUMENT, message="password rejected", details=[info, bad]
    )
    grpc_status = rpc_status.to_status(status)
    trailing = (*grpc_status.trailing_metadata, ("x-correlation-id", "corr-123"))
    context.abort_with_status(grpc_status._replace(trailing_metadata=trailing))


def test_error_info_and_field_violations_are_read() -> None:
    def handler(request: Any, context: grpc.ServicerContext) -> Any:
        _rich_abort(context)

    with session_service_server(handler) as target:
        handle = open_insecure_channel_for_tests(target)
        gateway = SessionGateway(handle.channel, SessionState())
        with pytest.raises(BackendError) as caught:
            gateway.get_current_session()
        handle.close()
    err = caught.value
    assert err.code == "INVALID_ARGUMENT"
    assert err.reason == "PASSWORD_POLICY"
    assert err.message == "password rejected"
    assert err.metadata == {"min_length": "12"}
    assert [(v.field, v.description) for v in err.field_violations] == [
        ("new_password", "too short")
    ]
    assert err.correlation_id == "corr-123"


def test_an_error_without_details_gets_a_reason_from_its_code() -> None:
    def handler(request: Any, context: grpc.ServicerContext) -> Any:
        context.abort(grpc.StatusCode.PERMISSION_DENIED, "no")

    with session_service_server(handler) as target:
        handle = open_insecure_channel_for_tests(target)
        with pytest.raises(BackendError) as caught:
            SessionGateway(handle.channel, SessionState()).get_current_session()
        handle.close()
    assert caught.value.reason == "PERMISSION_DENIED"


def test_session_metadata_carries_the_bearer_token_and_a_correlation_id() -> None:
    seen: dict[str, str] = {}

    def handler(request: Any, context: grpc.ServicerContext) -> Any:
        seen.update(dict(context.invocation_metadata()))
        return session_service_pb2.GetCurrentSessionResponse(
            session=session_pb2.SessionInfo(login="awa")
        )

    session = SessionState()
    session.set_token("tok-1")
    with session_service_server(handler) as target:
        raw = grpc.insecure_channel(target)
        handle = _wrap(raw, target, [SessionMetadataInterceptor(session)])
        info = SessionGateway(handle.channel, session).get_current_session()
        handle.close()
    assert info.login == "awa"
    assert seen["authorization"] == "Bearer tok-1"
    assert len(seen["x-correlation-id"]) == 36
