"""Receipts (CASH-01..03, CSH-4): the issuer that numbers and chains every receipt —
payments, cancellations and disbursement vouchers alike — and the printable view.

Numbering (CASH-02): a series per agency and year (the session's business year), id
"<agency code>-<year>", number = last + 1 taken under the series row's lock in the
transaction that writes the receipt: gap-free, one order. Chain (CASH-03): hash =
SHA-256(previous hash || canonical JSON of the receipt's fields), domain/cash_chain.py.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from iwebs_server.application.cash_views import AllocationView, ReceiptView, TenderLine
from iwebs_server.application.clock import Clock, new_id
from iwebs_server.application.parameters import effective_text
from iwebs_server.domain.amount_words import amount_in_words
from iwebs_server.domain.cash_chain import GENESIS_HASH, RECEIPT_FIELDS, receipt_hash
from iwebs_server.domain.parameters import REGISTRY, ParameterValue, ParameterValueError
from iwebs_server.domain.principal import Principal
from iwebs_server.domain.reference_tables import ReferenceTable
from iwebs_server.persistence.repositories.payment_repository import ReceiptLabels
from iwebs_server.persistence.tables.cash_desk import (
    AllocationRow,
    CashSessionRow,
    PaymentRow,
    PaymentTenderRow,
    ReceiptRow,
)
from iwebs_server.persistence.tables.customer_base import BillRow
from iwebs_server.persistence.tables.reference_data import GLOBAL_SCOPE, ParameterValueRow
from iwebs_server.persistence.unit_of_work import UnitOfWork

PAYMENT, CANCELLATION, DISBURSEMENT = "payment", "cancellation", "disbursement"
RECEIPT_KINDS = (PAYMENT, CANCELLATION, DISBURSEMENT)
# The approval kind of a receipt's cancellation (application/receipt_cancellation.py).
CANCELLATION_APPROVAL_KIND = "cash.receipt_cancellation"
HEADER_KEY, FOOTER_KEY = "cash.receipt_header", "cash.receipt_footer"


def series_id(agency_code: str, year: int) -> str:
    return f"{agency_code}-{year}"


def receipt_number(series: str, number: int) -> str:
    return f"{series}-{number:07d}"


def read_parameters(
    uow: UnitOfWork, agency_id: str, keys: Collection[str]
) -> dict[str, ParameterValue]:
    """The effective values of several parameters for an agency, read in one query (the
    same values as ParameterReader.effective, key by key)."""
    return parameter_values(
        uow.payments.parameter_rows(keys, [GLOBAL_SCOPE, agency_id]), agency_id, keys
    )


def parameter_values(
    rows: Sequence[ParameterValueRow], agency_id: str, keys: Collection[str]
) -> dict[str, ParameterValue]:
    """The effective values of `keys` for an agency from their stored rows."""
    values: dict[str, ParameterValue] = {}
    for key in keys:
        definition = REGISTRY[key]
        text, _source = effective_text(definition, [r for r in rows if r.key == key], agency_id)
        try:
            values[key] = definition.parse(text)
        except ParameterValueError:
            values[key] = definition.parse(definition.default)
    return values


class ReceiptIssuer:
    """Numbers, chains and writes a receipt in the caller's transaction (shared by payments,
    cancellations and disbursement vouchers); the series stays locked until the commit."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._agency_codes: dict[str, str] = {}  # an agency's code never changes

    def agency_code(self, uow: UnitOfWork, agency_id: str) -> str:
        code = self._agency_codes.get(agency_id)
        if code is None:
            agency = uow.agencies.get(agency_id)
            assert agency is not None, agency_id
            code = self._agency_codes[agency_id] = agency.code
        return code

    def issue(
        self,
        uow: UnitOfWork,
        *,
        session: CashSessionRow,
        kind: str,
        amount_minor: int,
        principal: Principal,
        payment_id: str | None = None,
        cash_movement_id: str | None = None,
        cancels_receipt_id: str | None = None,
        approval_request_id: str | None = None,
        account_id: str | None = None,
        reason: str = "",
        receipt_id: str | None = None,
        issued_at: datetime | None = None,
        agency_code: str | None = None,
        workstation_id: str | None = None,
    ) -> ReceiptRow:
        """The next receipt of the session's series (agency, business year): locks the
        series row until the commit, so call it as late as the transaction allows.
        `issued_by` is the principal; `workstation_id` defaults to the principal's (a
        cancellation approved elsewhere gives the till's)."""
        if kind not in RECEIPT_KINDS:
            raise ValueError(f"unknown receipt kind {kind}")
        code = agency_code or self.agency_code(uow, session.agency_id)
        year = session.business_date.year
        series = uow.payments.lock_series(
            series_id(code, year), session.agency_id, year, GENESIS_HASH
        )
        number = series.last_number + 1
        row = ReceiptRow(
            id=receipt_id or new_id(),
            series_id=series.id,
            number=number,
            receipt_number=receipt_number(series.id, number),
            kind=kind,
            agency_id=session.agency_id,
            cash_session_id=session.id,
            payment_id=payment_id,
            cash_movement_id=cash_movement_id,
            cancels_receipt_id=cancels_receipt_id,
            approval_request_id=approval_request_id,
            account_id=account_id,
            currency_code=session.currency_code,
            amount_minor=amount_minor,
            issued_at=issued_at or self._clock.now(),
            issued_by=principal.user_id,
            workstation_id=workstation_id or principal.workstation_id,
            reason=reason,
            previous_hash=series.last_hash,
        )
        row.hash = receipt_hash(series.last_hash, {f: getattr(row, f) for f in RECEIPT_FIELDS})
        series.last_number, series.last_hash = number, row.hash  # written at the commit
        uow.payments.write_now([row])  # now: rows that point at it (tenders, ...) come after
        return row


