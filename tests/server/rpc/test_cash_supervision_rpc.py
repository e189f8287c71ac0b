"""CashSupervisionService through the live server (CSH-7, CSH-12, CASH-04): every RPC, the
right cash.supervise and the agency scope (SEC-07)."""

from __future__ import annotations

import grpc
import pytest

from iwebs.v1 import cash_pb2
from iwebs.v1 import cash_session_service_pb2 as css
from iwebs.v1 import cash_supervision_service_pb2 as pb
from iwebs.v1 import cash_supervision_service_pb2_grpc as sup_grpc
from iwebs_server.application.clock import new_id
from tests.factories.cash_desk import add_account, cash, cheque, open_counter, seed_cash_reference
from tests.factories.live_server import LiveServer
from tests.server.rpc.cash_office_helpers import FLOAT, close_till, sign_in_supervisor
from tests.server.rpc.security_helpers import audit_events, refused

NOT_FOUND, PRECONDITION = grpc.StatusCode.NOT_FOUND, grpc.StatusCode.FAILED_PRECONDITION


@pytest.fixture
def server(live_server: LiveServer) -> LiveServer:
    seed_cash_reference(live_server.app)
    return live_server


def test_till_positions_drill_down_and_transactions(server: LiveServer) -> None:
    """CSH-12: the supervisor polls every till of her agencies with its position and the
    sums; drills down to a session's movements and receipts, newest first (CSH-7);
    another agency's till is neither listed nor readable; a cashier may not look."""
    awa = open_counter(server, "awa")
    moussa = open_counter(server, "moussa", "THS")
    account = add_account(server.app, awa.agency_id)
    today = awa.sessions.GetCurrentCashSession(
        css.GetCurrentCashSessionRequest()
    ).cash_session.business_date
    first = awa.pay(account, 15_000, [cash(15_000)]).receipt
    second = awa.pay(account, 7_000, [cheque(7_000, server.app.clock.now().date())]).receipt
    moussa.pay(add_account(server.app, moussa.agency_id), 4_000, [cash(4_000)])
    sup = sign_in_supervisor(server)

    view = sup.supervision.ListTillPositions(pb.ListTillPositionsRequest())
    assert view.business_date == today
    assert [s.cashier_login for s in view.cash_sessions] == ["awa"]
    till = view.cash_sessions[0]
    assert till.status == cash_pb2.CASH_SESSION_STATUS_OPEN and till.receipt_count == 2
    assert [(t.mode_kind, t.amount.amount_minor, t.count) for t in till.totals] == [
        ("cash", FLOAT + 15_000, 1),
        ("cheque", 7_000, 1),
    ]
    assert [(t.mode_kind, t.amount.amount_minor) for t in view.totals] == [
        ("cash", FLOAT + 15_000),
        ("cheque", 7_000),
    ]
    thies = sup.supervision.ListTillPositions(
        pb.ListTillPositionsRequest(agency_id=moussa.agency_id)
    )
    assert list(thies.cash_sessions) == []

    detail = sup.supervision.GetCashSession(
        pb.GetCashSessionRequest(cash_session_id=awa.cash_session_id)
    )
    assert [m.kind for m in detail.movements] == ["opening_float"]
    assert not detail.HasField("closure")
    refused(
        sup.supervision.GetCashSession,
        pb.GetCashSessionRequest(cash_session_id=moussa.cash_session_id),
        NOT_FOUND,
        "NOT_FOUND",
    )

    page = sup.supervision.ListTransactions(
        pb.ListTransactionsRequest(cash_session_id=awa.cash_session_id, page_size=1)
    )
    assert [r.receipt_number for r in page.receipts] == [second.receipt_number]
    rest = sup.supervision.ListTransactions(
        pb.ListTransactionsRequest(
            cash_session_id=awa.cash_session_id, page_size=1, page_token=page.next_page_token
        )
    )
    assert [r.receipt_number for r in rest.receipts] == [first.receipt_number]
    day = sup.supervision.ListTransactions(pb.ListTransactionsRequest(agency_id=awa.agency_id))
    assert [r.amount.amount_minor for r in day.receipts] == [7_000, 15_000]
    other = sup.supervision.ListTransactions(pb.ListTransactionsRequest(agency_id=moussa.agency_id))
    assert list(other.receipts) == []
    refused(
        sup.supervision.ListTransactions,
        pb.ListTransactionsRequest(cash_session_id=moussa.cash_session_id),
        NOT_FOUND,
        "NOT_FOUND",
    )
    cashier_view = awa.client._stub(sup_grpc.CashSupervisionServiceStub)
    refused(
        cashier_view.ListTillPositions,
        pb.ListTillPositionsRequest(),
        grpc.StatusCode.PERMISSION_DENIED,
        "PERMISSION_DENIED",
    )


