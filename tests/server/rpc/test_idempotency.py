"""Idempotent state changes (IDEM-01, IDEM-02, IDEM-04): a repeated request_id returns the
first result without a second row; the same id with another payload, or from another
user, is refused; a malformed id is bad input; concurrent duplicates make one row."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import grpc
import pytest
from sqlalchemy import func, select

from iwebs.v1 import (
    agency_service_pb2,
    approval_service_pb2,
    profile_service_pb2,
    session_service_pb2,
    user_service_pb2,
    workstation_service_pb2,
)
from iwebs_server.persistence.tables.administration import (
    AgencyRow,
    ProfileRow,
    UserRow,
    WorkstationRow,
)
from tests.factories.grpc_client import Client, error_details
from tests.factories.live_server import LiveServer
from tests.server.rpc.security_helpers import new_request_id, refused

PRECONDITION = grpc.StatusCode.FAILED_PRECONDITION


def _count(server: LiveServer, column, value: str) -> int:  # type: ignore[no-untyped-def]
    with server.app.uow_factory(read_only=True) as uow:
        return int(uow.session.scalar(select(func.count()).where(column == value)) or 0)


def _profile_id(server: LiveServer, code: str) -> str:
    with server.app.uow_factory(read_only=True) as uow:
        row = uow.profiles.by_code(code)
        assert row is not None
        return str(row.id)


def _cases(server: LiveServer):  # type: ignore[no-untyped-def]
    """(name, stub method, request maker(variant), id of the result, row counter)."""
    dkr = server.agency_id("DKR")
    cashier = _profile_id(server, "cashier")
    return [
        (
            "CreateAgency",
            lambda c: c.agencies.CreateAgency,
            lambda rid, v: agency_service_pb2.CreateAgencyRequest(
                request_id=rid, code="KLK", name=f"Kaolack {v}"
            ),
            lambda r: r.agency.agency_id,
            lambda: _count(server, AgencyRow.code, "KLK"),
        ),
        (
            "CreateUser",
            lambda c: c.users.CreateUser,
            lambda rid, v: user_service_pb2.CreateUserRequest(
                request_id=rid,
                login="twice",
                display_name=f"Twice {v}",
                profile_id=cashier,
                agency_ids=[dkr],
            ),
            lambda r: r.user.user_id,
            lambda: _count(server, UserRow.login, "twice"),
        ),
        (
            "CreateProfile",
            lambda c: c.profiles.CreateProfile,
            lambda rid, v: profile_service_pb2.CreateProfileRequest(
                request_id=rid, code="teller2", name=f"Teller {v}", rights=["cash.collect"]
            ),
            lambda r: r.profile.profile_id,
            lambda: _count(server, ProfileRow.code, "teller2"),
        ),
        (
            "RegisterWorkstation",
            lambda c: c.workstations.RegisterWorkstation,
            lambda rid, v: workstation_service_pb2.RegisterWorkstationRequest(
                request_id=rid, name="WS-TWICE", agency_id=dkr, kind=1, may_collect_cash=v == 1
            ),
            lambda r: r.workstation.workstation_id,
            lambda: _count(server, WorkstationRow.name, "WS-TWICE"),
        ),
    ]


def test_repeats_return_the_first_result_and_other_payloads_are_refused(live_server):
    admin = live_server.admin()
    for name, method, make, result_id, rows in _cases(live_server):
        call = method(admin)
        request_id = new_request_id()
        first = call(make(request_id, 1))
        second = call(make(request_id, 1))
        assert result_id(first) == result_id(second), name
        assert rows() == 1, name
        details = refused(call, make(request_id, 2), PRECONDITION, "REQUEST_ID_REUSED")
        assert "correlation_id" in details.metadata
        assert rows() == 1, name
        # A different request id for the same thing is a new request: refused on its merits.
        with pytest.raises(grpc.RpcError) as caught:
            call(make(new_request_id(), 1))
        assert caught.value.code() in (  # type: ignore[attr-defined]
            grpc.StatusCode.ALREADY_EXISTS,
            grpc.StatusCode.INVALID_ARGUMENT,
        ), name
        assert rows() == 1, name


def test_a_repeated_create_user_gives_a_fresh_one_time_password(live_server):
    """The first one-time password is stored hashed only: the retry replaces it."""
    admin = live_server.admin()
    _name, method, make, _result_id, _rows = _cases(live_server)[1]
    request_id = new_request_id()
    first = method(admin)(make(request_id, 1))
    second = method(admin)(make(request_id, 1))
    workstation = live_server.enroll("DKR")
    refused(
        workstation.client().sessions.Login,
        session_service_pb2.LoginRequest(login="twice", password=first.one_time_password),
        grpc.StatusCode.UNAUTHENTICATED,
        "INVALID_CREDENTIALS",
    )
    assert workstation.login("twice", second.one_time_password).session.must_change_password


@pytest.mark.parametrize("request_id", ["", "abc", "123", "' OR 1=1", "x" * 100])
def test_malformed_request_ids_are_invalid_argument(live_server, request_id):
    admin = live_server.admin()
    for name, method, make, _result_id, rows in _cases(live_server):
        details = refused(
            method(admin), make(request_id, 1), grpc.StatusCode.INVALID_ARGUMENT, "INVALID_ARGUMENT"
        )
        assert details.fields == ["request_id"], name
        assert rows() == 0, name


def test_another_user_cannot_replay_my_request_id(live_server):
    """An idempotency key belongs to the user who made it: replaying it as someone else
    must not return (or, for CreateUser, reset) another user's result."""
    admin = live_server.admin()
    live_server.create_user(
        "admin2", "administrator", ["DKR"], password="Second-Admin-Pass-1", all_agencies=True
    )
    other = live_server.login("admin2", "Second-Admin-Pass-1")
    for name, method, make, _result_id, rows in _cases(live_server):
        request_id = new_request_id()
        first = method(admin)(make(request_id, 1))
        refused(method(other), make(request_id, 1), PRECONDITION, "REQUEST_ID_REUSED")
        assert rows() == 1, name
        if name == "CreateUser":
            workstation = live_server.enroll("DKR")
            assert workstation.login("twice", first.one_time_password)


