"""The 'Cash desk' screen against the REAL server (issue 4), French interface: a cashier
logs in on a cash-collecting workstation, opens her till with the agency's float, finds an
account by its number, pays two bills with cash and change, prints the receipt as a ticket
(ESC/POS bytes in a file) and as PDF, pays a part with a cheque, reprints a DUPLICATA, asks
for a cancellation that a supervisor approves, and closes her till with the billetage
(CSH-1, CSH-4, CSH-5, CSH-6, CSH-7, CSH-8; CASH-01). No mock: the live server, the client's
real gateways and screens."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from iwebs.v1 import approval_service_pb2 as aps
from iwebs.v1 import customer_pb2
from iwebs_client.presenters.cash_forms import TenderLine
from iwebs_client.views.cash import (
    cash_desk_page,
    payment_panel,
    receipt_dialog,
    session_receipts_panel,
)
from iwebs_client.views.cash.cash_desk_page import CashDeskPage
from iwebs_client.views.cash.closing_panel import ClosingPanel
from iwebs_client.views.shell.main_window import MainWindow
from tests.client.live_client import enrolled_backend, main_window
from tests.factories.cash_desk import add_bill, seed_cash_reference
from tests.factories.customer_base import create_account, create_customer

pytestmark = pytest.mark.slow
PASSWORD = "Cashier-Password-2026"


@pytest.fixture
def counter(live_server: Any, tmp_path: Path, monkeypatch) -> Any:
    """An account with two open bills (15 000 and 10 000 F CFA) in DKR; a cashier and a
    supervisor of DKR; the receipt printers are files of the test."""
    server = live_server
    seed_cash_reference(server.app)
    dkr = server.agency_id("DKR")
    server.create_user("agent", "front_desk", ["DKR"], password=PASSWORD)
    server.create_user("caissiere", "cashier", ["DKR"], password=PASSWORD)
    server.create_user("superviseur", "supervisor", ["DKR"], password=PASSWORD)
    agent = server.login("agent", PASSWORD)
    customer = create_customer(agent, dkr, kind=customer_pb2.CUSTOMER_KIND_PERSON)
    account = create_account(agent, customer.customer_id)
    today = date.today()
    add_bill(server.app, account.account_id, 15_000, today - timedelta(days=40), number="F-0001")
    add_bill(server.app, account.account_id, 10_000, today - timedelta(days=10), number="F-0002")
    errors: list[Any] = []
    for module in (payment_panel, cash_desk_page, receipt_dialog):
        # a message box would wait for a click forever: the test fails with the error
        monkeypatch.setattr(module, "show_error", lambda _parent, error, *_a: errors.append(error))
    server.errors = errors  # type: ignore[attr-defined]
    monkeypatch.setenv("IWEBS_RECEIPT_PRINTER", str(tmp_path / "ticket.bin"))
    monkeypatch.setenv("IWEBS_RECEIPT_PDF_FOLDER", str(tmp_path / "pdf"))
    return server, account


@pytest.fixture
def window(qtbot: Any, counter: Any, tmp_path: Path, config_dir: Path) -> Iterator[MainWindow]:
    server, _account = counter
    backend = enrolled_backend(server, config_dir, f"CAISSE-{uuid.uuid4().hex[:6]}")
    main = main_window(qtbot, backend, "caissiere", PASSWORD)
    flow = main._flow  # type: ignore[attr-defined]
    yield main
    flow.tasks.wait_for_done(10_000) if hasattr(flow, "tasks") else None
    backend.close()


def _until(qtbot: Any, server: Any, condition: Any) -> None:
    """Waits for the condition; a server error shown meanwhile fails the test at once."""

    def done() -> bool:
        assert not server.errors, server.errors
        return bool(condition())

    qtbot.waitUntil(done, timeout=15_000)


def test_a_counter_session_against_the_server(
    qtbot: Any, french: Any, counter: Any, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    server, account = counter
    assert window.visible_screen_keys == ["customer_search", "customer_360", "cash_desk"]
    window.show_screen("cash_desk")
    page = window.current_page()
    assert isinstance(page, CashDeskPage)

    # open the till: an empty float is the agency's parameter, shown once open
    _until(qtbot, server, lambda: page.stack.currentWidget() is page.open_form)
    qtbot.keyClick(page.open_form.float_edit, Qt.Key.Key_Return)
    _until(qtbot, server, lambda: page.stack.currentWidget() is page.till)
    session = page.desk.session
    assert session is not None and session.status == 1
    assert "caissiere" in page.header_label.text().lower() or session.cashier_login == "caissiere"

    # find the account by its number, pay what is due with 30 000 in cash
    panel = page.payment_panel
    _until(qtbot, server, lambda: bool(page.payment.modes))
    panel.search_edit.setFocus()
    qtbot.keyClicks(panel.search_edit, account.account_number)
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Return)
    _until(qtbot, server, lambda: page.payment.draft.account_id == account.account_id)
    assert [b.bill_number for b in page.payment.draft.bills] == ["F-0001", "F-0002"]
    assert panel.amount_edit.amount() == 25_000
    tender = panel.tender_grid.rows[0].amount_edit
    tender.setFocus()
    tender.selectAll()
    qtbot.keyClicks(tender, "30000")
    qtbot.keyClick(tender, Qt.Key.Key_Return)
    # the preview of the 30 000 tendered (one of the 25 000 proposed may come back first)
    _until(
        qtbot,
        server,
        lambda: (
            page.payment.preview is not None
            and page.payment.preview.tendered.amount_minor == 30_000
            and panel.preview_table.rowCount() == 2
        ),
    )
    assert page.payment.preview is not None
    assert page.payment.preview.change.amount_minor == 5_000
    qtbot.keyClick(tender, Qt.Key.Key_F9)
    _until(qtbot, server, lambda: page.receipt_dialog is not None)
    dialog = page.receipt_dialog
    assert dialog is not None
    receipt = dialog.receipt
    assert receipt.receipt_number.startswith("DKR-")
    assert receipt.change.amount_minor == 5_000 and receipt.amount.amount_minor == 25_000
    assert receipt.amount_in_words  # French words from the server

    # the ticket (original), then the PDF (a second copy: DUPLICATA)
    dialog.ticket_button.click()
    _until(qtbot, server, lambda: "ticket" in dialog.status_label.text())
    ticket = (tmp_path / "ticket.bin").read_bytes()
    assert ticket.startswith(b"\x1b@") and receipt.receipt_number.encode() in ticket
    assert b"DUPLICATA" not in ticket and b"\x1dV" in ticket[-8:]
    dialog.pdf_button.click()
    _until(qtbot, server, lambda: "PDF" in dialog.status_label.text())
    pdfs = list((tmp_path / "pdf").glob("*.pdf"))
    assert len(pdfs) == 1 and "duplicata-2" in pdfs[0].name
    assert pdfs[0].read_bytes().startswith(b"%PDF")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    _until(qtbot, server, lambda: page.receipt_dialog is None)

    # nothing is open any more on this account: a fee (bill duplicate) paid by cheque
    payment = page.payment
    assert payment.draft.account_id == ""
    payment.set_payer_name("Awa Ndiaye")
    payment.add_fee("DUPLICATA")
    cheque = payment.mode("CHEQUE")
    assert cheque is not None
    payment.set_tenders([TenderLine(cheque, 500, "CBAO", "0098765", "Awa Ndiaye", date.today())])
    with qtbot.waitSignal(payment.paid, timeout=15_000) as paid:
        assert payment.pay()
    fee_receipt = paid.args[0].receipt
    assert fee_receipt.tenders[0].bank_code == "CBAO"
    _until(qtbot, server, lambda: page.receipt_dialog is not None)
    page.receipt_dialog.accept()  # type: ignore[union-attr]
    # the next customer: the focus is back in the search box
    _until(qtbot, server, panel.search_edit.hasFocus)

    # the receipts of the session; ask for the first one's cancellation
    qtbot.keyClick(page, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    receipts = page.receipts_panel
    _until(qtbot, server, lambda: receipts.table.rowCount() == 2)
    assert receipts.table.item(1, 0).text() == receipt.receipt_number  # newest first
    monkeypatch.setattr(session_receipts_panel, "ask_text", lambda *a, **k: "Erreur de compte")
    receipts.table.selectRow(1)
    receipts.cancel_button.click()
    _until(
        qtbot,
        server,
        lambda: (
            "approval" in receipts.status_label.text().lower()
            or "approbation" in receipts.status_label.text()
        ),
    )
    _until(qtbot, server, lambda: receipts.table.item(1, 7).text() != "")
    assert receipts.table.item(1, 7).text() in (
        "Annulation en attente d'approbation",
        "Cancellation pending approval",
    )

    # a supervisor approves it: the receipt shows who cancelled it
    supervisor = server.login("superviseur", PASSWORD)
    pending = supervisor.approvals.ListApprovalRequests(aps.ListApprovalRequestsRequest())
    request = next(r for r in pending.approval_requests if r.kind == "cash.receipt_cancellation")
    supervisor.approvals.ApproveApprovalRequest(
        aps.ApproveApprovalRequestRequest(
            request_id=str(uuid.uuid4()), approval_request_id=request.approval_request_id
        )
    )
    receipts.refresh_button.click()
    _until(qtbot, server, lambda: receipts.table.rowCount() == 3)
    assert receipts.table.item(2, 7).text().startswith("Annulé par")

    # stamps bought out of the till: paid out at once with a numbered voucher (CSH-3)
    with qtbot.waitSignal(page.desk.movement_recorded, timeout=15_000) as recorded:
        page.desk.disburse("STAMPS", 1_000, "La Poste", "Timbres fiscaux")
    assert "bon DKR-" in recorded.args[0], recorded.args[0]

    # close the till: count exactly what is expected in cash
    qtbot.keyClick(page, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    closing = page.closing
    _until(qtbot, server, lambda: closing.count is not None)
    count = closing.count
    assert count is not None
    remaining = count.expected["cash"]
    for line in sorted(count.lines, key=lambda line: -line.unit_minor):
        quantity, remaining = divmod(remaining, line.unit_minor)
        page.closing_panel.spins[line.code].setValue(quantity)
    assert remaining == 0 and count.difference("cash") == 0
    assert page.closing_panel.problems_label.text() == ""
    monkeypatch.setattr(ClosingPanel, "confirm_close", lambda self: True)
    page.closing_panel.close_button.click()
    _until(qtbot, server, lambda: page.closure_box is not None)
    assert closing.closure is not None and closing.closure.closure.difference.amount_minor == 0
    _until(qtbot, server, lambda: page.stack.currentWidget() is page.open_form)
    page.closure_box.close()  # type: ignore[union-attr]
