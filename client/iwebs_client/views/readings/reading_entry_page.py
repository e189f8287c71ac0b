"""Relevés: choose the agency, the round and the reading date, then the sheet in round order
(FAC-3, FAC-4): print it as PDF, export it for handheld terminals, import their return, or
type the indexes here (Enter sends the row and goes to the next one).

Keys: Alt+A agency, Alt+O round, Alt+D date, Enter (or F5) loads the sheet, Ctrl+P prints,
Ctrl+E exports, Ctrl+I imports, F8 sends again the rows the network lost.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iwebs_client.presenters.reading_entry_presenter import (
    REFUSED,
    ReadingEntryPresenter,
    format_for,
)
from iwebs_client.views.common.error_display import show_error
from iwebs_client.views.readings.entry_table import EntryTable, EntryTableModel
from iwebs_client.views.readings.import_report_dialog import ImportReportDialog


def choose_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> Path | None:
    """A file dialog (tests replace this function)."""
    path, _selected = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return Path(path) if path else None


def choose_open_path(parent: QWidget, title: str, filters: str) -> Path | None:
    path, _selected = QFileDialog.getOpenFileName(parent, title, "", filters)
    return Path(path) if path else None


class ReadingEntryPage(QWidget):
    def __init__(self, presenter: ReadingEntryPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        title = QLabel(self.tr("Meter readings"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.agency_combo = QComboBox()
        self.agency_combo.setObjectName("readingAgency")
        self.agency_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.round_combo = QComboBox()
        self.round_combo.setObjectName("readingRound")
        self.round_combo.setMinimumWidth(260)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setObjectName("readingDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.load_button = QPushButton(self.tr("&Load the sheet"))
        self.load_button.setObjectName("loadSheet")
        self.load_button.setDefault(True)
        self.print_button = QPushButton(self.tr("&Print the sheet (PDF)..."))
        self.export_button = QPushButton(self.tr("E&xport for terminals..."))
        self.import_button = QPushButton(self.tr("&Import terminal return..."))
        self.resend_button = QPushButton(self.tr("Send unsent again (F8)"))
        self.status_label = QLabel()
        self.status_label.setObjectName("entryStatus")
        self.model = EntryTableModel(presenter, self)
        self.table = EntryTable(self.model)

        choose = QHBoxLayout()
        for text, widget in (
            (self.tr("&Agency:"), self.agency_combo),
            (self.tr("R&ound:"), self.round_combo),
            (self.tr("Reading &date:"), self.date_edit),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            choose.addWidget(label)
            choose.addWidget(widget)
        choose.addWidget(self.load_button)
        choose.addStretch(1)
        actions = QHBoxLayout()
        for button in (
            self.print_button,
            self.export_button,
            self.import_button,
            self.resend_button,
        ):
            button.setEnabled(False)
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.status_label)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(choose)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        hint = QLabel(
            self.tr(
                "Type the index and press Enter: the row is sent and the next one opens. "
                "Tab goes to the field code (no access, meter stopped, seal broken...)."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)

        self.import_button.setEnabled(presenter.can_enter)
        self.agency_combo.activated.connect(self._agency_chosen)
        self.load_button.clicked.connect(self.load_sheet)
        self.print_button.clicked.connect(self.print_sheet)
        self.export_button.clicked.connect(self.export_sheet)
        self.import_button.clicked.connect(self.import_file)
        self.resend_button.clicked.connect(self.presenter.retry_unsent)
        self.table.entry_delegate.row_submitted.connect(self._row_submitted)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.load_sheet)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_sheet)
        QShortcut(QKeySequence("Ctrl+E"), self, self.export_sheet)
        QShortcut(QKeySequence("Ctrl+I"), self, self.import_file)
        QShortcut(QKeySequence("F8"), self, self.presenter.retry_unsent)

        presenter.agencies_loaded.connect(self._agencies)
        presenter.rounds_loaded.connect(self._rounds)
        presenter.field_codes_loaded.connect(self._field_codes)
        presenter.sheet_loaded.connect(self._sheet_loaded)
        presenter.row_changed.connect(lambda _row: self._update_status())
        presenter.exported.connect(self._exported)
        presenter.imported.connect(self._imported)
        presenter.failed.connect(lambda error: show_error(self, error, presenter.retry_last))
        presenter.busy_changed.connect(self._busy)
        presenter.load_choices()

    # ------------------------------------------------------------------ choices
    def _agencies(self, agencies: list[tuple[str, str]]) -> None:
        self.agency_combo.clear()
        for agency_id, name in agencies:
            self.agency_combo.addItem(name or agency_id, agency_id)

    def _agency_chosen(self, _position: int) -> None:
        agency_id = self.agency_combo.currentData()
        if agency_id:
            self.presenter.select_agency(str(agency_id))

    def _rounds(self, rounds: list[tuple[str, str]]) -> None:
        position = self.agency_combo.findData(self.presenter.agency_id)
        if position >= 0:
            self.agency_combo.setCurrentIndex(position)
        self.round_combo.clear()
        for round_id, label in rounds:
            self.round_combo.addItem(label, round_id)
        self.round_combo.setFocus()

    def _field_codes(self, codes: list[tuple[str, str]]) -> None:
        self.table.entry_delegate.field_codes = list(codes)
        self.model.field_labels = dict(codes)

    def reading_date(self) -> dt.date:
        value = self.date_edit.date()
        return dt.date(value.year(), value.month(), value.day())

    def load_sheet(self) -> None:
        round_id = self.round_combo.currentData()
        if round_id:
            self.presenter.load_sheet(str(round_id), self.reading_date())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.table.hasFocus():
            self.load_sheet()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ entry
    def _sheet_loaded(self) -> None:
        self.table.fit()
        has_sheet = self.presenter.sheet is not None
        for button in (self.print_button, self.export_button):
            button.setEnabled(has_sheet)
        self.resend_button.setEnabled(has_sheet and self.presenter.can_enter)
        self._update_status()
        first = next(
            (n for n, row in enumerate(self.presenter.rows) if row.reading is None),
            0,
        )
        self.table.setFocus()
        if self.presenter.rows and self.presenter.can_enter:
            self.table.edit_index_of(first)
        elif self.presenter.rows:
            self.table.selectRow(0)

    def _row_submitted(self, row_no: int) -> None:
        """Enter on a row: sends it and opens the next one. An empty row is skipped (the
        reader did not get there); a row the client check refuses stays open."""
        if not (0 <= row_no < len(self.presenter.rows)):
            return
        row = self.presenter.rows[row_no]
        if row.index_text or row.field_code:
            sent = self.presenter.enter(row_no, row.index_text, row.field_code)
            if not sent and row.state == REFUSED:  # the client check: fix it here
                self.table.edit_index_of(row_no)
                return
        self.table.edit_index_of(row_no + 1)

    def _update_status(self) -> None:
        entered, to_check, total = self.presenter.counts()
        self.status_label.setText(
            self.tr("%1 of %2 entered, %3 to check")
            .replace("%1", str(entered))
            .replace("%2", str(total))
            .replace("%3", str(to_check))
        )

    def _busy(self, busy: bool) -> None:
        self.load_button.setEnabled(not busy)

    # ------------------------------------------------------------------ print and files
    def print_sheet(self) -> None:
        if self.presenter.sheet is None:
            return
        path = choose_save_path(
            self,
            self.tr("Print the reading sheet"),
            self.presenter.default_pdf_name(),
            self.tr("PDF (*.pdf)"),
        )
        if path is None:
            return
        try:
            written = self.presenter.print_sheet(path)
        except OSError as err:
            QMessageBox.warning(self, self.tr("Reading sheet"), str(err))
            return
        self.status_label.setText(self.tr("Sheet written to %1").replace("%1", str(written)))

    def export_sheet(self) -> None:
        sheet = self.presenter.sheet
        if sheet is None:
            return
        suggested = f"releve-{sheet.round_code}-{self.reading_date().isoformat()}.csv"
        path = choose_save_path(
            self,
            self.tr("Export for handheld terminals"),
            suggested,
            self.tr("CSV (*.csv);;JSON (*.json)"),
        )
        if path is not None:
            self.presenter.export_sheet(path, format_for(path))

    def _exported(self, path: Path, count: int) -> None:
        self.status_label.setText(
            self.tr("%1 lines exported to %2").replace("%1", str(count)).replace("%2", str(path))
        )

    def import_file(self) -> None:
        if not self.presenter.can_enter:
            return
        path = choose_open_path(
            self,
            self.tr("Import the terminals' return"),
            self.tr("Reading files (*.csv *.json)"),
        )
        if path is not None:
            self.presenter.import_file(path)

    def _imported(self, summary: str, lines: list[object]) -> None:
        ImportReportDialog(summary, lines, self).open()
