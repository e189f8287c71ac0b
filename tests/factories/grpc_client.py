"""A test-side gRPC client of the real server: enrollment with a fresh key, mTLS channels,
login and calls with the session token. It uses only grpc and the generated stubs, so the
server's tests do not depend on the Qt client's code."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import grpc
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from google.rpc import error_details_pb2
from grpc_status import rpc_status

from iwebs.v1 import (
    agency_service_pb2_grpc,
    approval_service_pb2_grpc,
    audit_service_pb2_grpc,
    customer_service_pb2_grpc,
    diagnostics_service_pb2_grpc,
    enrollment_service_pb2,
    enrollment_service_pb2_grpc,
    meter_service_pb2_grpc,
    premise_service_pb2_grpc,
    profile_service_pb2_grpc,
    security_policy_service_pb2_grpc,
    session_service_pb2,
    session_service_pb2_grpc,
    user_service_pb2_grpc,
    workstation_service_pb2_grpc,
)

DEADLINE = 15.0


def new_key_and_csr() -> tuple[bytes, str]:
    key = ec.generate_private_key(ec.SECP256R1())
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "test-workstation")]))
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return key_pem, csr.public_bytes(serialization.Encoding.PEM).decode("ascii")


@dataclass
class ErrorDetails:
    code: grpc.StatusCode
    reason: str
    fields: list[str]
    metadata: dict[str, str]


def error_details(error: grpc.RpcError) -> ErrorDetails:
    status = rpc_status.from_call(error)  # type: ignore[arg-type]
    reason, fields, metadata = "", [], {}
    if status is not None:
        for detail in status.details:
            if detail.Is(error_details_pb2.ErrorInfo.DESCRIPTOR):
                info = error_details_pb2.ErrorInfo()
                detail.Unpack(info)
                reason, metadata = info.reason, dict(info.metadata)
            elif detail.Is(error_details_pb2.BadRequest.DESCRIPTOR):
                bad = error_details_pb2.BadRequest()
                detail.Unpack(bad)
                fields = [v.field for v in bad.field_violations]
    return ErrorDetails(error.code(), reason, fields, metadata)  # type: ignore[attr-defined]


@dataclass
class Workstation:
    """An enrolled workstation: its key and certificate, and channels built from them."""

    address: str
    ca_pem: bytes
    key_pem: bytes
    cert_pem: bytes
    workstation_id: str
    channels: list[grpc.Channel] = field(default_factory=list)

    def channel(self) -> grpc.Channel:
        credentials = grpc.ssl_channel_credentials(self.ca_pem, self.key_pem, self.cert_pem)
        channel = grpc.secure_channel(self.address, credentials)
        self.channels.append(channel)
        return channel

    def client(self, token: str = "") -> Client:
        return Client(self.channel(), token)

    def login(self, login: str, password: str) -> Client:
        client = self.client()
        response = client.sessions.Login(
            session_service_pb2.LoginRequest(login=login, password=password), timeout=DEADLINE
        )
        client.token = response.session_token
        client.session = response.session
        return client

    def close(self) -> None:
        for channel in self.channels:
            channel.close()


class Client:
    """Stubs on one channel; every call carries the token and a deadline."""

    def __init__(self, channel: grpc.Channel, token: str = "") -> None:
        self.channel = channel
        self.token = token
        self.session: Any = None
        self.sessions = self._stub(session_service_pb2_grpc.SessionServiceStub)
        self.agencies = self._stub(agency_service_pb2_grpc.AgencyServiceStub)
        self.users = self._stub(user_service_pb2_grpc.UserServiceStub)
        self.profiles = self._stub(profile_service_pb2_grpc.ProfileServiceStub)
        self.workstations = self._stub(workstation_service_pb2_grpc.WorkstationServiceStub)
        self.policy = self._stub(security_policy_service_pb2_grpc.SecurityPolicyServiceStub)
        self.audit = self._stub(audit_service_pb2_grpc.AuditServiceStub)
        self.approvals = self._stub(approval_service_pb2_grpc.ApprovalServiceStub)
        self.diagnostics = self._stub(diagnostics_service_pb2_grpc.DiagnosticsServiceStub)
        self.enrollment = self._stub(enrollment_service_pb2_grpc.EnrollmentServiceStub)
        self.customers = self._stub(customer_service_pb2_grpc.CustomerServiceStub)
        self.premises = self._stub(premise_service_pb2_grpc.PremiseServiceStub)
        self.meters = self._stub(meter_service_pb2_grpc.MeterServiceStub)

    def _stub(self, stub_class: Any) -> Any:
        return _AuthorizedStub(stub_class(self.channel), self)


class _AuthorizedStub:
    def __init__(self, stub: Any, client: Client) -> None:
        self._stub = stub
        self._client = client

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._stub, name)

        def call(request: Any, **kwargs: Any) -> Any:
            metadata = list(kwargs.pop("metadata", ()))
            if self._client.token:
                metadata.append(("authorization", f"Bearer {self._client.token}"))
            kwargs.setdefault("timeout", DEADLINE)
            return method(request, metadata=metadata, **kwargs)

        return call


def enroll(host: str, port: int, enrollment_port: int, ca_pem: bytes, code: str) -> Workstation:
    key_pem, csr = new_key_and_csr()
    channel = grpc.secure_channel(f"{host}:{enrollment_port}", grpc.ssl_channel_credentials(ca_pem))
    try:
        stub = enrollment_service_pb2_grpc.EnrollmentServiceStub(channel)
        response = stub.EnrollWorkstation(
            enrollment_service_pb2.EnrollWorkstationRequest(enrollment_code=code, csr_pem=csr),
            timeout=DEADLINE,
        )
    finally:
        channel.close()
    return Workstation(
        f"{host}:{port}",
        ca_pem,
        key_pem,
        response.certificate_pem.encode("ascii"),
        response.workstation_id,
    )
