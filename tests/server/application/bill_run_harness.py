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
        with self.uow() as uow:
            tariff_rows(uow, self.clock.now(), GRID, category, product)

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


def tariff_rows(
    uow: Any,
    now: Any,
    grid: dict[str, Any],
    category: str = "DPP",
    product: str = "CONVENTIONAL",
) -> None:
    """An active tariff of (category, product) with one approved version from 2026-01-01."""
    user = insert_user(uow, now, f"t{new_id()[:8]}", "billing_manager", [])
    text = canonical_json(parse_definition(json.dumps(grid)))
    tariff = TariffRow(
        id=new_id(), code=f"{category}-{product}"[:32], name="Domestique",
        service="electricity", tariff_category_code=category, product_code=product,
        currency_code="XOF", active=True, version=1, created_at=now, updated_at=now,
    )  # fmt: skip
    uow.session.add(tariff)
    uow.session.flush()
    uow.session.add(
        TariffVersionRow(
            id=new_id(), tariff_id=tariff.id, version_number=1, valid_from=date(2026, 1, 1),
            status="approved", definition_json=text,
            definition_hash=hashlib.sha256(text.encode()).hexdigest(), reason="",
            created_by=user, created_at=now,
        )
    )  # fmt: skip


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


def seed_subscriptions(
    uow_factory: Any,
    agency_id: str,
    round_id: str,
    count: int,
    *,
    now: Any,
    reading_day: date = date(2026, 9, 28),
    category: str = "DPP",
    tag: str = "",
) -> list[str]:
    """`count` active electricity subscriptions of the round written in bulk (customer,
    account, premise, subscription, meter installed at index 100 on 2025-01-01, a validated
    reading on `reading_day`: 100 to 399 kWh); their ids in round order."""
    tag = tag or new_id()[:4].upper()
    ids: list[str] = []
    with uow_factory() as uow:
        bulk = uow.bill_runs.bulk
        at, installed = bulk.instant_value(now), bulk.date_value(date(2025, 1, 1))
        day = bulk.date_value(reading_day)
        rows: dict[str, list[tuple[Any, ...]]] = {k: [] for k in _SEED_COLUMNS}
        for n in range(count):
            c, a, p, s, m = (new_id() for _ in range(5))
            ids.append(s)
            number = f"{tag}{n:07d}"
            rows["customers"].append((
                c, f"C{number}", agency_id, "person", "DIOP", "Awa", "", f"DIOP Awa {n}",
                f"diop awa {n}", "DOM", "", "", "", "fr", False, False, 1, at, at,
            ))  # fmt: skip
            rows["customer_accounts"].append((
                a, f"A{number}", c, agency_id, "XOF", "active", False, "", "", "", "", 1, at, at,
            ))  # fmt: skip
            rows["premises"].append((
                p, f"P{number}", agency_id, f"Villa {n}", "Mermoz", "Dakar", "", f"villa {n}",
                round_id, n, 1, at, at,
            ))  # fmt: skip
            rows["subscriptions"].append((
                s, f"S{number}", a, p, agency_id, "electricity", "CONVENTIONAL", category, 6000,
                "", "monthly", "active", installed, installed, 1, at, at,
            ))  # fmt: skip
            rows["meters"].append((
                m, f"M{number}", f"M{number}", "ITRON", "ELEC-MONO", "electricity", "", 6, "1",
                "installed", agency_id, 1, at, at,
            ))  # fmt: skip
            rows["meter_registers"].append((new_id(), m, "single", "kWh"))
            rows["meter_installations"].append((
                new_id(), m, p, s, agency_id, installed, "single=000100", "", "", at,
            ))  # fmt: skip
            rows["meter_readings"].append((
                new_id(), s, m, "single", agency_id, round_id, day, 200 + (n * 7) % 300, None,
                None, "handheld", "", "validated", "", at, "", 1,
            ))  # fmt: skip
        for table, columns in _SEED_COLUMNS.items():
            bulk.insert(table, columns, rows[table])
    return ids


_SEED_COLUMNS: dict[str, tuple[str, ...]] = {
    "customers": (
        "id", "customer_number", "agency_id", "kind", "family_name", "given_names",
        "organisation_name", "display_name", "search_name", "category_code", "id_document_type",
        "id_document_number", "email", "preferred_language", "ebill_opt_in", "sms_opt_in",
        "version", "created_at", "updated_at",
    ),
    "customer_accounts": (
        "id", "account_number", "customer_id", "agency_id", "currency_code", "status", "is_group",
        "billing_address_line", "billing_district", "billing_city", "billing_postal_box",
        "version", "created_at", "updated_at",
    ),
    "premises": (
        "id", "premise_number", "agency_id", "address_line", "district", "city", "landmark",
        "search_address", "round_id", "round_order", "version", "created_at", "updated_at",
    ),
    "subscriptions": (
        "id", "subscription_number", "account_id", "premise_id", "agency_id", "service",
        "product_code", "tariff_category_code", "subscribed_power_va", "calibre_code",
        "billing_periodicity", "status", "requested_on", "activated_on", "version",
        "created_at", "updated_at",
    ),
    "meters": (
        "id", "serial", "serial_key", "make_code", "meter_type_code", "service", "calibre_code",
        "digits", "multiplier", "status", "agency_id", "version", "created_at", "updated_at",
    ),
    "meter_registers": ("id", "meter_id", "code", "unit"),
    "meter_installations": (
        "id", "meter_id", "premise_id", "subscription_id", "agency_id", "installed_on",
        "installation_indexes", "removal_indexes", "removal_reason", "created_at",
    ),
    "meter_readings": (
        "id", "subscription_id", "meter_id", "register_code", "agency_id", "round_id",
        "reading_date", "index_value", "previous_reading_id", "consumption", "source",
        "field_code", "status", "case_codes", "entered_at", "review_note", "version",
    ),
}  # fmt: skip
