"""IDEM-01/IDEM-02 on the state-changing cash RPCs whose repeat no other test sends, through
the live server: open, transfer, disbursement, cancellation request and bank slip, sent
again with the same request_id, answer the first result and write nothing more; the same id
with another content is REQUEST_ID_REUSED."""

from __future__ import annotations

from typing import Any

import grpc

from iwebs.v1 import bank_deposit_service_pb2 as bd
from iwebs.v1 import cash_session_service_pb2 as css
from iwebs.v1 import cash_session_service_pb2_grpc as css_grpc
from iwebs.v1 import common_pb2
from iwebs.v1 import payment_service_pb2 as ps
from iwebs_server.application.clock import new_id
from iwebs_server.persistence.tables.cash_desk import CashSessionRow
from tests.factories.cash_desk import (
    CASHIER_PASSWORD,
    add_account,
    money,
    open_counter,
    seed_cash_reference,
)
from tests.factories.live_server import LiveServer
from tests.server.rpc.cash_office_helpers import FLOAT, close_till, sign_in_supervisor
from tests.server.rpc.security_helpers import refused
from tests.server.rpc.test_cash_desk_hostile_input import _facts

REUSED = (grpc.StatusCode.FAILED_PRECONDITION, "REQUEST_ID_REUSED")


def _repeated(call: Any, request: Any, server: LiveServer) -> Any:
    """Sends twice: the same answer, and the second writes nothing."""
    first = call(request)
    before = _facts(server)
    assert call(request) == first
    assert _facts(server) == before
    return first


def test_idem_01_cash_state_changes_repeat_as_their_first_answer(
    live_server: LiveServer,
) -> None:
    """IDEM-01: a repeat answers the first result; IDEM-02: another content is refused."""
    server = live_server
    seed_cash_reference(server.app)
    server.create_user("moussa", "cashier", ["DKR"], password=CASHIER_PASSWORD)
    till = server.enroll("DKR", may_collect_cash=True).login("moussa", CASHIER_PASSWORD)
    sessions = till._stub(css_grpc.CashSessionServiceStub)
    opening = css.OpenCashSessionRequest(request_id=new_id(), opening_float=money(FLOAT))
    _repeated(sessions.OpenCashSession, opening, server)
    another_float = css.OpenCashSessionRequest(request_id=opening.request_id)
    refused(sessions.OpenCashSession, another_float, *REUSED)

    awa = open_counter(server, "awa")
    head = open_counter(server, "chef", via_rpc=False)
    with server.app.uow_factory() as uow:  # chef's till is the head cashier's (CSH-3)
        head_row = uow.session.get(CashSessionRow, head.cash_session_id)
        assert head_row is not None
        head_row.is_head_cashier = True
    receipt = awa.pay(add_account(server.app, awa.agency_id), 20_000).receipt
    transfer = css.TransferToHeadCashierRequest(
        request_id=new_id(), cash_session_id=awa.cash_session_id,
        head_cashier_session_id=head.cash_session_id, amount=money(5_000),
    )  # fmt: skip
    _repeated(awa.sessions.TransferToHeadCashier, transfer, server)
    stamps = css.RecordDisbursementRequest(
        request_id=new_id(), cash_session_id=awa.cash_session_id, category_code="STAMPS",
        amount=money(1_000), reason="timbres",
    )  # fmt: skip
    _repeated(awa.sessions.RecordDisbursement, stamps, server)
    cancellation = ps.RequestReceiptCancellationRequest(
        request_id=new_id(), receipt_id=receipt.receipt_id, reason="erreur de compte"
    )
    _repeated(awa.payments.RequestReceiptCancellation, cancellation, server)
    changes: tuple[tuple[Any, Any, tuple[str, str]], ...] = (
        (awa.sessions.TransferToHeadCashier, transfer, ("comment", "autre")),
        (awa.sessions.RecordDisbursement, stamps, ("reason", "autre")),
        (awa.payments.RequestReceiptCancellation, cancellation, ("reason", "autre")),
    )
    for call, request, change in changes:
        other = type(request)()
        other.CopyFrom(request)
        setattr(other, *change)
        refused(call, other, *REUSED)

    close_till(awa, FLOAT + 20_000 - 5_000 - 1_000)
    boss = sign_in_supervisor(server)
    deposit = boss.deposits.PrepareDeposit(
        bd.PrepareDepositRequest(
            request_id=new_id(), agency_id=awa.agency_id, kind=bd.DEPOSIT_KIND_CASH,
            bank_code="CBAO",
            lines=[bd.DepositLine(cash_session_id=awa.cash_session_id, amount=money(14_000))],
        )
    ).deposit  # fmt: skip
    slip = bd.RecordDepositSlipRequest(
        request_id=new_id(), deposit_id=deposit.deposit_id, slip_number="S-1",
        slip_date=common_pb2.Date(year=2026, month=1, day=2), credited=money(14_000),
    )  # fmt: skip
    _repeated(boss.deposits.RecordDepositSlip, slip, server)
    other_slip = bd.RecordDepositSlipRequest()
    other_slip.CopyFrom(slip)
    other_slip.slip_number = "S-2"
    refused(boss.deposits.RecordDepositSlip, other_slip, *REUSED)
