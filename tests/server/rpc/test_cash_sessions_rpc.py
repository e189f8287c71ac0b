"""CashSessionService over gRPC with mTLS on SQLite and PostgreSQL (CSH-3, CSH-6, CSH-8,
CSH-9): each refusal travels with its status, reason and field; another agency's session is
NOT_FOUND (SEC-07); a repeated request_id returns the first answer (IDEM-01)."""

from __future__ import annotations

from datetime import date
from typing import Any

import grpc
import pytest

from iwebs.v1 import approval_service_pb2, cash_session_service_pb2_grpc, common_pb2
from iwebs.v1 import cash_pb2 as cash
from iwebs.v1 import cash_session_service_pb2 as pb
from iwebs_server.application.reference_seed import seed_reference_data
from tests.factories.cash_desk import add_account, cheque, open_counter
from tests.factories.cash_desk import cash as cash_tender
from tests.factories.grpc_client import Client
from tests.factories.live_server import LiveServer
from tests.server.rpc.security_helpers import new_request_id, refused

PASSWORD = "Cash-Desk-Password-1"
PRECONDITION = grpc.StatusCode.FAILED_PRECONDITION
INVALID = grpc.StatusCode.INVALID_ARGUMENT


def xof(amount: int) -> common_pb2.Money:
    return common_pb2.Money(currency_code="XOF", amount_minor=amount)


@pytest.fixture
def server(live_server: LiveServer) -> LiveServer:
    with live_server.app.uow_factory() as uow:
        seed_reference_data(uow, live_server.app.clock)
    return live_server


def counter(
    server: LiveServer, login: str, profile: str = "cashier", agency: str = "DKR", **ws: Any
) -> tuple[Client, Any]:
    """A user signed in at a new workstation of `agency`, and her CashSessionService stub."""
    server.create_user(login, profile, [agency], password=PASSWORD)
    client = server.enroll(agency, **ws).login(login, PASSWORD)
    return client, client._stub(cash_session_service_pb2_grpc.CashSessionServiceStub)


def open_session(till: Any, amount: int | None = None, head: bool = False) -> cash.CashSession:
    request = pb.OpenCashSessionRequest(request_id=new_request_id(), is_head_cashier=head)
    if amount is not None:
        request.opening_float.CopyFrom(xof(amount))
    session: cash.CashSession = till.OpenCashSession(request).cash_session
    return session


def test_a_counter_day_open_count_close(server: LiveServer) -> None:
    """CSH-8: open with the agency's float; a second open refused; CSH-6: closing summary,
    a shortage needs a comment, the closure is chained and a repeat returns it."""
    _, till = counter(server, "awa")
    assert not till.GetCurrentCashSession(pb.GetCurrentCashSessionRequest()).found
    session = open_session(till)
    assert session.opening_float == xof(50_000)
    assert session.status == cash.CASH_SESSION_STATUS_OPEN
    assert session.cashier_login == "awa" and session.agency_name == "Dakar Plateau"
    current = till.GetCurrentCashSession(pb.GetCurrentCashSessionRequest())
    assert current.found and current.cash_session.cash_session_id == session.cash_session_id
    details = refused(till.OpenCashSession, pb.OpenCashSessionRequest(request_id=new_request_id()),
                      PRECONDITION, "CASH_SESSION_ALREADY_OPEN")  # fmt: skip
    assert details.code == PRECONDITION

    summary = till.GetClosingSummary(
        pb.GetClosingSummaryRequest(cash_session_id=session.cash_session_id)
    )
    assert [(t.mode_kind, t.expected.amount_minor) for t in summary.tenders] == [("cash", 50_000)]
    assert summary.denominations[0].denomination_code == "XOF-B10000"
    assert summary.difference_tolerance == xof(0)

    close = pb.CloseCashSessionRequest(
        request_id=new_request_id(),
        cash_session_id=session.cash_session_id,
        denominations=[cash.DenominationCount(denomination_code="XOF-B10000", quantity=4),
                       cash.DenominationCount(denomination_code="XOF-B5000", quantity=1),
                       cash.DenominationCount(denomination_code="XOF-P100", quantity=45)],
    )  # fmt: skip
    details = refused(till.CloseCashSession, close, PRECONDITION, "CLOSING_COMMENT_REQUIRED")
    assert details.fields == ["comment"]
    close.comment = "pièces manquantes"
    closed = till.CloseCashSession(close)
    assert closed.cash_session.status == cash.CASH_SESSION_STATUS_CLOSED
    closure = closed.closure
    assert (closure.expected_cash, closure.counted_cash, closure.difference) == (
        xof(50_000), xof(49_500), xof(-500),
    )  # fmt: skip
    assert closure.level == cash.CLOSURE_LEVEL_SESSION and closure.sequence == 1
    assert len(closure.hash) == 64 and closure.closed_by_login == "awa"
    assert till.CloseCashSession(close).closure.closure_id == closure.closure_id  # a repeat
    movements = till.ListCashMovements(
        pb.ListCashMovementsRequest(cash_session_id=session.cash_session_id)
    ).movements
    assert [(m.kind, m.amount.amount_minor) for m in movements] == [
        ("opening_float", 50_000),
        ("difference", -500),
    ]
    mine = till.ListMyCashSessions(pb.ListMyCashSessionsRequest()).cash_sessions
    assert [s.status for s in mine] == [cash.CASH_SESSION_STATUS_CLOSED]
    details = refused(till.OpenCashSession, pb.OpenCashSessionRequest(request_id=new_request_id()),
                      PRECONDITION, "CASH_SESSION_ALREADY_OPEN")  # fmt: skip


