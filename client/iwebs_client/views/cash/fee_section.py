"""'Frais divers / devis' (CSH-2): a MISC_FEE item, its amount (prefilled from the item's
`amount` attribute, 0 = typed), a reference (required for a quote, DEVIS), Add; the fees
added so far with a Remove button. The presenter keeps them in the payment draft."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iwebs_client.models.display_format import format_money
from iwebs_client.presenters.cash_forms import FeeItem, FeeLineDraft
from iwebs_client.views.cash.cash_widgets import AmountEdit
from iwebs_client.views.common.error_display import error_label


class FeeSection(QGroupBox):
    #: (fee code, amount, reference)
    add_requested = Signal(str, int, str)
    remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Miscellaneous fees / quote"))
        self.setObjectName("feeSection")
        self.setCheckable(True)
        self.setChecked(False)
        self.fees: list[FeeItem] = []
        self.fee_combo = QComboBox()
        self.fee_combo.setObjectName("feeCode")
        self.fee_combo.currentIndexChanged.connect(self._fee_chosen)
        self.amount_edit = AmountEdit()
        self.amount_edit.setObjectName("feeAmount")
        self.reference_edit = QLineEdit()
        self.reference_edit.setObjectName("feeReference")
        self.reference_edit.setPlaceholderText(self.tr("Quote number"))
        self.add_button = QPushButton(self.tr("Add &fee"))
        self.add_button.setObjectName("addFee")
        self.add_button.clicked.connect(self._add)
        self.reference_edit.returnPressed.connect(self._add)
        self.amount_edit.returnPressed.connect(self._add)
        self.list = QListWidget()
        self.list.setObjectName("feeLines")
        self.list.setMaximumHeight(70)
        self.remove_button = QPushButton(self.tr("Remove fee"))
        self.remove_button.setObjectName("removeFee")
        self.remove_button.clicked.connect(self._remove)
        self.problem_label = error_label()
        row = QHBoxLayout()
        row.addWidget(self.fee_combo, 2)
        row.addWidget(QLabel(self.tr("Amount:")))
        row.addWidget(self.amount_edit, 1)
        row.addWidget(self.reference_edit, 1)
        row.addWidget(self.add_button)
        lines = QHBoxLayout()
        lines.addWidget(self.list, 1)
        lines.addWidget(self.remove_button)
        self.body = QWidget()
        inner = QVBoxLayout(self.body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(row)
        inner.addWidget(self.problem_label)
        inner.addLayout(lines)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body)
        self.body.setVisible(False)
        self.toggled.connect(self.body.setVisible)

    def set_fees(self, fees: list[FeeItem]) -> None:
        self.fees = fees
        self.fee_combo.clear()
        for fee in fees:
            self.fee_combo.addItem(fee.label, fee.code)

    def show_lines(self, lines: list[FeeLineDraft], currency_code: str) -> None:
        self.list.clear()
        for line in lines:
            text = f"{line.fee.label}  {format_money(line.amount_minor, currency_code)}"
            if line.reference:
                text += f"  ({line.reference})"
            self.list.addItem(text)
        if lines and not self.isChecked():
            self.setChecked(True)

    def _current(self) -> FeeItem | None:
        code = self.fee_combo.currentData()
        return next((f for f in self.fees if f.code == code), None)

    def _fee_chosen(self, _index: int) -> None:
        fee = self._current()
        if fee is None:
            return
        self.amount_edit.set_amount(fee.amount_minor or None)
        self.reference_edit.setVisible(fee.reference_required)

    def _add(self) -> None:
        fee = self._current()
        amount = self.amount_edit.amount()
        problem = ""
        if fee is None:
            problem = self.tr("Choose a fee.")
        elif not amount:
            problem = self.tr("Enter the fee amount.")
        elif fee.reference_required and not self.reference_edit.text().strip():
            problem = self.tr("Enter the reference (quote number).")
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        if problem or fee is None or amount is None:
            return
        self.add_requested.emit(fee.code, amount, self.reference_edit.text().strip())
        self.reference_edit.clear()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.remove_requested.emit(row)
