"""The 'Cash desk' screen (right cash.collect): the opening form while no session of the
cashier is open at this workstation, else the till: Payment (Alt+1), Session receipts
(Alt+2), Closing (Alt+3); Transfer to the head cashier (Ctrl+Shift+T), Disbursement
(Ctrl+Shift+D). The header shows the session (cashier, agency, date, float, receipts).

objectNames: cashDeskPage, tillSections (tabs), sessionHeader, transferButton,
disbursementButton, cashDeskMessage; the panels are documented in their modules.

A test drives it through its presenters (`page.desk`, `page.payment`, `page.closing`,
`page.printer`: see their docstrings) or the keyboard. Two questions block in a real
session and are replaced in tests: `ClosingPanel.confirm_close` (monkeypatch it to return
True) and `session_receipts_panel.ask_text` (the cancellation reason). After a payment,
`page.receipt_dialog` is the open ReceiptDialog (accept() = New payment); after closing,
`page.closure_box` is the summary (non-blocking)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from iwebs_client.backend.client_types import BackendError
from iwebs_client.models.display_format import format_date
from iwebs_client.presenters.cash_closing_presenter import CashClosingPresenter
from iwebs_client.presenters.cash_counter_ports import CashSession, CloseResponse, PayResponse
from iwebs_client.presenters.cash_desk_presenter import CashDeskPresenter
from iwebs_client.presenters.payment_presenter import PaymentPresenter
from iwebs_client.presenters.receipt_print_presenter import ReceiptPrintPresenter
from iwebs_client.printing.closure_layout import layout_closure
from iwebs_client.printing.pdf_receipt import write_lines_pdf
from iwebs_client.views.cash.closing_panel import ClosingPanel
from iwebs_client.views.cash.movement_dialogs import DisbursementDialog, TransferDialog
from iwebs_client.views.cash.open_session_form import OpenSessionForm
from iwebs_client.views.cash.payment_panel import PaymentPanel
from iwebs_client.views.cash.receipt_dialog import ReceiptDialog
from iwebs_client.views.cash.session_receipts_panel import SessionReceiptsPanel
from iwebs_client.views.common.error_display import show_error

PAYMENT_TAB, RECEIPTS_TAB, CLOSING_TAB = range(3)


class CashDeskPage(QWidget):
    def __init__(
        self,
        desk: CashDeskPresenter,
        payment: PaymentPresenter,
        closing: CashClosingPresenter,
        printer: ReceiptPrintPresenter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cashDeskPage")
        self.desk, self.payment, self.closing, self.printer = desk, payment, closing, printer
        self.receipt_dialog: ReceiptDialog | None = None
        self.closure_box: QMessageBox | None = None
        self.open_form = OpenSessionForm(desk)
        self.waiting_label = QLabel(self.tr("Looking for your cash session..."))
        self.waiting_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.payment_panel = PaymentPanel(payment)
        self.receipts_panel = SessionReceiptsPanel(desk, printer)
        self.closing_panel = ClosingPanel(closing)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tillSections")
        self.tabs.addTab(self.payment_panel, self.tr("Payment (Alt+1)"))
        self.tabs.addTab(self.receipts_panel, self.tr("Session receipts (Alt+2)"))
        self.tabs.addTab(self.closing_panel, self.tr("Closing (Alt+3)"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.header_label = QLabel()
        self.header_label.setObjectName("sessionHeader")
        self.header_label.setStyleSheet("font-weight: bold;")
        self.message_label = QLabel()
        self.message_label.setObjectName("cashDeskMessage")
        self.message_label.setWordWrap(True)
        self.transfer_button = QPushButton(self.tr("Transfer to head cashier... (Ctrl+Shift+T)"))
        self.transfer_button.setObjectName("transferButton")
        self.transfer_button.clicked.connect(self.transfer)
        self.disbursement_button = QPushButton(self.tr("Disbursement... (Ctrl+Shift+D)"))
        self.disbursement_button.setObjectName("disbursementButton")
        self.disbursement_button.clicked.connect(self.disburse)
        till = QWidget()
        till_layout = QVBoxLayout(till)
        till_layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(self.header_label, 1)
        header.addWidget(self.transfer_button)
        header.addWidget(self.disbursement_button)
        till_layout.addLayout(header)
        till_layout.addWidget(self.message_label)
        till_layout.addWidget(self.tabs, 1)
        self.till = till
        self.stack = QStackedWidget()
        for widget in (self.waiting_label, self.open_form, till):
            self.stack.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self._shortcuts()
        desk.session_changed.connect(self.show_session)
        desk.movement_recorded.connect(self.message_label.setText)
        self.payment_panel.receipt_ready.connect(self.show_receipt)
        self.closing_panel.close_requested.connect(self.close_till)
        self.closing_panel.reload_button.clicked.connect(self._load_closing)
        closing.closed.connect(self._closed)
        for presenter in (desk, closing):
            presenter.failed.connect(self._failed)
        printer.failed.connect(self._print_failed)
        desk.refresh()
        payment.load_references()

    def _shortcuts(self) -> None:
        bindings = {
            "Alt+1": lambda: self.tabs.setCurrentIndex(PAYMENT_TAB),
            "Alt+2": lambda: self.tabs.setCurrentIndex(RECEIPTS_TAB),
            "Alt+3": lambda: self.tabs.setCurrentIndex(CLOSING_TAB),
            "Ctrl+Shift+T": self.transfer,
            "Ctrl+Shift+D": self.disburse,
        }
        for keys, slot in bindings.items():
            shortcut = QShortcut(QKeySequence(keys), self.till, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._focus_current()

    def _focus_current(self) -> None:
        if self.stack.currentWidget() is self.open_form:
            self.open_form.setFocus()
        elif self.stack.currentWidget() is self.till:
            self.tabs.currentWidget().setFocus()

    def show_session(self, cash_session: CashSession | None) -> None:
        self.payment.set_session(cash_session)
        if cash_session is None:
            self.stack.setCurrentWidget(self.open_form)
            self._focus_current()
            return
        day = cash_session.business_date
        text = self.tr("%1 - %2 - %3 - float %4 - %5 receipt(s)")
        for marker, value in (
            ("%1", cash_session.cashier_name or cash_session.cashier_login),
            ("%2", cash_session.agency_name),
            ("%3", format_date(day.year, day.month, day.day)),
            ("%4", self.desk.money_text(cash_session.opening_float.amount_minor)),
            ("%5", str(cash_session.receipt_count)),
        ):
            text = text.replace(marker, value)
        if cash_session.is_head_cashier:
            text += " - " + self.tr("head cashier")
        # the head cashier receives the transfers; she does not make one
        self.transfer_button.setVisible(not cash_session.is_head_cashier)
        self.header_label.setText(text)
        was_open = self.stack.currentWidget() is self.till
        self.stack.setCurrentWidget(self.till)
        if not was_open:
            self.tabs.setCurrentIndex(PAYMENT_TAB)
            self._focus_current()

    def _tab_changed(self, index: int) -> None:
        if index == RECEIPTS_TAB:
            self.desk.load_receipts()
        elif index == CLOSING_TAB:
            self._load_closing()
        self.tabs.currentWidget().setFocus()

    def _load_closing(self) -> None:
        if self.desk.session is not None:
            self.closing.load(self.desk.session.cash_session_id)

    def show_receipt(self, response: PayResponse) -> None:
        if response.replayed:
            self.message_label.setText(
                self.tr("This payment had already been recorded: here is its receipt.")
            )
        dialog = ReceiptDialog(response.receipt, self.printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.receipt_dialog = dialog
        dialog.finished.connect(self._receipt_closed)
        dialog.open()

    def _receipt_closed(self, _result: int) -> None:
        self.receipt_dialog = None
        self.payment.new_payment()
        self.desk.refresh()
        # after the dialog gave the focus back to where it was: the next customer
        QTimer.singleShot(0, self._next_customer)

    def _next_customer(self) -> None:
        self.window().activateWindow()
        self.payment_panel.focus_search()

    def transfer(self) -> None:
        if self.desk.session is not None and not self.desk.session.is_head_cashier:
            dialog = TransferDialog(self.desk, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    def disburse(self) -> None:
        if self.desk.session is not None:
            draft = self.payment.draft
            account = None
            if draft.account_id:
                account = (draft.account_id, f"{draft.account_number} - {draft.customer_name}")
            dialog = DisbursementDialog(self.desk, account, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    def close_till(self) -> None:
        problems = self.closing.problems()
        if problems:
            self.closing_panel.comment_edit.setFocus()
            return
        if self.closing_panel.confirm_close():
            self.closing.close()

    def _closed(self, response: CloseResponse) -> None:
        closure = response.closure
        money = self.closing.money_text
        text = self.tr("Till closed. Counted cash %1, difference %2, %3 receipt(s).")
        text = text.replace("%1", money(closure.counted_cash.amount_minor))
        text = text.replace("%2", money(closure.difference.amount_minor))
        text = text.replace("%3", str(closure.receipt_count))
        box = QMessageBox(self)
        box.setObjectName("closureSummary")
        box.setWindowTitle(self.tr("Closure"))
        box.setText(text)
        pdf = box.addButton(self.tr("Save as &PDF..."), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self.save_closure_pdf(response) if button is pdf else None
        )
        self.closure_box = box
        box.open()
        self.desk.refresh()

    def save_closure_pdf(self, response: CloseResponse, path: Path | None = None) -> Path | None:
        """In the configured PDF folder, else where a save dialog says."""
        name = f"cloture-{response.closure.closure_id[:8]}.pdf"
        folder = self.printer.settings.pdf_folder
        if path is None and folder is not None:
            path = folder / name
        if path is None:
            suggested = str(Path.home() / name)
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save the closure as PDF"), suggested, "PDF (*.pdf)"
            )
            if not chosen:
                return None
            path = Path(chosen)
        lines = layout_closure(response.cash_session, response.closure)
        written = write_lines_pdf(lines, "Clôture de caisse", path)
        self.open_form.status_label.setText(
            self.tr("Closure saved as PDF: %1").replace("%1", str(written))
        )
        return written

    def _failed(self, error: BackendError) -> None:
        show_error(self, error)

    def _print_failed(self, error: BackendError) -> None:
        if self.receipt_dialog is None:  # the receipt dialog shows its own
            show_error(self, error)
