"""What must exist before the import (docs/legacy-import.md section 1): the reference
lists, the agencies, their rounds and the network (substations > MV feeders >
transformers, water sectors). Adds what is missing and never changes what exists, so a
second run is harmless."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from iwebs_server.application.clock import Clock, new_id
from iwebs_server.application.demo_data.plan import UtilityPlan
from iwebs_server.application.reference_seed import seed_reference_data
from iwebs_server.application.tariff_seed import seed_standard_tariffs
from iwebs_server.persistence.tables.administration import AgencyRow
from iwebs_server.persistence.tables.customer_base import NetworkNodeRow, RoundRow
from iwebs_server.persistence.unit_of_work import UowFactory


@dataclass(frozen=True)
class StructureCounts:
    reference_items: int
    agencies: int
    rounds: int
    network_nodes: int


def ensure_structure(uow_factory: UowFactory, clock: Clock, plan: UtilityPlan) -> StructureCounts:
    """Creates the missing reference items, agencies, rounds and network nodes of `plan`;
    returns how many of each were added."""
    now = clock.now()
    with uow_factory() as uow:
        session = uow.session
        added_items = seed_reference_data(uow, clock)
        seed_standard_tariffs(uow, clock, plan.country.code)  # FAC-10 (docs/tariffs.md)
        agency_ids: dict[str, str] = {
            code: agency_id
            for code, agency_id in session.execute(select(AgencyRow.code, AgencyRow.id))
        }
        added_agencies = 0
        for agency in plan.agencies:
            if agency.code in agency_ids:
                continue
            agency_row = AgencyRow(
                id=new_id(),
                code=agency.code,
                name=agency.name,
                region=agency.region,
                active=True,
                version=1,
                created_at=now,
            )
            session.add(agency_row)
            agency_ids[agency.code] = agency_row.id
            added_agencies += 1
        session.flush()
        existing_rounds = {
            (agency_id, code)
            for agency_id, code in session.execute(select(RoundRow.agency_id, RoundRow.code))
        }
        rounds = [
            RoundRow(
                id=new_id(),
                agency_id=agency_ids[r.agency_code],
                code=r.code,
                name=r.name,
                grouping_code=r.grouping_code,
                active=True,
                version=1,
            )
            for r in plan.rounds
            if (agency_ids[r.agency_code], r.code) not in existing_rounds
        ]
        session.add_all(rounds)
        node_ids = {
            (kind, code): node_id
            for kind, code, node_id in session.execute(
                select(NetworkNodeRow.kind, NetworkNodeRow.code, NetworkNodeRow.id)
            )
        }
        parent_kind = {"feeder": "substation", "transformer": "feeder"}
        added_nodes = 0
        for node in plan.network:  # parents come first
            if (node.kind, node.code) in node_ids:
                continue
            parent_id = None
            if node.parent_code is not None:
                parent_id = node_ids[(parent_kind[node.kind], node.parent_code)]
            row = NetworkNodeRow(
                id=new_id(),
                kind=node.kind,
                code=node.code,
                name=node.name,
                parent_id=parent_id,
                agency_id=agency_ids[node.agency_code],
                active=True,
                version=1,
            )
            session.add(row)
            node_ids[(node.kind, node.code)] = row.id
            added_nodes += 1
        session.flush()
    return StructureCounts(added_items, added_agencies, len(rounds), added_nodes)
