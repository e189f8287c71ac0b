"""Opaque secrets: session tokens (SEC-04) and enrollment codes (SEC-13)."""

from __future__ import annotations

import hashlib
import secrets

# Crockford-like base32 without I, L, O, U: easy to read and type at a counter.
_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
ENROLLMENT_PREFIX_LENGTH = 5
ENROLLMENT_SECRET_LENGTH = 10


def new_session_token() -> str:
    """256 bits from the OS CSPRNG."""
    return secrets.token_urlsafe(32)


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def new_enrollment_code() -> tuple[str, str, str]:
    """(code shown to the administrator, lookup prefix, secret part).

    The prefix finds the workstation; the 50-bit secret allows 5 tries (SEC-13)."""
    prefix = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(ENROLLMENT_PREFIX_LENGTH))
    secret = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(ENROLLMENT_SECRET_LENGTH))
    return f"{prefix}-{secret[:5]}-{secret[5:]}", prefix, secret


def split_enrollment_code(code: str) -> tuple[str, str] | None:
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1")
    if len(cleaned) != ENROLLMENT_PREFIX_LENGTH + ENROLLMENT_SECRET_LENGTH:
        return None
    return cleaned[:ENROLLMENT_PREFIX_LENGTH], cleaned[ENROLLMENT_PREFIX_LENGTH:]
