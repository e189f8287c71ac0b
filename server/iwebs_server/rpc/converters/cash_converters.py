"""Cash desk views to and from iwebs.v1 messages (cash.proto, payment_service.proto).

Shared by every cash servicer: Money, Tender, Allocation, Receipt, CashSession, TenderTotal,
CashMovement, DenominationCount, TenderReconciliation, CashClosure. Inputs keep each
Money's currency as sent: the use case compares it with the session's (a field error).
"""

from __future__ import annotations

from iwebs.v1 import cash_pb2 as pb
from iwebs.v1 import common_pb2
from iwebs.v1 import payment_service_pb2 as pay_pb
from iwebs_server.application.cash_views import (
    AllocationView,
    BillSelectionInput,
    CashClosureView,
    CashMovementView,
    CashSessionView,
    DenominationCountView,
    FeeLineInput,
    PayableBillView,
    PayableItemsView,
    PaymentContentInput,
    PaymentPreviewView,
    ReceiptView,
    TenderLine,
    TenderReconciliationView,
    TenderTotalView,
)
from iwebs_server.rpc.converters.common import timestamp
from iwebs_server.rpc.converters.customer_base import date_pb, to_date

SESSION_STATUSES = {
    "open": pb.CASH_SESSION_STATUS_OPEN,
    "closed": pb.CASH_SESSION_STATUS_CLOSED,
}
ALLOCATION_KINDS = {
    "bill": pb.ALLOCATION_KIND_BILL,
    "advance": pb.ALLOCATION_KIND_ADVANCE,
    "fee": pb.ALLOCATION_KIND_FEE,
}
RECEIPT_KINDS = {
    "payment": pb.RECEIPT_KIND_PAYMENT,
    "cancellation": pb.RECEIPT_KIND_CANCELLATION,
    "disbursement": pb.RECEIPT_KIND_DISBURSEMENT,
}
CLOSURE_LEVELS = {"session": pb.CLOSURE_LEVEL_SESSION, "day": pb.CLOSURE_LEVEL_DAY}


# -- money -------------------------------------------------------------------------------
def money_pb(currency_code: str, amount_minor: int) -> common_pb2.Money:
    return common_pb2.Money(currency_code=currency_code, amount_minor=amount_minor)


def money_in(message: common_pb2.Money) -> tuple[str, int]:
    """(currency code, minor units) of a Money as sent; upper-cased, checked by the use case."""
    return message.currency_code.strip().upper(), int(message.amount_minor)


# -- sessions ----------------------------------------------------------------------------
def tender_total_pb(view: TenderTotalView) -> pb.TenderTotal:
    return pb.TenderTotal(
        mode_kind=view.mode_kind,
        mode_code=view.mode_code,
        amount=money_pb(view.currency_code, view.amount_minor),
        count=view.count,
    )


def cash_session_pb(view: CashSessionView) -> pb.CashSession:
    return pb.CashSession(
        cash_session_id=view.cash_session_id,
        agency_id=view.agency_id,
        agency_name=view.agency_name,
        workstation_id=view.workstation_id,
        workstation_name=view.workstation_name,
        cashier_user_id=view.cashier_user_id,
        cashier_login=view.cashier_login,
        cashier_name=view.cashier_name,
        business_date=date_pb(view.business_date),
        opening_float=money_pb(view.currency_code, view.opening_float_minor),
        is_head_cashier=view.is_head_cashier,
        status=SESSION_STATUSES.get(view.status, pb.CASH_SESSION_STATUS_UNSPECIFIED),
        opened_at=timestamp(view.opened_at),
        closed_at=timestamp(view.closed_at),
        totals=[tender_total_pb(total) for total in view.totals],
        receipt_count=view.receipt_count,
        last_payment_at=timestamp(view.last_payment_at),
    )


