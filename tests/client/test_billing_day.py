"""THE BILLING DAY (issue 5), driven through the client's screens with pytest-qt against the
REAL server (bill run workers included), at Dakar Plateau:

- the billing clerk enters two meter readings (FAC-4) through the client's reading gateway;
- she creates a billing batch (FAC-2) and a run for last month in 'Batches and bill runs':
  the simulation (FAC-5) runs in the server's workers while the screen polls its progress;
- one bill is above the control ceiling and held (FAC-6): she explains it (tariff version,
  block, rule of each line) and releases it; F9 finalizes the run after the confirmation:
  gap-free numbers, ledger, outbox (FAC-1); the summary (bordereau) is printed as a PDF;
- from the customer 360 view, F opens the subscriber's bills: the bill explained line by
  line and printed as a PDF (French: number, amounts, indexes, account with check digit);
- the cashier takes the bill's payment at her till on the cash desk screen (issue 4): the
  bill is settled.

Then the server is asked: the bill numbers follow each other, each bill's amount is the sum
of its lines, the paid bill's open amount is 0 and the account's balance 0."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from iwebs.v1 import bill_run_service_pb2 as brs
from iwebs.v1 import reading_service_pb2 as rpb
from iwebs_client.views.billing import bill_run_panel
from iwebs_client.views.billing.account_bills_page import AccountBillsPage
from iwebs_client.views.billing.bill_runs_page import BillRunsPage
from iwebs_client.views.billing.billing_dialogs import BatchDialog, NewRunDialog
from iwebs_client.views.billing.item_explanation_dialog import ItemExplanationDialog
from iwebs_client.views.cash.cash_desk_page import CashDeskPage
from iwebs_client.views.customers.customer_360_page import Customer360Page
from tests.client import live_client
from tests.client.bill_live_helpers import PASSWORD, Subscriber, new_subscriber, rid, seed_billing
from tests.client.bill_pdf_text import pdf_text, squeezed, wait_for_pdf
from tests.client.live_client import enrolled_backend
from tests.client.test_cash_counter_day import _pay as pay_at_counter

pytestmark = pytest.mark.slow
TIMEOUT = 30_000
CEILING = 20_000  # billing.control_max_amount: the big consumer's bill is held


class Boxes:
    """Questions answered Yes; an error box (show_error) fails the test with its text."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.texts: list[str] = []
        self.errors: list[str] = []
        boxes = self

        def exec_(box: QMessageBox) -> int:
            boxes.texts.append(box.text())
            if box.objectName() == "errorMessageBox":
                boxes.errors.append(box.text())
            return int(QMessageBox.StandardButton.Close)

        def question(_parent: Any, _title: str, text: str, *_a: Any) -> Any:
            boxes.texts.append(text)
            return QMessageBox.StandardButton.Yes

        monkeypatch.setattr(QMessageBox, "exec", exec_)
        monkeypatch.setattr(QMessageBox, "question", question)
        monkeypatch.setattr(QMessageBox, "information", question)


@pytest.fixture
def day(live_server: Any, tmp_path: Path) -> Iterator[Any]:
    server = live_server
    seed_billing(server, max_amount=CEILING)
    today = dt.date.today()
    big = new_subscriber(server, "Aïssatou Ndiaye", today)
    small = new_subscriber(server, "Moussa Diop", today)
    office = enrolled_backend(server, tmp_path / "office", "BUREAU-FACTU")
    counter = enrolled_backend(server, tmp_path / "counter", "GUICHET-1")
    yield server, today, big, small, office, counter
    office.close()
    counter.close()


def _activate(qtbot: Any, widget: Any) -> None:
    widget.window().activateWindow()
    qtbot.waitUntil(widget.window().isActiveWindow, timeout=TIMEOUT)


def _enter_readings(backend: Any, today: dt.date, big: Subscriber, small: Subscriber) -> None:
    """Today's readings (the last day billed): 300 and 100 kWh since the installation at 0."""
    reading_day = today
    for subscriber, index in ((big, "300"), (small, "100")):
        reading = backend.readings.enter_reading(
            rid(), subscriber.subscription_id, "single", reading_day, index, ""
        )
        assert reading.status == rpb.READING_STATUS_VALIDATED, reading


