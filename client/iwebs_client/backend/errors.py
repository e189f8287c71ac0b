"""One error type for every failed call: status code, stable reason, field violations."""

from __future__ import annotations

import grpc
from google.rpc import error_details_pb2
from grpc_status import rpc_status

from iwebs_client.backend.client_types import BackendError, FieldViolation

CORRELATION_HEADER = "x-correlation-id"
ERROR_DOMAIN = "iwebs"


_REASON_WITHOUT_DETAILS = {
    grpc.StatusCode.UNAVAILABLE: "UNAVAILABLE",
    grpc.StatusCode.DEADLINE_EXCEEDED: "DEADLINE_EXCEEDED",
    grpc.StatusCode.RESOURCE_EXHAUSTED: "RESOURCE_EXHAUSTED",
    grpc.StatusCode.UNAUTHENTICATED: "SESSION_REQUIRED",
    grpc.StatusCode.PERMISSION_DENIED: "PERMISSION_DENIED",
    grpc.StatusCode.NOT_FOUND: "NOT_FOUND",
    grpc.StatusCode.INVALID_ARGUMENT: "INVALID_ARGUMENT",
}


def _trailing_value(err: grpc.RpcError, key: str) -> str:
    trailing = getattr(err, "trailing_metadata", None)
    items = trailing() if callable(trailing) else None
    for item_key, value in items or ():
        if item_key == key:
            return value if isinstance(value, str) else value.decode("utf-8", "replace")
    return ""


def backend_error_from_rpc_error(err: grpc.RpcError) -> BackendError:
    """Reads the status code, ErrorInfo and BadRequest details of a failed call."""
    code_fn = getattr(err, "code", None)
    code = code_fn() if callable(code_fn) else grpc.StatusCode.UNKNOWN
    details_fn = getattr(err, "details", None)
    message = (details_fn() if callable(details_fn) else "") or ""
    reason = ""
    violations: list[FieldViolation] = []
    metadata: dict[str, str] = {}
    try:
        status = rpc_status.from_call(err)  # type: ignore[arg-type]
    except ValueError:
        status = None
    for detail in status.details if status is not None else ():
        if detail.Is(error_details_pb2.ErrorInfo.DESCRIPTOR):
            info = error_details_pb2.ErrorInfo()
            detail.Unpack(info)
            reason = info.reason
            metadata = dict(info.metadata)
        elif detail.Is(error_details_pb2.BadRequest.DESCRIPTOR):
            bad = error_details_pb2.BadRequest()
            detail.Unpack(bad)
            violations.extend(FieldViolation(v.field, v.description) for v in bad.field_violations)
    if not reason:
        reason = _REASON_WITHOUT_DETAILS.get(code, code.name)
    correlation_id = _trailing_value(err, CORRELATION_HEADER) or metadata.get("correlation_id", "")
    return BackendError(
        code=code.name,
        reason=reason,
        message=message,
        field_violations=tuple(violations),
        correlation_id=correlation_id,
        metadata=metadata,
    )
