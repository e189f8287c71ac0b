"""'Live tills' (CSH-12): every till of the day in the supervisor's agencies, refreshed every
5 s while the page is shown ("Updated at 10:42:07"), totals at the bottom.

Enter or a double-click opens the till (drill-down, CSH-7); F5 refreshes at once; Alt+G
picks the agency, Alt+T/Alt+D the day."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from iwebs_client.models.record_table_model import RecordRow, RecordTableModel
from iwebs_client.presenters import cash_supervision_rows as rows
from iwebs_client.presenters.cash_session_detail_presenter import CashSessionDetailPresenter
from iwebs_client.presenters.cash_supervision_ports import CashSession
from iwebs_client.presenters.till_positions_presenter import TillPositionsPresenter
from iwebs_client.views.cash_supervision.filters import (
    AgencyPicker,
    DayPicker,
)
from iwebs_client.views.cash_supervision.session_detail_dialog import SessionDetailDialog
from iwebs_client.views.common.error_display import show_error
from iwebs_client.views.common.record_table import record_table, selected_item
from iwebs_client.views.common.table_columns import fit_columns


class TillPositionsPage(QWidget):
    def __init__(
        self,
        presenter: TillPositionsPresenter,
        detail_presenter: CashSessionDetailPresenter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.detail_presenter = detail_presenter
        self.dialog: SessionDetailDialog | None = None
        self._fitted = False
        title = QLabel(self.tr("Live tills"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.status_label = QLabel()
        self.status_label.setObjectName("updatedAt")
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.status_label)

        self.agency_picker = AgencyPicker()
        self.day_picker = DayPicker()
        self.open_button = QPushButton(self.tr("&Open the till (Enter)"))
        self.open_button.setEnabled(False)
        self.refresh_button = QPushButton(self.tr("Re&fresh (F5)"))
        filters = QHBoxLayout()
        filters.addWidget(self.agency_picker)
        filters.addWidget(self.day_picker)
        filters.addStretch(1)
        filters.addWidget(self.open_button)
        filters.addWidget(self.refresh_button)

        self.model = RecordTableModel(rows.till_headers(), self)
        self.table = record_table(self.model, "tillTable")
        self.empty_label = QLabel(self.tr("No till opened on this day."))
        self.empty_label.setObjectName("noTill")
        self.empty_label.hide()
        self.footer_label = QLabel()
        self.footer_label.setObjectName("tillTotals")
        self.footer_label.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.footer_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.footer_label)

        self.agency_picker.agency_chosen.connect(presenter.set_agency)
        self.day_picker.day_chosen.connect(presenter.set_business_date)
        self.open_button.clicked.connect(self.open_selected)
        self.refresh_button.clicked.connect(presenter.poll_now)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, presenter.poll_now)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        presenter.agencies_changed.connect(self._agencies)
        presenter.positions_changed.connect(self._positions)
        presenter.status_changed.connect(self.status_label.setText)
        presenter.drill_down_requested.connect(self._drill_down)
        presenter.failed.connect(lambda error: show_error(self, error))
        presenter.load_agencies()
        self.setFocusProxy(self.table)
        fit_columns(self.table)

    # -- polling follows the page's visibility ------------------------------------------------
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.presenter.start()
        self.table.setFocus()

    def hideEvent(self, event: Any) -> None:
        self.presenter.stop()
        super().hideEvent(event)

    # -- rows ---------------------------------------------------------------------------------
    def _agencies(self, choices: list[tuple[str, str]]) -> None:
        self.agency_picker.set_choices(choices, self.presenter.agency_id)

    def _positions(self, new_rows: list[RecordRow], footer: str) -> None:
        chosen = self.selected_session()
        chosen_id = chosen.cash_session_id if chosen is not None else ""
        self.model.set_rows(new_rows)
        hidden = rows.till_hidden_columns([r.item for r in new_rows])
        for column in range(self.model.columnCount()):
            if self.table.isColumnHidden(column) != (column in hidden):
                self.table.setColumnHidden(column, column in hidden)
                self._fitted = False
        self.footer_label.setText(footer)
        self.empty_label.setVisible(not new_rows)
        for number, row in enumerate(new_rows):  # the selection survives the refresh
            if row.item.cash_session_id == chosen_id:
                self.table.selectRow(number)
                break
        else:
            if new_rows and self.table.hasFocus():
                self.table.selectRow(0)
        if new_rows and not self._fitted:
            fit_columns(self.table)
            self._fitted = True
        self._selection_changed()

    def selected_session(self) -> CashSession | None:
        item = selected_item(self.table)
        return item if isinstance(item, CashSession) else None

    def _selection_changed(self, *_args: object) -> None:
        self.open_button.setEnabled(self.selected_session() is not None)

    # -- drill-down ---------------------------------------------------------------------------
    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_session():
            self.open_selected()
            return
        super().keyPressEvent(event)

    def open_selected(self) -> None:
        self.presenter.drill_down(self.selected_session())

    def _drill_down(self, session: CashSession) -> None:
        if self.dialog is None:
            self.dialog = SessionDetailDialog(self.detail_presenter, self)
        self.dialog.show_session(session)
