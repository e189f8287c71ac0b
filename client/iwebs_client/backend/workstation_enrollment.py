"""First enrollment and certificate renewal of this workstation."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from cryptography import x509

from iwebs_client.backend.channel import open_enrollment_channel
from iwebs_client.backend.client_types import BackendError, EnrollmentRequest
from iwebs_client.backend.credentials_store import CredentialsStore, WorkstationIdentity
from iwebs_client.backend.enrollment_gateway import EnrollmentGateway
from iwebs_client.backend.workstation_keys import build_csr_pem, generate_private_key_pem

MAX_RENEWAL_WINDOW = dt.timedelta(days=30)
DEFAULT_MAIN_PORT = 50443
DEFAULT_ENROLLMENT_PORT = 50444


def enroll_workstation(
    store: CredentialsStore, request: EnrollmentRequest, deadline_seconds: float = 10.0
) -> WorkstationIdentity:
    """Generates a key, sends its CSR with the one-time code, stores key and certificate.

    The new key goes to the keyring (as pending) before the call, so a keyring problem is found
    before the one-time code is spent.
    """
    private_key_pem = generate_private_key_pem()
    store.save_pending_key_pem(private_key_pem)
    handle = open_enrollment_channel(
        request.server_host, request.enrollment_port, request.ca_certificate_pem
    )
    try:
        gateway = EnrollmentGateway(handle.channel, deadline_seconds=deadline_seconds)
        response = gateway.enroll_workstation(
            request.enrollment_code.strip(), build_csr_pem(private_key_pem)
        )
    except BackendError:
        store.discard_pending_key()
        raise
    finally:
        handle.close()
    identity = WorkstationIdentity(
        server_host=request.server_host,
        main_port=request.main_port,
        enrollment_port=request.enrollment_port,
        workstation_id=response.workstation_id,
        workstation_name=response.workstation_name,
        agency_id=response.agency_id,
        certificate_pem=response.certificate_pem,
        ca_certificate_pem=response.ca_certificate_pem or request.ca_certificate_pem,
    )
    store.save_private_key_pem(private_key_pem)
    store.save_identity(identity)
    store.discard_pending_key()
    return identity


def renewal_window(certificate_pem: str) -> dt.timedelta:
    """The last 30 days of validity, or the last third for certificates shorter than 90 days."""
    cert = x509.load_pem_x509_certificate(certificate_pem.encode("ascii"))
    lifetime = cert.not_valid_after_utc - cert.not_valid_before_utc
    return min(MAX_RENEWAL_WINDOW, lifetime / 3)


def renewal_is_due(certificate_pem: str, now: dt.datetime | None = None) -> bool:
    cert = x509.load_pem_x509_certificate(certificate_pem.encode("ascii"))
    moment = now or dt.datetime.now(dt.UTC)
    return moment >= cert.not_valid_after_utc - renewal_window(certificate_pem)


def renew_workstation_certificate(
    store: CredentialsStore, identity: WorkstationIdentity, gateway: EnrollmentGateway
) -> WorkstationIdentity:
    """A new key and certificate over mTLS; the old key stays until the new pair is stored."""
    new_key_pem = generate_private_key_pem()
    store.save_pending_key_pem(new_key_pem)
    try:
        response = gateway.renew_certificate(build_csr_pem(new_key_pem))
    except BackendError:
        store.discard_pending_key()
        raise
    renewed = replace(identity, certificate_pem=response.certificate_pem)
    store.save_identity(renewed)
    store.save_private_key_pem(new_key_pem)
    store.discard_pending_key()
    return renewed
