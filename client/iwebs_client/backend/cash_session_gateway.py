"""CashSessionService: the cashier's own till (open, close with billetage, transfers,
disbursements; CSH-3, CSH-6, CSH-8, CSH-9, CSH-10)."""

from __future__ import annotations

from collections.abc import Sequence

import grpc

from iwebs.v1 import cash_pb2, common_pb2
from iwebs.v1 import cash_session_service_pb2 as csb
from iwebs.v1 import cash_session_service_pb2_grpc as csb_grpc
from iwebs_client.backend.gateway_base import Gateway

CashSession = cash_pb2.CashSession


class CashSessionGateway(Gateway):
    def __init__(self, channel: grpc.Channel, **kwargs: float) -> None:
        super().__init__(channel, **kwargs)
        self._stub = csb_grpc.CashSessionServiceStub(channel)  # type: ignore[no-untyped-call]

    def open_session(
        self, request_id: str, opening_float: common_pb2.Money | None, is_head_cashier: bool
    ) -> CashSession:
        """`opening_float` None: the server takes the agency's cash.opening_float."""
        request = csb.OpenCashSessionRequest(
            request_id=request_id, opening_float=opening_float, is_head_cashier=is_head_cashier
        )
        return self._invoke(
            self._stub.OpenCashSession, request, csb.OpenCashSessionResponse
        ).cash_session

    def current_session(self) -> CashSession | None:
        """The caller's open session on this workstation, None when there is none."""
        response = self._invoke(
            self._stub.GetCurrentCashSession,
            csb.GetCurrentCashSessionRequest(),
            csb.GetCurrentCashSessionResponse,
        )
        return response.cash_session if response.found else None

    def list_my_sessions(
        self, page_token: str = "", page_size: int = 50
    ) -> tuple[list[CashSession], str]:
        request = csb.ListMyCashSessionsRequest(page_size=page_size, page_token=page_token)
        response = self._invoke(
            self._stub.ListMyCashSessions, request, csb.ListMyCashSessionsResponse
        )
        return list(response.cash_sessions), response.next_page_token

    def closing_summary(self, cash_session_id: str) -> csb.GetClosingSummaryResponse:
        request = csb.GetClosingSummaryRequest(cash_session_id=cash_session_id)
        return self._invoke(self._stub.GetClosingSummary, request, csb.GetClosingSummaryResponse)

    def close_session(
        self,
        request_id: str,
        cash_session_id: str,
        denominations: Sequence[cash_pb2.DenominationCount],
        counted: Sequence[cash_pb2.TenderReconciliation],
        comment: str,
    ) -> csb.CloseCashSessionResponse:
        request = csb.CloseCashSessionRequest(
            request_id=request_id,
            cash_session_id=cash_session_id,
            denominations=list(denominations),
            counted=list(counted),
            comment=comment,
        )
        return self._invoke(self._stub.CloseCashSession, request, csb.CloseCashSessionResponse)

    def transfer_to_head_cashier(
        self,
        request_id: str,
        cash_session_id: str,
        head_cashier_session_id: str,
        amount: common_pb2.Money,
        comment: str,
    ) -> cash_pb2.CashMovement:
        request = csb.TransferToHeadCashierRequest(
            request_id=request_id,
            cash_session_id=cash_session_id,
            head_cashier_session_id=head_cashier_session_id,
            amount=amount,
            comment=comment,
        )
        return self._invoke(
            self._stub.TransferToHeadCashier, request, csb.TransferToHeadCashierResponse
        ).movement

    def record_disbursement(
        self,
        request_id: str,
        cash_session_id: str,
        category_code: str,
        amount: common_pb2.Money,
        beneficiary: str,
        reason: str,
        account_id: str = "",
    ) -> csb.RecordDisbursementResponse:
        request = csb.RecordDisbursementRequest(
            request_id=request_id,
            cash_session_id=cash_session_id,
            category_code=category_code,
            amount=amount,
            beneficiary=beneficiary,
            reason=reason,
            account_id=account_id,
        )
        return self._invoke(self._stub.RecordDisbursement, request, csb.RecordDisbursementResponse)

    def list_movements(self, cash_session_id: str) -> list[cash_pb2.CashMovement]:
        request = csb.ListCashMovementsRequest(cash_session_id=cash_session_id)
        return list(
            self._invoke(
                self._stub.ListCashMovements, request, csb.ListCashMovementsResponse
            ).movements
        )
