"""Scope of action (SEC-07, ADM-3, T-SEC-5 IDOR suite): a user of one agency calls every
agency-bound RPC with another agency's ids and gets NOT_FOUND; lists never show the other
agency's data; nobody hands out agencies or rights they do not hold (ADM-2, ADM-4)."""

from __future__ import annotations

from dataclasses import dataclass

import grpc
import pytest

from iwebs.v1 import (
    agency_service_pb2,
    approval_service_pb2,
    audit_service_pb2,
    profile_service_pb2,
    security_policy_service_pb2,
    user_service_pb2,
    workstation_service_pb2,
)
from iwebs_server.application.clock import new_id
from iwebs_server.domain import rights
from iwebs_server.persistence.tables.administration import ProfileRow
from tests.factories.grpc_client import Client
from tests.factories.live_server import LiveServer
from tests.server.rpc.security_helpers import new_request_id, refused

NOT_FOUND = grpc.StatusCode.NOT_FOUND
DENIED = grpc.StatusCode.PERMISSION_DENIED
PASSWORD = "Scope-Test-Password-1"


def _user_id(server: LiveServer, login: str) -> str:
    with server.app.uow_factory(read_only=True) as uow:
        row = uow.users.by_login(login)
        assert row is not None
        return str(row.id)


def _profile_id(server: LiveServer, code: str) -> str:
    with server.app.uow_factory(read_only=True) as uow:
        row = uow.profiles.by_code(code)
        assert row is not None
        return str(row.id)


def _add_profile(server: LiveServer, code: str, granted: frozenset[str]) -> str:
    with server.app.uow_factory() as uow:
        row = ProfileRow(
            id=new_id(),
            code=code,
            name=code,
            description="",
            version=1,
            created_at=server.app.clock.now(),
        )
        uow.profiles.add(row, granted)
        return str(row.id)


@dataclass
class OtherAgency:
    agency_id: str
    user_id: str  # a THS-only cashier
    shared_user_id: str  # a user of DKR and THS: not wholly in a DKR-only scope
    global_admin_id: str  # every agency
    workstation_id: str
    approval_id: str


def _seed_ths(server: LiveServer, admin: Client) -> OtherAgency:
    server.create_user("thsclerk", "cashier", ["THS"], password=PASSWORD)
    server.create_user("sharedclerk", "cashier", ["DKR", "THS"], password=PASSWORD)
    server.create_user("thsboss", "administrator", ["THS"], password=PASSWORD)
    workstation = server.enroll("THS")
    boss = _user_id(server, "thsboss")
    admin.users.LockUser(
        user_service_pb2.LockUserRequest(request_id=new_request_id(), user_id=boss, reason="leave")
    )
    unlock = admin.users.UnlockUser(
        user_service_pb2.UnlockUserRequest(request_id=new_request_id(), user_id=boss, reason="back")
    )
    assert unlock.approval_request_id
    return OtherAgency(
        agency_id=server.agency_id("THS"),
        user_id=_user_id(server, "thsclerk"),
        shared_user_id=_user_id(server, "sharedclerk"),
        global_admin_id=_user_id(server, "admin"),
        workstation_id=workstation.workstation_id,
        approval_id=unlock.approval_request_id,
    )


