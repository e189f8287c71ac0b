"""accounts.csv: the payers, numbered with a Luhn check digit (docs/legacy-import.md 3.2)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from iwebs_server.application.legacy_import import report as r
from iwebs_server.application.legacy_import.context import ImportContext
from iwebs_server.application.legacy_import.fields import Row
from iwebs_server.application.legacy_import.kinds.base import KindImport
from iwebs_server.application.legacy_import.writer import BulkWriter
from iwebs_server.domain.account_numbers import account_number
from iwebs_server.domain.customer_base import AccountStatus
from iwebs_server.persistence.tables.customer_base import CustomerAccountRow, CustomerRow
from iwebs_server.persistence.unit_of_work import UnitOfWork

SERIES = "account"
STATUSES = tuple(s.value for s in AccountStatus)
ACCOUNT_COLUMNS = (
    "id",
    "account_number",
    "customer_id",
    "agency_id",
    "currency_code",
    "status",
    "is_group",
    "group_account_id",
    "billing_address_line",
    "billing_district",
    "billing_city",
    "billing_postal_box",
    "legacy_reference",
    "version",
    "created_at",
    "updated_at",
)


@dataclass(slots=True)
class _Account:
    line: int
    id: str
    reference: str
    customer_reference: str
    agency_id: str
    currency: str
    status: str
    is_group: bool
    group_reference: str
    address_line: str
    district: str
    city: str
    postal_box: str
    customer_id: str = ""
    group_account_id: str | None = None


class AccountsImport(KindImport):
    kind = "accounts"
    file_name = "accounts.csv"
    required = ("legacy_reference", "customer_reference", "currency")
    optional = (
        "agency_code",
        "status",
        "is_group",
        "group_reference",
        "billing_address_line",
        "billing_district",
        "billing_city",
        "billing_postal_box",
    )

    def __init__(self, ctx: ImportContext) -> None:
        super().__init__(ctx)
        self.records: list[_Account] = []

    def parse(self, row: Row) -> None:
        reference = self.own_key(row)
        customer = row.reference("customer_reference")
        agency_id = self.ctx.agency(row, "agency_code", required=False)
        currency = row.currency("currency")
        status = row.choice("status", STATUSES, required=False, default=AccountStatus.ACTIVE)
        is_group = row.boolean("is_group")
        group = row.reference("group_reference", required=False)
        if group and is_group:
            row.fail("group_reference", r.INCONSISTENT, "a grouped account has no group", group)
        if group and group == reference:
            row.fail("group_reference", r.INCONSISTENT, "an account is not its own group", group)
        line1 = row.text("billing_address_line", 200)
        district = row.text("billing_district", 100)
        city = row.text("billing_city", 100)
        box = row.text("billing_postal_box", 50)
        if row.ok:
            self.records.append(
                _Account(
                    row.line,
                    self.ctx.new_id(),
                    reference,
                    customer,
                    agency_id,
                    currency,
                    status,
                    is_group,
                    group,
                    line1,
                    district,
                    city,
                    box,
                )
            )

    def check_references(self) -> None:
        ctx = self.ctx
        self.reject_existing(CustomerAccountRow.legacy_reference)
        customers = ctx.lookup(
            CustomerRow.legacy_reference,
            (CustomerRow.id, CustomerRow.agency_id),
            {a.customer_reference for a in self.records},
        )
        in_file = {a.reference: a for a in self.records}
        outside = ctx.lookup(
            CustomerAccountRow.legacy_reference,
            (
                CustomerAccountRow.id,
                CustomerAccountRow.is_group,
                CustomerAccountRow.currency_code,
                CustomerAccountRow.agency_id,
            ),
            {a.group_reference for a in self.records if a.group_reference} - in_file.keys(),
        )
        for a in self.records:
            found = customers.get(a.customer_reference)
            if found is None or not ctx.in_scope(found[1]):
                self.unknown(a.line, "customer_reference", a.customer_reference, "customer")
                continue
            a.customer_id = found[0]
            a.agency_id = a.agency_id or found[1]
            if not a.group_reference:
                continue
            group = in_file.get(a.group_reference)
            if group is not None:
                group_id, is_group, currency = group.id, group.is_group, group.currency
            elif (other := outside.get(a.group_reference)) and ctx.in_scope(other[3]):
                group_id, is_group, currency = other[0], other[1], other[2]
            else:
                self.unknown(a.line, "group_reference", a.group_reference, "account")
                continue
            if not is_group:
                ctx.report.reject(
                    a.line,
                    "group_reference",
                    r.INCONSISTENT,
                    "the account named is not a grouped account",
                    a.group_reference,
                )
            elif currency != a.currency:
                ctx.report.reject(
                    a.line,
                    "currency",
                    r.INCONSISTENT,
                    "not the currency of its grouped account",
                    a.currency,
                )
            a.group_account_id = group_id

    def write(self, writer: BulkWriter, uow: UnitOfWork) -> int:
        first = uow.number_series.take(SERIES, len(self.records)) if self.records else 0
        numbers = {a.id: account_number(first + i) for i, a in enumerate(self.records)}
        now = self.ctx.now

        def rows(groups: bool) -> Iterator[tuple[Any, ...]]:
            for a in self.records:
                if a.is_group == groups:
                    yield (
                        a.id,
                        numbers[a.id],
                        a.customer_id,
                        a.agency_id,
                        a.currency,
                        a.status,
                        a.is_group,
                        a.group_account_id,
                        a.address_line,
                        a.district,
                        a.city,
                        a.postal_box,
                        a.reference,
                        1,
                        now,
                        now,
                    )

        # groups first: their members point at them
        table = CustomerAccountRow
        count = writer.records(table, ACCOUNT_COLUMNS, rows(True))
        count += writer.records(table, ACCOUNT_COLUMNS, rows(False))
        writer.history(
            ("account", a.id, a.agency_id, a.customer_id, a.reference) for a in self.records
        )
        return count
