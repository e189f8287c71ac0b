"""What the counter's presenters need from the backend (CashSessionService, PaymentService),
as protocols: the gateways of backend/cash_session_gateway.py and payment_gateway.py fit them,
and so do the test fakes (tests/client/cash_counter_fakes.py)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from iwebs.v1 import cash_pb2, cash_session_service_pb2, common_pb2, payment_service_pb2

Money = common_pb2.Money
CashSession = cash_pb2.CashSession
CashMovement = cash_pb2.CashMovement
CashClosure = cash_pb2.CashClosure
Receipt = cash_pb2.Receipt
Tender = cash_pb2.Tender
Allocation = cash_pb2.Allocation
PayableBill = cash_pb2.PayableBill
DenominationCount = cash_pb2.DenominationCount
TenderReconciliation = cash_pb2.TenderReconciliation
PaymentContent = payment_service_pb2.PaymentContent
PayableItems = payment_service_pb2.GetPayableItemsResponse
PaymentPreview = payment_service_pb2.PreviewPaymentResponse
PayResponse = payment_service_pb2.PayResponse
PrintReceiptResponse = payment_service_pb2.PrintReceiptResponse
ClosingSummary = cash_session_service_pb2.GetClosingSummaryResponse
CloseResponse = cash_session_service_pb2.CloseCashSessionResponse
DisbursementResponse = cash_session_service_pb2.RecordDisbursementResponse


class CashSessionPort(Protocol):
    def open_session(
        self, request_id: str, opening_float: Money | None, is_head_cashier: bool
    ) -> CashSession: ...
    def current_session(self) -> CashSession | None: ...
    def list_my_sessions(
        self, page_token: str = "", page_size: int = ...
    ) -> tuple[list[CashSession], str]: ...
    def closing_summary(self, cash_session_id: str) -> ClosingSummary: ...
    def close_session(
        self,
        request_id: str,
        cash_session_id: str,
        denominations: Sequence[DenominationCount],
        counted: Sequence[TenderReconciliation],
        comment: str,
    ) -> CloseResponse: ...
    def transfer_to_head_cashier(
        self,
        request_id: str,
        cash_session_id: str,
        head_cashier_session_id: str,
        amount: Money,
        comment: str,
    ) -> CashMovement: ...
    def record_disbursement(
        self,
        request_id: str,
        cash_session_id: str,
        category_code: str,
        amount: Money,
        beneficiary: str,
        reason: str,
        account_id: str = "",
    ) -> DisbursementResponse: ...
    def list_movements(self, cash_session_id: str) -> list[CashMovement]: ...


class PaymentPort(Protocol):
    def payable_items(self, account_id: str) -> PayableItems: ...
    def preview(self, content: PaymentContent) -> PaymentPreview: ...
    def pay(self, request_id: str, content: PaymentContent) -> PayResponse: ...
    def get_receipt(self, receipt_id: str) -> Receipt: ...
    def print_receipt(self, request_id: str, receipt_id: str) -> PrintReceiptResponse: ...
    def list_session_receipts(
        self, cash_session_id: str, page_token: str = "", page_size: int = ...
    ) -> tuple[list[Receipt], str]: ...
    def request_cancellation(self, request_id: str, receipt_id: str, reason: str) -> str: ...
