"""BankDepositService through the live server (CSH-5, CSH-7, CSH-11): the position, a cash
deposit and a cheque remittance, the bank's slip, the list; the right cash.deposit and the
agency scope (SEC-07)."""

from __future__ import annotations

import grpc
import pytest

from iwebs.v1 import bank_deposit_service_pb2 as pb
from iwebs.v1 import bank_deposit_service_pb2_grpc as bd_grpc
from iwebs.v1 import common_pb2
from iwebs_server.application.clock import new_id
from tests.factories.cash_desk import (
    add_account,
    cash,
    cheque,
    money,
    open_counter,
    seed_cash_reference,
)
from tests.factories.live_server import LiveServer
from tests.server.rpc.cash_office_helpers import FLOAT, close_till, sign_in_supervisor
from tests.server.rpc.security_helpers import refused

NOT_FOUND, PRECONDITION = grpc.StatusCode.NOT_FOUND, grpc.StatusCode.FAILED_PRECONDITION


@pytest.fixture
def server(live_server: LiveServer) -> LiveServer:
    seed_cash_reference(live_server.app)
    return live_server


def test_position_deposit_remittance_slip_and_list(server: LiveServer) -> None:
    """CSH-11 then CSH-5: a closed till's cash (counted - float) and cheque are to deposit;
    a deposit beyond what remains is refused; a cheque is remitted once; the slip once,
    a different credit kept and shown; deposits listed newest first (CSH-7)."""
    awa = open_counter(server, "awa")
    moussa = open_counter(server, "moussa", "THS")
    account = add_account(server.app, awa.agency_id)
    today = server.app.clock.now().date()
    awa.pay(account, 15_000, [cash(15_000)])
    paid = awa.pay(account, 7_000, [cheque(7_000, today)]).receipt
    close_till(awa, FLOAT + 15_000)
    sup = sign_in_supervisor(server)
    position = sup.deposits.GetDepositPosition(
        pb.GetDepositPositionRequest(agency_id=awa.agency_id)
    )
    assert position.cash_collected_today == money(15_000)
    assert position.cheques_collected_today == money(7_000)
    assert position.cash_not_deposited_earlier == money(0)
    assert position.total_to_deposit == money(22_000)
    assert [
        (s.cash_session_id, s.remaining.amount_minor, s.cashier_login) for s in position.sessions
    ] == [(awa.cash_session_id, 15_000, "awa")]
    assert [(c.reference, c.amount.amount_minor, c.receipt_number) for c in position.cheques] == [
        ("1234567", 7_000, paid.receipt_number)
    ]
    tender_id = position.cheques[0].payment_tender_id

    def cash_deposit(amount: int, request_id: str = "") -> pb.PrepareDepositRequest:
        return pb.PrepareDepositRequest(
            request_id=request_id or new_id(),
            agency_id=awa.agency_id,
            kind=pb.DEPOSIT_KIND_CASH,
            bank_code="CBAO",
            lines=[pb.DepositLine(cash_session_id=awa.cash_session_id, amount=money(amount))],
        )

    refused(
        sup.deposits.PrepareDeposit, cash_deposit(15_001), PRECONDITION, "DEPOSIT_EXCEEDS_AVAILABLE"
    )
    unspecified = cash_deposit(1)
    unspecified.kind = pb.DEPOSIT_KIND_UNSPECIFIED
    details = refused(
        sup.deposits.PrepareDeposit,
        unspecified,
        grpc.StatusCode.INVALID_ARGUMENT,
        "INVALID_ARGUMENT",
    )
    assert "kind" in details.fields
    deposited = sup.deposits.PrepareDeposit(cash_deposit(15_000)).deposit
    assert deposited.deposit_number == f"DKR-V-{today.year}-00001"
    assert (deposited.kind, deposited.amount, deposited.prepared_by_login) == (
        pb.DEPOSIT_KIND_CASH,
        money(15_000),
        "sup",
    )
    assert not deposited.slip_recorded and not deposited.HasField("credited")

    remittance = pb.PrepareDepositRequest(
        request_id=new_id(),
        agency_id=awa.agency_id,
        kind=pb.DEPOSIT_KIND_CHEQUE,
        bank_code="SGBS",
        lines=[pb.DepositLine(payment_tender_id=tender_id)],
    )
    remitted = sup.deposits.PrepareDeposit(remittance).deposit
    assert remitted.deposit_number == f"DKR-V-{today.year}-00002"
    assert [(line.payment_tender_id, line.amount.amount_minor) for line in remitted.lines] == [
        (tender_id, 7_000)
    ]
    assert sup.deposits.PrepareDeposit(remittance).deposit == remitted  # a repeat
    remittance.request_id = new_id()
    refused(
        sup.deposits.PrepareDeposit, remittance, grpc.StatusCode.ALREADY_EXISTS, "ALREADY_EXISTS"
    )
    after = sup.deposits.GetDepositPosition(pb.GetDepositPositionRequest(agency_id=awa.agency_id))
    assert after.total_to_deposit == money(0) and list(after.cheques) == []

    slip = pb.RecordDepositSlipRequest(
        request_id=new_id(),
        deposit_id=deposited.deposit_id,
        slip_number="BV-1200",
        slip_date=common_pb2.Date(year=today.year, month=today.month, day=today.day),
        credited=money(14_500),
    )
    recorded = sup.deposits.RecordDepositSlip(slip).deposit
    assert recorded.slip_recorded and recorded.slip_number == "BV-1200"
    assert recorded.credited == money(14_500) and recorded.amount == money(15_000)
    slip.request_id = new_id()
    refused(sup.deposits.RecordDepositSlip, slip, grpc.StatusCode.ALREADY_EXISTS, "ALREADY_EXISTS")

    listed = sup.deposits.ListDeposits(pb.ListDepositsRequest(agency_id=awa.agency_id))
    assert [d.deposit_number for d in listed.deposits] == [
        remitted.deposit_number,
        deposited.deposit_number,
    ]
    assert listed.deposits[1].credited == money(14_500)
    page = sup.deposits.ListDeposits(pb.ListDepositsRequest(page_size=1))
    assert len(page.deposits) == 1 and page.next_page_token

    refused(
        sup.deposits.GetDepositPosition,
        pb.GetDepositPositionRequest(agency_id=moussa.agency_id),
        NOT_FOUND,
        "NOT_FOUND",
    )
    other = sup.deposits.ListDeposits(pb.ListDepositsRequest(agency_id=moussa.agency_id))
    assert list(other.deposits) == []
    cashier = awa.client._stub(bd_grpc.BankDepositServiceStub)
    refused(
        cashier.GetDepositPosition,
        pb.GetDepositPositionRequest(agency_id=awa.agency_id),
        grpc.StatusCode.PERMISSION_DENIED,
        "PERMISSION_DENIED",
    )


