"""Bill runs on a real database without the transport: the readings harness (agencies,
rounds, subscriptions with meters, readings and bills as rows), an approved tariff, the
batches and runs services, and the chunks done in the test's thread."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select

from iwebs_server.application.audit_trail import AuditTrail
from iwebs_server.application.bill_computation import BillComputation
from iwebs_server.application.bill_run_chunks import BillRunChunks
from iwebs_server.application.bill_runs import BillRunService
from iwebs_server.application.bill_writer import BillWriter
from iwebs_server.application.billing_batches import BatchInput, BillingBatchService
from iwebs_server.application.clock import new_id
from iwebs_server.application.idempotency import Idempotency
from iwebs_server.domain.principal import Principal
from iwebs_server.domain.tariff_engine import canonical_json, parse_definition
from iwebs_server.persistence.tables.billing import (
    BillRunItemRow,
    MeterReadingRow,
    TariffRow,
    TariffVersionRow,
)
from iwebs_server.persistence.tables.cash_desk import LedgerEntryRow
from iwebs_server.persistence.tables.customer_base import BillRow
from tests.factories.cash_desk import insert_user
from tests.server.application.reading_harness import Readings, Sub, build_readings

PERIOD = (date(2026, 9, 1), date(2026, 9, 30))
BILL_DATE = date(2026, 10, 5)

# SENELEC-like domestic grid: blocks 0-150 / 151-250 / above, communal tax, a fixed charge
GRID: dict[str, Any] = {
    "format_version": 1,
    "currency_code": "XOF",
    "currency_exponent": 0,
    "reference_days": 30,
    "consumption_unit": "kWh",
    "rounding_increment_minor": 1,
    "components": [
        {
            "code": "ENERGY",
            "kind": "progressive",
            "label": "Énergie",
            "ledger_account": "REVENUE:ELECTRICITY:ENERGY",
            "rounding": "half_up",
            "blocks": [
                {"up_to": "150", "unit_price": "82.00"},
                {"up_to": "250", "unit_price": "136.49"},
                {"up_to": "", "unit_price": "159.36"},
            ],
        },
        {
            "code": "FIXED",
            "kind": "fixed",
            "label": "Redevance",
            "ledger_account": "REVENUE:ELECTRICITY:FIXED",
            "rounding": "half_up",
            "amount": "500",
            "prorate": False,
        },
        {
            "code": "TCO",
            "kind": "tax",
            "label": "Taxe communale",
            "ledger_account": "TAX:COMMUNAL",
            "rounding": "half_up",
            "rate_percent": "2.5",
            "applies_to": ["ENERGY"],
        },
    ],
}


def price(consumption: int) -> int:
    """What GRID bills for a month of `consumption` kWh (the test's own arithmetic)."""
    blocks = [(150, 8200), (250, 13649), (None, 15936)]  # centimes per kWh
    energy, low = 0, 0
    for up_to, cents in blocks:
        top = consumption if up_to is None else min(consumption, up_to)
        if top > low:
            energy += (top - low) * cents
        low = up_to or low
    energy_xof = (energy + 50) // 100
    tax = (energy_xof * 25 + 500) // 1000
    return energy_xof + 500 + tax


@dataclass
class Billing:
    readings: Readings
    batches: BillingBatchService
    runs: BillRunService
    chunks: BillRunChunks
    writer: BillWriter

    @property
    def uow(self) -> Any:
        return self.readings.uow

    @property
    def clock(self) -> Any:
        return self.readings.clock

    def principal(
        self, profile: str = "billing", agencies: tuple[str, ...] = ("DKR",)
    ) -> Principal:
        return self.readings.principal(profile, agencies)

    def tariff(self, category: str = "DPP", product: str = "CONVENTIONAL") -> None:
        now = self.clock.now()
        with self.uow() as uow:
            user = insert_user(uow, now, f"t{new_id()[:8]}", "billing_manager", [])
            text = canonical_json(parse_definition(json.dumps(GRID)))
            tariff = TariffRow(
                id=new_id(), code=f"{category}-{product}"[:32], name="Domestique",
                service="electricity", tariff_category_code=category, product_code=product,
                currency_code="XOF", active=True, version=1, created_at=now, updated_at=now,
            )  # fmt: skip
            uow.session.add(tariff)
            uow.session.flush()
            uow.session.add(
                TariffVersionRow(
                    id=new_id(), tariff_id=tariff.id, version_number=1,
                    valid_from=date(2026, 1, 1), status="approved", definition_json=text,
                    definition_hash=hashlib.sha256(text.encode()).hexdigest(), reason="",
                    created_by=user, created_at=now,
                )
            )  # fmt: skip

    def reading(self, sub: Sub, day: date, index: int, status: str = "validated") -> str:
        with self.uow() as uow:
            row = MeterReadingRow(
                id=new_id(), subscription_id=sub.subscription_id, meter_id=sub.meter_id,
                register_code="single", agency_id=sub.agency_id, round_id=sub.round_id,
                reading_date=day, index_value=index, previous_reading_id=None,
                consumption=None, source="field", field_code="", status=status,
                case_codes="" if status != "to_check" else "TOO_HIGH",
                entered_at=self.clock.now(), review_note="", version=1,
            )  # fmt: skip
            uow.session.add(row)
        return row.id

    def batch(self, principal: Principal, agency: str = "DKR", **criteria: Any) -> str:
        view = self.batches.create(
            principal,
            new_id(),
            agency_id=self.readings.agencies[agency],
            code=f"LOT-{new_id()[:6].upper()}",
            data=BatchInput(name="Lot test", **criteria),
        )
        return view.batch_id

    def work(self) -> int:
        """Does every pending chunk in this thread; how many."""
        done = 0
        while self.chunks.process_next("test-worker"):
            done += 1
        return done

    def items(self, run_id: str) -> dict[str, BillRunItemRow]:
        with self.uow(read_only=True) as uow:
            rows = uow.session.scalars(
                select(BillRunItemRow).where(BillRunItemRow.run_id == run_id)
            ).all()
            return {row.subscription_id: row for row in rows}

    def bills(self, run_id: str) -> list[BillRow]:
        with self.uow(read_only=True) as uow:
            return list(
                uow.session.scalars(
                    select(BillRow)
                    .where(BillRow.bill_run_id == run_id)
                    .order_by(BillRow.bill_number)
                )
            )

    def ledger_groups(self) -> dict[str, int]:
        with self.uow(read_only=True) as uow:
            rows = uow.session.execute(
                select(LedgerEntryRow.entry_group_id, func.sum(LedgerEntryRow.amount_minor))
                .where(LedgerEntryRow.source_type == "billing")
                .group_by(LedgerEntryRow.entry_group_id)
            )
            return {row[0]: int(row[1]) for row in rows}


def build_billing(database_url: str) -> Billing:
    readings = build_readings(database_url)
    uow, clock = readings.uow, readings.clock
    audit = AuditTrail(clock)
    idempotency = Idempotency(clock, uow)
    computation = BillComputation()
    writer = BillWriter()
    return Billing(
        readings,
        BillingBatchService(uow, clock, audit, idempotency),
        BillRunService(uow, clock, audit, idempotency, computation),
        BillRunChunks(uow, clock, audit, computation, writer),
        writer,
    )
