"""A tariff grid shown and edited as tables (FAC-10): the grid's settings (currency, reference
period, unit, rounding increment), its components (blocks, fixed and power charges,
minimum, taxes with the lines they apply to, rounding rule) and the blocks of the selected
component (bounds and prices). Read-only for a version; editable while proposing one.

Keys: Alt+1 components, Alt+2 blocks; in a table, F2 or typing edits a cell, Tab moves on;
Ctrl+Ins adds a row, Ctrl+Del removes the current one (in the focused table).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iwebs_client.presenters.tariff_grid import (
    KINDS,
    PRORATED_KINDS,
    ROUNDINGS,
    BlockDraft,
    ComponentDraft,
    GridDraft,
    block_from,
    field_position,
    kind_text,
    new_component,
    normalise_decimal,
    rounding_text,
)
from iwebs_client.views.common.choice_delegate import ChoiceDelegate
from iwebs_client.views.common.table_columns import fit_columns

CODE, KIND, LABEL, VALUE, THRESHOLD, APPLIES, ROUNDING, PRORATE, LEDGER = range(9)
FROM, UP_TO, PRICE = range(3)
#: component field name (as the server names it) -> column
_COMPONENT_COLUMNS = {
    "code": CODE,
    "kind": KIND,
    "label": LABEL,
    "amount": VALUE,
    "unit_price": VALUE,
    "rate_percent": VALUE,
    "threshold": THRESHOLD,
    "applies_to": APPLIES,
    "rounding": ROUNDING,
    "prorate": PRORATE,
    "ledger_account": LEDGER,
    "blocks": VALUE,
}
_PROBLEM = QColor("#ffcdd2")


def _table(columns: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    return table


class TariffGridEditor(QWidget):
    #: the draft changed (the simulation of a draft follows it)
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft: GridDraft | None = None
        self.editable = False
        self._filling = False
        self.currency_edit = QLineEdit()
        self.currency_edit.setMaxLength(3)
        self.exponent_spin = QSpinBox()
        self.exponent_spin.setRange(0, 3)
        self.days_spin = QSpinBox()
        self.days_spin.setRange(1, 366)
        self.unit_combo = QComboBox()
        self.unit_combo.addItems(["kWh", "m3"])
        self.increment_spin = QSpinBox()
        self.increment_spin.setRange(1, 1000)
        settings = QHBoxLayout()
        for text, widget in (
            (self.tr("Currency:"), self.currency_edit),
            (self.tr("Decimals:"), self.exponent_spin),
            (self.tr("Period (days):"), self.days_spin),
            (self.tr("Unit:"), self.unit_combo),
            (self.tr("Round to (minor units):"), self.increment_spin),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            settings.addWidget(label)
            settings.addWidget(widget)
        settings.addStretch(1)
        self.currency_edit.setFixedWidth(80)
        for spin in (self.exponent_spin, self.days_spin, self.increment_spin):
            spin.setMaximumWidth(90)
        self.components = _table(
            [
                self.tr("Code"),
                self.tr("Kind"),
                self.tr("Label"),
                self.tr("Value"),
                self.tr("Threshold"),
                self.tr("Applies to"),
                self.tr("Rounding"),
                self.tr("Prorated"),
                self.tr("Ledger account"),
            ],
            "tariffComponents",
        )
        self.components.setItemDelegateForColumn(
            KIND, ChoiceDelegate([(k, kind_text(k)) for k in KINDS], self)
        )
        self.components.setItemDelegateForColumn(
            ROUNDING, ChoiceDelegate([(r, rounding_text(r)) for r in ROUNDINGS], self)
        )
        self.blocks = _table(
            [self.tr("Above"), self.tr("Up to"), self.tr("Unit price")],
            "tariffBlocks",
        )
        self.blocks_title = QLabel()
        self.problems_label = QLabel()
        self.problems_label.setObjectName("gridProblems")
        self.problems_label.setStyleSheet("color: #b00020;")
        self.problems_label.setWordWrap(True)
        self.add_component_combo = QComboBox()
        for kind in KINDS:
            self.add_component_combo.addItem(kind_text(kind), kind)
        self.add_component_button = QPushButton(self.tr("Add component"))
        self.remove_component_button = QPushButton(self.tr("Remove component"))
        self.add_block_button = QPushButton(self.tr("Add block"))
        self.remove_block_button = QPushButton(self.tr("Remove block"))
        component_buttons = QHBoxLayout()
        components_label = QLabel(self.tr("Components (&1)"))
        components_label.setBuddy(self.components)
        component_buttons.addWidget(components_label)
        component_buttons.addStretch(1)
        component_buttons.addWidget(self.add_component_combo)
        component_buttons.addWidget(self.add_component_button)
        component_buttons.addWidget(self.remove_component_button)
        block_buttons = QHBoxLayout()
        self.blocks_title.setBuddy(self.blocks)
        block_buttons.addWidget(self.blocks_title)
        block_buttons.addStretch(1)
        block_buttons.addWidget(self.add_block_button)
        block_buttons.addWidget(self.remove_block_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(component_buttons)
        left_layout.addWidget(self.components, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(block_buttons)
        right_layout.addWidget(self.blocks, 1)
        self.blocks_hint = QLabel(self.tr("The last block has no upper bound."))
        self.blocks_hint.setStyleSheet("color: #616161;")
        right_layout.addWidget(self.blocks_hint)
        tables = QSplitter()
        tables.addWidget(left)
        tables.addWidget(right)
        tables.setSizes([600, 280])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(settings)
        layout.addWidget(tables, 1)
        layout.addWidget(self.problems_label)

        self.components.currentCellChanged.connect(lambda row, *_: self._show_blocks(row))
        self.components.itemChanged.connect(self._component_changed)
        self.blocks.itemChanged.connect(self._block_changed)
        self.add_component_button.clicked.connect(self.add_component)
        self.remove_component_button.clicked.connect(self.remove_component)
        self.add_block_button.clicked.connect(self.add_block)
        self.remove_block_button.clicked.connect(self.remove_block)
        for widget in (self.currency_edit,):
            widget.textEdited.connect(lambda _t: self._settings_changed())
        for spin in (self.exponent_spin, self.days_spin, self.increment_spin):
            spin.valueChanged.connect(lambda _v: self._settings_changed())
        self.unit_combo.currentIndexChanged.connect(lambda _i: self._settings_changed())
        QShortcut(QKeySequence("Ctrl+Ins"), self, self._add_in_focus)
        QShortcut(QKeySequence("Ctrl+Del"), self, self._remove_in_focus)
        self.set_grid(None, False)

    # ------------------------------------------------------------------ showing
    def set_grid(self, draft: GridDraft | None, editable: bool) -> None:
        self.draft = draft
        self.editable = editable and draft is not None
        self._filling = True
        triggers = (
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            if self.editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        self.components.setEditTriggers(triggers)
        self.blocks.setEditTriggers(triggers)
        for widget in (
            self.currency_edit,
            self.exponent_spin,
            self.days_spin,
            self.unit_combo,
            self.increment_spin,
        ):
            widget.setEnabled(self.editable)
        edit_widgets: tuple[QWidget, ...] = (
            self.add_component_combo,
            self.add_component_button,
            self.remove_component_button,
            self.add_block_button,
            self.remove_block_button,
        )
        for edit_widget in edit_widgets:
            edit_widget.setVisible(self.editable)
        self.currency_edit.setText(draft.currency_code if draft else "")
        self.exponent_spin.setValue(draft.currency_exponent if draft else 0)
        self.days_spin.setValue(draft.reference_days if draft else 30)
        self.unit_combo.setCurrentText(draft.consumption_unit if draft else "kWh")
        self.increment_spin.setValue(draft.rounding_increment_minor if draft else 1)
        self.components.setRowCount(0)
        for component in draft.components if draft else []:
            self._append_component_row(component)
        self._filling = False
        fit_columns(self.components)
        self.show_problems({})
        if draft and draft.components:
            self.components.setCurrentCell(0, CODE)
        self._show_blocks(0 if draft and draft.components else -1)

    def _append_component_row(self, component: ComponentDraft) -> None:
        row = self.components.rowCount()
        self.components.insertRow(row)
        texts = {
            CODE: component.code,
            KIND: kind_text(component.kind),
            LABEL: component.label,
            VALUE: self._value_text(component),
            THRESHOLD: component.threshold,
            APPLIES: component.applies_to,
            ROUNDING: rounding_text(component.rounding),
            PRORATE: "",
            LEDGER: component.ledger_account,
        }
        for column, text in texts.items():
            item = QTableWidgetItem(text)
            if column == KIND:
                item.setData(Qt.ItemDataRole.UserRole, component.kind)
            if column == ROUNDING:
                item.setData(Qt.ItemDataRole.UserRole, component.rounding)
            if column == PRORATE:
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(
                    Qt.CheckState.Checked if component.prorate else Qt.CheckState.Unchecked
                )
            if column == VALUE and component.has_blocks:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.components.setItem(row, column, item)

    def _value_text(self, component: ComponentDraft) -> str:
        if component.has_blocks:
            count = len(component.blocks)
            if count == 1:
                return self.tr("1 block")
            return self.tr("%1 blocks").replace("%1", str(count))
        value = component.value()
        return f"{value} %" if component.kind == "tax" and value else value

    def _show_blocks(self, row: int) -> None:
        component = self._component(row)
        self._filling = True
        self.blocks.setRowCount(0)
        has_blocks = component is not None and component.has_blocks
        if component is not None and has_blocks:
            unit = self.draft.consumption_unit if self.draft else ""
            if component.kind == "power_hours":
                unit = self.tr("hours x kW")
            self.blocks_title.setText(
                self.tr("Blocks of %1 (&2, %2)").replace("%1", component.code).replace("%2", unit)
            )
            for number, block in enumerate(component.blocks):
                self.blocks.insertRow(number)
                start = QTableWidgetItem(block_from(component.blocks, number))
                start.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.blocks.setItem(number, FROM, start)
                self.blocks.setItem(number, UP_TO, QTableWidgetItem(block.up_to))
                self.blocks.setItem(number, PRICE, QTableWidgetItem(block.unit_price))
        else:
            self.blocks_title.setText(self.tr("Blocks (&2): choose a block component"))
        self.blocks.setEnabled(has_blocks)
        if has_blocks:
            fit_columns(self.blocks)
        self.add_block_button.setEnabled(self.editable and has_blocks)
        self.remove_block_button.setEnabled(self.editable and has_blocks)
        self._filling = False

    def _component(self, row: int) -> ComponentDraft | None:
        if self.draft is None or not (0 <= row < len(self.draft.components)):
            return None
        return self.draft.components[row]

    # ------------------------------------------------------------------ editing
    def _settings_changed(self) -> None:
        if self._filling or self.draft is None or not self.editable:
            return
        self.draft.currency_code = self.currency_edit.text().strip().upper()
        self.draft.currency_exponent = self.exponent_spin.value()
        self.draft.reference_days = self.days_spin.value()
        self.draft.consumption_unit = self.unit_combo.currentText()
        self.draft.rounding_increment_minor = self.increment_spin.value()
        self.edited.emit()

    def _component_changed(self, item: QTableWidgetItem) -> None:
        component = self._component(item.row())
        if self._filling or component is None or not self.editable:
            return
        column, text = item.column(), item.text().strip()
        if column == CODE:
            component.code = text.upper()
        elif column == KIND:
            kind = str(item.data(Qt.ItemDataRole.UserRole) or component.kind)
            if kind != component.kind:
                component.kind = kind
                if not component.prorate_explicit:
                    component.prorate = kind in PRORATED_KINDS
                if component.has_blocks and not component.blocks:
                    component.blocks = [BlockDraft()]
                self._refresh_row(item.row())
        elif column == LABEL:
            component.label = text
        elif column == VALUE:
            component.set_value(normalise_decimal(text.rstrip("%")))
        elif column == THRESHOLD:
            component.threshold = normalise_decimal(text)
        elif column == APPLIES:
            component.applies_to = text.upper()
        elif column == ROUNDING:
            component.rounding = str(item.data(Qt.ItemDataRole.UserRole) or component.rounding)
        elif column == PRORATE:
            component.prorate = item.checkState() == Qt.CheckState.Checked
            component.prorate_explicit = True
        elif column == LEDGER:
            component.ledger_account = text.upper()
        self.edited.emit()

    def _refresh_row(self, row: int) -> None:
        """A kind changed: the row's cells mean other things; redrawn once the edit is over."""

        def redraw() -> None:
            self.set_grid(self.draft, self.editable)
            self.components.setCurrentCell(row, KIND)
            self._show_blocks(row)

        QTimer.singleShot(0, redraw)

    def _block_changed(self, item: QTableWidgetItem) -> None:
        component = self._component(self.components.currentRow())
        if self._filling or component is None or not self.editable:
            return
        if not (0 <= item.row() < len(component.blocks)):
            return
        block = component.blocks[item.row()]
        if item.column() == UP_TO:
            block.up_to = normalise_decimal(item.text())
            next_from = self.blocks.item(item.row() + 1, FROM)
            if next_from is not None:
                self._filling = True
                next_from.setText(block.up_to or "?")
                self._filling = False
        elif item.column() == PRICE:
            block.unit_price = normalise_decimal(item.text())
        self.edited.emit()

    def add_component(self) -> None:
        if self.draft is None or not self.editable:
            return
        kind = str(self.add_component_combo.currentData())
        self.draft.components.append(new_component(kind, self.draft.components))
        row = len(self.draft.components) - 1
        self.set_grid(self.draft, True)
        self.components.setCurrentCell(row, LABEL)
        self.components.setFocus()
        self.edited.emit()

    def remove_component(self) -> None:
        row = self.components.currentRow()
        if self.draft is None or not self.editable or self._component(row) is None:
            return
        del self.draft.components[row]
        self.set_grid(self.draft, True)
        self.edited.emit()

    def add_block(self) -> None:
        row = self.components.currentRow()
        component = self._component(row)
        if component is None or not self.editable or not component.has_blocks:
            return
        component.blocks.append(BlockDraft())
        self._refresh_value(row)
        self._show_blocks(row)
        self.blocks.setCurrentCell(len(component.blocks) - 1, UP_TO)
        self.blocks.setFocus()
        self.edited.emit()

    def remove_block(self) -> None:
        row = self.components.currentRow()
        component = self._component(row)
        number = self.blocks.currentRow()
        if component is None or not self.editable or not (0 <= number < len(component.blocks)):
            return
        del component.blocks[number]
        self._refresh_value(row)
        self._show_blocks(row)
        self.edited.emit()

    def _refresh_value(self, row: int) -> None:
        component = self._component(row)
        item = self.components.item(row, VALUE)
        if component is not None and item is not None:
            self._filling = True
            item.setText(self._value_text(component))
            self._filling = False

    def _add_in_focus(self) -> None:
        if self.blocks.hasFocus():
            self.add_block()
        else:
            self.add_component()

    def _remove_in_focus(self) -> None:
        if self.blocks.hasFocus():
            self.remove_block()
        else:
            self.remove_component()

    # ------------------------------------------------------------------ problems
    def show_problems(self, problems: dict[str, str]) -> None:
        """Marks the cells named by the paths (client checks or the server's field
        violations) and lists the sentences under the tables."""
        self._filling = True
        for table in (self.components, self.blocks):
            for row in range(table.rowCount()):
                for column in range(table.columnCount()):
                    item = table.item(row, column)
                    if item is not None:
                        item.setBackground(QBrush())
                        item.setToolTip("")
        texts: list[str] = []
        current = self.components.currentRow()
        for path, text in problems.items():
            component, block, name = field_position(path)
            where = path.removeprefix("definition.")
            texts.append(f"{where}: {text}" if where else text)
            if component < 0:
                continue
            if block is None:
                column = _COMPONENT_COLUMNS.get(name, CODE)
                item = self.components.item(component, column)
            elif component == current:
                item = self.blocks.item(block, PRICE if name == "unit_price" else UP_TO)
            else:
                item = self.components.item(component, VALUE)
            if item is not None:
                item.setBackground(QBrush(_PROBLEM))
                item.setToolTip(text)
        self._filling = False
        self.problems_label.setText("\n".join(texts))
        self.problems_label.setVisible(bool(texts))