# -- the view ----------------------------------------------------------------------------
@dataclass(frozen=True)
class ReceiptParts:
    """What a receipt shows beside its own row, gathered by the caller."""

    labels: ReceiptLabels
    payment: PaymentRow | None
    tenders: Sequence[PaymentTenderRow]
    allocations: Sequence[AllocationRow]
    bills: Mapping[str, BillRow]
    fee_labels: Mapping[str, str]
    header: str
    footer: str
    open_before: Mapping[str, int]  # bill id -> open amount before this receipt
    cancels_number: str = ""
    cancelled_by_number: str = ""
    print_count: int = 0
    cancellation_pending: bool = False


_KIND_ORDER = {"fee": 0, "bill": 1, "advance": 2}


def tender_line(row: PaymentTenderRow, currency_code: str) -> TenderLine:
    return TenderLine(
        mode_code=row.mode_code,
        currency_code=currency_code,
        amount_minor=row.amount_minor,
        bank_code=row.bank_code,
        reference=row.reference,
        drawer_name=row.drawer_name,
        cheque_date=row.cheque_date,
        mode_kind=row.mode_kind,
        tender_id=row.id,
    )


def allocation_view(
    row: AllocationRow,
    currency_code: str,
    bills: Mapping[str, BillRow],
    fee_labels: Mapping[str, str],
    open_before: Mapping[str, int],
) -> AllocationView:
    bill = bills.get(row.bill_id or "")
    return AllocationView(
        kind=row.kind,
        currency_code=currency_code,
        amount_minor=row.amount_minor,
        bill_id=row.bill_id or "",
        bill_number=bill.bill_number if bill else "",
        period_label=bill.period_label if bill else "",
        due_date=bill.due_date if bill else None,
        open_before_minor=open_before.get(row.bill_id or "", 0),
        fee_code=row.fee_code,
        fee_label=fee_labels.get(row.fee_code, row.fee_code) if row.fee_code else "",
        fee_reference=row.fee_reference,
    )


def _due(bills: Mapping[str, BillRow], bill_id: str | None) -> str:
    bill = bills.get(bill_id or "")
    return bill.due_date.isoformat() if bill else ""


