"""Printing a receipt (CSH-4): every print first calls PrintReceipt, which records the copy
and says whether it is the original or a DUPLICATA; then the receipt is rendered as a PDF
file (Qt, on the GUI thread) or an ESC/POS ticket (python-escpos, on the worker, since a
network printer may take seconds).

Test drive: `print_pdf(receipt_id, path)` -> `printed(PrintOutcome)`;
`print_ticket(receipt_id)` -> `printed(PrintOutcome)`; errors -> `failed(BackendError)`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from iwebs_client.backend.client_types import BackendError
from iwebs_client.presenters.cash_counter_ports import PrintReceiptResponse, Receipt
from iwebs_client.presenters.presenter_base import CommandIntent, PresenterBase
from iwebs_client.presenters.service_ports import ClientServices
from iwebs_client.printing.escpos_receipt import print_ticket
from iwebs_client.printing.pdf_receipt import pdf_file_name, write_pdf
from iwebs_client.printing.print_settings import PrintSettings
from iwebs_client.tasks import TaskRunner

PDF = "pdf"
TICKET = "ticket"


@dataclass(frozen=True)
class PrintOutcome:
    receipt: Receipt
    medium: str  # pdf | ticket
    duplicate: bool
    copy_number: int
    #: the PDF file, or the ticket printer's target
    where: str


class ReceiptPrintPresenter(PresenterBase):
    printed = Signal(object)

    def __init__(
        self,
        services: ClientServices,
        tasks: TaskRunner,
        settings: PrintSettings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(tasks, parent)
        self._services = services
        self.settings = settings
        # one print intent per (receipt, medium) until it is answered: a retry after a
        # network problem does not record a second copy
        self._intents: dict[tuple[str, str], CommandIntent] = {}

    def default_pdf_path(self, receipt: Receipt, duplicate: bool = False) -> Path | None:
        """In the configured folder; None when the view should ask with a save dialog."""
        folder = self.settings.pdf_folder
        if folder is None:
            return None
        return folder / pdf_file_name(receipt, duplicate, receipt.print_count + 1)

    def _intent(self, receipt_id: str, medium: str) -> CommandIntent:
        return self._intents.setdefault((receipt_id, medium), CommandIntent())

    def print_pdf(self, receipt_id: str, path: Path | None = None) -> None:
        """`path` None: the configured folder, named after the receipt and its copy."""
        intent = self._intent(receipt_id, PDF)
        payments = self._services.payments

        def recorded(response: PrintReceiptResponse) -> None:
            self._intents.pop((receipt_id, PDF), None)
            receipt = response.receipt
            target = path
            if target is None:
                folder = self.settings.pdf_folder or Path.home()
                target = folder / pdf_file_name(receipt, response.duplicate, response.copy_number)
            try:
                write_pdf(receipt, response.duplicate, target)
            except OSError as exc:
                error = BackendError(
                    code="INTERNAL", reason="PRINTER_UNAVAILABLE", message=str(exc)
                )
                self.failed.emit(error)
                return
            self.printed.emit(
                PrintOutcome(receipt, PDF, response.duplicate, response.copy_number, str(target))
            )

        self._run(lambda: payments.print_receipt(intent.request_id, receipt_id), recorded)

    def print_ticket(self, receipt_id: str) -> None:
        intent = self._intent(receipt_id, TICKET)
        payments = self._services.payments
        target = self.settings.ticket_target

        def work() -> PrintOutcome:
            response = payments.print_receipt(intent.request_id, receipt_id)
            try:
                print_ticket(response.receipt, response.duplicate, target)
            except Exception as exc:
                # the copy is recorded but did not come out: printing again with the same
                # intent gets the same copy (the original stays the original)
                raise BackendError(
                    code="UNAVAILABLE", reason="PRINTER_UNAVAILABLE", message=str(exc)
                ) from exc
            return PrintOutcome(
                response.receipt, TICKET, response.duplicate, response.copy_number, target
            )

        def done(outcome: PrintOutcome) -> None:
            self._intents.pop((receipt_id, TICKET), None)
            self.printed.emit(outcome)

        self._run(work, done)
