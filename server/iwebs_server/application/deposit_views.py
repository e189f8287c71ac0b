"""Views and inputs of bank deposits and cheque remittances (CSH-5, CSH-7, CSH-11).
rpc/converters/deposit_converters.py turns them into bank_deposit_service.proto messages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

CASH_DEPOSIT, CHEQUE_DEPOSIT = "cash", "cheque"
DEPOSIT_KINDS = (CASH_DEPOSIT, CHEQUE_DEPOSIT)


@dataclass(frozen=True)
class SessionCashView:
    """A closed session's cash: counted - opening float = depositable."""

    cash_session_id: str
    business_date: date
    cashier_login: str
    workstation_name: str
    currency_code: str
    depositable_minor: int
    deposited_minor: int
    remaining_minor: int


@dataclass(frozen=True)
class ChequeOnHandView:
    payment_tender_id: str
    cash_session_id: str
    business_date: date
    bank_code: str
    reference: str
    drawer_name: str
    currency_code: str
    amount_minor: int
    receipt_number: str


@dataclass(frozen=True)
class DepositPositionView:
    """CSH-11: what earlier days left undeposited, what today's closed sessions collected,
    and the total to deposit now (every remaining cash amount and cheque on hand)."""

    agency_id: str
    business_date: date
    currency_code: str
    cash_not_deposited_earlier_minor: int
    cheques_not_deposited_earlier_minor: int
    cash_collected_today_minor: int
    cheques_collected_today_minor: int
    total_to_deposit_minor: int
    sessions: tuple[SessionCashView, ...]
    cheques: tuple[ChequeOnHandView, ...]


@dataclass(frozen=True)
class DepositLineInput:
    """Cash: a closed session and an amount. Cheque: one tender (the amount, when given,
    must be the cheque's)."""

    cash_session_id: str = ""
    currency_code: str = ""
    amount_minor: int = 0
    payment_tender_id: str = ""


@dataclass(frozen=True)
class DepositLineView:
    cash_session_id: str
    currency_code: str
    amount_minor: int
    payment_tender_id: str = ""


@dataclass(frozen=True)
class BankDepositView:
    deposit_id: str
    deposit_number: str
    agency_id: str
    kind: str  # cash | cheque
    bank_code: str
    currency_code: str
    amount_minor: int
    lines: tuple[DepositLineView, ...]
    prepared_at: datetime
    prepared_by_login: str
    comment: str
    slip_recorded: bool = False
    slip_number: str = ""
    slip_date: date | None = None
    credited_minor: int = 0

    @property
    def credit_differs(self) -> bool:
        """The bank credited another amount than the deposit's (allowed, shown flagged)."""
        return self.slip_recorded and self.credited_minor != self.amount_minor
