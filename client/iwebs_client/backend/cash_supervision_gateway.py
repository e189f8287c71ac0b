"""CashSupervisionService: the supervisor's live view of the tills, drill-down, day closure
(CSH-7, CSH-12, CASH-04)."""

from __future__ import annotations

import datetime as dt

import grpc

from iwebs.v1 import cash_pb2, cash_supervision_service_pb2, cash_supervision_service_pb2_grpc
from iwebs_client.backend.gateway_base import DEFAULT_PAGE_SIZE, Gateway
from iwebs_client.backend.record_messages import date_message

svc = cash_supervision_service_pb2


class CashSupervisionGateway(Gateway):
    def __init__(self, channel: grpc.Channel, **kwargs: float) -> None:
        super().__init__(channel, **kwargs)
        self._stub = cash_supervision_service_pb2_grpc.CashSupervisionServiceStub(channel)  # type: ignore[no-untyped-call]

    def list_till_positions(
        self, agency_id: str = "", business_date: dt.date | None = None
    ) -> svc.ListTillPositionsResponse:
        """Every session of the day (empty date: today) of one agency or of every agency."""
        request = svc.ListTillPositionsRequest(
            agency_id=agency_id, business_date=date_message(business_date)
        )
        return self._invoke(self._stub.ListTillPositions, request, svc.ListTillPositionsResponse)

    def get_cash_session(self, cash_session_id: str) -> svc.GetCashSessionResponse:
        request = svc.GetCashSessionRequest(cash_session_id=cash_session_id)
        return self._invoke(self._stub.GetCashSession, request, svc.GetCashSessionResponse)

    def list_transactions(
        self,
        cash_session_id: str = "",
        agency_id: str = "",
        business_date: dt.date | None = None,
        page_token: str = "",
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> tuple[list[cash_pb2.Receipt], str]:
        request = svc.ListTransactionsRequest(
            cash_session_id=cash_session_id,
            agency_id=agency_id,
            business_date=date_message(business_date),
            page_size=page_size,
            page_token=page_token,
        )
        response = self._invoke(self._stub.ListTransactions, request, svc.ListTransactionsResponse)
        return list(response.receipts), response.next_page_token

    def close_agency_day(
        self, request_id: str, agency_id: str, business_date: dt.date | None
    ) -> cash_pb2.CashClosure:
        request = svc.CloseAgencyDayRequest(
            request_id=request_id, agency_id=agency_id, business_date=date_message(business_date)
        )
        return self._invoke(self._stub.CloseAgencyDay, request, svc.CloseAgencyDayResponse).closure

    def list_closures(
        self, agency_id: str = "", page_token: str = "", page_size: int = DEFAULT_PAGE_SIZE
    ) -> tuple[list[cash_pb2.CashClosure], str]:
        request = svc.ListClosuresRequest(
            agency_id=agency_id, page_size=page_size, page_token=page_token
        )
        response = self._invoke(self._stub.ListClosures, request, svc.ListClosuresResponse)
        return list(response.closures), response.next_page_token
