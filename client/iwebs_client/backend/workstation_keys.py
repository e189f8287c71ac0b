"""Workstation key pairs, certificate signing requests and certificate facts."""

from __future__ import annotations

import datetime as dt

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


def generate_private_key_pem() -> str:
    """A fresh EC P-256 private key, PKCS#8 PEM, unencrypted (it goes to the OS keyring)."""
    key = ec.generate_private_key(ec.SECP256R1())
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode("ascii")


def build_csr_pem(private_key_pem: str, common_name: str = "iwebs-workstation") -> str:
    """A PKCS#10 request signed by the key; the server sets the real subject (workstation id)."""
    key = serialization.load_pem_private_key(private_key_pem.encode("ascii"), password=None)
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise ValueError("the workstation key must be an EC key")
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)]))
        .sign(key, hashes.SHA256())
    )
    return csr.public_bytes(serialization.Encoding.PEM).decode("ascii")


def certificate_expires_at(certificate_pem: str) -> dt.datetime:
    """The certificate's notAfter, in UTC."""
    cert = x509.load_pem_x509_certificate(certificate_pem.encode("ascii"))
    return cert.not_valid_after_utc


def key_matches_certificate(private_key_pem: str, certificate_pem: str) -> bool:
    """True when the certificate carries the public half of this key."""
    key = serialization.load_pem_private_key(private_key_pem.encode("ascii"), password=None)
    cert = x509.load_pem_x509_certificate(certificate_pem.encode("ascii"))
    spki = serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    return key.public_key().public_bytes(*spki) == cert.public_key().public_bytes(*spki)
