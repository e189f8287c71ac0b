"""BillService: an account's balance and open items, its bills, a bill's explanation and
printed document, individual billing of a subscription and the correction request (FAC-1,
FAC-7, FAC-9)."""

from __future__ import annotations

import datetime as dt

import grpc

from iwebs.v1 import bill_service_pb2, bill_service_pb2_grpc
from iwebs_client.backend.gateway_base import DEFAULT_PAGE_SIZE, Gateway
from iwebs_client.backend.record_messages import date_message

svc = bill_service_pb2


class BillGateway(Gateway):
    def __init__(self, channel: grpc.Channel, **kwargs: float) -> None:
        super().__init__(channel, **kwargs)
        self._stub = bill_service_pb2_grpc.BillServiceStub(channel)  # type: ignore[no-untyped-call]

    def get_account_balance(self, account_id: str) -> svc.GetAccountBalanceResponse:
        request = svc.GetAccountBalanceRequest(account_id=account_id)
        return self._invoke(self._stub.GetAccountBalance, request, svc.GetAccountBalanceResponse)

    def get_account_statement(
        self,
        account_id: str,
        from_date: dt.date | None = None,
        to_date: dt.date | None = None,
        page_token: str = "",
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> svc.GetAccountStatementResponse:
        request = svc.GetAccountStatementRequest(
            account_id=account_id,
            from_date=date_message(from_date),
            to_date=date_message(to_date),
            page_size=page_size,
            page_token=page_token,
        )
        return self._invoke(
            self._stub.GetAccountStatement, request, svc.GetAccountStatementResponse
        )

    def list_bills(
        self,
        account_id: str = "",
        subscription_id: str = "",
        open_only: bool = False,
        page_token: str = "",
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> tuple[list[svc.BillSummary], str]:
        request = svc.ListBillsRequest(
            account_id=account_id,
            subscription_id=subscription_id,
            open_only=open_only,
            page_size=page_size,
            page_token=page_token,
        )
        response = self._invoke(self._stub.ListBills, request, svc.ListBillsResponse)
        return list(response.bills), response.next_page_token

    def get_bill(self, bill_id: str) -> svc.Bill:
        request = svc.GetBillRequest(bill_id=bill_id)
        return self._invoke(self._stub.GetBill, request, svc.GetBillResponse).bill

    def get_bill_document(self, bill_id: str) -> svc.BillDocument:
        request = svc.GetBillDocumentRequest(bill_id=bill_id)
        return self._invoke(
            self._stub.GetBillDocument, request, svc.GetBillDocumentResponse
        ).document

    def bill_subscription(
        self,
        request_id: str,
        subscription_id: str,
        period_start: dt.date,
        period_end: dt.date,
        period_label: str = "",
        preview: bool = False,
    ) -> svc.IndividualBillResult:
        request = svc.BillSubscriptionRequest(
            request_id=request_id,
            subscription_id=subscription_id,
            period_start=date_message(period_start),
            period_end=date_message(period_end),
            period_label=period_label,
            preview=preview,
        )
        return self._invoke(
            self._stub.BillSubscription, request, svc.BillSubscriptionResponse
        ).result

    def issue_final_bill(
        self,
        request_id: str,
        subscription_id: str,
        period_end: dt.date | None = None,
        preview: bool = False,
    ) -> svc.IssueFinalBillResponse:
        """The final bill of a terminated subscription (`period_end` None: its termination
        date); the deposit settles it when it is the account's last live subscription."""
        request = svc.IssueFinalBillRequest(
            request_id=request_id,
            subscription_id=subscription_id,
            period_end=date_message(period_end),
            preview=preview,
        )
        return self._invoke(self._stub.IssueFinalBill, request, svc.IssueFinalBillResponse)

    def request_correction(self, request_id: str, bill_id: str, reason: str) -> str:
        request = svc.RequestBillCorrectionRequest(
            request_id=request_id, bill_id=bill_id, reason=reason
        )
        return self._invoke(
            self._stub.RequestBillCorrection, request, svc.RequestBillCorrectionResponse
        ).approval_request_id
