"""What the use cases need from the security infrastructure, as protocols."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Protocol


class PasswordHasher(Protocol):
    def hash(self, password: str) -> str: ...

    def verify(self, password_hash: str | None, password: str) -> bool: ...

    def needs_rehash(self, password_hash: str) -> bool: ...


class IssuedCertificateLike(Protocol):
    @property
    def pem(self) -> str: ...

    @property
    def serial(self) -> str: ...

    @property
    def not_after(self) -> datetime: ...


class WorkstationCertificateSigner(Protocol):
    @property
    def certificate_pem(self) -> str: ...

    def sign_workstation_csr(
        self, csr_pem: str, workstation_id: str, now: datetime, lifetime: timedelta
    ) -> IssuedCertificateLike: ...
