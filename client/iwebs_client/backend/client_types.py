"""Plain data shared by the backend and the layers above it (no grpc import here)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from iwebs.v1 import administration_pb2


@dataclass(frozen=True)
class FieldViolation:
    field: str
    description: str


@dataclass
class BackendError(Exception):
    """A call that did not succeed. `reason` is an ErrorReason name without its prefix."""

    code: str
    reason: str
    message: str = ""
    field_violations: tuple[FieldViolation, ...] = ()
    correlation_id: str = ""
    metadata: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__init__(f"{self.code}/{self.reason}: {self.message}")

    def __str__(self) -> str:
        return f"{self.code}/{self.reason}: {self.message}"

    def __hash__(self) -> int:
        return id(self)

    @property
    def is_connection_problem(self) -> bool:
        return self.reason in {"UNAVAILABLE", "DEADLINE_EXCEEDED"}


@dataclass(frozen=True)
class EnrollmentRequest:
    """What the enrollment dialog or the `enroll` command collects."""

    server_host: str
    main_port: int
    enrollment_port: int
    enrollment_code: str
    ca_certificate_pem: str


@dataclass(frozen=True)
class AuditFilter:
    occurred_from: dt.datetime | None = None
    occurred_to: dt.datetime | None = None
    user_login: str = ""
    action_prefix: str = ""
    outcome: int = administration_pb2.AUDIT_OUTCOME_UNSPECIFIED


@dataclass(frozen=True)
class CustomerSearchQuery:
    """What the search box sends: the text, the key (a `SearchKey` value, 0 = guess)."""

    text: str
    key: int = 0
    agency_id: str = ""


@dataclass(frozen=True)
class ChangeNote:
    """How an update is recorded in the history (ACC-4): a correction needs a reason."""

    reason: str = ""
    correction: bool = False


@dataclass(frozen=True)
class Update:
    """An update of one record: the version read, the fields to change, and why."""

    record_id: str
    version: int
    paths: tuple[str, ...]
    note: ChangeNote = ChangeNote()


@dataclass(frozen=True)
class StateChange:
    """A verb on a record (activate, suspend, ... a subscription): when and why."""

    record_id: str
    version: int
    effective_on: dt.date
    reason: str = ""
