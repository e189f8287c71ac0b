"""Password rules (SEC-02, ASVS 6.2): length bounds, no composition rules, no common
passwords, no context words, not one of the last passwords (ADM-1 history)."""

from __future__ import annotations

import secrets
import unicodedata
from collections.abc import Collection, Iterable

from iwebs_server.domain.errors import DomainError, ErrorKind, FieldViolation
from iwebs_server.domain.security_policy import SecurityPolicy

# Unambiguous characters for one-time passwords read aloud or copied from a screen.
_ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
ONE_TIME_PASSWORD_LENGTH = 16


class PasswordRejected(DomainError):
    kind = ErrorKind.INVALID_ARGUMENT

    def __init__(self, field: str, problems: list[str]) -> None:
        super().__init__(
            "PASSWORD_POLICY",
            "the new password does not follow the security policy: " + "; ".join(problems),
            field_violations=[FieldViolation(field, p) for p in problems],
            metadata={"problems": ",".join(problems)},
        )


def normalize(password: str) -> str:
    """NFKC, as ASVS asks, so that the same visible password always hashes the same."""
    return unicodedata.normalize("NFKC", password)


def problems_with(
    password: str,
    policy: SecurityPolicy,
    *,
    common_passwords: Collection[str],
    context_words: Iterable[str],
) -> list[str]:
    """Stable problem codes (the client translates them); empty when the password is fine."""
    problems: list[str] = []
    length = len(normalize(password))
    if length < policy.password_min_length:
        problems.append(f"too_short:{policy.password_min_length}")
    if length > policy.password_max_length:
        problems.append(f"too_long:{policy.password_max_length}")
    lowered = normalize(password).casefold()
    if lowered in common_passwords:
        problems.append("too_common")
    for context_word in context_words:
        word = context_word.casefold().strip()
        if len(word) >= 4 and word in lowered:
            problems.append("contains_context_word")
            break
    return problems


def check_new_password(
    password: str,
    policy: SecurityPolicy,
    *,
    common_passwords: Collection[str],
    context_words: Iterable[str],
    field: str = "new_password",
) -> None:
    problems = problems_with(
        password, policy, common_passwords=common_passwords, context_words=context_words
    )
    if problems:
        raise PasswordRejected(field, problems)


def generate_one_time_password() -> str:
    return "".join(secrets.choice(_ONE_TIME_ALPHABET) for _ in range(ONE_TIME_PASSWORD_LENGTH))
