"""User sessions (SEC-04, SEC-05, SEC-02, ADM-1, T-SEC-4, T-SEC-6): opaque tokens stored
hashed, refused when absent, unknown, logged out, disabled, expired (idle 30 min, absolute
12 h) or presented from another workstation, on every server instance; forced password
change with the password rules and history."""

from __future__ import annotations

from collections.abc import Iterator

import grpc
import pytest
from sqlalchemy import text

from iwebs.v1 import diagnostics_service_pb2, session_service_pb2, user_service_pb2
from iwebs_server.composition import build_application, start_server
from iwebs_server.security.tokens import digest
from tests.factories.grpc_client import Client
from tests.factories.live_server import (
    ADMIN_LOGIN,
    ADMIN_PASSWORD,
    LiveServer,
    make_settings,
)
from tests.factories.live_server import (
    test_hasher as make_test_hasher,
)
from tests.server.rpc.security_helpers import audit_events, new_request_id, on_server, refused

UNAUTH = grpc.StatusCode.UNAUTHENTICATED
DENIED = grpc.StatusCode.PERMISSION_DENIED
INVALID = grpc.StatusCode.INVALID_ARGUMENT
PING = diagnostics_service_pb2.PingRequest(payload="p")


def _ping(client: Client) -> str:
    return str(client.diagnostics.Ping(PING).payload)


def _ping_refused(client: Client, reason: str) -> None:
    refused(client.diagnostics.Ping, PING, UNAUTH, reason)


@pytest.fixture
def second_server(live_server: LiveServer, database_url: str) -> Iterator[LiveServer]:
    """Another server instance on the same database, data directory and PKI (SEC-04:
    revocation must hold on every stateless instance)."""
    settings = make_settings(live_server.app.settings.data_dir, database_url)
    app = build_application(settings, hasher=make_test_hasher())
    running = start_server(app)
    other = LiveServer(app, running, live_server.backend)
    yield other
    other.stop()


def test_no_token_or_a_garbage_token_is_unauthenticated(live_server):
    workstation = live_server.enroll("DKR")
    _ping_refused(workstation.client(), "SESSION_REQUIRED")
    _ping_refused(workstation.client("not-a-real-token"), "SESSION_EXPIRED")
    # A token sent without the Bearer scheme is not read at all.
    user = workstation.login(ADMIN_LOGIN, ADMIN_PASSWORD)
    raw = workstation.client()
    refused(
        raw.diagnostics.Ping,
        PING,
        UNAUTH,
        "SESSION_REQUIRED",
        metadata=[("authorization", user.token)],
    )
    assert _ping(user) == "p"


def test_tokens_are_fresh_opaque_and_stored_hashed(live_server):
    workstation = live_server.enroll("DKR")
    first = workstation.login(ADMIN_LOGIN, ADMIN_PASSWORD)
    second = workstation.login(ADMIN_LOGIN, ADMIN_PASSWORD)
    assert first.token != second.token
    assert len(first.token) >= 22  # at least 128 bits in URL-safe base64
    with live_server.app.engine.connect() as connection:
        stored = set(connection.execute(text("SELECT token_hash FROM user_sessions")).scalars())
    assert {digest(first.token), digest(second.token)} <= stored
    assert first.token not in stored and second.token not in stored


def test_logout_then_replay_is_refused_on_two_instances(live_server, second_server):
    """T-SEC-4 with logout."""
    workstation = live_server.enroll("DKR")
    user = workstation.login(ADMIN_LOGIN, ADMIN_PASSWORD)
    elsewhere = on_server(workstation, second_server).client(user.token)
    assert _ping(user) == _ping(elsewhere) == "p"
    user.sessions.Logout(session_service_pb2.LogoutRequest())
    _ping_refused(user, "SESSION_REVOKED")
    _ping_refused(elsewhere, "SESSION_REVOKED")
    refused(
        elsewhere.sessions.GetCurrentSession,
        session_service_pb2.GetCurrentSessionRequest(),
        UNAUTH,
        "SESSION_REVOKED",
    )
    [logout] = audit_events(live_server, action_prefix="session.logout")
    assert logout.user_login == ADMIN_LOGIN and logout.workstation_id == workstation.workstation_id


