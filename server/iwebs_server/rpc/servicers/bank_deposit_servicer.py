"""iwebs.v1.BankDepositService: what is to deposit (CSH-11), deposits of cash and cheque
remittances (CSH-5), the bank's slips, the list of deposits (CSH-7). Right cash.deposit."""

from __future__ import annotations

import grpc

from iwebs.v1 import bank_deposit_service_pb2 as pb
from iwebs.v1 import bank_deposit_service_pb2_grpc as pb_grpc
from iwebs_server.application.bank_deposits import BankDepositService
from iwebs_server.rpc.call_state import principal
from iwebs_server.rpc.converters import deposit_converters as convert
from iwebs_server.rpc.converters.cash_converters import money_in
from iwebs_server.rpc.converters.customer_base import to_date


class BankDepositServicer(pb_grpc.BankDepositServiceServicer):
    def __init__(self, deposits: BankDepositService) -> None:
        self._deposits = deposits

    def GetDepositPosition(
        self, request: pb.GetDepositPositionRequest, context: grpc.ServicerContext
    ) -> pb.GetDepositPositionResponse:
        view = self._deposits.get_position(
            principal(),
            request.agency_id.strip(),
            to_date(request.business_date, request.HasField("business_date"), "business_date"),
        )
        return convert.position_pb(view)

    def PrepareDeposit(
        self, request: pb.PrepareDepositRequest, context: grpc.ServicerContext
    ) -> pb.PrepareDepositResponse:
        view = self._deposits.prepare(
            principal(),
            request.request_id,
            agency_id=request.agency_id.strip(),
            kind=convert.kind_in(request.kind),
            bank_code=request.bank_code,
            lines=[convert.line_in(line) for line in request.lines],
            comment=request.comment,
        )
        return pb.PrepareDepositResponse(deposit=convert.deposit_pb(view))

    def RecordDepositSlip(
        self, request: pb.RecordDepositSlipRequest, context: grpc.ServicerContext
    ) -> pb.RecordDepositSlipResponse:
        currency, amount = money_in(request.credited)
        view = self._deposits.record_slip(
            principal(),
            request.request_id,
            deposit_id=request.deposit_id.strip(),
            slip_number=request.slip_number,
            slip_date=to_date(request.slip_date, request.HasField("slip_date"), "slip_date"),
            credited_currency=currency,
            credited_minor=amount,
        )
        return pb.RecordDepositSlipResponse(deposit=convert.deposit_pb(view))

    def ListDeposits(
        self, request: pb.ListDepositsRequest, context: grpc.ServicerContext
    ) -> pb.ListDepositsResponse:
        page = self._deposits.list_deposits(
            principal(), request.agency_id.strip(), request.page_size, request.page_token
        )
        return pb.ListDepositsResponse(
            deposits=[convert.deposit_pb(d) for d in page.items],
            next_page_token=page.next_page_token,
        )
