"""The 'Cash desk' screen driven from the keyboard, offscreen, against the fakes of the
counter ports: open the till (Enter), search (Enter), the single account is chosen, F4 to the
tender, type what is handed over, F9 pays, Ctrl+T prints the ticket, Esc starts the next
payment; Alt+2 lists the session's receipts, Alt+3 counts and closes the till (CSH-1,
CSH-4, CSH-5, CSH-6, CSH-7, CSH-8)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from iwebs_client.backend.client_types import BackendError, FieldViolation
from iwebs_client.presenters import module_catalog
from iwebs_client.presenters.cash_closing_presenter import CashClosingPresenter
from iwebs_client.presenters.cash_desk_presenter import CashDeskPresenter
from iwebs_client.presenters.payment_presenter import PaymentPresenter
from iwebs_client.presenters.receipt_print_presenter import ReceiptPrintPresenter
from iwebs_client.printing.print_settings import PrintSettings
from iwebs_client.tasks import TaskRunner
from iwebs_client.views.cash import payment_panel
from iwebs_client.views.cash.cash_desk_page import CashDeskPage
from iwebs_client.views.cash.closing_panel import ClosingPanel
from iwebs_client.views.cash.movement_dialogs import DisbursementDialog
from tests.client.cash_counter_fakes import FakeCounterServices, hit, settle
from tests.client.customer_fakes import session


@pytest.fixture
def desk(qtbot: Any, tmp_path: Path) -> Iterator[tuple[CashDeskPage, FakeCounterServices]]:
    services = FakeCounterServices()
    account = services.payments.add_account(
        "1000000018", "NDIAYE Aissatou", [(15_000, 15_000), (12_000, 10_000)]
    )
    services.customer_search.hits = [hit("NDIAYE Aissatou", account, "1000000018")]
    tasks = TaskRunner()
    settings = PrintSettings(str(tmp_path / "ticket.bin"), tmp_path / "pdf")
    page = CashDeskPage(
        CashDeskPresenter(services, tasks),
        PaymentPresenter(services, tasks, session(["cash.collect"])),
        CashClosingPresenter(services, tasks),
        ReceiptPrintPresenter(services, tasks, settings),
    )
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    yield page, services
    settle(qtbot, tasks)


def _focused() -> str:
    widget = QApplication.focusWidget()
    return widget.objectName() if widget is not None else ""


def test_cashier_sees_the_cash_desk_only_with_cash_collect() -> None:
    assert [
        s.key
        for _m, s in [
            (m, s) for m, ss in module_catalog.visible_modules(["cash.collect"]) for s in ss
        ]
    ] == ["cash_desk"]
    assert module_catalog.visible_modules(["customers.read"])[0][0] == "customers"


def test_a_payment_from_the_keyboard_alone(qtbot: Any, desk, tmp_path: Path) -> None:
    page, _services = desk
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.open_form, timeout=5000)
    assert _focused() == "openingFloat"
    qtbot.keyClick(page.open_form.float_edit, Qt.Key.Key_Return)  # empty: the agency's float
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.till, timeout=5000)
    assert "50" in page.header_label.text()
    panel = page.payment_panel
    qtbot.waitUntil(lambda: _focused() == "paymentSearchBox", timeout=5000)
    qtbot.keyClicks(panel.search_edit, "ndiaye")
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Return)
    # one account found: chosen at once, the amount is ready (what is due)
    qtbot.waitUntil(lambda: _focused() == "paymentAmount", timeout=5000)
    assert panel.account_label.text() == "1000000018 - NDIAYE Aissatou"
    assert panel.amount_edit.amount() == 25_000
    assert panel.bills_table.rowCount() == 2
    # F3: the bills; Space ticks the first one (the amount follows), Space again unticks it
    qtbot.keyClick(panel.amount_edit, Qt.Key.Key_F3)
    assert _focused() == "payableBills"
    qtbot.keyClick(panel.bills_table, Qt.Key.Key_Space)
    assert list(page.payment.draft.picked.values()) == [15_000]
    qtbot.waitUntil(lambda: panel.amount_edit.amount() == 15_000, timeout=5000)
    qtbot.keyClick(panel.bills_table, Qt.Key.Key_Space)
    assert page.payment.draft.picked == {} and panel.amount_edit.amount() == 25_000
    panel.amount_edit.setFocus()
    qtbot.keyClick(panel.amount_edit, Qt.Key.Key_F4)
    assert _focused() == "tenderAmount"
    tender = panel.tender_grid.rows[0].amount_edit
    tender.selectAll()
    qtbot.keyClicks(tender, "30000")
    qtbot.keyClick(tender, Qt.Key.Key_Return)  # preview now
    # the preview of the 30 000 tendered: 5 000 of change (the 25 000 proposed may come first)
    qtbot.waitUntil(
        lambda: (
            panel.preview_table.rowCount() == 2
            and panel.change_label.text().replace("\u202f", " ").startswith("5")
        ),
        timeout=5000,
    )
    qtbot.keyClick(tender, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: page.receipt_dialog is not None, timeout=5000)
    dialog = page.receipt_dialog
    assert dialog is not None and "DKR-2026-0000001" in dialog.windowTitle()
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "ticket printer" in dialog.status_label.text(), timeout=5000)
    assert (tmp_path / "ticket.bin").read_bytes().startswith(b"\x1b@")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.receipt_dialog is None, timeout=5000)
    qtbot.waitUntil(lambda: _focused() == "paymentSearchBox", timeout=5000)
    assert panel.bills_table.rowCount() == 0 and panel.amount_edit.text() == ""
    # the receipts of the session: reprint gives a DUPLICATA
    qtbot.keyClick(page, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    receipts = page.receipts_panel
    qtbot.waitUntil(lambda: receipts.table.rowCount() == 1, timeout=5000)
    assert receipts.table.item(0, 6).text() == "1"  # printed once
    receipts.table.selectRow(0)
    receipts.pdf_button.click()
    qtbot.waitUntil(lambda: "DUPLICATA" in receipts.status_label.text(), timeout=10_000)
    assert list((tmp_path / "pdf").glob("*duplicata-2.pdf"))


def test_a_single_hit_is_chosen_once_so_a_quick_tender_is_kept(qtbot: Any, desk) -> None:
    """The search's answer comes in several model signals; the single account is loaded once,
    else a second load arriving while the cashier types the tender resets it (CSH-4)."""
    page, services = desk
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.open_form, timeout=5000)
    qtbot.keyClick(page.open_form.float_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.till, timeout=5000)
    panel = page.payment_panel
    qtbot.waitUntil(lambda: _focused() == "paymentSearchBox", timeout=5000)
    qtbot.keyClicks(panel.search_edit, "ndiaye")
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _focused() == "paymentAmount", timeout=5000)
    tender = panel.tender_grid.rows[0].amount_edit
    tender.setFocus()
    tender.selectAll()
    qtbot.keyClicks(tender, "30000")
    qtbot.wait(300)  # the search's late signals and any second load, had there been one
    assert len(services.payments.payable_loads) == 1
    assert page.payment.draft.tendered_minor == 30_000


def test_closing_with_billetage(qtbot: Any, desk, monkeypatch) -> None:
    page, services = desk
    page.desk.open_session(None, False)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.till, timeout=5000)
    qtbot.keyClick(page.payment_panel.search_edit, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    closing = page.closing_panel
    qtbot.waitUntil(lambda: len(closing.spins) == 4, timeout=5000)
    assert closing.expected_label.text().replace("\u202f", " ").startswith("50")
    closing.spins["XOF-B10000"].setValue(4)
    closing.spins["XOF-B5000"].setValue(1)
    assert closing.counted_label.text().replace("\u202f", " ").startswith("45")
    assert "comment" in closing.problems_label.text()
    closing.close_button.click()  # refused: the comment is missing
    assert _focused() == "closingComment" and services.cash_sessions.closed == []
    qtbot.keyClicks(closing.comment_edit, "manque 5000")
    assert closing.problems_label.text() == ""
    monkeypatch.setattr(ClosingPanel, "confirm_close", lambda self: True)
    closing.close_button.click()
    qtbot.waitUntil(lambda: page.closure_box is not None, timeout=5000)
    assert "-5" in page.closure_box.text().replace("\u202f", " ")
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.open_form, timeout=5000)
    assert services.cash_sessions.closed[0].comment == "manque 5000"


def test_a_refund_needs_the_account_of_the_payment_screen(qtbot: Any, desk) -> None:
    """CSH-3: a refund pays back an account's advance: without an account chosen on the
    payment screen the dialog says so and sends nothing."""
    page, services = desk
    page.desk.open_session(None, False)
    qtbot.waitUntil(lambda: page.desk.session is not None, timeout=5000)
    dialog = DisbursementDialog(page.desk, None, page)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.category_combo.count() == 1, timeout=5000)
    dialog.amount_edit.setText("5 000")
    dialog.beneficiary_edit.setText("NDIAYE Aissatou")
    dialog.reason_edit.setText("double paiement")
    dialog.submit()
    assert "account" in dialog.problem_label.text()
    assert services.cash_sessions.refunded_accounts == []
    with_account = DisbursementDialog(page.desk, ("acc-9", "1000000018 - NDIAYE"), page)
    qtbot.addWidget(with_account)
    qtbot.waitUntil(lambda: with_account.category_combo.count() == 1, timeout=5000)
    with_account.amount_edit.setText("5000")
    with_account.beneficiary_edit.setText("NDIAYE Aissatou")
    with_account.reason_edit.setText("double paiement")
    with qtbot.waitSignal(page.desk.movement_recorded, timeout=5000):
        with_account.submit()
    assert services.cash_sessions.refunded_accounts == ["acc-9"]


def test_a_refused_payment_shows_the_server_fields(qtbot: Any, desk, monkeypatch) -> None:
    """The server's field violations stay next to the Pay button; the message box says
    why (its text by reason); nothing is paid."""
    page, services = desk
    shown: list[Any] = []
    monkeypatch.setattr(payment_panel, "show_error", lambda _p, error, *_a: shown.append(error))
    page.desk.open_session(None, False)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.till, timeout=5000)
    panel = page.payment_panel
    qtbot.waitUntil(lambda: bool(page.payment.modes), timeout=5000)
    account = next(iter(services.payments.accounts))
    page.payment.select_account(account)
    qtbot.waitUntil(lambda: panel.amount_edit.amount() == 25_000, timeout=5000)
    services.payments.fail_next = BackendError(
        code="INVALID_ARGUMENT",
        reason="INVALID_ARGUMENT",
        field_violations=(FieldViolation("content.amount", "below the minimum part payment"),),
    )
    panel.pay_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown[0].reason == "INVALID_ARGUMENT"
    assert "content.amount: below the minimum part payment" in panel.problems_label.text()
    assert services.payments.receipts == {}
