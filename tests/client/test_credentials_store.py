"""The workstation identity: key in the keyring, public parts in JSON, renewal recovery."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from iwebs_client.backend.credentials_store import (
    KEYRING_SERVICE,
    CredentialsError,
    CredentialsStore,
    WorkstationIdentity,
)
from iwebs_client.backend.workstation_enrollment import renewal_is_due, renewal_window
from iwebs_client.backend.workstation_keys import (
    build_csr_pem,
    generate_private_key_pem,
    key_matches_certificate,
)


def _certificate_for(key_pem: str, days: int = 90, start: dt.datetime | None = None) -> str:
    """A certificate for `key_pem` signed by a throwaway CA."""
    ca_key = ec.generate_private_key(ec.SECP256R1())
    key = serialization.load_pem_private_key(key_pem.encode(), password=None)
    begin = start or dt.datetime.now(dt.UTC)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "ws")])
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())  # type: ignore[arg-type]
        .serial_number(x509.random_serial_number())
        .not_valid_before(begin)
        .not_valid_after(begin + dt.timedelta(days=days))
        .sign(ca_key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.PEM).decode()


def _identity(cert_pem: str) -> WorkstationIdentity:
    return WorkstationIdentity(
        server_host="localhost",
        main_port=50443,
        enrollment_port=50444,
        workstation_id="ws-1",
        workstation_name="DKR-GUICHET-1",
        agency_id="ag-1",
        certificate_pem=cert_pem,
        ca_certificate_pem="CA",
    )


def test_round_trip_keeps_the_key_out_of_the_config_dir(config_dir: Path, memory_keyring) -> None:
    store = CredentialsStore(config_dir)
    assert not store.has_identity()
    key = generate_private_key_pem()
    identity = _identity(_certificate_for(key))
    store.save_private_key_pem(key)
    store.save_identity(identity)

    again = CredentialsStore(config_dir)
    assert again.has_identity()
    assert again.load_identity() == identity
    assert again.load_private_key_pem() == key
    assert memory_keyring.secrets[(KEYRING_SERVICE, str(config_dir))] == key
    for path in config_dir.rglob("*"):
        assert "PRIVATE KEY" not in path.read_text()


def test_missing_key_is_reported(config_dir: Path) -> None:
    store = CredentialsStore(config_dir)
    store.save_identity(_identity(_certificate_for(generate_private_key_pem())))
    assert not store.has_identity()
    with pytest.raises(CredentialsError):
        store.load_private_key_pem()


def test_an_interrupted_renewal_promotes_the_pending_key(config_dir: Path) -> None:
    store = CredentialsStore(config_dir)
    old_key, new_key = generate_private_key_pem(), generate_private_key_pem()
    store.save_private_key_pem(old_key)
    store.save_pending_key_pem(new_key)
    # the new certificate was stored, then the client stopped before swapping the keys
    store.save_identity(_identity(_certificate_for(new_key)))
    assert store.load_private_key_pem() == new_key
    assert CredentialsStore(config_dir).load_private_key_pem() == new_key


def test_forget_removes_everything(config_dir: Path, memory_keyring) -> None:
    store = CredentialsStore(config_dir)
    key = generate_private_key_pem()
    store.save_private_key_pem(key)
    store.save_identity(_identity(_certificate_for(key)))
    store.forget()
    assert store.load_identity() is None
    assert memory_keyring.secrets == {}


def test_csr_is_signed_by_the_key() -> None:
    key = generate_private_key_pem()
    csr = x509.load_pem_x509_csr(build_csr_pem(key).encode())
    assert csr.is_signature_valid
    assert key_matches_certificate(key, _certificate_for(key))
    assert not key_matches_certificate(generate_private_key_pem(), _certificate_for(key))


def test_renewal_window_is_the_last_30_days_or_last_third() -> None:
    key = generate_private_key_pem()
    long_cert = _certificate_for(key, days=365)
    assert renewal_window(long_cert) == dt.timedelta(days=30)
    assert not renewal_is_due(long_cert)
    assert renewal_is_due(long_cert, now=dt.datetime.now(dt.UTC) + dt.timedelta(days=340))
    short_cert = _certificate_for(key, days=30)
    assert renewal_window(short_cert) == dt.timedelta(days=10)
    assert not renewal_is_due(short_cert)
    assert renewal_is_due(short_cert, now=dt.datetime.now(dt.UTC) + dt.timedelta(days=21))
