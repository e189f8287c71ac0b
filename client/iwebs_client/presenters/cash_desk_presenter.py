"""The till of the cashier at this workstation (CSH-3, CSH-7, CSH-8, CSH-9, CSH-10): is a
session open, opening one, the session's receipts (reprint, cancellation request), transfers
to the head cashier and disbursements. Without widgets; views/cash/ shows it.

Driving it in a test: `refresh()` -> `session_changed(CashSession | None)`;
`open_session(float_or_None, head)` -> `session_changed`; `load_receipts()` ->
`receipts_loaded(list[Receipt])`; `request_cancellation(receipt_id, reason)` ->
`cancellation_requested(approval id)`; `transfer(amount, comment)` / `disburse(...)` ->
`movement_recorded(text)`. Each command keeps its request id until answered (IDEM-01).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal

from iwebs_client.models.display_format import format_money
from iwebs_client.presenters.cash_counter_ports import (
    CashMovement,
    CashSession,
    DisbursementResponse,
    Receipt,
)
from iwebs_client.presenters.cash_forms import DEFAULT_CURRENCY, attributes, item_label, money
from iwebs_client.presenters.presenter_base import CommandIntent, PresenterBase
from iwebs_client.presenters.service_ports import ClientServices
from iwebs_client.tasks import TaskRunner

DISBURSEMENT_TYPE_TABLE = "disbursement_type"
translate = QCoreApplication.translate


def receipt_state(receipt: Receipt) -> str:
    """'Cancelled by ...', 'Cancellation pending approval', 'Cancels ...' or '' (CSH-7)."""
    if receipt.cancelled_by_receipt_number:
        return translate("CashDeskPresenter", "Cancelled by %1").replace(
            "%1", receipt.cancelled_by_receipt_number
        )
    if receipt.cancellation_pending:
        return translate("CashDeskPresenter", "Cancellation pending approval")
    if receipt.cancels_receipt_number:
        return translate("CashDeskPresenter", "Cancels %1").replace(
            "%1", receipt.cancels_receipt_number
        )
    return ""


class CashDeskPresenter(PresenterBase):
    #: the open CashSession of this cashier at this workstation, or None
    session_changed = Signal(object)
    receipts_loaded = Signal(object)
    #: the approval request id of a cancellation request
    cancellation_requested = Signal(str)
    #: a sentence saying what was recorded (a transfer, a disbursement paid or waiting)
    movement_recorded = Signal(str)
    #: [(code, label, is a refund)] of DISBURSEMENT_TYPE
    categories_loaded = Signal(object)

    def __init__(
        self, services: ClientServices, tasks: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(tasks, parent)
        self._services = services
        self.session: CashSession | None = None
        self.receipts: list[Receipt] = []
        self.checked = False  # the first answer of GetCurrentCashSession came
        self._open_intent = CommandIntent()
        self._cancel_intents: dict[str, CommandIntent] = {}
        self._transfer_intent = CommandIntent()
        self._disbursement_intent = CommandIntent()

    @property
    def currency_code(self) -> str:
        if self.session is not None and self.session.opening_float.currency_code:
            return self.session.opening_float.currency_code
        return DEFAULT_CURRENCY

    def money_text(self, amount_minor: int) -> str:
        return format_money(amount_minor, self.currency_code)

    # ------------------------------------------------------------------ session
    def refresh(self) -> None:
        self._run(self._services.cash_sessions.current_session, self._session_received)

    def _session_received(self, cash_session: CashSession | None) -> None:
        self.checked = True
        self.session = cash_session
        self.session_changed.emit(cash_session)

    def open_session(self, opening_float_minor: int | None, is_head_cashier: bool) -> None:
        """Opening float None: the agency's parameter cash.opening_float (the server's)."""
        float_money = None if opening_float_minor is None else money(opening_float_minor)
        intent = self._open_intent
        sessions = self._services.cash_sessions

        def opened(cash_session: CashSession) -> None:
            intent.renew()
            self._session_received(cash_session)

        self._run(
            lambda: sessions.open_session(intent.request_id, float_money, is_head_cashier), opened
        )

    # ------------------------------------------------------------------ receipts
    def load_receipts(self) -> None:
        if self.session is None:
            return
        session_id = self.session.cash_session_id
        payments = self._services.payments

        def load() -> list[Receipt]:
            receipts: list[Receipt] = []
            token = ""
            while True:
                page, token = payments.list_session_receipts(session_id, page_token=token)
                receipts.extend(page)
                if not token or len(receipts) >= 2000:
                    return receipts

        self._run(load, self._receipts_received)

    def _receipts_received(self, receipts: list[Receipt]) -> None:
        self.receipts = receipts
        self.receipts_loaded.emit(receipts)

    def request_cancellation(self, receipt_id: str, reason: str) -> None:
        """Asks for the receipt's cancellation (approved by another user, cash.approve)."""
        intent = self._cancel_intents.setdefault(receipt_id, CommandIntent())
        payments = self._services.payments

        def requested(approval_id: str) -> None:
            self._cancel_intents.pop(receipt_id, None)
            self.cancellation_requested.emit(approval_id)
            self.load_receipts()

        self._run(
            lambda: payments.request_cancellation(intent.request_id, receipt_id, reason.strip()),
            requested,
        )

    # ------------------------------------------------------------------ movements
    def load_categories(self) -> None:
        reference = self._services.reference_data
        english = QLocale().language() == QLocale.Language.English

        def load() -> list[tuple[str, str, bool]]:
            items = reference.list_items(DISBURSEMENT_TYPE_TABLE)
            return [
                (i.code, item_label(i, english), attributes(i).get("refund") is True) for i in items
            ]

        self._run(load, self.categories_loaded.emit)

    def transfer(self, amount_minor: int, comment: str, head_session_id: str = "") -> None:
        """Hands cash to the head cashier's open session (empty id: the agency's one)."""
        if self.session is None:
            return
        session_id = self.session.cash_session_id
        amount = money(amount_minor, self.currency_code)
        intent = self._transfer_intent
        sessions = self._services.cash_sessions

        def done(movement: CashMovement) -> None:
            intent.renew()
            text = self.tr("Transfer of %1 to the head cashier recorded.").replace(
                "%1", self.money_text(movement.amount.amount_minor or amount_minor)
            )
            self.movement_recorded.emit(text)
            self.refresh()

        self._run(
            lambda: sessions.transfer_to_head_cashier(
                intent.request_id, session_id, head_session_id, amount, comment.strip()
            ),
            done,
        )

    def disburse(
        self,
        category_code: str,
        amount_minor: int,
        beneficiary: str,
        reason: str,
        account_id: str = "",
    ) -> None:
        """Money out of the till; above the agency's threshold it waits for approval. A
        refund names the account whose advance it pays back."""
        if self.session is None:
            return
        session_id = self.session.cash_session_id
        amount = money(amount_minor, self.currency_code)
        intent = self._disbursement_intent
        sessions = self._services.cash_sessions

        def done(response: DisbursementResponse) -> None:
            intent.renew()
            if response.approval_request_id:
                text = self.tr(
                    "The disbursement of %1 is waiting for approval; it is paid out once approved."
                ).replace("%1", self.money_text(amount_minor))
            else:
                text = self.tr("Disbursement of %1 paid out (voucher %2).")
                text = text.replace("%1", self.money_text(amount_minor))
                text = text.replace("%2", response.voucher.receipt_number or "-")
            self.movement_recorded.emit(text)
            self.refresh()

        self._run(
            lambda: sessions.record_disbursement(
                intent.request_id,
                session_id,
                category_code,
                amount,
                beneficiary.strip(),
                reason.strip(),
                account_id,
            ),
            done,
        )
