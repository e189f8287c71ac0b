"""bill_service.proto <-> the bill and account views (application/bill_views.py)."""

from __future__ import annotations

from iwebs.v1 import bill_service_pb2 as pb
from iwebs_server.application.bill_views import (
    AccountOpenItemsView,
    BillDetailView,
    BillDocumentView,
    BillLineView,
    BillMatchView,
    BillPaymentView,
    BillReadingView,
    BillSummaryView,
    IndividualBillView,
    StatementView,
)
from iwebs_server.rpc.converters.cash_converters import money_pb
from iwebs_server.rpc.converters.common import timestamp
from iwebs_server.rpc.converters.customer_base import date_pb

KINDS = {"invoice": pb.BILL_KIND_INVOICE, "credit_note": pb.BILL_KIND_CREDIT_NOTE}
KIND_NAMES: dict[int, str] = {
    pb.BILL_KIND_INVOICE: "invoice",
    pb.BILL_KIND_CREDIT_NOTE: "credit_note",
}
MATCH_KINDS = {
    "advance": pb.MATCH_SOURCE_KIND_ADVANCE,
    "credit_note": pb.MATCH_SOURCE_KIND_CREDIT_NOTE,
    "deposit": pb.MATCH_SOURCE_KIND_DEPOSIT,
    "deposit_release": pb.MATCH_SOURCE_KIND_DEPOSIT_RELEASE,
}
LINE_KINDS = {
    "bill": pb.STATEMENT_LINE_KIND_BILL,
    "credit_note": pb.STATEMENT_LINE_KIND_CREDIT_NOTE,
    "payment": pb.STATEMENT_LINE_KIND_PAYMENT,
    "payment_cancellation": pb.STATEMENT_LINE_KIND_PAYMENT_CANCELLATION,
    "refund": pb.STATEMENT_LINE_KIND_REFUND,
    "match": pb.STATEMENT_LINE_KIND_MATCH,
}


def kind_in(value: int) -> str:
    """The kind filter of ListBills ("" = both); an unknown number is bad input."""
    if value == pb.BILL_KIND_UNSPECIFIED:
        return ""
    return KIND_NAMES.get(int(value), "?")


def summary_pb(view: BillSummaryView) -> pb.BillSummary:
    money = view.currency_code
    return pb.BillSummary(
        bill_id=view.bill_id,
        bill_number=view.bill_number,
        kind=KINDS.get(view.kind, pb.BILL_KIND_UNSPECIFIED),
        origin=view.origin,
        account_id=view.account_id,
        account_number=view.account_number,
        subscription_id=view.subscription_id,
        subscription_number=view.subscription_number,
        service=view.service,
        period_label=view.period_label,
        period_start=date_pb(view.period_start),
        period_end=date_pb(view.period_end),
        issue_date=date_pb(view.issue_date),
        due_date=date_pb(view.due_date),
        amount=money_pb(money, view.amount_minor),
        open_amount=money_pb(money, view.open_minor),
        overdue=view.overdue,
        estimated=view.estimated,
        consumption=view.consumption or 0,
        credits_bill_id=view.credits_bill_id,
        credits_bill_number=view.credits_bill_number,
        credited_by_bill_id=view.credited_by_bill_id,
        credited_by_bill_number=view.credited_by_bill_number,
        correction_pending=view.correction_pending,
        agency_id=view.agency_id,
        bill_run_id=view.bill_run_id,
        bill_run_kind=view.bill_run_kind,
    )


def line_pb(view: BillLineView, currency: str) -> pb.BillLine:
    return pb.BillLine(
        line_no=view.line_no,
        code=view.code,
        kind=view.kind,
        label=view.label,
        quantity=view.quantity,
        unit=view.unit,
        unit_price=view.unit_price,
        amount=money_pb(currency, view.amount_minor),
        tariff_version_id=view.tariff_version_id,
        tariff_version_number=view.tariff_version_number,
        tariff_code=view.tariff_code,
        tariff_name=view.tariff_name,
        tariff_valid_from=date_pb(view.tariff_valid_from),
        block_no=view.block_no or 0,
        rule=view.rule,
        ledger_account=view.ledger_account,
    )


def match_pb(view: BillMatchView, currency: str) -> pb.BillMatch:
    return pb.BillMatch(
        match_id=view.match_id,
        source_kind=MATCH_KINDS.get(view.source_kind, pb.MATCH_SOURCE_KIND_UNSPECIFIED),
        source_bill_id=view.source_bill_id,
        source_bill_number=view.source_bill_number,
        bill_id=view.bill_id,
        bill_number=view.bill_number,
        amount=money_pb(currency, view.amount_minor),
        matched_at=timestamp(view.matched_at),
    )


def payment_pb(view: BillPaymentView, currency: str) -> pb.BillPayment:
    return pb.BillPayment(
        receipt_id=view.receipt_id,
        receipt_number=view.receipt_number,
        paid_at=timestamp(view.paid_at),
        amount=money_pb(currency, view.amount_minor),
    )


