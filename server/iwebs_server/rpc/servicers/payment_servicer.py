"""iwebs.v1.PaymentService: payments at the counter, receipts, prints, cancellations."""

from __future__ import annotations

import grpc

from iwebs.v1 import payment_service_pb2 as pb
from iwebs.v1 import payment_service_pb2_grpc as pb_grpc
from iwebs_server.application.payments import PaymentService
from iwebs_server.application.receipt_cancellation import ReceiptCancellationService
from iwebs_server.rpc.call_state import principal
from iwebs_server.rpc.converters import cash_converters as convert


class PaymentServicer(pb_grpc.PaymentServiceServicer):
    def __init__(self, payments: PaymentService, cancellations: ReceiptCancellationService) -> None:
        self._payments = payments
        self._cancellations = cancellations

    def GetPayableItems(
        self, request: pb.GetPayableItemsRequest, context: grpc.ServicerContext
    ) -> pb.GetPayableItemsResponse:
        view = self._payments.get_payable_items(principal(), request.account_id)
        return convert.payable_items_pb(view)

    def PreviewPayment(
        self, request: pb.PreviewPaymentRequest, context: grpc.ServicerContext
    ) -> pb.PreviewPaymentResponse:
        view = self._payments.preview(principal(), convert.payment_content_in(request.content))
        return convert.preview_pb(view)

    def Pay(self, request: pb.PayRequest, context: grpc.ServicerContext) -> pb.PayResponse:
        result = self._payments.pay(
            principal(), request.request_id, convert.payment_content_in(request.content)
        )
        return pb.PayResponse(receipt=convert.receipt_pb(result.receipt), replayed=result.replayed)

    def GetReceipt(
        self, request: pb.GetReceiptRequest, context: grpc.ServicerContext
    ) -> pb.GetReceiptResponse:
        view = self._payments.get_receipt(principal(), request.receipt_id)
        return pb.GetReceiptResponse(receipt=convert.receipt_pb(view))

    def PrintReceipt(
        self, request: pb.PrintReceiptRequest, context: grpc.ServicerContext
    ) -> pb.PrintReceiptResponse:
        result = self._payments.print_receipt(principal(), request.request_id, request.receipt_id)
        return pb.PrintReceiptResponse(
            receipt=convert.receipt_pb(result.receipt),
            copy_number=result.copy_number,
            duplicate=result.duplicate,
        )

    def ListSessionReceipts(
        self, request: pb.ListSessionReceiptsRequest, context: grpc.ServicerContext
    ) -> pb.ListSessionReceiptsResponse:
        page = self._payments.list_session_receipts(
            principal(), request.cash_session_id, request.page_size, request.page_token
        )
        return pb.ListSessionReceiptsResponse(
            receipts=[convert.receipt_pb(view) for view in page.receipts],
            next_page_token=page.next_page_token,
        )

    def RequestReceiptCancellation(
        self, request: pb.RequestReceiptCancellationRequest, context: grpc.ServicerContext
    ) -> pb.RequestReceiptCancellationResponse:
        approval_id = self._cancellations.request(
            principal(), request.request_id, request.receipt_id, request.reason
        )
        return pb.RequestReceiptCancellationResponse(approval_request_id=approval_id)
