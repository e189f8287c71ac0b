"""The tenders of a payment (CSH-5): one row per tender; cash by default; a cheque shows its
bank, number, drawer and date; a mobile money tender its transaction reference.

Keyboard: F4 comes to the first amount; Alt+A adds a tender; Ctrl+Del removes the row that
has the focus. `changed` carries the rows as TenderLine objects."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iwebs_client.presenters.cash_forms import PaymentMode, TenderLine
from iwebs_client.views.cash.cash_widgets import AmountEdit

MAX_TENDERS = 6
translate = QCoreApplication.translate


class TenderRow:
    """The widgets of one tender (kept in the grid's layout, row by row)."""

    def __init__(self, grid: TenderGrid, modes: list[PaymentMode], banks: list[tuple[str, str]]):
        self.modes = modes
        self.mode_combo = QComboBox()
        self.mode_combo.setObjectName("tenderMode")
        for mode in modes:
            self.mode_combo.addItem(mode.label, mode.code)
        self.amount_edit = AmountEdit()
        self.amount_edit.setObjectName("tenderAmount")
        self.amount_edit.setToolTip(translate("TenderGrid", "What the customer hands over (F4)"))
        self.bank_combo = QComboBox()
        self.bank_combo.setObjectName("tenderBank")
        self.bank_combo.addItem(translate("TenderGrid", "- bank -"), "")
        for code, label in banks:
            self.bank_combo.addItem(f"{label} ({code})", code)
        self.reference_edit = QLineEdit()
        self.reference_edit.setObjectName("tenderReference")
        self.drawer_edit = QLineEdit()
        self.drawer_edit.setObjectName("tenderDrawer")
        self.drawer_edit.setPlaceholderText(translate("TenderGrid", "Drawer (who signed)"))
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setObjectName("tenderChequeDate")
        self.date_edit.setCalendarPopup(True)
        self.remove_button = QPushButton("X")
        self.remove_button.setObjectName("removeTender")
        self.remove_button.setToolTip(translate("TenderGrid", "Remove this tender (Ctrl+Del)"))
        self.remove_button.setMaximumWidth(44)
        self.mode_combo.currentIndexChanged.connect(lambda _i: self.show_fields(grid))
        for edit in (self.amount_edit, self.reference_edit, self.drawer_edit):
            edit.textEdited.connect(lambda _t: grid.emit_changed())
            edit.returnPressed.connect(grid.submitted.emit)
        self.bank_combo.currentIndexChanged.connect(lambda _i: grid.emit_changed())
        self.date_edit.dateChanged.connect(lambda _d: grid.emit_changed())
        self.remove_button.clicked.connect(lambda: grid.remove_row(self))

        self.container = QWidget()
        self.container.setObjectName("tenderRow")
        first = QHBoxLayout()
        first.setContentsMargins(0, 0, 0, 0)
        first.addWidget(self.mode_combo, 2)
        first.addWidget(self.amount_edit, 2)
        first.addWidget(self.remove_button)
        self.cheque_line = QWidget()
        second = QHBoxLayout(self.cheque_line)
        second.setContentsMargins(16, 0, 0, 0)
        for widget in (self.bank_combo, self.reference_edit, self.drawer_edit, self.date_edit):
            second.addWidget(widget, 1)
        layout = QVBoxLayout(self.container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(first)
        layout.addWidget(self.cheque_line)

    def widgets(self) -> list[QWidget]:
        return [
            self.mode_combo,
            self.amount_edit,
            self.bank_combo,
            self.reference_edit,
            self.drawer_edit,
            self.date_edit,
            self.remove_button,
        ]

    def mode(self) -> PaymentMode:
        code = self.mode_combo.currentData()
        return next(m for m in self.modes if m.code == code)

    def show_fields(self, grid: TenderGrid) -> None:
        mode = self.mode()
        self.bank_combo.setVisible(mode.bank_required or mode.is_cheque)
        self.reference_edit.setVisible(mode.reference_required or mode.is_cheque)
        self.reference_edit.setPlaceholderText(
            translate("TenderGrid", "Cheque number")
            if mode.is_cheque
            else translate("TenderGrid", "Transaction reference")
        )
        self.drawer_edit.setVisible(mode.is_cheque)
        self.date_edit.setVisible(mode.is_cheque)
        self.cheque_line.setVisible(mode.is_cheque or mode.bank_required or mode.reference_required)
        grid.emit_changed()

    def line(self) -> TenderLine:
        mode = self.mode()
        qdate = self.date_edit.date()
        cheque = mode.is_cheque
        return TenderLine(
            mode=mode,
            amount_minor=self.amount_edit.amount() or 0,
            bank_code=str(self.bank_combo.currentData() or "")
            if cheque or mode.bank_required
            else "",
            reference=self.reference_edit.text() if cheque or mode.reference_required else "",
            drawer_name=self.drawer_edit.text() if cheque else "",
            cheque_date=dt.date(qdate.year(), qdate.month(), qdate.day()) if cheque else None,
        )

    def set_line(self, line: TenderLine) -> None:
        index = self.mode_combo.findData(line.mode.code)
        self.mode_combo.setCurrentIndex(max(index, 0))
        self.amount_edit.set_amount(line.amount_minor or None)


class TenderGrid(QWidget):
    changed = Signal(object)
    #: Enter in a tender field (the page previews)
    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tenderGrid")
        self.modes: list[PaymentMode] = []
        self.banks: list[tuple[str, str]] = []
        self.rows: list[TenderRow] = []
        self._quiet = False
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("&Add a tender (Alt+A)"))
        self.add_button.setObjectName("addTender")
        self.add_button.clicked.connect(lambda: self.add_row(None, focus=True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows_layout)
        layout.addWidget(self.add_button)
        QShortcut(QKeySequence("Ctrl+Del"), self, self._remove_focused)

    def set_references(self, modes: list[PaymentMode], banks: list[tuple[str, str]]) -> None:
        self.modes, self.banks = modes, banks

    def set_lines(self, lines: list[TenderLine]) -> None:
        """Shows these tenders (the presenter's draft) without emitting `changed`."""
        self._quiet = True
        while len(self.rows) > len(lines):
            self._drop(self.rows[-1])
        while len(self.rows) < len(lines):
            self.add_row(None)
        for row, line in zip(self.rows, lines, strict=True):
            row.set_line(line)
            row.show_fields(self)
        self._quiet = False

    def update_amounts(self, lines: list[TenderLine]) -> None:
        """The amounts the presenter changed (one tender follows the amount to pay)."""
        for row, line in zip(self.rows, lines, strict=False):
            if not row.amount_edit.hasFocus():
                row.amount_edit.set_amount(line.amount_minor or None)

    def add_row(self, line: TenderLine | None, focus: bool = False) -> None:
        if not self.modes or len(self.rows) >= MAX_TENDERS:
            return
        row = TenderRow(self, self.modes, self.banks)
        self.rows.append(row)
        self.rows_layout.addWidget(row.container)
        if line is not None:
            row.set_line(line)
        row.show_fields(self)
        if focus:
            row.mode_combo.setFocus()
        self.emit_changed()

    def remove_row(self, row: TenderRow) -> None:
        if len(self.rows) <= 1:
            return
        self._drop(row)
        self.emit_changed()

    def _drop(self, row: TenderRow) -> None:
        self.rows_layout.removeWidget(row.container)
        row.container.deleteLater()
        self.rows.remove(row)

    def _remove_focused(self) -> None:
        for row in self.rows:
            if any(w.hasFocus() for w in row.widgets()):
                self.remove_row(row)
                return

    def lines(self) -> list[TenderLine]:
        return [row.line() for row in self.rows]

    def emit_changed(self) -> None:
        if not self._quiet:
            self.changed.emit(self.lines())

    def focus_first_amount(self) -> None:
        if self.rows:
            self.rows[0].amount_edit.setFocus()