def test_refusals_with_their_reasons(server: LiveServer) -> None:
    """A till not allowed to collect cash; a float in another currency; another agency's
    session is NOT_FOUND; a cashier of the same agency cannot use someone else's till."""
    _, office = counter(server, "fatou", may_collect_cash=False)
    refused(office.OpenCashSession, pb.OpenCashSessionRequest(request_id=new_request_id()),
            PRECONDITION, "CASH_DESK_NOT_ALLOWED")  # fmt: skip
    _, till = counter(server, "awa")
    request = pb.OpenCashSessionRequest(
        request_id=new_request_id(), opening_float=common_pb2.Money(currency_code="EUR")
    )
    details = refused(till.OpenCashSession, request, INVALID, "INVALID_ARGUMENT")
    assert details.fields == ["opening_float.currency_code"]
    session = open_session(till, 10_000)
    _, thies = counter(server, "coumba", agency="THS")
    refused(thies.GetClosingSummary,
            pb.GetClosingSummaryRequest(cash_session_id=session.cash_session_id),
            grpc.StatusCode.NOT_FOUND, "NOT_FOUND")  # fmt: skip
    refused(thies.ListCashMovements,
            pb.ListCashMovementsRequest(cash_session_id=session.cash_session_id),
            grpc.StatusCode.NOT_FOUND, "NOT_FOUND")  # fmt: skip
    _, binta = counter(server, "binta")
    refused(binta.CloseCashSession,
            pb.CloseCashSessionRequest(request_id=new_request_id(),
                                       cash_session_id=session.cash_session_id),
            PRECONDITION, "CASH_SESSION_NOT_OPEN")  # fmt: skip


