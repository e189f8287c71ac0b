"""Reference data screen (PAR-2): coded lists (create, edit, deactivate), rounds per agency,
the network tree (ACC-5), and export / import of the file with its report."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iwebs.v1 import customer_pb2
from iwebs_client.backend.client_types import BackendError
from iwebs_client.presenters.presenter_base import CommandIntent
from iwebs_client.presenters.reference_data_presenter import (
    PARENT_KIND,
    ReferenceDataPresenter,
    node_kind_label,
    report_text,
)
from iwebs_client.presenters.service_ports import (
    ImportReport,
    NetworkNode,
    ReferenceItem,
    Round,
)
from iwebs_client.views.common.dialog_buttons import submit_cancel_buttons
from iwebs_client.views.common.error_display import FieldErrors, error_label, show_error
from iwebs_client.views.common.table_columns import fit_columns


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))
    fit_columns(table)


class ReferenceDataPage(QWidget):
    def __init__(
        self, presenter: ReferenceDataPresenter, can_manage: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.can_manage = can_manage
        self.dialog: QDialog | None = None
        title = QLabel(self.tr("Reference data"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._lists_tab(), self.tr("&Lists"))
        self.tabs.addTab(self._rounds_tab(), self.tr("&Rounds"))
        self.tabs.addTab(self._network_tab(), self.tr("Net&work"))
        self.export_button = QPushButton(self.tr("E&xport to file..."))
        self.export_button.clicked.connect(self.choose_export_file)
        self.import_button = QPushButton(self.tr("&Import a file..."))
        self.import_button.clicked.connect(self.choose_import_file)
        self.import_button.setEnabled(can_manage)
        self.dry_run_check = QCheckBox(self.tr("&Check only (dry run)"))
        self.dry_run_check.setEnabled(can_manage)
        self.report_view = QPlainTextEdit()
        self.report_view.setReadOnly(True)
        self.report_view.setMaximumHeight(140)
        self.report_view.hide()
        files = QHBoxLayout()
        files.addWidget(self.export_button)
        files.addWidget(self.import_button)
        files.addWidget(self.dry_run_check)
        files.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(files)
        layout.addWidget(self.report_view)
        self.import_intent = CommandIntent()
        presenter.tables_loaded.connect(self._tables_loaded)
        presenter.items_loaded.connect(self._items_loaded)
        presenter.agencies_loaded.connect(self._agencies_loaded)
        presenter.rounds_loaded.connect(self._rounds_loaded)
        presenter.nodes_loaded.connect(self._nodes_loaded)
        presenter.exported.connect(self._exported)
        presenter.imported.connect(self.show_report)
        presenter.failed.connect(self._failed)
        presenter.load_tables()
        presenter.load_agencies()
        presenter.load_groupings()
        presenter.load_nodes()

    # lists

    def _lists_tab(self) -> QWidget:
        tab = QWidget()
        self.table_combo = QComboBox()
        self.inactive_check = QCheckBox(self.tr("Show &deactivated items"))
        self.inactive_check.setChecked(True)
        self.items_table = _table(
            [
                self.tr("Code"),
                self.tr("French label"),
                self.tr("English label"),
                self.tr("Attributes"),
                self.tr("Active"),
            ]
        )
        self.items_table.doubleClicked.connect(lambda _i: self.edit_item())
        self.new_item_button = QPushButton(self.tr("&New item..."))
        self.edit_item_button = QPushButton(self.tr("&Edit..."))
        self.toggle_item_button = QPushButton(self.tr("De&activate / reactivate"))
        for button, slot in (
            (self.new_item_button, self.new_item),
            (self.edit_item_button, self.edit_item),
            (self.toggle_item_button, self.toggle_item),
        ):
            button.setEnabled(self.can_manage)
            button.clicked.connect(slot)
        top = QFormLayout()
        top.addRow(self.tr("&Table:"), self.table_combo)
        top.addRow("", self.inactive_check)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_item_button)
        buttons.addWidget(self.edit_item_button)
        buttons.addWidget(self.toggle_item_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.items_table, 1)
        layout.addLayout(buttons)
        self.table_combo.currentIndexChanged.connect(self._table_changed)
        self.inactive_check.toggled.connect(self._inactive_toggled)
        return tab

    def selected_item(self) -> ReferenceItem | None:
        row = self.items_table.currentRow()
        items = self.presenter.items
        return items[row] if 0 <= row < len(items) else None

    def new_item(self) -> None:
        if self.can_manage and self.presenter.table_code:
            self._open(ReferenceItemDialog(self.presenter, None, self))

    def edit_item(self) -> None:
        item = self.selected_item()
        if self.can_manage and item is not None:
            self._open(ReferenceItemDialog(self.presenter, item, self))

    def toggle_item(self) -> None:
        item = self.selected_item()
        if self.can_manage and item is not None:
            self.presenter.set_item_active(CommandIntent(), item, not item.active)

    def _tables_loaded(self) -> None:
        current = self.table_combo.currentData()
        self.table_combo.blockSignals(True)
        self.table_combo.clear()
        for table in self.presenter.tables:
            label = self.presenter.table_label(table)
            self.table_combo.addItem(f"{label} ({table.active_items})", table.code)
        index = self.table_combo.findData(current) if current else 0
        self.table_combo.setCurrentIndex(max(0, index))
        self.table_combo.blockSignals(False)
        self._table_changed(self.table_combo.currentIndex())

    def _table_changed(self, _index: int) -> None:
        code = str(self.table_combo.currentData() or "")
        if code and code != self.presenter.table_code:
            self.presenter.select_table(code)

    def _inactive_toggled(self, checked: bool) -> None:
        self.presenter.include_inactive = checked
        self.presenter.load_items()

    def _items_loaded(self) -> None:
        yes, no = self.tr("Yes"), self.tr("No")
        _fill(
            self.items_table,
            [
                (
                    i.code,
                    i.label_fr,
                    i.label_en,
                    _compact(i.attributes_json),
                    yes if i.active else no,
                )
                for i in self.presenter.items
            ],
        )

    # rounds

    def _rounds_tab(self) -> QWidget:
        tab = QWidget()
        self.agency_combo = QComboBox()
        self.rounds_table = _table(
            [self.tr("Code"), self.tr("Name"), self.tr("Grouping"), self.tr("Active")]
        )
        self.rounds_table.doubleClicked.connect(lambda _i: self.edit_round())
        self.new_round_button = QPushButton(self.tr("New &round..."))
        self.edit_round_button = QPushButton(self.tr("Ed&it round..."))
        for button, slot in (
            (self.new_round_button, self.new_round),
            (self.edit_round_button, self.edit_round),
        ):
            button.setEnabled(self.can_manage)
            button.clicked.connect(slot)
        top = QFormLayout()
        top.addRow(self.tr("A&gency:"), self.agency_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_round_button)
        buttons.addWidget(self.edit_round_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.rounds_table, 1)
        layout.addLayout(buttons)
        self.agency_combo.currentIndexChanged.connect(
            lambda _i: self.presenter.select_agency(str(self.agency_combo.currentData() or ""))
        )
        return tab

    def selected_round(self) -> Round | None:
        row = self.rounds_table.currentRow()
        rounds = self.presenter.rounds
        return rounds[row] if 0 <= row < len(rounds) else None

    def new_round(self) -> None:
        if self.can_manage and self.presenter.agency_id:
            self._open(RoundDialog(self.presenter, None, self))

    def edit_round(self) -> None:
        round_ = self.selected_round()
        if self.can_manage and round_ is not None:
            self._open(RoundDialog(self.presenter, round_, self))

    def _agencies_loaded(self) -> None:
        self.agency_combo.clear()
        for agency in self.presenter.agencies:
            self.agency_combo.addItem(f"{agency.code} - {agency.name}", agency.agency_id)

    def _rounds_loaded(self) -> None:
        yes, no = self.tr("Yes"), self.tr("No")
        _fill(
            self.rounds_table,
            [
                (r.code, r.name, r.grouping_code, yes if r.active else no)
                for r in self.presenter.rounds
            ],
        )

    # network

    def _network_tab(self) -> QWidget:
        tab = QWidget()
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("Kind")])
        self.tree.itemDoubleClicked.connect(lambda _i, _c: self.edit_node())
        self.new_node_button = QPushButton(self.tr("New &node..."))
        self.edit_node_button = QPushButton(self.tr("Edit n&ode..."))
        for button, slot in (
            (self.new_node_button, self.new_node),
            (self.edit_node_button, self.edit_node),
        ):
            button.setEnabled(self.can_manage)
            button.clicked.connect(slot)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_node_button)
        buttons.addWidget(self.edit_node_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        return tab

    def selected_node(self) -> NetworkNode | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        node_id = item.data(0, 256)  # Qt.ItemDataRole.UserRole
        return next((n for n in self.presenter.nodes if n.node_id == node_id), None)

    def new_node(self) -> None:
        if self.can_manage:
            self._open(NetworkNodeDialog(self.presenter, None, self))

    def edit_node(self) -> None:
        node = self.selected_node()
        if self.can_manage and node is not None:
            self._open(NetworkNodeDialog(self.presenter, node, self))

    def _nodes_loaded(self) -> None:
        self.tree.clear()

        def add(parent: QTreeWidget | QTreeWidgetItem, parent_id: str) -> None:
            for node in self.presenter.node_children(parent_id):
                name = (
                    node.name if node.active else self.tr("%1 (inactive)").replace("%1", node.name)
                )
                item = QTreeWidgetItem([node.code, name, node_kind_label(node.kind)])
                item.setData(0, 256, node.node_id)
                if isinstance(parent, QTreeWidget):
                    parent.addTopLevelItem(item)
                else:
                    parent.addChild(item)
                add(item, node.node_id)

        add(self.tree, "")
        self.tree.expandAll()
        for column in range(3):
            self.tree.resizeColumnToContents(column)

    # files

    def choose_export_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export reference data"), "iwebs-reference-data.json", "JSON (*.json)"
        )
        if path:
            self.presenter.export_to(path)

    def choose_import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import reference data"), "", "JSON (*.json)"
        )
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        self.presenter.import_from(self.import_intent, path, self.dry_run_check.isChecked())

    def show_report(self, report: ImportReport) -> None:
        self.report_view.setPlainText(report_text(report))
        self.report_view.show()

    def _exported(self, path: str) -> None:
        self.report_view.setPlainText(self.tr("Reference data written to %1").replace("%1", path))
        self.report_view.show()

    # shared

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.open()

    def _failed(self, error: BackendError) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return
        show_error(self, error, retry=self.presenter.retry_last)


def _compact(attributes_json: str) -> str:
    try:
        values = json.loads(attributes_json or "{}")
    except ValueError:
        return attributes_json
    return ", ".join(f"{k}={v}" for k, v in values.items())


class _FormDialog(QDialog):
    """A dialog with field error labels, one general error and Save / Cancel."""

    def __init__(
        self, presenter: ReferenceDataPresenter, fields: list[str], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.intent = CommandIntent()
        self.labels = {f: error_label() for f in fields}
        self.general_error = error_label()
        self.errors = FieldErrors(self.labels, self.general_error)
        self.form = QFormLayout()
        # an explicit context: self.tr() would look the text up under the subclass's name
        self.buttons = submit_cancel_buttons(
            self,
            self.submit,
            QCoreApplication.translate("ReferenceDataDialogs", "&Save"),
            QCoreApplication.translate("ReferenceDataDialogs", "Cancel"),
            QDialogButtonBox.StandardButton.Save,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        presenter.busy_changed.connect(lambda busy: self.buttons.setEnabled(not busy))
        presenter.failed.connect(self._failed)
        presenter.saved.connect(lambda _s: self.accept() if self.isVisible() else None)

    def add_row(self, label: str, widget: QWidget, field: str = "") -> None:
        self.form.addRow(label, widget)
        if field in self.labels:
            self.form.addRow("", self.labels[field])

    def submit(self) -> None:
        raise NotImplementedError

    def error_text(self, field: str) -> str:
        return self.errors.text_of(field)

    def _failed(self, error: object) -> None:
        if isinstance(error, BackendError) and self.isVisible():
            self.errors.show_error(error)


class ReferenceItemDialog(_FormDialog):
    def __init__(
        self,
        presenter: ReferenceDataPresenter,
        item: ReferenceItem | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            presenter, ["code", "label_fr", "label_en", "attributes_json", "reason"], parent
        )
        self.item = item
        self.setWindowTitle(self.tr("New item") if item is None else self.tr("Edit item"))
        self.code_edit = QLineEdit(item.code if item else "")
        self.code_edit.setReadOnly(item is not None)
        self.code_edit.setMaxLength(32)
        self.label_fr_edit = QLineEdit(item.label_fr if item else "")
        self.label_en_edit = QLineEdit(item.label_en if item else "")
        self.attributes_edit = QLineEdit(
            item.attributes_json if item and item.attributes_json != "{}" else ""
        )
        self.attributes_edit.setPlaceholderText('{"value": 500}')
        self.sort_spin = QSpinBox()
        self.sort_spin.setRange(0, 100_000)
        self.sort_spin.setValue(item.sort_order if item else 0)
        self.active_check = QCheckBox(self.tr("A&ctive"))
        self.active_check.setChecked(item.active if item else True)
        self.active_check.setEnabled(item is not None)
        self.reason_edit = QLineEdit()
        self.add_row(self.tr("&Code:"), self.code_edit, "code")
        self.add_row(self.tr("&French label:"), self.label_fr_edit, "label_fr")
        self.add_row(self.tr("&English label:"), self.label_en_edit, "label_en")
        self.add_row(self.tr("A&ttributes (JSON):"), self.attributes_edit, "attributes_json")
        self.add_row(self.tr("&Order:"), self.sort_spin)
        self.add_row("", self.active_check)
        if item is not None:
            self.add_row(self.tr("&Reason:"), self.reason_edit, "reason")

    def submit(self) -> None:
        problems = self.presenter.validate_item(
            self.code_edit.text(),
            self.label_fr_edit.text(),
            self.label_en_edit.text(),
            self.attributes_edit.text(),
        )
        self.errors.show_problems(problems)
        if problems:
            return
        if self.item is None:
            self.presenter.create_item(
                self.intent,
                self.code_edit.text(),
                self.label_fr_edit.text(),
                self.label_en_edit.text(),
                self.attributes_edit.text(),
                self.sort_spin.value(),
            )
        else:
            self.presenter.update_item(
                self.intent,
                self.item,
                self.label_fr_edit.text(),
                self.label_en_edit.text(),
                self.attributes_edit.text(),
                self.sort_spin.value(),
                self.active_check.isChecked(),
                self.reason_edit.text(),
            )


class RoundDialog(_FormDialog):
    def __init__(
        self, presenter: ReferenceDataPresenter, round_: Round | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(presenter, ["code", "name", "grouping_code"], parent)
        self.round = round_
        self.setWindowTitle(self.tr("New round") if round_ is None else self.tr("Edit round"))
        self.code_edit = QLineEdit(round_.code if round_ else "")
        self.code_edit.setReadOnly(round_ is not None)
        self.name_edit = QLineEdit(round_.name if round_ else "")
        self.grouping_combo = QComboBox()
        self.grouping_combo.addItem(self.tr("(none)"), "")
        for code in presenter.grouping_codes():
            self.grouping_combo.addItem(code, code)
        if round_ is not None and self.grouping_combo.findData(round_.grouping_code) < 0:
            self.grouping_combo.addItem(round_.grouping_code, round_.grouping_code)
        self.grouping_combo.setCurrentIndex(
            max(0, self.grouping_combo.findData(round_.grouping_code if round_ else ""))
        )
        self.active_check = QCheckBox(self.tr("A&ctive"))
        self.active_check.setChecked(round_.active if round_ else True)
        self.active_check.setEnabled(round_ is not None)
        self.add_row(self.tr("&Code:"), self.code_edit, "code")
        self.add_row(self.tr("&Name:"), self.name_edit, "name")
        self.add_row(self.tr("&Grouping:"), self.grouping_combo, "grouping_code")
        self.add_row("", self.active_check)

    def submit(self) -> None:
        problems = self.presenter.validate_named(self.code_edit.text(), self.name_edit.text())
        self.errors.show_problems(problems)
        if problems:
            return
        grouping = str(self.grouping_combo.currentData() or "")
        if self.round is None:
            self.presenter.create_round(
                self.intent, self.code_edit.text(), self.name_edit.text(), grouping
            )
        else:
            self.presenter.update_round(
                self.intent, self.round, self.name_edit.text(), grouping,
                self.active_check.isChecked(),
            )  # fmt: skip


class NetworkNodeDialog(_FormDialog):
    def __init__(
        self,
        presenter: ReferenceDataPresenter,
        node: NetworkNode | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(presenter, ["kind", "code", "name", "parent_id"], parent)
        self.node = node
        self.setWindowTitle(self.tr("New network node") if node is None else self.tr("Edit node"))
        self.kind_combo = QComboBox()
        for kind in PARENT_KIND:
            self.kind_combo.addItem(node_kind_label(kind), kind)
        if node is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(node.kind))
        self.kind_combo.setEnabled(node is None)
        self.code_edit = QLineEdit(node.code if node else "")
        self.code_edit.setReadOnly(node is not None)
        self.name_edit = QLineEdit(node.name if node else "")
        self.parent_combo = QComboBox()
        self.active_check = QCheckBox(self.tr("A&ctive"))
        self.active_check.setChecked(node.active if node else True)
        self.active_check.setEnabled(node is not None)
        self.add_row(self.tr("&Kind:"), self.kind_combo, "kind")
        self.add_row(self.tr("&Code:"), self.code_edit, "code")
        self.add_row(self.tr("&Name:"), self.name_edit, "name")
        self.add_row(self.tr("&Hangs on:"), self.parent_combo, "parent_id")
        self.add_row("", self.active_check)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._fill_parents())
        self._fill_parents()

    @property
    def kind(self) -> int:
        return int(self.kind_combo.currentData() or customer_pb2.NETWORK_NODE_KIND_SUBSTATION)

    def _fill_parents(self) -> None:
        self.parent_combo.clear()
        parents = self.presenter.possible_parents(self.kind)
        if not parents:
            self.parent_combo.addItem(self.tr("(none: a root)"), "")
        for parent in parents:
            self.parent_combo.addItem(f"{parent.code} - {parent.name}", parent.node_id)
        if self.node is not None:
            self.parent_combo.setCurrentIndex(
                max(0, self.parent_combo.findData(self.node.parent_id))
            )

    def submit(self) -> None:
        problems = self.presenter.validate_named(self.code_edit.text(), self.name_edit.text())
        self.errors.show_problems(problems)
        if problems:
            return
        parent_id = str(self.parent_combo.currentData() or "")
        if self.node is None:
            self.presenter.create_node(
                self.intent, self.kind, self.code_edit.text(), self.name_edit.text(), parent_id
            )
        else:
            self.presenter.update_node(
                self.intent, self.node, self.name_edit.text(), parent_id,
                self.active_check.isChecked(),
            )  # fmt: skip