def test_admin_disable_lock_and_reset_kill_sessions_on_two_instances(live_server, second_server):
    """T-SEC-4 with an administrator's action taken on the other instance."""
    admin = on_server(live_server.enroll("DKR"), second_server).login(ADMIN_LOGIN, ADMIN_PASSWORD)
    workstation = live_server.enroll("DKR")
    for action in ("disable", "lock", "reset"):
        login = f"clerk{action}"
        live_server.create_user(login, "cashier", ["DKR"], password="Clerk-Password-123")
        user = workstation.login(login, "Clerk-Password-123")
        elsewhere = on_server(workstation, second_server).client(user.token)
        assert _ping(user) == _ping(elsewhere) == "p"
        user_id = user.session.user_id
        if action == "disable":
            admin.users.DisableUser(
                user_service_pb2.DisableUserRequest(
                    request_id=new_request_id(), user_id=user_id, reason="left the company"
                )
            )
        elif action == "lock":
            admin.users.LockUser(
                user_service_pb2.LockUserRequest(
                    request_id=new_request_id(), user_id=user_id, reason="suspicious"
                )
            )
        else:
            admin.users.ResetUserPassword(
                user_service_pb2.ResetUserPasswordRequest(
                    request_id=new_request_id(), user_id=user_id
                )
            )
        _ping_refused(user, "SESSION_REVOKED")
        _ping_refused(elsewhere, "SESSION_REVOKED")
    # A disabled user cannot sign in again, even with the right password.
    refused(
        workstation.client().sessions.Login,
        session_service_pb2.LoginRequest(login="clerkdisable", password="Clerk-Password-123"),
        UNAUTH,
        "ACCOUNT_DISABLED",
    )


def test_token_from_another_workstation_is_refused(live_server):
    """SEC-05, T-SEC-6: the token is bound to the mTLS identity it was opened on."""
    first = live_server.enroll("DKR")
    second = live_server.enroll("DKR")
    user = first.login(ADMIN_LOGIN, ADMIN_PASSWORD)
    stolen = second.client(user.token)
    _ping_refused(stolen, "SESSION_WORKSTATION_MISMATCH")
    refused(
        stolen.sessions.Logout,
        session_service_pb2.LogoutRequest(),
        UNAUTH,
        "SESSION_WORKSTATION_MISMATCH",
    )
    # The rightful owner keeps the session.
    assert _ping(user) == "p"


def test_idle_timeout(clocked_server, manual_clock):
    user = clocked_server.admin()
    for _ in range(3):
        manual_clock.advance(minutes=29, seconds=59)
        assert _ping(user) == "p"
    manual_clock.advance(minutes=30)
    _ping_refused(user, "SESSION_EXPIRED")
    manual_clock.advance(seconds=1)
    _ping_refused(user, "SESSION_REVOKED")  # ended for good, even if the clock went back


def test_absolute_timeout_despite_activity(clocked_server, manual_clock):
    user = clocked_server.admin()
    for _ in range(28):  # 28 x 25 min = 11 h 40 min of steady work
        manual_clock.advance(minutes=25)
        assert _ping(user) == "p"
    manual_clock.advance(minutes=19, seconds=59)
    assert _ping(user) == "p"
    manual_clock.advance(seconds=1)  # 12 h after the login
    _ping_refused(user, "SESSION_EXPIRED")


