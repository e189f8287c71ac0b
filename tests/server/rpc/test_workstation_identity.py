"""Registered workstations (SEC-13, SEC-11, ADM-7, T-SEC-7): the mTLS identity is required
on the main port, only certificates of the internal CA for active workstations with their
current certificate pass, enrollment codes are single-use with an expiry and five tries,
and certificates renew in their last days only."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import grpc
import pytest
import trustme

from iwebs.v1 import (
    diagnostics_service_pb2,
    enrollment_service_pb2,
    enrollment_service_pb2_grpc,
    session_service_pb2,
    workstation_service_pb2,
)
from iwebs_server.rpc.permissions import METHOD_PERMISSIONS
from iwebs_server.security.certificate_authority import CertificateAuthority
from iwebs_server.security.tokens import digest
from tests.factories.clock import ManualClock
from tests.factories.grpc_client import (
    Client,
    Workstation,
    enroll,
    error_details,
    new_key_and_csr,
)
from tests.factories.live_server import ADMIN_LOGIN, ADMIN_PASSWORD
from tests.server.rpc.security_helpers import (
    all_methods,
    audit_events,
    call_error,
    enrollment_channel,
    full_name,
    new_request_id,
    refused,
    wait_for_audit,
)

UNAUTH = grpc.StatusCode.UNAUTHENTICATED
UNAVAILABLE = grpc.StatusCode.UNAVAILABLE
ENROLL = "/iwebs.v1.EnrollmentService/EnrollWorkstation"


@pytest.fixture
def manual_clock() -> ManualClock:
    """The server's clock starts 65 days in the past, so that certificates it signs after
    moving the clock forward are still valid for the real-time TLS handshake."""
    return ManualClock(datetime.now(UTC) - timedelta(days=65))


def _ping(client: Client) -> None:
    client.diagnostics.Ping(diagnostics_service_pb2.PingRequest(payload="x"))


def _login_request() -> session_service_pb2.LoginRequest:
    return session_service_pb2.LoginRequest(login=ADMIN_LOGIN, password=ADMIN_PASSWORD)


def _unavailable(client: Client) -> None:
    with pytest.raises(grpc.RpcError) as caught:
        client.sessions.Login(_login_request(), timeout=5)
    assert caught.value.code() == UNAVAILABLE  # type: ignore[attr-defined]


def _with_identity(workstation: Workstation, key_pem: bytes, cert_pem: bytes) -> Workstation:
    return dataclasses.replace(workstation, key_pem=key_pem, cert_pem=cert_pem, channels=[])


def _try_enroll(server, code: str) -> Workstation:  # type: ignore[no-untyped-def]
    return enroll(
        server.host, server.port, server.enrollment_port, server.ca_cert_pem.encode(), code
    )


def _signed_by_server_ca(server, workstation_id: str, now: datetime, days: float):  # type: ignore[no-untyped-def]
    key_pem, csr = new_key_and_csr()
    authority = CertificateAuthority.load(server.app.settings.pki)
    issued = authority.sign_workstation_csr(csr, workstation_id, now, timedelta(days=days))
    return key_pem, issued.pem.encode()


# -- TLS: refused before any handler ---------------------------------------------------------
def test_main_port_without_client_certificate_fails_the_handshake(live_server):
    channel = grpc.secure_channel(
        f"{live_server.host}:{live_server.port}",
        grpc.ssl_channel_credentials(live_server.ca_cert_pem.encode()),
    )
    try:
        _unavailable(Client(channel))
    finally:
        channel.close()


def test_certificate_from_another_ca_is_refused(live_server):
    """A `trustme` CA's certificate, even naming a real enrolled workstation, is refused."""
    genuine = live_server.enroll("DKR")
    other = trustme.CA().issue_cert("client.example", common_name=genuine.workstation_id)
    forged = _with_identity(
        genuine, other.private_key_pem.bytes(), other.cert_chain_pems[0].bytes()
    )
    _unavailable(forged.client())
    forged.close()
    # The genuine one still works: the refusal is about the certificate, not the server.
    genuine.login(ADMIN_LOGIN, ADMIN_PASSWORD)


def test_expired_client_certificate_is_refused(live_server):
    genuine = live_server.enroll("DKR")
    past = datetime.now(UTC) - timedelta(days=100)
    key_pem, cert_pem = _signed_by_server_ca(live_server, genuine.workstation_id, past, 10)
    expired = _with_identity(genuine, key_pem, cert_pem)
    _unavailable(expired.client())
    expired.close()


def test_expiry_is_also_checked_by_the_server_clock(clocked_server, manual_clock):
    """A certificate still valid for TLS but past its stored expiry on the server's clock."""
    workstation = clocked_server.enroll("DKR")
    workstation.login(ADMIN_LOGIN, ADMIN_PASSWORD)
    manual_clock.advance(days=91)
    refused(
        workstation.client().sessions.Login,
        _login_request(),
        UNAUTH,
        "WORKSTATION_CERTIFICATE_EXPIRED",
    )