# -- tenders and allocations -------------------------------------------------------------
def tender_pb(view: TenderLine) -> pb.Tender:
    return pb.Tender(
        mode_code=view.mode_code,
        amount=money_pb(view.currency_code, view.amount_minor),
        bank_code=view.bank_code,
        reference=view.reference,
        drawer_name=view.drawer_name,
        cheque_date=date_pb(view.cheque_date),
    )


def tender_in(message: pb.Tender, field: str) -> TenderLine:
    currency, amount = money_in(message.amount)
    return TenderLine(
        mode_code=message.mode_code.strip().upper(),
        currency_code=currency,
        amount_minor=amount,
        bank_code=message.bank_code.strip().upper(),
        reference=message.reference.strip(),
        drawer_name=message.drawer_name.strip(),
        cheque_date=to_date(
            message.cheque_date, message.HasField("cheque_date"), f"{field}.cheque_date"
        ),
    )


def allocation_pb(view: AllocationView) -> pb.Allocation:
    return pb.Allocation(
        kind=ALLOCATION_KINDS.get(view.kind, pb.ALLOCATION_KIND_UNSPECIFIED),
        bill_id=view.bill_id,
        bill_number=view.bill_number,
        period_label=view.period_label,
        due_date=date_pb(view.due_date),
        amount=money_pb(view.currency_code, view.amount_minor),
        open_before=money_pb(view.currency_code, view.open_before_minor),
        fee_code=view.fee_code,
        fee_label=view.fee_label,
        fee_reference=view.fee_reference,
    )


def payable_bill_pb(view: PayableBillView) -> pb.PayableBill:
    return pb.PayableBill(
        bill_id=view.bill_id,
        bill_number=view.bill_number,
        period_label=view.period_label,
        issue_date=date_pb(view.issue_date),
        due_date=date_pb(view.due_date),
        amount=money_pb(view.currency_code, view.amount_minor),
        open_amount=money_pb(view.currency_code, view.open_amount_minor),
        overdue=view.overdue,
    )


def payable_items_pb(view: PayableItemsView) -> pay_pb.GetPayableItemsResponse:
    return pay_pb.GetPayableItemsResponse(
        account_id=view.account_id,
        account_number=view.account_number,
        customer_name=view.customer_name,
        bills=[payable_bill_pb(bill) for bill in view.bills],
        total_open=money_pb(view.currency_code, view.total_open_minor),
        advance_balance=money_pb(view.currency_code, view.advance_balance_minor),
    )


def payment_content_in(message: pay_pb.PaymentContent) -> PaymentContentInput:
    currency, amount = money_in(message.amount)
    bills = []
    for bill in message.bills:
        bill_currency, bill_amount = money_in(bill.amount)
        bills.append(BillSelectionInput(bill.bill_id.strip(), bill_currency, bill_amount))
    fees = []
    for fee in message.fees:
        fee_currency, fee_amount = money_in(fee.amount)
        fees.append(
            FeeLineInput(
                fee.fee_code.strip().upper(), fee_currency, fee_amount, fee.reference.strip()
            )
        )
    return PaymentContentInput(
        cash_session_id=message.cash_session_id.strip(),
        account_id=message.account_id.strip(),
        payer_name=message.payer_name.strip(),
        currency_code=currency,
        amount_minor=amount,
        bills=tuple(bills),
        fees=tuple(fees),
        tenders=tuple(
            tender_in(tender, f"content.tenders[{index}]")
            for index, tender in enumerate(message.tenders)
        ),
    )


def preview_pb(view: PaymentPreviewView) -> pay_pb.PreviewPaymentResponse:
    return pay_pb.PreviewPaymentResponse(
        allocations=[allocation_pb(allocation) for allocation in view.allocations],
        tendered=money_pb(view.currency_code, view.tendered_minor),
        change=money_pb(view.currency_code, view.change_minor),
    )


