"""Every call carries a deadline: the channel wrapper refuses calls without one."""

from __future__ import annotations

import time

import grpc
import pytest

from iwebs.v1 import session_service_pb2, session_service_pb2_grpc
from iwebs_client.backend.channel import MissingDeadlineError, open_insecure_channel_for_tests
from iwebs_client.backend.client_types import BackendError
from iwebs_client.backend.session import SessionState
from iwebs_client.backend.session_gateway import SessionGateway


def _closed_port_target() -> str:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"127.0.0.1:{port}"


def test_a_call_without_deadline_is_refused_before_sending() -> None:
    handle = open_insecure_channel_for_tests(_closed_port_target())
    stub = session_service_pb2_grpc.SessionServiceStub(handle.channel)
    started = time.monotonic()
    with pytest.raises(MissingDeadlineError):
        stub.GetCurrentSession(session_service_pb2.GetCurrentSessionRequest())
    assert time.monotonic() - started < 1.0
    handle.close()


def test_a_call_with_zero_deadline_is_refused() -> None:
    handle = open_insecure_channel_for_tests(_closed_port_target())
    stub = session_service_pb2_grpc.SessionServiceStub(handle.channel)
    with pytest.raises(MissingDeadlineError):
        stub.GetCurrentSession(session_service_pb2.GetCurrentSessionRequest(), timeout=0)
    handle.close()


def test_gateways_always_send_a_deadline_and_report_network_down_as_unavailable() -> None:
    handle = open_insecure_channel_for_tests(_closed_port_target())
    gateway = SessionGateway(handle.channel, SessionState(), deadline_seconds=2.0)
    with pytest.raises(BackendError) as caught:
        gateway.get_current_session()
    assert caught.value.reason == "UNAVAILABLE"
    assert caught.value.is_connection_problem
    assert caught.value.code == grpc.StatusCode.UNAVAILABLE.name
    handle.close()
