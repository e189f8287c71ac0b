"""The supervisor's and the depositor's use cases on the cash desk harness (real database,
no transport): the sessions' Desk plus supervision, deposits and receipt cancellation."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from iwebs_server.application.bank_deposits import BankDepositService
from iwebs_server.application.cash_closures import ClosureWriter
from iwebs_server.application.cash_sessions import CashSessionService
from iwebs_server.application.cash_supervision import CashSupervisionService
from iwebs_server.application.cash_till import CloseInput
from iwebs_server.application.cash_verification_report import VerificationReport
from iwebs_server.application.cash_verifier import CashVerifier
from iwebs_server.application.clock import new_id
from iwebs_server.application.receipt_cancellation import ReceiptCancellationService
from iwebs_server.application.receipts import ReceiptIssuer
from iwebs_server.domain.errors import DomainError
from iwebs_server.domain.principal import Principal
from tests.server.application.cash_session_harness import Desk, build_desk

NOTES = ((10000, "XOF-B10000"), (5000, "XOF-B5000"), (2000, "XOF-B2000"), (1000, "XOF-B1000"))
COINS = ((500, "XOF-B500"), (250, "XOF-P250"), (100, "XOF-P100"), (50, "XOF-P50"), (5, "XOF-P5"))
COINS_1 = ((1, "XOF-P1"),)


def billetage(amount: int) -> tuple[tuple[str, int], ...]:
    """Notes and coins adding up to `amount` exactly (largest first)."""
    lines = []
    for value, code in (*NOTES, *COINS, *COINS_1):
        quantity, amount = divmod(amount, value)
        if quantity:
            lines.append((code, quantity))
    return tuple(lines)


def refused(call, reason: str, field: str | None = None) -> DomainError:  # type: ignore[no-untyped-def]
    with pytest.raises(DomainError) as caught:
        call()
    assert caught.value.reason == reason, caught.value.message
    if field is not None:
        assert field in [v.field for v in caught.value.field_violations]
    return caught.value


def rid() -> str:
    return new_id()


@dataclass
class Office:
    desk: Desk
    supervision: CashSupervisionService
    deposits: BankDepositService
    cancellations: ReceiptCancellationService

    def cashier(self, login: str, agency: str = "DKR") -> Principal:
        user = self.desk.user(login, agencies=(agency,))
        return self.desk.principal(user, self.desk.workstation(agency))

    def supervisor(self, login: str, agency: str = "DKR") -> Principal:
        user = self.desk.user(login, "supervisor", agencies=(agency,))
        return self.desk.principal(user, self.desk.workstation(agency, may_collect_cash=False))

    def close(self, who: Principal, cash_session_id: str, counted_cash: int) -> None:
        self.desk.sessions.close(
            who, rid(), CloseInput(cash_session_id, billetage(counted_cash), comment="compté")
        )

    def cancel(self, who: Principal, approver: Principal, receipt_id: str) -> None:
        approval_id = self.cancellations.request(who, rid(), receipt_id, "erreur de montant")
        self.desk.approvals.approve(approver, rid(), approval_id, "ok")

    def verify(self) -> VerificationReport:
        return CashVerifier(self.desk.uow).verify()

    @property
    def dkr(self) -> str:
        return self.desk.agencies["DKR"]

    @property
    def ths(self) -> str:
        return self.desk.agencies["THS"]


def build_office(database_url: str) -> Iterator[Office]:
    desk = build_desk(database_url)
    closures = ClosureWriter()
    desk.sessions = CashSessionService(desk.uow, desk.clock, desk.audit, desk.idempotency, closures)
    cancellations = ReceiptCancellationService(
        desk.uow,
        desk.clock,
        desk.audit,
        desk.idempotency,
        desk.approvals,
        ReceiptIssuer(desk.clock),
    )
    desk.approvals.register_kind(cancellations.approval_kind())
    office = Office(
        desk,
        CashSupervisionService(desk.uow, desk.clock, desk.audit, desk.idempotency, closures),
        BankDepositService(desk.uow, desk.clock, desk.audit, desk.idempotency),
        cancellations,
    )
    yield office
    desk.uow.engine.dispose()
