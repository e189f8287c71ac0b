"""Kill -9 of the server during a finalization, then restart (issue 5, "Done when"; FAC-1,
FAC-6): the REAL server process (`iwebs-server serve`) finalizes a run of a few thousand
subscriptions in small chunks through its worker thread; it is killed with SIGKILL when
some but not all chunks are done, started again, and finishes the run. Then: bill numbers
gap-free (1..n in the series), every subscription of the batch billed exactly once or listed
not billed with its cause, every ledger group of the billing summing to zero. On both
databases."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from iwebs.v1 import bill_run_service_pb2 as pb
from iwebs.v1 import bill_run_service_pb2_grpc as pb_grpc
from iwebs.v1 import common_pb2
from iwebs_server.application.billing_verifier import BillingVerifier
from iwebs_server.application.clock import new_id
from iwebs_server.application.reference_seed import seed_reference_data
from iwebs_server.composition import Application, build_application
from iwebs_server.domain.principal import system_principal
from iwebs_server.persistence.tables.administration import AgencyRow
from iwebs_server.persistence.tables.billing import BillRunItemRow
from iwebs_server.persistence.tables.cash_desk import LedgerEntryRow
from iwebs_server.persistence.tables.customer_base import BillRow, RoundRow
from iwebs_server.persistence.tables.reference_data import GLOBAL_SCOPE, ParameterValueRow
from tests.factories import live_server as server_factory
from tests.factories.cash_desk import insert_user
from tests.factories.grpc_client import Client, enroll
from tests.server.application.bill_run_harness import GRID, seed_subscriptions, tariff_rows

SUBSCRIPTIONS = 2000
CHUNK = 50
PASSWORD = "Billing-Crash-Test-42"


@dataclass
class ServerProcess:
    process: subprocess.Popen[str]
    port: int
    enrollment_port: int

    def kill(self) -> None:
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()


def start_server(data_dir: Path, database_url: str) -> ServerProcess:
    env = {
        **os.environ,
        "IWEBS_DATA_DIR": str(data_dir),
        "IWEBS_DATABASE_URL": database_url,
        "IWEBS_LISTEN_HOST": "127.0.0.1",
        "IWEBS_PORT": "0",
        "IWEBS_ENROLLMENT_PORT": "0",
        "IWEBS_SERVER_HOST_NAMES": "localhost",
        "IWEBS_LOG_JSON": "false",
        "IWEBS_LOG_LEVEL": "WARNING",
        "IWEBS_WORKERS": "8",
        "IWEBS_DATABASE_POOL_SIZE": "5",
        "IWEBS_ARGON2_MEMORY_KIB": "8192",
        "IWEBS_ARGON2_TIME_COST": "1",
        "IWEBS_BILL_RUN_WORKERS": "1",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "iwebs_server.cli.server_cli", "serve"],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if line.startswith("IWEBS_SERVER_READY"):
            values = dict(part.split("=") for part in line.split()[1:])
            return ServerProcess(process, int(values["port"]), int(values["enrollment_port"]))
        if not line and process.poll() is not None:
            break
    process.kill()
    raise AssertionError("the server did not start")


@pytest.fixture
def prepared(database_url: str, tmp_path: Path) -> Iterator[tuple[Application, Path, str]]:
    data_dir = tmp_path / "server"
    settings = server_factory.make_settings(data_dir, database_url, bill_run_workers=0)
    server_factory.make_pki(settings)
    app = build_application(settings, hasher=server_factory.test_hasher())
    app.services.bootstrap.initialize(
        head_office_code="DKR", head_office_name="Dakar", admin_login="admin", admin_name="A"
    )
    with app.uow_factory() as uow:
        seed_reference_data(uow, app.clock)
    yield app, data_dir, database_url
    app.close()


def test_kill_9_during_finalization_then_restart(
    prepared: tuple[Application, Path, str],
) -> None:
    app, data_dir, database_url = prepared
    now = app.clock.now()
    with app.uow_factory() as uow:
        agency = uow.agencies.by_code("DKR")
        assert isinstance(agency, AgencyRow)
        round_row = RoundRow(
            id=new_id(), agency_id=agency.id, code="R01", name="Tournée 1", grouping_code="",
            active=True, version=1,
        )  # fmt: skip
        uow.session.add(round_row)
        for key, value in (("billing.chunk_size", str(CHUNK)),):
            uow.reference_data.add_parameter_value(
                ParameterValueRow(
                    id=new_id(), key=key, scope=GLOBAL_SCOPE, value=value, version=1,
                    updated_at=now, updated_by=new_id(),
                )
            )  # fmt: skip
        tariff_rows(uow, now, GRID)
    ids = seed_subscriptions(app.uow_factory, agency.id, round_row.id, SUBSCRIPTIONS, now=now)
    with app.uow_factory() as uow:
        user_id = insert_user(uow, now, "facturation", "billing", [agency.id])
        user = uow.users.get(user_id)
        assert user is not None
        user.password_hash = app.hasher.hash(PASSWORD)
        user.password_is_one_time = False
    system = system_principal("tests")
    code = app.services.workstations.register(
        system, new_id(), "WS-FACT", agency.id, "back_office", False
    ).code

    server = start_server(data_dir, database_url)
    try:
        workstation = enroll(
            "127.0.0.1",
            server.port,
            server.enrollment_port,
            app.settings.pki.ca_cert.read_bytes(),
            code,
        )
        client = workstation.login("facturation", PASSWORD)
        runs = _runs(client)
        created_batch = runs.CreateBillingBatch(
            pb.CreateBillingBatchRequest(
                request_id=new_id(),
                batch=pb.BillingBatch(agency_id=agency.id, code="LOT-1", name="Lot 1"),
            )
        )
        run = runs.CreateBillRun(
            pb.CreateBillRunRequest(
                request_id=new_id(),
                batch_id=created_batch.batch.batch_id,
                period_label="2026-09",
                period_start=common_pb2.Date(year=2026, month=9, day=1),
                period_end=common_pb2.Date(year=2026, month=9, day=30),
                bill_date=common_pb2.Date(year=2026, month=10, day=5),
            )
        ).run
        simulated = _wait(runs, run.run_id, pb.BILL_RUN_STATUS_SIMULATED, 120)
        assert simulated.progress.items_total == SUBSCRIPTIONS
        runs.FinalizeBillRun(
            pb.FinalizeBillRunRequest(
                request_id=new_id(), run_id=run.run_id, version=simulated.version
            )
        )
        chunks = -(-SUBSCRIPTIONS // CHUNK)
        deadline = time.monotonic() + 120
        while True:
            progress = runs.GetBillRunProgress(pb.GetBillRunProgressRequest(run_id=run.run_id))
            if progress.progress.chunks_done >= chunks // 3:
                break
            assert time.monotonic() < deadline, "finalization does not move"
            time.sleep(0.02)
        server.kill()
        workstation.close()
    finally:
        server.stop()

    with app.uow_factory(read_only=True) as uow:
        done = uow.bill_runs.progress(run.run_id, "finalize")
        status = uow.bill_runs.run(run.run_id).status  # type: ignore[union-attr]
    assert status == "finalizing"
    assert 0 < done.chunks_done < done.chunks_total, (done.chunks_done, done.chunks_total)

    server = start_server(data_dir, database_url)
    try:
        deadline = time.monotonic() + 180
        while True:
            with app.uow_factory(read_only=True) as uow:
                row = uow.bill_runs.run(run.run_id)
                assert row is not None
                if row.status == "finalized":
                    break
            assert time.monotonic() < deadline, "the restarted server did not finish the run"
            time.sleep(0.2)
    finally:
        server.stop()

    with app.uow_factory(read_only=True) as uow:
        s = uow.session
        numbers = s.execute(
            select(BillRow.bill_number, BillRow.subscription_id).where(
                BillRow.bill_run_id == run.run_id
            )
        ).all()
        items = dict(
            s.execute(
                select(BillRunItemRow.subscription_id, BillRunItemRow.cause).where(
                    BillRunItemRow.run_id == run.run_id,
                    BillRunItemRow.outcome == "not_billed",
                )
            ).all()
        )
        groups = s.execute(
            select(LedgerEntryRow.entry_group_id, func.sum(LedgerEntryRow.amount_minor))
            .where(LedgerEntryRow.source_type == "billing")
            .group_by(LedgerEntryRow.entry_group_id)
        ).all()
    billed = [sid for _, sid in numbers]
    assert len(billed) == len(set(billed)), "a subscription billed twice"
    sequences = sorted(int(number.rsplit("-", 1)[1]) for number, _ in numbers)
    assert sequences == list(range(1, len(sequences) + 1)), "bill numbers with a gap"
    assert all(n.startswith("FAC-DKR-2026-") for n, _ in numbers)
    assert set(billed) | set(items) == set(ids) and not set(billed) & set(items)
    assert all(cause for cause in items.values())
    assert len(billed) > SUBSCRIPTIONS * 0.9
    assert groups and all(total == 0 for _, total in groups)
    # and the production check says the same (REL-03: `iwebs billing verify`)
    report = BillingVerifier(app.uow_factory).verify()
    assert report.ok and report.bills == len(billed), report.text()


def _runs(client: Client) -> pb_grpc.BillRunServiceStub:
    return client._stub(pb_grpc.BillRunServiceStub)  # type: ignore[no-any-return]


def _wait(runs: pb_grpc.BillRunServiceStub, run_id: str, status: int, seconds: float) -> pb.BillRun:
    deadline = time.monotonic() + seconds
    while True:
        run: pb.BillRun = runs.GetBillRun(pb.GetBillRunRequest(run_id=run_id)).run
        if run.status == status:
            return run
        assert time.monotonic() < deadline, f"run still {run.status}"
        time.sleep(0.1)
