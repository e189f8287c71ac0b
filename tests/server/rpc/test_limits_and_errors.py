"""Limits and errors (SEC-10, SEC-11, T-SEC-8): message size limit, no reflection in
production, bad input refused with field violations, unexpected errors as INTERNAL with a
correlation id and nothing of the server's insides."""

from __future__ import annotations

from collections.abc import Iterator

import grpc
import pytest
from google.protobuf.timestamp_pb2 import Timestamp
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc

from iwebs.v1 import (
    administration_pb2,
    agency_service_pb2,
    approval_service_pb2,
    audit_service_pb2,
    diagnostics_service_pb2,
    profile_service_pb2,
    user_service_pb2,
    workstation_service_pb2,
)
from iwebs_server.composition import build_application, start_server
from tests.factories.grpc_client import error_details
from tests.factories.live_server import LiveServer, make_settings
from tests.factories.live_server import test_hasher as make_test_hasher
from tests.server.rpc.security_helpers import (
    enrollment_channel,
    new_request_id,
    refused,
    wait_for_audit,
)

INVALID = grpc.StatusCode.INVALID_ARGUMENT
MIB = 1024 * 1024


def _list_services(channel: grpc.Channel) -> list[str]:
    stub = reflection_pb2_grpc.ServerReflectionStub(channel)
    replies = stub.ServerReflectionInfo(
        iter([reflection_pb2.ServerReflectionRequest(list_services="")]), timeout=10
    )
    return [s.name for r in replies for s in r.list_services_response.service]


# -- size --------------------------------------------------------------------------------------
def test_a_5_mib_message_is_resource_exhausted(live_server):
    admin = live_server.admin()
    big = diagnostics_service_pb2.PingRequest(payload="x" * (5 * MIB))
    with pytest.raises(grpc.RpcError) as caught:
        admin.diagnostics.Ping(big)
    assert caught.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED  # type: ignore[attr-defined]
    # Below the 4 MiB limit the same call goes through (the limit is the cause).
    fine = diagnostics_service_pb2.PingRequest(payload="x" * (3 * MIB))
    assert admin.diagnostics.Ping(fine).payload == "x" * 256
    # Also refused before any session check: an anonymous 5 MiB call.
    with pytest.raises(grpc.RpcError) as caught:
        live_server.enroll("DKR").client().diagnostics.Ping(big)
    assert caught.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED  # type: ignore[attr-defined]


# -- reflection ----------------------------------------------------------------------------------
@pytest.fixture
def development_server(live_server: LiveServer, database_url: str) -> Iterator[LiveServer]:
    settings = make_settings(live_server.app.settings.data_dir, database_url, development_mode=True)
    app = build_application(settings, hasher=make_test_hasher())
    server = LiveServer(app, start_server(app), live_server.backend)
    yield server
    server.stop()


def test_reflection_is_unimplemented_in_production_settings(live_server, development_server):
    assert live_server.app.settings.development_mode is False
    channels = [enrollment_channel(live_server), live_server.enroll("DKR").channel()]
    try:
        for channel in channels:
            with pytest.raises(grpc.RpcError) as caught:
                _list_services(channel)
            assert caught.value.code() == grpc.StatusCode.UNIMPLEMENTED  # type: ignore[attr-defined]
    finally:
        channels[0].close()
    # The control: with the development flag the same request lists the services.
    channel = enrollment_channel(development_server)
    try:
        assert "iwebs.v1.UserService" in _list_services(channel)
    finally:
        channel.close()


# -- input validation ----------------------------------------------------------------------------
def _invalid(call, request, *fields: str) -> None:  # type: ignore[no-untyped-def]
    details = refused(call, request, INVALID, "INVALID_ARGUMENT")
    assert set(fields) <= set(details.fields), (fields, details.fields)


