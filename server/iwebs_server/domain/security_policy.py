"""The security policy (ADM-1, SEC-02..04, SEC-13) and its validation."""

from __future__ import annotations

from dataclasses import dataclass, fields

from iwebs_server.domain.errors import FieldViolation, InvalidInput

# (minimum, maximum) accepted for each parameter: the floor keeps the OWASP/ASVS minimums.
_BOUNDS: dict[str, tuple[int, int]] = {
    "password_min_length": (8, 64),
    "password_max_length": (64, 256),
    "password_history_count": (0, 24),
    "password_max_age_days": (0, 3650),
    "max_failed_logins": (3, 20),
    "lockout_minutes": (1, 1440),
    "workstation_max_failed_logins_per_hour": (10, 1000),
    "session_idle_timeout_minutes": (5, 240),
    "session_absolute_timeout_hours": (1, 24),
    "initial_password_ttl_hours": (1, 72),
    "enrollment_code_ttl_minutes": (5, 1440),
    "certificate_lifetime_days": (7, 90),
    "certificate_renewal_days": (1, 60),
}


@dataclass(frozen=True)
class SecurityPolicy:
    password_min_length: int = 12
    password_max_length: int = 128
    password_history_count: int = 5
    password_max_age_days: int = 0
    max_failed_logins: int = 5
    lockout_minutes: int = 15
    workstation_max_failed_logins_per_hour: int = 50
    session_idle_timeout_minutes: int = 30
    session_absolute_timeout_hours: int = 12
    initial_password_ttl_hours: int = 24
    enrollment_code_ttl_minutes: int = 30
    certificate_lifetime_days: int = 90
    certificate_renewal_days: int = 30
    version: int = 1

    def validate(self) -> None:
        violations = []
        for name, (low, high) in _BOUNDS.items():
            value = getattr(self, name)
            if not low <= value <= high:
                violations.append(
                    FieldViolation(f"policy.{name}", f"must be between {low} and {high}")
                )
        if self.password_max_length < self.password_min_length:
            violations.append(
                FieldViolation("policy.password_max_length", "must not be below the minimum length")
            )
        if self.certificate_renewal_days >= self.certificate_lifetime_days:
            violations.append(
                FieldViolation(
                    "policy.certificate_renewal_days", "must be shorter than the lifetime"
                )
            )
        if violations:
            raise InvalidInput(violations)

    def as_dict(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "version"}

    def changes_from(self, other: SecurityPolicy) -> dict[str, tuple[int, int]]:
        """Parameters that differ: name -> (other's value, this value)."""
        mine, theirs = self.as_dict(), other.as_dict()
        return {k: (theirs[k], v) for k, v in mine.items() if theirs[k] != v}