def test_concurrent_duplicates_make_one_row(live_server):
    """IDEM-04: ten threads, one request id, each on its own channel."""
    workstation = live_server.enroll("DKR")
    admin = workstation.login(live_server.admin_login, live_server.admin_password)
    for name, method, make, result_id, rows in _cases(live_server):
        request_id = new_request_id()
        clients = [Client(workstation.channel(), admin.token) for _ in range(10)]

        def send(client: Client):  # type: ignore[no-untyped-def]
            try:
                return result_id(method(client)(make(request_id, 1)))  # noqa: B023
            except grpc.RpcError as error:
                details = error_details(error)
                return f"{details.code.name}/{details.reason}"

        with ThreadPoolExecutor(10) as pool:
            answers = list(pool.map(send, clients))
        assert len(set(answers)) == 1, (name, answers)
        assert "/" not in answers[0], (name, answers)
        assert rows() == 1, name


def test_approve_is_idempotent(live_server):
    admin = live_server.admin()
    live_server.create_user("dkrboss", "administrator", ["DKR"], password="Boss-Password-0001")
    live_server.create_user(
        "admin2", "administrator", ["DKR"], password="Second-Admin-Pass-1", all_agencies=True
    )
    with live_server.app.uow_factory(read_only=True) as uow:
        target = uow.users.by_login("dkrboss").id  # type: ignore[union-attr]
    admin.users.LockUser(
        user_service_pb2.LockUserRequest(request_id=new_request_id(), user_id=target, reason="x")
    )
    approval_id = admin.users.UnlockUser(
        user_service_pb2.UnlockUserRequest(request_id=new_request_id(), user_id=target, reason="y")
    ).approval_request_id
    approver = live_server.login("admin2", "Second-Admin-Pass-1")
    request_id = new_request_id()
    request = approval_service_pb2.ApproveApprovalRequestRequest(
        request_id=request_id, approval_request_id=approval_id, comment="ok"
    )
    first = approver.approvals.ApproveApprovalRequest(request).approval_request
    assert approver.approvals.ApproveApprovalRequest(request).approval_request == first
    changed = approval_service_pb2.ApproveApprovalRequestRequest(
        request_id=request_id, approval_request_id=approval_id, comment="changed my mind"
    )
    refused(approver.approvals.ApproveApprovalRequest, changed, PRECONDITION, "REQUEST_ID_REUSED")
    # The same id for a rejection is another payload too.
    refused(
        approver.approvals.RejectApprovalRequest,
        approval_service_pb2.RejectApprovalRequestRequest(
            request_id=request_id, approval_request_id=approval_id, comment="ok"
        ),
        PRECONDITION,
        "REQUEST_ID_REUSED",
    )
