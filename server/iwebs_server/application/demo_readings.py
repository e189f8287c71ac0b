"""Demo meter readings (FAC-3, FAC-4): for each metered, active or cut, conventional
subscription of the demo, validated monthly readings on the last day of the last six
months (written as rows, like the demo's carried-over bills), then the current period's
reading two days ago (in this month) entered through the use case, so that the validation
runs: most are validated, a few land in the worklist (a consumption far too high, no access, a meter
found stopped, a broken seal). A bill run of the last month or of this month then finds
a reading for each of them (docs/readings.md).

Consumptions are drawn per subscription (deterministic, from its number) around the
average of its tariff category (readings.category_daily_average)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import and_, func, select

from iwebs_server.application.audit_trail import AuditTrail, details
from iwebs_server.application.clock import Clock, new_id
from iwebs_server.application.idempotency import Idempotency
from iwebs_server.application.reading_context import rule_set
from iwebs_server.application.reading_views import ReadingEntry
from iwebs_server.application.readings import ReadingService
from iwebs_server.domain.errors import DomainError
from iwebs_server.domain.principal import system_principal
from iwebs_server.domain.reading_rules import parse_multiplier
from iwebs_server.persistence.repositories.reading_billing_reads import installation_index
from iwebs_server.persistence.tables.billing import MeterReadingRow
from iwebs_server.persistence.tables.customer_base import (
    MeterInstallationRow,
    MeterRow,
    PremiseRow,
    SubscriptionRow,
)
from iwebs_server.persistence.unit_of_work import UowFactory

HISTORY_MONTHS = 6
MAX_SUBSCRIPTIONS = 2_000  # a demo-data base of a million gets readings for the first ones
# the current reading of some subscriptions shows a case (the worklist is never empty):
# by position among the first ten, then one in twenty
CASES = {3: "high", 5: "INACCESSIBLE", 7: "STOPPED", 9: "SEAL_BROKEN"}


def _case_of(position: int) -> str:
    return CASES.get(position if position <= 10 else position % 20, "")


@dataclass(frozen=True)
class _Metered:
    subscription_id: str
    number: str
    agency_id: str
    round_id: str | None
    category: str
    meter_id: str
    digits: int
    multiplier: str
    installed_on: date
    indexes: str
    registers: tuple[str, ...]


def _month_ends(today: date, count: int) -> list[date]:
    """The last days of the `count` months before today's, oldest first."""
    ends = []
    day = today.replace(day=1) - timedelta(days=1)
    for _ in range(count):
        ends.append(day)
        day = day.replace(day=1) - timedelta(days=1)
    return sorted(ends)


def _draw(number: str, salt: str) -> float:
    digest = hashlib.sha256(f"{number}:{salt}".encode()).digest()
    return int.from_bytes(digest[:4], "big") / 2**32