def test_bad_input_is_invalid_argument_with_field_violations(live_server):
    admin = live_server.admin()
    dkr = live_server.agency_id("DKR")
    _invalid(
        admin.agencies.CreateAgency,
        agency_service_pb2.CreateAgencyRequest(request_id=new_request_id(), code=" ", name=""),
        "code",
        "name",
    )
    _invalid(
        admin.agencies.CreateAgency,
        agency_service_pb2.CreateAgencyRequest(
            request_id=new_request_id(), code="LONG", name="n" * 201
        ),
        "name",
    )
    for malformed in ("", "42", "not-a-uuid", "' OR 1=1 --", "x" * 5000):
        _invalid(admin.users.GetUser, user_service_pb2.GetUserRequest(user_id=malformed), "user_id")
    _invalid(
        admin.agencies.GetAgency, agency_service_pb2.GetAgencyRequest(agency_id="1"), "agency_id"
    )
    _invalid(
        admin.workstations.GetWorkstation,
        workstation_service_pb2.GetWorkstationRequest(workstation_id="ws-1"),
        "workstation_id",
    )
    _invalid(
        admin.approvals.GetApprovalRequest,
        approval_service_pb2.GetApprovalRequestRequest(approval_request_id="nope"),
        "approval_request_id",
    )
    for kind in (administration_pb2.WORKSTATION_KIND_UNSPECIFIED, 99):
        _invalid(
            admin.workstations.RegisterWorkstation,
            workstation_service_pb2.RegisterWorkstationRequest(
                request_id=new_request_id(),
                name="WS-BAD",
                agency_id=dkr,
                kind=kind,  # type: ignore[arg-type]
            ),
            "kind",
        )
    _invalid(
        admin.profiles.CreateProfile,
        profile_service_pb2.CreateProfileRequest(
            request_id=new_request_id(), code="p", name="P", rights=["admin.everything"]
        ),
        "rights",
    )
    _invalid(
        admin.users.CreateUser,
        user_service_pb2.CreateUserRequest(
            request_id=new_request_id(),
            login="Bad Login!",
            display_name="",
            profile_id="x",
            agency_ids=["y"],
            preferred_language="de",
        ),
        "login",
        "display_name",
        "profile_id",
        "agency_ids[0]",
        "preferred_language",
    )
    _invalid(admin.users.ListUsers, user_service_pb2.ListUsersRequest(page_size=-1), "page_size")
    _invalid(
        admin.users.ListUsers, user_service_pb2.ListUsersRequest(page_token="%%%"), "page_token"
    )
    _invalid(
        admin.users.LockUser,
        user_service_pb2.LockUserRequest(
            request_id=new_request_id(), user_id=admin.session.user_id, reason=""
        ),
        "reason",
    )


def test_unknown_enum_values_are_refused(live_server):
    """SEC-10: an enum value the server does not know is an error, not 'no filter'."""
    admin = live_server.admin()
    _invalid(
        admin.audit.SearchAuditEvents,
        audit_service_pb2.SearchAuditEventsRequest(outcome=77),  # type: ignore[arg-type]
        "outcome",
    )
    _invalid(
        admin.approvals.ListApprovalRequests,
        approval_service_pb2.ListApprovalRequestsRequest(status=77),  # type: ignore[arg-type]
        "status",
    )
    # Known values and the unspecified default still work.
    admin.audit.SearchAuditEvents(
        audit_service_pb2.SearchAuditEventsRequest(outcome=administration_pb2.AUDIT_OUTCOME_DENIED)
    )
    admin.approvals.ListApprovalRequests(approval_service_pb2.ListApprovalRequestsRequest())


def test_out_of_range_timestamps_are_invalid_argument(live_server):
    admin = live_server.admin()
    _invalid(
        admin.audit.SearchAuditEvents,
        audit_service_pb2.SearchAuditEventsRequest(occurred_from=Timestamp(seconds=2**62)),
        "occurred_from",
    )
    _invalid(
        admin.audit.SearchAuditEvents,
        audit_service_pb2.SearchAuditEventsRequest(occurred_to=Timestamp(seconds=-(2**40))),
        "occurred_to",
    )


# -- unexpected errors -------------------------------------------------------------------------
def test_unexpected_error_is_internal_with_correlation_id_and_no_insides(live_server, monkeypatch):
    """SEC-11 / ASVS 16.5.1. The fault is injected into the real service object the
    servicer holds (the server, its interceptors and the database stay real)."""
    admin = live_server.admin()

    def crash(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("secret insides: /srv/iwebs password=hunter2")

    monkeypatch.setattr(live_server.services.agencies, "list_page", crash)
    given = "corr-12345678-abcdef"
    with pytest.raises(grpc.RpcError) as caught:
        admin.agencies.ListAgencies(
            agency_service_pb2.ListAgenciesRequest(), metadata=[("x-correlation-id", given)]
        )
    error = caught.value
    details = error_details(error)
    assert (details.code, details.reason) == (grpc.StatusCode.INTERNAL, "INTERNAL")
    assert details.metadata["correlation_id"] == given
    text = error.details() + repr(error.trailing_metadata())  # type: ignore[attr-defined]
    for leak in ("secret", "hunter2", "Traceback", "RuntimeError", "/srv/iwebs", ".py"):
        assert leak not in text
    assert given in error.details()  # type: ignore[attr-defined]
    trailing = dict(error.trailing_metadata())  # type: ignore[attr-defined]
    assert trailing["x-correlation-id"] == given
    event = wait_for_audit(
        live_server,
        lambda e: e.correlation_id == given,
        action_prefix="rpc.iwebs.v1.AgencyService.ListAgencies",
    )
    assert (event.outcome, event.reason) == ("failure", "INTERNAL")
    assert "hunter2" not in (event.details_json or "")


def test_server_makes_a_correlation_id_when_none_is_given(live_server):
    admin = live_server.admin()
    response, rpc_call = admin.diagnostics._stub.Ping.with_call(
        diagnostics_service_pb2.PingRequest(payload="p"),
        metadata=[("authorization", f"Bearer {admin.token}")],
        timeout=10,
    )
    assert response.payload == "p"
    correlation = dict(rpc_call.trailing_metadata())["x-correlation-id"]
    assert 8 <= len(correlation) <= 64
