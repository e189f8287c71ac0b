"""What the supervision screens need of the server (issue 4): CashSupervisionService and
BankDepositService. The backend's gateways fit these protocols; `service_ports.ClientServices`
exposes them as `cash_supervision` and `bank_deposits`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol

from iwebs.v1 import bank_deposit_service_pb2, cash_pb2, cash_supervision_service_pb2, common_pb2

CashSession = cash_pb2.CashSession
CashClosure = cash_pb2.CashClosure
CashMovement = cash_pb2.CashMovement
Receipt = cash_pb2.Receipt
TenderTotal = cash_pb2.TenderTotal
Money = common_pb2.Money
BankDeposit = bank_deposit_service_pb2.BankDeposit
DepositLine = bank_deposit_service_pb2.DepositLine
ChequeOnHand = bank_deposit_service_pb2.ChequeOnHand
SessionCashToDeposit = bank_deposit_service_pb2.SessionCashToDeposit
DepositPosition = bank_deposit_service_pb2.GetDepositPositionResponse
TillPositions = cash_supervision_service_pb2.ListTillPositionsResponse
SessionDetail = cash_supervision_service_pb2.GetCashSessionResponse


class CashSupervisionPort(Protocol):
    """CashSupervisionService (issue 4: CSH-7, CSH-12, day closure)."""

    def list_till_positions(
        self, agency_id: str = "", business_date: dt.date | None = None
    ) -> cash_supervision_service_pb2.ListTillPositionsResponse: ...
    def get_cash_session(
        self, cash_session_id: str
    ) -> cash_supervision_service_pb2.GetCashSessionResponse: ...
    def list_transactions(
        self,
        cash_session_id: str = "",
        agency_id: str = "",
        business_date: dt.date | None = None,
        page_token: str = "",
        page_size: int = ...,
    ) -> tuple[list[cash_pb2.Receipt], str]: ...
    def close_agency_day(
        self, request_id: str, agency_id: str, business_date: dt.date | None
    ) -> cash_pb2.CashClosure: ...
    def list_closures(
        self, agency_id: str = "", page_token: str = "", page_size: int = ...
    ) -> tuple[list[cash_pb2.CashClosure], str]: ...


class BankDepositPort(Protocol):
    """BankDepositService (issue 4: CSH-5, CSH-11)."""

    def get_deposit_position(
        self, agency_id: str, business_date: dt.date | None = None
    ) -> bank_deposit_service_pb2.GetDepositPositionResponse: ...
    def prepare_deposit(
        self,
        request_id: str,
        agency_id: str,
        kind: int,
        bank_code: str,
        lines: Sequence[bank_deposit_service_pb2.DepositLine],
        comment: str = "",
    ) -> bank_deposit_service_pb2.BankDeposit: ...
    def record_slip(
        self,
        request_id: str,
        deposit_id: str,
        slip_number: str,
        slip_date: dt.date,
        credited: common_pb2.Money,
    ) -> bank_deposit_service_pb2.BankDeposit: ...
    def list_deposits(
        self, agency_id: str = "", page_token: str = "", page_size: int = ...
    ) -> tuple[list[bank_deposit_service_pb2.BankDeposit], str]: ...
