"""Readings on a real database without the transport: agencies, a reader and a biller,
rounds, subscriptions with their meter installed, past readings and bills written as
rows (FAC-3, FAC-4)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from iwebs_server.application.audit_trail import AuditTrail
from iwebs_server.application.bootstrap import Bootstrap
from iwebs_server.application.clock import new_id
from iwebs_server.application.idempotency import Idempotency
from iwebs_server.application.reading_files import ReadingFiles
from iwebs_server.application.reading_views import ReadingEntry
from iwebs_server.application.readings import ReadingService
from iwebs_server.application.reference_seed import seed_reference_data
from iwebs_server.domain.principal import AgencyScope, Principal
from iwebs_server.persistence.database import make_engine
from iwebs_server.persistence.tables.administration import AgencyRow
from iwebs_server.persistence.tables.billing import MeterReadingRow
from iwebs_server.persistence.tables.customer_base import (
    BillRow,
    CustomerAccountRow,
    CustomerRow,
    MeterInstallationRow,
    MeterRegisterRow,
    MeterRow,
    PremiseRow,
    RoundRow,
    SubscriptionRow,
)
from iwebs_server.persistence.tables.reference_data import GLOBAL_SCOPE, ParameterValueRow
from iwebs_server.persistence.unit_of_work import UnitOfWorkFactory
from tests.factories.cash_desk import insert_user
from tests.factories.clock import ManualClock
from tests.factories.live_server import test_hasher

# 10:00 in Dakar: the business day is 2026-10-05
START = datetime(2026, 10, 5, 10, 0, tzinfo=UTC)
TODAY = START.date()


@dataclass(frozen=True)
class Sub:
    subscription_id: str
    subscription_number: str
    account_id: str
    agency_id: str
    premise_id: str
    meter_id: str
    meter_serial: str
    round_id: str


@dataclass
class Readings:
    uow: UnitOfWorkFactory
    clock: ManualClock
    service: ReadingService
    files: ReadingFiles
    agencies: dict[str, str] = field(default_factory=dict)
    _order: int = 0

    # -- people -------------------------------------------------------------------------
    def principal(
        self, profile: str = "billing", agencies: tuple[str, ...] = ("DKR",)
    ) -> Principal:
        login = f"u{new_id()[:8]}"
        with self.uow() as uow:
            user_id = insert_user(
                uow, self.clock.now(), login, profile, [self.agencies[c] for c in agencies]
            )
            user = uow.users.get(user_id)
            assert user is not None
            rights = uow.profiles.rights_of(user.profile_id)
        return Principal(
            user_id=user_id,
            login=login,
            session_id="s",
            workstation_id="",
            rights=frozenset(rights),
            scope=AgencyScope(frozenset(self.agencies[c] for c in agencies)),
        )

    def set_parameter(self, key: str, value: str) -> None:
        with self.uow() as uow:
            uow.reference_data.add_parameter_value(
                ParameterValueRow(
                    id=new_id(), key=key, scope=GLOBAL_SCOPE, value=value, version=1,
                    updated_at=self.clock.now(), updated_by=new_id(),
                )
            )  # fmt: skip

    # -- places and subscriptions ------------------------------------------------------
    def round(self, agency: str = "DKR") -> str:
        round_id = new_id()
        with self.uow() as uow:
            uow.session.add(
                RoundRow(
                    id=round_id, agency_id=self.agencies[agency], code=f"R-{round_id[:6]}",
                    name="Tournée test", grouping_code="", active=True, version=1,
                )
            )  # fmt: skip
        return round_id

    def subscription(
        self,
        round_id: str,
        *,
        agency: str = "DKR",
        status: str = "active",
        digits: int = 5,
        multiplier: str = "1",
        installation_index: int = 100,
        installed_on: date = date(2025, 1, 1),
        category: str = "DPP",
        service: str = "electricity",
        registers: tuple[str, ...] = ("single",),
        round_order: int | None = None,
        name: str = "Awa Ndiaye",
        product: str = "CONVENTIONAL",
        suspended_on: date | None = None,
        terminated_on: date | None = None,
        activated_on: date | None = date(2025, 1, 1),
    ) -> Sub:
        now, tag = self.clock.now(), new_id()[:8].upper()
        agency_id = self.agencies[agency]
        self._order += 1
        ids = {k: new_id() for k in ("customer", "account", "premise", "sub", "meter")}
        unit = "kWh" if service == "electricity" else "m3"
        given, _, family = name.partition(" ")
        with self.uow() as uow:
            s = uow.session
            s.add(CustomerRow(
                id=ids["customer"], customer_number=f"C{tag}", agency_id=agency_id, kind="person",
                family_name=family, given_names=given, display_name=name,
                search_name=name.lower(), category_code="DOM", version=1, created_at=now,
                updated_at=now,
            ))  # fmt: skip
            s.flush()
            s.add(CustomerAccountRow(
                id=ids["account"], account_number=f"A{tag}", customer_id=ids["customer"],
                agency_id=agency_id, currency_code="XOF", status="active", version=1,
                created_at=now, updated_at=now,
            ))  # fmt: skip
            s.add(PremiseRow(
                id=ids["premise"], premise_number=f"P{tag}", agency_id=agency_id,
                address_line=f"Villa {self._order}", district="Mermoz", city="Dakar",
                search_address=f"villa {self._order}", round_id=round_id,
                round_order=self._order if round_order is None else round_order, version=1,
                created_at=now, updated_at=now,
            ))  # fmt: skip
            s.flush()
            s.add(SubscriptionRow(
                id=ids["sub"], subscription_number=f"S{tag}", account_id=ids["account"],
                premise_id=ids["premise"], agency_id=agency_id, service=service,
                product_code=product, tariff_category_code=category,
                subscribed_power_va=6000 if service == "electricity" else None,
                billing_periodicity="monthly", status=status, requested_on=date(2024, 12, 1),
                activated_on=activated_on, suspended_on=suspended_on,
                terminated_on=terminated_on, version=1, created_at=now, updated_at=now,
            ))  # fmt: skip
            s.add(MeterRow(
                id=ids["meter"], serial=f"M{tag}", serial_key=f"M{tag}", make_code="ITRON",
                meter_type_code="ELEC-MONO", service=service, digits=digits,
                multiplier=multiplier, status="installed", agency_id=agency_id, version=1,
                created_at=now, updated_at=now,
            ))  # fmt: skip
            s.flush()
            for code in registers:
                s.add(MeterRegisterRow(id=new_id(), meter_id=ids["meter"], code=code, unit=unit))
            indexes = ";".join(f"{c}={installation_index:0{digits}d}" for c in sorted(registers))
            s.add(MeterInstallationRow(
                id=new_id(), meter_id=ids["meter"], premise_id=ids["premise"],
                subscription_id=ids["sub"], agency_id=agency_id, installed_on=installed_on,
                installation_indexes=indexes, created_at=now,
            ))  # fmt: skip
        return Sub(
            ids["sub"], f"S{tag}", ids["account"], agency_id, ids["premise"], ids["meter"],
            f"M{tag}", round_id,
        )  # fmt: skip

    # -- history written as rows ------------------------------------------------------
    def past_readings(
        self, sub: Sub, start: date, index: int, per_period: int, periods: int, days: int = 30
    ) -> list[str]:
        """`periods` validated readings every `days` days after `start`, `per_period` units
        each, the first one following the installation index `index`."""
        ids: list[str] = []
        previous: str | None = None
        day = start
        with self.uow() as uow:
            for _ in range(periods):
                day += timedelta(days=days)
                index += per_period
                row = MeterReadingRow(
                    id=new_id(), subscription_id=sub.subscription_id, meter_id=sub.meter_id,
                    register_code="single", agency_id=sub.agency_id, round_id=sub.round_id,
                    reading_date=day, index_value=index, previous_reading_id=previous,
                    consumption=per_period, source="field", field_code="", status="validated",
                    case_codes="", entered_at=self.clock.now(), review_note="", version=1,
                )  # fmt: skip
                uow.session.add(row)
                uow.session.flush()
                previous = row.id
                ids.append(row.id)
        return ids

    def bill(
        self,
        sub: Sub,
        period_start: date,
        period_end: date,
        index_to: int | None,
        *,
        estimated: bool = False,
        credited: bool = False,
    ) -> str:
        bill_id = new_id()
        with self.uow() as uow:
            row = BillRow(
                id=bill_id, bill_number=f"F-{bill_id[:12]}", origin="billing",
                account_id=sub.account_id, subscription_id=sub.subscription_id,
                agency_id=sub.agency_id, period_label=period_end.strftime("%Y-%m"),
                issue_date=period_end, due_date=period_end + timedelta(days=15),
                currency_code="XOF", amount_minor=1000, created_at=self.clock.now(),
                kind="invoice", service="electricity", period_start=period_start,
                period_end=period_end, index_to=index_to, estimated=estimated,
            )  # fmt: skip
            uow.session.add(row)
            uow.session.flush()
            if credited:
                uow.session.add(
                    BillRow(
                        id=new_id(), bill_number=f"AV-{bill_id[:12]}", origin="billing",
                        account_id=sub.account_id, subscription_id=sub.subscription_id,
                        agency_id=sub.agency_id, period_label="", issue_date=period_end,
                        due_date=period_end, currency_code="XOF", amount_minor=-1000,
                        created_at=self.clock.now(), kind="credit_note", credits_bill_id=bill_id,
                    )
                )  # fmt: skip
        return bill_id

    def entry(
        self,
        sub: Sub,
        index: str,
        day: date = TODAY,
        *,
        field_code: str = "",
        register: str = "single",
        note: str = "",
    ) -> ReadingEntry:
        return ReadingEntry(sub.subscription_id, register, day, index, field_code, "field", note)


def build_readings(database_url: str) -> Readings:
    engine = make_engine(database_url)
    uow = UnitOfWorkFactory(engine)
    clock = ManualClock(START)
    audit = AuditTrail(clock)
    idempotency = Idempotency(clock, uow)
    Bootstrap(uow, clock, test_hasher(), audit).initialize(
        head_office_code="DKR", head_office_name="Dakar Plateau", admin_login="root", admin_name="R"
    )
    service = ReadingService(uow, clock, audit, idempotency)
    readings = Readings(uow, clock, service, ReadingFiles(uow, clock, audit, service))
    with uow() as work:
        seed_reference_data(work, clock)
        work.agencies.add(
            AgencyRow(
                id=new_id(), code="THS", name="Thiès Centre", region="", active=True, version=1,
                created_at=clock.now(),
            )
        )  # fmt: skip
        for code in ("DKR", "THS"):
            agency = work.agencies.by_code(code)
            assert agency is not None
            readings.agencies[code] = agency.id
    return readings