def test_transfer_and_disbursements_with_approval(server: LiveServer) -> None:
    """Transfer to the head cashier; CSH-3: a small disbursement is paid out with a voucher,
    a large one waits for a supervisor's approval, which pays it out."""
    _, till = counter(server, "awa")
    _, head_till = counter(server, "chef")
    session = open_session(till, 100_000)
    head = open_session(head_till, 0, head=True)
    transfer = pb.TransferToHeadCashierRequest(
        request_id=new_request_id(), cash_session_id=session.cash_session_id,
        head_cashier_session_id=head.cash_session_id, amount=xof(40_000), comment="midi",
    )  # fmt: skip
    moved = till.TransferToHeadCashier(transfer).movement
    assert (moved.kind, moved.amount) == ("transfer_out", xof(-40_000))
    assert till.TransferToHeadCashier(transfer).movement.cash_movement_id == moved.cash_movement_id
    transfer.amount.CopyFrom(xof(39_000))
    refused(till.TransferToHeadCashier, transfer, PRECONDITION, "REQUEST_ID_REUSED")
    transfer.request_id, transfer.amount.amount_minor = new_request_id(), 60_001
    details = refused(till.TransferToHeadCashier, transfer, PRECONDITION, "PAYMENT_AMOUNT_INVALID")
    assert details.fields == ["amount.amount_minor"]

    small = till.RecordDisbursement(
        pb.RecordDisbursementRequest(
            request_id=new_request_id(),
            cash_session_id=session.cash_session_id,
            category_code="STAMPS",
            amount=xof(2_000),
            beneficiary="La Poste",
            reason="timbres",
        )
    )
    assert small.movement.amount == xof(-2_000) and small.approval_request_id == ""
    assert small.voucher.kind == cash.RECEIPT_KIND_DISBURSEMENT
    assert small.voucher.amount == xof(-2_000) and small.voucher.receipt_number
    details = refused(
        till.RecordDisbursement,
        pb.RecordDisbursementRequest(request_id=new_request_id(),
                                     cash_session_id=session.cash_session_id,
                                     category_code="STAMPS", amount=xof(100)),
        INVALID, "INVALID_ARGUMENT",
    )  # fmt: skip
    assert details.fields == ["reason"]

    large = till.RecordDisbursement(
        pb.RecordDisbursementRequest(
            request_id=new_request_id(),
            cash_session_id=session.cash_session_id,
            category_code="PETTY",
            amount=xof(30_000),
            reason="carburant groupe",
        )
    )
    assert large.approval_request_id and not large.HasField("movement")
    supervisor, _ = counter(server, "sokhna", "supervisor")
    approved = supervisor.approvals.ApproveApprovalRequest(
        approval_service_pb2.ApproveApprovalRequestRequest(
            request_id=new_request_id(), approval_request_id=large.approval_request_id
        )
    ).approval_request
    assert approved.kind == "cash.disbursement"
    movements = till.ListCashMovements(
        pb.ListCashMovementsRequest(cash_session_id=session.cash_session_id)
    ).movements
    assert [(m.kind, m.amount.amount_minor) for m in movements] == [
        ("opening_float", 100_000),
        ("transfer_out", -40_000),
        ("disbursement", -2_000),
        ("disbursement", -30_000),
    ]
    assert all(m.receipt_number for m in movements if m.kind == "disbursement")
    current = till.GetCurrentCashSession(pb.GetCurrentCashSessionRequest()).cash_session
    assert current.totals[0].mode_kind == "cash" and current.totals[0].amount == xof(28_000)


def test_closing_after_payments_and_a_refund(server: LiveServer) -> None:
    """CSH-6: after a cash payment with change, a cheque and a refund of the advance
    (CSH-3), the closing summary expects float + net tenders - refund per kind; counting
    that closes exactly, the closure sums the receipts (payments and the voucher)."""
    awa = open_counter(server, "awa")
    account = add_account(server.app, awa.agency_id)
    paid = awa.pay(account, 7_500, [cash_tender(10_000)])  # all advance (no bill), 2 500 change
    assert paid.receipt.change == xof(2_500)
    awa.pay(account, 20_000, [cheque(20_000, date.today())])
    refund = pb.RecordDisbursementRequest(
        request_id=new_request_id(), cash_session_id=awa.cash_session_id,
        category_code="REFUND", amount=xof(27_501), reason="trop-perçu", account_id=account,
    )  # fmt: skip
    details = refused(awa.sessions.RecordDisbursement, refund, PRECONDITION,
                      "PAYMENT_AMOUNT_INVALID")  # fmt: skip
    assert details.fields == ["amount.amount_minor"]  # the advance is 27 500; the till 57 500
    refund.amount.amount_minor, refund.request_id = 5_000, new_request_id()
    voucher = awa.sessions.RecordDisbursement(refund).voucher
    assert voucher.amount == xof(-5_000) and voucher.account_id == account

    summary = awa.sessions.GetClosingSummary(
        pb.GetClosingSummaryRequest(cash_session_id=awa.cash_session_id)
    )
    expected = {t.mode_kind: t.expected.amount_minor for t in summary.tenders}
    assert expected == {"cash": 50_000 + 7_500 - 5_000, "cheque": 20_000}
    assert [c.amount for c in summary.cheques] == [xof(20_000)]
    closed = awa.sessions.CloseCashSession(
        pb.CloseCashSessionRequest(
            request_id=new_request_id(),
            cash_session_id=awa.cash_session_id,
            denominations=[
                cash.DenominationCount(denomination_code="XOF-B10000", quantity=5),
                cash.DenominationCount(denomination_code="XOF-B2000", quantity=1),
                cash.DenominationCount(denomination_code="XOF-B500", quantity=1),
            ],
        )
    ).closure
    assert closed.difference == xof(0) and closed.counted_cash == xof(52_500)
    assert {(t.mode_kind, t.counted.amount_minor) for t in closed.tenders} == {
        ("cash", 52_500),
        ("cheque", 20_000),
    }
    assert closed.receipt_count == 3 and closed.period_total == xof(7_500 + 20_000 - 5_000)
    assert closed.first_receipt_number == paid.receipt.receipt_number
    assert closed.last_receipt_number == voucher.receipt_number
