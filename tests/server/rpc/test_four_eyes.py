"""Four-eyes approvals (ADM-5, SEC-08, T-SEC-9): unlocking an administrator and changing the
security policy need a second person with the right and the agency; the requester cannot
decide; a request is decided exactly once."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import grpc

from iwebs.v1 import (
    administration_pb2,
    approval_service_pb2,
    security_policy_service_pb2,
    session_service_pb2,
    user_service_pb2,
)
from tests.factories.grpc_client import Client, error_details
from tests.factories.live_server import LiveServer
from tests.server.rpc.security_helpers import audit_events, new_request_id, refused

DENIED = grpc.StatusCode.PERMISSION_DENIED
PRECONDITION = grpc.StatusCode.FAILED_PRECONDITION
PASSWORD = "Four-Eyes-Password-1"


def _user_id(server: LiveServer, login: str) -> str:
    with server.app.uow_factory(read_only=True) as uow:
        row = uow.users.by_login(login)
        assert row is not None
        return str(row.id)


def _approve(client: Client, approval_id: str, request_id: str | None = None):  # type: ignore[no-untyped-def]
    return client.approvals.ApproveApprovalRequest(
        approval_service_pb2.ApproveApprovalRequestRequest(
            request_id=request_id or new_request_id(),
            approval_request_id=approval_id,
            comment="checked",
        )
    )


def _approve_request(approval_id: str, request_id: str | None = None):  # type: ignore[no-untyped-def]
    return approval_service_pb2.ApproveApprovalRequestRequest(
        request_id=request_id or new_request_id(), approval_request_id=approval_id
    )


def _locked_admin_unlock_request(server: LiveServer, requester: Client) -> tuple[str, str]:
    """(target user id, approval id): an administrator locked, then asked to be unlocked."""
    server.create_user("dkrboss", "administrator", ["DKR"], password=PASSWORD)
    target = _user_id(server, "dkrboss")
    requester.users.LockUser(
        user_service_pb2.LockUserRequest(request_id=new_request_id(), user_id=target, reason="x")
    )
    reply = requester.users.UnlockUser(
        user_service_pb2.UnlockUserRequest(
            request_id=new_request_id(), user_id=target, reason="back from leave"
        )
    )
    assert reply.approval_request_id
    assert reply.user.locked_by_administrator  # not unlocked yet
    return target, reply.approval_request_id


def test_unlocking_an_administrator_needs_another_approver(live_server):
    requester = live_server.admin()
    target, approval_id = _locked_admin_unlock_request(live_server, requester)
    workstation = live_server.enroll("DKR")
    refused(
        workstation.client().sessions.Login,
        session_service_pb2.LoginRequest(login="dkrboss", password=PASSWORD),
        grpc.StatusCode.UNAUTHENTICATED,
        "ACCOUNT_LOCKED",
    )
    # A second unlock request for the same account waits for the first.
    refused(
        requester.users.UnlockUser,
        user_service_pb2.UnlockUserRequest(request_id=new_request_id(), user_id=target, reason="x"),
        PRECONDITION,
        "APPROVAL_REQUIRED",
    )
    # The requester cannot decide, either way.
    refused(
        requester.approvals.ApproveApprovalRequest,
        _approve_request(approval_id),
        DENIED,
        "APPROVAL_SELF_DECISION",
    )
    refused(
        requester.approvals.RejectApprovalRequest,
        approval_service_pb2.RejectApprovalRequestRequest(
            request_id=new_request_id(), approval_request_id=approval_id
        ),
        DENIED,
        "APPROVAL_SELF_DECISION",
    )
    # An administrator of another agency does not even see the request.
    live_server.create_user("thsadmin", "administrator", ["THS"], password=PASSWORD)
    ths_admin = workstation.login("thsadmin", PASSWORD)
    refused(
        ths_admin.approvals.ApproveApprovalRequest,
        _approve_request(approval_id),
        grpc.StatusCode.NOT_FOUND,
        "NOT_FOUND",
    )
    # A supervisor may decide approvals but lacks the right of the thing approved.
    live_server.create_user("dkrsuper", "supervisor", ["DKR"], password=PASSWORD)
    supervisor = workstation.login("dkrsuper", PASSWORD)
    details = refused(
        supervisor.approvals.ApproveApprovalRequest,
        _approve_request(approval_id),
        DENIED,
        "PERMISSION_DENIED",
    )
    assert details.metadata["right"] == "admin.users.manage"
    # A cashier lacks approvals.decide altogether.
    live_server.create_user("dkrcash", "cashier", ["DKR"], password=PASSWORD)
    refused(
        workstation.login("dkrcash", PASSWORD).approvals.ApproveApprovalRequest,
        _approve_request(approval_id),
        DENIED,
        "PERMISSION_DENIED",
    )
    # A valid approver succeeds, once.
    live_server.create_user(
        "admin2", "administrator", ["DKR"], password=PASSWORD, all_agencies=True
    )
    approver = workstation.login("admin2", PASSWORD)
    request_id = new_request_id()
    first = _approve(approver, approval_id, request_id).approval_request
    assert first.status == administration_pb2.APPROVAL_STATUS_APPROVED
    assert first.decided_by_login == "admin2" and first.requested_by_login == "admin"
    again = _approve(approver, approval_id, request_id).approval_request
    assert again == first  # the same request_id repeated returns the same answer
    refused(
        approver.approvals.ApproveApprovalRequest,
        _approve_request(approval_id),
        PRECONDITION,
        "APPROVAL_ALREADY_DECIDED",
    )
    refused(
        approver.approvals.RejectApprovalRequest,
        approval_service_pb2.RejectApprovalRequestRequest(
            request_id=new_request_id(), approval_request_id=approval_id
        ),
        PRECONDITION,
        "APPROVAL_ALREADY_DECIDED",
    )
    # The unlock happened, and both people are on record.
    user = requester.users.GetUser(user_service_pb2.GetUserRequest(user_id=target)).user
    assert not user.locked_by_administrator
    workstation.login("dkrboss", PASSWORD)
    [asked] = audit_events(live_server, action_prefix="approval.request")
    [approved] = audit_events(live_server, action_prefix="approval.approved")
    [unlocked] = audit_events(live_server, action_prefix="user.unlock", object_id=target)
    assert (asked.user_login, approved.user_login, unlocked.user_login) == (
        "admin",
        "admin2",
        "admin2",
    )
    assert approved.object_id == approval_id


def test_a_rejected_unlock_leaves_the_account_locked(live_server):
    requester = live_server.admin()
    target, approval_id = _locked_admin_unlock_request(live_server, requester)
    live_server.create_user(
        "admin2", "administrator", ["DKR"], password=PASSWORD, all_agencies=True
    )
    approver = live_server.login("admin2", PASSWORD)
    rejected = approver.approvals.RejectApprovalRequest(
        approval_service_pb2.RejectApprovalRequestRequest(
            request_id=new_request_id(), approval_request_id=approval_id, comment="no"
        )
    ).approval_request
    assert rejected.status == administration_pb2.APPROVAL_STATUS_REJECTED
    refused(
        approver.approvals.ApproveApprovalRequest,
        _approve_request(approval_id),
        PRECONDITION,
        "APPROVAL_ALREADY_DECIDED",
    )
    user = requester.users.GetUser(user_service_pb2.GetUserRequest(user_id=target)).user
    assert user.locked_by_administrator


def test_two_approvers_at_once_decide_exactly_once(live_server):
    requester = live_server.admin()
    _target, approval_id = _locked_admin_unlock_request(live_server, requester)
    workstation = live_server.enroll("DKR")
    approvers = []
    for login in ("admin2", "admin3", "admin4", "admin5"):
        live_server.create_user(
            login, "administrator", ["DKR"], password=PASSWORD, all_agencies=True
        )
        approvers.append(workstation.login(login, PASSWORD))

    def decide(client: Client) -> str:
        try:
            _approve(client, approval_id)
        except grpc.RpcError as error:
            return error_details(error).reason
        return "OK"

    with ThreadPoolExecutor(len(approvers)) as pool:
        outcomes = sorted(pool.map(decide, approvers))
    assert outcomes == ["APPROVAL_ALREADY_DECIDED"] * 3 + ["OK"]
    assert len(audit_events(live_server, action_prefix="approval.approved")) == 1
    assert len(audit_events(live_server, action_prefix="user.unlock")) == 1


def test_security_policy_change_takes_effect_after_approval(live_server):
    requester = live_server.admin()
    live_server.create_user(
        "admin2", "administrator", ["DKR"], password=PASSWORD, all_agencies=True
    )
    approver = live_server.login("admin2", PASSWORD)
    current = requester.policy.GetSecurityPolicy(
        security_policy_service_pb2.GetSecurityPolicyRequest()
    ).policy
    assert current.password_min_length == 12
    proposed = administration_pb2.SecurityPolicy()
    proposed.CopyFrom(current)
    proposed.password_min_length = 14
    approval = requester.policy.RequestSecurityPolicyChange(
        security_policy_service_pb2.RequestSecurityPolicyChangeRequest(
            request_id=new_request_id(), policy=proposed, reason="ASVS L2"
        )
    ).approval_request
    assert "password_min_length: 12 -> 14" in approval.summary
    # Nothing changes until someone else approves.
    still = requester.policy.GetSecurityPolicy(
        security_policy_service_pb2.GetSecurityPolicyRequest()
    ).policy
    assert still == current
    refused(
        requester.approvals.ApproveApprovalRequest,
        _approve_request(approval.approval_request_id),
        DENIED,
        "APPROVAL_SELF_DECISION",
    )
    # A DKR-only administrator cannot see a policy request (it belongs to every agency).
    live_server.create_user("dkradmin", "administrator", ["DKR"], password=PASSWORD)
    refused(
        live_server.login("dkradmin", PASSWORD).approvals.ApproveApprovalRequest,
        _approve_request(approval.approval_request_id),
        grpc.StatusCode.NOT_FOUND,
        "NOT_FOUND",
    )
    _approve(approver, approval.approval_request_id)
    changed = requester.policy.GetSecurityPolicy(
        security_policy_service_pb2.GetSecurityPolicyRequest()
    ).policy
    assert changed.password_min_length == 14 and changed.version == current.version + 1
    # The new rule is enforced: 13 characters are now too short, 14 are fine.
    live_server.create_user("clerk", "cashier", ["DKR"], password=PASSWORD)
    clerk = live_server.login("clerk", PASSWORD)
    details = refused(
        clerk.sessions.ChangePassword,
        session_service_pb2.ChangePasswordRequest(
            current_password=PASSWORD, new_password="Thirteen-Char"
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
        "PASSWORD_POLICY",
    )
    assert details.metadata["problems"] == "too_short:14"
    clerk.sessions.ChangePassword(
        session_service_pb2.ChangePasswordRequest(
            current_password=PASSWORD, new_password="Fourteen-Chars"
        )
    )
    # A request made against the old version is stale now.
    refused(
        requester.policy.RequestSecurityPolicyChange,
        security_policy_service_pb2.RequestSecurityPolicyChangeRequest(
            request_id=new_request_id(), policy=proposed, reason="again"
        ),
        PRECONDITION,
        "VERSION_CONFLICT",
    )
    [change] = audit_events(live_server, action_prefix="security_policy.change")
    assert change.user_login == "admin2"
    assert '"password_min_length": [12, 14]' in (change.details_json or "")
