"""The receipts of the open session, newest first (CSH-7): reprint (recorded, marked
DUPLICATA), ask for a cancellation with a reason (approved by another user with cash.approve
in the Approvals screen), and see which are pending or cancelled. F5 reloads."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iwebs.v1 import cash_pb2
from iwebs_client.models.display_format import format_money, format_timestamp
from iwebs_client.presenters.cash_counter_ports import Receipt
from iwebs_client.presenters.cash_desk_presenter import CashDeskPresenter, receipt_state
from iwebs_client.presenters.receipt_print_presenter import PrintOutcome, ReceiptPrintPresenter
from iwebs_client.views.cash.cash_widgets import plain_table
from iwebs_client.views.cash.receipt_dialog import outcome_text, print_pdf
from iwebs_client.views.common.reason_prompt import ask_text
from iwebs_client.views.common.table_columns import fit_columns

STATE_COLUMN = 7


class SessionReceiptsPanel(QWidget):
    def __init__(
        self,
        presenter: CashDeskPresenter,
        printer: ReceiptPrintPresenter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionReceiptsPanel")
        self.presenter = presenter
        self.printer = printer
        self.table = plain_table(
            "sessionReceipts",
            [
                self.tr("Receipt no."),
                self.tr("Time"),
                self.tr("Kind"),
                self.tr("Account"),
                self.tr("Customer / payer"),
                self.tr("Amount"),
                self.tr("Prints"),
                self.tr("State"),
            ],
        )
        self.table.setEditTriggers(self.table.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.pdf_button = QPushButton(self.tr("Reprint &PDF"))
        self.pdf_button.setObjectName("reprintPdfButton")
        self.ticket_button = QPushButton(self.tr("Reprint &ticket"))
        self.ticket_button.setObjectName("reprintTicketButton")
        self.cancel_button = QPushButton(self.tr("Request &cancellation..."))
        self.cancel_button.setObjectName("requestCancellationButton")
        self.refresh_button = QPushButton(self.tr("&Refresh (F5)"))
        self.refresh_button.setObjectName("refreshReceiptsButton")
        self.status_label = QLabel()
        self.status_label.setObjectName("receiptsStatus")
        self.status_label.setWordWrap(True)
        self.pdf_button.clicked.connect(self.reprint_pdf)
        self.ticket_button.clicked.connect(self.reprint_ticket)
        self.cancel_button.clicked.connect(self.request_cancellation)
        self.refresh_button.clicked.connect(presenter.load_receipts)
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(presenter.load_receipts)
        presenter.receipts_loaded.connect(self.show_receipts)
        presenter.cancellation_requested.connect(self._cancellation_requested)
        printer.printed.connect(self._printed)
        buttons = QHBoxLayout()
        for button in (self.pdf_button, self.ticket_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        self.setFocusProxy(self.table)
        self._selection_changed()

    def show_receipts(self, receipts: list[Receipt]) -> None:
        selected = self.selected()
        self.table.setRowCount(len(receipts))
        kinds = {
            cash_pb2.RECEIPT_KIND_PAYMENT: self.tr("Payment"),
            cash_pb2.RECEIPT_KIND_CANCELLATION: self.tr("Cancellation"),
            cash_pb2.RECEIPT_KIND_DISBURSEMENT: self.tr("Disbursement"),
        }
        for row, receipt in enumerate(receipts):
            amount = receipt.amount
            cells = (
                receipt.receipt_number,
                format_timestamp(receipt.issued_at),
                kinds.get(receipt.kind, ""),
                receipt.account_number,
                receipt.customer_name or receipt.payer_name,
                format_money(amount.amount_minor, amount.currency_code or "XOF"),
                str(receipt.print_count),
                receipt_state(receipt),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, receipt.receipt_id)
                if column == 5:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
            if selected is not None and receipt.receipt_id == selected.receipt_id:
                self.table.selectRow(row)
        fit_columns(self.table)
        if receipts and self.selected() is None:
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> Receipt | None:
        row = self.table.currentRow()
        receipts = self.presenter.receipts
        if not 0 <= row < len(receipts) or not self.table.selectedItems():
            return None
        return receipts[row]

    def _selection_changed(self) -> None:
        receipt = self.selected()
        chosen = receipt is not None
        self.pdf_button.setEnabled(chosen)
        self.ticket_button.setEnabled(chosen)
        cancellable = (
            receipt is not None
            and receipt.kind == cash_pb2.RECEIPT_KIND_PAYMENT
            and not receipt.cancellation_pending
            and not receipt.cancelled_by_receipt_number
        )
        self.cancel_button.setEnabled(cancellable)

    def reprint_pdf(self) -> None:
        receipt = self.selected()
        if receipt is not None:
            print_pdf(self, self.printer, receipt)

    def reprint_ticket(self) -> None:
        receipt = self.selected()
        if receipt is not None:
            self.printer.print_ticket(receipt.receipt_id)

    def request_cancellation(self) -> None:
        receipt = self.selected()
        if receipt is None:
            return
        reason = ask_text(
            self,
            self.tr("Request cancellation"),
            self.tr("Why cancel receipt %1? (another user must approve)").replace(
                "%1", receipt.receipt_number
            ),
        )
        if reason is not None:
            self.presenter.request_cancellation(receipt.receipt_id, reason)

    def _cancellation_requested(self, approval_id: str) -> None:
        self.status_label.setText(
            self.tr("Cancellation requested: it waits for approval (request %1).").replace(
                "%1", approval_id[:8]
            )
        )

    def _printed(self, outcome: PrintOutcome) -> None:
        self.status_label.setText(outcome_text(outcome))
        if self.isVisible():
            self.presenter.load_receipts()
