"""Issuing bills (FAC-1, FAC-6, FAC-8, FAC-9): THE writer of `bills` for the billing module.

One `issue` call, inside the caller's transaction, for any number of bills:
- gap-free numbers taken at once per series from `number_series` (series code
  `BILL-<agency code>-<year of the bill date>`, number
  `<numbering.bill_prefix>-<agency code>-<year>-<0000001>`): the series row stays locked
  until the transaction ends and a rollback gives the numbers back;
- the `bills` rows and their `bill_lines` (tariff version, block, rule, ledger account);
- the ledger: one group per (agency, currency, bill date) of the call, source_type
  "billing": RECEIVABLE debited per bill (customer account and bill on the line), each
  ledger account of the lines credited by the sum of its lines; the group sums to zero;
- matching (lettrage, FAC-7) of the new bills with the accounts' credits;
- one outbox event `bill.issued` per bill (FAC-9) for the e-mail and SMS sender.

Rows go in bulk (COPY on PostgreSQL, executemany on SQLite): a constant number of
statements per call, whatever the number of bills.
"""

from __future__ import annotations

import json
import os
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from iwebs_server.application.clock import new_id
from iwebs_server.application.lettrage import Lettrage
from iwebs_server.application.parameters import ParameterReader
from iwebs_server.domain.tariff_engine import ComputedLine
from iwebs_server.persistence.unit_of_work import UnitOfWork

INVOICE, CREDIT_NOTE = "invoice", "credit_note"
RECEIVABLE = "RECEIVABLE"
BILL_ISSUED = "bill.issued"

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
    "created_at",
    "kind",
    "bill_run_id",
    "service",
    "period_start",
    "period_end",
    "reading_id",
    "index_from",
    "index_to",
    "consumption",
    "estimated",
    "credits_bill_id",
)
LINE_COLUMNS = (
    "bill_id",
    "line_no",
    "code",
    "kind",
    "label",
    "quantity",
    "unit",
    "unit_price",
    "amount_minor",
    "tariff_version_id",
    "block_no",
    "rule",
    "ledger_account",
)
LEDGER_COLUMNS = (
    "entry_group_id",
    "source_type",
    "agency_id",
    "ledger_account",
    "account_id",
    "bill_id",
    "currency_code",
    "amount_minor",
    "business_date",
    "created_at",
)
OUTBOX_COLUMNS = ("id", "topic", "aggregate_id", "agency_id", "payload_json", "created_at")


@dataclass(frozen=True)
class BillToIssue:
    subscription_id: str
    account_id: str
    agency_id: str
    service: str
    kind: str  # invoice | credit_note
    period_label: str
    period_start: date
    period_end: date
    bill_date: date
    due_date: date
    currency: str
    reading_id: str | None
    index_from: int | None
    index_to: int | None
    consumption: int | None
    estimated: bool
    lines: tuple[ComputedLine, ...]
    total_minor: int
    credits_bill_id: str | None = None


@dataclass(frozen=True)
class IssuedBill:
    bill_id: str
    bill_number: str
    account_id: str
    agency_id: str
    kind: str
    total_minor: int
    currency: str
    due_date: date
    subscription_id: str


class UnbalancedBill(ValueError):
    """A bill whose total is not the sum of its lines: never written."""


class AlreadyBilled(Exception):
    """Invoices whose subscription already has an issued, uncredited invoice over part of the
    same period (an individual bill and a run at the same moment): nothing was written or
    numbered; the caller leaves them out (a run's item: not billed ALREADY_BILLED)."""

    def __init__(self, subscription_ids: Sequence[str]) -> None:
        super().__init__(f"already billed: {', '.join(sorted(subscription_ids))}")
        self.subscription_ids = frozenset(subscription_ids)


def bill_series(agency_code: str, year: int) -> str:
    return f"BILL-{agency_code}-{year}"


def bill_number(prefix: str, agency_code: str, year: int, sequence: int) -> str:
    return f"{prefix}-{agency_code}-{year}-{sequence:07d}"


_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def new_ids(count: int) -> list[str]:
    """`count` time-ordered UUIDs (version 7, RFC 9562) as text, in increasing order: 48 bits
    of Unix milliseconds, then 74 random bits from one read of the system's randomness. The
    rows a bill run writes with them (bills, their lines, their outbox events) go to the
    right-hand end of their primary-key index instead of a random page of it, so a billing
    night touches and logs far fewer index pages (docs/billing.md, "Identifiers")."""
    millis = f"{time.time_ns() // 1_000_000:012x}"
    head = f"{millis[:8]}-{millis[8:]}-"
    raw = bytearray(os.urandom(10 * count))
    ids = []
    for start in range(0, 10 * count, 10):
        raw[start] = (raw[start] & 0x0F) | 0x70  # version 7
        raw[start + 2] = (raw[start + 2] & 0x3F) | 0x80  # RFC 9562 variant
        h = raw[start : start + 10].hex()
        ids.append(f"{head}{h[:4]}-{h[4:8]}-{h[8:]}")
    ids.sort()
    return ids


