"""The receipt just issued, as it will print: Print (PDF, Ctrl+P), Print ticket (ESC/POS,
Ctrl+T), New payment (Esc). Every print first records the copy on the server (PrintReceipt):
the first is the original, the next ones say DUPLICATA (CSH-4)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from iwebs_client.backend.client_types import BackendError
from iwebs_client.presenters.cash_counter_ports import Receipt
from iwebs_client.presenters.receipt_print_presenter import (
    PDF,
    PrintOutcome,
    ReceiptPrintPresenter,
)
from iwebs_client.printing.pdf_receipt import pdf_file_name, receipt_html
from iwebs_client.printing.receipt_layout import layout_receipt
from iwebs_client.views.common.error_display import show_error

translate = QCoreApplication.translate


def print_pdf(parent: QWidget, printer: ReceiptPrintPresenter, receipt: Receipt) -> bool:
    """Prints to the configured folder, or asks where with a save dialog; False if cancelled."""
    if printer.settings.pdf_folder is not None:
        printer.print_pdf(receipt.receipt_id)
        return True
    suggested = str(Path.home() / pdf_file_name(receipt, receipt.print_count > 0, 0))
    title = translate("ReceiptDialog", "Save the receipt as PDF")
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, "PDF (*.pdf)")
    if not path:
        return False
    printer.print_pdf(receipt.receipt_id, Path(path))
    return True


def outcome_text(outcome: PrintOutcome) -> str:
    """'Receipt DKR-2026-0000012 saved as PDF (original): /path' and the like."""
    if outcome.duplicate:
        copy = translate("ReceiptDialog", "DUPLICATA, copy %1").replace(
            "%1", str(outcome.copy_number)
        )
    else:
        copy = translate("ReceiptDialog", "original")
    if outcome.medium == PDF:
        text = translate("ReceiptDialog", "Receipt %1 saved as PDF (%2): %3")
    else:
        text = translate("ReceiptDialog", "Receipt %1 sent to the ticket printer (%2): %3")
    return (
        text.replace("%1", outcome.receipt.receipt_number)
        .replace("%2", copy)
        .replace("%3", outcome.where)
    )


class ReceiptDialog(QDialog):
    """Closing it (Esc or New payment) starts the next payment."""

    def __init__(
        self, receipt: Receipt, printer: ReceiptPrintPresenter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("receiptDialog")
        self.setWindowTitle(self.tr("Receipt %1").replace("%1", receipt.receipt_number))
        self.receipt = receipt
        self.printer = printer
        self.view = QTextBrowser()
        self.view.setObjectName("receiptPreview")
        self.view.setHtml(receipt_html(layout_receipt(receipt, duplicate=False)))
        self.view.setMinimumSize(420, 460)
        self.status_label = QLabel()
        self.status_label.setObjectName("printStatus")
        self.status_label.setWordWrap(True)
        self.pdf_button = QPushButton(self.tr("&Print PDF (Ctrl+P)"))
        self.pdf_button.setObjectName("printPdfButton")
        self.pdf_button.setShortcut(QKeySequence("Ctrl+P"))
        self.ticket_button = QPushButton(self.tr("Print &ticket (Ctrl+T)"))
        self.ticket_button.setObjectName("printTicketButton")
        self.ticket_button.setShortcut(QKeySequence("Ctrl+T"))
        self.new_button = QPushButton(self.tr("&New payment (Esc)"))
        self.new_button.setObjectName("newPaymentAfterReceipt")
        self.new_button.setDefault(True)
        self.pdf_button.clicked.connect(lambda: print_pdf(self, printer, self.receipt))
        self.ticket_button.clicked.connect(lambda: printer.print_ticket(self.receipt.receipt_id))
        self.new_button.clicked.connect(self.accept)
        printer.printed.connect(self._printed)
        printer.failed.connect(self._failed)
        printer.busy_changed.connect(self._busy)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.ticket_button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.new_button.setFocus()

    def _printed(self, outcome: PrintOutcome) -> None:
        if outcome.receipt.receipt_id == self.receipt.receipt_id:
            self.receipt = outcome.receipt
            self.status_label.setText(outcome_text(outcome))

    def _failed(self, error: BackendError) -> None:
        show_error(self, error)

    def _busy(self, busy: bool) -> None:
        self.pdf_button.setDisabled(busy)
        self.ticket_button.setDisabled(busy)

    def done(self, result: int) -> None:
        for signal, slot in (
            (self.printer.printed, self._printed),
            (self.printer.failed, self._failed),
            (self.printer.busy_changed, self._busy),
        ):
            signal.disconnect(slot)
        super().done(result)
