"""When an enrolled workstation's certificate is accepted (ADM-7, SEC-13)."""

from __future__ import annotations

from datetime import datetime

from iwebs_server.domain.errors import AuthenticationFailed

ACTIVE = "active"


def workstation_refusal(
    status: str,
    current_serial: str | None,
    certificate_expires_at: datetime | None,
    presented_serial: str,
    now: datetime,
) -> AuthenticationFailed | None:
    """None when the presented certificate is the workstation's current, valid one."""
    if status != ACTIVE:
        return AuthenticationFailed("WORKSTATION_REVOKED", "this workstation is not allowed")
    if current_serial != presented_serial:
        return AuthenticationFailed(
            "WORKSTATION_REVOKED", "this certificate was replaced; enroll the workstation again"
        )
    if certificate_expires_at is None or now >= certificate_expires_at:
        return AuthenticationFailed(
            "WORKSTATION_CERTIFICATE_EXPIRED", "the workstation certificate has expired"
        )
    return None
