"""subscriptions.csv: one service at one premise paid by one account (legacy-import.md 3.4)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from iwebs_server.application.legacy_import import report as r
from iwebs_server.application.legacy_import.context import ImportContext
from iwebs_server.application.legacy_import.fields import Row
from iwebs_server.application.legacy_import.kinds.base import KindImport
from iwebs_server.application.legacy_import.writer import BulkWriter
from iwebs_server.domain.account_numbers import prefixed_number
from iwebs_server.domain.customer_base import BillingPeriodicity, Service, SubscriptionStatus
from iwebs_server.domain.reference_tables import ReferenceTable
from iwebs_server.persistence.tables.customer_base import (
    CustomerAccountRow,
    PremiseRow,
    SubscriptionRow,
)
from iwebs_server.persistence.unit_of_work import UnitOfWork

SERIES = "subscription"
PREFIX = "S"
SERVICES = tuple(s.value for s in Service)
PERIODICITIES = tuple(p.value for p in BillingPeriodicity)
STATUSES = tuple(s.value for s in SubscriptionStatus)
SUBSCRIPTION_COLUMNS = (
    "id",
    "subscription_number",
    "account_id",
    "premise_id",
    "agency_id",
    "service",
    "product_code",
    "tariff_category_code",
    "subscribed_power_va",
    "calibre_code",
    "billing_periodicity",
    "status",
    "requested_on",
    "activated_on",
    "suspended_on",
    "terminated_on",
    "legacy_reference",
    "version",
    "created_at",
    "updated_at",
)


@dataclass(slots=True)
class _Subscription:
    line: int
    id: str
    reference: str
    account_reference: str
    premise_reference: str
    service: str
    product_code: str
    tariff_category_code: str
    power_va: int | None
    calibre_code: str
    periodicity: str
    status: str
    requested_on: date | None
    activated_on: date | None
    suspended_on: date | None
    terminated_on: date | None
    account_id: str = ""
    premise_id: str = ""
    agency_id: str = ""
    customer_id: str = ""


class SubscriptionsImport(KindImport):
    kind = "subscriptions"
    file_name = "subscriptions.csv"
    required = (
        "legacy_reference",
        "account_reference",
        "premise_reference",
        "service",
        "product_code",
        "tariff_category_code",
        "billing_periodicity",
        "status",
        "requested_on",
    )
    optional = (
        "subscribed_power_va",
        "calibre_code",
        "activated_on",
        "suspended_on",
        "terminated_on",
    )

    def __init__(self, ctx: ImportContext) -> None:
        super().__init__(ctx)
        self.records: list[_Subscription] = []
        self._products = ctx.codes(ReferenceTable.PRODUCT)
        self._tariffs = ctx.codes(ReferenceTable.TARIFF_CATEGORY)
        self._calibres = ctx.codes(ReferenceTable.CALIBRE)
        # (premise reference, service) -> line of its live (not terminated) subscription
        self._live: dict[tuple[str, str], int] = {}

    def parse(self, row: Row) -> None:
        reference = self.own_key(row)
        account = row.reference("account_reference")
        premise = row.reference("premise_reference")
        service = row.choice("service", SERVICES)
        product = row.code("product_code", ReferenceTable.PRODUCT, self._products, required=True)
        tariff = row.code(
            "tariff_category_code", ReferenceTable.TARIFF_CATEGORY, self._tariffs, required=True
        )
        power = row.integer("subscribed_power_va", 1, 10_000_000)
        if power is not None and service == Service.WATER:
            row.fail(
                "subscribed_power_va",
                r.INCONSISTENT,
                "a power is for electricity only",
                row.raw("subscribed_power_va"),
            )
        calibre = row.code("calibre_code", ReferenceTable.CALIBRE, self._calibres, required=False)
        if calibre and service == Service.ELECTRICITY:
            row.fail("calibre_code", r.INCONSISTENT, "a calibre is for water only", calibre)
        periodicity = row.choice("billing_periodicity", PERIODICITIES)
        status = row.choice("status", STATUSES)
        requested = row.day("requested_on", required=True)
        activated = row.day(
            "activated_on",
            required=status in (SubscriptionStatus.ACTIVE, SubscriptionStatus.SUSPENDED),
        )
        suspended = row.day("suspended_on", required=status == SubscriptionStatus.SUSPENDED)
        terminated = row.day("terminated_on", required=status == SubscriptionStatus.TERMINATED)
        if suspended and status != SubscriptionStatus.SUSPENDED:
            row.fail(
                "suspended_on",
                r.INCONSISTENT,
                "only a suspended subscription has this date",
                row.raw("suspended_on"),
            )
        if terminated and status != SubscriptionStatus.TERMINATED:
            row.fail(
                "terminated_on",
                r.INCONSISTENT,
                "only a terminated subscription has this date",
                row.raw("terminated_on"),
            )
        if activated and status == SubscriptionStatus.REQUESTED:
            row.fail(
                "activated_on",
                r.INCONSISTENT,
                "a requested subscription is not active yet",
                row.raw("activated_on"),
            )
        self._after(row, "activated_on", activated, requested, "requested_on")
        self._after(row, "suspended_on", suspended, activated, "activated_on")
        self._after(
            row,
            "terminated_on",
            terminated,
            activated or requested,
            "activated_on" if activated else "requested_on",
        )
        if row.ok and status != SubscriptionStatus.TERMINATED:
            first = self._live.setdefault((premise, service), row.line)
            if first != row.line:
                row.fail(
                    "premise_reference", r.INCONSISTENT,
                    f"a second live {service} subscription at this premise (line {first})",
                    premise,
                )  # fmt: skip
        if row.ok:
            self.records.append(
                _Subscription(
                    row.line,
                    self.ctx.new_id(),
                    reference,
                    account,
                    premise,
                    service,
                    product,
                    tariff,
                    power,
                    calibre,
                    periodicity,
                    status,
                    requested,
                    activated,
                    suspended,
                    terminated,
                )
            )

    @staticmethod
    def _after(row: Row, column: str, later: date | None, earlier: date | None, other: str) -> None:
        if later and earlier and later < earlier:
            row.fail(column, r.INCONSISTENT, f"before {other}", later.isoformat())

    def check_references(self) -> None:
        ctx = self.ctx
        self.reject_existing(SubscriptionRow.legacy_reference)
        accounts = ctx.lookup(
            CustomerAccountRow.legacy_reference,
            (
                CustomerAccountRow.id,
                CustomerAccountRow.agency_id,
                CustomerAccountRow.customer_id,
                CustomerAccountRow.is_group,
            ),
            {s.account_reference for s in self.records},
        )
        premises = ctx.lookup(
            PremiseRow.legacy_reference,
            (PremiseRow.id, PremiseRow.agency_id),
            {s.premise_reference for s in self.records},
        )
        for s in self.records:
            account = accounts.get(s.account_reference)
            if account is None or not ctx.in_scope(account[1]):
                self.unknown(s.line, "account_reference", s.account_reference, "account")
            elif account[3]:
                ctx.report.reject(
                    s.line,
                    "account_reference",
                    r.INCONSISTENT,
                    "a grouped account pays for its members' subscriptions, it has none",
                    s.account_reference,
                )
            else:
                s.account_id, s.customer_id = account[0], account[2]
            premise = premises.get(s.premise_reference)
            if premise is None or not ctx.in_scope(premise[1]):
                self.unknown(s.line, "premise_reference", s.premise_reference, "premise")
            else:
                s.premise_id, s.agency_id = premise
        self._reject_second_live_subscriptions()

    def _reject_second_live_subscriptions(self) -> None:
        """One live subscription per service at a premise, as CreateSubscription says."""
        live = {
            (premise_id, service)
            for service, premise_id in self.ctx.pairs(
                SubscriptionRow.service,
                SubscriptionRow.premise_id,
                {s.premise_id for s in self.records if s.premise_id},
                SubscriptionRow.status != SubscriptionStatus.TERMINATED,
            )
        }
        for s in self.records:
            if s.status != SubscriptionStatus.TERMINATED and (s.premise_id, s.service) in live:
                self.ctx.report.reject(
                    s.line, "premise_reference", r.INCONSISTENT,
                    f"the premise already has a live {s.service} subscription",
                    s.premise_reference,
                )  # fmt: skip

    def write(self, writer: BulkWriter, uow: UnitOfWork) -> int:
        first = uow.number_series.take(SERIES, len(self.records)) if self.records else 0
        now = self.ctx.now

        def rows() -> Iterator[tuple[Any, ...]]:
            for i, s in enumerate(self.records):
                yield (
                    s.id,
                    prefixed_number(PREFIX, first + i),
                    s.account_id,
                    s.premise_id,
                    s.agency_id,
                    s.service,
                    s.product_code,
                    s.tariff_category_code,
                    s.power_va,
                    s.calibre_code,
                    s.periodicity,
                    s.status,
                    s.requested_on,
                    s.activated_on,
                    s.suspended_on,
                    s.terminated_on,
                    s.reference,
                    1,
                    now,
                    now,
                )

        count = writer.records(SubscriptionRow, SUBSCRIPTION_COLUMNS, rows())
        writer.history(
            ("subscription", s.id, s.agency_id, s.customer_id, s.reference) for s in self.records
        )
        return count
