"""Deny by default (SEC-06, ADM-4, T-SEC-5): every RPC of every service is in the permission
map; without a session nothing but the public and workstation methods answers; a profile
without the mapped right is refused with PERMISSION_DENIED; an unmapped method is refused."""

from __future__ import annotations

import uuid

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from iwebs.v1 import agency_service_pb2, diagnostics_service_pb2
from iwebs_server.application.bootstrap import STANDARD_PROFILES
from iwebs_server.application.clock import new_id
from iwebs_server.domain import rights
from iwebs_server.persistence.tables.administration import ProfileRow
from iwebs_server.rpc.permissions import METHOD_PERMISSIONS, PUBLIC, WORKSTATION
from tests.server.rpc.security_helpers import (
    all_methods,
    call_error,
    enrollment_channel,
    full_name,
    refused,
    wait_for_audit,
)

UNAUTH = grpc.StatusCode.UNAUTHENTICATED
DENIED = grpc.StatusCode.PERMISSION_DENIED


def _right_methods():  # type: ignore[no-untyped-def]
    return [m for m in all_methods() if not METHOD_PERMISSIONS[full_name(m)].startswith("@")]


def test_every_method_of_every_service_is_mapped():
    """SEC-06: a method missing from METHOD_PERMISSIONS fails this test."""
    names = [full_name(m) for m in all_methods()]
    assert len(names) == len(set(names)) >= 37
    unmapped = [n for n in names if n not in METHOD_PERMISSIONS]
    assert unmapped == []
    # ... and the map names no method that does not exist (a typo would hide a gap).
    known = set(names)
    stale = [n for n in METHOD_PERMISSIONS if n.startswith("/iwebs.") and n not in known]
    assert stale == []
    # Every right named in the map is a real right of the catalogue.
    for permission in METHOD_PERMISSIONS.values():
        assert permission.startswith("@") or permission in rights.ALL_CODES, permission


def test_without_a_session_only_public_and_workstation_methods_answer(live_server):
    """T-SEC-5: each method called with no token over an enrolled workstation's mTLS."""
    workstation = live_server.enroll("DKR")
    channel = workstation.channel()
    for method in all_methods():
        name = full_name(method)
        problem = call_error(channel, method)
        if METHOD_PERMISSIONS[name] in (PUBLIC, WORKSTATION):
            # Reached its handler: empty input is refused on its merits, not for want of a session.
            assert problem is None or problem.reason != "SESSION_REQUIRED", name
        else:
            assert problem is not None, f"{name} answered without a session"
            assert (problem.code, problem.reason) == (UNAUTH, "SESSION_REQUIRED"), name


def test_a_garbage_token_is_refused_on_every_session_method(live_server):
    workstation = live_server.enroll("DKR")
    channel = workstation.channel()
    token = "x" * 43
    for method in all_methods():
        if METHOD_PERMISSIONS[full_name(method)] in (PUBLIC, WORKSTATION):
            continue
        problem = call_error(channel, method, token=token)
        assert problem is not None and (problem.code, problem.reason) == (
            UNAUTH,
            "SESSION_EXPIRED",
        ), full_name(method)


def test_a_profile_without_the_right_is_refused_on_every_right_method(live_server):
    """A cashier holds no administration right: every administration RPC says so."""
    live_server.create_user("cashier1", "cashier", ["DKR"], password="Cashier-Password-1")
    client = live_server.login("cashier1", "Cashier-Password-1")
    # the cashier's own rights (customers.read for the counter search) are not refused
    held = next(p.rights for p in STANDARD_PROFILES if p.code == "cashier")
    methods = [m for m in _right_methods() if METHOD_PERMISSIONS[full_name(m)] not in held]
    assert len(methods) >= 30
    for method in methods:
        name = full_name(method)
        problem = call_error(client.channel, method, token=client.token)
        assert problem is not None, f"{name} answered a cashier"
        assert (problem.code, problem.reason) == (DENIED, "PERMISSION_DENIED"), name
        assert problem.metadata["right"] == METHOD_PERMISSIONS[name]
    # The same session is alive and may call what needs no right.
    assert client.diagnostics.Ping(diagnostics_service_pb2.PingRequest(payload="ok")).payload


