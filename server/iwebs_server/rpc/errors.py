"""Domain errors to gRPC statuses with ErrorInfo (reason) and BadRequest (field violations)."""

from __future__ import annotations

import collections
from collections.abc import Sequence
from typing import NoReturn

import grpc
from google.protobuf import any_pb2
from google.rpc import code_pb2, error_details_pb2, status_pb2
from grpc_status import rpc_status

from iwebs_server.domain.errors import DomainError, ErrorKind, FieldViolation

ERROR_DOMAIN = "iwebs"
CORRELATION_HEADER = "x-correlation-id"


class _CallStatus(
    collections.namedtuple("_CallStatus", ("code", "details", "trailing_metadata")), grpc.Status
):
    pass


_CODES: dict[ErrorKind, tuple[grpc.StatusCode, int]] = {
    ErrorKind.INVALID_ARGUMENT: (grpc.StatusCode.INVALID_ARGUMENT, code_pb2.INVALID_ARGUMENT),
    ErrorKind.NOT_FOUND: (grpc.StatusCode.NOT_FOUND, code_pb2.NOT_FOUND),
    ErrorKind.ALREADY_EXISTS: (grpc.StatusCode.ALREADY_EXISTS, code_pb2.ALREADY_EXISTS),
    ErrorKind.FAILED_PRECONDITION: (
        grpc.StatusCode.FAILED_PRECONDITION,
        code_pb2.FAILED_PRECONDITION,
    ),
    ErrorKind.UNAUTHENTICATED: (grpc.StatusCode.UNAUTHENTICATED, code_pb2.UNAUTHENTICATED),
    ErrorKind.PERMISSION_DENIED: (grpc.StatusCode.PERMISSION_DENIED, code_pb2.PERMISSION_DENIED),
    ErrorKind.RESOURCE_EXHAUSTED: (grpc.StatusCode.RESOURCE_EXHAUSTED, code_pb2.RESOURCE_EXHAUSTED),
    ErrorKind.UNAVAILABLE: (grpc.StatusCode.UNAVAILABLE, code_pb2.UNAVAILABLE),
}


def _status(
    code: int,
    message: str,
    reason: str,
    metadata: dict[str, str],
    violations: Sequence[FieldViolation] = (),
) -> grpc.Status:
    info = any_pb2.Any()
    info.Pack(error_details_pb2.ErrorInfo(reason=reason, domain=ERROR_DOMAIN, metadata=metadata))
    details = [info]
    if violations:
        bad_request = error_details_pb2.BadRequest(
            field_violations=[
                error_details_pb2.BadRequest.FieldViolation(
                    field=v.field, description=v.description
                )
                for v in violations
            ]
        )
        packed = any_pb2.Any()
        packed.Pack(bad_request)
        details.append(packed)
    return rpc_status.to_status(status_pb2.Status(code=code, message=message, details=details))


def _with_correlation(status: grpc.Status, correlation_id: str) -> grpc.Status:
    """Aborting replaces the trailing metadata: the correlation id goes back in with it."""
    trailing = (*status.trailing_metadata, (CORRELATION_HEADER, correlation_id))
    return _CallStatus(status.code, status.details, trailing)


def status_for(error: DomainError, correlation_id: str) -> grpc.Status:
    _grpc_code, code = _CODES[error.kind]
    metadata = {**error.metadata, "correlation_id": correlation_id}
    status = _status(code, error.message, error.reason, metadata, error.field_violations)
    return _with_correlation(status, correlation_id)


def internal_status(correlation_id: str) -> grpc.Status:
    status = _status(
        code_pb2.INTERNAL,
        f"internal error; quote correlation id {correlation_id}",
        "INTERNAL",
        {"correlation_id": correlation_id},
    )
    return _with_correlation(status, correlation_id)


def status_code(context: grpc.ServicerContext) -> grpc.StatusCode | None:
    """The code already set on the call (grpc's stubs do not declare `code()`)."""
    code: grpc.StatusCode | None = getattr(context, "code")()  # noqa: B009
    return code


def abort(context: grpc.ServicerContext, error: DomainError, correlation_id: str) -> NoReturn:
    context.abort_with_status(status_for(error, correlation_id))
    raise AssertionError("abort_with_status returned")  # pragma: no cover
