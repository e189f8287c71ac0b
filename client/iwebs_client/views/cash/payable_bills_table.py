"""The open bills of the chosen account (GetPayableItems), oldest due first: tick the bills
to pay (Space), or none for "oldest due first"; the 'To pay' cell takes a part payment
(F2 or typing edits it). Overdue bills are red."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from iwebs_client.models.display_format import format_date, format_money
from iwebs_client.presenters.cash_counter_ports import PayableBill
from iwebs_client.presenters.cash_forms import amount_input_text, parse_amount
from iwebs_client.views.common.table_columns import fit_columns

OVERDUE_COLOR = "#b00020"
PICK, NUMBER, DUE, OPEN, TO_PAY, PERIOD = range(6)
PICK_WIDTH = 56


class PayableBillsTable(QTableWidget):
    #: (bill id, amount: None = its open amount, 0 = not picked)
    pick_changed = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.setObjectName("payableBills")
        self.setHorizontalHeaderLabels(
            [
                self.tr("Pay"),
                self.tr("Bill no."),
                self.tr("Due date"),
                self.tr("Open"),
                self.tr("To pay"),
                self.tr("Period"),
            ]
        )
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.horizontalHeader().setStretchLastSection(True)
        self.setToolTip(
            self.tr(
                "Space ticks a bill; none ticked = oldest due first. Type in 'To pay' for a "
                "part payment."
            )
        )
        self.bills: list[PayableBill] = []
        self.currency_code = "XOF"
        self._filling = False
        self.itemChanged.connect(self._item_changed)
        self.fit()

    def set_bills(self, bills: list[PayableBill], picked: dict[str, int], currency: str) -> None:
        self._filling = True
        self.bills = list(bills)
        self.currency_code = currency
        self.setRowCount(len(bills))
        for row, bill in enumerate(bills):
            check = QTableWidgetItem()
            check.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
            )
            check.setCheckState(
                Qt.CheckState.Checked if bill.bill_id in picked else Qt.CheckState.Unchecked
            )
            check.setData(Qt.ItemDataRole.UserRole, bill.bill_id)
            self.setItem(row, PICK, check)
            due = bill.due_date
            cells = {
                NUMBER: bill.bill_number,
                PERIOD: bill.period_label,
                DUE: format_date(due.year, due.month, due.day),
                OPEN: format_money(bill.open_amount.amount_minor, currency),
            }
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                tips = [
                    self.tr("Billed: %1").replace(
                        "%1", format_money(bill.amount.amount_minor, currency)
                    )
                ]
                if column == OPEN:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if bill.overdue:
                    item.setForeground(QBrush(QColor(OVERDUE_COLOR)))
                    tips.append(self.tr("Overdue"))
                item.setToolTip("\n".join(tips))
                self.setItem(row, column, item)
            to_pay = picked.get(bill.bill_id)
            pay_item = QTableWidgetItem(
                "" if to_pay is None else amount_input_text(to_pay, currency)
            )
            pay_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(row, TO_PAY, pay_item)
        self._filling = False
        self.fit()
        if bills:
            self.setCurrentCell(0, PICK)

    def fit(self) -> None:
        fit_columns(self)
        self.setColumnWidth(PICK, max(self.columnWidth(PICK), PICK_WIDTH))

    def show_picked(self, picked: dict[str, int]) -> None:
        """The 'To pay' cells after the presenter changed the picks."""
        self._filling = True
        for row, bill in enumerate(self.bills):
            amount = picked.get(bill.bill_id)
            check, to_pay = self.item(row, PICK), self.item(row, TO_PAY)
            if check is None or to_pay is None:
                continue
            check.setCheckState(
                Qt.CheckState.Checked if amount is not None else Qt.CheckState.Unchecked
            )
            to_pay.setText("" if amount is None else amount_input_text(amount, self.currency_code))
        self._filling = False

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or not 0 <= item.row() < len(self.bills):
            return
        bill = self.bills[item.row()]
        if item.column() == PICK:
            picked = item.checkState() == Qt.CheckState.Checked
            self.pick_changed.emit(bill.bill_id, None if picked else 0)
        elif item.column() == TO_PAY:
            amount = parse_amount(item.text(), self.currency_code)
            if item.text().strip() == "":
                self.pick_changed.emit(bill.bill_id, 0)
            elif amount is not None:
                self.pick_changed.emit(bill.bill_id, amount)
