"""Input checks shared by the use cases (SEC-10): bounded strings, well-formed ids."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from iwebs_server.domain.errors import FieldViolation, InvalidInput


class Checks:
    """Collects every violation of a request, then raises them together."""

    def __init__(self) -> None:
        self.violations: list[FieldViolation] = []

    def text(self, field: str, value: str, *, required: bool = True, max_length: int = 200) -> str:
        value = value.strip()
        if required and not value:
            self.violations.append(FieldViolation(field, "is required"))
        elif "\x00" in value:  # no database column takes it (PostgreSQL refuses it in text)
            self.violations.append(FieldViolation(field, "must not contain a NUL character"))
        elif len(value) > max_length:
            self.violations.append(
                FieldViolation(field, f"must be at most {max_length} characters")
            )
        return value

    def identifier(self, field: str, value: str, *, required: bool = True) -> str:
        if not value and not required:
            return value
        try:
            uuid.UUID(value)
        except (ValueError, AttributeError):
            self.violations.append(FieldViolation(field, "is not a valid id"))
        return value

    def identifiers(self, field: str, values: Iterable[str]) -> list[str]:
        return [self.identifier(f"{field}[{i}]", v) for i, v in enumerate(values)]

    def choice(self, field: str, value: str, allowed: Iterable[str]) -> str:
        if value not in set(allowed):
            self.violations.append(FieldViolation(field, "is not one of the allowed values"))
        return value

    def fail(self, field: str, description: str) -> None:
        self.violations.append(FieldViolation(field, description))

    def raise_if_any(self) -> None:
        if self.violations:
            raise InvalidInput(self.violations)


def identifier(field: str, value: str) -> str:
    """One id received from a client, checked on its own (INVALID_ARGUMENT on `field`)."""
    checks = Checks()
    checks.identifier(field, value)
    checks.raise_if_any()
    return value


def request_id(value: str) -> str:
    """A state-changing call's client-made id (IDEM-01): a UUID."""
    return identifier("request_id", value)