class DemoReadings:
    def __init__(self, uow_factory: UowFactory, clock: Clock, audit: AuditTrail) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._audit = audit
        self._service = ReadingService(uow_factory, clock, audit, Idempotency(clock, uow_factory))
        self._who = system_principal("demo")

    def seed(self) -> int:
        """Adds the readings once (nothing when readings exist); returns how many."""
        with self._uow(read_only=True) as uow:
            if uow.session.scalar(select(func.count()).select_from(MeterReadingRow)):
                return 0
        metered = self._metered()
        today = self._clock.now().date()
        current = max(today - timedelta(days=2), today.replace(day=1))  # in this month
        ends = [d for d in _month_ends(today, HISTORY_MONTHS) if d < current]
        count = 0
        last: dict[tuple[str, str], int] = {}
        with self._uow() as uow:
            averages = rule_set(uow).category_per_day
            for m in metered:
                per_day = float(averages.get(m.category, Decimal(3))) * (
                    0.6 + 0.8 * _draw(m.number, "level")
                )
                multiplier = float(parse_multiplier(m.multiplier))
                for register in m.registers:
                    index = installation_index(m.indexes, register)
                    if index is None:
                        continue
                    previous_id: str | None = None
                    previous_day = m.installed_on
                    for end in ends:
                        if end <= m.installed_on:
                            continue
                        days = (end - previous_day).days
                        noise = 0.85 + 0.3 * _draw(m.number, f"{register}{end}")
                        advance = max(0, round(per_day * days * noise / multiplier))
                        index = (index + advance) % 10**m.digits
                        row = MeterReadingRow(
                            id=new_id(), subscription_id=m.subscription_id, meter_id=m.meter_id,
                            register_code=register, agency_id=m.agency_id, round_id=m.round_id,
                            reading_date=end, index_value=index, previous_reading_id=previous_id,
                            consumption=round(advance * multiplier), source="field",
                            field_code="", status="validated", case_codes="",
                            entered_at=self._clock.now(), review_note="", version=1,
                        )  # fmt: skip
                        uow.readings.add(row)
                        previous_id, previous_day = row.id, end
                        count += 1
                    last[(m.subscription_id, register)] = index
                    last[(m.subscription_id, f"{register}:day")] = previous_day.toordinal()
            self._audit.record(uow, "reading.demo_seed", details_json=details(readings=count))
        for position, m in enumerate(metered, start=1):
            for register in m.registers:
                if (m.subscription_id, register) not in last:
                    continue
                count += self._current(m, register, position, current, last)
        return count

    def _current(
        self, m: _Metered, register: str, position: int, day: date, last: dict[tuple[str, str], int]
    ) -> int:
        index = last[(m.subscription_id, register)]
        since = date.fromordinal(last[(m.subscription_id, f"{register}:day")])
        averages_day = Decimal(3)
        with self._uow(read_only=True) as uow:
            averages_day = rule_set(uow).category_per_day.get(m.category, averages_day)
        per_day = float(averages_day) * (0.6 + 0.8 * _draw(m.number, "level"))
        multiplier = float(parse_multiplier(m.multiplier))
        advance = round(per_day * max(1, (day - since).days) / multiplier)
        field_code = ""
        case = _case_of(position)
        if case == "high":
            advance *= 5
        elif case:
            field_code = case
        text = "" if case in ("INACCESSIBLE",) else str((index + advance) % 10**m.digits)
        if case == "STOPPED":
            text = str(index)
        entry = ReadingEntry(m.subscription_id, register, day, text, field_code, "field", "")
        try:
            self._service.enter(self._who, new_id(), entry)
        except DomainError:  # a subscription the demo left without a readable meter
            return 0
        return 1

    def _metered(self) -> list[_Metered]:
        with self._uow(read_only=True) as uow:
            query = (
                select(
                    SubscriptionRow.id, SubscriptionRow.subscription_number,
                    SubscriptionRow.agency_id, PremiseRow.round_id,
                    SubscriptionRow.tariff_category_code, MeterRow.id, MeterRow.digits,
                    MeterRow.multiplier, MeterInstallationRow.installed_on,
                    MeterInstallationRow.installation_indexes,
                )
                .join(PremiseRow, PremiseRow.id == SubscriptionRow.premise_id)
                .join(
                    MeterInstallationRow,
                    and_(
                        MeterInstallationRow.subscription_id == SubscriptionRow.id,
                        MeterInstallationRow.removed_on.is_(None),
                    ),
                )
                .join(MeterRow, MeterRow.id == MeterInstallationRow.meter_id)
                .where(
                    SubscriptionRow.status.in_(("active", "suspended")),
                    func.upper(SubscriptionRow.product_code) != "PREPAID",
                )
                .order_by(SubscriptionRow.subscription_number)
                .limit(MAX_SUBSCRIPTIONS)
            )  # fmt: skip
            rows = uow.session.execute(query).all()
            registers = uow.meters.registers([r[5] for r in rows])
        return [
            _Metered(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                r[6],
                r[7],
                r[8],
                r[9],
                tuple(reg.code for reg in registers.get(r[5], [])),
            )
            for r in rows
        ]
