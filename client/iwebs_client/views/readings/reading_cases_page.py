"""Anomalies de relève: the readings waiting for a field check (FAC-4), filtered by agency,
round and case; the selected reading's cases with what the validation saw, its previous
readings; the decisions release (with a note) and replace (new index and note).

Keys: Up/Down choose a reading, Ctrl+L releases, Ctrl+R replaces, F5 reloads.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iwebs_client.presenters.reading_cases_presenter import ReadingCasesPresenter
from iwebs_client.presenters.reading_ports import MeterReading
from iwebs_client.presenters.reading_rows import (
    CASE_CODES,
    case_text,
    cases_text,
    date_text,
    status_text,
)
from iwebs_client.views.common.dialog_buttons import submit_cancel_buttons
from iwebs_client.views.common.error_display import error_label, show_error
from iwebs_client.views.common.list_page import ListPage
from iwebs_client.views.common.table_columns import fit_columns


class DecisionDialog(QDialog):
    """Release (a note) or replace (a new index and a note) one reading."""

    def __init__(
        self,
        presenter: ReadingCasesPresenter,
        reading: MeterReading,
        replace: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.reading = reading
        self.replacing = replace
        self.setObjectName("readingDecisionDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Replace the reading") if replace else self.tr("Release"))
        self.index_edit = QLineEdit()
        self.index_edit.setObjectName("replacementIndex")
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("decisionNote")
        self.note_edit.setMaxLength(500)
        self.problem = error_label()
        form = QFormLayout(self)
        form.addRow(
            QLabel(
                f"{reading.subscription_number} — {reading.customer_name}\n"
                f"{cases_text(reading) or reading.field_code}"
            )
        )
        if replace:
            form.addRow(self.tr("New &index:"), self.index_edit)
        else:
            self.index_edit.hide()
        form.addRow(self.tr("What the field check &found:"), self.note_edit)
        form.addRow(self.problem)
        form.addRow(
            submit_cancel_buttons(
                self,
                self.submit,
                self.tr("&Replace") if replace else self.tr("R&elease"),
                self.tr("Cancel"),
            )
        )
        (self.index_edit if replace else self.note_edit).setFocus()
        presenter.decided.connect(self._decided)

    def submit(self) -> None:
        if self.replacing:
            problem = self.presenter.replace(
                self.reading, self.index_edit.text(), self.note_edit.text()
            )
        else:
            problem = self.presenter.release(self.reading, self.note_edit.text())
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))

    def _decided(self, _text: str) -> None:
        self.accept()


class ReadingCasesPage(ListPage):
    def __init__(self, presenter: ReadingCasesPresenter, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reading cases to check"), presenter.model, parent)
        self.presenter = presenter
        self.agency_combo = QComboBox()
        self.agency_combo.setObjectName("casesAgency")
        self.agency_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.round_combo = QComboBox()
        self.round_combo.setObjectName("casesRound")
        self.round_combo.setMinimumWidth(220)
        self.case_combo = QComboBox()
        self.case_combo.setObjectName("casesCase")
        self.case_combo.addItem(self.tr("All cases"), "")
        for code in CASE_CODES:
            self.case_combo.addItem(case_text(code), code)
        for text, widget in (
            (self.tr("A&gency:"), self.agency_combo),
            (self.tr("R&ound:"), self.round_combo),
            (self.tr("&Case:"), self.case_combo),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            self.filters_row.addWidget(label)
            self.filters_row.addWidget(widget)
        self.filters_row.addStretch(1)
        self._rounds([])

        self.details = QPlainTextEdit()
        self.details.setObjectName("caseDetails")
        self.details.setReadOnly(True)
        self.history = QTableWidget(0, 5)
        self.history.setObjectName("caseHistory")
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("Reading date"),
                self.tr("Index"),
                self.tr("Consumption"),
                self.tr("Status"),
                self.tr("Cases"),
            ]
        )
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        history_box = QWidget()
        history_layout = QVBoxLayout(history_box)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(QLabel(self.tr("Previous readings of this meter")))
        history_layout.addWidget(self.history)
        lower = QSplitter()
        lower.addWidget(self.details)
        lower.addWidget(history_box)
        lower.setSizes([420, 580])
        lower.setMaximumHeight(230)
        self.main_layout.addWidget(lower)
        self.decision_label = QLabel()
        self.decision_label.setObjectName("decisionLabel")
        self.decision_label.setStyleSheet("color: #1b5e20; font-weight: bold;")
        self.main_layout.addWidget(self.decision_label)

        if presenter.can_decide:
            self.release_button = self.add_action(self.tr("R&elease..."), self.release)
            self.replace_button = self.add_action(self.tr("&Replace..."), self.replace)
            QShortcut(QKeySequence("Ctrl+L"), self, self.release)
            QShortcut(QKeySequence("Ctrl+R"), self, self.replace)
        self.agency_combo.activated.connect(self._agency_chosen)
        self.round_combo.activated.connect(lambda _i: self._apply_filters())
        self.case_combo.activated.connect(lambda _i: self._apply_filters())
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.model.modelReset.connect(self._select_first)
        presenter.agencies_loaded.connect(self._agencies)
        presenter.rounds_loaded.connect(self._rounds)
        presenter.history_loaded.connect(self._history)
        presenter.expected_loaded.connect(self._expected)
        presenter.decided.connect(self._decided)
        presenter.failed.connect(lambda error: show_error(self, error, presenter.retry_last))
        presenter.load_choices()
        presenter.reload()

    def _agencies(self, agencies: list[tuple[str, str]]) -> None:
        self.agency_combo.clear()
        self.agency_combo.addItem(self.tr("All my agencies"), "")
        for agency_id, name in agencies:
            self.agency_combo.addItem(name or agency_id, agency_id)

    def _agency_chosen(self, _position: int) -> None:
        agency_id = str(self.agency_combo.currentData() or "")
        self.presenter.load_rounds(agency_id)
        self._apply_filters()

    def _rounds(self, rounds: list[tuple[str, str]]) -> None:
        self.round_combo.clear()
        self.round_combo.addItem(self.tr("All rounds"), "")
        for round_id, label in rounds:
            self.round_combo.addItem(label, round_id)

    def _apply_filters(self) -> None:
        self.presenter.set_filters(
            str(self.agency_combo.currentData() or ""),
            str(self.round_combo.currentData() or ""),
            str(self.case_combo.currentData() or ""),
        )

    def _select_first(self) -> None:
        self.details.clear()
        self.history.setRowCount(0)

    def _selected(self, *_args: object) -> None:
        reading = self.selected_item()
        self.details.setPlainText(self.presenter.details_text(reading))
        self.history.setRowCount(0)
        if reading is not None:
            self.presenter.select(reading)

    def _history(self, reading: MeterReading, previous: list[MeterReading]) -> None:
        if reading is not self.selected_item():
            current = self.selected_item()
            if current is None or current.reading_id != reading.reading_id:
                return
        usual = self.presenter.usual_text(previous)
        if usual:
            self.details.appendPlainText(usual)
        self.history.setRowCount(len(previous))
        for row, item in enumerate(previous):
            cells = (
                date_text(item.reading_date),
                str(item.index_value) if item.index_read else item.field_code,
                f"{item.consumption} {item.unit}".strip() if item.has_consumption else "",
                status_text(item.status),
                cases_text(item),
            )
            for column, text in enumerate(cells):
                self.history.setItem(row, column, QTableWidgetItem(text))
        fit_columns(self.history)

    def _expected(self, reading_id: str, text: str) -> None:
        current = self.selected_item()
        if current is not None and current.reading_id == reading_id:
            self.details.appendPlainText(text)

    def activated(self) -> None:
        if self.presenter.can_decide:
            self.release()

    def release(self) -> None:
        reading = self.selected_item()
        if reading is not None and self.presenter.can_decide:
            DecisionDialog(self.presenter, reading, False, self).open()

    def replace(self) -> None:
        reading = self.selected_item()
        if reading is not None and self.presenter.can_decide:
            DecisionDialog(self.presenter, reading, True, self).open()

    def _decided(self, text: str) -> None:
        self.decision_label.setText(text)
