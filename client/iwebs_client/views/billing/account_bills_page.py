"""'A subscriber's bills' (FAC-1, FAC-7, FAC-9): the account's balance and open items, its
bills and credit notes, its statement; the chosen bill explained line by line (tariff
version, block, rule, quantity x price = amount), its payments and matches; print it (PDF),
ask for its correction, bill a subscription of the account.

Keys: Ctrl+F the account number, Enter opens it; Alt+1..3 the lists; the chosen bill shows
below at once; Ctrl+P prints it; Ctrl+Shift+C asks for its correction and Ctrl+I bills a
subscription (billing.run); F5 refreshes; Esc goes back to the customer 360 view."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from iwebs.v1 import bill_service_pb2 as bs
from iwebs_client.backend.client_types import BackendError
from iwebs_client.models.record_table_model import RecordRow, RecordTableModel
from iwebs_client.presenters import bill_rows as rows
from iwebs_client.presenters.bill_account_presenter import BillAccountPresenter
from iwebs_client.presenters.bill_navigation import BillNavigator
from iwebs_client.presenters.bill_ports import AccountBalanceAnswer, Bill, BillSummary
from iwebs_client.presenters.presenter_base import CommandIntent
from iwebs_client.views.billing.individual_bill_dialog import IndividualBillDialog
from iwebs_client.views.common.error_display import show_error
from iwebs_client.views.common.reason_prompt import ask_text
from iwebs_client.views.common.record_table import record_table, selected_item
from iwebs_client.views.common.table_columns import fit_columns

STATEMENT_TAB = 2


class AccountBillsPage(QWidget):
    def __init__(
        self,
        presenter: BillAccountPresenter,
        navigator: BillNavigator,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.navigator = navigator
        self.dialog: QDialog | None = None
        self.pdf_folder: Path | None = None  # tests and settings: no save dialog
        self._opened_account = ""
        title = QLabel(self.tr("Subscriber's bills"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.account_edit = QLineEdit()
        self.account_edit.setObjectName("accountNumber")
        self.account_edit.setPlaceholderText(self.tr("Account number (Ctrl+F)"))
        self.account_edit.setMaximumWidth(220)
        self.account_edit.returnPressed.connect(self.find_account)
        self.loading_label = QLabel()
        self.balance_label = QLabel()
        self.balance_label.setObjectName("accountBalance")
        self.balance_label.setStyleSheet("font-size: 14pt; font-weight: bold;")
        header = QHBoxLayout()
        header.addWidget(title)
        header.addWidget(self.account_edit)
        header.addStretch(1)
        header.addWidget(self.loading_label)
        header.addWidget(self.balance_label)
        self.account_label = QLabel(
            self.tr("Open an account: type its number, or press F on the customer 360 view.")
        )
        self.account_label.setObjectName("accountTitle")
        self.account_label.setStyleSheet("font-size: 12pt;")
        self.position_label = QLabel()
        self.position_label.setObjectName("accountPosition")
        self.position_label.setWordWrap(True)

        actions = QHBoxLayout()
        self.print_button = self._button(
            actions, self.tr("&Print the bill (Ctrl+P)"), self.print_bill
        )
        self.correct_button = self._button(
            actions, self.tr("Ask for a &correction..."), self.request_correction
        )
        self.individual_button = self._button(
            actions, self.tr("&Bill a subscription... (Ctrl+I)"), self.bill_subscription
        )
        self.back_button = self._button(
            actions, self.tr("Back to the &customer (Esc)"), self.go_back
        )
        self.refresh_button = self._button(actions, self.tr("Re&fresh (F5)"), presenter.reload)
        self.correct_button.setVisible(presenter.can_run)
        self.individual_button.setVisible(presenter.can_run)
        actions.addStretch(1)

        self.bills_model = RecordTableModel(rows.bill_headers(), self)
        self.open_model = RecordTableModel(rows.bill_headers(), self)
        self.statement_model = RecordTableModel(rows.statement_headers(), self)
        self.bills_table = record_table(self.bills_model, "billsTable")
        self.open_table = record_table(self.open_model, "openItemsTable")
        self.statement_table = record_table(self.statement_model, "statementTable")
        self.statement_footer = QLabel()
        statement_page = QWidget()
        statement_layout = QVBoxLayout(statement_page)
        statement_layout.addWidget(self.statement_table, 1)
        statement_layout.addWidget(self.statement_footer)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("billLists")
        for number, (widget, text) in enumerate(
            (
                (self.bills_table, self.tr("Bills and credit notes")),
                (self.open_table, self.tr("Open items")),
                (statement_page, self.tr("Statement")),
            ),
            start=1,
        ):
            self.tabs.addTab(widget, f"{number} {text}")
            QShortcut(
                QKeySequence(f"Alt+{number}"),
                self,
                lambda i=number - 1: self.tabs.setCurrentIndex(i),
            )

        self.bill_title = QLabel()
        self.bill_title.setObjectName("billTitle")
        self.bill_title.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.bill_title.setWordWrap(True)
        self.reading_label = QLabel()
        self.reading_label.setObjectName("billReading")
        self.lines_model = RecordTableModel(rows.line_headers(), self)
        self.lines_table = record_table(self.lines_model, "billLines")
        self.total_label = QLabel()
        self.total_label.setObjectName("billTotal")
        self.total_label.setStyleSheet("font-weight: bold;")
        self.settlements_model = RecordTableModel(rows.payment_headers(), self)
        self.settlements_table = record_table(self.settlements_model, "billSettlements")
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.bill_title)
        detail_layout.addWidget(self.reading_label)
        detail_layout.addWidget(self.lines_table, 3)
        detail_layout.addWidget(self.total_label)
        detail_layout.addWidget(QLabel("<b>" + self.tr("Payments and matches") + "</b>"))
        detail_layout.addWidget(self.settlements_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tabs)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.account_label)
        layout.addWidget(self.position_label)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)

        for table in (self.bills_table, self.open_table):
            table.selectionModel().selectionChanged.connect(
                lambda *_a, t=table: self._bill_chosen(t)
            )
        self.tabs.currentChanged.connect(self._tab_changed)
        for keys, slot in (
            (QKeySequence("Ctrl+F"), self.focus_account),
            (QKeySequence(QKeySequence.StandardKey.Refresh), presenter.reload),
            (QKeySequence("Ctrl+P"), self.print_bill),
            (QKeySequence("Ctrl+Shift+C"), self.request_correction),
            (QKeySequence("Ctrl+I"), self.bill_subscription),
            (QKeySequence("Escape"), self.go_back),
        ):
            QShortcut(keys, self, slot)
        presenter.account_loaded.connect(self._account_loaded)
        presenter.bills_changed.connect(lambda r: self._fill(self.bills_table, self.bills_model, r))
        presenter.open_items_changed.connect(
            lambda r: self._fill(self.open_table, self.open_model, r)
        )
        presenter.statement_changed.connect(self._statement)
        presenter.bill_loaded.connect(self._bill_loaded)
        presenter.bill_printed.connect(self._printed)
        presenter.correction_requested.connect(self._correction_requested)
        presenter.failed.connect(self._failed)
        presenter.busy_changed.connect(
            lambda busy: self.loading_label.setText(self.tr("Loading...") if busy else "")
        )
        navigator.account_opened.connect(self.open_account)
        self._update_buttons()
        if navigator.current_account_id:
            self.open_account(navigator.current_account_id)

    def _button(self, row: QHBoxLayout, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _=False: slot())
        row.addWidget(button)
        return button

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self.presenter.account_id:
            self.account_edit.setFocus()
        else:
            self.bills_table.setFocus()

    # -- the account --------------------------------------------------------------------------
    def focus_account(self) -> None:
        self.account_edit.setFocus()
        self.account_edit.selectAll()

    def find_account(self) -> None:
        problem = self.presenter.find_account(self.account_edit.text())
        if problem:
            self.account_label.setText(problem)

    def open_account(self, account_id: str) -> None:
        if account_id and account_id != self._opened_account:
            self._opened_account = account_id
            self._clear_bill()
            self.presenter.open_account(account_id)

    def _account_loaded(self, answer: AccountBalanceAnswer) -> None:
        position = answer.balance
        self._opened_account = position.account_id
        self.account_edit.setText(position.account_number)
        self.account_label.setText(rows.account_title(position))
        self.balance_label.setText(rows.balance_text(position))
        self.position_label.setText(rows.position_details(position))
        if self.tabs.currentIndex() == STATEMENT_TAB:
            self.presenter.load_statement()

    def _fill(self, table: Any, model: RecordTableModel, new_rows: list[RecordRow]) -> None:
        chosen = self.presenter.bill.summary.bill_id if self.presenter.bill is not None else ""
        model.set_rows(new_rows)
        for number, row in enumerate(new_rows):
            if row.item.bill_id == chosen:
                table.selectRow(number)
                break
        else:
            if new_rows and table is self.bills_table:
                table.selectRow(0)
        if new_rows:
            fit_columns(table)
        self._update_buttons()

    def _tab_changed(self, index: int) -> None:
        if index == STATEMENT_TAB:
            self.presenter.load_statement()

    def _statement(self, new_rows: list[RecordRow], footer: str) -> None:
        self.statement_model.set_rows(new_rows)
        if new_rows:
            fit_columns(self.statement_table)
        self.statement_footer.setText(footer)

    # -- one bill -----------------------------------------------------------------------------
    def selected_bill(self) -> BillSummary | None:
        table = self.open_table if self.tabs.currentIndex() == 1 else self.bills_table
        item = selected_item(table)
        return item if isinstance(item, BillSummary) else None

    def _bill_chosen(self, table: Any) -> None:
        item = selected_item(table)
        shown = self.presenter.bill
        if isinstance(item, BillSummary) and (
            shown is None or shown.summary.bill_id != item.bill_id
        ):
            self.presenter.open_bill(item.bill_id)
        self._update_buttons()

    def _clear_bill(self) -> None:
        self.bill_title.clear()
        self.reading_label.clear()
        self.total_label.clear()
        self.lines_model.set_rows([])
        self.settlements_model.set_rows([])

    def _bill_loaded(self, bill: Bill) -> None:
        self.bill_title.setText(rows.bill_title(bill))
        self.reading_label.setText(rows.reading_text(bill))
        self.lines_model.set_rows(rows.line_rows(list(bill.lines)))
        if bill.lines:
            fit_columns(self.lines_table)
        self.total_label.setText(rows.lines_total_text(bill))
        self.settlements_model.set_rows(rows.settlement_rows(bill))
        fit_columns(self.settlements_table)
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        bill = self.selected_bill()
        self.print_button.setEnabled(bill is not None and bill.origin != "legacy")
        self.correct_button.setEnabled(
            bill is not None
            and bill.kind == bs.BILL_KIND_INVOICE
            and bill.origin != "legacy"
            and not bill.credited_by_bill_id
            and not bill.correction_pending
        )
        self.individual_button.setEnabled(bool(self.presenter.account_id))

    # -- commands -----------------------------------------------------------------------------
    def print_bill(self) -> None:
        bill = self.selected_bill()
        if bill is None or not self.print_button.isEnabled():
            return
        name = self.presenter.default_pdf_name(bill)
        if self.pdf_folder is not None:
            path = self.pdf_folder / name
        else:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save the bill"), str(Path.home() / name), "PDF (*.pdf)"
            )
            if not chosen:
                return
            path = Path(chosen)
        self.presenter.print_bill(bill.bill_id, path)

    def _printed(self, path: str) -> None:
        self.loading_label.setText(self.tr("Saved: %1").replace("%1", path))

    def request_correction(self) -> None:
        bill = self.selected_bill()
        if bill is None or not self.presenter.can_run or not self.correct_button.isEnabled():
            return
        reason = ask_text(
            self,
            self.tr("Correct the bill"),
            self.tr(
                "Why must bill %1 be corrected? Once another user approves, a credit note "
                "cancels it and a corrected bill is issued."
            ).replace("%1", bill.bill_number),
        )
        if reason is not None:
            problem = self.presenter.request_correction(CommandIntent(), bill.bill_id, reason)
            if problem:
                self.loading_label.setText(problem)

    def _correction_requested(self, _approval_request_id: str) -> None:
        QMessageBox.information(
            self,
            self.tr("Correction requested"),
            self.tr(
                "The correction waits for the approval of another user with the right to "
                "approve bill corrections (Approvals screen)."
            ),
        )

    def bill_subscription(self) -> None:
        if not self.presenter.can_run or not self.presenter.account_id:
            return
        self.dialog = IndividualBillDialog(self.presenter, self)
        self.dialog.open()

    def go_back(self) -> None:
        self.navigator.back_to_customer()

    def _failed(self, error: BackendError) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return  # the dialog shows it
        show_error(self, error, retry=self.presenter.retry_last)
