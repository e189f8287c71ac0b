"""'Day closures' (CASH-04): the agency's closures, newest first (sessions and days, with
totals by tender, first and last receipt, the perpetual grand total), and "Close the day"
for a chosen agency and day, after a confirmation."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from iwebs_client.presenters import cash_supervision_rows as rows
from iwebs_client.presenters.cash_supervision_ports import CashClosure
from iwebs_client.presenters.day_closure_presenter import DayClosurePresenter
from iwebs_client.presenters.presenter_base import CommandIntent
from iwebs_client.views.cash_supervision.filters import AgencyPicker, DayPicker
from iwebs_client.views.common.error_display import show_error
from iwebs_client.views.common.list_page import ListPage
from iwebs_client.views.common.table_columns import fit_columns


class DayClosuresPage(ListPage):
    def __init__(
        self, presenter: DayClosurePresenter, can_manage: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Cash closures"), presenter.model, parent)
        self.presenter = presenter
        self.intent = CommandIntent()
        self.table.setObjectName("closuresTable")
        self.table.setSortingEnabled(False)  # newest first, as the server sends them
        self.proxy.sort(-1)
        self.agency_picker = AgencyPicker()
        self.day_picker = DayPicker()
        self.filters_row.addWidget(self.agency_picker)
        self.filters_row.addWidget(self.day_picker)
        self.filters_row.addStretch(1)
        self.close_button = None
        if can_manage:
            self.close_button = self.add_action(
                self.tr("&Close the day..."), self.close_day, needs_selection=False
            )
            self.close_button.setObjectName("closeDayButton")
        self.agency_picker.agency_chosen.connect(presenter.set_agency)
        self.day_picker.day_chosen.connect(lambda _day: self.intent.renew())
        presenter.agencies_changed.connect(
            lambda choices: self.agency_picker.set_choices(choices, presenter.agency_id)
        )
        presenter.closed.connect(self._closed)
        presenter.failed.connect(lambda error: show_error(self, error, presenter.retry_last))
        presenter.busy_changed.connect(self._busy)
        presenter.load_agencies()
        fit_columns(self.table)

    def close_day(self) -> None:
        day = self.day_picker.day()
        answer = QMessageBox.question(
            self,
            self.tr("Close the day"),
            self.presenter.confirmation_text(day),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.presenter.close_day(self.intent, day)

    def _busy(self, busy: bool) -> None:
        if self.close_button is not None:
            self.close_button.setEnabled(not busy)

    def _closed(self, closure: CashClosure) -> None:
        text = (
            self.tr("Day closed (closure no. %1): %2 receipt(s), total %3, perpetual total %4.")
            .replace("%1", str(closure.sequence))
            .replace("%2", str(closure.receipt_count))
            .replace("%3", rows.money(closure.period_total))
            .replace("%4", rows.money(closure.perpetual_total))
        )
        QMessageBox.information(self, self.tr("Close the day"), text)

    def _resize_once(self, *_args: object) -> None:
        if self.model.rowCount() <= 100:
            fit_columns(self.table)
