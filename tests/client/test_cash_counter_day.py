"""THE FULL COUNTER DAY (issue 4 "done when"), driven through the client's screens with
pytest-qt against the REAL server, with two people at two workstations of Dakar Plateau:

- the cashier opens her till (CSH-8), takes three payments on the keyboard-first payment
  screen: cash with change (CSH-5), a cheque (bank, number, drawer), a part payment of a bill
  (CSH-1); she asks for the cancellation of the part payment with a reason (CSH-4);
- the supervisor, another user with cash.approve, approves it in the Approvals screen
  (ADM-5 four eyes): a cancellation receipt reverses it;
- the cashier closes her till with the billetage (CSH-6): no difference;
- the supervisor prepares the bank deposit of the day's cash in the deposits page (CSH-5,
  CSH-11).

Then the server is asked: receipts numbered 1..4 without gap, the 4th cancelling the 3rd
(CASH-01, CASH-02); the bills' balances; the closure's difference 0 (CASH-04); the deposit's
amount. Message boxes are answered by the test (a modal box would wait for a person)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QSpinBox

from iwebs.v1 import bank_deposit_service_pb2 as dpb
from iwebs.v1 import cash_pb2
from iwebs_client.views.approvals import approvals_page
from iwebs_client.views.approvals.approvals_page import ApprovalsPage
from iwebs_client.views.cash import session_receipts_panel
from iwebs_client.views.cash.cash_desk_page import CLOSING_TAB, RECEIPTS_TAB, CashDeskPage
from iwebs_client.views.cash_supervision.bank_deposits_page import BankDepositsPage
from iwebs_client.views.cash_supervision.deposit_dialogs import CashDepositDialog
from tests.client.cash_live_helpers import Customer, main_window, seed_cash_desk
from tests.client.live_client import enrolled_backend

pytestmark = pytest.mark.slow
TIMEOUT = 20_000


class Boxes:
    """Every message box the screens open, answered at once (Yes to questions); an error
    box (show_error) is kept to fail the test with its text."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.texts: list[str] = []
        self.errors: list[str] = []  # show_error's boxes (objectName errorMessageBox)
        boxes = self

        def exec_(box: QMessageBox) -> int:
            boxes.texts.append(box.text())
            if box.objectName() == "errorMessageBox":
                boxes.errors.append(box.text())
            return int(QMessageBox.StandardButton.Close)

        def question(_parent: Any, _title: str, text: str, *_a: Any) -> Any:
            boxes.texts.append(text)
            return QMessageBox.StandardButton.Yes

        def information(_parent: Any, _title: str, text: str, *_a: Any) -> Any:
            boxes.texts.append(text)
            return QMessageBox.StandardButton.Ok

        monkeypatch.setattr(QMessageBox, "exec", exec_)
        monkeypatch.setattr(QMessageBox, "question", question)
        monkeypatch.setattr(QMessageBox, "information", information)


@pytest.fixture
def people(live_server: Any, tmp_path: Path) -> Iterator[Any]:
    server = live_server
    customer = seed_cash_desk(server)
    counter = enrolled_backend(server, tmp_path / "counter", "GUICHET-1")
    office = enrolled_backend(server, tmp_path / "office", "BUREAU-CHEF")
    yield server, customer, counter, office
    counter.close()
    office.close()