def receipt_view(row: ReceiptRow, parts: ReceiptParts) -> ReceiptView:
    currency = row.currency_code
    payment = parts.payment
    bills = parts.bills
    allocations = sorted(
        parts.allocations,
        key=lambda a: (
            _KIND_ORDER.get(a.kind, 3),
            _due(bills, a.bill_id),
            a.fee_code,
            a.id,
        ),
    )
    if row.kind == PAYMENT and payment is not None:
        tendered, change = payment.tendered_minor, payment.change_minor
    else:  # a cancellation gives back what the till kept: its negated tenders, no change
        tendered, change = sum(t.amount_minor for t in parts.tenders), 0
    return ReceiptView(
        receipt_id=row.id,
        receipt_number=row.receipt_number,
        kind=row.kind,
        agency_id=row.agency_id,
        agency_name=parts.labels.agency_name,
        cash_session_id=row.cash_session_id,
        payment_id=row.payment_id or "",
        issued_at=row.issued_at,
        cashier_login=parts.labels.cashier_login,
        cashier_name=parts.labels.cashier_name,
        workstation_name=parts.labels.workstation_name,
        currency_code=currency,
        amount_minor=row.amount_minor,
        amount_in_words=amount_in_words(row.amount_minor, currency),
        account_id=row.account_id or "",
        account_number=parts.labels.account_number,
        customer_name=parts.labels.customer_name,
        payer_name=payment.payer_name if payment else "",
        allocations=tuple(
            allocation_view(a, currency, bills, parts.fee_labels, parts.open_before)
            for a in allocations
        ),
        tenders=tuple(tender_line(t, currency) for t in parts.tenders),
        tendered_minor=tendered,
        change_minor=change,
        cancels_receipt_number=parts.cancels_number,
        cancelled_by_receipt_number=parts.cancelled_by_number,
        reason=row.reason,
        header_text=parts.header,
        footer_text=parts.footer,
        hash=row.hash,
        print_count=parts.print_count,
        cancellation_pending=parts.cancellation_pending,
    )


class ReceiptReader:
    """Views of stored receipts, a page at a time in a fixed number of queries."""

    def views(
        self, uow: UnitOfWork, rows: Sequence[ReceiptRow], *, with_open_before: bool = False
    ) -> list[ReceiptView]:
        if not rows:
            return []
        payments_repo = uow.payments
        ids = [row.id for row in rows]
        payments = payments_repo.payments([r.payment_id for r in rows if r.payment_id])
        tenders = payments_repo.tenders_of_receipts(ids)
        allocations = payments_repo.allocations_of_receipts(ids)
        all_allocations = [a for group in allocations.values() for a in group]
        bills = payments_repo.bills([a.bill_id for a in all_allocations if a.bill_id])
        fee_codes = {(ReferenceTable.MISC_FEE.value, a.fee_code) for a in all_allocations}
        items = payments_repo.reference_items({pair for pair in fee_codes if pair[1]})
        fee_labels = {code: item.label_fr for (_table, code), item in items.items()}
        numbers = payments_repo.receipt_numbers(
            [r.cancels_receipt_id for r in rows if r.cancels_receipt_id]
        )
        cancelled_by = payments_repo.cancelled_by(ids)
        prints = payments_repo.print_counts(ids)
        pending = payments_repo.pending_approvals(CANCELLATION_APPROVAL_KIND, ids)
        accounts = payments_repo.account_labels([r.account_id for r in rows if r.account_id])
        texts: dict[str, dict[str, ParameterValue]] = {}
        desks: dict[tuple[str, str, str], ReceiptLabels] = {}
        views = []
        for row in rows:
            if row.agency_id not in texts:
                texts[row.agency_id] = read_parameters(uow, row.agency_id, (HEADER_KEY, FOOTER_KEY))
            desk = (row.agency_id, row.issued_by, row.workstation_id)
            if desk not in desks:
                desks[desk] = payments_repo.receipt_labels(*desk, None)
            number, customer = accounts.get(row.account_id or "", ("", ""))
            labels = replace(desks[desk], account_number=number, customer_name=customer)
            mine = allocations.get(row.id, [])
            open_before = (
                payments_repo.open_before(row, [a.bill_id for a in mine if a.bill_id])
                if with_open_before
                else {}
            )
            parts = ReceiptParts(
                labels=labels,
                payment=payments.get(row.payment_id or ""),
                tenders=tenders.get(row.id, []),
                allocations=mine,
                bills=bills,
                fee_labels=fee_labels,
                header=str(texts[row.agency_id][HEADER_KEY]),
                footer=str(texts[row.agency_id][FOOTER_KEY]),
                open_before=open_before,
                cancels_number=numbers.get(row.cancels_receipt_id or "", ""),
                cancelled_by_number=cancelled_by.get(row.id, ""),
                print_count=prints.get(row.id, 0),
                cancellation_pending=row.id in pending,
            )
            views.append(receipt_view(row, parts))
        return views

    def view(self, uow: UnitOfWork, row: ReceiptRow) -> ReceiptView:
        return self.views(uow, [row], with_open_before=True)[0]