def test_every_agency_bound_rpc_with_another_agencys_ids_is_not_found(live_server):
    admin = live_server.admin()
    ths = _seed_ths(live_server, admin)
    live_server.create_user("dkradmin", "administrator", ["DKR"], password=PASSWORD)
    dkr = live_server.login("dkradmin", PASSWORD)
    cashier_profile = _profile_id(live_server, "cashier")
    rid = new_request_id
    calls = [
        (dkr.agencies.GetAgency, agency_service_pb2.GetAgencyRequest(agency_id=ths.agency_id)),
        (
            dkr.agencies.UpdateAgency,
            agency_service_pb2.UpdateAgencyRequest(
                request_id=rid(), agency_id=ths.agency_id, version=1, name="Taken", active=False
            ),
        ),
        (
            dkr.workstations.GetWorkstation,
            workstation_service_pb2.GetWorkstationRequest(workstation_id=ths.workstation_id),
        ),
        (
            dkr.workstations.IssueEnrollmentCode,
            workstation_service_pb2.IssueEnrollmentCodeRequest(
                request_id=rid(), workstation_id=ths.workstation_id
            ),
        ),
        (
            dkr.workstations.RevokeWorkstation,
            workstation_service_pb2.RevokeWorkstationRequest(
                request_id=rid(), workstation_id=ths.workstation_id, reason="x"
            ),
        ),
        (
            dkr.approvals.GetApprovalRequest,
            approval_service_pb2.GetApprovalRequestRequest(approval_request_id=ths.approval_id),
        ),
        (
            dkr.approvals.ApproveApprovalRequest,
            approval_service_pb2.ApproveApprovalRequestRequest(
                request_id=rid(), approval_request_id=ths.approval_id
            ),
        ),
        (
            dkr.approvals.RejectApprovalRequest,
            approval_service_pb2.RejectApprovalRequestRequest(
                request_id=rid(), approval_request_id=ths.approval_id
            ),
        ),
    ]
    for user_id in (ths.user_id, ths.shared_user_id, ths.global_admin_id):
        calls += [
            (dkr.users.GetUser, user_service_pb2.GetUserRequest(user_id=user_id)),
            (
                dkr.users.UpdateUser,
                user_service_pb2.UpdateUserRequest(
                    request_id=rid(),
                    user_id=user_id,
                    version=1,
                    display_name="Taken",
                    profile_id=cashier_profile,
                    agency_ids=[live_server.agency_id("DKR")],
                ),
            ),
            (
                dkr.users.ResetUserPassword,
                user_service_pb2.ResetUserPasswordRequest(request_id=rid(), user_id=user_id),
            ),
            (
                dkr.users.LockUser,
                user_service_pb2.LockUserRequest(request_id=rid(), user_id=user_id, reason="x"),
            ),
            (
                dkr.users.UnlockUser,
                user_service_pb2.UnlockUserRequest(request_id=rid(), user_id=user_id, reason="x"),
            ),
            (
                dkr.users.DisableUser,
                user_service_pb2.DisableUserRequest(request_id=rid(), user_id=user_id, reason="x"),
            ),
            (
                dkr.users.EnableUser,
                user_service_pb2.EnableUserRequest(request_id=rid(), user_id=user_id),
            ),
        ]
    for call, request in calls:
        details = refused(call, request, NOT_FOUND, "NOT_FOUND")
        assert "correlation_id" in details.metadata
    # Nothing of THS changed (0 cross-agency writes).
    ths_view = admin.agencies.GetAgency(
        agency_service_pb2.GetAgencyRequest(agency_id=ths.agency_id)
    )
    assert ths_view.agency.active and ths_view.agency.version == 1
    for user_id in (ths.user_id, ths.shared_user_id):
        user = admin.users.GetUser(user_service_pb2.GetUserRequest(user_id=user_id)).user
        assert user.version == 1 and not user.locked and not user.must_change_password
    station = admin.workstations.GetWorkstation(
        workstation_service_pb2.GetWorkstationRequest(workstation_id=ths.workstation_id)
    ).workstation
    assert station.revoked_at.seconds == 0 and station.version == 2  # enrolled once, no more
    approval = admin.approvals.GetApprovalRequest(
        approval_service_pb2.GetApprovalRequestRequest(approval_request_id=ths.approval_id)
    ).approval_request
    assert approval.decided_by_user_id == ""


def test_lists_never_show_another_agencys_data(live_server):
    admin = live_server.admin()
    ths = _seed_ths(live_server, admin)
    live_server.create_user("dkradmin", "administrator", ["DKR"], password=PASSWORD)
    live_server.create_user("dkrclerk", "cashier", ["DKR"], password=PASSWORD)
    dkr = live_server.login("dkradmin", PASSWORD)
    dkr_id = live_server.agency_id("DKR")

    agencies = dkr.agencies.ListAgencies(agency_service_pb2.ListAgenciesRequest()).agencies
    assert [a.code for a in agencies] == ["DKR"]
    users = dkr.users.ListUsers(user_service_pb2.ListUsersRequest(page_size=500)).users
    assert {u.login for u in users} == {"dkradmin", "dkrclerk"}
    assert not dkr.users.ListUsers(user_service_pb2.ListUsersRequest(agency_id=ths.agency_id)).users
    assert not dkr.users.ListUsers(user_service_pb2.ListUsersRequest(login_contains="ths")).users
    stations = dkr.workstations.ListWorkstations(
        workstation_service_pb2.ListWorkstationsRequest(page_size=500)
    ).workstations
    assert stations and {s.agency_id for s in stations} == {dkr_id}
    assert not dkr.workstations.ListWorkstations(
        workstation_service_pb2.ListWorkstationsRequest(agency_id=ths.agency_id)
    ).workstations
    approvals = dkr.approvals.ListApprovalRequests(
        approval_service_pb2.ListApprovalRequestsRequest()
    ).approval_requests
    assert ths.approval_id not in {a.approval_request_id for a in approvals}
    live_server.flush_audit()
    events = dkr.audit.SearchAuditEvents(
        audit_service_pb2.SearchAuditEventsRequest(page_size=500)
    ).events
    assert events and {e.agency_id for e in events} == {dkr_id}
    assert not dkr.audit.SearchAuditEvents(
        audit_service_pb2.SearchAuditEventsRequest(agency_id=ths.agency_id)
    ).events
    # The global administrator does see THS (the filter is the scope, not a bug).
    everything = admin.users.ListUsers(user_service_pb2.ListUsersRequest(page_size=500)).users
    assert "thsclerk" in {u.login for u in everything}


