"""iwebs.v1.CashSupervisionService: every till of the agencies in scope (CSH-12), a
session's detail, transactions (CSH-7), the agency's day closure and the closures
(CASH-04). Right cash.supervise (rpc/permissions.py)."""

from __future__ import annotations

import grpc

from iwebs.v1 import cash_supervision_service_pb2 as pb
from iwebs.v1 import cash_supervision_service_pb2_grpc as pb_grpc
from iwebs_server.application.cash_supervision import CashSupervisionService
from iwebs_server.rpc.call_state import principal
from iwebs_server.rpc.converters import cash_converters as convert
from iwebs_server.rpc.converters.customer_base import date_pb, to_date


class CashSupervisionServicer(pb_grpc.CashSupervisionServiceServicer):
    def __init__(self, supervision: CashSupervisionService) -> None:
        self._supervision = supervision

    def ListTillPositions(
        self, request: pb.ListTillPositionsRequest, context: grpc.ServicerContext
    ) -> pb.ListTillPositionsResponse:
        view = self._supervision.list_till_positions(
            principal(),
            request.agency_id.strip(),
            to_date(request.business_date, request.HasField("business_date"), "business_date"),
        )
        return pb.ListTillPositionsResponse(
            cash_sessions=[convert.cash_session_pb(s) for s in view.cash_sessions],
            totals=[convert.tender_total_pb(t) for t in view.totals],
            business_date=date_pb(view.business_date),
        )

    def GetCashSession(
        self, request: pb.GetCashSessionRequest, context: grpc.ServicerContext
    ) -> pb.GetCashSessionResponse:
        view = self._supervision.get_cash_session(principal(), request.cash_session_id.strip())
        return pb.GetCashSessionResponse(
            cash_session=convert.cash_session_pb(view.cash_session),
            movements=[convert.cash_movement_pb(m) for m in view.movements],
            closure=convert.cash_closure_pb(view.closure) if view.closure else None,
        )

    def ListTransactions(
        self, request: pb.ListTransactionsRequest, context: grpc.ServicerContext
    ) -> pb.ListTransactionsResponse:
        page = self._supervision.list_transactions(
            principal(),
            cash_session_id=request.cash_session_id.strip(),
            agency_id=request.agency_id.strip(),
            business_date=to_date(
                request.business_date, request.HasField("business_date"), "business_date"
            ),
            size=request.page_size,
            token=request.page_token,
        )
        return pb.ListTransactionsResponse(
            receipts=[convert.receipt_pb(r) for r in page.receipts],
            next_page_token=page.next_page_token,
        )

    def CloseAgencyDay(
        self, request: pb.CloseAgencyDayRequest, context: grpc.ServicerContext
    ) -> pb.CloseAgencyDayResponse:
        view = self._supervision.close_agency_day(
            principal(),
            request.request_id,
            request.agency_id.strip(),
            to_date(request.business_date, request.HasField("business_date"), "business_date"),
        )
        return pb.CloseAgencyDayResponse(closure=convert.cash_closure_pb(view))

    def ListClosures(
        self, request: pb.ListClosuresRequest, context: grpc.ServicerContext
    ) -> pb.ListClosuresResponse:
        page = self._supervision.list_closures(
            principal(), request.agency_id.strip(), request.page_size, request.page_token
        )
        return pb.ListClosuresResponse(
            closures=[convert.cash_closure_pb(c) for c in page.items],
            next_page_token=page.next_page_token,
        )