def test_certificate_of_our_ca_for_an_unknown_workstation_is_refused(live_server):
    genuine = live_server.enroll("DKR")
    key_pem, cert_pem = _signed_by_server_ca(
        live_server, "3f1b0b1e-0000-4000-8000-000000000000", datetime.now(UTC), 5
    )
    stranger = _with_identity(genuine, key_pem, cert_pem)
    refused(stranger.client().sessions.Login, _login_request(), UNAUTH, "WORKSTATION_UNKNOWN")
    stranger.close()


def test_a_second_certificate_for_a_workstation_is_not_its_current_one(live_server):
    """Only the serial the server issued last is accepted (a copied older cert is not)."""
    genuine = live_server.enroll("DKR")
    key_pem, cert_pem = _signed_by_server_ca(
        live_server, genuine.workstation_id, datetime.now(UTC), 5
    )
    other = _with_identity(genuine, key_pem, cert_pem)
    refused(other.client().sessions.Login, _login_request(), UNAUTH, "WORKSTATION_REVOKED")
    other.close()


# -- revocation ------------------------------------------------------------------------------
def test_revoked_workstation_is_refused_and_its_sessions_die(live_server):
    admin = live_server.admin()
    counter = live_server.enroll("DKR")
    user = counter.login(ADMIN_LOGIN, ADMIN_PASSWORD)
    _ping(user)
    admin.workstations.RevokeWorkstation(
        workstation_service_pb2.RevokeWorkstationRequest(
            request_id=new_request_id(), workstation_id=counter.workstation_id, reason="stolen"
        )
    )
    refused(
        user.diagnostics.Ping, diagnostics_service_pb2.PingRequest(), UNAUTH, "WORKSTATION_REVOKED"
    )
    refused(counter.client().sessions.Login, _login_request(), UNAUTH, "WORKSTATION_REVOKED")
    # The session row itself is revoked too, whatever the certificate.
    with live_server.app.uow_factory(read_only=True) as uow:
        session = uow.sessions.by_token_hash(digest(user.token))
        assert session is not None and session.revoked_at is not None
    # A revoked workstation cannot get a new enrollment code.
    refused(
        admin.workstations.IssueEnrollmentCode,
        workstation_service_pb2.IssueEnrollmentCodeRequest(
            request_id=new_request_id(), workstation_id=counter.workstation_id
        ),
        grpc.StatusCode.FAILED_PRECONDITION,
        "WORKSTATION_REVOKED",
    )
    # T-SEC-7: the refusals that reach the server are in the audit log, with the peer.
    event = wait_for_audit(
        live_server,
        lambda e: e.reason == "WORKSTATION_REVOKED" and e.outcome == "denied",
        action_prefix="rpc.iwebs.v1.SessionService.Login",
    )
    assert event.details_json and "peer" in event.details_json
    revoke = audit_events(live_server, action_prefix="workstation.revoke")
    assert revoke and revoke[0].object_id == counter.workstation_id
    assert '"revoked"' in (revoke[0].details_json or "")


# -- enrollment port -------------------------------------------------------------------------
def test_enrollment_port_reaches_only_enroll_workstation(live_server):
    channel = enrollment_channel(live_server)
    try:
        for method in all_methods():
            name = full_name(method)
            problem = call_error(channel, method)
            assert problem is not None, name
            if name == ENROLL:
                assert (problem.code, problem.reason) == (
                    grpc.StatusCode.INVALID_ARGUMENT,
                    "INVALID_ARGUMENT",
                )
                assert problem.fields == ["csr_pem"]
            else:
                assert METHOD_PERMISSIONS[name] != "@public"
                assert (problem.code, problem.reason) == (
                    UNAUTH,
                    "WORKSTATION_CERTIFICATE_REQUIRED",
                ), name
    finally:
        channel.close()
    event = wait_for_audit(
        live_server,
        lambda e: e.reason == "WORKSTATION_CERTIFICATE_REQUIRED",
        action_prefix="rpc.iwebs.v1.UserService.CreateUser",
    )
    assert event.outcome == "denied" and event.workstation_id is None


def test_enrollment_code_is_single_use(live_server):
    code = live_server.issue_enrollment_code("DKR")
    first = _try_enroll(live_server, code)
    first.login(ADMIN_LOGIN, ADMIN_PASSWORD)
    with pytest.raises(grpc.RpcError) as caught:
        _try_enroll(live_server, code)
    problem = error_details(caught.value)
    assert (problem.code, problem.reason) == (UNAUTH, "ENROLLMENT_CODE_INVALID")


def _enroll_error(server, code: str):  # type: ignore[no-untyped-def]
    with pytest.raises(grpc.RpcError) as caught:
        _try_enroll(server, code)
    return error_details(caught.value)


def _wrong_secret(code: str, n: int) -> str:
    prefix = code.split("-", maxsplit=1)[0]
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    secret = "".join(alphabet[(n + i) % len(alphabet)] for i in range(10))
    wrong = f"{prefix}-{secret[:5]}-{secret[5:]}"
    assert wrong != code
    return wrong


