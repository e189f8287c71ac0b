"""Standard tariffs and the approved catalogue (FAC-10) on both databases: the seed adds
the missing grids once, the catalogue gives the bill runs the approved versions by
(tariff category, product), parsed once per version."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from iwebs_server.application.tariff_seed import SENEGAL, seed_standard_tariffs
from iwebs_server.composition import Application
from iwebs_server.domain.tariff_engine import Usage, compute_charges
from iwebs_server.persistence.tables.billing import TariffVersionRow
from tests.factories.cash_desk import cash_application
from tests.factories.clock import ManualClock


@pytest.fixture
def app(database_url: str, tmp_path: Path, manual_clock: ManualClock) -> Iterator[Application]:
    application = cash_application(database_url, tmp_path / "data", manual_clock)
    yield application
    application.close()


def test_seed_adds_the_missing_grids_once(app: Application) -> None:
    with app.uow_factory() as uow:
        added = seed_standard_tariffs(uow, app.clock)
    assert added == len(SENEGAL)
    with app.uow_factory() as uow:
        assert seed_standard_tariffs(uow, app.clock) == 0  # idempotent
        versions = uow.session.query(TariffVersionRow).all()
        assert {v.status for v in versions} == {"approved"}
        assert {v.version_number for v in versions} == {1}
        assert all(v.decided_by is None and v.reason for v in versions)


def test_catalogue_rates_the_seeded_senelec_grid(app: Application) -> None:
    with app.uow_factory() as uow:
        seed_standard_tariffs(uow, app.clock)
    with app.uow_factory(read_only=True) as uow:
        catalogue = uow.tariffs.approved_catalogue()
        again = uow.tariffs.approved_catalogue()
    assert len(catalogue) == len(SENEGAL)
    versions = catalogue.versions_for("DPP", "CONVENTIONAL")
    assert len(versions) == 1
    # parsed once per version: the next chunk's catalogue hands the same definition object
    assert again.versions_for("DPP", "CONVENTIONAL")[0].definition is versions[0].definition
    assert catalogue.versions_for("DPP", "PREPAID") == ()
    assert catalogue.versions_for("NOPE", "CONVENTIONAL") == ()
    bill = compute_charges(versions, Usage(date(2026, 3, 1), date(2026, 3, 30), Decimal(300), 6000))
    # 12 300 + 13 649 + 7 968 + communal 848 + VAT 1 434 + stamp 100 (test_tariff_vectors.py)
    assert bill.total_minor == 36299
    water = catalogue.versions_for("EAU-DOM", "CONVENTIONAL")
    water_bill = compute_charges(
        water, Usage(date(2026, 1, 1), date(2026, 3, 1), Decimal(30), None)
    )
    # 60 days: 20 x 202 = 4 040; 10 x 697.97 = 6 979.7 -> 6 980
    assert water_bill.total_minor == 11020


def test_other_countries(app: Application) -> None:
    with app.uow_factory() as uow:
        assert seed_standard_tariffs(uow, app.clock, "CM") == 4
    with app.uow_factory(read_only=True) as uow:
        entry = uow.tariffs.approved_catalogue().entry_for("DPP", "CONVENTIONAL")
    assert entry is not None and entry.currency_code == "XAF"
    bill = compute_charges(
        entry.versions, Usage(date(2026, 3, 1), date(2026, 3, 30), Decimal(250), None)
    )
    assert bill.total_minor == 23500  # ENEO: 250 kWh all at tier 3 (94)


def test_a_fresh_install_gets_the_standard_tariffs(
    tmp_path: Path, database_factory: Any, backend: str
) -> None:
    """`iwebs-server init` adds the standard grids after the reference lists."""
    from iwebs_server.cli.server_cli import initialize
    from iwebs_server.settings import load_settings

    config = tmp_path / "fresh.toml"
    config.write_text(
        f'data_dir = "{(tmp_path / "fresh").as_posix()}"\n'
        f'database_url = "{database_factory.new_url(backend)}"\n'
    )
    app, _ = initialize(load_settings(config))
    try:
        with app.uow_factory(read_only=True) as uow:
            catalogue = uow.tariffs.approved_catalogue()
        assert len(catalogue) == len(SENEGAL)
    finally:
        app.close()
