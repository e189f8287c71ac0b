"""Payments through the live server (CSH-1, CSH-4, CSH-7; CASH-01..03; IDEM-01, IDEM-02)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta

import grpc
import pytest
from sqlalchemy import func, select

from iwebs.v1 import cash_pb2
from iwebs.v1 import payment_service_pb2 as ps
from iwebs_server.application.clock import new_id
from iwebs_server.persistence.tables.audit import AuditEventRow
from iwebs_server.persistence.tables.cash_desk import PaymentRow, ReceiptRow
from tests.factories.cash_desk import (
    Counter,
    add_account,
    add_bill,
    cash,
    open_amounts,
    open_counter,
    seed_cash_reference,
)
from tests.factories.live_server import LiveServer
from tests.server.rpc.security_helpers import refused

TODAY = date.today()


@pytest.fixture
def counter(live_server: LiveServer) -> Counter:
    seed_cash_reference(live_server.app)
    return open_counter(live_server, "awa")


def test_pay_two_bills_oldest_first_and_print_a_receipt(counter):
    """CSH-1: oldest due first; the receipt carries everything to print it (CSH-4)."""
    app = counter.server.app
    account = add_account(app, counter.agency_id)
    newer = add_bill(app, account, 8_000, TODAY - timedelta(days=5), number="F-NEW")
    older = add_bill(app, account, 12_000, TODAY - timedelta(days=40), number="F-OLD")
    items = counter.payments.GetPayableItems(ps.GetPayableItemsRequest(account_id=account))
    assert [b.bill_number for b in items.bills] == ["F-OLD", "F-NEW"]
    assert items.total_open.amount_minor == 20_000 and items.customer_name == "Awa Ndiaye"
    response = counter.pay(account, 15_000, [cash(20_000)])
    receipt = response.receipt
    assert not response.replayed
    assert receipt.receipt_number == f"DKR-{TODAY.year}-0000001"
    assert receipt.kind == cash_pb2.RECEIPT_KIND_PAYMENT
    assert receipt.amount.amount_minor == 15_000
    assert receipt.amount_in_words == "quinze mille francs CFA"
    assert receipt.change.amount_minor == 5_000 and receipt.tendered.amount_minor == 20_000
    assert [
        (a.bill_number, a.amount.amount_minor, a.open_before.amount_minor)
        for a in receipt.allocations
    ] == [
        ("F-OLD", 12_000, 12_000),
        ("F-NEW", 3_000, 8_000),
    ]
    assert [(t.mode_code, t.amount.amount_minor) for t in receipt.tenders] == [("CASH", 15_000)]
    assert receipt.agency_name == "Dakar Plateau" and receipt.cashier_login == "awa"
    assert receipt.customer_name == "Awa Ndiaye" and receipt.header_text and receipt.footer_text
    assert open_amounts(app, [older, newer]) == {older: 0, newer: 5_000}
    again = counter.payments.GetReceipt(ps.GetReceiptRequest(receipt_id=receipt.receipt_id))
    assert again.receipt == receipt
    first = counter.payments.PrintReceipt(
        ps.PrintReceiptRequest(request_id=new_id(), receipt_id=receipt.receipt_id)
    )
    assert (first.copy_number, first.duplicate, first.receipt.print_count) == (1, False, 1)
    print_id = new_id()
    second = counter.payments.PrintReceipt(
        ps.PrintReceiptRequest(request_id=print_id, receipt_id=receipt.receipt_id)
    )
    assert (second.copy_number, second.duplicate) == (2, True)
    repeat = counter.payments.PrintReceipt(
        ps.PrintReceiptRequest(request_id=print_id, receipt_id=receipt.receipt_id)
    )
    assert repeat.copy_number == 2  # the same print, not a third
    listed = counter.payments.ListSessionReceipts(
        ps.ListSessionReceiptsRequest(cash_session_id=counter.cash_session_id)
    )
    assert [r.receipt_number for r in listed.receipts] == [receipt.receipt_number]


def test_retry_returns_the_first_receipt_and_another_amount_is_refused(counter):
    """T-IDEM-2 (IDEM-01/02): a retry with the same request_id gets the first receipt
    (replayed); the same id with amount + 1 is refused (FAILED_PRECONDITION,
    REQUEST_ID_REUSED) with an audit event, and the original is untouched."""
    server = counter.server
    account = add_account(server.app, counter.agency_id)
    request_id = new_id()
    first = counter.pay(account, 5_000, request_id=request_id)
    again = counter.pay(account, 5_000, request_id=request_id)
    assert again.replayed and again.receipt == first.receipt
    details = refused(
        counter.payments.Pay,
        ps.PayRequest(request_id=request_id, content=counter.content(account, 5_001)),
        grpc.StatusCode.FAILED_PRECONDITION,
        "REQUEST_ID_REUSED",
    )
    assert details.code == grpc.StatusCode.FAILED_PRECONDITION
    with server.app.uow_factory(read_only=True) as uow:
        events = list(
            uow.session.scalars(
                select(AuditEventRow).where(AuditEventRow.action == "payment.request_id_reused")
            )
        )
        payment = uow.session.get(PaymentRow, request_id)
        receipts = uow.session.scalar(select(func.count()).select_from(ReceiptRow))
    assert [(e.object_id, e.user_login, e.outcome) for e in events] == [
        (request_id, "awa", "failure")
    ]
    assert payment is not None and payment.amount_minor == 5_000 and receipts == 1
    stored = counter.payments.GetReceipt(
        ps.GetReceiptRequest(receipt_id=first.receipt.receipt_id)
    ).receipt
    assert stored.amount.amount_minor == 5_000


def test_another_agencys_account_and_receipt_are_not_found(counter):
    """SEC-07 (T-SEC-5 IDOR): an account, a till, a receipt of an agency outside the
    caller's is NOT_FOUND, on every payment RPC taking an id."""
    server = counter.server
    other = add_account(server.app, server.agency_id("THS"))
    for call, request in (
        (
            counter.payments.Pay,
            ps.PayRequest(request_id=new_id(), content=counter.content(other, 1_000)),
        ),
        (counter.payments.GetPayableItems, ps.GetPayableItemsRequest(account_id=other)),
        (
            counter.payments.PreviewPayment,
            ps.PreviewPaymentRequest(content=counter.content(other, 1_000)),
        ),
    ):
        refused(call, request, grpc.StatusCode.NOT_FOUND, "NOT_FOUND")
    thies = open_counter(server, "binta", "THS")
    receipt = thies.pay(add_account(server.app, thies.agency_id), 1_000).receipt
    mine = add_account(server.app, counter.agency_id)
    into_their_till = counter.content(mine, 1_000)
    into_their_till.cash_session_id = thies.cash_session_id
    for call, request in (
        (counter.payments.Pay, ps.PayRequest(request_id=new_id(), content=into_their_till)),
        (
            counter.payments.RequestReceiptCancellation,
            ps.RequestReceiptCancellationRequest(
                request_id=new_id(), receipt_id=receipt.receipt_id, reason="x"
            ),
        ),
        (counter.payments.GetReceipt, ps.GetReceiptRequest(receipt_id=receipt.receipt_id)),
        (
            counter.payments.PrintReceipt,
            ps.PrintReceiptRequest(request_id=new_id(), receipt_id=receipt.receipt_id),
        ),
        (
            counter.payments.ListSessionReceipts,
            ps.ListSessionReceiptsRequest(cash_session_id=thies.cash_session_id),
        ),
    ):
        refused(call, request, grpc.StatusCode.NOT_FOUND, "NOT_FOUND")


