"""Tarifs (FAC-10): the tariffs, a tariff's versions (pending, approved, rejected; valid
from), the selected version's grid as tables, proposing a new version (valid from + reason;
the Chef de facturation approves it in Approvals) and the simulation of one consumption.

Keys: Alt+T tariffs, Alt+V versions, Ctrl+N proposes a new version from the one shown,
Ctrl+S submits it for approval, Esc drops it, F9 simulates, F5 reloads.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iwebs_client.backend.client_types import BackendError
from iwebs_client.models.display_format import format_money
from iwebs_client.models.paged_table_model import ITEM_ROLE, SORT_ROLE
from iwebs_client.presenters.bill_rows import price_text, quantity_text
from iwebs_client.presenters.tariff_grid import GridDraft
from iwebs_client.presenters.tariff_ports import (
    STATUS_APPROVED,
    STATUS_PENDING,
    SimulationResult,
    TariffDetail,
    TariffVersion,
)
from iwebs_client.presenters.tariff_presenter import TariffPresenter
from iwebs_client.views.common.dialog_buttons import submit_cancel_buttons
from iwebs_client.views.common.error_display import error_label, show_error
from iwebs_client.views.common.table_columns import fit_columns
from iwebs_client.views.tariffs.tariff_grid_editor import TariffGridEditor

VERSION_ROLE = Qt.ItemDataRole.UserRole + 1


def _today() -> dt.date:
    """The workstation's local date (the clerk's calendar)."""
    return dt.datetime.now().astimezone().date()


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class ProposeDialog(QDialog):
    """Valid from + reason of a proposal; the grid itself is in the page's tables."""

    def __init__(self, presenter: TariffPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.setObjectName("proposeTariffDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Submit the new version for approval"))
        first_of_next_month = (_today().replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        self.valid_from = QDateEdit(_qdate(first_of_next_month))
        self.valid_from.setObjectName("proposalValidFrom")
        self.valid_from.setCalendarPopup(True)
        self.valid_from.setDisplayFormat("dd/MM/yyyy")
        self.reason = QLineEdit()
        self.reason.setObjectName("proposalReason")
        self.reason.setMaxLength(500)
        self.problem = error_label()
        form = QFormLayout(self)
        form.addRow(
            QLabel(
                self.tr(
                    "The version goes to the Chef de facturation, who approves it in "
                    "Approvals. It applies from this date on."
                )
            )
        )
        form.addRow(self.tr("&Valid from:"), self.valid_from)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.problem)
        form.addRow(
            submit_cancel_buttons(
                self, self.submit, self.tr("&Submit for approval"), self.tr("Cancel")
            )
        )
        self.reason.setFocus()
        presenter.proposed.connect(lambda _v: self.accept())
        presenter.failed.connect(self._failed)

    def submit(self) -> None:
        found = self.presenter.propose(_date(self.valid_from.date()), self.reason.text())
        if found:
            self.problem.setText("\n".join(found.values()))
            self.problem.show()

    def _failed(self, error: BackendError) -> None:
        if error.is_connection_problem:
            # not sent, or no answer: Submit again sends the same proposal (same request id)
            self.problem.setText(
                self.tr("No answer from the server: submit again, the same proposal is sent.")
            )
            self.problem.show()
            return
        # the grid's problems are marked on the page; the dialog closes to show them
        self.reject()