def test_a_billing_day(
    qtbot: Any, day: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _server, today, big, small, office, counter = day
    boxes = Boxes(monkeypatch)
    monkeypatch.setattr(bill_run_panel, "ask_text", lambda *_a, **_k: "Gros consommateur, vérifié")
    clerk = live_client.main_window(qtbot, office, "facturation", PASSWORD)
    _enter_readings(office, today, big, small)

    # a batch of the agency (every DPP subscription), from its dialog
    clerk.show_screen("bill_runs")
    page = clerk.current_page()
    assert isinstance(page, BillRunsPage)
    page.run_presenter.poll_ms = 300
    qtbot.waitUntil(lambda: page.presenter.agency_id != "", timeout=TIMEOUT)
    qtbot.waitUntil(lambda: bool(page.presenter.tariff_categories), timeout=TIMEOUT)
    _activate(qtbot, page)
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    batch_dialog = page.dialog
    assert isinstance(batch_dialog, BatchDialog)
    qtbot.keyClicks(batch_dialog.code_edit, "DKR-MENS")
    qtbot.keyClicks(batch_dialog.name_edit, "Dakar Plateau mensuel")
    for row in range(batch_dialog.categories_list.count()):
        entry = batch_dialog.categories_list.item(row)
        if entry.data(Qt.ItemDataRole.UserRole) == "DPP":
            entry.setCheckState(Qt.CheckState.Checked)
    batch_dialog.submit()
    qtbot.waitUntil(lambda: page.batches_model.rowCount() == 1, timeout=TIMEOUT)
    assert not boxes.errors, boxes.errors
    assert "DPP" in page.batches_model.row(0).cells[4]

    # a run of last month: the simulation runs in the server's workers, the screen polls
    page.batches_table.selectRow(0)
    _activate(qtbot, page)
    qtbot.keyClick(page, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    run_dialog = page.dialog
    assert isinstance(run_dialog, NewRunDialog)
    start = today - dt.timedelta(days=30)
    end = today  # the subscriptions were activated today
    run_dialog.label_edit.setText(f"{end.year}-{end.month:02d}")
    run_dialog.start_edit.setDate(QDate(start.year, start.month, start.day))
    run_dialog.end_edit.setDate(QDate(end.year, end.month, end.day))
    run_dialog.submit()
    presenter = page.run_presenter
    qtbot.waitUntil(
        lambda: presenter.run is not None and presenter.run.status == brs.BILL_RUN_STATUS_SIMULATED,
        timeout=TIMEOUT,
    )
    assert not boxes.errors, boxes.errors
    panel = page.run_panel
    qtbot.waitUntil(lambda: panel.progress_bar.value() == 100, timeout=TIMEOUT)
    run = presenter.run
    assert run is not None
    assert (run.total_items, run.counts.held, run.counts.ready) == (2, 1, 1), run.counts

    # the held bill, explained and released
    qtbot.waitUntil(lambda: panel.items_model.rowCount() == 1, timeout=TIMEOUT)
    held = panel.items_model.row(0).item
    assert held.subscription_id == big.subscription_id
    assert list(held.control_codes) == ["AMOUNT_ABOVE_LIMIT"]
    panel.items_table.selectRow(0)
    panel.explain_selected()
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible(), timeout=TIMEOUT)
    explanation = panel.dialog
    assert isinstance(explanation, ItemExplanationDialog)
    lines = list(explanation.answer.lines)
    assert sum(line.amount.amount_minor for line in lines) == explanation.answer.total.amount_minor
    blocks = [line for line in lines if line.has_block_no]
    assert blocks and all(line.tariff_version_id and line.rule for line in blocks)
    assert explanation.answer.consumption == 300
    explanation.buttons["release"].click()
    qtbot.waitUntil(
        lambda: presenter.run is not None and presenter.run.counts.released == 1, timeout=TIMEOUT
    )

    # F9 finalizes after the confirmation; the finalization is polled to its end
    qtbot.waitUntil(panel.finalize_button.isEnabled, timeout=TIMEOUT)
    _activate(qtbot, page)
    qtbot.keyClick(page, Qt.Key.Key_F9)
    assert any("Finalize run" in text for text in boxes.texts), boxes.texts
    qtbot.waitUntil(
        lambda: presenter.run is not None and presenter.run.status == brs.BILL_RUN_STATUS_FINALIZED,
        timeout=TIMEOUT,
    )
    assert not boxes.errors, boxes.errors
    qtbot.waitUntil(lambda: presenter.run.counts.billed == 2, timeout=TIMEOUT)  # type: ignore[union-attr]

    # the summary (bordereau)
    panel.summary_folder = tmp_path
    qtbot.waitUntil(panel.summary_button.isEnabled, timeout=TIMEOUT)
    panel.print_summary()
    summary_path = tmp_path / presenter.default_summary_name()
    summary_pdf = wait_for_pdf(qtbot, summary_path, TIMEOUT)
    summary = office.bill_runs.get_summary(presenter.run.run_id)  # type: ignore[union-attr]
    assert summary.finalized and summary.bill_count == 2
    summary_text = squeezed(pdf_text(summary_pdf))
    assert summary.first_bill_number in summary_text and summary.last_bill_number in summary_text

    # the 360 view of the big consumer, F: her bills
    clerk.show_screen("customer_search")
    search = clerk.current_page()
    search.presenter.navigator.open_customer(big.customer_id)  # as Enter on a search result
    overview = clerk.current_page()
    assert isinstance(overview, Customer360Page)
    qtbot.waitUntil(lambda: overview.presenter.overview is not None, timeout=TIMEOUT)
    _activate(qtbot, overview)
    qtbot.keyClick(overview, Qt.Key.Key_F)
    qtbot.waitUntil(lambda: isinstance(clerk.current_page(), AccountBillsPage), timeout=TIMEOUT)
    bills_page = clerk.current_page()
    assert isinstance(bills_page, AccountBillsPage)
    qtbot.waitUntil(lambda: bills_page.bills_model.rowCount() == 1, timeout=TIMEOUT)
    summary_row = bills_page.bills_model.row(0).item
    qtbot.waitUntil(lambda: bills_page.lines_model.rowCount() > 0, timeout=TIMEOUT)
    bill = bills_page.presenter.bill
    assert bill is not None and bill.summary.bill_id == summary_row.bill_id
    assert sum(line.amount.amount_minor for line in bill.lines) == bill.total.amount_minor
    assert bill.total.amount_minor > CEILING
    assert bill.reading.has_index and (bill.reading.index_from, bill.reading.index_to) == (0, 300)
    assert big.account_number in bills_page.account_label.text()

    bills_page.pdf_folder = tmp_path
    bills_page.print_bill()
    bill_path = tmp_path / f"facture-{bill.summary.bill_number}.pdf"
    text = squeezed(pdf_text(wait_for_pdf(qtbot, bill_path, TIMEOUT)))
    amount = f"{bill.total.amount_minor:,}".replace(",", "")
    assert bill.summary.bill_number in text and f"{amount}FCFA" in text
    assert f"{big.account_number[:-1]}-{big.account_number[-1]}" in text  # with its check digit
    assert "Nouvelindex" in text and "300" in text

    # the cashier takes the payment of the bill at her till, on the cash desk screen
    cashier = live_client.main_window(qtbot, counter, "caissier", PASSWORD)
    cashier.show_screen("cash_desk")
    desk = cashier.current_page()
    assert isinstance(desk, CashDeskPage)
    qtbot.waitUntil(lambda: desk.stack.currentWidget() is desk.open_form, timeout=TIMEOUT)
    desk.open_form.open_button.click()
    qtbot.waitUntil(lambda: desk.stack.currentWidget() is desk.till, timeout=TIMEOUT)
    amount = str(bill.total.amount_minor)
    receipt = pay_at_counter(qtbot, desk, boxes, big, amount, {"mode": "CASH", "amount": amount})
    assert [a.bill_id for a in receipt.allocations] == [bill.summary.bill_id]

    # the server's word
    paid = office.bills.get_bill(bill.summary.bill_id)
    assert paid.summary.open_amount.amount_minor == 0
    assert [p.receipt_number for p in paid.payments] == [receipt.receipt_number]
    position = office.bills.get_account_balance(big.account_id).balance
    assert position.balance.amount_minor == 0 and position.open_bill_count == 0
    numbers = sorted(
        [summary.first_bill_number, summary.last_bill_number],
    )
    first, last = (int(n.rsplit("-", 1)[1]) for n in numbers)
    assert last == first + 1  # gap-free
    other, _token = office.bills.list_bills(account_id=small.account_id)
    assert len(other) == 1 and other[0].bill_number in numbers
    other_bill = office.bills.get_bill(other[0].bill_id)
    assert sum(x.amount.amount_minor for x in other_bill.lines) == other_bill.total.amount_minor
    assert 0 < other_bill.total.amount_minor <= CEILING
