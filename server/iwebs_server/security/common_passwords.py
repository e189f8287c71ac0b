"""The list of common passwords refused by the password rules (SEC-02)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    text = (resources.files("iwebs_resources") / "reference" / "common-passwords.txt").read_text(
        encoding="utf-8"
    )
    return frozenset(
        line.strip().casefold()
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )
