"""PaymentService: payments at the counter, receipts, prints and cancellation requests
(CSH-1, CSH-2, CSH-4, CSH-7; CASH-01..03; IDEM-01)."""

from __future__ import annotations

import grpc

from iwebs.v1 import cash_pb2
from iwebs.v1 import payment_service_pb2 as psb
from iwebs.v1 import payment_service_pb2_grpc as psb_grpc
from iwebs_client.backend.gateway_base import Gateway

Receipt = cash_pb2.Receipt
PaymentContent = psb.PaymentContent


class PaymentGateway(Gateway):
    def __init__(self, channel: grpc.Channel, **kwargs: float) -> None:
        super().__init__(channel, **kwargs)
        self._stub = psb_grpc.PaymentServiceStub(channel)  # type: ignore[no-untyped-call]

    def payable_items(self, account_id: str) -> psb.GetPayableItemsResponse:
        request = psb.GetPayableItemsRequest(account_id=account_id)
        return self._invoke(self._stub.GetPayableItems, request, psb.GetPayableItemsResponse)

    def preview(self, content: PaymentContent) -> psb.PreviewPaymentResponse:
        request = psb.PreviewPaymentRequest(content=content)
        return self._invoke(self._stub.PreviewPayment, request, psb.PreviewPaymentResponse)

    def pay(self, request_id: str, content: PaymentContent) -> psb.PayResponse:
        """`request_id` is the payment id: the same id is sent again on a retry (IDEM-01)."""
        request = psb.PayRequest(request_id=request_id, content=content)
        return self._invoke(self._stub.Pay, request, psb.PayResponse)

    def get_receipt(self, receipt_id: str) -> Receipt:
        request = psb.GetReceiptRequest(receipt_id=receipt_id)
        return self._invoke(self._stub.GetReceipt, request, psb.GetReceiptResponse).receipt

    def print_receipt(self, request_id: str, receipt_id: str) -> psb.PrintReceiptResponse:
        request = psb.PrintReceiptRequest(request_id=request_id, receipt_id=receipt_id)
        return self._invoke(self._stub.PrintReceipt, request, psb.PrintReceiptResponse)

    def list_session_receipts(
        self, cash_session_id: str, page_token: str = "", page_size: int = 100
    ) -> tuple[list[Receipt], str]:
        request = psb.ListSessionReceiptsRequest(
            cash_session_id=cash_session_id, page_size=page_size, page_token=page_token
        )
        response = self._invoke(
            self._stub.ListSessionReceipts, request, psb.ListSessionReceiptsResponse
        )
        return list(response.receipts), response.next_page_token

    def request_cancellation(self, request_id: str, receipt_id: str, reason: str) -> str:
        """The approval request's id (kind cash.receipt_cancellation)."""
        request = psb.RequestReceiptCancellationRequest(
            request_id=request_id, receipt_id=receipt_id, reason=reason
        )
        return self._invoke(
            self._stub.RequestReceiptCancellation,
            request,
            psb.RequestReceiptCancellationResponse,
        ).approval_request_id
