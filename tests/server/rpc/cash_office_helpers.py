"""The back office of the cash desk through the live server: a supervisor signed in with
the supervision and deposit stubs, and a till closed with an exact denomination count."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from iwebs.v1 import bank_deposit_service_pb2_grpc as bd_grpc
from iwebs.v1 import cash_pb2
from iwebs.v1 import cash_session_service_pb2 as css
from iwebs.v1 import cash_supervision_service_pb2_grpc as sup_grpc
from iwebs_server.application.clock import new_id
from tests.factories.cash_desk import Counter
from tests.factories.live_server import LiveServer
from tests.server.application.cash_supervision_harness import billetage

SUPERVISOR_PASSWORD = "Supervisor-Password-42"
FLOAT = 50_000  # the default of cash.opening_float


@dataclass
class Supervisor:
    login: str
    supervision: Any
    deposits: Any


def sign_in_supervisor(server: LiveServer, login: str = "sup", agency: str = "DKR") -> Supervisor:
    server.create_user(login, "supervisor", [agency], password=SUPERVISOR_PASSWORD)
    client = server.login(login, SUPERVISOR_PASSWORD, agency)
    return Supervisor(
        login,
        client._stub(sup_grpc.CashSupervisionServiceStub),
        client._stub(bd_grpc.BankDepositServiceStub),
    )


def close_till(counter: Counter, counted_cash: int) -> css.CloseCashSessionResponse:
    closed: css.CloseCashSessionResponse = counter.sessions.CloseCashSession(
        css.CloseCashSessionRequest(
            request_id=new_id(),
            cash_session_id=counter.cash_session_id,
            denominations=[
                cash_pb2.DenominationCount(denomination_code=code, quantity=quantity)
                for code, quantity in billetage(counted_cash)
            ],
            comment="compté",
        )
    )
    return closed
