"""Who is calling: the workstation and the signed-in user, with rights and agency scope."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from iwebs_server.domain.errors import Forbidden, NotFound


@dataclass(frozen=True)
class AgencyScope:
    """The agencies a user may act on (ADM-3): one, several, or all."""

    agency_ids: frozenset[str]
    all_agencies: bool = False

    def allows(self, agency_id: str | None) -> bool:
        if self.all_agencies:
            return True
        return agency_id is not None and agency_id in self.agency_ids

    def covers(self, agency_ids: Iterable[str], all_agencies: bool = False) -> bool:
        """True when every agency of another scope lies inside this one."""
        if self.all_agencies:
            return True
        if all_agencies:
            return False
        return set(agency_ids) <= self.agency_ids

    def require(self, agency_id: str | None, object_type: str) -> None:
        """An agency outside the scope behaves as if the object did not exist (SEC-07)."""
        if not self.allows(agency_id):
            raise NotFound(object_type)


@dataclass(frozen=True)
class WorkstationIdentity:
    workstation_id: str
    name: str
    agency_id: str
    kind: str
    may_collect_cash: bool


@dataclass(frozen=True)
class Principal:
    user_id: str
    login: str
    session_id: str
    workstation_id: str
    rights: frozenset[str]
    scope: AgencyScope
    must_change_password: bool = False

    def has(self, right: str) -> bool:
        return right in self.rights

    def require(self, right: str) -> None:
        if right not in self.rights:
            raise Forbidden(
                "PERMISSION_DENIED", f"the right {right} is required", metadata={"right": right}
            )


SYSTEM_USER_ID = "00000000-0000-0000-0000-000000000000"


def system_principal(operator: str) -> Principal:
    """The server's own command line, run by an operator on the server machine."""
    from iwebs_server.domain.rights import ALL_CODES

    return Principal(
        user_id=SYSTEM_USER_ID,
        login=f"system:{operator}"[:64],
        session_id="",
        workstation_id="",
        rights=ALL_CODES,
        scope=AgencyScope(frozenset(), all_agencies=True),
    )
