"""The audit log (ADM-8, SEC-09, SEC-10, T-SEC-10): logins, logouts, every RPC and every
sensitive change are recorded without secrets; the database refuses UPDATE and DELETE;
tampering done as superuser is found by `iwebs audit verify`, which names the first broken
sequence, and which passes on the untouched log."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import grpc
import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from iwebs.v1 import (
    administration_pb2,
    agency_service_pb2,
    audit_service_pb2,
    diagnostics_service_pb2,
    session_service_pb2,
    user_service_pb2,
)
from iwebs_server.cli.admin_cli import main as iwebs_main
from tests.factories.live_server import ADMIN_LOGIN, ADMIN_PASSWORD, LiveServer
from tests.server.rpc.security_helpers import audit_events, new_request_id, wait_for_audit

APPEND_ONLY = "append-only"


def _sequences(server: LiveServer) -> list[int]:
    with server.app.engine.connect() as connection:
        return list(
            connection.execute(
                text("SELECT sequence FROM audit_events ORDER BY sequence")
            ).scalars()
        )


def test_logins_logouts_rpcs_and_changes_are_logged_without_secrets(live_server):
    workstation = live_server.enroll("DKR")
    dkr = live_server.agency_id("DKR")
    with pytest.raises(grpc.RpcError):
        workstation.login(ADMIN_LOGIN, "Wrong-Password-Attempt")
    admin = workstation.login(ADMIN_LOGIN, ADMIN_PASSWORD)
    admin.diagnostics.Ping(diagnostics_service_pb2.PingRequest(payload="hello"))
    agency = admin.agencies.GetAgency(agency_service_pb2.GetAgencyRequest(agency_id=dkr)).agency
    admin.agencies.UpdateAgency(
        agency_service_pb2.UpdateAgencyRequest(
            request_id=new_request_id(),
            agency_id=dkr,
            version=agency.version,
            name="Dakar Plateau Centre",
            region=agency.region,
            active=True,
        )
    )
    live_server.create_user("clerk", "cashier", ["DKR"], password="Clerk-Password-0001")
    clerk = workstation.login("clerk", "Clerk-Password-0001")
    with pytest.raises(grpc.RpcError):
        clerk.users.ListUsers(user_service_pb2.ListUsersRequest())
    clerk.sessions.Logout(session_service_pb2.LogoutRequest())

    logins = audit_events(live_server, action_prefix="session.login", user_login=ADMIN_LOGIN)
    assert [(e.outcome, e.reason) for e in reversed(logins)] == [
        ("failure", "INVALID_CREDENTIALS"),
        ("success", None),
    ]
    assert {(e.workstation_id, e.agency_id) for e in logins} == {(workstation.workstation_id, dkr)}
    ping = wait_for_audit(
        live_server,
        lambda e: e.user_login == ADMIN_LOGIN,
        action_prefix="rpc.iwebs.v1.DiagnosticsService.Ping",
    )
    assert ping.outcome == "success"
    assert (ping.workstation_id, ping.agency_id) == (workstation.workstation_id, dkr)
    assert ping.duration_ms is not None and ping.duration_ms >= 0
    assert ping.correlation_id and ping.user_id == admin.session.user_id
    denied = wait_for_audit(
        live_server,
        lambda e: e.user_login == "clerk",
        action_prefix="rpc.iwebs.v1.UserService.ListUsers",
    )
    assert (denied.outcome, denied.reason) == ("denied", "PERMISSION_DENIED")
    [logout] = audit_events(live_server, action_prefix="session.logout")
    assert logout.user_login == "clerk"
    wait_for_audit(
        live_server,
        lambda e: e.outcome == "success",
        action_prefix="rpc.iwebs.v1.SessionService.Logout",
    )
    [update] = audit_events(live_server, action_prefix="agency.update")
    assert update.user_login == ADMIN_LOGIN and update.object_id == dkr
    assert json.loads(update.details_json or "{}") == {
        "changes": {"name": {"old": "Dakar Plateau", "new": "Dakar Plateau Centre"}}
    }
    # The RPC record carries the request id of the change.
    wait_for_audit(
        live_server,
        lambda e: e.request_id == update.request_id,
        action_prefix="rpc.iwebs.v1.AgencyService.UpdateAgency",
    )
    # No password or token anywhere in the log (SEC-09).
    secrets = [
        ADMIN_PASSWORD,
        "Wrong-Password-Attempt",
        "Clerk-Password-0001",
        admin.token,
        clerk.token,
    ]
    for event in audit_events(live_server):
        flat = json.dumps([str(v) for v in vars(event).values()])
        for secret in secrets:
            assert secret not in flat, event.action
    # An administrator searches the log over gRPC (ADM-8).
    found = admin.audit.SearchAuditEvents(
        audit_service_pb2.SearchAuditEventsRequest(
            action_prefix="session.login", outcome=administration_pb2.AUDIT_OUTCOME_FAILURE
        )
    ).events
    assert [e.reason for e in found] == ["INVALID_CREDENTIALS"]


def test_user_changes_record_old_and_new_values(live_server):
    admin = live_server.admin()
    live_server.create_user("clerk", "cashier", ["DKR"], password="Clerk-Password-0001")
    with live_server.app.uow_factory(read_only=True) as uow:
        clerk = uow.users.by_login("clerk")
        supervisor = uow.profiles.by_code("supervisor")
        cashier_id = clerk.profile_id  # type: ignore[union-attr]
    admin.users.UpdateUser(
        user_service_pb2.UpdateUserRequest(
            request_id=new_request_id(),
            user_id=clerk.id,  # type: ignore[union-attr]
            version=1,
            display_name="Clerk",
            profile_id=supervisor.id,  # type: ignore[union-attr]
            agency_ids=[live_server.agency_id("DKR"), live_server.agency_id("THS")],
        )
    )
    [update] = audit_events(live_server, action_prefix="user.update")
    changes = json.loads(update.details_json or "{}")["changes"]
    assert changes["profile_id"] == {"old": cashier_id, "new": supervisor.id}  # type: ignore[union-attr]
    assert len(changes["agency_ids"]["new"]) == 2 and len(changes["agency_ids"]["old"]) == 1


# -- the database refuses changes -------------------------------------------------------------
def test_update_and_delete_are_refused_by_the_database(live_server):
    live_server.admin()
    live_server.services.access_log.stop()  # no writer appends while we compare
    live_server.flush_audit()
    statements = [
        "UPDATE audit_events SET outcome = 'success' WHERE sequence = 1",
        "UPDATE audit_events SET details_json = NULL",
        "DELETE FROM audit_events WHERE sequence = 1",
        "DELETE FROM audit_events",
    ]
    if live_server.backend == "postgresql":
        statements.append("TRUNCATE audit_events")
    before = _sequences(live_server)
    for statement in statements:
        with pytest.raises(DBAPIError) as caught, live_server.app.engine.begin() as connection:
            connection.execute(text(statement))
        assert APPEND_ONLY in str(caught.value), statement
    assert _sequences(live_server) == before


@pytest.fixture
def app_role(live_server: LiveServer, database_url: str) -> Iterator[str]:
    """A least-privilege PostgreSQL role: SELECT and INSERT on the audit log, nothing else."""
    if live_server.backend != "postgresql":
        pytest.skip("database roles are a PostgreSQL feature")
    role = f"iwebs_app_{uuid.uuid4().hex[:8]}"
    admin_url = make_url(database_url).set(drivername="postgresql")
    with psycopg.connect(admin_url.render_as_string(hide_password=False), autocommit=True) as db:
        db.execute(f'CREATE ROLE "{role}" LOGIN')
        db.execute(f'GRANT SELECT, INSERT ON audit_events TO "{role}"')
    try:
        yield admin_url.set(username=role, password=None).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(
            admin_url.render_as_string(hide_password=False), autocommit=True
        ) as db:
            db.execute(f'DROP OWNED BY "{role}"')
            db.execute(f'DROP ROLE "{role}"')


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_events SET outcome = 'success' WHERE sequence = 1",
        "DELETE FROM audit_events WHERE sequence = 1",
        "TRUNCATE audit_events",
    ],
)
def test_the_application_role_has_no_update_or_delete_grant(live_server, app_role, statement):
    """T-SEC-10, first half, for a least-privilege application role."""
    with psycopg.connect(app_role, autocommit=True) as db:
        assert db.execute("SELECT count(*) FROM audit_events").fetchone()[0] > 0  # type: ignore[index]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            db.execute(statement)


# -- tampering and the verifier -----------------------------------------------------------------
@pytest.fixture
def restore_logging() -> Iterator[None]:
    """The CLI configures the root logger; put pytest's handlers back afterwards."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def _config(server: LiveServer, tmp_path: Path) -> Path:
    settings = server.app.settings
    path = tmp_path / "iwebs.toml"
    path.write_text(
        f"data_dir = {json.dumps(str(settings.data_dir))}\n"
        f"database_url = {json.dumps(settings.database_url)}\n",
        encoding="utf-8",
    )
    return path


