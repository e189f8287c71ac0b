"""What the account's bills screen needs of BillService (issue 5: FAC-1, FAC-7, FAC-9).
`backend/bill_gateway.BillGateway` fits this protocol; `service_ports.ClientServices`
exposes it as `bills`."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from iwebs.v1 import bill_service_pb2 as bs

AccountBalanceAnswer = bs.GetAccountBalanceResponse
AccountPosition = bs.AccountPosition
AccountStatement = bs.GetAccountStatementResponse
BillSummary = bs.BillSummary
Bill = bs.Bill
BillDocumentMessage = bs.BillDocument
IndividualBillResult = bs.IndividualBillResult
FinalBillAnswer = bs.IssueFinalBillResponse


class BillPort(Protocol):
    def get_account_balance(self, account_id: str) -> AccountBalanceAnswer: ...
    def get_account_statement(
        self,
        account_id: str,
        from_date: dt.date | None = None,
        to_date: dt.date | None = None,
        page_token: str = "",
        page_size: int = ...,
    ) -> AccountStatement: ...
    def list_bills(
        self,
        account_id: str = "",
        subscription_id: str = "",
        open_only: bool = False,
        page_token: str = "",
        page_size: int = ...,
    ) -> tuple[list[BillSummary], str]: ...
    def get_bill(self, bill_id: str) -> Bill: ...
    def get_bill_document(self, bill_id: str) -> BillDocumentMessage: ...
    def bill_subscription(
        self,
        request_id: str,
        subscription_id: str,
        period_start: dt.date,
        period_end: dt.date,
        period_label: str = "",
        preview: bool = False,
    ) -> IndividualBillResult: ...
    def issue_final_bill(
        self,
        request_id: str,
        subscription_id: str,
        period_end: dt.date | None = None,
        preview: bool = False,
    ) -> FinalBillAnswer: ...
    def request_correction(self, request_id: str, bill_id: str, reason: str) -> str: ...