def test_every_right_is_needed_by_its_methods(live_server):
    """For each right in the map, a profile with every right but that one is refused on
    exactly the methods mapped to it (so no method is guarded by a wrong right)."""
    workstation = live_server.enroll("DKR")
    by_right: dict[str, list] = {}  # type: ignore[type-arg]
    for method in _right_methods():
        by_right.setdefault(METHOD_PERMISSIONS[full_name(method)], []).append(method)
    app = live_server.app
    for right, methods in sorted(by_right.items()):
        code = "all_but_" + right.replace(".", "_")
        with app.uow_factory() as uow:
            uow.profiles.add(
                ProfileRow(
                    id=new_id(),
                    code=code,
                    name=code,
                    description="",
                    version=1,
                    created_at=app.clock.now(),
                ),
                rights.ALL_CODES - {right},
            )
        login = f"u{uuid.uuid4().hex[:8]}"
        live_server.create_user(
            login, code, ["DKR"], password="Long-Enough-Pass-1", all_agencies=True
        )
        client = workstation.login(login, "Long-Enough-Pass-1")
        for method in methods:
            problem = call_error(client.channel, method, token=client.token)
            assert problem is not None, full_name(method)
            assert (problem.code, problem.reason, problem.metadata.get("right")) == (
                DENIED,
                "PERMISSION_DENIED",
                right,
            ), full_name(method)


def test_an_unmapped_method_is_refused_before_its_handler(live_server, monkeypatch):
    """SEC-06: take Ping and GetAgency out of the map on the running server."""
    admin = live_server.admin()
    assert admin.diagnostics.Ping(diagnostics_service_pb2.PingRequest(payload="a")).payload == "a"
    monkeypatch.delitem(METHOD_PERMISSIONS, "/iwebs.v1.DiagnosticsService/Ping")
    monkeypatch.delitem(METHOD_PERMISSIONS, "/iwebs.v1.AgencyService/GetAgency")
    refused(
        admin.diagnostics.Ping, diagnostics_service_pb2.PingRequest(), DENIED, "METHOD_NOT_MAPPED"
    )
    refused(
        admin.agencies.GetAgency,
        agency_service_pb2.GetAgencyRequest(agency_id=live_server.agency_id("DKR")),
        DENIED,
        "METHOD_NOT_MAPPED",
    )
    # Without a token too: the refusal does not depend on who asks.
    anonymous = live_server.enroll("DKR").client()
    refused(
        anonymous.diagnostics.Ping,
        diagnostics_service_pb2.PingRequest(),
        DENIED,
        "METHOD_NOT_MAPPED",
    )
    # Without a workstation certificate, the workstation check comes first.
    channel = enrollment_channel(live_server)
    try:
        problem = call_error(
            channel,
            diagnostics_service_pb2.DESCRIPTOR.services_by_name[
                "DiagnosticsService"
            ].methods_by_name["Ping"],
        )
    finally:
        channel.close()
    assert problem is not None
    assert (problem.code, problem.reason) == (UNAUTH, "WORKSTATION_CERTIFICATE_REQUIRED")
    wait_for_audit(
        live_server,
        lambda e: e.reason == "METHOD_NOT_MAPPED" and e.outcome == "denied",
        action_prefix="rpc.iwebs.v1.DiagnosticsService.Ping",
    )


def test_health_answers_on_the_enrollment_port_without_certificate(live_server):
    channel = enrollment_channel(live_server)
    try:
        reply = health_pb2_grpc.HealthStub(channel).Check(
            health_pb2.HealthCheckRequest(service=""), timeout=10
        )
    finally:
        channel.close()
    assert reply.status == health_pb2.HealthCheckResponse.SERVING


@pytest.mark.parametrize("method_name", ["Ping"])
def test_unknown_service_method_is_unimplemented(live_server, method_name):
    """A method no servicer implements gets no handler at all."""
    workstation = live_server.enroll("DKR")
    channel = workstation.channel()
    call = channel.unary_unary(f"/iwebs.v1.NoSuchService/{method_name}")
    with pytest.raises(grpc.RpcError) as caught:
        call(b"", timeout=10)
    assert caught.value.code() == grpc.StatusCode.UNIMPLEMENTED  # type: ignore[attr-defined]
