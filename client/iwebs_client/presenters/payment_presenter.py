"""The payment screen's logic (CSH-1, CSH-2, CSH-5; IDEM-01), without widgets.

How a test (or the view) drives it, all on the GUI thread, each call answered by a signal:

    presenter = PaymentPresenter(services, tasks, session_info)
    presenter.set_session(cash_session)          # the open till (CashDeskPresenter.session)
    presenter.load_references()                  # -> references_loaded (modes, fees, banks)
    presenter.search.search("NDIAYE")            # the issue-3 search; rows in search.model
    presenter.select_account(hit.account_id)     # -> account_loaded(draft): open bills
    presenter.pick_bill(bill_id, amount)         # optional; none picked = oldest due first
    presenter.set_amount(25_000)                 # optional; default = what is due
    presenter.set_tenders([TenderLine(mode, 30_000)])  # modes from presenter.modes
    presenter.request_preview()                  # -> previewed(PreviewPaymentResponse)
    presenter.pay()                              # -> paid(PayResponse) or failed / problems
    presenter.new_payment()                      # a fresh draft and a fresh payment id

The payment id (Pay's request_id, IDEM-01) is made once per payment and kept until an
answer comes: a retry after a network problem sends the same id (the server answers with the
first receipt); it is renewed after a receipt or a definitive refusal.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, QTimer, Signal

from iwebs_client.backend.client_types import BackendError
from iwebs_client.presenters.cash_counter_ports import (
    CashSession,
    PayableItems,
    PaymentPreview,
    PayResponse,
)
from iwebs_client.presenters.cash_forms import (
    FeeItem,
    FeeLineDraft,
    PaymentDraft,
    PaymentMode,
    TenderLine,
    item_label,
)
from iwebs_client.presenters.customer_navigation import CustomerNavigator
from iwebs_client.presenters.customer_search_presenter import CustomerSearchPresenter
from iwebs_client.presenters.presenter_base import CommandIntent, PresenterBase
from iwebs_client.presenters.service_ports import ClientServices, SessionInfo
from iwebs_client.tasks import TaskRunner

PAYMENT_MODE_TABLE = "payment_mode"
MISC_FEE_TABLE = "misc_fee"
BANK_TABLE = "bank"
#: the preview waits for the cashier to stop typing this long
PREVIEW_DELAY_MS = 300


class PaymentPresenter(PresenterBase):
    references_loaded = Signal()
    #: the draft after an account was chosen (its open bills, total due, advance)
    account_loaded = Signal(object)
    #: a PreviewPaymentResponse for the current draft
    previewed = Signal(object)
    #: what must be fixed (field path -> sentence); {} when the draft is complete
    problems_changed = Signal(object)
    #: a PayResponse (receipt, replayed)
    paid = Signal(object)
    draft_reset = Signal()

    def __init__(
        self,
        services: ClientServices,
        tasks: TaskRunner,
        session: SessionInfo,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(tasks, parent)
        self._services = services
        self.search = CustomerSearchPresenter(services, tasks, session, CustomerNavigator(), self)
        self.cash_session: CashSession | None = None
        self.modes: list[PaymentMode] = []
        self.fees: list[FeeItem] = []
        self.banks: list[tuple[str, str]] = []
        self.draft = PaymentDraft()
        #: the last PreviewPaymentResponse of the current draft
        self.preview: PaymentPreview | None = None
        self.last_response: PayResponse | None = None
        self._pay_intent = CommandIntent()
        self._paying = False
        #: the last Pay got no answer (network): Pay again resends the same payment id
        self.pay_unanswered = False
        self._generation = 0
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.preview_now)

    # ------------------------------------------------------------------ set-up
    @property
    def payment_id(self) -> str:
        """The request id the next Pay sends (kept across retries, IDEM-01)."""
        return self._pay_intent.request_id

    def set_session(self, cash_session: CashSession | None) -> None:
        self.cash_session = cash_session
        if cash_session is not None and cash_session.opening_float.currency_code:
            self.draft.currency_code = cash_session.opening_float.currency_code

    def load_references(self) -> None:
        reference = self._services.reference_data
        english = QLocale().language() == QLocale.Language.English

        def load() -> tuple[list[PaymentMode], list[FeeItem], list[tuple[str, str]]]:
            modes = [
                PaymentMode.from_item(i, english) for i in reference.list_items(PAYMENT_MODE_TABLE)
            ]
            fees = [FeeItem.from_item(i, english) for i in reference.list_items(MISC_FEE_TABLE)]
            banks = [(i.code, item_label(i, english)) for i in reference.list_items(BANK_TABLE)]
            return modes, fees, banks

        self._run(load, self._references_received)

    def _references_received(
        self, loaded: tuple[list[PaymentMode], list[FeeItem], list[tuple[str, str]]]
    ) -> None:
        self.modes, self.fees, self.banks = loaded
        # cash first: it is the default tender
        self.modes.sort(key=lambda mode: (not mode.is_cash,))
        if not self.draft.tenders:
            self.draft.tenders = self.default_tenders()
        self.references_loaded.emit()

    def default_mode(self) -> PaymentMode | None:
        return next((m for m in self.modes if m.is_cash), self.modes[0] if self.modes else None)

    def mode(self, code: str) -> PaymentMode | None:
        return next((m for m in self.modes if m.code == code), None)

    def fee(self, code: str) -> FeeItem | None:
        return next((f for f in self.fees if f.code == code), None)

    def default_tenders(self) -> list[TenderLine]:
        mode = self.default_mode()
        return [] if mode is None else [TenderLine(mode, self.draft.effective_amount_minor)]

    # ------------------------------------------------------------------ the draft
    def select_account(self, account_id: str) -> None:
        """Loads the account's open bills and advance (GetPayableItems)."""
        if not account_id:
            return
        payments = self._services.payments
        self._run(lambda: payments.payable_items(account_id), self._account_received)

    def _account_received(self, items: PayableItems) -> None:
        draft = self.draft
        draft.account_id = items.account_id
        draft.account_number = items.account_number
        draft.customer_name = items.customer_name
        draft.payer_name = draft.payer_name or items.customer_name
        draft.bills = list(items.bills)
        if items.total_open.currency_code:
            draft.currency_code = items.total_open.currency_code
        draft.total_open_minor = items.total_open.amount_minor
        draft.advance_minor = items.advance_balance.amount_minor
        draft.picked.clear()
        draft.amount_minor = None
        self._follow_amount()
        self.account_loaded.emit(draft)
        self.changed()

    def pick_bill(self, bill_id: str, amount_minor: int | None) -> None:
        """Ticks a bill (amount None: its whole open amount) or unticks it (amount 0)."""
        bill = next((b for b in self.draft.bills if b.bill_id == bill_id), None)
        if bill is None:
            return
        if amount_minor == 0:
            self.draft.picked.pop(bill_id, None)
        else:
            value = bill.open_amount.amount_minor if amount_minor is None else amount_minor
            self.draft.picked[bill_id] = value
        self.draft.amount_minor = None
        self._follow_amount()
        self.changed()

    def set_amount(self, amount_minor: int | None) -> None:
        """None: back to the default (what is due)."""
        self.draft.amount_minor = amount_minor
        self._follow_amount()
        self.changed()

    def set_payer_name(self, name: str) -> None:
        self.draft.payer_name = name
        self.changed()

    def add_fee(self, code: str, amount_minor: int | None = None, reference: str = "") -> None:
        fee = self.fee(code)
        if fee is None:
            return
        amount = fee.amount_minor if amount_minor is None else amount_minor
        self.draft.fees.append(FeeLineDraft(fee, amount, reference))
        self.draft.amount_minor = None
        self._follow_amount()
        self.changed()

    def remove_fee(self, index: int) -> None:
        if 0 <= index < len(self.draft.fees):
            del self.draft.fees[index]
            self.draft.amount_minor = None
            self._follow_amount()
            self.changed()

    def set_tenders(self, tenders: list[TenderLine]) -> None:
        self.draft.tenders = list(tenders)
        self.changed()

    def _follow_amount(self) -> None:
        """With one tender, its amount follows the amount to pay (the usual case: the
        cashier then types what was handed over in the tender's box)."""
        if len(self.draft.tenders) == 1:
            self.draft.tenders[0].amount_minor = self.draft.effective_amount_minor

    def changed(self) -> None:
        """The draft changed: new problems now, a preview once the cashier pauses."""
        self._generation += 1
        self.preview = None
        self.problems_changed.emit(self.draft.problems())
        self._preview_timer.start()

    def request_preview(self) -> None:
        self._preview_timer.stop()
        self.preview_now()

    def preview_now(self) -> None:
        if self.cash_session is None or self.draft.problems():
            return
        generation = self._generation
        content = self.draft.content(self.cash_session.cash_session_id)
        payments = self._services.payments

        def received(preview: PaymentPreview) -> None:
            if generation == self._generation:  # an older draft's answer is dropped
                self.preview = preview
                self.previewed.emit(preview)

        self._tasks.run(lambda: payments.preview(content), received, self._preview_failed)

    def _preview_failed(self, error: BackendError) -> None:
        # a refused preview is shown as the problem of the draft, not as a message box
        self.problems_changed.emit({"preview": error.reason})

    # ------------------------------------------------------------------ paying
    def can_pay(self) -> bool:
        return self.cash_session is not None and not self._paying and not self.draft.problems()

    def pay(self) -> bool:
        """Sends Pay with the kept payment id; False when the draft is not complete."""
        problems = self.draft.problems()
        if self.cash_session is None or problems or self._paying:
            if problems:
                self.problems_changed.emit(problems)
            return False
        self._paying = True
        content = self.draft.content(self.cash_session.cash_session_id)
        payment_id = self._pay_intent.request_id
        payments = self._services.payments
        self._set_busy(+1)
        self._tasks.run(lambda: payments.pay(payment_id, content), self._paid, self._pay_failed)
        return True

    def _paid(self, response: PayResponse) -> None:
        self._set_busy(-1)
        self._paying = False
        self.pay_unanswered = False
        self.last_response = response
        self._pay_intent.renew()
        self.paid.emit(response)

    def _pay_failed(self, error: BackendError) -> None:
        self._set_busy(-1)
        self._paying = False
        self.pay_unanswered = error.is_connection_problem or error.reason == "INTERNAL"
        if not self.pay_unanswered and error.reason != "CLIENT_ERROR":
            # refused for good (nothing was recorded): the corrected payment is a new intent
            self._pay_intent.renew()
        self.failed.emit(error)

    def new_payment(self) -> None:
        """A fresh draft (same till, same references) and a fresh payment id."""
        currency = self.draft.currency_code
        self.draft = PaymentDraft(currency_code=currency)
        self.draft.tenders = self.default_tenders()
        self.preview = None
        self.last_response = None
        self._pay_intent.renew()
        self._generation += 1
        self.draft_reset.emit()
