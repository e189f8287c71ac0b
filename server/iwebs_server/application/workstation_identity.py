"""Who is at the other end of an mTLS connection (ADM-7, SEC-13), checked on every call.

`identify` checks the workstation in the database (status, current certificate, expiry).
`describe` gives its name and agency from a cache: it serves the calls that carry a user
session, whose single database check (SessionChecker) verifies the workstation too."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from iwebs_server.application.clock import Clock
from iwebs_server.domain.errors import AuthenticationFailed
from iwebs_server.domain.principal import WorkstationIdentity
from iwebs_server.domain.workstation_rules import workstation_refusal
from iwebs_server.persistence.tables.administration import WorkstationRow
from iwebs_server.persistence.unit_of_work import UowFactory

_CACHE_LIMIT = 10_000


@dataclass(frozen=True)
class PresentedCertificate:
    workstation_id: str
    serial: str


def _unknown() -> AuthenticationFailed:
    return AuthenticationFailed("WORKSTATION_UNKNOWN", "this workstation is not registered")


def _identity(row: WorkstationRow) -> WorkstationIdentity:
    return WorkstationIdentity(row.id, row.name, row.agency_id, row.kind, row.may_collect_cash)


class WorkstationIdentifier:
    def __init__(self, uow_factory: UowFactory, clock: Clock) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._lock = threading.Lock()
        self._described: dict[str, WorkstationIdentity] = {}

    def identify(self, presented: PresentedCertificate) -> WorkstationIdentity:
        """The active workstation behind a client certificate, or a refusal."""
        with self._uow(read_only=True) as uow:
            row = uow.workstations.get(presented.workstation_id)
            if row is None:
                raise _unknown()
            refusal = workstation_refusal(
                row.status,
                row.certificate_serial,
                row.certificate_expires_at,
                presented.serial,
                self._clock.now(),
            )
            if refusal is not None:
                raise refusal
            identity = _identity(row)
        self._remember(identity)
        return identity

    def describe(self, presented: PresentedCertificate) -> WorkstationIdentity:
        """Name and agency of a registered workstation; its standing is checked elsewhere."""
        with self._lock:
            found = self._described.get(presented.workstation_id)
        if found is not None:
            return found
        with self._uow(read_only=True) as uow:
            row = uow.workstations.get(presented.workstation_id)
            if row is None:
                raise _unknown()
            identity = _identity(row)
        self._remember(identity)
        return identity

    def _remember(self, identity: WorkstationIdentity) -> None:
        with self._lock:
            if len(self._described) > _CACHE_LIMIT:
                self._described.clear()
            self._described[identity.workstation_id] = identity
