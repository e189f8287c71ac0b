"""Bank deposit views to and from iwebs.v1 messages (bank_deposit_service.proto)."""

from __future__ import annotations

from iwebs.v1 import bank_deposit_service_pb2 as pb
from iwebs_server.application.deposit_views import (
    CASH_DEPOSIT,
    CHEQUE_DEPOSIT,
    BankDepositView,
    ChequeOnHandView,
    DepositLineInput,
    DepositPositionView,
    SessionCashView,
)
from iwebs_server.rpc.converters.cash_converters import money_in, money_pb
from iwebs_server.rpc.converters.common import timestamp
from iwebs_server.rpc.converters.customer_base import date_pb

DEPOSIT_KINDS = {CASH_DEPOSIT: pb.DEPOSIT_KIND_CASH, CHEQUE_DEPOSIT: pb.DEPOSIT_KIND_CHEQUE}
DEPOSIT_KINDS_IN = {value: key for key, value in DEPOSIT_KINDS.items()}


def kind_in(kind: int) -> str:
    """The stored kind of a DepositKind; "" for UNSPECIFIED (refused by the use case)."""
    return DEPOSIT_KINDS_IN.get(kind, "")  # type: ignore[call-overload, no-any-return]


def session_cash_pb(view: SessionCashView) -> pb.SessionCashToDeposit:
    return pb.SessionCashToDeposit(
        cash_session_id=view.cash_session_id,
        business_date=date_pb(view.business_date),
        cashier_login=view.cashier_login,
        workstation_name=view.workstation_name,
        depositable=money_pb(view.currency_code, view.depositable_minor),
        deposited=money_pb(view.currency_code, view.deposited_minor),
        remaining=money_pb(view.currency_code, view.remaining_minor),
    )


def cheque_pb(view: ChequeOnHandView) -> pb.ChequeOnHand:
    return pb.ChequeOnHand(
        payment_tender_id=view.payment_tender_id,
        cash_session_id=view.cash_session_id,
        business_date=date_pb(view.business_date),
        bank_code=view.bank_code,
        reference=view.reference,
        drawer_name=view.drawer_name,
        amount=money_pb(view.currency_code, view.amount_minor),
        receipt_number=view.receipt_number,
    )


def position_pb(view: DepositPositionView) -> pb.GetDepositPositionResponse:
    currency = view.currency_code
    return pb.GetDepositPositionResponse(
        agency_id=view.agency_id,
        business_date=date_pb(view.business_date),
        cash_not_deposited_earlier=money_pb(currency, view.cash_not_deposited_earlier_minor),
        cheques_not_deposited_earlier=money_pb(currency, view.cheques_not_deposited_earlier_minor),
        cash_collected_today=money_pb(currency, view.cash_collected_today_minor),
        cheques_collected_today=money_pb(currency, view.cheques_collected_today_minor),
        total_to_deposit=money_pb(currency, view.total_to_deposit_minor),
        sessions=[session_cash_pb(s) for s in view.sessions],
        cheques=[cheque_pb(c) for c in view.cheques],
    )


def line_in(message: pb.DepositLine) -> DepositLineInput:
    currency, amount = money_in(message.amount) if message.HasField("amount") else ("", 0)
    return DepositLineInput(
        cash_session_id=message.cash_session_id.strip(),
        currency_code=currency,
        amount_minor=amount,
        payment_tender_id=message.payment_tender_id.strip(),
    )


def deposit_pb(view: BankDepositView) -> pb.BankDeposit:
    message = pb.BankDeposit(
        deposit_id=view.deposit_id,
        deposit_number=view.deposit_number,
        agency_id=view.agency_id,
        kind=DEPOSIT_KINDS.get(view.kind, pb.DEPOSIT_KIND_UNSPECIFIED),
        bank_code=view.bank_code,
        amount=money_pb(view.currency_code, view.amount_minor),
        lines=[
            pb.DepositLine(
                cash_session_id=line.cash_session_id,
                amount=money_pb(line.currency_code, line.amount_minor),
                payment_tender_id=line.payment_tender_id,
            )
            for line in view.lines
        ],
        prepared_at=timestamp(view.prepared_at),
        prepared_by_login=view.prepared_by_login,
        comment=view.comment,
        slip_recorded=view.slip_recorded,
        slip_number=view.slip_number,
    )
    slip_date = date_pb(view.slip_date)
    if view.slip_recorded and slip_date is not None:
        message.slip_date.CopyFrom(slip_date)
        message.credited.CopyFrom(money_pb(view.currency_code, view.credited_minor))
    return message
