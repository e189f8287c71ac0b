"""Secure channels: mutual TLS on the main port, server-authenticated TLS for enrollment.

Every channel goes through `DeadlineRequiredInterceptor`: a call without a deadline is refused
before anything is sent.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import grpc

DEFAULT_DEADLINE_SECONDS = 10.0
MAX_SEND_MESSAGE_BYTES = 4 * 1024 * 1024
MAX_RECEIVE_MESSAGE_BYTES = 16 * 1024 * 1024
CHANNEL_OPTIONS: tuple[tuple[str, Any], ...] = (
    ("grpc.max_send_message_length", MAX_SEND_MESSAGE_BYTES),
    ("grpc.max_receive_message_length", MAX_RECEIVE_MESSAGE_BYTES),
    ("grpc.keepalive_time_ms", 60_000),
    ("grpc.keepalive_timeout_ms", 10_000),
    ("grpc.enable_retries", 0),
)


class MissingDeadlineError(RuntimeError):
    """A call was about to leave without a deadline."""


class DeadlineRequiredInterceptor(
    grpc.UnaryUnaryClientInterceptor,  # type: ignore[type-arg]
    grpc.UnaryStreamClientInterceptor,  # type: ignore[type-arg]
):
    """Refuses any call whose details carry no positive timeout."""

    def _check(self, details: grpc.ClientCallDetails) -> None:
        timeout = details.timeout
        if timeout is None or timeout <= 0:
            raise MissingDeadlineError(f"refusing to call {details.method} without a deadline")

    def intercept_unary_unary(self, continuation: Any, details: Any, request: Any) -> Any:
        self._check(details)
        return continuation(details, request)

    def intercept_unary_stream(self, continuation: Any, details: Any, request: Any) -> Any:
        self._check(details)
        return continuation(details, request)


@dataclass
class ChannelHandle:
    """The intercepted channel to build stubs on, and the raw one to close."""

    channel: grpc.Channel
    raw: grpc.Channel
    target: str

    def close(self) -> None:
        self.raw.close()


def _wrap(raw: grpc.Channel, target: str, interceptors: Sequence[Any]) -> ChannelHandle:
    chain = [*interceptors, DeadlineRequiredInterceptor()]
    return ChannelHandle(grpc.intercept_channel(raw, *chain), raw, target)


def open_main_channel(
    host: str,
    port: int,
    *,
    ca_certificate_pem: str,
    private_key_pem: str,
    certificate_pem: str,
    interceptors: Sequence[Any] = (),
) -> ChannelHandle:
    """Mutual TLS: trusts only the iWEBS CA and presents the workstation certificate."""
    credentials = grpc.ssl_channel_credentials(
        root_certificates=ca_certificate_pem.encode("ascii"),
        private_key=private_key_pem.encode("ascii"),
        certificate_chain=certificate_pem.encode("ascii"),
    )
    target = f"{host}:{port}"
    raw = grpc.secure_channel(target, credentials, options=CHANNEL_OPTIONS)
    return _wrap(raw, target, interceptors)


def open_enrollment_channel(host: str, port: int, ca_certificate_pem: str) -> ChannelHandle:
    """Server-authenticated TLS against the pinned CA, no client certificate."""
    credentials = grpc.ssl_channel_credentials(root_certificates=ca_certificate_pem.encode("ascii"))
    target = f"{host}:{port}"
    raw = grpc.secure_channel(target, credentials, options=CHANNEL_OPTIONS)
    return _wrap(raw, target, ())


def open_insecure_channel_for_tests(target: str) -> ChannelHandle:
    """A plaintext channel with the same deadline rule (only for unit tests of the wrapper)."""
    return _wrap(grpc.insecure_channel(target, options=CHANNEL_OPTIONS), target, ())
