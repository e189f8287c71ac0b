"""Frozen data objects the use cases return (never live ORM rows)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class AgencyView:
    agency_id: str
    code: str
    name: str
    region: str
    active: bool
    version: int


@dataclass(frozen=True)
class UserView:
    user_id: str
    login: str
    display_name: str
    profile_id: str
    profile_code: str
    agency_ids: tuple[str, ...]
    all_agencies: bool
    active: bool
    locked: bool
    locked_until: datetime | None
    locked_by_administrator: bool
    must_change_password: bool
    last_login_at: datetime | None
    preferred_language: str
    version: int


@dataclass(frozen=True)
class ProfileView:
    profile_id: str
    code: str
    name: str
    description: str
    rights: tuple[str, ...]
    version: int


@dataclass(frozen=True)
class WorkstationView:
    workstation_id: str
    name: str
    agency_id: str
    kind: str
    may_collect_cash: bool
    status: str
    enrollment_code_expires_at: datetime | None
    certificate_expires_at: datetime | None
    enrolled_at: datetime | None
    revoked_at: datetime | None
    revocation_reason: str
    version: int


@dataclass(frozen=True)
class EnrollmentCodeView:
    workstation: WorkstationView
    code: str
    expires_at: datetime


@dataclass(frozen=True)
class EnrolledWorkstation:
    workstation: WorkstationView
    certificate_pem: str
    ca_certificate_pem: str
    certificate_expires_at: datetime


@dataclass(frozen=True)
class SessionView:
    user_id: str
    login: str
    display_name: str
    profile_code: str
    profile_name: str
    rights: tuple[str, ...]
    agency_ids: tuple[str, ...]
    all_agencies: bool
    workstation_id: str
    workstation_name: str
    workstation_agency_id: str
    workstation_agency_name: str
    must_change_password: bool
    expires_at: datetime
    idle_timeout_seconds: int
    preferred_language: str


@dataclass(frozen=True)
class OpenedSession:
    token: str
    session: SessionView


@dataclass(frozen=True)
class AuditEventView:
    sequence: int
    occurred_at: datetime
    action: str
    outcome: str
    user_id: str | None
    user_login: str | None
    workstation_id: str | None
    agency_id: str | None
    object_type: str | None
    object_id: str | None
    reason: str | None
    request_id: str | None
    correlation_id: str | None
    duration_ms: int | None
    details_json: str | None


@dataclass(frozen=True)
class ApprovalView:
    approval_request_id: str
    kind: str
    agency_id: str | None
    object_type: str
    object_id: str
    summary: str
    payload_json: str
    reason: str
    status: str
    requested_by_user_id: str
    requested_by_login: str
    requested_at: datetime
    decided_by_user_id: str | None
    decided_by_login: str | None
    decided_at: datetime | None
    decision_comment: str


@dataclass(frozen=True)
class Page(Generic[T]):
    items: tuple[T, ...]
    next_page_token: str