def _verify(server: LiveServer, tmp_path: Path, capsys) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    capsys.readouterr()
    code = iwebs_main(["--config", str(_config(server, tmp_path)), "audit", "verify"])
    return code, capsys.readouterr().out


def _quiet_log(server: LiveServer) -> list[int]:
    """Some activity, then no more writers: the per-RPC writer is stopped and drained."""
    admin = server.admin()
    for _ in range(3):
        admin.diagnostics.Ping(diagnostics_service_pb2.PingRequest(payload="x"))
    server.services.access_log.stop()
    server.flush_audit()
    sequences = _sequences(server)
    assert len(sequences) >= 8
    return sequences


def _tamper(server: LiveServer, statements: list[str]) -> None:
    """As superuser: around the append-only triggers."""
    with server.app.engine.begin() as connection:
        if server.backend == "postgresql":
            connection.execute(text("SET LOCAL session_replication_role = replica"))
            for statement in statements:
                connection.execute(text(statement))
            return
        for event in ("update", "delete"):
            connection.execute(text(f"DROP TRIGGER audit_events_no_{event}"))
        for statement in statements:
            connection.execute(text(statement))
        for event in ("UPDATE", "DELETE"):
            connection.execute(
                text(
                    f"CREATE TRIGGER audit_events_no_{event.lower()} BEFORE {event} "
                    "ON audit_events BEGIN SELECT RAISE(ABORT, "
                    "'append-only table: rows cannot be changed or deleted'); END"
                )
            )


