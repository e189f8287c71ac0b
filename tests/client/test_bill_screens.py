"""Billing screens offscreen (pytest-qt) against the fakes of their ports, from the keyboard:
'Batches and bill runs' (Ctrl+R a new run of the chosen batch, the progress polled while the
page is shown and paused when hidden, Alt+1.. the outcomes, Enter explains an item, Ctrl+L
releases it, F9 finalizes after a confirmation, Ctrl+P prints the summary), the customer
360 view's "F" opening the account's bills, the bill explained line by line and printed
(Ctrl+P), Esc back to the 360 view."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QMessageBox

from iwebs.v1 import bill_run_service_pb2 as brs
from iwebs_client.presenters.bill_account_presenter import BillAccountPresenter
from iwebs_client.presenters.bill_navigation import BILLS_SCREEN, BillNavigator
from iwebs_client.presenters.bill_run_presenter import BillRunPresenter
from iwebs_client.presenters.billing_batch_presenter import BillingBatchPresenter
from iwebs_client.presenters.customer_navigation import OVERVIEW_SCREEN, CustomerNavigator
from iwebs_client.presenters.customer_overview_presenter import CustomerOverviewPresenter
from iwebs_client.tasks import TaskRunner
from iwebs_client.views.billing import bill_run_panel
from iwebs_client.views.billing.account_bills_page import AccountBillsPage
from iwebs_client.views.billing.bill_runs_page import BillRunsPage
from iwebs_client.views.billing.billing_dialogs import NewRunDialog
from iwebs_client.views.billing.bills_entry import install_bills_entry
from iwebs_client.views.billing.item_explanation_dialog import ItemExplanationDialog
from iwebs_client.views.customers.customer_360_page import Customer360Page
from tests.client import customer_fakes
from tests.client.bill_fakes import ACCOUNT_NUMBER, FakeBillingServices, billing_session
from tests.client.bill_pdf_text import pdf_text, squeezed, wait_for_pdf

TIMEOUT = 5000


@pytest.fixture(autouse=True)
def french_numbers(qapp: Any) -> Any:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.Senegal))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Questions answered Yes, notes typed, message boxes recorded."""
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_a: Any) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(bill_run_panel, "ask_text", lambda *_a, **_k: "Relevé vérifié sur place")
    return asked


def activate(qtbot: Any, page: Any) -> None:
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=TIMEOUT)


def runs_page(qtbot: Any, services: Any, poll_ms: int = 20) -> BillRunsPage:
    tasks = TaskRunner()
    page = BillRunsPage(
        BillingBatchPresenter(services, tasks, billing_session()),
        BillRunPresenter(services, tasks, poll_ms=poll_ms),
    )
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    qtbot.waitUntil(lambda: page.batches_model.rowCount() == 1, timeout=TIMEOUT)
    return page


