"""Bills and accounts on a real database without the transport (FAC-1, FAC-7): the whole
application (cash desk, billing services), the SENELEC domestic grid approved for DPP
conventional, subscriptions with their meter (reading_harness.Readings), readings and past
bills written as rows, a biller, a billing manager, a front-desk clerk, a cashier at an
open till."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from iwebs_server.application.cash_views import FeeLineInput, PaymentContentInput, TenderLine
from iwebs_server.application.clock import new_id
from iwebs_server.application.idempotency import Idempotency
from iwebs_server.application.reading_files import ReadingFiles
from iwebs_server.application.readings import ReadingService
from iwebs_server.composition import Application
from iwebs_server.domain.principal import Principal
from iwebs_server.domain.tariff_engine import canonical_json, parse_definition
from iwebs_server.persistence.tables.billing import (
    MeterReadingRow,
    TariffRow,
    TariffVersionRow,
)
from iwebs_server.persistence.tables.customer_base import BillRow, SubscriptionRow
from tests.factories.cash_desk import (
    add_user,
    add_workstation,
    cash_application,
    open_cash_session,
    principal_of,
)
from tests.factories.clock import ManualClock
from tests.server.application.reading_harness import Readings, Sub
from tests.server.domain.tariff_grids import senelec

NOW = datetime(2026, 11, 5, 10, 0, tzinfo=UTC)
TODAY = NOW.date()
OCTOBER = (date(2026, 10, 1), date(2026, 10, 31))


def add_senelec_tariff(app: Application, user_id: str, valid_from: date = date(2025, 1, 1)) -> str:
    """The SENELEC domestic grid (with its taxes), approved for DPP conventional."""
    definition = canonical_json(parse_definition(json.dumps(senelec())))
    now = app.clock.now()
    version_id = new_id()
    with app.uow_factory() as uow:
        tariff = TariffRow(
            id=new_id(), code=f"DPP-{version_id[:6]}", name="Domestique petite puissance",
            service="electricity", tariff_category_code="DPP", product_code="CONVENTIONAL",
            currency_code="XOF", active=True, version=1, created_at=now, updated_at=now,
        )  # fmt: skip
        uow.session.add(tariff)
        uow.session.flush()
        uow.session.add(
            TariffVersionRow(
                id=version_id, tariff_id=tariff.id, version_number=1, valid_from=valid_from,
                status="approved", definition_json=definition,
                definition_hash=hashlib.sha256(definition.encode()).hexdigest(), reason="",
                created_by=user_id, created_at=now,
            )
        )  # fmt: skip
    return version_id


@dataclass
class Billing:
    app: Application
    places: Readings
    biller: Principal
    manager: Principal
    clerk: Principal
    outsider: Principal
    cashier: Principal
    cash_session_id: str
    tariff_version_id: str

    @property
    def services(self) -> Any:
        return self.app.services

    def subscription(self, **values: Any) -> Sub:
        return self.places.subscription(self.places.round(), **values)

    def reading(self, sub: Sub, day: date, index: int | None, *, status: str = "validated") -> str:
        reading_id = new_id()
        with self.app.uow_factory() as uow:
            uow.session.add(
                MeterReadingRow(
                    id=reading_id, subscription_id=sub.subscription_id, meter_id=sub.meter_id,
                    register_code="single", agency_id=sub.agency_id, round_id=sub.round_id,
                    reading_date=day, index_value=index, previous_reading_id=None,
                    consumption=None, source="field", field_code="", status=status,
                    case_codes="", entered_at=self.app.clock.now(), review_note="", version=1,
                )
            )  # fmt: skip
        return reading_id

    def past_bill(self, sub: Sub, start: date, end: date, index_to: int) -> str:
        """A bill of an earlier period, as a row (its index_to starts the next one)."""
        return self.places.bill(sub, start, end, index_to)

    def terminate(self, sub: Sub, on: date) -> None:
        with self.app.uow_factory() as uow:
            row = uow.session.get(SubscriptionRow, sub.subscription_id)
            assert row is not None
            row.status, row.terminated_on = "terminated", on

    def pay(self, account_id: str, amount: int, *fees: FeeLineInput) -> None:
        content = PaymentContentInput(
            cash_session_id=self.cash_session_id, account_id=account_id, payer_name="",
            currency_code="XOF", amount_minor=amount, fees=fees,
            tenders=(TenderLine("CASH", "XOF", amount),),
        )  # fmt: skip
        self.services.payments.pay(self.cashier, new_id(), content)

    def bills_of(self, sub: Sub) -> list[BillRow]:
        with self.app.uow_factory(read_only=True) as uow:
            query = select(BillRow).where(BillRow.subscription_id == sub.subscription_id)
            return list(
                uow.session.scalars(query.order_by(BillRow.created_at, BillRow.bill_number))
            )

    def bill_october(self, sub: Sub, request_id: str = "", who: Principal | None = None) -> Any:
        return self.services.individual_billing.bill_subscription(
            who or self.biller, request_id or new_id(), sub.subscription_id, *OCTOBER, "",
            preview=False,
        )  # fmt: skip


def build_billing(database_url: str, data_dir: Path) -> Billing:
    """The harness on a new application (clock at NOW, moved by hand)."""
    return billing_on(cash_application(database_url, data_dir, ManualClock(NOW)))


def billing_on(app: Application) -> Billing:
    """The harness on an application whose agencies DKR and THS and reference lists exist
    (cash_application, or a live server's after seed_cash_reference)."""
    audit = app.services.audit
    idempotency = Idempotency(app.clock, app.uow_factory)
    readings_service = ReadingService(app.uow_factory, app.clock, audit, idempotency)
    places = Readings(
        app.uow_factory,
        app.clock,  # type: ignore[arg-type]
        readings_service,
        ReadingFiles(app.uow_factory, app.clock, audit, readings_service),
    )
    with app.uow_factory(read_only=True) as uow:
        for code in ("DKR", "THS"):
            agency = uow.agencies.by_code(code)
            assert agency is not None
            places.agencies[code] = agency.id
    biller = places.principal("billing")
    cashier_id = add_user(app, f"c{new_id()[:6]}")
    workstation = add_workstation(app, "DKR")
    session = open_cash_session(
        app, user_id=cashier_id, workstation_id=workstation, agency_id=places.agencies["DKR"]
    )
    return Billing(
        app=app,
        places=places,
        biller=biller,
        manager=places.principal("billing_manager"),
        clerk=places.principal("front_desk"),
        outsider=places.principal("billing_manager", ("THS",)),
        cashier=principal_of(app, cashier_id, workstation),
        cash_session_id=session,
        tariff_version_id=add_senelec_tariff(app, biller.user_id),
    )
