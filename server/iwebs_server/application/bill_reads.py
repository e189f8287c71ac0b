"""Building the views of bills (list lines, one bill with its explanation) from stored rows
or from a bill just computed (a preview). Shared by the bill, document, individual billing
and correction use cases; each lookup is one query for a whole page."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Protocol

from iwebs_server.application.bill_views import (
    BillDetailView,
    BillLineView,
    BillMatchView,
    BillPaymentView,
    BillReadingView,
    BillSummaryView,
)
from iwebs_server.domain import rights
from iwebs_server.domain.errors import Forbidden
from iwebs_server.domain.principal import Principal
from iwebs_server.persistence.repositories.bill_repository import BillAndOpen
from iwebs_server.persistence.tables.customer_base import BillRow
from iwebs_server.persistence.unit_of_work import UnitOfWork

CORRECTION_APPROVAL_KIND = "billing.correction"
READ_RIGHTS = (rights.BILLING_READ, rights.CUSTOMERS_READ)
UNITS = {"electricity": "kWh", "water": "m3"}


def require_bill_reader(principal: Principal) -> None:
    """Bills and accounts are read with billing.read, or customers.read (the customer
    service answers a customer about a bill: docs/bills-and-accounts.md 7)."""
    if not any(principal.has(right) for right in READ_RIGHTS):
        raise Forbidden(
            "PERMISSION_DENIED",
            "the right billing.read or customers.read is required",
            metadata={"right": rights.BILLING_READ},
        )


class LineLike(Protocol):
    """A stored bill line (BillLineRow) or a computed one (tariff_engine.ComputedLine)."""

    @property
    def code(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def unit(self) -> str: ...
    @property
    def amount_minor(self) -> int: ...
    @property
    def tariff_version_id(self) -> str | None: ...
    @property
    def block_no(self) -> int | None: ...
    @property
    def rule(self) -> str: ...
    @property
    def ledger_account(self) -> str: ...


def summaries(uow: UnitOfWork, rows: Sequence[BillAndOpen], today: date) -> list[BillSummaryView]:
    """The list lines of bills, with the numbers they name, in a constant number of
    queries."""
    repo = uow.bill_records
    bills = [r.bill for r in rows]
    ids = [b.id for b in bills]
    accounts = repo.account_numbers({b.account_id for b in bills})
    subscriptions = repo.subscription_numbers({b.subscription_id or "" for b in bills})
    credited = repo.bill_rows({b.credits_bill_id or "" for b in bills})
    crediting = repo.crediting(ids)
    runs = repo.run_kinds({b.bill_run_id or "" for b in bills})
    pending = repo.pending_corrections(CORRECTION_APPROVAL_KIND, ids)
    views = []
    for row in rows:
        bill = row.bill
        target = credited.get(bill.credits_bill_id or "")
        note = crediting.get(bill.id)
        views.append(
            BillSummaryView(
                bill_id=bill.id,
                bill_number=bill.bill_number,
                kind=bill.kind,
                origin=bill.origin,
                account_id=bill.account_id,
                account_number=accounts.get(bill.account_id, ""),
                subscription_id=bill.subscription_id or "",
                subscription_number=subscriptions.get(bill.subscription_id or "", ""),
                service=bill.service,
                period_label=bill.period_label,
                period_start=bill.period_start,
                period_end=bill.period_end,
                issue_date=bill.issue_date,
                due_date=bill.due_date,
                currency_code=bill.currency_code,
                amount_minor=bill.amount_minor,
                open_minor=row.open_minor,
                overdue=bill.kind == "invoice" and row.open_minor > 0 and bill.due_date < today,
                estimated=bool(bill.estimated),
                consumption=bill.consumption,
                credits_bill_id=bill.credits_bill_id or "",
                credits_bill_number=target.bill_number if target else "",
                credited_by_bill_id=note.id if note else "",
                credited_by_bill_number=note.bill_number if note else "",
                correction_pending=bill.id in pending,
                agency_id=bill.agency_id,
                bill_run_id=bill.bill_run_id or "",
                bill_run_kind=runs.get(bill.bill_run_id or "", ""),
            )
        )
    return views


def line_views(uow: UnitOfWork, lines: Sequence[LineLike]) -> tuple[BillLineView, ...]:
    """Each line with the tariff version that produced it (one query)."""
    versions = uow.bill_records.tariff_versions({line.tariff_version_id or "" for line in lines})
    views = []
    for number, line in enumerate(lines, start=1):
        found = versions.get(line.tariff_version_id or "")
        version, tariff = found if found else (None, None)
        views.append(
            BillLineView(
                line_no=int(getattr(line, "line_no", number)),
                code=line.code,
                kind=line.kind,
                label=line.label,
                quantity=str(line.quantity),  # type: ignore[attr-defined]
                unit=line.unit,
                unit_price=str(line.unit_price),  # type: ignore[attr-defined]
                amount_minor=line.amount_minor,
                tariff_version_id=line.tariff_version_id or "",
                tariff_version_number=version.version_number if version else 0,
                tariff_code=tariff.code if tariff else "",
                tariff_name=tariff.name if tariff else "",
                tariff_valid_from=version.valid_from if version else None,
                block_no=line.block_no,
                rule=line.rule,
                ledger_account=line.ledger_account,
            )
        )
    return tuple(views)


def reading_view(uow: UnitOfWork, bill: BillRow) -> BillReadingView:
    """The reading a bill was computed from; the previous index is dated the day before
    the period (the previous bill's last day, or the meter's installation)."""
    repo = uow.bill_records
    reading = repo.reading(bill.reading_id) if bill.reading_id else None
    serial = ""
    if reading is not None:
        meter = repo.meter(reading.meter_id)
        serial = meter.serial if meter else ""
    # the previous index is the one at the end of the period before this one
    previous_date = bill.period_start - timedelta(days=1) if bill.period_start else None
    has_index = bill.index_to is not None
    return BillReadingView(
        reading_id=bill.reading_id or "",
        reading_date=reading.reading_date if reading else bill.period_end,
        previous_date=previous_date,
        has_index=has_index,
        index_from=bill.index_from or 0,
        index_to=bill.index_to or 0,
        consumption=bill.consumption or 0,
        estimated=bool(bill.estimated),
        meter_serial=serial,
        unit=UNITS.get(bill.service, ""),
    )


def detail(uow: UnitOfWork, row: BillAndOpen, today: date) -> BillDetailView:
    """One stored bill with its explanation, reading, matches and payments."""
    repo = uow.bill_records
    bill = row.bill
    (summary,) = summaries(uow, [row], today)
    matches = repo.matches_of(bill.id)
    numbers = repo.bill_rows(
        {m.bill_id for m in matches} | {m.source_bill_id or "" for m in matches}
    )
    match_views = tuple(
        BillMatchView(
            match_id=m.id,
            source_kind=m.source_kind,
            source_bill_id=m.source_bill_id or "",
            source_bill_number=numbers[m.source_bill_id].bill_number
            if m.source_bill_id in numbers
            else "",
            bill_id=m.bill_id,
            bill_number=numbers[m.bill_id].bill_number if m.bill_id in numbers else "",
            amount_minor=m.amount_minor,
            matched_at=m.matched_at,
        )
        for m in matches
    )
    payments = tuple(
        BillPaymentView(receipt.id, receipt.receipt_number, receipt.issued_at, a.amount_minor)
        for a, receipt in repo.payments_of(bill.id)
    )
    lines = line_views(uow, repo.lines(bill.id))
    return BillDetailView(
        summary=summary,
        lines=lines,
        reading=reading_view(uow, bill),
        matches=match_views,
        payments=payments,
        total_minor=sum(line.amount_minor for line in lines) if lines else bill.amount_minor,
    )
