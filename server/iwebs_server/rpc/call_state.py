"""What the interceptors learn about one call, shared down the chain and read by servicers."""

from __future__ import annotations

import contextvars
import time
from dataclasses import dataclass, field

from iwebs_server.application.workstation_identity import PresentedCertificate
from iwebs_server.domain.errors import AuthenticationFailed
from iwebs_server.domain.principal import Principal, WorkstationIdentity


@dataclass
class CallState:
    method: str
    correlation_id: str
    metadata: dict[str, str]
    peer: str = ""
    started: float = field(default_factory=time.perf_counter)
    presented: PresentedCertificate | None = None
    workstation: WorkstationIdentity | None = None
    principal: Principal | None = None
    error_reason: str | None = None


current: contextvars.ContextVar[CallState | None] = contextvars.ContextVar(
    "iwebs_call", default=None
)


def state() -> CallState:
    found = current.get()
    if found is None:
        raise RuntimeError("no call in progress")
    return found


def principal() -> Principal:
    found = state().principal
    if found is None:
        raise AuthenticationFailed("SESSION_REQUIRED", "sign in first")
    return found


def presented() -> PresentedCertificate:
    found = state().presented
    if found is None:
        raise AuthenticationFailed(
            "WORKSTATION_CERTIFICATE_REQUIRED", "a workstation certificate is required"
        )
    return found


def workstation() -> WorkstationIdentity:
    found = state().workstation
    if found is None:
        raise AuthenticationFailed(
            "WORKSTATION_CERTIFICATE_REQUIRED", "a workstation certificate is required"
        )
    return found
