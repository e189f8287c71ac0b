"""What the presenters need from the backend, as protocols (the backend's gateways fit them).

Presenters and views never import the gRPC-based backend modules; `main` hands them the
`ClientBackend`, which satisfies `ClientServices`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from iwebs.v1 import (
    administration_pb2,
    enrollment_service_pb2,
    session_pb2,
    workstation_service_pb2,
)
from iwebs_client.backend.client_types import AuditFilter, EnrollmentRequest
from iwebs_client.backend.credentials_store import WorkstationIdentity

Agency = administration_pb2.Agency
User = administration_pb2.User
Profile = administration_pb2.Profile
Right = administration_pb2.Right
Workstation = administration_pb2.Workstation
SecurityPolicy = administration_pb2.SecurityPolicy
AuditEvent = administration_pb2.AuditEvent
ApprovalRequest = administration_pb2.ApprovalRequest
SessionInfo = session_pb2.SessionInfo


class SessionPort(Protocol):
    def login(self, login: str, password: str) -> SessionInfo: ...
    def change_password(self, current_password: str, new_password: str) -> SessionInfo: ...
    def logout(self) -> None: ...
    def get_current_session(self) -> SessionInfo: ...


class AgencyPort(Protocol):
    def list_agencies(
        self, page_token: str = "", page_size: int = ...
    ) -> tuple[list[Agency], str]: ...
    def list_all_agencies(self) -> list[Agency]: ...
    def create_agency(self, request_id: str, code: str, name: str, region: str) -> Agency: ...
    def update_agency(
        self, request_id: str, agency: Agency, *, name: str, region: str, active: bool
    ) -> Agency: ...


class UserPort(Protocol):
    def list_users(
        self,
        page_token: str = "",
        page_size: int = ...,
        login_contains: str = "",
        agency_id: str = "",
    ) -> tuple[list[User], str]: ...
    def create_user(
        self,
        request_id: str,
        *,
        login: str,
        display_name: str,
        profile_id: str,
        agency_ids: Sequence[str],
        all_agencies: bool,
        preferred_language: str = "",
    ) -> tuple[User, str]: ...
    def update_user(
        self,
        request_id: str,
        user: User,
        *,
        display_name: str,
        profile_id: str,
        agency_ids: Sequence[str],
        all_agencies: bool,
        preferred_language: str = "",
    ) -> User: ...
    def reset_password(self, request_id: str, user_id: str) -> str: ...
    def lock_user(self, request_id: str, user_id: str, reason: str) -> User: ...
    def unlock_user(self, request_id: str, user_id: str, reason: str) -> tuple[User, str]: ...
    def disable_user(self, request_id: str, user_id: str, reason: str) -> User: ...
    def enable_user(self, request_id: str, user_id: str) -> User: ...


class ProfilePort(Protocol):
    def list_rights(self) -> list[Right]: ...
    def list_profiles(
        self, page_token: str = "", page_size: int = ...
    ) -> tuple[list[Profile], str]: ...
    def list_all_profiles(self) -> list[Profile]: ...
    def create_profile(
        self, request_id: str, code: str, name: str, description: str, rights: Sequence[str]
    ) -> Profile: ...
    def update_profile(
        self, request_id: str, profile: Profile, name: str, description: str, rights: Sequence[str]
    ) -> Profile: ...


class WorkstationPort(Protocol):
    def list_workstations(
        self, page_token: str = "", page_size: int = ..., agency_id: str = ""
    ) -> tuple[list[Workstation], str]: ...
    def register_workstation(
        self, request_id: str, name: str, agency_id: str, kind: int, may_collect_cash: bool
    ) -> workstation_service_pb2.RegisterWorkstationResponse: ...
    def issue_enrollment_code(
        self, request_id: str, workstation_id: str
    ) -> workstation_service_pb2.IssueEnrollmentCodeResponse: ...
    def revoke_workstation(
        self, request_id: str, workstation_id: str, reason: str
    ) -> Workstation: ...


class SecurityPolicyPort(Protocol):
    def get_policy(self) -> SecurityPolicy: ...
    def request_change(
        self, request_id: str, policy: SecurityPolicy, reason: str
    ) -> ApprovalRequest: ...


class AuditPort(Protocol):
    def search_events(
        self, audit_filter: AuditFilter, page_token: str = "", page_size: int = ...
    ) -> tuple[list[AuditEvent], str]: ...


class ApprovalPort(Protocol):
    def list_requests(
        self, page_token: str = "", page_size: int = ..., status: int = ...
    ) -> tuple[list[ApprovalRequest], str]: ...
    def approve(
        self, request_id: str, approval_request_id: str, comment: str
    ) -> ApprovalRequest: ...
    def reject(
        self, request_id: str, approval_request_id: str, comment: str
    ) -> ApprovalRequest: ...


class EnrollmentPort(Protocol):
    def renew_certificate(
        self, csr_pem: str
    ) -> enrollment_service_pb2.RenewWorkstationCertificateResponse: ...


class ClientServices(Protocol):
    """The connected backend as the screens see it."""

    @property
    def identity(self) -> WorkstationIdentity | None: ...
    @property
    def sessions(self) -> SessionPort: ...
    @property
    def agencies(self) -> AgencyPort: ...
    @property
    def users(self) -> UserPort: ...
    @property
    def profiles(self) -> ProfilePort: ...
    @property
    def workstations(self) -> WorkstationPort: ...
    @property
    def security_policy(self) -> SecurityPolicyPort: ...
    @property
    def audit(self) -> AuditPort: ...
    @property
    def approvals(self) -> ApprovalPort: ...

    def is_enrolled(self) -> bool: ...
    def enroll(self, request: EnrollmentRequest) -> WorkstationIdentity: ...
    def connect(self) -> WorkstationIdentity: ...
    def renew_certificate_if_due(self) -> bool: ...
    def close(self) -> None: ...
