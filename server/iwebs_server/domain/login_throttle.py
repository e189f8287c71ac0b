"""Failed-login throttling (SEC-03): a soft lock after the policy's failures, counted per
login name whether or not the account exists, so that a locked account and an unknown
login answer alike."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from iwebs_server.domain.security_policy import SecurityPolicy


@dataclass(frozen=True)
class ThrottleState:
    failed_count: int = 0
    locked_until: datetime | None = None

    def is_locked(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until

    def after_failure(self, now: datetime, policy: SecurityPolicy) -> ThrottleState:
        if self.locked_until is not None and now >= self.locked_until:
            # the previous lock has run out: start counting again
            state = ThrottleState()
        else:
            state = self
        count = state.failed_count + 1
        if count >= policy.max_failed_logins:
            return ThrottleState(0, now + timedelta(minutes=policy.lockout_minutes))
        return replace(state, failed_count=count)


def normalize_login(login: str) -> str:
    return login.strip().casefold()
