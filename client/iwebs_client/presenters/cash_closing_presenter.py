"""Closing the till (CSH-6, CASH-04): GetClosingSummary gives what each tender kind should
be and the denominations to count; the cashier counts (billetage), the difference shows
live, a comment is required beyond the tolerance; CloseCashSession records the closure.

Test drive: `load(session_id)` -> `summary_loaded(ClosingCount)`; set quantities with
`set_quantity(code, n)` and other kinds with `set_counted(kind, amount)` (each emits
`count_changed`); `set_comment(text)`; `close()` -> `closed(CloseCashSessionResponse)`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from iwebs_client.models.display_format import format_money
from iwebs_client.presenters.cash_counter_ports import CloseResponse, ClosingSummary
from iwebs_client.presenters.cash_forms import (
    CASH_KIND,
    DEFAULT_CURRENCY,
    ClosingCount,
    DenominationLine,
)
from iwebs_client.presenters.presenter_base import CommandIntent, PresenterBase
from iwebs_client.presenters.service_ports import ClientServices
from iwebs_client.tasks import TaskRunner


class CashClosingPresenter(PresenterBase):
    summary_loaded = Signal(object)
    count_changed = Signal(object)
    closed = Signal(object)

    def __init__(
        self, services: ClientServices, tasks: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(tasks, parent)
        self._services = services
        self.summary: ClosingSummary | None = None
        self.count: ClosingCount | None = None
        self.closure: CloseResponse | None = None
        self._intent = CommandIntent()

    @property
    def currency_code(self) -> str:
        return self.count.currency_code if self.count is not None else DEFAULT_CURRENCY

    def money_text(self, amount_minor: int) -> str:
        return format_money(amount_minor, self.currency_code)

    def load(self, cash_session_id: str) -> None:
        sessions = self._services.cash_sessions
        self._run(lambda: sessions.closing_summary(cash_session_id), self._summary_received)

    def _summary_received(self, summary: ClosingSummary) -> None:
        self.summary = summary
        currency = (
            summary.difference_tolerance.currency_code
            or summary.cash_session.opening_float.currency_code
            or DEFAULT_CURRENCY
        )
        expected = {t.mode_kind: t.expected.amount_minor for t in summary.tenders}
        lines = [
            DenominationLine(
                code=d.denomination_code,
                label=d.label or d.denomination_code,
                unit_minor=d.unit_value.amount_minor,
            )
            for d in summary.denominations
        ]
        self.count = ClosingCount(
            currency_code=currency,
            expected=expected,
            lines=lines,
            tolerance_minor=summary.difference_tolerance.amount_minor,
        )
        self._intent.renew()
        self.summary_loaded.emit(self.count)
        self.count_changed.emit(self.count)

    def set_quantity(self, code: str, quantity: int) -> None:
        if self.count is None:
            return
        for line in self.count.lines:
            if line.code == code:
                line.quantity = max(quantity, 0)
        self.count_changed.emit(self.count)

    def set_counted(self, kind: str, amount_minor: int | None) -> None:
        """The counted amount of a non-cash kind; None: as expected."""
        if self.count is None or kind == CASH_KIND:
            return
        if amount_minor is None:
            self.count.other_counted.pop(kind, None)
        else:
            self.count.other_counted[kind] = amount_minor
        self.count_changed.emit(self.count)

    def set_comment(self, comment: str) -> None:
        if self.count is not None:
            self.count.comment = comment
            self.count_changed.emit(self.count)

    def problems(self) -> dict[str, str]:
        return {} if self.count is None else self.count.problems()

    def close(self) -> bool:
        count, summary = self.count, self.summary
        if count is None or summary is None or count.problems():
            return False
        session_id = summary.cash_session.cash_session_id
        intent = self._intent
        sessions = self._services.cash_sessions
        denominations = count.denominations()
        counted = count.counted_tenders()
        comment = count.comment.strip()

        def done(response: CloseResponse) -> None:
            intent.renew()
            self.closure = response
            self.closed.emit(response)

        self._run(
            lambda: sessions.close_session(
                intent.request_id, session_id, denominations, counted, comment
            ),
            done,
        )
        return True