# -- receipts ----------------------------------------------------------------------------
def receipt_pb(view: ReceiptView) -> pb.Receipt:
    return pb.Receipt(
        receipt_id=view.receipt_id,
        receipt_number=view.receipt_number,
        kind=RECEIPT_KINDS.get(view.kind, pb.RECEIPT_KIND_UNSPECIFIED),
        agency_id=view.agency_id,
        agency_name=view.agency_name,
        cash_session_id=view.cash_session_id,
        payment_id=view.payment_id,
        issued_at=timestamp(view.issued_at),
        cashier_login=view.cashier_login,
        cashier_name=view.cashier_name,
        workstation_name=view.workstation_name,
        amount=money_pb(view.currency_code, view.amount_minor),
        amount_in_words=view.amount_in_words,
        account_id=view.account_id,
        account_number=view.account_number,
        customer_name=view.customer_name,
        payer_name=view.payer_name,
        allocations=[allocation_pb(allocation) for allocation in view.allocations],
        tenders=[tender_pb(tender) for tender in view.tenders],
        tendered=money_pb(view.currency_code, view.tendered_minor),
        change=money_pb(view.currency_code, view.change_minor),
        cancels_receipt_number=view.cancels_receipt_number,
        cancelled_by_receipt_number=view.cancelled_by_receipt_number,
        reason=view.reason,
        header_text=view.header_text,
        footer_text=view.footer_text,
        hash=view.hash,
        print_count=view.print_count,
        cancellation_pending=view.cancellation_pending,
    )


# -- movements and closures --------------------------------------------------------------
def cash_movement_pb(view: CashMovementView) -> pb.CashMovement:
    return pb.CashMovement(
        cash_movement_id=view.cash_movement_id,
        cash_session_id=view.cash_session_id,
        kind=view.kind,
        amount=money_pb(view.currency_code, view.amount_minor),
        category_code=view.category_code,
        beneficiary=view.beneficiary,
        reason=view.reason,
        counterpart_session_id=view.counterpart_session_id,
        created_at=timestamp(view.created_at),
        created_by_login=view.created_by_login,
        receipt_number=view.receipt_number,
    )


def denomination_count_pb(view: DenominationCountView) -> pb.DenominationCount:
    return pb.DenominationCount(
        denomination_code=view.denomination_code,
        quantity=view.quantity,
        unit_value=money_pb(view.currency_code, view.unit_value_minor),
        amount=money_pb(view.currency_code, view.amount_minor),
        label=view.label,
    )


def tender_reconciliation_pb(view: TenderReconciliationView) -> pb.TenderReconciliation:
    return pb.TenderReconciliation(
        mode_kind=view.mode_kind,
        expected=money_pb(view.currency_code, view.expected_minor),
        counted=money_pb(view.currency_code, view.counted_minor),
        difference=money_pb(view.currency_code, view.difference_minor),
    )


def cash_closure_pb(view: CashClosureView) -> pb.CashClosure:
    return pb.CashClosure(
        closure_id=view.closure_id,
        agency_id=view.agency_id,
        sequence=view.sequence,
        level=CLOSURE_LEVELS.get(view.level, pb.CLOSURE_LEVEL_UNSPECIFIED),
        cash_session_id=view.cash_session_id,
        business_date=date_pb(view.business_date),
        tenders=[tender_reconciliation_pb(line) for line in view.tenders],
        denominations=[denomination_count_pb(line) for line in view.denominations],
        receipt_count=view.receipt_count,
        first_receipt_number=view.first_receipt_number,
        last_receipt_number=view.last_receipt_number,
        period_total=money_pb(view.currency_code, view.period_total_minor),
        perpetual_total=money_pb(view.currency_code, view.perpetual_total_minor),
        expected_cash=money_pb(view.currency_code, view.expected_cash_minor),
        counted_cash=money_pb(view.currency_code, view.counted_cash_minor),
        difference=money_pb(view.currency_code, view.difference_minor),
        comment=view.comment,
        closed_at=timestamp(view.closed_at),
        closed_by_login=view.closed_by_login,
        hash=view.hash,
    )
