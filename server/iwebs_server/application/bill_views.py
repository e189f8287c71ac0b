"""What the bill and account use cases answer (frozen views; rpc/converters/bill_converters.py
turns them into bill_service.proto messages). Amounts are int minor units of
`currency_code`; quantities and prices decimal text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class BillSummaryView:
    bill_id: str
    bill_number: str
    kind: str  # invoice | credit_note
    origin: str  # legacy | billing
    account_id: str
    account_number: str
    subscription_id: str
    subscription_number: str
    service: str
    period_label: str
    period_start: date | None
    period_end: date | None
    issue_date: date
    due_date: date
    currency_code: str
    amount_minor: int
    open_minor: int  # invoice: still to pay; credit note: - credit left
    overdue: bool
    estimated: bool
    consumption: int | None
    credits_bill_id: str
    credits_bill_number: str
    credited_by_bill_id: str
    credited_by_bill_number: str
    correction_pending: bool
    agency_id: str
    bill_run_id: str
    bill_run_kind: str


@dataclass(frozen=True)
class BillLineView:
    line_no: int
    code: str
    kind: str
    label: str
    quantity: str
    unit: str
    unit_price: str
    amount_minor: int
    tariff_version_id: str
    tariff_version_number: int
    tariff_code: str
    tariff_name: str
    tariff_valid_from: date | None
    block_no: int | None
    rule: str
    ledger_account: str


@dataclass(frozen=True)
class BillMatchView:
    match_id: str
    source_kind: str  # advance | credit_note | deposit | deposit_release
    source_bill_id: str
    source_bill_number: str
    bill_id: str
    bill_number: str
    amount_minor: int
    matched_at: datetime


@dataclass(frozen=True)
class BillPaymentView:
    receipt_id: str
    receipt_number: str
    paid_at: datetime
    amount_minor: int


@dataclass(frozen=True)
class BillReadingView:
    reading_id: str
    reading_date: date | None
    previous_date: date | None
    has_index: bool
    index_from: int
    index_to: int
    consumption: int
    estimated: bool
    meter_serial: str
    unit: str


@dataclass(frozen=True)
class BillDetailView:
    summary: BillSummaryView
    lines: tuple[BillLineView, ...]
    reading: BillReadingView
    matches: tuple[BillMatchView, ...]
    payments: tuple[BillPaymentView, ...]
    total_minor: int


@dataclass(frozen=True)
class AccountPositionView:
    """balance = open_bills - credit_notes_left - advance (> 0: owed; < 0: in credit)."""

    account_id: str
    account_number: str
    customer_name: str
    agency_id: str
    currency_code: str
    balance_minor: int
    open_bills_minor: int
    overdue_minor: int
    credit_notes_left_minor: int
    advance_minor: int
    deposit_held_minor: int
    open_bill_count: int


@dataclass(frozen=True)
class AccountOpenItemsView:
    position: AccountPositionView
    open_items: tuple[BillSummaryView, ...]


@dataclass(frozen=True)
class StatementLineView:
    day: date
    kind: str  # bill | credit_note | payment | payment_cancellation | refund | match
    reference: str
    description: str
    amount_minor: int
    matched_minor: int
    running_balance_minor: int
    object_id: str
    recorded_at: datetime


@dataclass(frozen=True)
class StatementView:
    account_id: str
    account_number: str
    customer_name: str
    currency_code: str
    opening_balance_minor: int
    lines: tuple[StatementLineView, ...]
    closing_balance_minor: int
    next_page_token: str


@dataclass(frozen=True)
class BillPage:
    bills: tuple[BillSummaryView, ...]
    next_page_token: str


@dataclass(frozen=True)
class ConsumptionPointView:
    period_label: str
    period_start: date | None
    period_end: date | None
    consumption: int
    estimated: bool


@dataclass(frozen=True)
class BillDocumentLineView:
    label: str
    block_no: int | None
    quantity: str
    unit: str
    unit_price: str
    amount_minor: int
    kind: str
    rule: str


@dataclass(frozen=True)
class BillDocumentView:
    bill_id: str
    bill_number: str
    kind: str
    title: str
    credits_bill_number: str
    agency_code: str
    agency_name: str
    agency_region: str
    header: str
    customer_number: str
    customer_name: str
    billing_address: str
    account_number: str
    account_check_digit: str
    subscription_number: str
    tariff_category_code: str
    tariff_category_label: str
    subscribed_power_va: int | None
    premise_number: str
    premise_address: str
    service: str
    period_label: str
    period_start: date | None
    period_end: date | None
    period_days: int
    issue_date: date
    due_date: date
    reading: BillReadingView
    lines: tuple[BillDocumentLineView, ...]
    currency_code: str
    subtotal_before_taxes_minor: int
    taxes_minor: int
    total_minor: int
    balance_carried_minor: int
    total_to_pay_minor: int
    settled_by_credits_minor: int
    consumption_history: tuple[ConsumptionPointView, ...]
    notices: tuple[str, ...]
    footer: str


@dataclass(frozen=True)
class IndividualBillView:
    bill: BillDetailView
    preview: bool
    controls: tuple[str, ...]
    bill_run_id: str
    replayed: bool
    deposit_matched_minor: int = 0
    deposit_released_minor: int = 0
