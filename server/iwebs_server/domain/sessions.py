"""Session life rules (SEC-04): idle and absolute timeouts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from iwebs_server.domain.security_policy import SecurityPolicy

# last_seen_at is written at most this often, so a busy counter does not write on every call.
LAST_SEEN_WRITE_INTERVAL = timedelta(seconds=30)


@dataclass(frozen=True)
class SessionTimes:
    created_at: datetime
    last_seen_at: datetime
    expires_at: datetime


def absolute_expiry(created_at: datetime, policy: SecurityPolicy) -> datetime:
    return created_at + timedelta(hours=policy.session_absolute_timeout_hours)


def expiry_reason(times: SessionTimes, now: datetime, policy: SecurityPolicy) -> str | None:
    """None while the session is alive, else why it ended."""
    if now >= times.expires_at:
        return "absolute_timeout"
    if now - times.last_seen_at >= timedelta(minutes=policy.session_idle_timeout_minutes):
        return "idle_timeout"
    return None


def needs_last_seen_write(last_seen_at: datetime, now: datetime) -> bool:
    return now - last_seen_at >= LAST_SEEN_WRITE_INTERVAL