def test_wrong_and_malformed_codes_are_refused(live_server):
    code = live_server.issue_enrollment_code("DKR")
    problem = _enroll_error(live_server, _wrong_secret(code, 1))
    assert (problem.code, problem.reason) == (UNAUTH, "ENROLLMENT_CODE_INVALID")
    problem = _enroll_error(live_server, "not-a-code")
    assert (problem.code, problem.reason, problem.fields) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "INVALID_ARGUMENT",
        ["enrollment_code"],
    )
    # An unknown prefix is refused the same way as a wrong secret.
    problem = _enroll_error(live_server, "ZZZZZ-ZZZZZ-ZZZZZ")
    assert (problem.code, problem.reason) == (UNAUTH, "ENROLLMENT_CODE_INVALID")
    # Four wrong tries leave the code usable.
    for n in range(2, 5):
        _enroll_error(live_server, _wrong_secret(code, n))
    _try_enroll(live_server, code).login(ADMIN_LOGIN, ADMIN_PASSWORD)
    failures = audit_events(live_server, action_prefix="workstation.enroll", outcome="failure")
    assert len(failures) == 5
    assert all(e.reason == "ENROLLMENT_CODE_INVALID" for e in failures)


def test_five_wrong_tries_kill_the_code(live_server):
    code = live_server.issue_enrollment_code("DKR")
    for n in range(5):
        problem = _enroll_error(live_server, _wrong_secret(code, n))
        assert problem.reason == "ENROLLMENT_CODE_INVALID"
    problem = _enroll_error(live_server, code)
    assert (problem.code, problem.reason) == (UNAUTH, "ENROLLMENT_CODE_INVALID")


def test_expired_enrollment_code_is_refused(clocked_server, manual_clock):
    code = clocked_server.issue_enrollment_code("DKR")
    manual_clock.advance(minutes=30, seconds=1)
    problem = _enroll_error(clocked_server, code)
    assert (problem.code, problem.reason) == (UNAUTH, "ENROLLMENT_CODE_INVALID")
    [failure] = audit_events(clocked_server, action_prefix="workstation.enroll", outcome="failure")
    assert failure.details_json and '"expired"' in failure.details_json


def test_enrollment_code_just_inside_its_ttl_works(clocked_server, manual_clock):
    code = clocked_server.issue_enrollment_code("DKR")
    manual_clock.advance(minutes=29)
    _try_enroll(clocked_server, code).login(ADMIN_LOGIN, ADMIN_PASSWORD)


# -- renewal ---------------------------------------------------------------------------------
def _renew(workstation: Workstation) -> Workstation:
    key_pem, csr = new_key_and_csr()
    reply = workstation.client().enrollment.RenewWorkstationCertificate(
        enrollment_service_pb2.RenewWorkstationCertificateRequest(csr_pem=csr)
    )
    return _with_identity(workstation, key_pem, reply.certificate_pem.encode())


def test_renewal_too_early_is_refused(live_server):
    workstation = live_server.enroll("DKR")
    _key_pem, csr = new_key_and_csr()
    problem = refused(
        workstation.client().enrollment.RenewWorkstationCertificate,
        enrollment_service_pb2.RenewWorkstationCertificateRequest(csr_pem=csr),
        grpc.StatusCode.FAILED_PRECONDITION,
        "RENEWAL_TOO_EARLY",
    )
    assert problem.metadata["renewal_days"] == "30"
    # Renewal needs the mTLS identity: not possible from the enrollment port.
    channel = enrollment_channel(live_server)
    try:
        refused(
            enrollment_service_pb2_grpc.EnrollmentServiceStub(channel).RenewWorkstationCertificate,
            enrollment_service_pb2.RenewWorkstationCertificateRequest(csr_pem=csr),
            UNAUTH,
            "WORKSTATION_CERTIFICATE_REQUIRED",
            timeout=10,
        )
    finally:
        channel.close()


def test_renewal_in_the_window_replaces_the_certificate(clocked_server, manual_clock):
    old = clocked_server.enroll("DKR")
    manual_clock.advance(days=59)
    _key_pem, csr = new_key_and_csr()
    refused(
        old.client().enrollment.RenewWorkstationCertificate,
        enrollment_service_pb2.RenewWorkstationCertificateRequest(csr_pem=csr),
        grpc.StatusCode.FAILED_PRECONDITION,
        "RENEWAL_TOO_EARLY",
    )
    manual_clock.advance(days=2)  # 61 days in: 29 days left, inside the 30-day window
    new = _renew(old)
    assert new.cert_pem != old.cert_pem
    new.login(ADMIN_LOGIN, ADMIN_PASSWORD)
    refused(old.client().sessions.Login, _login_request(), UNAUTH, "WORKSTATION_REVOKED")
    # A garbage CSR is bad input, not a crash.
    manual_clock.advance(days=64)  # back inside the new certificate's window
    refused(
        new.client().enrollment.RenewWorkstationCertificate,
        enrollment_service_pb2.RenewWorkstationCertificateRequest(csr_pem="garbage"),
        grpc.StatusCode.INVALID_ARGUMENT,
        "INVALID_ARGUMENT",
    )
    renewals = audit_events(clocked_server, action_prefix="workstation.renew_certificate")
    assert len(renewals) == 1 and renewals[0].object_id == old.workstation_id
