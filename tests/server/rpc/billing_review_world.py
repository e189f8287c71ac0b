"""The world of the billing review suites (hostile input, IDOR, repeats): a live server with
the same objects in Dakar and in Thiès, written through the application services so that
every kind of billing id exists in both agencies, and callers of the four billing services.

Per agency (`Side`): a simulated run (one ready and one held item) of batch A, a finalized
run of batch B (its bills), an individual bill of October, a reading in the worklist, a
correction request, rounds and subscriptions. The chunk workers are stopped: chunks are
done in the test's thread (`World.work`)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select

from iwebs.v1 import bill_run_service_pb2_grpc as runs_grpc
from iwebs.v1 import bill_service_pb2_grpc as bills_grpc
from iwebs.v1 import common_pb2
from iwebs.v1 import reading_service_pb2_grpc as readings_grpc
from iwebs.v1 import tariff_service_pb2_grpc as tariffs_grpc
from iwebs_server.application.billing_batches import BatchInput
from iwebs_server.domain.principal import Principal
from iwebs_server.persistence.tables.audit import IdempotencyKeyRow
from iwebs_server.persistence.tables.billing import (
    BillingBatchRow,
    BillLineRow,
    BillMatchRow,
    BillRunChunkRow,
    BillRunItemRow,
    BillRunRow,
    MeterReadingRow,
    OutboxEventRow,
    TariffRow,
    TariffVersionRow,
)
from iwebs_server.persistence.tables.cash_desk import LedgerEntryRow
from iwebs_server.persistence.tables.customer_base import BillRow
from tests.factories.cash_desk import CASHIER_PASSWORD, seed_cash_reference
from tests.factories.grpc_client import Client
from tests.factories.live_server import LiveServer
from tests.server.application.bills_harness import Billing, billing_on
from tests.server.application.reading_harness import Sub

OCTOBER = (date(2026, 10, 1), date(2026, 10, 31))
BILL_DATE = date(2026, 11, 5)
READING_DAY = date(2026, 10, 5)

# every table a billing call may write (the facts counted before and after a refusal)
FACTS = (
    TariffRow, TariffVersionRow, MeterReadingRow, BillingBatchRow, BillRunRow, BillRunChunkRow,
    BillRunItemRow, BillRow, BillLineRow, BillMatchRow, OutboxEventRow, LedgerEntryRow,
    IdempotencyKeyRow,
)  # fmt: skip


def rid() -> str:
    return str(uuid.uuid4())


def pb_day(value: date) -> common_pb2.Date:
    return common_pb2.Date(year=value.year, month=value.month, day=value.day)


def facts(server: LiveServer) -> dict[str, int]:
    with server.app.uow_factory(read_only=True) as uow:
        return {
            row.__tablename__: uow.session.scalar(select(func.count()).select_from(row)) or 0
            for row in FACTS
        }


@dataclass
class Caller:
    """One user's stubs of the four billing services."""

    client: Client
    tariffs: Any
    readings: Any
    runs: Any
    bills: Any


def caller(client: Client) -> Caller:
    return Caller(
        client,
        client._stub(tariffs_grpc.TariffServiceStub),
        client._stub(readings_grpc.ReadingServiceStub),
        client._stub(runs_grpc.BillRunServiceStub),
        client._stub(bills_grpc.BillServiceStub),
    )


@dataclass
class Side:
    """One agency's billing objects."""

    code: str
    agency_id: str
    principal: Principal
    round_id: str  # the worklist subscription's round (reading sheet)
    run_round_id: str
    ready: Sub  # in the simulated run, ready
    held: Sub  # in the simulated run, held (zero consumption)
    batch_id: str  # batch A: its run is simulated
    run_id: str
    billed: Sub  # billed by the finalized run of batch B
    final_batch_id: str
    final_run_id: str
    run_bill_id: str
    single: Sub  # billed alone for October
    bill_id: str
    account_id: str
    worksub: Sub  # a reading to check
    reading_id: str
    reading_version: int
    correction_id: str  # approval request of a correction of bill_id


