"""'Customer 360° view': identity, accounts and balances, grouped accounts, subscriptions,
premises with their network address, meters and seals, open bills, history of changes.

Sections are tabs: Alt+1 ... Alt+7 (or Ctrl+Tab) go from one to the next, F5 reloads, Esc
goes back to the search. With customers.manage the create and edit dialogs open from here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from iwebs.v1 import customer_pb2 as _pb
from iwebs_client.backend.client_types import BackendError
from iwebs_client.models.record_table_model import RecordTableModel
from iwebs_client.presenters import customer_overview_rows as rows
from iwebs_client.presenters.customer_overview_presenter import CustomerOverviewPresenter
from iwebs_client.presenters.customer_overview_rows import ALLOWED_VERBS, verb_text
from iwebs_client.presenters.service_ports import CustomerOverview
from iwebs_client.views.common.error_display import show_error
from iwebs_client.views.common.record_table import record_table, selected_item
from iwebs_client.views.common.table_columns import fit_columns
from iwebs_client.views.customers.customer_dialogs import (
    AccountDialog,
    CustomerDialog,
    GroupDialog,
)
from iwebs_client.views.customers.meter_dialogs import (
    InstallMeterDialog,
    MeterDialog,
    RemoveMeterDialog,
    SealDialog,
)
from iwebs_client.views.customers.premise_dialogs import (
    PremiseDialog,
    StateChangeDialog,
    SubscriptionDialog,
)

VERBS = ("activate", "suspend", "resume", "terminate")


class Customer360Page(QWidget):
    def __init__(
        self,
        presenter: CustomerOverviewPresenter,
        can_manage: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.can_manage = can_manage
        self.dialog: QDialog | None = None
        self._selection_buttons: list[tuple[QPushButton, QTableView, Callable[[Any], bool]]] = []

        self.name_label = QLabel(self.tr("No customer open"))
        self.name_label.setObjectName("customerName")
        self.name_label.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label = QLabel(self.tr("Find a customer with the search (Ctrl+F)."))
        self.summary_label.setObjectName("customerSummary")
        self.balance_label = QLabel()
        self.balance_label.setObjectName("customerBalance")
        self.balance_label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.loading_label = QLabel()
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.name_label)
        titles.addWidget(self.summary_label)
        header.addLayout(titles, 1)
        header.addWidget(self.loading_label)
        header.addWidget(self.balance_label)

        self.actions_row = QHBoxLayout()
        self.back_button = self._button(self.tr("&Back to search (Esc)"), self.back_to_search)
        self.refresh_button = self._button(self.tr("Re&fresh (F5)"), presenter.refresh)
        if can_manage:
            self.edit_button = self._button(self.tr("&Edit customer..."), self.edit_customer)
            self.new_customer_button = self._button(self.tr("&New customer..."), self.new_customer)
        self.actions_row.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("customerSections")
        self.identity_form = QFormLayout()
        identity = QWidget()
        identity.setLayout(self.identity_form)
        self.identity_labels: list[QLabel] = []

        self.accounts = RecordTableModel(rows.account_headers(), self)
        self.members = RecordTableModel(rows.member_headers(), self)
        self.subscriptions = RecordTableModel(rows.subscription_headers(), self)
        self.premises = RecordTableModel(rows.premise_headers(), self)
        self.meters = RecordTableModel(rows.meter_headers(), self)
        self.seals = RecordTableModel(rows.seal_headers(), self)
        self.bills = RecordTableModel(rows.bill_headers(), self)
        self.accounts_table = record_table(self.accounts, "accountsTable")
        self.members_table = record_table(self.members, "membersTable")
        self.subscriptions_table = record_table(self.subscriptions, "subscriptionsTable")
        self.premises_table = record_table(self.premises, "premisesTable")
        self.meters_table = record_table(self.meters, "metersTable")
        self.seals_table = record_table(self.seals, "sealsTable")
        self.bills_table = record_table(self.bills, "billsTable")
        self.history_table = record_table(presenter.history, "historyTable")

        manage = can_manage
        accounts_page = self._section(
            [
                (None, self.accounts_table),
                (self.tr("Grouped accounts and their members"), self.members_table),
            ],
            [
                (self.tr("New &account..."), self.new_account, None, None),
                (self.tr("Billing add&ress..."), self.edit_account, self.accounts_table,
                 lambda _a: True),
                (self.tr("&Join a grouped account..."), self.change_group, self.accounts_table,
                 lambda a: not a.is_group and not a.group_account_id),
                (self.tr("&Leave the grouped account..."), self.change_group,
                 self.accounts_table, lambda a: bool(a.group_account_id)),
            ] if manage else [],
        )  # fmt: skip
        subscription_buttons: list[Any] = []
        if manage:
            subscription_buttons.append(
                (self.tr("New &subscription..."), self.new_subscription, None, None)
            )
            subscription_buttons.append(
                (
                    self.tr("&Change (tariff, power)..."),
                    self.edit_subscription,
                    self.subscriptions_table,
                    lambda s: s.status != _pb.SUBSCRIPTION_STATUS_TERMINATED,
                )
            )
            for verb in VERBS:
                subscription_buttons.append(
                    (
                        verb_text(verb) + "...",
                        lambda _=False, v=verb: self.change_state(v),
                        self.subscriptions_table,
                        lambda s, v=verb: v in ALLOWED_VERBS.get(s.status, ()),
                    )
                )
        subscriptions_page = self._section([(None, self.subscriptions_table)], subscription_buttons)
        premises_page = self._section(
            [(None, self.premises_table)],
            [
                (self.tr("New &premise..."), self.new_premise, None, None),
                (self.tr("Edit premise (address, &GPS)..."), self.edit_premise,
                 self.premises_table, lambda _p: True),
            ] if manage else [],
        )  # fmt: skip
        meters_page = self._section(
            [(None, self.meters_table), (self.tr("Seals"), self.seals_table)],
            [
                (self.tr("&Register a meter..."), self.register_meter, None, None),
                (self.tr("&Install a meter..."), self.install_meter, None, None),
                (self.tr("Re&move the meter..."), self.remove_meter, self.meters_table,
                 lambda _m: True),
                (self.tr("Fit a &seal..."), self.fit_seal, self.meters_table, lambda _m: True),
            ] if manage else [],
        )  # fmt: skip
        bills_page = self._section([(None, self.bills_table)], [])
        history_page = self._section([(None, self.history_table)], [])
        self.history_table.horizontalHeader().setStretchLastSection(True)
        sections = (
            (identity, self.tr("Identity")),
            (accounts_page, self.tr("Accounts")),
            (subscriptions_page, self.tr("Subscriptions")),
            (premises_page, self.tr("Premises")),
            (meters_page, self.tr("Meters")),
            (bills_page, self.tr("Unpaid bills")),
            (history_page, self.tr("History")),
        )
        for number, (widget, title) in enumerate(sections, start=1):
            self.tabs.addTab(widget, f"{number} {title}")
            self.tabs.setTabToolTip(number - 1, f"Alt+{number}")
            QShortcut(
                QKeySequence(f"Alt+{number}"),
                self,
                lambda index=number - 1: self.show_section(index),
            )
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, presenter.refresh)
        QShortcut(QKeySequence("Escape"), self, self.back_to_search)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(self.actions_row)
        layout.addWidget(self.tabs, 1)

        presenter.loaded.connect(self.show_overview)
        presenter.codes_loaded.connect(self._codes_loaded)
        presenter.load_reference_codes()
        presenter.members_loaded.connect(
            lambda groups: self.members.set_rows(presenter.member_rows(groups))
        )
        presenter.busy_changed.connect(
            lambda busy: self.loading_label.setText(self.tr("Loading...") if busy else "")
        )
        presenter.failed.connect(self._failed)
        presenter.history.load_failed.connect(self._failed)
        presenter.history.rowsInserted.connect(self._resize_history)
        self._update_buttons()
        if presenter.overview is not None:
            self.show_overview(presenter.overview)
        elif presenter.navigator.current_customer_id != presenter.customer_id:
            presenter.load(presenter.navigator.current_customer_id)

    # -- building ---------------------------------------------------------------------------
    def _button(self, text: str, callback: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _=False: callback())
        self.actions_row.addWidget(button)
        return button

    def _section(
        self,
        tables: list[tuple[str | None, QTableView]],
        buttons: list[tuple[str, Callable[..., None], QTableView | None, Any]],
    ) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        if buttons:
            row = QHBoxLayout()
            for text, callback, table, enabled_for in buttons:
                button = QPushButton(text)
                button.clicked.connect(callback)
                row.addWidget(button)
                if table is not None:
                    self._selection_buttons.append((button, table, enabled_for))
            row.addStretch(1)
            layout.addLayout(row)
        for title, table in tables:
            if title:
                layout.addWidget(QLabel(f"<b>{title}</b>"))
            layout.addWidget(table, 1)
            table.selectionModel().selectionChanged.connect(self._update_buttons)
            table.model().modelReset.connect(self._update_buttons)
        return page

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        # coming from the search, the keyboard focus was on a widget now hidden
        QTimer.singleShot(0, self._take_focus)

    def _take_focus(self) -> None:
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused) and focused.isVisible():
            return
        page = self.tabs.currentWidget()
        table = page.findChild(QTableView) if page is not None else None
        (table if table is not None else self.tabs.tabBar()).setFocus()

    def show_section(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        page = self.tabs.currentWidget()
        table = page.findChild(QTableView) if page is not None else None
        if table is not None:
            table.setFocus()
            if table.model().rowCount() and not table.selectionModel().hasSelection():
                table.selectRow(0)

    # -- showing ----------------------------------------------------------------------------
    def show_overview(self, overview: CustomerOverview) -> None:
        customer = overview.customer
        self.name_label.setText(customer.display_name)
        self.summary_label.setText(
            " - ".join(
                x
                for x in (
                    customer.customer_number,
                    rows.kind_text(customer.kind),
                    ", ".join(customer.phones),
                )
                if x
            )
        )
        self.balance_label.setText(rows.total_balance_text(overview))
        overdue = any(b.overdue.amount_minor > 0 for b in overview.balances)
        self.balance_label.setStyleSheet(
            "font-size: 13pt; font-weight: bold;" + (" color: #b00020;" if overdue else "")
        )
        while self.identity_form.rowCount():
            self.identity_form.removeRow(0)
        self.identity_labels = []
        for label, value in rows.identity_fields(customer, self.presenter.reference_codes):
            value_label = QLabel(value)
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.identity_form.addRow(f"<b>{label}</b>", value_label)
            self.identity_labels.append(value_label)
        self.accounts.set_rows(rows.account_rows(overview))
        self.subscriptions.set_rows(rows.subscription_rows(overview))
        self.premises.set_rows(rows.premise_rows(overview))
        self.meters.set_rows(rows.meter_rows(overview))
        self.seals.set_rows(rows.seal_rows(overview))
        self.bills.set_rows(rows.bill_rows(overview, self.presenter.today()))
        for table in (
            self.accounts_table,
            self.subscriptions_table,
            self.premises_table,
            self.meters_table,
            self.seals_table,
            self.bills_table,
            self.members_table,
        ):
            fit_columns(table)
        self._update_buttons()
        if self.isVisible():
            self._take_focus()

    def _codes_loaded(self) -> None:
        if self.presenter.overview is not None:  # the identity names its codes now
            self.show_overview(self.presenter.overview)

    def identity_value(self, title: str) -> str:
        for row in range(self.identity_form.rowCount()):
            label = self.identity_form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = self.identity_form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label and field and title in label.widget().text():  # type: ignore[union-attr]
                widget = field.widget()
                return widget.text() if isinstance(widget, QLabel) else ""
        return ""

    def _resize_history(self, *_args: object) -> None:
        if self.presenter.history.rowCount() <= 100:
            fit_columns(self.history_table)

    def _update_buttons(self, *_args: object) -> None:
        for button, table, enabled_for in self._selection_buttons:
            item = selected_item(table)
            button.setEnabled(item is not None and bool(enabled_for(item)))
        has_customer = self.presenter.overview is not None
        if self.can_manage:
            self.edit_button.setEnabled(has_customer)

    def _failed(self, error: BackendError) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return  # the dialog shows it next to its fields
        show_error(self, error, retry=self.presenter.retry_last)

    # -- commands ---------------------------------------------------------------------------
    def back_to_search(self) -> None:
        self.presenter.navigator.back_to_search()

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.open()

    def new_customer(self) -> None:
        self._open(CustomerDialog(self.presenter, None, self))

    def edit_customer(self) -> None:
        overview = self.presenter.overview
        if overview is not None:
            self._open(CustomerDialog(self.presenter, overview.customer, self))

    def new_account(self) -> None:
        overview = self.presenter.overview
        if overview is not None:
            self._open(AccountDialog(self.presenter, overview.customer, None, self))

    def edit_account(self) -> None:
        overview, account = self.presenter.overview, selected_item(self.accounts_table)
        if overview is not None and account is not None:
            self._open(AccountDialog(self.presenter, overview.customer, account, self))

    def change_group(self) -> None:
        account = selected_item(self.accounts_table)
        if account is not None:
            self._open(GroupDialog(self.presenter, account, self))

    def new_premise(self) -> None:
        self._open(PremiseDialog(self.presenter, None, self))

    def edit_premise(self) -> None:
        premise = selected_item(self.premises_table)
        if premise is not None:
            self._open(PremiseDialog(self.presenter, premise, self))

    def new_subscription(self) -> None:
        overview = self.presenter.overview
        if overview is not None:
            dialog = SubscriptionDialog(
                self.presenter,
                list(overview.accounts),
                self.presenter.premises_for_choice(),
                self,
            )
            self._open(dialog)

    def edit_subscription(self) -> None:
        overview, subscription = self.presenter.overview, selected_item(self.subscriptions_table)
        if overview is not None and subscription is not None:
            dialog = SubscriptionDialog(
                self.presenter,
                list(overview.accounts),
                self.presenter.premises_for_choice(),
                self,
                subscription,
            )
            self._open(dialog)

    def change_state(self, verb: str) -> None:
        subscription = selected_item(self.subscriptions_table)
        if subscription is not None:
            self._open(StateChangeDialog(self.presenter, subscription, verb, self))

    def register_meter(self) -> None:
        self._open(MeterDialog(self.presenter, self))

    def install_meter(self) -> None:
        overview = self.presenter.overview
        if overview is not None:
            dialog = InstallMeterDialog(
                self.presenter,
                self.presenter.premises_for_choice(),
                list(overview.subscriptions),
                self,
            )
            self._open(dialog)

    def remove_meter(self) -> None:
        meter = selected_item(self.meters_table)
        if meter is not None:
            self._open(RemoveMeterDialog(self.presenter, meter, self))

    def fit_seal(self) -> None:
        meter = selected_item(self.meters_table)
        if meter is not None:
            self._open(SealDialog(self.presenter, meter, self))