def test_close_agency_day_and_list_closures(server: LiveServer) -> None:
    """CASH-04: refused while a till is open, then closed once (a repeat of the request
    answers the same closure, another is DAY_ALREADY_CLOSED), chained after the session
    closure with the perpetual total; audited; another agency's day is NOT_FOUND."""
    awa = open_counter(server, "awa")
    moussa = open_counter(server, "moussa", "THS")
    account = add_account(server.app, awa.agency_id)
    awa.pay(account, 12_000, [cash(12_000)])
    sup = sign_in_supervisor(server)
    close = pb.CloseAgencyDayRequest(request_id=new_id(), agency_id=awa.agency_id)
    refused(sup.supervision.CloseAgencyDay, close, PRECONDITION, "DAY_HAS_OPEN_SESSIONS")
    close_till(awa, FLOAT + 12_000)
    closure = sup.supervision.CloseAgencyDay(close).closure
    assert closure.level == cash_pb2.CLOSURE_LEVEL_DAY and closure.sequence == 2
    assert (closure.receipt_count, closure.period_total.amount_minor) == (1, 12_000)
    assert closure.perpetual_total.amount_minor == 12_000
    assert closure.first_receipt_number == closure.last_receipt_number != ""
    assert [(t.mode_kind, t.expected.amount_minor) for t in closure.tenders] == [
        ("cash", FLOAT + 12_000)
    ]
    assert closure.closed_by_login == "sup" and len(closure.hash) == 64
    assert sup.supervision.CloseAgencyDay(close).closure == closure
    again = pb.CloseAgencyDayRequest(request_id=new_id(), agency_id=awa.agency_id)
    refused(sup.supervision.CloseAgencyDay, again, PRECONDITION, "DAY_ALREADY_CLOSED")
    thies = pb.CloseAgencyDayRequest(request_id=new_id(), agency_id=moussa.agency_id)
    refused(sup.supervision.CloseAgencyDay, thies, NOT_FOUND, "NOT_FOUND")
    server.flush_audit()
    assert [e.object_id for e in audit_events(server, action_prefix="cash.day.close")] == [
        closure.closure_id
    ]

    listed = sup.supervision.ListClosures(pb.ListClosuresRequest(agency_id=awa.agency_id))
    assert [(c.sequence, c.level) for c in listed.closures] == [
        (2, cash_pb2.CLOSURE_LEVEL_DAY),
        (1, cash_pb2.CLOSURE_LEVEL_SESSION),
    ]
    assert listed.closures[1].counted_cash.amount_minor == FLOAT + 12_000
    everything = sup.supervision.ListClosures(pb.ListClosuresRequest(page_size=1))
    assert len(everything.closures) == 1 and everything.next_page_token
    other = sup.supervision.ListClosures(pb.ListClosuresRequest(agency_id=moussa.agency_id))
    assert list(other.closures) == []
    closed = sup.supervision.GetCashSession(
        pb.GetCashSessionRequest(cash_session_id=awa.cash_session_id)
    )
    assert closed.closure.sequence == 1
    assert closed.cash_session.status == cash_pb2.CASH_SESSION_STATUS_CLOSED
