"""The agencies a supervisor can pick on the supervision screens: those of her scope, named.

With the right to list agencies their names come from the server; otherwise the
workstation's agency is named and the others are named from the answers (a till position
carries its agency's name)."""

from __future__ import annotations

from collections.abc import Sequence

from iwebs_client.presenters.service_ports import Agency, ClientServices, SessionInfo

AGENCIES_READ = "admin.agencies.read"


def known_names(session: SessionInfo) -> dict[str, str]:
    names: dict[str, str] = {}
    if session.workstation_agency_id:
        names[session.workstation_agency_id] = session.workstation_agency_name
    return names


def fetch_agencies(services: ClientServices, session: SessionInfo) -> list[tuple[str, str]]:
    """(agency_id, name) of the scope, by name; runs on a worker (one call at most)."""
    names = known_names(session)
    listed: Sequence[Agency] = []
    if AGENCIES_READ in session.rights:
        listed = services.agencies.list_all_agencies()
    for agency in listed:
        names[agency.agency_id] = agency.name or agency.code
    if session.all_agencies:
        ids = [a.agency_id for a in listed if a.active] or list(names)
    else:
        ids = list(session.agency_ids)
    return sorted(((i, names.get(i, "")) for i in ids), key=lambda pair: pair[1].casefold())


def default_agency(choices: Sequence[tuple[str, str]], session: SessionInfo) -> str:
    """The workstation's agency when it is in the list, else the first one."""
    ids = [agency_id for agency_id, _name in choices]
    if session.workstation_agency_id in ids:
        return session.workstation_agency_id
    return ids[0] if ids else ""
