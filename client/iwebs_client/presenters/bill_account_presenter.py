"""'A subscriber's bills' (FAC-1, FAC-7, FAC-9): an account's balance and open items (bills
to pay, credit notes with credit left, the advance, the deposit), its bills and credit notes,
its statement; a bill's line-by-line explanation (tariff version, block, rule, quantity x
price = amount), its payments and matches; the bill printed as a PDF (French); individual
billing of one of the account's subscriptions (preview first, then issue); a correction
request (credit note + new bill once another user approves it, four eyes).

The account is opened from the customer 360 view ("F", `BillNavigator`) or typed by its
number. Every call runs on a worker; the PDF is drawn on the GUI thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from iwebs.v1 import bill_service_pb2 as bs
from iwebs_client.backend.client_types import BackendError
from iwebs_client.presenters import bill_rows as rows
from iwebs_client.presenters.bill_ports import (
    AccountBalanceAnswer,
    AccountStatement,
    Bill,
    BillSummary,
    FinalBillAnswer,
    IndividualBillResult,
)
from iwebs_client.presenters.presenter_base import CommandIntent, PresenterBase
from iwebs_client.presenters.service_ports import ClientServices, SessionInfo, Subscription
from iwebs_client.printing.bill_document_convert import document_from_proto
from iwebs_client.printing.bill_document_pdf import pdf_file_name, write_bill_pdf
from iwebs_client.tasks import TaskRunner

RUN_RIGHT = "billing.run"
BILLS_PAGE = 100


class BillAccountPresenter(PresenterBase):
    account_loaded = Signal(object)  # AccountBalanceAnswer
    bills_changed = Signal(list)  # [RecordRow]
    open_items_changed = Signal(list)  # [RecordRow]
    statement_changed = Signal(list, str)  # rows, "opening ... closing ..."
    subscriptions_changed = Signal(list)  # [(subscription_id, text)]
    bill_loaded = Signal(object)  # Bill
    bill_printed = Signal(str)  # the PDF's path
    individual_result = Signal(object)  # IndividualBillResult
    final_deposit = Signal(object)  # IssueFinalBillResponse (deposit matched and released)
    correction_requested = Signal(str)  # the approval request id

    def __init__(
        self,
        services: ClientServices,
        tasks: TaskRunner,
        session: SessionInfo,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(tasks, parent)
        self._services = services
        self._session = session
        self.account_id = ""
        self.answer: AccountBalanceAnswer | None = None
        self.bills: list[BillSummary] = []
        self.subscriptions: list[Subscription] = []
        self.bill: Bill | None = None
        self._generation = 0

    @property
    def can_run(self) -> bool:
        return RUN_RIGHT in self._session.rights

    # -- the account --------------------------------------------------------------------------
    def open_account(self, account_id: str) -> None:
        self.account_id = account_id
        self.bill = None
        self.reload()

    def find_account(self, account_number: str) -> str:
        """Opens the account with this number; returns a problem ("" when sent)."""
        number = "".join(account_number.split())
        if not number.isdigit() or len(number) != 10:
            return self.tr("An account number has 10 digits (the last one is its check digit).")
        customers = self._services.customers
        self._run(
            lambda: customers.get_account(account_number=number)[0],
            lambda account: self.open_account(account.account_id),
        )
        return ""

    def reload(self) -> None:
        if not self.account_id:
            return
        self._generation += 1
        generation, account_id = self._generation, self.account_id
        bills_port, customers = self._services.bills, self._services.customers

        def work() -> tuple[AccountBalanceAnswer, list[BillSummary], list[Subscription]]:
            answer = bills_port.get_account_balance(account_id)
            bills, token = bills_port.list_bills(account_id=account_id, page_size=BILLS_PAGE)
            while token and len(bills) < 1000:
                more, token = bills_port.list_bills(
                    account_id=account_id, page_token=token, page_size=BILLS_PAGE
                )
                bills.extend(more)
            subscriptions: list[Subscription] = []
            try:
                account, _balance = customers.get_account(account_id=account_id)
                overview = customers.get_overview(account.customer_id)
                subscriptions = [s for s in overview.subscriptions if s.account_id == account_id]
            except BackendError:
                subscriptions = []  # the bills still show; individual billing has no choice
            return answer, bills, subscriptions

        self._run(work, lambda result: self._loaded(generation, result))

    def _loaded(
        self,
        generation: int,
        result: tuple[AccountBalanceAnswer, list[BillSummary], list[Subscription]],
    ) -> None:
        if generation != self._generation:
            return
        self.answer, self.bills, self.subscriptions = result
        self.account_loaded.emit(self.answer)
        self.bills_changed.emit(rows.bill_rows(self.bills))
        self.open_items_changed.emit(rows.bill_rows(list(self.answer.open_items)))
        self.subscriptions_changed.emit(
            [(s.subscription_id, rows.subscription_text(s)) for s in self.subscriptions]
        )

    def load_statement(self) -> None:
        if not self.account_id:
            return
        port, account_id = self._services.bills, self.account_id

        def done(statement: AccountStatement) -> None:
            self.statement_changed.emit(
                rows.statement_rows(list(statement.lines)), rows.statement_footer(statement)
            )

        self._run(lambda: port.get_account_statement(account_id), done)

    # -- one bill -----------------------------------------------------------------------------
    def open_bill(self, bill_id: str) -> None:
        if not bill_id:
            return
        port = self._services.bills

        def done(bill: Bill) -> None:
            self.bill = bill
            self.bill_loaded.emit(bill)

        self._run(lambda: port.get_bill(bill_id), done)

    def default_pdf_name(self, bill: BillSummary) -> str:
        prefix = "avoir" if bill.kind == bs.BILL_KIND_CREDIT_NOTE else "facture"
        return f"{prefix}-{bill.bill_number or bill.bill_id}.pdf"

    def print_bill(self, bill_id: str, path: Path | None = None) -> None:
        """GetBillDocument on a worker, then the A4 PDF drawn on the GUI thread."""
        port = self._services.bills

        def write(message: object) -> None:
            document = document_from_proto(message)  # type: ignore[arg-type]
            target = path or Path.home() / pdf_file_name(document)
            try:
                write_bill_pdf(document, target)
            except OSError as exc:
                self.failed.emit(
                    BackendError(code="INTERNAL", reason="PRINTER_UNAVAILABLE", message=str(exc))
                )
                return
            self.bill_printed.emit(str(target))

        self._run(lambda: port.get_bill_document(bill_id), write)

    # -- individual billing and corrections ---------------------------------------------------
    def bill_subscription(
        self,
        intent: CommandIntent,
        subscription_id: str,
        period_start: dt.date,
        period_end: dt.date,
        preview: bool,
    ) -> str:
        """BillSubscription (preview computes and writes nothing); a problem, or "" when sent."""
        if not subscription_id:
            return self.tr("Choose the subscription to bill.")
        if period_end < period_start:
            return self.tr("The period ends before it starts.")
        port = self._services.bills
        label = f"{period_end.year}-{period_end.month:02d}"
        request_id = intent.request_id

        def done(result: IndividualBillResult) -> None:
            if not preview:
                intent.renew()
                self.reload()
            self.individual_result.emit(result)

        self._run(
            lambda: port.bill_subscription(
                request_id, subscription_id, period_start, period_end, label, preview
            ),
            done,
        )
        return ""

    def final_bill(
        self, intent: CommandIntent, subscription_id: str, period_end: dt.date | None, preview: bool
    ) -> str:
        """IssueFinalBill of a terminated subscription (preview: nothing written); the answer
        goes out as `individual_result` (the bill) and `final_deposit` (deposit used and
        released). A problem, or "" when sent."""
        if not subscription_id:
            return self.tr("Choose the subscription to bill.")
        port, request_id = self._services.bills, intent.request_id

        def done(answer: FinalBillAnswer) -> None:
            if not preview:
                intent.renew()
                self.reload()
            self.individual_result.emit(answer.result)
            self.final_deposit.emit(answer)

        self._run(
            lambda: port.issue_final_bill(request_id, subscription_id, period_end, preview), done
        )
        return ""

    def request_correction(self, intent: CommandIntent, bill_id: str, reason: str) -> str:
        if not reason.strip():
            return self.tr("Say why the bill must be corrected.")
        port, request_id = self._services.bills, intent.request_id

        def done(approval_request_id: str) -> None:
            intent.renew()
            self.correction_requested.emit(approval_request_id)
            self.reload()

        self._run(lambda: port.request_correction(request_id, bill_id, reason.strip()), done)
        return ""