def test_verify_passes_on_the_untouched_log(live_server, tmp_path, capsys, restore_logging):
    sequences = _quiet_log(live_server)
    code, out = _verify(live_server, tmp_path, capsys)
    assert code == 0, out
    assert f"Audit chain OK: {len(sequences)} events" in out


@pytest.mark.parametrize("tamper", ["update", "delete", "swap", "delete_last"])
def test_verify_names_the_first_broken_sequence(
    live_server, tmp_path, capsys, restore_logging, tamper
):
    """T-SEC-10, second half: one UPDATE, one DELETE, one swap of two rows (and a cut tail)."""
    sequences = _quiet_log(live_server)
    k = sequences[len(sequences) // 2]
    statements, expected = {
        "update": (
            [f"UPDATE audit_events SET user_login = 'someone_else' WHERE sequence = {k}"],
            f"AUDIT CHAIN BROKEN at sequence {k}: altered",
        ),
        "delete": (
            [f"DELETE FROM audit_events WHERE sequence = {k}"],
            f"AUDIT CHAIN BROKEN at sequence {k}: missing",
        ),
        "swap": (
            [
                f"UPDATE audit_events SET sequence = -1 WHERE sequence = {k}",
                f"UPDATE audit_events SET sequence = {k} WHERE sequence = {k + 1}",
                f"UPDATE audit_events SET sequence = {k + 1} WHERE sequence = -1",
            ],
            f"AUDIT CHAIN BROKEN at sequence {k}: bad_link",
        ),
        "delete_last": (
            [f"DELETE FROM audit_events WHERE sequence = {sequences[-1]}"],
            f"AUDIT CHAIN BROKEN at sequence {sequences[-1]}: missing",
        ),
    }[tamper]
    _tamper(live_server, statements)
    code, out = _verify(live_server, tmp_path, capsys)
    assert code == 1, out
    assert out.strip() == expected
    # The triggers are back: the tampering needed a superuser's bypass.
    with pytest.raises(DBAPIError), live_server.app.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_events"))


def test_the_iwebs_command_verifies_from_the_environment(live_server):
    """The console script, configured by IWEBS_* variables as on a server."""
    _quiet_log(live_server)
    settings = live_server.app.settings
    env = {
        **os.environ,
        "IWEBS_DATA_DIR": str(settings.data_dir),
        "IWEBS_DATABASE_URL": settings.database_url,
    }
    command = [str(Path(sys.executable).with_name("iwebs")), "audit", "verify"]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Audit chain OK" in done.stdout
    _tamper(live_server, ["UPDATE audit_events SET outcome = 'denied' WHERE sequence = 2"])
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 1
    assert done.stdout.strip() == "AUDIT CHAIN BROKEN at sequence 2: altered"
