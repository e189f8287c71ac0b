"""iwebs.v1.BillService: account balance, open items and statement, bills with their
explanation, the bill document, individual and final bills, correction requests."""

from __future__ import annotations

import grpc

from iwebs.v1 import bill_service_pb2 as pb
from iwebs.v1 import bill_service_pb2_grpc as pb_grpc
from iwebs_server.application.bill_corrections import BillCorrectionService
from iwebs_server.application.bills import BillQueries
from iwebs_server.application.individual_billing import IndividualBilling
from iwebs_server.rpc.call_state import principal
from iwebs_server.rpc.converters import bill_converters as convert
from iwebs_server.rpc.converters.cash_converters import money_pb
from iwebs_server.rpc.converters.customer_base import to_date


class BillServicer(pb_grpc.BillServiceServicer):
    def __init__(
        self,
        queries: BillQueries,
        individual: IndividualBilling,
        corrections: BillCorrectionService,
    ) -> None:
        self._queries = queries
        self._individual = individual
        self._corrections = corrections

    def GetAccountBalance(
        self, request: pb.GetAccountBalanceRequest, context: grpc.ServicerContext
    ) -> pb.GetAccountBalanceResponse:
        view = self._queries.account_balance(principal(), request.account_id)
        return convert.balance_pb(view)

    def GetAccountStatement(
        self, request: pb.GetAccountStatementRequest, context: grpc.ServicerContext
    ) -> pb.GetAccountStatementResponse:
        view = self._queries.account_statement(
            principal(),
            request.account_id,
            to_date(request.from_date, request.HasField("from_date"), "from_date"),
            to_date(request.to_date, request.HasField("to_date"), "to_date"),
            request.page_size,
            request.page_token,
        )
        return convert.statement_pb(view)

    def ListBills(
        self, request: pb.ListBillsRequest, context: grpc.ServicerContext
    ) -> pb.ListBillsResponse:
        page = self._queries.list_bills(
            principal(),
            account_id=request.account_id,
            subscription_id=request.subscription_id,
            kind=convert.kind_in(request.kind),
            open_only=request.open_only,
            size=request.page_size,
            token=request.page_token,
        )
        return pb.ListBillsResponse(
            bills=[convert.summary_pb(view) for view in page.bills],
            next_page_token=page.next_page_token,
        )

    def GetBill(
        self, request: pb.GetBillRequest, context: grpc.ServicerContext
    ) -> pb.GetBillResponse:
        view = self._queries.get_bill(principal(), request.bill_id)
        return pb.GetBillResponse(bill=convert.bill_pb(view))

    def GetBillDocument(
        self, request: pb.GetBillDocumentRequest, context: grpc.ServicerContext
    ) -> pb.GetBillDocumentResponse:
        view = self._queries.bill_document(principal(), request.bill_id)
        return pb.GetBillDocumentResponse(document=convert.document_pb(view))

    def BillSubscription(
        self, request: pb.BillSubscriptionRequest, context: grpc.ServicerContext
    ) -> pb.BillSubscriptionResponse:
        view = self._individual.bill_subscription(
            principal(),
            request.request_id,
            request.subscription_id,
            to_date(request.period_start, request.HasField("period_start"), "period_start"),
            to_date(request.period_end, request.HasField("period_end"), "period_end"),
            request.period_label,
            preview=request.preview,
        )
        return pb.BillSubscriptionResponse(result=convert.individual_pb(view))

    def IssueFinalBill(
        self, request: pb.IssueFinalBillRequest, context: grpc.ServicerContext
    ) -> pb.IssueFinalBillResponse:
        view = self._individual.final_bill(
            principal(),
            request.request_id,
            request.subscription_id,
            to_date(request.period_end, request.HasField("period_end"), "period_end"),
            preview=request.preview,
        )
        currency = view.bill.summary.currency_code
        return pb.IssueFinalBillResponse(
            result=convert.individual_pb(view),
            deposit_matched=money_pb(currency, view.deposit_matched_minor),
            deposit_released=money_pb(currency, view.deposit_released_minor),
        )

    def RequestBillCorrection(
        self, request: pb.RequestBillCorrectionRequest, context: grpc.ServicerContext
    ) -> pb.RequestBillCorrectionResponse:
        approval_id = self._corrections.request(
            principal(), request.request_id, request.bill_id, request.reason
        )
        return pb.RequestBillCorrectionResponse(approval_request_id=approval_id)
