"""The demo utility's standard reference lists (PAR-2): complete, and a second run keeps
an administrator's edits and adds nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from iwebs_server.application.clock import SystemClock
from iwebs_server.application.reference_seed import STANDARD_ITEMS, seed_reference_data
from iwebs_server.domain.reference_tables import ReferenceTable
from iwebs_server.persistence.database import make_engine
from iwebs_server.persistence.unit_of_work import UnitOfWorkFactory


@pytest.fixture
def uow_factory(database_url: str) -> Iterator[UnitOfWorkFactory]:
    engine = make_engine(database_url)
    yield UnitOfWorkFactory(engine)
    engine.dispose()


def test_every_reference_table_gets_items_with_french_and_english_labels(uow_factory):
    """PAR-2: every table of the catalogue is seeded."""
    with uow_factory() as uow:
        added = seed_reference_data(uow, SystemClock())
    assert added == len(STANDARD_ITEMS)
    with uow_factory(read_only=True) as uow:
        rows = uow.reference_data.items(None, include_inactive=True)
    assert {r.table_code for r in rows} == {t.value for t in ReferenceTable}
    assert all(r.label_fr and r.label_en for r in rows)
    notes = {
        json.loads(r.attributes_json)["value"]
        for r in rows
        if r.table_code == "cash_denomination" and json.loads(r.attributes_json)["kind"] == "note"
    }
    assert notes == {10000, 5000, 2000, 1000, 500}


def test_a_second_run_adds_nothing_and_keeps_edits(uow_factory):
    clock = SystemClock()
    with uow_factory() as uow:
        seed_reference_data(uow, clock)
    with uow_factory() as uow:
        wave = uow.reference_data.get("payment_mode", "WAVE")
        assert wave is not None
        wave.active = False
        wave.label_fr = "Wave (suspendu)"
    with uow_factory() as uow:
        assert seed_reference_data(uow, clock) == 0
    with uow_factory(read_only=True) as uow:
        wave = uow.reference_data.get("payment_mode", "WAVE")
        assert wave is not None and not wave.active and wave.label_fr == "Wave (suspendu)"
        assert "WAVE" not in uow.reference_data.active_codes("payment_mode")
