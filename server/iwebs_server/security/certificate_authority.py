"""The internal CA: it signs the server's certificate and the workstations' (SEC-13)."""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

CA_LIFETIME = timedelta(days=3650)
SERVER_CERT_LIFETIME = timedelta(days=825)


class CsrRejected(ValueError):
    pass


@dataclass(frozen=True)
class IssuedCertificate:
    pem: str
    serial: str
    not_after: datetime


@dataclass(frozen=True)
class PkiPaths:
    directory: Path

    @property
    def ca_key(self) -> Path:
        return self.directory / "ca.key"

    @property
    def ca_cert(self) -> Path:
        return self.directory / "ca.crt"

    @property
    def server_key(self) -> Path:
        return self.directory / "server.key"

    @property
    def server_cert(self) -> Path:
        return self.directory / "server.crt"


def _write_private(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


class CertificateAuthority:
    def __init__(self, key: ec.EllipticCurvePrivateKey, certificate: x509.Certificate) -> None:
        self._key = key
        self.certificate = certificate

    @property
    def certificate_pem(self) -> str:
        return self.certificate.public_bytes(serialization.Encoding.PEM).decode("ascii")

    @classmethod
    def create(cls, paths: PkiPaths, organisation: str, now: datetime) -> CertificateAuthority:
        key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name(
            [
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
                x509.NameAttribute(NameOID.COMMON_NAME, f"{organisation} iWEBS internal CA"),
            ]
        )
        cert = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(minutes=5))
            .not_valid_after(now + CA_LIFETIME)
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(
                x509.KeyUsage(False, False, False, False, False, True, True, False, False),
                critical=True,
            )
            .add_extension(
                x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False
            )
            .sign(key, hashes.SHA256())
        )
        _write_private(paths.ca_key, _key_pem(key))
        paths.ca_cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        return cls(key, cert)

    @classmethod
    def load(cls, paths: PkiPaths) -> CertificateAuthority:
        key = serialization.load_pem_private_key(paths.ca_key.read_bytes(), password=None)
        if not isinstance(key, ec.EllipticCurvePrivateKey):
            raise ValueError("the CA key must be an EC key")
        return cls(key, x509.load_pem_x509_certificate(paths.ca_cert.read_bytes()))

    def issue_server_certificate(
        self, paths: PkiPaths, host_names: list[str], now: datetime
    ) -> None:
        key = ec.generate_private_key(ec.SECP256R1())
        names: list[x509.GeneralName] = []
        for host in dict.fromkeys(["localhost", "127.0.0.1", *host_names]):
            try:
                names.append(x509.IPAddress(ipaddress.ip_address(host)))
            except ValueError:
                names.append(x509.DNSName(host))
        cert = (
            self._builder(key.public_key(), "iwebs-server", now, now + SERVER_CERT_LIFETIME)
            .add_extension(x509.SubjectAlternativeName(names), critical=False)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .sign(self._key, hashes.SHA256())
        )
        _write_private(paths.server_key, _key_pem(key))
        paths.server_cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))

    def sign_workstation_csr(
        self, csr_pem: str, workstation_id: str, now: datetime, lifetime: timedelta
    ) -> IssuedCertificate:
        """Checks the CSR's signature, ignores its subject, issues CN = workstation id."""
        try:
            csr = x509.load_pem_x509_csr(csr_pem.encode("ascii"))
        except (ValueError, UnicodeEncodeError) as error:
            raise CsrRejected("not a PEM certificate signing request") from error
        if not csr.is_signature_valid:
            raise CsrRejected("the request's signature is not valid")
        public_key = csr.public_key()
        if not isinstance(public_key, ec.EllipticCurvePublicKey) or public_key.curve.key_size < 256:
            raise CsrRejected("an EC key of at least 256 bits is required")
        not_after = now + lifetime
        cert = (
            self._builder(public_key, workstation_id, now, not_after)
            .add_extension(
                x509.SubjectAlternativeName(
                    [x509.UniformResourceIdentifier(f"urn:device:{workstation_id}")]
                ),
                critical=False,
            )
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
            .sign(self._key, hashes.SHA256())
        )
        return IssuedCertificate(
            pem=cert.public_bytes(serialization.Encoding.PEM).decode("ascii"),
            serial=format(cert.serial_number, "x"),
            not_after=cert.not_valid_after_utc,
        )

    def _builder(
        self,
        public_key: ec.EllipticCurvePublicKey,
        common_name: str,
        now: datetime,
        not_after: datetime,
    ) -> x509.CertificateBuilder:
        return (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)]))
            .issuer_name(self.certificate.subject)
            .public_key(public_key)
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(minutes=5))
            .not_valid_after(not_after)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        )


def certificate_serial(pem: str) -> str:
    cert = x509.load_pem_x509_certificate(pem.encode("ascii"))
    return format(cert.serial_number, "x")
