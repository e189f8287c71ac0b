"""Parameters screen (PAR-1): table by module with a filter, the agency whose values to
show, a typed editor in a dialog, and each parameter's history. Keyboard first: the filter
has the focus, Down reaches the table, Enter edits, Ctrl+H shows the history."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iwebs.v1 import parameter_service_pb2 as ppb
from iwebs_client.backend.client_types import BackendError
from iwebs_client.presenters.parameters_presenter import (
    GLOBAL,
    ParametersPresenter,
    display_value,
    module_label,
    type_label,
)
from iwebs_client.presenters.presenter_base import CommandIntent
from iwebs_client.presenters.service_ports import Parameter, ParameterChange
from iwebs_client.views.common.dialog_buttons import submit_cancel_buttons
from iwebs_client.views.common.error_display import FieldErrors, error_label, show_error
from iwebs_client.views.common.table_columns import fit_columns

MAX_SPIN = 2_000_000_000


class ParametersPage(QWidget):
    def __init__(
        self, presenter: ParametersPresenter, can_manage: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.can_manage = can_manage
        self.dialog: ParameterDialog | None = None
        self.history_dialog: ParameterHistoryDialog | None = None
        title = QLabel(self.tr("Parameters"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by key or description"))
        self.module_combo = QComboBox()
        self.agency_combo = QComboBox()
        filters = QFormLayout()
        filters.addRow(self.tr("&Filter:"), self.filter_edit)
        filters.addRow(self.tr("&Module:"), self.module_combo)
        filters.addRow(self.tr("Values &of:"), self.agency_combo)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Key"), self.tr("Module"), self.tr("Type"), self.tr("Value"), self.tr("From")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.description_label = QLabel()
        self.description_label.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("&Edit..."))
        self.edit_button.setEnabled(can_manage)
        self.edit_button.clicked.connect(self.edit_selected)
        self.history_button = QPushButton(self.tr("&History..."))
        self.history_button.clicked.connect(self.show_history)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.description_label)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+H"), self, self.show_history)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.module_combo.currentIndexChanged.connect(self._module_changed)
        self.agency_combo.currentIndexChanged.connect(self._agency_changed)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.filter_edit.installEventFilter(self)
        presenter.loaded.connect(self._refresh)
        presenter.failed.connect(self._failed)
        self.agency_combo.addItem(self.tr("All agencies (global value)"), GLOBAL)
        self.module_combo.addItem(self.tr("All modules"), "")
        presenter.load_agencies()
        presenter.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.filter_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.table.setFocus()
            if self.table.rowCount() and not self.table.selectedItems():
                self.table.selectRow(0)
            if event.key() != Qt.Key.Key_Down:
                self.edit_selected()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_selected()
            return
        super().keyPressEvent(event)

    def selected_key(self) -> str:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.text() if item is not None else ""

    def selected_parameter(self) -> Parameter | None:
        return self.presenter.parameter(self.selected_key())

    def edit_selected(self) -> None:
        parameter = self.selected_parameter()
        if parameter is None or not self.can_manage:
            return
        self.dialog = ParameterDialog(self.presenter, parameter, self.presenter.agency_id, self)
        self.dialog.open()

    def show_history(self) -> None:
        parameter = self.selected_parameter()
        if parameter is None:
            return
        self.history_dialog = ParameterHistoryDialog(self.presenter, parameter, self)
        self.history_dialog.open()

    def _refresh(self) -> None:
        presenter = self.presenter
        if self.module_combo.count() == 1 and presenter.modules:
            for module in presenter.modules:
                self.module_combo.addItem(module_label(module), module)
        if self.agency_combo.count() == 1 and presenter.agencies:
            for agency in presenter.agencies:
                self.agency_combo.addItem(agency.name, agency.agency_id)
        key = self.selected_key()
        rows = presenter.rows()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate((row.key, row.module, row.type, row.value, row.source)):
                cell = QTableWidgetItem(text)
                if c == 0:
                    cell.setToolTip(row.description)
                self.table.setItem(r, c, cell)
        fit_columns(self.table)
        keys = [row.key for row in rows]
        if key in keys:
            self.table.selectRow(keys.index(key))

    def _filter_changed(self, text: str) -> None:
        self.presenter.filter_text = text
        self._refresh()

    def _module_changed(self, _index: int) -> None:
        self.presenter.module = str(self.module_combo.currentData() or "")
        self._refresh()

    def _agency_changed(self, _index: int) -> None:
        self.presenter.set_agency(str(self.agency_combo.currentData() or ""))

    def _selection_changed(self) -> None:
        parameter = self.selected_parameter()
        self.description_label.setText(parameter.definition.description if parameter else "")

    def _failed(self, error: BackendError) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return
        show_error(self, error, retry=self.presenter.retry_last)


class TypedEditor(QWidget):
    """The editor that fits a parameter's type; `text()` is what is sent to the server."""

    def __init__(self, parameter: Parameter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.definition = d = parameter.definition
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check: QCheckBox | None = None
        self.combo: QComboBox | None = None
        self.spin: QSpinBox | None = None
        self.line: QLineEdit | None = None
        self.plain: QPlainTextEdit | None = None
        self.currency = ""
        kind = d.type
        if kind == ppb.PARAMETER_TYPE_BOOLEAN:
            self.check = QCheckBox(self.tr("Yes"))
            layout.addWidget(self.check)
        elif kind == ppb.PARAMETER_TYPE_CHOICE:
            self.combo = QComboBox()
            self.combo.addItems(list(d.choices))
            layout.addWidget(self.combo)
        elif kind in (
            ppb.PARAMETER_TYPE_INTEGER,
            ppb.PARAMETER_TYPE_DURATION_DAYS,
            ppb.PARAMETER_TYPE_MONEY,
        ):
            self.spin = QSpinBox()
            self.spin.setRange(_bound(d.minimum, -MAX_SPIN), _bound(d.maximum, MAX_SPIN))
            self.spin.setGroupSeparatorShown(True)
            if kind == ppb.PARAMETER_TYPE_DURATION_DAYS:
                self.spin.setSuffix(self.tr(" days"))
            layout.addWidget(self.spin, 1)
            if kind == ppb.PARAMETER_TYPE_MONEY:
                self.currency_label = QLabel()
                layout.addWidget(self.currency_label)
        elif kind == ppb.PARAMETER_TYPE_TEXT and d.multiline:
            self.plain = QPlainTextEdit()
            self.plain.setTabChangesFocus(True)
            layout.addWidget(self.plain)
        else:
            self.line = QLineEdit()
            if kind == ppb.PARAMETER_TYPE_TEXT:
                self.line.setMaxLength(d.max_length)
            layout.addWidget(self.line)

    def focus_widget(self) -> QWidget:
        for widget in (self.check, self.combo, self.spin, self.plain, self.line):
            if widget is not None:
                return widget
        return self

    def set_text(self, value: str) -> None:
        if self.check is not None:
            self.check.setChecked(value == "true")
        elif self.combo is not None:
            self.combo.setCurrentIndex(max(0, self.combo.findText(value)))
        elif self.spin is not None:
            amount, _, currency = value.partition(" ")
            self.spin.setValue(int(amount) if amount.lstrip("-").isdigit() else 0)
            if self.definition.type == ppb.PARAMETER_TYPE_MONEY:
                self.currency = currency or self.definition.currency_code or "XOF"
                self.currency_label.setText(self.currency)
        elif self.plain is not None:
            self.plain.setPlainText(value)
        elif self.line is not None:
            self.line.setText(value)

    def text(self) -> str:
        if self.check is not None:
            return "true" if self.check.isChecked() else "false"
        if self.combo is not None:
            return self.combo.currentText()
        if self.spin is not None:
            if self.definition.type == ppb.PARAMETER_TYPE_MONEY:
                return f"{self.spin.value()} {self.currency}"
            return str(self.spin.value())
        if self.plain is not None:
            return self.plain.toPlainText()
        return self.line.text() if self.line is not None else ""


def _bound(text: str, fallback: int) -> int:
    try:
        return max(-MAX_SPIN, min(MAX_SPIN, int(float(text)))) if text else fallback
    except ValueError:
        return fallback


class ParameterDialog(QDialog):
    """Edits one parameter at one scope: the global value or an agency's override."""

    def __init__(
        self,
        presenter: ParametersPresenter,
        parameter: Parameter,
        agency_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.parameter = parameter
        self.intent = CommandIntent()
        d = parameter.definition
        self.setWindowTitle(self.tr("Parameter %1").replace("%1", d.key))
        self.scope_combo = QComboBox()
        self.scope_combo.addItem(presenter.scope_label(GLOBAL), GLOBAL)
        if presenter.overridable(parameter):
            for agency in presenter.agencies:
                self.scope_combo.addItem(agency.name, agency.agency_id)
        index = self.scope_combo.findData(agency_id)
        self.scope_combo.setCurrentIndex(max(0, index))
        self.current_label = QLabel()
        self.editor = TypedEditor(parameter, self)
        self.reason_edit = QLineEdit()
        labels = {"value": error_label(), "reason": error_label(), "agency_id": error_label()}
        self.general_error = error_label()
        self.errors = FieldErrors(labels, self.general_error)
        description = QLabel(d.description)
        description.setWordWrap(True)
        hints = []
        if d.minimum or d.maximum:
            hints.append(
                self.tr("Between %1 and %2")
                .replace("%1", d.minimum or "…")
                .replace("%2", d.maximum or "…")
            )
        if d.placeholders:
            hints.append(
                self.tr("Fields: %1").replace(
                    "%1", ", ".join("{" + p + "}" for p in d.placeholders)
                )
            )
        form = QFormLayout()
        form.addRow(self.tr("Key:"), QLabel(d.key))
        form.addRow(self.tr("Type:"), QLabel(type_label(d.type)))
        form.addRow("", description)
        form.addRow(self.tr("&Applies to:"), self.scope_combo)
        form.addRow("", labels["agency_id"])
        form.addRow(self.tr("Current:"), self.current_label)
        form.addRow(self.tr("&Value:"), self.editor)
        if hints:
            form.addRow("", QLabel("\n".join(hints)))
        form.addRow("", labels["value"])
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        form.addRow("", labels["reason"])
        self.buttons = submit_cancel_buttons(
            self,
            self.submit,
            self.tr("&Save"),
            self.tr("Cancel"),
            QDialogButtonBox.StandardButton.Save,
        )
        self.reset_button = self.buttons.addButton(
            self.tr("Back to &inherited value"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.reset_button.clicked.connect(self.reset)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.scope_combo.currentIndexChanged.connect(lambda _i: self._show_scope())
        presenter.busy_changed.connect(lambda busy: self.buttons.setEnabled(not busy))
        presenter.failed.connect(self._failed)
        presenter.saved.connect(self._saved)
        self._show_scope()
        self.editor.focus_widget().setFocus()

    @property
    def agency_id(self) -> str:
        return str(self.scope_combo.currentData() or "")

    def _show_scope(self) -> None:
        at = self.presenter.value_at(self.parameter, self.agency_id)
        if at is None:
            inherited = self.presenter.value_at(self.parameter, GLOBAL)
            value = (
                inherited[0]
                if inherited and self.agency_id
                else self.parameter.definition.default_value
            )
            self.current_label.setText(
                self.tr("Not set here; inherits %1").replace(
                    "%1", display_value(self.parameter, value)
                )
            )
        else:
            value = at[0]
            self.current_label.setText(display_value(self.parameter, value))
        self.editor.set_text(value)
        self.reset_button.setEnabled(at is not None)

    def submit(self) -> None:
        value, reason = self.editor.text(), self.reason_edit.text()
        problems = self.presenter.validate(self.parameter, value, reason)
        self.errors.show_problems(problems)
        if not problems:
            self.presenter.set_value(self.intent, self.parameter, self.agency_id, value, reason)

    def reset(self) -> None:
        reason = self.reason_edit.text()
        if not reason.strip():
            self.errors.show_problems({"reason": self.tr("Say why the value changes.")})
            return
        self.presenter.reset_value(self.intent, self.parameter, self.agency_id, reason)

    def _saved(self, _parameter: object) -> None:
        if self.isVisible():
            self.accept()

    def _failed(self, error: object) -> None:
        if isinstance(error, BackendError) and self.isVisible():
            self.errors.show_error(error)

    def error_text(self, field: str) -> str:
        return self.errors.text_of(field)


class ParameterHistoryDialog(QDialog):
    """Who changed the parameter, when, from which workstation, old -> new, why (ACC-4)."""

    def __init__(
        self, presenter: ParametersPresenter, parameter: Parameter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.changes: list[ParameterChange] = []
        self.setWindowTitle(self.tr("History of %1").replace("%1", parameter.definition.key))
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Applies to"),
                self.tr("Action"),
                self.tr("Old value"),
                self.tr("New value"),
                self.tr("Reason"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.resize(900, 400)
        buttons = submit_cancel_buttons(self, self.accept, None, self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        presenter.history_loaded.connect(self._loaded)
        presenter.load_history(parameter.definition.key)

    def _loaded(self, changes: list[ParameterChange]) -> None:
        self.changes = list(changes)
        actions = {
            "create": self.tr("Set"),
            "update": self.tr("Changed"),
            "reset": self.tr("Removed"),
        }
        self.table.setRowCount(len(changes))
        for r, c in enumerate(changes):
            when = c.changed_at.ToDatetime().strftime("%Y-%m-%d %H:%M")
            cells = (
                when,
                c.user_login,
                self.presenter.scope_label(c.agency_id),
                actions.get(c.action, c.action),
                c.old_value,
                c.new_value,
                c.reason,
            )
            for col, text in enumerate(cells):
                self.table.setItem(r, col, QTableWidgetItem(text))
        fit_columns(self.table)