def test_agencies_out_of_scope_cannot_be_given(live_server):
    live_server.create_user("dkradmin", "administrator", ["DKR"], password=PASSWORD)
    live_server.create_user("dkrclerk", "cashier", ["DKR"], password=PASSWORD)
    dkr = live_server.login("dkradmin", PASSWORD)
    ths_id, dkr_id = live_server.agency_id("THS"), live_server.agency_id("DKR")
    cashier = _profile_id(live_server, "cashier")

    def create(agency_ids: list[str], all_agencies: bool = False):  # type: ignore[no-untyped-def]
        return user_service_pb2.CreateUserRequest(
            request_id=new_request_id(),
            login="newcomer",
            display_name="New Comer",
            profile_id=cashier,
            agency_ids=agency_ids,
            all_agencies=all_agencies,
        )

    for request in (create([ths_id]), create([dkr_id, ths_id]), create([dkr_id], True)):
        refused(dkr.users.CreateUser, request, DENIED, "AGENCY_OUT_OF_SCOPE")
    clerk = _user_id(live_server, "dkrclerk")
    refused(
        dkr.users.UpdateUser,
        user_service_pb2.UpdateUserRequest(
            request_id=new_request_id(),
            user_id=clerk,
            version=1,
            display_name="Clerk",
            profile_id=cashier,
            agency_ids=[dkr_id, ths_id],
        ),
        DENIED,
        "AGENCY_OUT_OF_SCOPE",
    )
    refused(
        dkr.agencies.CreateAgency,
        agency_service_pb2.CreateAgencyRequest(request_id=new_request_id(), code="KLK", name="K"),
        DENIED,
        "AGENCY_OUT_OF_SCOPE",
    )
    policy = dkr.policy.GetSecurityPolicy(
        security_policy_service_pb2.GetSecurityPolicyRequest()
    ).policy
    policy.password_min_length = 14
    refused(
        dkr.policy.RequestSecurityPolicyChange,
        security_policy_service_pb2.RequestSecurityPolicyChangeRequest(
            request_id=new_request_id(), policy=policy, reason="stricter"
        ),
        DENIED,
        "AGENCY_OUT_OF_SCOPE",
    )
    # A workstation cannot be registered in an agency out of scope (it is unknown there).
    details = refused(
        dkr.workstations.RegisterWorkstation,
        workstation_service_pb2.RegisterWorkstationRequest(
            request_id=new_request_id(), name="WS-THS-X", agency_id=ths_id, kind=1
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
        "INVALID_ARGUMENT",
    )
    assert details.fields == ["agency_id"]
    # In scope, the same creation works.
    created = dkr.users.CreateUser(create([dkr_id]))
    assert list(created.user.agency_ids) == [dkr_id]


def test_rights_one_does_not_hold_cannot_be_given(live_server):
    """ADM-2/ADM-4: no privilege escalation through profiles or user assignment."""
    _add_profile(
        live_server,
        "user_manager",
        frozenset({rights.ADMIN_USERS_READ, rights.ADMIN_USERS_MANAGE, rights.ADMIN_PROFILES_READ}),
    )
    _add_profile(
        live_server,
        "profile_manager",
        frozenset({rights.ADMIN_PROFILES_READ, rights.ADMIN_PROFILES_MANAGE}),
    )
    live_server.create_user("usermgr", "user_manager", ["DKR"], password=PASSWORD)
    live_server.create_user("profmgr", "profile_manager", ["DKR"], password=PASSWORD)
    live_server.create_user("dkrclerk", "cashier", ["DKR"], password=PASSWORD)
    workstation = live_server.enroll("DKR")
    usermgr = workstation.login("usermgr", PASSWORD)
    profmgr = workstation.login("profmgr", PASSWORD)
    dkr_id = live_server.agency_id("DKR")
    administrator = _profile_id(live_server, "administrator")

    details = refused(
        usermgr.users.CreateUser,
        user_service_pb2.CreateUserRequest(
            request_id=new_request_id(),
            login="mole",
            display_name="Mole",
            profile_id=administrator,
            agency_ids=[dkr_id],
        ),
        DENIED,
        "PERMISSION_DENIED",
    )
    assert rights.ADMIN_SECURITY_POLICY_MANAGE in details.metadata["rights"].split(",")
    refused(
        usermgr.users.UpdateUser,
        user_service_pb2.UpdateUserRequest(
            request_id=new_request_id(),
            user_id=_user_id(live_server, "dkrclerk"),
            version=1,
            display_name="Clerk",
            profile_id=administrator,
            agency_ids=[dkr_id],
        ),
        DENIED,
        "PERMISSION_DENIED",
    )
    refused(
        usermgr.users.UpdateUser,
        user_service_pb2.UpdateUserRequest(
            request_id=new_request_id(),
            user_id=usermgr.session.user_id,
            version=1,
            display_name="Me",
            profile_id=administrator,
            agency_ids=[dkr_id],
        ),
        DENIED,
        "PERMISSION_DENIED",
    )
    refused(
        profmgr.profiles.CreateProfile,
        profile_service_pb2.CreateProfileRequest(
            request_id=new_request_id(), code="cash2", name="Cash", rights=[rights.CASH_COLLECT]
        ),
        DENIED,
        "PERMISSION_DENIED",
    )
    own = profmgr.profiles.GetProfile(
        profile_service_pb2.GetProfileRequest(
            profile_id=_profile_id(live_server, "profile_manager")
        )
    ).profile
    refused(
        profmgr.profiles.UpdateProfile,
        profile_service_pb2.UpdateProfileRequest(
            request_id=new_request_id(),
            profile_id=own.profile_id,
            version=own.version,
            name=own.name,
            rights=[*own.rights, rights.ADMIN_USERS_MANAGE],
        ),
        DENIED,
        "PERMISSION_DENIED",
    )


@pytest.mark.parametrize("action", ["reset", "lock", "disable", "update"])
def test_a_more_privileged_account_cannot_be_taken_over(live_server, action):
    """A user manager without the administrator's rights must not reset, lock, disable or
    edit an administrator of their own agency: a reset would hand them the account."""
    _add_profile(
        live_server,
        "user_manager",
        frozenset(
            {
                rights.ADMIN_USERS_READ,
                rights.ADMIN_USERS_MANAGE,
                rights.CASH_COLLECT,
                rights.CUSTOMERS_READ,
            }
        ),
    )
    live_server.create_user("usermgr", "user_manager", ["DKR"], password=PASSWORD)
    live_server.create_user("dkrboss", "administrator", ["DKR"], password=PASSWORD)
    live_server.create_user("dkrclerk", "cashier", ["DKR"], password=PASSWORD)
    usermgr = live_server.login("usermgr", PASSWORD)
    boss, clerk = _user_id(live_server, "dkrboss"), _user_id(live_server, "dkrclerk")

    def request(user_id: str):  # type: ignore[no-untyped-def]
        if action == "reset":
            return usermgr.users.ResetUserPassword, user_service_pb2.ResetUserPasswordRequest(
                request_id=new_request_id(), user_id=user_id
            )
        if action == "lock":
            return usermgr.users.LockUser, user_service_pb2.LockUserRequest(
                request_id=new_request_id(), user_id=user_id, reason="x"
            )
        if action == "disable":
            return usermgr.users.DisableUser, user_service_pb2.DisableUserRequest(
                request_id=new_request_id(), user_id=user_id, reason="x"
            )
        current = usermgr.users.GetUser(user_service_pb2.GetUserRequest(user_id=user_id)).user
        return usermgr.users.UpdateUser, user_service_pb2.UpdateUserRequest(
            request_id=new_request_id(),
            user_id=user_id,
            version=current.version,
            display_name="Renamed",
            profile_id=current.profile_id,
            agency_ids=list(current.agency_ids),
        )

    call, message = request(boss)
    refused(call, message, DENIED, "PERMISSION_DENIED")
    # The administrator is untouched and still signs in with their own password.
    live_server.login("dkrboss", PASSWORD)
    # The same action on a cashier (rights the manager may give) is allowed.
    call, message = request(clerk)
    call(message)