def test_another_agencys_deposit_and_session_are_not_found(server: LiveServer) -> None:
    """SEC-07: a Thiès deposit is NOT_FOUND for a Dakar supervisor, and a Thiès session
    cannot go into a Dakar deposit."""
    moussa = open_counter(server, "moussa", "THS")
    moussa.pay(add_account(server.app, moussa.agency_id), 3_000, [cash(3_000)])
    close_till(moussa, FLOAT + 3_000)
    thies = sign_in_supervisor(server, "sup-ths", "THS")
    deposit = thies.deposits.PrepareDeposit(
        pb.PrepareDepositRequest(
            request_id=new_id(),
            agency_id=moussa.agency_id,
            kind=pb.DEPOSIT_KIND_CASH,
            bank_code="CBAO",
            lines=[pb.DepositLine(cash_session_id=moussa.cash_session_id, amount=money(3_000))],
        )
    ).deposit
    assert deposit.deposit_number.startswith("THS-V-")
    dakar = sign_in_supervisor(server)
    slip = pb.RecordDepositSlipRequest(
        request_id=new_id(),
        deposit_id=deposit.deposit_id,
        slip_number="X",
        slip_date=common_pb2.Date(year=2026, month=3, day=2),
        credited=money(3_000),
    )
    refused(dakar.deposits.RecordDepositSlip, slip, NOT_FOUND, "NOT_FOUND")
    dakar_id = server.agency_id("DKR")
    details = refused(
        dakar.deposits.PrepareDeposit,
        pb.PrepareDepositRequest(
            request_id=new_id(),
            agency_id=dakar_id,
            kind=pb.DEPOSIT_KIND_CASH,
            bank_code="CBAO",
            lines=[pb.DepositLine(cash_session_id=moussa.cash_session_id, amount=money(1))],
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
        "INVALID_ARGUMENT",
    )
    assert details.fields == ["lines[0].cash_session_id"]
