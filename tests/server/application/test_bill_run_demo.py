"""The demo's billing (`iwebs demo`, FAC-2, FAC-5): a batch per agency, last month's run
simulated where the agency has readings, nothing twice when seeded again."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path

from iwebs_server.application.bill_run_demo import BATCH_CODE, BillRunDemo
from iwebs_server.application.clock import new_id
from iwebs_server.cli import billing_cli
from iwebs_server.domain.principal import system_principal
from iwebs_server.persistence.tables.customer_base import RoundRow
from tests.factories.cash_desk import agency_id, cash_application, insert_user
from tests.factories.clock import ManualClock
from tests.server.application.bill_run_harness import GRID, seed_subscriptions, tariff_rows


def test_demo_batches_and_a_simulated_run(database_url: str, tmp_path: Path) -> None:
    clock = ManualClock(datetime(2026, 10, 5, 9, 0, tzinfo=UTC))
    app = cash_application(database_url, tmp_path / "server", clock)
    try:
        dkr, ths = agency_id(app, "DKR"), agency_id(app, "THS")
        now = clock.now()
        with app.uow_factory() as uow:
            insert_user(uow, now, "facturation", "billing", [dkr, ths])
            round_row = RoundRow(
                id=new_id(), agency_id=dkr, code="R01", name="Tournée", grouping_code="",
                active=True, version=1,
            )  # fmt: skip
            uow.session.add(round_row)
            tariff_rows(uow, now, GRID)
        seed_subscriptions(
            app.uow_factory, dkr, round_row.id, 5, now=now, reading_day=date(2026, 9, 28)
        )
        services = app.services
        demo = BillRunDemo(
            app.uow_factory,
            clock,
            services.billing_batches,
            services.bill_runs,
            services.bill_run_chunks,
        )
        numbers = demo.seed()
        assert len(numbers) == 1 and numbers[0].startswith("DKR-RUN-2026-")
        system = system_principal("tests")
        batches = services.billing_batches.list_batches(system).items
        assert sorted((b.agency_id, b.code) for b in batches) == sorted(
            [(dkr, BATCH_CODE), (ths, BATCH_CODE)]
        )
        (run,) = services.bill_runs.list_runs(system).items
        assert (run.status, run.period_label, run.total_items) == ("simulated", "2026-09", 5)
        assert run.period_start == date(2026, 9, 1) and run.period_end == date(2026, 9, 30)
        # the operator's view of it (iwebs billing runs / status)
        out = io.StringIO()
        assert billing_cli.print_runs(app, "DKR", 10, out) == 0
        assert billing_cli.print_status(app, run.run_number, out) == 0
        assert billing_cli.print_status(app, run.run_id, out) == 0
        lines = out.getvalue().splitlines()
        assert lines[0].startswith(run.run_number) and "simulated" in lines[0]
        assert "chunks 1/1 items 5/5" in lines[0]
        assert lines[2].startswith("ready 5, held 0") and lines[2].endswith("XOF")
        assert billing_cli.print_status(app, "DKR-RUN-1999-00001", out) == 2
        # seeded again: the same batches, the open run is left as it is
        assert demo.seed() == []
        assert len(services.billing_batches.list_batches(system).items) == 2
        assert len(services.bill_runs.list_runs(system).items) == 1
    finally:
        app.close()
