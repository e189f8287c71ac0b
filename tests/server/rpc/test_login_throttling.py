"""Failed-login throttling (SEC-03, T-SEC-2, T-SEC-3 status part): a soft lock after the
policy's failures, the same answers for an unknown login, other users unaffected, the lock
ending after the policy's minutes, at most ~100 checked attempts an hour, and a
per-workstation limit. (The timing half of T-SEC-3 is a benchmark, not a CI test.)"""

from __future__ import annotations

import math
from dataclasses import replace

import grpc
import pytest

from iwebs.v1 import session_service_pb2
from iwebs_server.domain.principal import system_principal
from tests.factories.grpc_client import Workstation, error_details
from tests.factories.live_server import LiveServer
from tests.server.rpc.security_helpers import audit_events

PASSWORD = "Teller-Password-2024"
UNAUTH = grpc.StatusCode.UNAUTHENTICATED


def _attempt(workstation: Workstation, login: str, password: str) -> tuple[str, str, str]:
    """(status, reason, message) of a login attempt; ("OK", "", "") when it succeeded."""
    try:
        workstation.login(login, password)
    except grpc.RpcError as error:
        details = error_details(error)
        return details.code.name, details.reason, error.details()  # type: ignore[attr-defined]
    return "OK", "", ""


def _set_policy(server: LiveServer, **changes: int) -> None:
    with server.app.uow_factory() as uow:
        uow.policy.save(replace(uow.policy.current(), **changes), server.app.clock.now())


EXPECTED_SEQUENCE = [("UNAUTHENTICATED", "INVALID_CREDENTIALS")] * 5 + [
    ("UNAUTHENTICATED", "ACCOUNT_LOCKED")
] * 2


def test_five_failures_lock_even_the_right_password_and_unknown_logins_answer_alike(
    live_server,
):
    live_server.create_user("teller", "cashier", ["DKR"], password=PASSWORD)
    workstation = live_server.enroll("DKR")
    known = [_attempt(workstation, "teller", f"wrong-{i}-password") for i in range(5)]
    known += [_attempt(workstation, "teller", PASSWORD) for _ in range(2)]
    unknown = [_attempt(workstation, "nobody-here", f"wrong-{i}-password") for i in range(5)]
    unknown += [_attempt(workstation, "nobody-here", PASSWORD) for _ in range(2)]
    assert [(c, r) for c, r, _ in known] == EXPECTED_SEQUENCE
    # T-SEC-3: identical status, reason and message for an unknown login.
    assert unknown == known
    # Case and spaces do not make a new account to guess against.
    assert _attempt(workstation, "  TELLER ", PASSWORD)[1] == "ACCOUNT_LOCKED"
    # Another user on the same workstation is unaffected.
    live_server.create_user("colleague", "cashier", ["DKR"], password=PASSWORD)
    assert _attempt(workstation, "colleague", PASSWORD) == ("OK", "", "")
    # The lock and every failure are in the audit log (T-SEC-2), without the passwords.
    failures = audit_events(live_server, action_prefix="session.login", user_login="teller")
    reasons = [e.reason for e in reversed(failures) if e.outcome == "failure"]
    assert reasons == ["INVALID_CREDENTIALS"] * 4 + ["ACCOUNT_LOCKED"] * 4
    assert all(PASSWORD not in (e.details_json or "") for e in failures)


def test_the_lock_ends_after_the_policy_minutes(clocked_server, manual_clock):
    clocked_server.create_user("teller", "cashier", ["DKR"], password=PASSWORD)
    workstation = clocked_server.enroll("DKR")
    for i in range(5):
        _attempt(workstation, "teller", f"wrong-{i}-password")
    manual_clock.advance(minutes=14, seconds=59)
    assert _attempt(workstation, "teller", PASSWORD)[1] == "ACCOUNT_LOCKED"
    manual_clock.advance(seconds=1)
    assert _attempt(workstation, "teller", PASSWORD) == ("OK", "", "")
    # A success clears the count: four new failures do not lock.
    for i in range(4):
        assert _attempt(workstation, "teller", f"wrong-{i}")[1] == "INVALID_CREDENTIALS"
    assert _attempt(workstation, "teller", PASSWORD) == ("OK", "", "")


def test_at_most_a_hundred_checked_attempts_an_hour(clocked_server, manual_clock):
    """T-SEC-2: 150 wrong passwords spread over one hour; count those actually checked
    (answered INVALID_CREDENTIALS; a locked account is refused without a check)."""
    _set_policy(clocked_server, workstation_max_failed_logins_per_hour=1000)
    clocked_server.create_user("teller", "cashier", ["DKR"], password=PASSWORD)
    workstation = clocked_server.enroll("DKR")
    policy = clocked_server.app.services.security_policy.get(system_principal("tests"))
    checked = 0
    for i in range(150):
        _status, reason, _ = _attempt(workstation, "teller", f"guess-{i:04d}-password")
        assert reason in ("INVALID_CREDENTIALS", "ACCOUNT_LOCKED")
        checked += reason == "INVALID_CREDENTIALS"
        manual_clock.advance(seconds=24)  # 150 x 24 s = 1 hour
    bound = policy.max_failed_logins * math.ceil(60 / policy.lockout_minutes + 1)
    assert checked <= bound <= 100
    assert checked >= policy.max_failed_logins * 3  # the lock does end: this is throttling


def test_per_workstation_limit(clocked_server, manual_clock):
    """SEC-03: spraying many logins from one workstation is cut off there, not elsewhere."""
    clocked_server.create_user("teller", "cashier", ["DKR"], password=PASSWORD)
    sprayer = clocked_server.enroll("DKR")
    other = clocked_server.enroll("DKR")
    for i in range(50):
        assert _attempt(sprayer, f"guess{i}", "password-guess")[1] == "INVALID_CREDENTIALS"
    assert _attempt(sprayer, "guess-next", "password-guess")[:2] == (
        "RESOURCE_EXHAUSTED",
        "TOO_MANY_ATTEMPTS",
    )
    # Even a good password is not checked from that workstation now ...
    assert _attempt(sprayer, "teller", PASSWORD)[:2] == ("RESOURCE_EXHAUSTED", "TOO_MANY_ATTEMPTS")
    # ... while the account itself is not locked: another workstation signs in.
    assert _attempt(other, "teller", PASSWORD) == ("OK", "", "")
    denied = audit_events(clocked_server, action_prefix="session.login", outcome="denied")
    assert denied and all(e.reason == "TOO_MANY_ATTEMPTS" for e in denied)
    assert {e.workstation_id for e in denied} == {sprayer.workstation_id}
    # The window slides: an hour later the workstation may try again.
    manual_clock.advance(hours=1, seconds=1)
    assert _attempt(sprayer, "teller", PASSWORD) == ("OK", "", "")


@pytest.mark.parametrize("password", ["", "x" * 5000])
def test_empty_or_huge_passwords_are_plain_failures(live_server, password):
    live_server.create_user("teller", "cashier", ["DKR"], password=PASSWORD)
    workstation = live_server.enroll("DKR")
    assert _attempt(workstation, "teller", password)[:2] == (
        "UNAUTHENTICATED",
        "INVALID_CREDENTIALS",
    )
    with pytest.raises(grpc.RpcError):
        workstation.client().sessions.Login(
            session_service_pb2.LoginRequest(login="teller", password=password)
        )