def _pay(  # type: ignore[no-untyped-def]
    qtbot: Any,
    page: CashDeskPage,
    boxes: Boxes,
    customer: Customer,
    amount: str,
    tender: dict[str, str],
):
    """One payment on the payment screen: search the account, the amount, the tender, Pay;
    the receipt dialog then closes (Esc) for the next payment."""
    panel = page.payment_panel
    panel.focus_search()
    panel.search_edit.setText(customer.account_number)
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.presenter.search.model.rowCount() == 1, timeout=TIMEOUT)
    if customer.account_number not in panel.account_label.text():
        panel.results.setFocus()
        panel.results.selectRow(0)
        qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: customer.account_number in panel.account_label.text(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not panel.presenter.busy, timeout=TIMEOUT)
    # the payment modes are loaded (PAYMENT_MODE): the first tender row is there
    qtbot.waitUntil(lambda: bool(panel.tender_grid.rows or boxes.errors), timeout=TIMEOUT)
    assert not boxes.errors, boxes.errors
    panel.amount_edit.clear()
    qtbot.keyClicks(panel.amount_edit, amount)
    row = panel.tender_grid.rows[0]
    row.mode_combo.setCurrentIndex(row.mode_combo.findData(tender["mode"]))
    row.amount_edit.clear()
    qtbot.keyClicks(row.amount_edit, tender["amount"])
    if tender["mode"] == "CHEQUE":
        row.bank_combo.setCurrentIndex(row.bank_combo.findData(tender["bank"]))
        qtbot.keyClicks(row.reference_edit, tender["number"])
        qtbot.keyClicks(row.drawer_edit, tender["drawer"])
    with qtbot.waitSignal(panel.presenter.paid, timeout=TIMEOUT) as paid:
        panel.pay_button.click()
    qtbot.waitUntil(lambda: page.receipt_dialog is not None, timeout=TIMEOUT)
    dialog = page.receipt_dialog
    assert dialog is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.receipt_dialog is None, timeout=TIMEOUT)
    return paid.args[0].receipt