@dataclass
class World:
    server: LiveServer
    data: Billing
    dkr: Side
    ths: Side
    tariff_id: str
    tariff_version_id: str

    def work(self) -> int:
        done = 0
        while self.server.services.bill_run_chunks.process_next("review"):
            done += 1
        return done

    def user(self, profile: str, agencies: tuple[str, ...] = ("DKR",), **kw: Any) -> Caller:
        login = f"v{uuid.uuid4().hex[:10]}"
        self.server.create_user(login, profile, agencies, password=CASHIER_PASSWORD, **kw)
        return caller(self.server.login(login, CASHIER_PASSWORD, agencies[0]))

    def billable(self, round_id: str, agency: str, reading: int = 1400) -> Sub:
        """A subscription billed for September (index 1100) with its October reading."""
        sub = self.data.places.subscription(round_id, agency=agency)
        self.data.past_bill(sub, date(2026, 9, 1), date(2026, 9, 30), 1100)
        self.data.reading(sub, OCTOBER[1], reading)
        return sub

    def with_history(self, round_id: str, agency: str) -> Sub:
        """A subscription read every 30 days from 2026-03-09: 1900 on 2026-09-05."""
        places = self.data.places
        sub = places.subscription(round_id, agency=agency, installed_on=date(2026, 3, 9))
        places.past_readings(sub, date(2026, 3, 9), 100, 300, 6)
        return sub


def _side(world: World, code: str) -> Side:
    services, places = world.server.services, world.data.places
    who = places.principal("billing_manager", (code,))
    agency_id = places.agencies[code]
    run_round, final_round, round_id = places.round(code), places.round(code), places.round(code)
    ready = world.billable(run_round, code)
    held = world.billable(run_round, code, reading=1100)
    billed = world.billable(final_round, code)

    def batch(round_: str) -> str:
        return str(
            services.billing_batches.create(
                who, rid(), agency_id=agency_id, code=f"LOT-{rid()[:6].upper()}",
                data=BatchInput(name="Lot revue", round_ids=(round_,)),
            ).batch_id
        )  # fmt: skip

    def run(batch_id: str) -> str:
        return str(
            services.bill_runs.create_run(
                who, rid(), batch_id=batch_id, period_label="2026-10", period_start=OCTOBER[0],
                period_end=OCTOBER[1], bill_date=BILL_DATE,
            ).run_id
        )  # fmt: skip

    batch_a, batch_b = batch(run_round), batch(final_round)
    run_a, run_b = run(batch_a), run(batch_b)
    world.work()
    version = services.bill_runs.get_run(who, run_b).version
    services.bill_runs.finalize(who, rid(), run_b, version)
    world.work()
    run_bill = world.data.bills_of(billed)[-1].id
    single = world.billable(round_id, code)
    issued = services.individual_billing.bill_subscription(
        who, rid(), single.subscription_id, *OCTOBER, "", preview=False
    )
    bill_id = issued.bill.summary.bill_id
    worksub = world.with_history(round_id, code)
    entry = places.entry(worksub, "04000", READING_DAY)
    reading = services.readings.enter(who, rid(), entry)
    assert reading.status == "to_check", reading.status
    correction = services.bill_corrections.request(who, rid(), run_bill, "index erroné")
    return Side(
        code=code, agency_id=agency_id, principal=who, round_id=round_id,
        run_round_id=run_round, ready=ready, held=held, batch_id=batch_a, run_id=run_a,
        billed=billed, final_batch_id=batch_b, final_run_id=run_b, run_bill_id=run_bill,
        single=single, bill_id=bill_id, account_id=single.account_id, worksub=worksub,
        reading_id=reading.reading_id, reading_version=reading.version,
        correction_id=correction,
    )  # fmt: skip


def build_world(server: LiveServer) -> World:
    seed_cash_reference(server.app)
    workers = server.app.bill_run_workers
    if workers is not None:
        workers.stop()
    data = billing_on(server.app)
    # past bills are rows of 1,000 F: no bill of the world is held for its amount
    data.places.set_parameter("billing.control_high_ratio", "100")
    with server.app.uow_factory(read_only=True) as uow:
        version = uow.session.get(TariffVersionRow, data.tariff_version_id)
        assert version is not None
        tariff_id = version.tariff_id
    world = World(server, data, None, None, tariff_id, data.tariff_version_id)  # type: ignore[arg-type]
    world.dkr = _side(world, "DKR")
    world.ths = _side(world, "THS")
    return world
