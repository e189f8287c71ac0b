"""'Bank deposits' (CSH-5, CSH-11): what is to deposit (not deposited from earlier days,
collected today, the total), the closed tills with cash left and the cheques on hand (tick
them), a cash deposit or a cheque remittance prepared from them, the list of deposits and
their bank slips.

Alt+1..3 go to the sections; F5 refreshes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from iwebs_client.models.record_table_model import RecordTableModel
from iwebs_client.presenters import cash_supervision_rows as rows
from iwebs_client.presenters.bank_deposit_presenter import BankDepositPresenter, position_texts
from iwebs_client.presenters.cash_supervision_ports import BankDeposit, DepositPosition
from iwebs_client.views.cash_supervision.deposit_dialogs import (
    CashDepositDialog,
    ChequeRemittanceDialog,
    SlipDialog,
)
from iwebs_client.views.cash_supervision.filters import AgencyPicker
from iwebs_client.views.common.error_display import show_error
from iwebs_client.views.common.record_table import record_table, selected_item
from iwebs_client.views.common.table_columns import fit_columns

_TENDER_ROLE = Qt.ItemDataRole.UserRole + 5
TILLS_TAB, CHEQUES_TAB, DEPOSITS_TAB = range(3)


class BankDepositsPage(QWidget):
    def __init__(
        self, presenter: BankDepositPresenter, can_manage: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.dialog: CashDepositDialog | ChequeRemittanceDialog | SlipDialog | None = None
        self._just_prepared = ""
        title = QLabel(self.tr("Bank deposits"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.loading_label = QLabel()
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.loading_label)
        self.agency_picker = AgencyPicker()
        self.refresh_button = QPushButton(self.tr("Re&fresh (F5)"))
        filters = QHBoxLayout()
        filters.addWidget(self.agency_picker)
        filters.addStretch(1)
        filters.addWidget(self.refresh_button)

        self.earlier_label = QLabel()
        self.earlier_label.setObjectName("notDepositedEarlier")
        self.today_label = QLabel()
        self.today_label.setObjectName("collectedToday")
        self.total_label = QLabel()
        self.total_label.setObjectName("totalToDeposit")
        self.total_label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.position_box = QGroupBox(self.tr("To deposit"))
        form = QFormLayout(self.position_box)
        form.addRow(self.tr("Not deposited from earlier days:"), self.earlier_label)
        form.addRow(self.tr("Collected today:"), self.today_label)
        form.addRow(self.tr("Total to deposit:"), self.total_label)

        self.sessions = RecordTableModel(rows.session_to_deposit_headers(), self)
        self.sessions_table = record_table(self.sessions, "tillsToDeposit")
        self.cheques_table = QTableWidget(0, len(rows.cheque_headers()))
        self.cheques_table.setObjectName("chequesOnHand")
        self.cheques_table.setHorizontalHeaderLabels(rows.cheque_headers())
        self.cheques_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cheques_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cheques_table.setAlternatingRowColors(True)
        self.cheques_table.verticalHeader().hide()
        self.cheques_table.horizontalHeader().setStretchLastSection(True)
        self.checked_label = QLabel()
        self.checked_label.setObjectName("chequesTicked")
        self.message_label = QLabel()
        self.message_label.setObjectName("depositMessage")
        self.message_label.setWordWrap(True)
        self.deposits_table = record_table(presenter.deposits, "depositsTable")

        self.cash_button = QPushButton(self.tr("Prepare a &cash deposit..."))
        self.cheque_button = QPushButton(self.tr("Prepare a c&heque remittance..."))
        self.slip_button = QPushButton(self.tr("Record the bank's &slip..."))
        for button in (self.cash_button, self.cheque_button, self.slip_button):
            button.setVisible(can_manage)
        self.slip_button.setEnabled(False)

        cash_tab = self._tab(self.sessions_table, [self.cash_button])
        cheque_tab = self._tab(self.cheques_table, [self.checked_label, self.cheque_button])
        deposits_tab = self._tab(self.deposits_table, [self.slip_button])
        self.tabs = QTabWidget()
        self.tabs.setObjectName("depositSections")
        self.tabs.addTab(cash_tab, self.tr("&1 Tills with cash to deposit"))
        self.tabs.addTab(cheque_tab, self.tr("&2 Cheques on hand"))
        self.tabs.addTab(deposits_tab, self.tr("&3 Deposits"))

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(filters)
        layout.addWidget(self.position_box)
        layout.addWidget(self.message_label)
        layout.addWidget(self.tabs, 1)
        for table in (self.sessions_table, self.cheques_table, self.deposits_table):
            fit_columns(table)

        self.agency_picker.agency_chosen.connect(presenter.set_agency)
        self.refresh_button.clicked.connect(presenter.refresh)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, presenter.refresh)
        self.cash_button.clicked.connect(self.prepare_cash_deposit)
        self.cheque_button.clicked.connect(self.prepare_cheque_remittance)
        self.slip_button.clicked.connect(self.record_slip)
        self.cheques_table.itemChanged.connect(self._cheque_ticked)
        self.deposits_table.selectionModel().selectionChanged.connect(self._deposit_selected)
        presenter.deposits.modelReset.connect(self._deposit_selected)
        presenter.deposits.rowsInserted.connect(self._deposits_arrived)
        presenter.deposits.dataChanged.connect(self._deposit_selected)
        presenter.deposits.load_failed.connect(lambda error: show_error(self, error))
        presenter.agencies_changed.connect(
            lambda choices: self.agency_picker.set_choices(choices, presenter.agency_id)
        )
        presenter.position_changed.connect(self._position)
        presenter.checked_changed.connect(self.checked_label.setText)
        presenter.prepared.connect(self._prepared)
        presenter.slip_recorded.connect(self._slip_recorded)
        presenter.busy_changed.connect(
            lambda busy: self.loading_label.setText(self.tr("Loading...") if busy else "")
        )
        presenter.failed.connect(self._failed)
        presenter.load()

    @staticmethod
    def _tab(table: QWidget, widgets: list[QWidget]) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        row.addStretch(1)
        for widget in widgets:
            row.addWidget(widget)
        layout.addWidget(table, 1)
        layout.addLayout(row)
        return tab

    # -- position -----------------------------------------------------------------------------
    def _position(self, position: DepositPosition) -> None:
        texts = position_texts(position)
        self.position_box.setTitle(self.tr("To deposit on %1").replace("%1", texts.day))
        self.earlier_label.setText(texts.not_deposited_earlier)
        self.today_label.setText(texts.collected_today)
        self.total_label.setText(texts.total_to_deposit)
        self.sessions.set_rows([rows.session_to_deposit_row(s) for s in position.sessions])
        fit_columns(self.sessions_table)
        self.cheques_table.blockSignals(True)
        self.cheques_table.setRowCount(0)
        for number, cheque in enumerate(position.cheques):
            self.cheques_table.insertRow(number)
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            checked = cheque.payment_tender_id in self.presenter.checked_cheques
            tick.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            tick.setData(_TENDER_ROLE, cheque.payment_tender_id)
            self.cheques_table.setItem(number, 0, tick)
            for column, text in enumerate(rows.cheque_cells(cheque), start=1):
                self.cheques_table.setItem(number, column, QTableWidgetItem(text))
        self.cheques_table.blockSignals(False)
        fit_columns(self.cheques_table)
        self.cash_button.setEnabled(bool(self.presenter.sessions_with_cash()))
        self.cheque_button.setEnabled(bool(position.cheques))

    def set_cheque_checked(self, row: int, checked: bool) -> None:
        """Ticks a cheque as a click or the space bar does (tests use it too)."""
        item = self.cheques_table.item(row, 0)
        assert item is not None
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _cheque_ticked(self, item: QTableWidgetItem) -> None:
        if item.column() == 0:
            checked = item.checkState() == Qt.CheckState.Checked
            self.presenter.set_cheque_checked(str(item.data(_TENDER_ROLE)), checked)

    # -- commands -----------------------------------------------------------------------------
    def prepare_cash_deposit(self) -> None:
        self.dialog = CashDepositDialog(self.presenter, self)
        self.dialog.open()

    def prepare_cheque_remittance(self) -> None:
        self.dialog = ChequeRemittanceDialog(self.presenter, self)
        self.dialog.open()

    def selected_deposit(self) -> BankDeposit | None:
        item = selected_item(self.deposits_table)
        return item if isinstance(item, BankDeposit) else None

    def record_slip(self) -> None:
        deposit = self.selected_deposit()
        if deposit is None or deposit.slip_recorded:
            return
        self.dialog = SlipDialog(self.presenter, deposit, self)
        self.dialog.open()

    def _deposit_selected(self, *_args: object) -> None:
        deposit = self.selected_deposit()
        self.slip_button.setEnabled(deposit is not None and not deposit.slip_recorded)

    def _prepared(self, deposit: BankDeposit) -> None:
        """Says what was prepared and shows it in the list of deposits."""
        text = (
            self.tr("Deposit %1 prepared: %2 to %3. Record the bank's slip when it comes back.")
            .replace("%1", deposit.deposit_number)
            .replace("%2", rows.money(deposit.amount))
            .replace("%3", deposit.bank_code)
        )
        self.message_label.setText(text)
        self._just_prepared = deposit.deposit_id
        self.tabs.setCurrentIndex(DEPOSITS_TAB)

    def _deposits_arrived(self, *_args: object) -> None:
        """Fits the columns; the deposit just prepared is selected (its slip comes next)."""
        fit_columns(self.deposits_table)
        for row, deposit in enumerate(self.presenter.deposits.items()):
            if deposit.deposit_id == self._just_prepared:
                self.deposits_table.selectRow(row)
                self._just_prepared = ""
                break

    def _slip_recorded(self, deposit: BankDeposit) -> None:
        self.message_label.setText(
            self.tr("Bank slip %1 recorded for deposit %2.")
            .replace("%1", deposit.slip_number)
            .replace("%2", deposit.deposit_number)
        )

    def _failed(self, error: object) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return  # the dialog shows it next to its fields
        show_error(self, error, self.presenter.retry_last)  # type: ignore[arg-type]
