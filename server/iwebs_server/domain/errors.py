"""Domain errors: each carries a stable reason (see ErrorReason in protos/iwebs/v1/common.proto).

The transport maps the error's kind to a gRPC status code; the reason and the field
violations travel as google.rpc.ErrorInfo / BadRequest so that clients translate by reason.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass


class ErrorKind(enum.Enum):
    INVALID_ARGUMENT = "invalid_argument"
    NOT_FOUND = "not_found"
    ALREADY_EXISTS = "already_exists"
    FAILED_PRECONDITION = "failed_precondition"
    UNAUTHENTICATED = "unauthenticated"
    PERMISSION_DENIED = "permission_denied"
    RESOURCE_EXHAUSTED = "resource_exhausted"
    UNAVAILABLE = "unavailable"


@dataclass(frozen=True)
class FieldViolation:
    field: str
    description: str


class DomainError(Exception):
    kind: ErrorKind = ErrorKind.FAILED_PRECONDITION

    def __init__(
        self,
        reason: str,
        message: str = "",
        *,
        field_violations: Sequence[FieldViolation] = (),
        metadata: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message or reason)
        self.reason = reason
        self.message = message or reason
        self.field_violations = tuple(field_violations)
        self.metadata = dict(metadata or {})


class InvalidInput(DomainError):
    kind = ErrorKind.INVALID_ARGUMENT

    def __init__(self, violations: Sequence[FieldViolation], message: str = "") -> None:
        text = message or "; ".join(f"{v.field}: {v.description}" for v in violations)
        super().__init__("INVALID_ARGUMENT", text, field_violations=violations)

    @classmethod
    def field(cls, field: str, description: str) -> InvalidInput:
        return cls([FieldViolation(field, description)])


class NotFound(DomainError):
    kind = ErrorKind.NOT_FOUND

    def __init__(self, object_type: str, object_id: str = "") -> None:
        super().__init__(
            "NOT_FOUND", f"{object_type} not found", metadata={"object_type": object_type}
        )
        self.object_id = object_id


class AlreadyExists(DomainError):
    kind = ErrorKind.ALREADY_EXISTS

    def __init__(self, object_type: str, field: str, message: str = "") -> None:
        super().__init__(
            "ALREADY_EXISTS",
            message or f"{object_type} with this {field} already exists",
            field_violations=[FieldViolation(field, "already used")],
            metadata={"object_type": object_type},
        )


class PreconditionFailed(DomainError):
    kind = ErrorKind.FAILED_PRECONDITION


class VersionConflict(PreconditionFailed):
    def __init__(self, object_type: str) -> None:
        super().__init__(
            "VERSION_CONFLICT",
            f"{object_type} was changed by someone else; reload it",
            metadata={"object_type": object_type},
        )


class RequestIdReused(PreconditionFailed):
    def __init__(self) -> None:
        super().__init__(
            "REQUEST_ID_REUSED", "this request_id was already used for a different request"
        )


class AuthenticationFailed(DomainError):
    kind = ErrorKind.UNAUTHENTICATED


class Forbidden(DomainError):
    kind = ErrorKind.PERMISSION_DENIED


class RateLimited(DomainError):
    kind = ErrorKind.RESOURCE_EXHAUSTED


class ServiceUnavailable(DomainError):
    kind = ErrorKind.UNAVAILABLE