def test_a_run_from_the_keyboard(qtbot: Any, answers: Any, tmp_path: Path) -> None:
    services: Any = FakeBillingServices()
    services.bill_runs.chunks_total = 2
    page = runs_page(qtbot, services)
    page.batches_table.setFocus()
    page.batches_table.selectRow(0)
    qtbot.keyClick(page, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert isinstance(dialog, NewRunDialog)
    dialog.label_edit.setText("2026-11")
    dialog.start_edit.setDate(QDate(2026, 11, 1))
    dialog.end_edit.setDate(QDate(2026, 11, 30))
    qtbot.keyClick(dialog.label_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT)
    panel = page.run_panel
    # the simulation's progress is polled while the page is shown, then the run is reviewed
    qtbot.waitUntil(
        lambda: (
            page.run_presenter.run is not None
            and page.run_presenter.run.status == brs.BILL_RUN_STATUS_SIMULATED
        ),
        timeout=TIMEOUT,
    )
    assert services.bill_runs.progress_calls == 2
    qtbot.waitUntil(lambda: panel.progress_bar.value() == 100, timeout=TIMEOUT)
    assert "done" in panel.progress_label.text()
    qtbot.waitUntil(lambda: page.runs_model.row(0).highlighted, timeout=TIMEOUT)  # 1 held
    assert page.runs_model.rowCount() == 1 and page.runs_model.row(0).cells[4] == "Simulated"
    qtbot.waitUntil(lambda: panel.items_model.rowCount() == 1, timeout=TIMEOUT)
    assert panel.tab_bar.tabText(0) == "Held by a control (1)"

    # Enter explains the held item; the dialog releases it
    panel.items_table.setFocus()
    panel.items_table.selectRow(0)
    qtbot.keyClick(panel.items_table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible(), timeout=TIMEOUT)
    explanation = panel.dialog
    assert isinstance(explanation, ItemExplanationDialog)
    assert explanation.model.rowCount() == 2
    assert "Montant très supérieur" in explanation.findings_label.text()
    assert explanation.buttons["release"].isEnabled()
    explanation.buttons["release"].click()
    presenter = page.run_presenter
    qtbot.waitUntil(lambda: presenter.run is not None and presenter.run.counts.released == 1)
    assert next(c[0:3:2] for c in services.bill_runs.calls if c[0] == "release_item") == (
        "release_item",
        "sub-3",
    )

    # Alt+5 the not-billed list with its cause, Alt+7 the alerts
    activate(qtbot, page)  # the dialog had the focus
    qtbot.keyClick(page, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(
        lambda: [r.cells[7] for r in panel.items_model.rows()] == ["No reading"], timeout=TIMEOUT
    )
    qtbot.keyClick(page, Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: panel.alerts_model.rowCount() == 1, timeout=TIMEOUT)
    assert panel.alerts_table.isVisible() and not panel.items_table.isVisible()

    # F9 finalizes after the confirmation; the finalization is polled to its end
    qtbot.waitUntil(panel.finalize_button.isEnabled, timeout=TIMEOUT)
    qtbot.keyClick(page, Qt.Key.Key_F9)
    assert answers and "Finalize run FR-DKR-2026-0001?" in answers[-1]
    qtbot.waitUntil(
        lambda: page.run_presenter.run.status == brs.BILL_RUN_STATUS_FINALIZED,  # type: ignore[union-attr]
        timeout=TIMEOUT,
    )
    qtbot.waitUntil(lambda: page.runs_model.row(0).cells[4] == "Finalized", timeout=TIMEOUT)

    panel.summary_folder = tmp_path
    qtbot.waitUntil(panel.summary_button.isEnabled, timeout=TIMEOUT)
    qtbot.keyClick(page, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    path = tmp_path / "bordereau-FR-DKR-2026-0001.pdf"
    assert "FAC-DKR-2026-0000001" in squeezed(pdf_text(wait_for_pdf(qtbot, path, TIMEOUT)))


def test_progress_polling_pauses_while_the_page_is_hidden(qtbot: Any, answers: Any) -> None:
    services: Any = FakeBillingServices()
    services.bill_runs.chunks_total = 1000
    run = services.bill_runs.create_run(
        "r", "batch-1", "2026-11", dt.date(2026, 11, 1), dt.date(2026, 11, 30), None
    )
    page = runs_page(qtbot, services)
    page.run_presenter.show_run(run)
    qtbot.waitUntil(lambda: services.bill_runs.progress_calls >= 2, timeout=TIMEOUT)
    page.hide()
    qtbot.waitUntil(lambda: not page.run_presenter.in_flight, timeout=TIMEOUT)
    stopped = services.bill_runs.progress_calls
    qtbot.wait(120)
    assert services.bill_runs.progress_calls == stopped
    page.show()
    qtbot.waitUntil(lambda: services.bill_runs.progress_calls > stopped, timeout=TIMEOUT)


def test_a_reader_sees_but_cannot_act(qtbot: Any) -> None:
    services: Any = FakeBillingServices()
    tasks = TaskRunner()
    page = BillRunsPage(
        BillingBatchPresenter(services, tasks, billing_session(("billing.read",))),
        BillRunPresenter(services, tasks),
    )
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.batches_model.rowCount() == 1, timeout=TIMEOUT)
    assert page.new_batch_button.isHidden() and page.new_run_button.isHidden()
    assert page.run_panel.finalize_button.isHidden()
    page.batches_table.selectRow(0)
    qtbot.keyClick(page, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert page.dialog is None


def test_f_on_the_360_view_opens_the_account_bills(qtbot: Any, french: Any, tmp_path: Path) -> None:
    customers: Any = customer_fakes.FakeServices()
    overview = customer_fakes.sample_overview(dt.date(2026, 11, 30))
    customers.customers.overviews[overview.customer.customer_id] = overview
    navigator = CustomerNavigator()
    requested: list[str] = []
    navigator.screen_requested.connect(requested.append)
    presenter = CustomerOverviewPresenter(
        customers, TaskRunner(), customer_fakes.session(["customers.read"]), navigator
    )
    page = Customer360Page(presenter, can_manage=False)
    qtbot.addWidget(page)
    bill_navigator = BillNavigator(navigator)
    button = install_bills_entry(page, bill_navigator)
    page.show()
    with qtbot.waitSignal(presenter.loaded, timeout=TIMEOUT):
        navigator.open_customer(overview.customer.customer_id)
    activate(qtbot, page)
    page.accounts_table.setFocus()  # F from the table the clerk is in
    with qtbot.waitSignal(bill_navigator.account_opened, timeout=TIMEOUT) as opened:
        qtbot.keyClick(page.accounts_table, Qt.Key.Key_F)
    assert opened.args[0] == overview.accounts[0].account_id
    assert requested[-1] == BILLS_SCREEN and button.objectName() == "openBillsButton"

    # the bills screen of that account (the fakes answer for any account id)
    services: Any = FakeBillingServices()
    bills_page = AccountBillsPage(
        BillAccountPresenter(services, TaskRunner(), billing_session()), bill_navigator
    )
    qtbot.addWidget(bills_page)
    bills_page.resize(1300, 800)
    bills_page.show()
    qtbot.waitUntil(lambda: bills_page.bills_model.rowCount() == 2, timeout=TIMEOUT)
    assert ACCOUNT_NUMBER in bills_page.account_label.text()
    assert bills_page.account_edit.text() == ACCOUNT_NUMBER
    qtbot.waitUntil(lambda: bills_page.lines_model.rowCount() == 3, timeout=TIMEOUT)
    assert "FAC-DKR-2026-0000042" in bills_page.bill_title.text()
    assert (
        "12" in bills_page.reading_label.text() and "SN-4455667" in bills_page.reading_label.text()
    )
    assert bills_page.settlements_model.rowCount() == 2
    qtbot.keyClick(bills_page, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert bills_page.tabs.currentIndex() == 1 and bills_page.open_model.rowCount() == 1
    qtbot.keyClick(bills_page, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bills_page.statement_model.rowCount() == 1, timeout=TIMEOUT)
    qtbot.keyClick(bills_page, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)

    bills_page.pdf_folder = tmp_path
    qtbot.keyClick(bills_page, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    path = tmp_path / "facture-FAC-DKR-2026-0000042.pdf"
    assert "NETÀPAYER41087FCFA" in squeezed(pdf_text(wait_for_pdf(qtbot, path, TIMEOUT)))

    qtbot.keyClick(bills_page, Qt.Key.Key_Escape)
    assert requested[-1] == OVERVIEW_SCREEN


def test_typing_an_account_number(qtbot: Any) -> None:
    services: Any = FakeBillingServices()
    navigator = BillNavigator(CustomerNavigator())
    page = AccountBillsPage(
        BillAccountPresenter(services, TaskRunner(), billing_session(("billing.read",))), navigator
    )
    qtbot.addWidget(page)
    page.show()
    assert page.individual_button.isHidden() and page.correct_button.isHidden()
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.focusWidget() is page.account_edit
    qtbot.keyClicks(page.account_edit, "12")
    qtbot.keyClick(page.account_edit, Qt.Key.Key_Return)
    assert "10 digits" in page.account_label.text()
    page.account_edit.setText(ACCOUNT_NUMBER)
    qtbot.keyClick(page.account_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.bills_model.rowCount() == 2, timeout=TIMEOUT)
    assert page.bills_model.row(0).cells[0] == "FAC-DKR-2026-0000042"