def decimal_text(value: Decimal) -> str:
    """Canonical decimal text ("136.49", "61.667"), never in exponent form. (Not cached by
    value: Decimal("82") == Decimal("82.00") would share one text.)"""
    return format(value, "f")


class BillWriter:
    def __init__(self, lettrage: Lettrage | None = None) -> None:
        self._lettrage = lettrage or Lettrage()
        self._parameters = ParameterReader()

    def issue(
        self, uow: UnitOfWork, bills: Sequence[BillToIssue], *, bill_run_id: str, now: datetime
    ) -> list[IssuedBill]:
        if not bills:
            return []
        for bill in bills:
            if bill.kind not in (INVOICE, CREDIT_NOTE):
                raise ValueError(f"unknown bill kind {bill.kind!r}")
            if sum(line.amount_minor for line in bill.lines) != bill.total_minor:
                raise UnbalancedBill(f"bill of {bill.subscription_id}: total != sum of lines")
        repository = uow.bill_runs
        bulk = repository.bulk
        codes = repository.agency_codes({b.agency_id for b in bills})
        prefix = str(self._parameters.effective(uow, "numbering.bill_prefix"))
        numbers = self._numbers(uow, bills, codes, prefix)
        created = bulk.instant_value(now)
        dates: dict[date, Any] = {}

        def db_date(value: date) -> Any:
            converted = dates.get(value)
            if converted is None:
                converted = dates[value] = bulk.date_value(value)
            return converted

        bill_rows: list[tuple[Any, ...]] = []
        line_rows: list[tuple[Any, ...]] = []
        outbox_rows: list[tuple[Any, ...]] = []
        issued: list[IssuedBill] = []
        # (agency, currency, bill date) -> [receivable lines], {ledger account: credit}
        groups: dict[tuple[str, str, date], tuple[list[tuple[str, str, int]], dict[str, int]]]
        groups = {}
        ids = new_ids(2 * len(bills))
        for index, (bill, number) in enumerate(zip(bills, numbers, strict=True)):
            bill_id, event_id = ids[2 * index], ids[2 * index + 1]
            bill_rows.append(
                (
                    bill_id,
                    number,
                    "billing",
                    bill.account_id,
                    bill.subscription_id,
                    bill.agency_id,
                    bill.period_label,
                    db_date(bill.bill_date),
                    db_date(bill.due_date),
                    bill.currency,
                    bill.total_minor,
                    created,
                    bill.kind,
                    bill_run_id,
                    bill.service,
                    db_date(bill.period_start),
                    db_date(bill.period_end),
                    bill.reading_id,
                    bill.index_from,
                    bill.index_to,
                    bill.consumption,
                    bill.estimated,
                    bill.credits_bill_id,
                )
            )
            key = (bill.agency_id, bill.currency, bill.bill_date)
            group = groups.get(key)
            if group is None:
                group = groups[key] = ([], defaultdict(int))
            group[0].append((bill.account_id, bill_id, bill.total_minor))
            credits = group[1]
            for line_no, line in enumerate(bill.lines, start=1):
                line_rows.append(
                    (
                        bill_id,
                        line_no,
                        line.code,
                        line.kind,
                        line.label,
                        decimal_text(line.quantity),
                        line.unit,
                        decimal_text(line.unit_price),
                        line.amount_minor,
                        line.tariff_version_id,
                        line.block_no,
                        line.rule,
                        line.ledger_account,
                    )
                )
                credits[line.ledger_account] += line.amount_minor
            outbox_rows.append(
                (
                    event_id,
                    BILL_ISSUED,
                    bill_id,
                    bill.agency_id,
                    bill_issued_payload(bill, bill_id, number),
                    created,
                )
            )
            issued.append(
                IssuedBill(
                    bill_id,
                    number,
                    bill.account_id,
                    bill.agency_id,
                    bill.kind,
                    bill.total_minor,
                    bill.currency,
                    bill.due_date,
                    bill.subscription_id,
                )
            )
        ledger_rows = _ledger_rows(groups, created, db_date)
        bulk.insert("bills", BILL_COLUMNS, bill_rows)
        bulk.insert("bill_lines", LINE_COLUMNS, line_rows)
        bulk.insert("ledger_entries", LEDGER_COLUMNS, ledger_rows)
        bulk.insert("outbox_events", OUTBOX_COLUMNS, outbox_rows)
        self._lettrage.match_new_bills(uow, issued, now)
        return issued

    def _numbers(
        self,
        uow: UnitOfWork,
        bills: Sequence[BillToIssue],
        codes: dict[str, str],
        prefix: str,
    ) -> list[str]:
        """Numbers in the order of `bills`, taken at once per series (gap-free)."""
        counts: dict[tuple[str, int], int] = defaultdict(int)
        for bill in bills:
            counts[(bill.agency_id, bill.bill_date.year)] += 1
        series_codes = {key: bill_series(codes[key[0]], key[1]) for key in sorted(counts)}
        for series in series_codes.values():
            uow.bill_runs.ensure_series(series)
            uow.bill_runs.lock_series(series)
        _refuse_already_billed(uow, bills)
        following: dict[tuple[str, int], int] = {}
        for key, series in series_codes.items():
            following[key] = uow.number_series.take(series, counts[key])
        numbers: list[str] = []
        for bill in bills:
            key = (bill.agency_id, bill.bill_date.year)
            sequence = following[key]
            following[key] = sequence + 1
            numbers.append(bill_number(prefix, codes[bill.agency_id], key[1], sequence))
        return numbers