def test_forced_password_change_flow(live_server):
    """ADM-1, SEC-02: a one-time password opens a session that can only change it."""
    one_time = live_server.create_user("newclerk", "supervisor", ["DKR"])
    workstation = live_server.enroll("DKR")
    user = workstation.login("newclerk", one_time)
    assert user.session.must_change_password
    _refuse_before_change = [
        (user.diagnostics.Ping, PING),
        (user.users.ListUsers, user_service_pb2.ListUsersRequest()),
    ]
    for call, request in _refuse_before_change:
        refused(call, request, DENIED, "PASSWORD_CHANGE_REQUIRED")
    session = user.sessions.GetCurrentSession(session_service_pb2.GetCurrentSessionRequest())
    assert session.session.must_change_password

    def change(new: str) -> session_service_pb2.ChangePasswordResponse:
        return user.sessions.ChangePassword(
            session_service_pb2.ChangePasswordRequest(current_password=one_time, new_password=new)
        )

    weak = {
        "short-pass": "too_short:12",
        "q1w2e3r4t5y6": "too_common",
        "my-newclerk-password": "contains_context_word",
        "Dakar Plateau 2024!": "contains_context_word",  # the user's agency name
    }
    for password, problem in weak.items():
        details = refused(change, password, INVALID, "PASSWORD_POLICY")
        assert details.fields and set(details.fields) == {"new_password"}
        assert problem in details.metadata["problems"].split(","), password
    refused(
        user.sessions.ChangePassword,
        session_service_pb2.ChangePasswordRequest(
            current_password="wrong-current-password", new_password="A-Good-New-Passphrase"
        ),
        UNAUTH,
        "INVALID_CREDENTIALS",
    )
    changed = change("A-Good-New-Passphrase")
    assert not changed.session.must_change_password
    _ping_refused(user, "SESSION_REVOKED")  # the old token is dead
    fresh = workstation.client(changed.session_token)
    assert _ping(fresh) == "p"
    # The one-time password is gone; the new one opens a normal session.
    refused(
        workstation.client().sessions.Login,
        session_service_pb2.LoginRequest(login="newclerk", password=one_time),
        UNAUTH,
        "INVALID_CREDENTIALS",
    )
    again = workstation.login("newclerk", "A-Good-New-Passphrase")
    assert not again.session.must_change_password


def test_password_history_refuses_reuse(live_server):
    live_server.create_user("histo", "cashier", ["DKR"], password="First-Password-0001")
    workstation = live_server.enroll("DKR")
    user = workstation.login("histo", "First-Password-0001")
    current = "First-Password-0001"
    for new in ("Second-Password-0002", "Third-Password-00003"):
        reply = user.sessions.ChangePassword(
            session_service_pb2.ChangePasswordRequest(current_password=current, new_password=new)
        )
        user = workstation.client(reply.session_token)
        current = new
    for reused in ("First-Password-0001", "Second-Password-0002", current):
        details = refused(
            user.sessions.ChangePassword,
            session_service_pb2.ChangePasswordRequest(
                current_password=current, new_password=reused
            ),
            INVALID,
            "PASSWORD_POLICY",
        )
        assert details.fields == ["new_password"] and details.metadata["problems"] == "reused"


def test_one_time_password_expires(clocked_server, manual_clock):
    """SEC-02: initial passwords expire after the policy's 24 hours."""
    admin = clocked_server.admin()
    profile_id = _profile_id(clocked_server, "cashier")
    created = admin.users.CreateUser(
        user_service_pb2.CreateUserRequest(
            request_id=new_request_id(),
            login="latecomer",
            display_name="Late Comer",
            profile_id=profile_id,
            agency_ids=[clocked_server.agency_id("DKR")],
        )
    )
    assert created.user.must_change_password
    counter = clocked_server.enroll("DKR")  # before moving the clock: its cert must be valid now
    manual_clock.advance(hours=23, minutes=59)
    refused(
        counter.client().sessions.Login,
        session_service_pb2.LoginRequest(login="latecomer", password="wrong-password-x"),
        UNAUTH,
        "INVALID_CREDENTIALS",
    )
    manual_clock.advance(minutes=1)
    refused(
        counter.client().sessions.Login,
        session_service_pb2.LoginRequest(login="latecomer", password=created.one_time_password),
        UNAUTH,
        "PASSWORD_EXPIRED",
    )


def _profile_id(server: LiveServer, code: str) -> str:
    with server.app.uow_factory(read_only=True) as uow:
        row = uow.profiles.by_code(code)
        assert row is not None
        return str(row.id)
