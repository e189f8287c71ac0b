"""open_bills.csv: the opening balances, bills still unpaid at go-live (legacy-import.md 3.6).

They go into the append-only `bills` table with origin "legacy": what the cash desk
collects until billing runs."""

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
from iwebs_server.domain.account_numbers import is_valid_account_number
from iwebs_server.persistence.tables.customer_base import (
    BillRow,
    CustomerAccountRow,
    SubscriptionRow,
)
from iwebs_server.persistence.unit_of_work import UnitOfWork

ORIGIN = "legacy"
BILL_COLUMNS = (
    "id",
    "bill_number",
    "origin",
    "account_id",
    "subscription_id",
    "agency_id",
    "period_label",
    "issue_date",
    "due_date",
    "currency_code",
    "amount_minor",
    "import_batch_id",
    "created_at",
)
_ACCOUNT_COLUMNS = (
    CustomerAccountRow.id,
    CustomerAccountRow.currency_code,
    CustomerAccountRow.agency_id,
    CustomerAccountRow.customer_id,
)


@dataclass(slots=True)
class _Bill:
    line: int
    id: str
    number: str
    account_reference: str
    account_number: str
    subscription_reference: str
    period: str
    issue_date: date | None
    due_date: date | None
    amount: int
    currency: str
    account_id: str = ""
    subscription_id: str | None = None
    agency_id: str = ""
    customer_id: str = ""


class OpenBillsImport(KindImport):
    kind = "open_bills"
    file_name = "open_bills.csv"
    key_column = "bill_number"
    required = ("bill_number", "issue_date", "due_date", "amount", "currency")
    optional = ("account_reference", "account_number", "subscription_reference", "period")

    def __init__(self, ctx: ImportContext) -> None:
        super().__init__(ctx)
        self.records: list[_Bill] = []

    def parse(self, row: Row) -> None:
        number = self.own_key(row, 32)
        reference = row.reference("account_reference", required=False)
        account_number = row.raw("account_number").replace(" ", "")
        if not reference and not account_number:
            row.fail(
                "account_reference", r.REQUIRED, "account_reference or account_number is required"
            )
        if account_number and not is_valid_account_number(account_number):
            row.fail(
                "account_number",
                r.INVALID_FORMAT,
                "10 digits whose last is the Luhn check digit",
                account_number,
            )
        subscription = row.reference("subscription_reference", required=False)
        period = row.period("period")
        issued = row.day("issue_date", required=True)
        due = row.day("due_date", required=True, future_ok=True)
        if issued and due and due < issued:
            row.fail("due_date", r.INCONSISTENT, "before issue_date", due.isoformat())
        amount = row.amount("amount")
        currency = row.currency("currency")
        if row.ok:
            self.records.append(
                _Bill(
                    row.line,
                    self.ctx.new_id(),
                    number,
                    reference,
                    account_number,
                    subscription,
                    period,
                    issued,
                    due,
                    amount,
                    currency,
                )
            )

    def check_references(self) -> None:
        ctx = self.ctx
        self.reject_existing(BillRow.bill_number)
        by_reference = ctx.lookup(
            CustomerAccountRow.legacy_reference,
            _ACCOUNT_COLUMNS,
            {b.account_reference for b in self.records if b.account_reference},
        )
        by_number = ctx.lookup(
            CustomerAccountRow.account_number,
            _ACCOUNT_COLUMNS,
            {b.account_number for b in self.records if b.account_number},
        )
        subscriptions = ctx.lookup(
            SubscriptionRow.legacy_reference,
            (SubscriptionRow.id, SubscriptionRow.account_id),
            {b.subscription_reference for b in self.records if b.subscription_reference},
        )
        for b in self.records:
            account = None
            if b.account_reference:
                account = by_reference.get(b.account_reference)
                if account is None or not ctx.in_scope(account[2]):
                    self.unknown(b.line, "account_reference", b.account_reference, "account")
                    continue
            if b.account_number:
                other = by_number.get(b.account_number)
                if other is None or not ctx.in_scope(other[2]):
                    self.unknown(b.line, "account_number", b.account_number, "account")
                    continue
                if account is not None and other[0] != account[0]:
                    ctx.report.reject(
                        b.line,
                        "account_number",
                        r.INCONSISTENT,
                        "not the account of account_reference",
                        b.account_number,
                    )
                    continue
                account = other
            assert account is not None
            b.account_id, b.agency_id, b.customer_id = account[0], account[2], account[3]
            if account[1] != b.currency:
                ctx.report.reject(
                    b.line,
                    "currency",
                    r.INCONSISTENT,
                    f"the account is in {account[1]}",
                    b.currency,
                )
            if b.subscription_reference:
                sub = subscriptions.get(b.subscription_reference)
                if sub is None:
                    self.unknown(
                        b.line, "subscription_reference", b.subscription_reference, "subscription"
                    )
                elif sub[1] != b.account_id:
                    ctx.report.reject(
                        b.line,
                        "subscription_reference",
                        r.INCONSISTENT,
                        "a subscription of another account",
                        b.subscription_reference,
                    )
                else:
                    b.subscription_id = sub[0]

    def write(self, writer: BulkWriter, uow: UnitOfWork) -> int:
        now, batch = self.ctx.now, self.ctx.batch_id

        def rows() -> Iterator[tuple[Any, ...]]:
            for b in self.records:
                yield (
                    b.id,
                    b.number,
                    ORIGIN,
                    b.account_id,
                    b.subscription_id,
                    b.agency_id,
                    b.period,
                    b.issue_date,
                    b.due_date,
                    b.currency,
                    b.amount,
                    batch,
                    now,
                )

        count = writer.records(BillRow, BILL_COLUMNS, rows())
        writer.history(("bill", b.id, b.agency_id, b.customer_id, b.number) for b in self.records)
        return count
