"""Closing the till (CSH-6), from the keyboard: type each quantity and Enter goes to the
next one; then the comment; F12 closes (after a confirmation). The billetage (one row
per note and coin: quantity, line amount), the counted total live, the other tender
kinds counted, expected / counted / difference live, a comment required beyond the
tolerance, then CloseCashSession and the closure's summary (printable as PDF).

Widgets by objectName: billetageTable (quantity spin boxes named qty_<code>),
reconciliationTable (counted boxes named counted_<kind>), expectedCash, countedCash,
cashDifference, closingComment, closeTillButton, closingProblems."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iwebs_client.presenters.cash_closing_presenter import CashClosingPresenter
from iwebs_client.presenters.cash_forms import CASH_KIND, ClosingCount, kind_label
from iwebs_client.views.cash.cash_widgets import (
    AmountEdit,
    difference_style,
    plain_table,
    title_label,
    total_label,
)
from iwebs_client.views.common.table_columns import fit_columns

MAX_QUANTITY = 100_000
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _cell(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if right:
        item.setTextAlignment(_RIGHT)
    return item


class ClosingPanel(QWidget):
    #: the cashier asked to close (the page confirms, then calls presenter.close)
    close_requested = Signal()

    def __init__(self, presenter: CashClosingPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closingPanel")
        self.presenter = presenter
        self.spins: dict[str, QSpinBox] = {}
        self.counted_edits: dict[str, AmountEdit] = {}
        self.billetage = plain_table(
            "billetageTable",
            [self.tr("Note / coin"), self.tr("Value"), self.tr("Quantity"), self.tr("Amount")],
        )
        self.reconciliation = plain_table(
            "reconciliationTable",
            [self.tr("Tender"), self.tr("Expected"), self.tr("Counted"), self.tr("Difference")],
        )
        self.reconciliation.setMaximumHeight(190)
        self.expected_label = total_label("expectedCash")
        self.counted_label = total_label("countedCash")
        self.difference_label = total_label("cashDifference")
        self.tolerance_label = QLabel()
        self.tolerance_label.setObjectName("differenceTolerance")
        self.comment_edit = QLineEdit()
        self.comment_edit.setObjectName("closingComment")
        self.comment_edit.setPlaceholderText(
            self.tr("Required when a difference exceeds the tolerance")
        )
        self.comment_edit.textEdited.connect(presenter.set_comment)
        self.problems_label = QLabel()
        self.problems_label.setObjectName("closingProblems")
        self.problems_label.setStyleSheet("color: #b00020;")
        self.problems_label.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("&Recount from the server (F5)"))
        self.reload_button.setObjectName("reloadClosingButton")
        self.close_button = QPushButton(self.tr("Close the till... (F12)"))
        self.close_button.setObjectName("closeTillButton")
        self.close_button.setMinimumHeight(40)
        self.close_button.clicked.connect(self.close_requested.emit)
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.reload_button.click)
        close = QShortcut(QKeySequence("F12"), self)
        close.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        close.activated.connect(self.close_button.click)
        presenter.summary_loaded.connect(self.show_count)
        presenter.count_changed.connect(self.update_figures)
        presenter.busy_changed.connect(self.close_button.setDisabled)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Billetage: count the cash note by note")))
        left.addWidget(self.billetage, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Per tender kind")))
        right.addWidget(self.reconciliation)
        figures = QFormLayout()
        figures.addRow(self.tr("Expected cash:"), self.expected_label)
        figures.addRow(self.tr("Counted cash:"), self.counted_label)
        figures.addRow(self.tr("Difference (over + / short -):"), self.difference_label)
        figures.addRow("", self.tolerance_label)
        comment_label = QLabel(self.tr("Co&mment:"))
        comment_label.setBuddy(self.comment_edit)
        figures.addRow(comment_label, self.comment_edit)
        right.addLayout(figures)
        right.addWidget(self.problems_label)
        right.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reload_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        right.addLayout(buttons)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Close the till")))
        layout.addLayout(columns, 1)
        self.setFocusProxy(self.billetage)

    def show_count(self, count: ClosingCount) -> None:
        money = self.presenter.money_text
        self.spins.clear()
        self.counted_edits.clear()
        self.billetage.setRowCount(len(count.lines))
        for row, line in enumerate(count.lines):
            self.billetage.setItem(row, 0, _cell(line.label))
            self.billetage.setItem(row, 1, _cell(money(line.unit_minor), right=True))
            spin = QSpinBox()
            spin.setObjectName(f"qty_{line.code}")
            spin.setRange(0, MAX_QUANTITY)
            spin.setValue(line.quantity)
            spin.setAlignment(_RIGHT)
            spin.valueChanged.connect(
                lambda value, code=line.code: self.presenter.set_quantity(code, value)
            )
            spin.installEventFilter(self)
            self.billetage.setCellWidget(row, 2, spin)
            self.billetage.setItem(row, 3, _cell(money(line.amount_minor), right=True))
            self.spins[line.code] = spin
        self.billetage.setRowHeight(0, self.billetage.rowHeight(0))
        kinds = count.kinds()
        self.reconciliation.setRowCount(len(kinds))
        for row, kind in enumerate(kinds):
            self.reconciliation.setItem(row, 0, _cell(kind_label(kind)))
            self.reconciliation.setItem(row, 1, _cell(money(count.expected.get(kind, 0)), True))
            if kind == CASH_KIND:
                self.reconciliation.setItem(row, 2, _cell("", right=True))
            else:
                edit = AmountEdit()
                edit.setObjectName(f"counted_{kind}")
                edit.setPlaceholderText(self.tr("as expected"))
                edit.textEdited.connect(
                    lambda _t, k=kind, e=edit: self.presenter.set_counted(
                        k, e.amount() if e.text().strip() else None
                    )
                )
                self.reconciliation.setCellWidget(row, 2, edit)
                self.counted_edits[kind] = edit
            self.reconciliation.setItem(row, 3, _cell("", right=True))
        chain: list[QWidget] = [*self.spins.values(), *self.counted_edits.values()]
        chain.extend([self.comment_edit, self.close_button, self.reload_button])
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.comment_edit.setText(count.comment)
        self.tolerance_label.setText(
            self.tr("Tolerance: %1").replace("%1", money(count.tolerance_minor))
        )
        fit_columns(self.billetage)
        fit_columns(self.reconciliation)
        self.billetage.setColumnWidth(2, max(self.billetage.columnWidth(2), 110))
        self.update_figures(count)
        if count.lines:
            self.billetage.setCurrentCell(0, 2)
            first = self.spins[count.lines[0].code]
            first.setFocus(Qt.FocusReason.TabFocusReason)
            first.selectAll()  # the first digit typed replaces the 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in a quantity goes to the next one (the count is typed line by line)."""
        if (
            isinstance(watched, QSpinBox)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            spins = list(self.spins.values())
            if watched in spins:
                index = spins.index(watched)
                following: QWidget = (
                    spins[index + 1] if index + 1 < len(spins) else self.comment_edit
                )
                following.setFocus(Qt.FocusReason.TabFocusReason)
                if isinstance(following, QSpinBox):
                    following.selectAll()
                    self.billetage.scrollTo(self.billetage.model().index(index + 1, 0))
                return True
        return super().eventFilter(watched, event)

    def update_figures(self, count: ClosingCount) -> None:
        money = self.presenter.money_text
        for row, line in enumerate(count.lines):
            item = self.billetage.item(row, 3)
            if item is not None:
                item.setText(money(line.amount_minor))
        for row, kind in enumerate(count.kinds()):
            counted = self.reconciliation.item(row, 2)
            if kind == CASH_KIND and counted is not None:
                counted.setText(money(count.counted_cash_minor))
            difference = self.reconciliation.item(row, 3)
            if difference is not None:
                difference.setText(money(count.difference(kind)))
        cash_difference = count.difference(CASH_KIND)
        self.expected_label.setText(money(count.expected.get(CASH_KIND, 0)))
        self.counted_label.setText(money(count.counted_cash_minor))
        self.difference_label.setText(money(cash_difference))
        difference_style(self.difference_label, cash_difference, count.beyond_tolerance)
        problems = count.problems()
        self.problems_label.setText("\n".join(problems.values()))
        self.comment_edit.setStyleSheet(
            "border: 2px solid #b00020;" if "comment" in problems else ""
        )

    def confirm_close(self) -> bool:
        count = self.presenter.count
        if count is None:
            return False
        text = self.tr(
            "Close the till with %1 counted in cash (difference %2)? This cannot be undone."
        )
        text = text.replace("%1", self.presenter.money_text(count.counted_cash_minor))
        text = text.replace("%2", self.presenter.money_text(count.difference(CASH_KIND)))
        answer = QMessageBox.question(self, self.tr("Close the till"), text)
        return answer == QMessageBox.StandardButton.Yes
