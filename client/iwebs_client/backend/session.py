"""The session token and the metadata every authenticated call carries."""

from __future__ import annotations

import threading
import uuid
from collections import namedtuple
from typing import Any

import grpc

from iwebs_client.backend.errors import CORRELATION_HEADER

AUTHORIZATION_HEADER = "authorization"


class SessionState:
    """Thread-safe holder of the current session token (memory only, never persisted)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._token = ""

    @property
    def token(self) -> str:
        with self._lock:
            return self._token

    def set_token(self, token: str) -> None:
        with self._lock:
            self._token = token

    def clear(self) -> None:
        self.set_token("")

    @property
    def is_open(self) -> bool:
        return bool(self.token)

    def call_metadata(self) -> list[tuple[str, str]]:
        metadata = [(CORRELATION_HEADER, str(uuid.uuid4()))]
        token = self.token
        if token:
            metadata.append((AUTHORIZATION_HEADER, f"Bearer {token}"))
        return metadata


class _CallDetails(
    namedtuple(
        "_CallDetails",
        ("method", "timeout", "metadata", "credentials", "wait_for_ready", "compression"),
    ),
    grpc.ClientCallDetails,
):
    pass


class SessionMetadataInterceptor(grpc.UnaryUnaryClientInterceptor):  # type: ignore[type-arg]
    """Adds `authorization: Bearer <token>` (when a session is open) and `x-correlation-id`."""

    def __init__(self, session: SessionState) -> None:
        self._session = session

    def intercept_unary_unary(self, continuation: Any, details: Any, request: Any) -> Any:
        metadata = [
            (key, value)
            for key, value in (details.metadata or ())
            if key not in (AUTHORIZATION_HEADER, CORRELATION_HEADER)
        ]
        metadata.extend(self._session.call_metadata())
        new_details = _CallDetails(
            details.method,
            details.timeout,
            metadata,
            details.credentials,
            getattr(details, "wait_for_ready", None),
            getattr(details, "compression", None),
        )
        return continuation(new_details, request)
