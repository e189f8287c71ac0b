"""Payments through the live server (CSH-1, CSH-4, CSH-7; CASH-01..03; IDEM-01, IDEM-02)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from iwebs.v1 import cash_pb2
from iwebs.v1 import payment_service_pb2 as ps
from iwebs_server.application.clock import new_id
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