def test_a_full_counter_day(qtbot, french, people: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    _server, customer, counter, office = people
    boxes = Boxes(monkeypatch)
    monkeypatch.setattr(session_receipts_panel, "ask_text", lambda *_a, **_k: "Erreur de compte")
    monkeypatch.setattr(approvals_page, "ask_text", lambda *_a, **_k: "Vu avec la cliente")

    # the cashier opens her till with the agency's float
    cashier = main_window(qtbot, counter, "caissier")
    cashier.show_screen("cash_desk")
    desk = cashier.current_page()
    assert isinstance(desk, CashDeskPage)
    qtbot.waitUntil(lambda: desk.stack.currentWidget() is desk.open_form, timeout=TIMEOUT)
    desk.open_form.open_button.click()
    qtbot.waitUntil(lambda: desk.stack.currentWidget() is desk.till, timeout=TIMEOUT)
    session = desk.desk.session
    assert session is not None and session.opening_float.amount_minor == 50_000

    # three payments: cash with change, a cheque, a part payment of the third bill
    first = _pay(qtbot, desk, boxes, customer, "30000", {"mode": "CASH", "amount": "35000"})
    assert (first.amount.amount_minor, first.change.amount_minor) == (30_000, 5_000)
    cheque = {"mode": "CHEQUE", "amount": "20000", "bank": "CBAO", "number": "0012345",
              "drawer": "Aissatou Ndiaye"}  # fmt: skip
    second = _pay(qtbot, desk, boxes, customer, "20000", cheque)
    assert second.tenders[0].mode_code == "CHEQUE" and second.tenders[0].bank_code == "CBAO"
    third = _pay(qtbot, desk, boxes, customer, "15000", {"mode": "CASH", "amount": "15000"})
    assert [a.bill_id for a in third.allocations] == [customer.bill_ids[2]]
    assert third.allocations[0].open_before.amount_minor == 45_000  # a part of 45 000

    # the cashier asks for the cancellation of the part payment
    desk.tabs.setCurrentIndex(RECEIPTS_TAB)
    receipts = desk.receipts_panel
    qtbot.waitUntil(lambda: len(desk.desk.receipts) == 3, timeout=TIMEOUT)
    row = next(i for i, r in enumerate(desk.desk.receipts) if r.receipt_id == third.receipt_id)
    receipts.table.selectRow(row)
    with qtbot.waitSignal(desk.desk.cancellation_requested, timeout=TIMEOUT):
        receipts.cancel_button.click()

    # the supervisor approves it in the Approvals screen (another user, four eyes)
    supervisor = main_window(qtbot, office, "superviseur")
    supervisor.show_screen("approvals")
    approvals = supervisor.current_page()
    assert isinstance(approvals, ApprovalsPage)
    model = approvals.presenter.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=TIMEOUT)
    request = model.item(0)
    assert request.kind == "cash.receipt_cancellation" and request.reason == "Erreur de compte"
    assert model.index(0, model.KIND).data() == "Annulation d'un reçu"
    approvals.table.selectRow(0)
    assert "Erreur de compte" in approvals.details.toPlainText()
    with qtbot.waitSignal(approvals.presenter.decided, timeout=TIMEOUT):
        approvals.approve()

    # the cashier sees it cancelled, then closes her till with the billetage
    receipts.refresh_button.click()
    qtbot.waitUntil(lambda: len(desk.desk.receipts) == 4, timeout=TIMEOUT)
    cancelled = next(r for r in desk.desk.receipts if r.receipt_id == third.receipt_id)
    assert cancelled.cancelled_by_receipt_number
    desk.tabs.setCurrentIndex(CLOSING_TAB)
    closing = desk.closing_panel
    qtbot.waitUntil(lambda: desk.closing.count is not None, timeout=TIMEOUT)
    # 50 000 float + 30 000 + 15 000 - 15 000 cancelled = 80 000: eight notes of 10 000
    notes = closing.findChild(QSpinBox, "qty_XOF-B10000")
    assert notes is not None
    notes.setValue(8)
    qtbot.waitUntil(lambda: desk.closing.count.difference("cash") == 0, timeout=TIMEOUT)  # type: ignore[union-attr]
    with qtbot.waitSignal(desk.closing.closed, timeout=TIMEOUT) as closed:
        closing.close_button.click()
    closure = closed.args[0].closure
    assert closure.difference.amount_minor == 0
    assert closure.counted_cash.amount_minor == 80_000

    # the supervisor prepares the bank deposit of the day's cash
    supervisor.show_screen("bank_deposits")
    deposits = supervisor.current_page()
    assert isinstance(deposits, BankDepositsPage)
    presenter = deposits.presenter
    qtbot.waitUntil(lambda: bool(presenter.sessions_with_cash()), timeout=TIMEOUT)
    deposits.prepare_cash_deposit()
    dialog = deposits.dialog
    assert isinstance(dialog, CashDepositDialog)
    dialog.bank_combo.setCurrentIndex(dialog.bank_combo.findData("CBAO"))
    with qtbot.waitSignal(presenter.prepared, timeout=TIMEOUT) as prepared:
        dialog.submit()
    deposit = prepared.args[0]

    # what the server says about the day
    supervision = office.cash_supervision
    listed, _token = supervision.list_transactions(cash_session_id=session.cash_session_id)
    numbers = sorted(int(r.receipt_number.rsplit("-", 1)[1]) for r in listed)
    assert numbers == [1, 2, 3, 4]  # gap-free (CASH-02)
    cancellation = next(r for r in listed if r.kind == cash_pb2.RECEIPT_KIND_CANCELLATION)
    assert cancellation.cancels_receipt_number == third.receipt_number
    assert cancellation.amount.amount_minor == -15_000
    assert sum(1 for r in listed if r.kind == cash_pb2.RECEIPT_KIND_PAYMENT) == 3
    payable = counter.payments.payable_items(customer.account_id)
    open_bills = {b.bill_id: b.open_amount.amount_minor for b in payable.bills}
    assert open_bills == {customer.bill_ids[2]: 45_000}  # bills 1 and 2 paid, 3 restored
    detail = supervision.get_cash_session(session.cash_session_id)
    assert detail.cash_session.status == cash_pb2.CASH_SESSION_STATUS_CLOSED
    assert detail.closure.difference.amount_minor == 0
    assert deposit.kind == dpb.DEPOSIT_KIND_CASH
    assert deposit.amount.amount_minor == 30_000  # counted 80 000 less the 50 000 float
    listed_deposits, _token = office.bank_deposits.list_deposits(session.agency_id)
    assert [d.amount.amount_minor for d in listed_deposits] == [30_000]
    assert not boxes.errors, boxes.errors