def _refuse_already_billed(uow: UnitOfWork, bills: Sequence[BillToIssue]) -> None:
    """Under the series locks (taken by every issuer of the agency and year), no invoice may
    cover days of the same subscription that an issued, uncredited invoice already covers:
    a run's chunk and an individual bill racing for one subscription give one bill."""
    invoices = [b for b in bills if b.kind == INVOICE]
    if not invoices:
        return
    start = min(b.period_start for b in invoices)
    end = max(b.period_end for b in invoices)
    issued: dict[str, list[tuple[date, date]]] = defaultdict(list)
    for subscription_id, first, last in uow.bill_runs.issued_invoice_periods(
        {b.subscription_id for b in invoices}, start, end
    ):
        issued[subscription_id].append((first, last))
    clashing = [
        b.subscription_id
        for b in invoices
        if any(
            first <= b.period_end and last >= b.period_start
            for first, last in issued.get(b.subscription_id, ())
        )
    ]
    if clashing:
        raise AlreadyBilled(clashing)


def _ledger_rows(
    groups: dict[tuple[str, str, date], tuple[list[tuple[str, str, int]], dict[str, int]]],
    created: Any,
    db_date: Any,
) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    for (agency_id, currency, bill_date), (receivables, credits) in groups.items():
        group_id = new_id()
        business_date = db_date(bill_date)
        balance = 0
        for account_id, bill_id, amount in receivables:
            if amount:
                balance += amount
                rows.append(
                    (
                        group_id,
                        "billing",
                        agency_id,
                        RECEIVABLE,
                        account_id,
                        bill_id,
                        currency,
                        amount,
                        business_date,
                        created,
                    )
                )
        for ledger_account, amount in sorted(credits.items()):
            if amount:
                balance -= amount
                rows.append(
                    (
                        group_id,
                        "billing",
                        agency_id,
                        ledger_account,
                        None,
                        None,
                        currency,
                        -amount,
                        business_date,
                        created,
                    )
                )
        if balance != 0:
            raise UnbalancedBill(f"ledger group {group_id} does not sum to zero")
    return rows


def bill_issued_payload(bill: BillToIssue, bill_id: str, number: str) -> str:
    """What the bill says; whom to tell and how (e-mail, SMS, language, opt-ins) the sender
    reads from the account when it sends, so that a contact or an opt-out changed meanwhile
    is respected (and the run does not read the contacts of a million accounts).

    Written as text in one format (2-3 us a bill instead of 7 us through a dict): the
    generated id, the kind, the amount and the date need no escaping, every other text goes
    through the JSON encoder; the same object as `json.dumps` of the dict, keys in this
    order (test_bill_writer)."""
    return (
        f'{{"bill_id":"{bill_id}","bill_number":{_ENCODE(number)},'
        f'"account_id":{_ENCODE(bill.account_id)},"kind":"{bill.kind}",'
        f'"amount_minor":{int(bill.total_minor)},"currency":{_ENCODE(bill.currency)},'
        f'"due_date":"{bill.due_date.isoformat()}","period_label":{_ENCODE(bill.period_label)}}}'
    )
