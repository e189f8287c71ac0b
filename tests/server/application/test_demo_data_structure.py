"""What the demo-data generator creates before the import (issue 3 item 6, PAR-2, ACC-5):
reference lists, agencies, rounds and the network tree, added once on SQLite and
PostgreSQL."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from iwebs_server.application.clock import SystemClock
from iwebs_server.application.demo_data.countries import SENEGAL
from iwebs_server.application.demo_data.plan import UtilityPlan
from iwebs_server.application.demo_data.structure import ensure_structure
from iwebs_server.persistence.database import make_engine
from iwebs_server.persistence.tables.administration import AgencyRow
from iwebs_server.persistence.tables.customer_base import NetworkNodeRow, RoundRow
from iwebs_server.persistence.unit_of_work import UnitOfWorkFactory


@pytest.fixture
def uow_factory(database_url: str) -> Iterator[UnitOfWorkFactory]:
    engine = make_engine(database_url)
    yield UnitOfWorkFactory(engine)
    engine.dispose()


def test_structure_is_created_once_with_a_network_tree(uow_factory):
    """ACC-5: substations > MV feeders > transformers; water sectors; rounds per agency."""
    plan = UtilityPlan.build(SENEGAL, 20_000)
    first = ensure_structure(uow_factory, SystemClock(), plan)
    assert first.agencies == len(plan.agencies) == 34
    assert first.rounds == len(plan.rounds)
    assert first.network_nodes == len(plan.network)
    assert first.reference_items > 0
    second = ensure_structure(uow_factory, SystemClock(), plan)
    assert (second.agencies, second.rounds, second.network_nodes, second.reference_items) == (
        0,
        0,
        0,
        0,
    )
    with uow_factory(read_only=True) as uow:
        s = uow.session
        regions = set(s.scalars(select(AgencyRow.region)))
        assert {"Dakar", "Thiès", "Ziguinchor", "Saint-Louis"} <= regions
        nodes = {n.id: n for n in s.scalars(select(NetworkNodeRow))}
        kinds = Counter(n.kind for n in nodes.values())
        assert kinds["substation"] >= 34 and kinds["water_sector"] >= 68
        assert kinds["transformer"] > kinds["feeder"] >= kinds["substation"]
        for node in nodes.values():
            parent = nodes[node.parent_id].kind if node.parent_id else None
            assert parent == {"feeder": "substation", "transformer": "feeder"}.get(node.kind)
        rounds_per_agency = dict(
            (agency_id, count)
            for agency_id, count in s.execute(
                select(RoundRow.agency_id, func.count()).group_by(RoundRow.agency_id)
            )
        )
        assert len(rounds_per_agency) == 34 and min(rounds_per_agency.values()) >= 2


def test_a_larger_plan_adds_only_the_missing_rounds_and_nodes(uow_factory):
    small = UtilityPlan.build(SENEGAL, 1_000)
    ensure_structure(uow_factory, SystemClock(), small)
    large = UtilityPlan.build(SENEGAL, 200_000)
    added = ensure_structure(uow_factory, SystemClock(), large)
    assert added.agencies == 0
    assert added.rounds == len(large.rounds) - len(small.rounds) > 0
    assert added.network_nodes == len(large.network) - len(small.network) > 0


def test_the_demo_agencies_are_reused_so_demo_users_see_generated_customers(uow_factory):
    """`iwebs demo` made DKR-PLATEAU and THS-CENTRE: the generator fills them, adds 32 more."""
    from iwebs_server.application.clock import new_id
    from iwebs_server.application.demo_seed import DEMO_AGENCIES

    now = SystemClock().now()
    with uow_factory() as uow:
        for code, name, region in DEMO_AGENCIES:
            uow.session.add(
                AgencyRow(
                    id=new_id(),
                    code=code,
                    name=name,
                    region=region,
                    active=True,
                    version=1,
                    created_at=now,
                )
            )
    plan = UtilityPlan.build(SENEGAL, 1_000)
    added = ensure_structure(uow_factory, SystemClock(), plan)
    assert added.agencies == len(plan.agencies) - len(DEMO_AGENCIES) == 32
    demo_codes = {code for code, _, _ in DEMO_AGENCIES}
    with uow_factory(read_only=True) as uow:
        agencies = {a.id: a.code for a in uow.session.scalars(select(AgencyRow))}
        rounds = set(uow.session.scalars(select(RoundRow.agency_id)))
    assert demo_codes <= {agencies[a] for a in rounds}
