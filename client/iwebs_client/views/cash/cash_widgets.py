"""Small widgets the counter screens share: an amount box, a title, a read-only table."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFocusEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QWidget,
)

from iwebs_client.presenters.cash_forms import DEFAULT_CURRENCY, amount_input_text, parse_amount

DIFFERENCE_COLORS = {-1: "#b00020", 0: "#1b5e20", 1: "#e65100"}


class AmountEdit(QLineEdit):
    """Whole francs typed with or without spaces; `amount()` is None when empty or wrong."""

    def __init__(self, parent: QWidget | None = None, currency_code: str = DEFAULT_CURRENCY):
        super().__init__(parent)
        self.currency_code = currency_code
        self.setValidator(QRegularExpressionValidator("[0-9 \u00a0\u202f,.]{0,20}", self))
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(120)

    def amount(self) -> int | None:
        return parse_amount(self.text(), self.currency_code)

    def set_amount(self, amount_minor: int | None) -> None:
        text = "" if amount_minor is None else amount_input_text(amount_minor, self.currency_code)
        if text != self.text():
            self.setText(text)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        QTimer.singleShot(0, self.selectAll)


def title_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-size: 15pt; font-weight: bold;")
    return label


def total_label(name: str) -> QLabel:
    """A figure the cashier reads at a glance (total due, change, difference)."""
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet("font-size: 14pt; font-weight: bold;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def difference_style(label: QLabel, difference: int, beyond_tolerance: bool) -> None:
    sign = (difference > 0) - (difference < 0)
    color = DIFFERENCE_COLORS[sign] if beyond_tolerance or sign == 0 else "#6d4c41"
    label.setStyleSheet(f"font-size: 14pt; font-weight: bold; color: {color};")


def plain_table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table