class TariffsPage(QWidget):
    def __init__(self, presenter: TariffPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        title = QLabel(self.tr("Tariffs"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(presenter.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.tariffs = QTableView()
        self.tariffs.setObjectName("tariffList")
        self.tariffs.setModel(self.proxy)
        self.tariffs.setSortingEnabled(True)
        self.tariffs.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.tariffs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tariffs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tariffs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tariffs.verticalHeader().hide()
        self.tariffs.horizontalHeader().setStretchLastSection(True)
        self.versions = QListWidget()
        self.versions.setObjectName("tariffVersions")
        self.version_label = QLabel()
        self.version_label.setObjectName("versionDetails")
        self.version_label.setWordWrap(True)
        self.grid = TariffGridEditor()
        self.propose_button = QPushButton(self.tr("&New version..."))
        self.submit_button = QPushButton(self.tr("&Submit for approval..."))
        self.cancel_button = QPushButton(self.tr("Drop the draft"))
        self.message_label = QLabel()
        self.message_label.setObjectName("tariffMessage")
        self.message_label.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        tariffs_label = QLabel(self.tr("&Tariffs"))
        tariffs_label.setBuddy(self.tariffs)
        versions_label = QLabel(self.tr("&Versions"))
        versions_label.setBuddy(self.versions)
        left_layout.addWidget(tariffs_label)
        left_layout.addWidget(self.tariffs, 3)
        left_layout.addWidget(versions_label)
        left_layout.addWidget(self.versions, 2)
        left_layout.addWidget(self.version_label)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        self.grid_title = QLabel()
        self.grid_title.setStyleSheet("font-weight: bold;")
        buttons.addWidget(self.grid_title)
        buttons.addStretch(1)
        for button in (self.propose_button, self.submit_button, self.cancel_button):
            buttons.addWidget(button)
        right_layout.addLayout(buttons)
        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.addWidget(self.grid)
        self.right_splitter.addWidget(self._simulation_box())
        self.right_splitter.setSizes([320, 480])
        right_layout.addWidget(self.right_splitter, 1)
        right_layout.addWidget(self.message_label)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([360, 1000])
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(splitter, 1)

        self.propose_button.clicked.connect(self.start_proposal)
        self.submit_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.presenter.cancel_proposal)
        self.tariffs.selectionModel().selectionChanged.connect(self._tariff_selected)
        self.versions.currentItemChanged.connect(self._version_selected)
        self._focused_once = False
        presenter.model.rowsInserted.connect(self._tariffs_loaded)
        presenter.tariff_loaded.connect(self._tariff_loaded)
        presenter.grid_changed.connect(self._grid_changed)
        presenter.problems_found.connect(self.grid.show_problems)
        presenter.proposed.connect(self._proposed)
        presenter.simulated.connect(self._simulated)
        presenter.simulation_problem.connect(self._simulation_problem)
        presenter.failed.connect(lambda error: show_error(self, error, presenter.retry_last))
        presenter.model.load_failed.connect(lambda error: show_error(self, error))
        QShortcut(QKeySequence("Ctrl+N"), self, self.start_proposal)
        QShortcut(QKeySequence("Ctrl+S"), self, self.submit)
        QShortcut(QKeySequence("F9"), self, self.simulate)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, presenter.reload)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._escape)
        self._update_buttons()
        presenter.reload()

    def _simulation_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Simulate one consumption (F9)"))
        today = _today()
        start = today.replace(day=1)
        self.consumption_edit = QLineEdit()
        self.consumption_edit.setObjectName("simConsumption")
        self.consumption_edit.setPlaceholderText("300")
        self.start_edit = QDateEdit(_qdate(start))
        self.end_edit = QDateEdit(_qdate(today))
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.power_edit = QLineEdit()
        self.power_edit.setObjectName("simPower")
        self.power_edit.setPlaceholderText("6")
        self.simulate_button = QPushButton(self.tr("Si&mulate"))
        self.simulation_source = QLabel()
        self.lines = QTableWidget(0, 7)
        self.lines.setObjectName("simulationLines")
        self.lines.setHorizontalHeaderLabels(
            [
                self.tr("Line"),
                self.tr("Label"),
                self.tr("Quantity"),
                self.tr("Unit price"),
                self.tr("Amount"),
                self.tr("Rule"),
                self.tr("Ledger account"),
            ]
        )
        self.lines.verticalHeader().hide()
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.lines.horizontalHeader().setStretchLastSection(True)
        self.total_label = QLabel()
        self.total_label.setObjectName("simulationTotal")
        self.total_label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.simulation_error = error_label()
        row = QHBoxLayout()
        for text, widget in (
            (self.tr("C&onsumption:"), self.consumption_edit),
            (self.tr("Fro&m:"), self.start_edit),
            (self.tr("T&o:"), self.end_edit),
            (self.tr("Subscribed &power (kVA):"), self.power_edit),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
        row.addWidget(self.simulate_button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.simulation_source)
        layout.addWidget(self.lines, 1)
        total_row = QHBoxLayout()
        total_row.addWidget(self.simulation_error, 1)
        total_row.addWidget(self.total_label)
        layout.addLayout(total_row)
        self.simulate_button.clicked.connect(self.simulate)
        self.consumption_edit.returnPressed.connect(self.simulate)
        self.power_edit.returnPressed.connect(self.simulate)
        return box

    # ------------------------------------------------------------------ tariffs, versions
    def _tariffs_loaded(self, *_args: object) -> None:
        """Rows arrived: keep the tariff shown selected (else the first one)."""
        fit_columns(self.tariffs)
        if self.tariffs.selectionModel().hasSelection() or not self.proxy.rowCount():
            return
        shown = self.presenter.detail.tariff.tariff_id if self.presenter.detail else ""
        row = 0
        for candidate in range(self.proxy.rowCount()):
            item = self.proxy.data(self.proxy.index(candidate, 0), ITEM_ROLE)
            if item is not None and item.tariff_id == shown:
                row = candidate
        if shown:
            self.tariffs.selectionModel().blockSignals(True)
        self.tariffs.selectRow(row)
        self.tariffs.selectionModel().blockSignals(False)
        if not self._focused_once:
            self._focused_once = True
            self.tariffs.setFocus()

    def _tariff_selected(self, *_args: object) -> None:
        rows = self.tariffs.selectionModel().selectedRows()
        if rows:
            tariff = self.proxy.data(rows[0], ITEM_ROLE)
            self.presenter.open_tariff(tariff.tariff_id)

    def _tariff_loaded(self, detail: TariffDetail) -> None:
        self.versions.blockSignals(True)
        self.versions.clear()
        for version in detail.versions:
            item = QListWidgetItem(self.presenter.version_text(version))
            item.setData(VERSION_ROLE, version.tariff_version_id)
            if version.status == STATUS_PENDING:
                item.setForeground(Qt.GlobalColor.darkYellow)
            elif version.status != STATUS_APPROVED:
                item.setForeground(Qt.GlobalColor.gray)
            self.versions.addItem(item)
        self.versions.blockSignals(False)
        self._update_buttons()

    def _version_of(self, item: QListWidgetItem | None) -> TariffVersion | None:
        if item is None or self.presenter.detail is None:
            return None
        wanted = item.data(VERSION_ROLE)
        return next(
            (v for v in self.presenter.detail.versions if v.tariff_version_id == wanted), None
        )

    def _version_selected(self, current: QListWidgetItem | None, *_args: object) -> None:
        version = self._version_of(current)
        if version is not None and not self.presenter.editing:
            self.presenter.show_version(version)

    def _grid_changed(self, draft: GridDraft | None, editable: bool) -> None:
        self.grid.set_grid(draft, editable)
        version = self.presenter.version
        if editable:
            self.grid_title.setText(self.tr("New version (draft): edit the tables"))
        elif version is not None:
            self.grid_title.setText(self.presenter.version_text(version))
            for row in range(self.versions.count()):
                item = self.versions.item(row)
                if item.data(VERSION_ROLE) == version.tariff_version_id:
                    self.versions.blockSignals(True)
                    self.versions.setCurrentRow(row)
                    self.versions.blockSignals(False)
        else:
            self.grid_title.setText(self.tr("No version yet"))
        self.version_label.setText(
            "" if editable else self.presenter.version_details(self.presenter.version)
        )
        self.lines.setRowCount(0)
        self.total_label.clear()
        self.simulation_source.setText(
            self.tr("Simulates the draft.")
            if editable
            else self.tr("Simulates the version shown.")
            if version is not None
            else ""
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        """New version while a version is shown; submit and drop while proposing."""
        editing = self.presenter.editing
        can = self.presenter.can_propose
        self.propose_button.setVisible(can and not editing)
        self.propose_button.setEnabled(self.presenter.detail is not None)
        self.submit_button.setVisible(can and editing)
        self.submit_button.setEnabled(editing)
        self.cancel_button.setVisible(can and editing)
        self.cancel_button.setEnabled(editing)

    def start_proposal(self) -> None:
        if self.presenter.can_propose and self.presenter.detail is not None:
            self.presenter.start_proposal()
            self.message_label.clear()
            self.grid.components.setFocus()

    def submit(self) -> None:
        if not self.presenter.editing:
            return
        if self.presenter.check_draft():
            return
        ProposeDialog(self.presenter, self).open()

    def _escape(self) -> None:
        if self.presenter.editing:
            self.presenter.cancel_proposal()

    def _proposed(self, version: TariffVersion) -> None:
        self.message_label.setText(
            self.tr("Version %1 proposed: it waits for approval in Approvals.").replace(
                "%1", str(version.version_number)
            )
        )

    # ------------------------------------------------------------------ simulation
    def simulate(self) -> None:
        self.presenter.simulate(
            self.consumption_edit.text(),
            _date(self.start_edit.date()),
            _date(self.end_edit.date()),
            self.power_edit.text(),
        )

    def _simulation_problem(self, text: str) -> None:
        self.simulation_error.setText(text)
        self.simulation_error.setVisible(bool(text))

    def _simulated(self, result: SimulationResult) -> None:
        self.lines.setRowCount(len(result.lines))
        for row, line in enumerate(result.lines):
            # a tax: the rate as quantity, the base as "unit price" (price_text says "on ...")
            unit_price = price_text(line.unit, line.unit_price)
            if line.unit and line.unit != "%":
                unit_price = f"{unit_price} / {line.unit}"
            cells = (
                line.code,
                line.label,
                quantity_text(line.quantity, line.unit),
                unit_price if line.unit_price else "",
                format_money(line.amount.amount_minor, line.amount.currency_code),
                line.rule,
                line.ledger_account,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (2, 3, 4):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.lines.setItem(row, column, item)
        fit_columns(self.lines)
        self.total_label.setText(
            self.tr("Total: %1").replace("%1", self.presenter.total_text(result))
        )