def reading_pb(view: BillReadingView) -> pb.BillReading:
    return pb.BillReading(
        reading_id=view.reading_id,
        reading_date=date_pb(view.reading_date),
        previous_date=date_pb(view.previous_date),
        has_index=view.has_index,
        index_from=view.index_from,
        index_to=view.index_to,
        consumption=view.consumption,
        estimated=view.estimated,
        meter_serial=view.meter_serial,
        unit=view.unit,
    )


def bill_pb(view: BillDetailView) -> pb.Bill:
    currency = view.summary.currency_code
    return pb.Bill(
        summary=summary_pb(view.summary),
        lines=[line_pb(line, currency) for line in view.lines],
        reading=reading_pb(view.reading),
        matches=[match_pb(m, currency) for m in view.matches],
        payments=[payment_pb(p, currency) for p in view.payments],
        total=money_pb(currency, view.total_minor),
    )


def balance_pb(view: AccountOpenItemsView) -> pb.GetAccountBalanceResponse:
    p = view.position
    currency = p.currency_code
    return pb.GetAccountBalanceResponse(
        balance=pb.AccountPosition(
            account_id=p.account_id,
            account_number=p.account_number,
            customer_name=p.customer_name,
            agency_id=p.agency_id,
            balance=money_pb(currency, p.balance_minor),
            open_bills=money_pb(currency, p.open_bills_minor),
            overdue=money_pb(currency, p.overdue_minor),
            credit_notes_left=money_pb(currency, p.credit_notes_left_minor),
            advance=money_pb(currency, p.advance_minor),
            deposit_held=money_pb(currency, p.deposit_held_minor),
            open_bill_count=p.open_bill_count,
        ),
        open_items=[summary_pb(item) for item in view.open_items],
    )


def statement_pb(view: StatementView) -> pb.GetAccountStatementResponse:
    currency = view.currency_code
    return pb.GetAccountStatementResponse(
        account_id=view.account_id,
        account_number=view.account_number,
        customer_name=view.customer_name,
        opening_balance=money_pb(currency, view.opening_balance_minor),
        lines=[
            pb.StatementLine(
                date=date_pb(line.day),
                kind=LINE_KINDS.get(line.kind, pb.STATEMENT_LINE_KIND_UNSPECIFIED),
                reference=line.reference,
                description=line.description,
                amount=money_pb(currency, line.amount_minor),
                matched=money_pb(currency, line.matched_minor),
                running_balance=money_pb(currency, line.running_balance_minor),
                object_id=line.object_id,
                recorded_at=timestamp(line.recorded_at),
            )
            for line in view.lines
        ],
        closing_balance=money_pb(currency, view.closing_balance_minor),
        next_page_token=view.next_page_token,
    )


def document_pb(view: BillDocumentView) -> pb.BillDocument:
    currency = view.currency_code
    return pb.BillDocument(
        bill_id=view.bill_id,
        bill_number=view.bill_number,
        kind=KINDS.get(view.kind, pb.BILL_KIND_UNSPECIFIED),
        title=view.title,
        credits_bill_number=view.credits_bill_number,
        agency_code=view.agency_code,
        agency_name=view.agency_name,
        agency_region=view.agency_region,
        header=view.header,
        customer_number=view.customer_number,
        customer_name=view.customer_name,
        billing_address=view.billing_address,
        account_number=view.account_number,
        account_check_digit=view.account_check_digit,
        subscription_number=view.subscription_number,
        tariff_category_code=view.tariff_category_code,
        tariff_category_label=view.tariff_category_label,
        subscribed_power_va=view.subscribed_power_va or 0,
        premise_number=view.premise_number,
        premise_address=view.premise_address,
        service=view.service,
        period_label=view.period_label,
        period_start=date_pb(view.period_start),
        period_end=date_pb(view.period_end),
        period_days=view.period_days,
        issue_date=date_pb(view.issue_date),
        due_date=date_pb(view.due_date),
        reading=reading_pb(view.reading),
        lines=[
            pb.BillDocumentLine(
                label=line.label,
                block_no=line.block_no or 0,
                quantity=line.quantity,
                unit=line.unit,
                unit_price=line.unit_price,
                amount=money_pb(currency, line.amount_minor),
                kind=line.kind,
                rule=line.rule,
            )
            for line in view.lines
        ],
        subtotal_before_taxes=money_pb(currency, view.subtotal_before_taxes_minor),
        taxes=money_pb(currency, view.taxes_minor),
        total=money_pb(currency, view.total_minor),
        balance_carried=money_pb(currency, view.balance_carried_minor),
        total_to_pay=money_pb(currency, view.total_to_pay_minor),
        settled_by_credits=money_pb(currency, view.settled_by_credits_minor),
        consumption_history=[
            pb.ConsumptionPoint(
                period_label=point.period_label,
                period_start=date_pb(point.period_start),
                period_end=date_pb(point.period_end),
                consumption=point.consumption,
                estimated=point.estimated,
            )
            for point in view.consumption_history
        ],
        currency_code=currency,
        notices=list(view.notices),
        footer=view.footer,
    )


def individual_pb(view: IndividualBillView) -> pb.IndividualBillResult:
    return pb.IndividualBillResult(
        bill=bill_pb(view.bill),
        preview=view.preview,
        controls=list(view.controls),
        bill_run_id=view.bill_run_id,
        replayed=view.replayed,
    )
