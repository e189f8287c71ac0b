"""iwebs.v1.CashSessionService: a cashier's till — open, current, her sessions, closing
summary and closing, transfers to the head cashier, disbursements, movements."""

from __future__ import annotations

import grpc

from iwebs.v1 import cash_session_service_pb2 as pb
from iwebs.v1 import cash_session_service_pb2_grpc as pb_grpc
from iwebs_server.application.cash_disbursements import CashDisbursementService, DisbursementInput
from iwebs_server.application.cash_sessions import CashSessionService
from iwebs_server.application.cash_till import CloseInput, CountedTender, MoneyInput
from iwebs_server.application.cash_transfers import CashTransferService
from iwebs_server.rpc.call_state import principal
from iwebs_server.rpc.converters import cash_converters as convert


class CashSessionServicer(pb_grpc.CashSessionServiceServicer):
    def __init__(
        self,
        sessions: CashSessionService,
        transfers: CashTransferService,
        disbursements: CashDisbursementService,
    ) -> None:
        self._sessions = sessions
        self._transfers = transfers
        self._disbursements = disbursements

    def OpenCashSession(
        self, request: pb.OpenCashSessionRequest, context: grpc.ServicerContext
    ) -> pb.OpenCashSessionResponse:
        opening_float = None
        if request.HasField("opening_float"):
            opening_float = MoneyInput(*convert.money_in(request.opening_float))
        view = self._sessions.open(
            principal(), request.request_id, opening_float, request.is_head_cashier
        )
        return pb.OpenCashSessionResponse(cash_session=convert.cash_session_pb(view))

    def GetCurrentCashSession(
        self, request: pb.GetCurrentCashSessionRequest, context: grpc.ServicerContext
    ) -> pb.GetCurrentCashSessionResponse:
        view = self._sessions.current(principal())
        if view is None:
            return pb.GetCurrentCashSessionResponse(found=False)
        return pb.GetCurrentCashSessionResponse(
            found=True, cash_session=convert.cash_session_pb(view)
        )

    def ListMyCashSessions(
        self, request: pb.ListMyCashSessionsRequest, context: grpc.ServicerContext
    ) -> pb.ListMyCashSessionsResponse:
        page = self._sessions.list_mine(principal(), request.page_size, request.page_token)
        return pb.ListMyCashSessionsResponse(
            cash_sessions=[convert.cash_session_pb(v) for v in page.items],
            next_page_token=page.next_page_token,
        )

    def GetClosingSummary(
        self, request: pb.GetClosingSummaryRequest, context: grpc.ServicerContext
    ) -> pb.GetClosingSummaryResponse:
        view = self._sessions.closing_summary(principal(), request.cash_session_id)
        return pb.GetClosingSummaryResponse(
            cash_session=convert.cash_session_pb(view.cash_session),
            tenders=[convert.tender_reconciliation_pb(t) for t in view.tenders],
            denominations=[convert.denomination_count_pb(d) for d in view.denominations],
            cheques=[convert.tender_pb(c) for c in view.cheques],
            difference_tolerance=convert.money_pb(view.tolerance_currency, view.tolerance_minor),
        )

    def CloseCashSession(
        self, request: pb.CloseCashSessionRequest, context: grpc.ServicerContext
    ) -> pb.CloseCashSessionResponse:
        counted = []
        for line in request.counted:
            currency, amount = convert.money_in(line.counted)
            counted.append(CountedTender(line.mode_kind.strip().lower(), currency, amount))
        result = self._sessions.close(
            principal(),
            request.request_id,
            CloseInput(
                cash_session_id=request.cash_session_id.strip(),
                denominations=tuple(
                    (d.denomination_code.strip().upper(), d.quantity) for d in request.denominations
                ),
                counted=tuple(counted),
                comment=request.comment,
            ),
        )
        return pb.CloseCashSessionResponse(
            cash_session=convert.cash_session_pb(result.cash_session),
            closure=convert.cash_closure_pb(result.closure),
        )

    def TransferToHeadCashier(
        self, request: pb.TransferToHeadCashierRequest, context: grpc.ServicerContext
    ) -> pb.TransferToHeadCashierResponse:
        view = self._transfers.transfer_to_head_cashier(
            principal(),
            request.request_id,
            request.cash_session_id.strip(),
            request.head_cashier_session_id.strip(),
            MoneyInput(*convert.money_in(request.amount)),
            request.comment,
        )
        return pb.TransferToHeadCashierResponse(movement=convert.cash_movement_pb(view))

    def RecordDisbursement(
        self, request: pb.RecordDisbursementRequest, context: grpc.ServicerContext
    ) -> pb.RecordDisbursementResponse:
        result = self._disbursements.record(
            principal(),
            request.request_id,
            DisbursementInput(
                cash_session_id=request.cash_session_id.strip(),
                category_code=request.category_code.strip().upper(),
                amount=MoneyInput(*convert.money_in(request.amount)),
                beneficiary=request.beneficiary,
                reason=request.reason,
                account_id=request.account_id.strip(),
            ),
        )
        return pb.RecordDisbursementResponse(
            movement=convert.cash_movement_pb(result.movement) if result.movement else None,
            voucher=convert.receipt_pb(result.voucher) if result.voucher else None,
            approval_request_id=result.approval_request_id,
        )

    def ListCashMovements(
        self, request: pb.ListCashMovementsRequest, context: grpc.ServicerContext
    ) -> pb.ListCashMovementsResponse:
        views = self._transfers.list_movements(principal(), request.cash_session_id.strip())
        return pb.ListCashMovementsResponse(movements=[convert.cash_movement_pb(v) for v in views])
