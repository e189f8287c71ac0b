"""Frozen views and inputs of the agency cash desk (issue 4): what the cash use cases return
and take, shared by payments, sessions, supervision and deposits (one definition each;
rpc/converters/cash_converters.py turns them into iwebs.v1 messages of cash.proto).

Money is an integer of minor units with its currency code beside it (XOF/XAF: 1 franc = 1),
never a float. Kinds and statuses are the lower-case names stored in the tables
(persistence/tables/cash_desk.py): "open", "cash", "bill", "payment", ...
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class TenderTotalView:
    """A total of one tender kind (or of one PAYMENT_MODE code when `mode_code` is set)."""

    mode_kind: str
    currency_code: str
    amount_minor: int
    count: int = 0
    mode_code: str = ""


@dataclass(frozen=True)
class CashSessionView:
    cash_session_id: str
    agency_id: str
    agency_name: str
    workstation_id: str
    workstation_name: str
    cashier_user_id: str
    cashier_login: str
    cashier_name: str
    business_date: date
    currency_code: str
    opening_float_minor: int
    is_head_cashier: bool
    status: str  # open | closed
    opened_at: datetime
    closed_at: datetime | None = None
    totals: tuple[TenderTotalView, ...] = ()
    receipt_count: int = 0
    last_payment_at: datetime | None = None


@dataclass(frozen=True)
class TenderLine:
    """A tender as sent (input) or as recorded (view: `mode_kind` filled, and for a cash
    tender the amount is net of change)."""

    mode_code: str
    currency_code: str
    amount_minor: int
    bank_code: str = ""
    reference: str = ""
    drawer_name: str = ""
    cheque_date: date | None = None
    mode_kind: str = ""
    tender_id: str = ""


@dataclass(frozen=True)
class BillSelectionInput:
    bill_id: str
    currency_code: str
    amount_minor: int


@dataclass(frozen=True)
class FeeLineInput:
    fee_code: str
    currency_code: str
    amount_minor: int
    reference: str = ""


@dataclass(frozen=True)
class PaymentContentInput:
    """The content of a payment, the same for a preview and a payment (payment_service.proto
    PaymentContent). `account_id` empty: fees only, `payer_name` then required."""

    cash_session_id: str
    account_id: str
    payer_name: str
    currency_code: str
    amount_minor: int
    bills: tuple[BillSelectionInput, ...] = ()
    fees: tuple[FeeLineInput, ...] = ()
    tenders: tuple[TenderLine, ...] = ()


@dataclass(frozen=True)
class AllocationView:
    kind: str  # bill | advance | fee
    currency_code: str
    amount_minor: int
    bill_id: str = ""
    bill_number: str = ""
    period_label: str = ""
    due_date: date | None = None
    open_before_minor: int = 0
    fee_code: str = ""
    fee_label: str = ""
    fee_reference: str = ""


@dataclass(frozen=True)
class PayableBillView:
    bill_id: str
    bill_number: str
    period_label: str
    issue_date: date
    due_date: date
    currency_code: str
    amount_minor: int
    open_amount_minor: int
    overdue: bool


@dataclass(frozen=True)
class PayableItemsView:
    account_id: str
    account_number: str
    customer_name: str
    currency_code: str
    bills: tuple[PayableBillView, ...]
    total_open_minor: int
    advance_balance_minor: int


@dataclass(frozen=True)
class PaymentPreviewView:
    currency_code: str
    allocations: tuple[AllocationView, ...]
    tendered_minor: int
    change_minor: int


@dataclass(frozen=True)
class ReceiptView:
    """Everything needed to show and print a receipt (cash.proto Receipt)."""

    receipt_id: str
    receipt_number: str
    kind: str  # payment | cancellation | disbursement
    agency_id: str
    agency_name: str
    cash_session_id: str
    payment_id: str
    issued_at: datetime
    cashier_login: str
    cashier_name: str
    workstation_name: str
    currency_code: str
    amount_minor: int  # signed
    amount_in_words: str
    account_id: str = ""
    account_number: str = ""
    customer_name: str = ""
    payer_name: str = ""
    allocations: tuple[AllocationView, ...] = ()
    tenders: tuple[TenderLine, ...] = ()
    tendered_minor: int = 0
    change_minor: int = 0
    cancels_receipt_number: str = ""
    cancelled_by_receipt_number: str = ""
    reason: str = ""
    header_text: str = ""
    footer_text: str = ""
    hash: str = ""
    print_count: int = 0
    cancellation_pending: bool = False


@dataclass(frozen=True)
class PayResultView:
    receipt: ReceiptView
    replayed: bool


@dataclass(frozen=True)
class PrintResultView:
    receipt: ReceiptView
    copy_number: int

    @property
    def duplicate(self) -> bool:
        return self.copy_number > 1


@dataclass(frozen=True)
class ReceiptPageView:
    receipts: tuple[ReceiptView, ...]
    next_page_token: str = ""


@dataclass(frozen=True)
class CashMovementView:
    cash_movement_id: str
    cash_session_id: str
    kind: str  # opening_float | transfer_out | transfer_in | disbursement | difference
    currency_code: str
    amount_minor: int  # signed, as seen from the till
    created_at: datetime
    created_by_login: str = ""
    category_code: str = ""
    beneficiary: str = ""
    reason: str = ""
    counterpart_session_id: str = ""
    receipt_number: str = ""


@dataclass(frozen=True)
class DenominationCountView:
    denomination_code: str
    quantity: int
    currency_code: str = ""
    unit_value_minor: int = 0
    amount_minor: int = 0
    label: str = ""


@dataclass(frozen=True)
class TenderReconciliationView:
    mode_kind: str
    currency_code: str
    expected_minor: int
    counted_minor: int
    difference_minor: int


@dataclass(frozen=True)
class CashClosureView:
    closure_id: str
    agency_id: str
    sequence: int
    level: str  # session | day
    cash_session_id: str
    business_date: date
    currency_code: str
    tenders: tuple[TenderReconciliationView, ...]
    denominations: tuple[DenominationCountView, ...]
    receipt_count: int
    first_receipt_number: str
    last_receipt_number: str
    period_total_minor: int
    perpetual_total_minor: int
    expected_cash_minor: int
    counted_cash_minor: int
    difference_minor: int
    comment: str
    closed_at: datetime
    closed_by_login: str
    hash: str
