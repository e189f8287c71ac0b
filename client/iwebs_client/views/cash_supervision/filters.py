"""Widgets the supervision pages share: the agency picker and the day picker ("today" or a
past day)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QWidget,
)


class AgencyPicker(QWidget):
    """'Agency: [Dakar Plateau v]'; emits the chosen agency id."""

    agency_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setObjectName("agencyPicker")
        self.combo.setMinimumWidth(220)
        label = QLabel(self.tr("A&gency:"))
        label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(self._chosen)

    def set_choices(self, choices: list[tuple[str, str]], current: str = "") -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        for agency_id, name in choices:
            self.combo.addItem(name, agency_id)
        index = self.combo.findData(current)
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)

    def agency_id(self) -> str:
        return str(self.combo.currentData() or "")

    def _chosen(self, _index: int) -> None:
        self.agency_chosen.emit(self.agency_id())


class DayPicker(QWidget):
    """'[x] Today  [28/11/2026]': today (the server's business day) or a past day."""

    day_chosen = Signal(object)  # dt.date | None (None: today)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today_check = QCheckBox(self.tr("&Today"))
        self.today_check.setObjectName("todayCheck")
        self.today_check.setChecked(True)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setObjectName("dayEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(QDate.currentDate().addDays(1))
        self.date_edit.setEnabled(False)
        label = QLabel(self.tr("&Day:"))
        label.setBuddy(self.date_edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.today_check)
        layout.addWidget(self.date_edit)
        self.today_check.toggled.connect(self._today_toggled)
        self.date_edit.dateChanged.connect(lambda _d: self._emit())

    def day(self) -> dt.date | None:
        if self.today_check.isChecked():
            return None
        value = self.date_edit.date()
        return dt.date(value.year(), value.month(), value.day())

    def set_day(self, day: dt.date | None) -> None:
        if day is None:
            self.today_check.setChecked(True)
            return
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.today_check.setChecked(False)

    def _today_toggled(self, today: bool) -> None:
        self.date_edit.setEnabled(not today)
        self._emit()

    def _emit(self) -> None:
        self.day_chosen.emit(self.day())