def test_preview_and_field_errors_through_the_transport(counter):
    """A preview writes nothing; refusals carry their field paths."""
    server = counter.server
    account = add_account(server.app, counter.agency_id)
    bill = add_bill(server.app, account, 7_000, TODAY)
    preview = counter.payments.PreviewPayment(
        ps.PreviewPaymentRequest(content=counter.content(account, 7_000, [cash(10_000)]))
    )
    assert [(a.bill_id, a.amount.amount_minor) for a in preview.allocations] == [(bill, 7_000)]
    assert preview.change.amount_minor == 3_000
    assert open_amounts(server.app, [bill]) == {bill: 7_000}
    bad = counter.content(account, 7_000, [cash_pb2.Tender(mode_code="CASH")])
    details = refused(
        counter.payments.Pay,
        ps.PayRequest(request_id=new_id(), content=bad),
        grpc.StatusCode.INVALID_ARGUMENT,
        "INVALID_ARGUMENT",
    )
    assert details.fields == ["content.tenders[0].amount"]
    refused(
        counter.payments.Pay,
        ps.PayRequest(request_id="not-a-uuid", content=counter.content(account, 7_000)),
        grpc.StatusCode.INVALID_ARGUMENT,
        "INVALID_ARGUMENT",
    )


def test_prints_at_once_take_distinct_copy_numbers(counter):
    """CSH-4: prints of one receipt from several calls at once are numbered 1..N, the first
    alone being the original."""
    account = add_account(counter.server.app, counter.agency_id)
    receipt = counter.pay(account, 2_000).receipt

    def print_once(_index: int) -> int:
        reply = counter.payments.PrintReceipt(
            ps.PrintReceiptRequest(request_id=new_id(), receipt_id=receipt.receipt_id)
        )
        assert reply.duplicate == (reply.copy_number > 1)
        return int(reply.copy_number)

    with ThreadPoolExecutor(max_workers=5) as pool:
        copies = sorted(pool.map(print_once, range(5)))
    assert copies == [1, 2, 3, 4, 5]
