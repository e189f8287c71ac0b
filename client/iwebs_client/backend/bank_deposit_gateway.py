"""BankDepositService: what is to deposit, cash deposits and cheque remittances, the bank's
slip (CSH-5, CSH-11)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import grpc

from iwebs.v1 import bank_deposit_service_pb2, bank_deposit_service_pb2_grpc, common_pb2
from iwebs_client.backend.gateway_base import DEFAULT_PAGE_SIZE, Gateway
from iwebs_client.backend.record_messages import date_message

svc = bank_deposit_service_pb2


class BankDepositGateway(Gateway):
    def __init__(self, channel: grpc.Channel, **kwargs: float) -> None:
        super().__init__(channel, **kwargs)
        self._stub = bank_deposit_service_pb2_grpc.BankDepositServiceStub(channel)  # type: ignore[no-untyped-call]

    def get_deposit_position(
        self, agency_id: str, business_date: dt.date | None = None
    ) -> svc.GetDepositPositionResponse:
        request = svc.GetDepositPositionRequest(
            agency_id=agency_id, business_date=date_message(business_date)
        )
        return self._invoke(self._stub.GetDepositPosition, request, svc.GetDepositPositionResponse)

    def prepare_deposit(
        self,
        request_id: str,
        agency_id: str,
        kind: int,
        bank_code: str,
        lines: Sequence[svc.DepositLine],
        comment: str = "",
    ) -> svc.BankDeposit:
        request = svc.PrepareDepositRequest(
            request_id=request_id,
            agency_id=agency_id,
            kind=kind,  # type: ignore[arg-type]
            bank_code=bank_code,
            lines=list(lines),
            comment=comment,
        )
        return self._invoke(self._stub.PrepareDeposit, request, svc.PrepareDepositResponse).deposit

    def record_slip(
        self,
        request_id: str,
        deposit_id: str,
        slip_number: str,
        slip_date: dt.date,
        credited: common_pb2.Money,
    ) -> svc.BankDeposit:
        request = svc.RecordDepositSlipRequest(
            request_id=request_id,
            deposit_id=deposit_id,
            slip_number=slip_number,
            slip_date=date_message(slip_date),
            credited=credited,
        )
        return self._invoke(
            self._stub.RecordDepositSlip, request, svc.RecordDepositSlipResponse
        ).deposit

    def list_deposits(
        self, agency_id: str = "", page_token: str = "", page_size: int = DEFAULT_PAGE_SIZE
    ) -> tuple[list[svc.BankDeposit], str]:
        request = svc.ListDepositsRequest(
            agency_id=agency_id, page_size=page_size, page_token=page_token
        )
        response = self._invoke(self._stub.ListDeposits, request, svc.ListDepositsResponse)
        return list(response.deposits), response.next_page_token
