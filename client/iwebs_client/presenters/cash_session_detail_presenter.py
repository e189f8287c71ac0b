"""Drill-down into one till (CSH-7): the session, its receipts (numbers, times, accounts,
amounts, tenders, cancellation marks), its movements and its closure.

One worker call reads the session (GetCashSession) and every page of its receipts
(ListTransactions); a day's till holds a few hundred receipts at most, shown whole."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QLocale, QObject, Signal

from iwebs_client.models.record_table_model import RecordRow
from iwebs_client.presenters import cash_supervision_rows as rows
from iwebs_client.presenters.cash_supervision_ports import (
    CashSupervisionPort,
    Receipt,
    SessionDetail,
)
from iwebs_client.presenters.presenter_base import PresenterBase
from iwebs_client.presenters.service_ports import ClientServices
from iwebs_client.tasks import TaskRunner

PAYMENT_MODE_TABLE = "payment_mode"  # ReferenceTable.PAYMENT_MODE
RECEIPT_PAGE = 200
MAX_PAGES = 50


@dataclass(frozen=True)
class SessionDetailView:
    detail: SessionDetail
    receipts: list[Receipt]
    summary: str
    closure_text: str
    receipt_rows: list[RecordRow] = field(default_factory=list)
    movement_rows: list[RecordRow] = field(default_factory=list)
    reconciliation_rows: list[RecordRow] = field(default_factory=list)
    denomination_rows: list[RecordRow] = field(default_factory=list)


def read_session(
    supervision: CashSupervisionPort, cash_session_id: str, labels: Mapping[str, str]
) -> SessionDetailView:
    """On a worker: the session and all its receipts, newest first, with their rows."""
    detail = supervision.get_cash_session(cash_session_id)
    receipts: list[Receipt] = []
    token = ""
    for _page in range(MAX_PAGES):
        items, token = supervision.list_transactions(
            cash_session_id=cash_session_id, page_token=token, page_size=RECEIPT_PAGE
        )
        receipts.extend(items)
        if not token:
            break
    closure = detail.closure
    return SessionDetailView(
        detail=detail,
        receipts=receipts,
        summary=rows.session_summary(detail.cash_session),
        closure_text=rows.closure_summary(closure),
        receipt_rows=[rows.receipt_row(r, labels) for r in receipts],
        movement_rows=[rows.movement_row(m) for m in detail.movements],
        reconciliation_rows=rows.reconciliation_rows(closure),
        denomination_rows=rows.denomination_rows(closure),
    )


class CashSessionDetailPresenter(PresenterBase):
    loaded = Signal(object)  # SessionDetailView

    def __init__(
        self, services: ClientServices, tasks: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(tasks, parent)
        self._services = services
        self.cash_session_id = ""
        self.view: SessionDetailView | None = None
        #: PAYMENT_MODE code -> its label, read once with the first session
        self.mode_labels: dict[str, str] = {}

    def load(self, cash_session_id: str) -> None:
        self.cash_session_id = cash_session_id
        supervision, reference = self._services.cash_supervision, self._services.reference_data
        known = self.mode_labels
        english = QLocale().language() == QLocale.Language.English

        def work() -> tuple[SessionDetailView, dict[str, str]]:
            labels = dict(known)
            if not labels:
                for item in reference.list_items(PAYMENT_MODE_TABLE):
                    labels[item.code] = (item.label_en if english else item.label_fr) or item.code
            return read_session(supervision, cash_session_id, labels), labels

        self._run(work, self._loaded)

    def refresh(self) -> None:
        if self.cash_session_id:
            self.load(self.cash_session_id)

    def _loaded(self, answer: tuple[SessionDetailView, dict[str, str]]) -> None:
        view, self.mode_labels = answer
        if view.detail.cash_session.cash_session_id != self.cash_session_id:
            return  # an older session's answer
        self.view = view
        self.loaded.emit(view)
