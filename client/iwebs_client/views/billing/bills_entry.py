"""The bills screen's entry point on the customer 360 view: a button "Bills (F)" in its
action row and the F key open the bills of the chosen account (the selected account, or the
account of the selected subscription, or the customer's first account). Installed by the
shell only for users with billing.read, without growing the 360 view's own files."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton

from iwebs_client.presenters.bill_navigation import BillNavigator
from iwebs_client.views.common.record_table import selected_item
from iwebs_client.views.customers.customer_360_page import Customer360Page


def chosen_account_id(page: Customer360Page) -> str:
    for table in (page.accounts_table, page.subscriptions_table):
        chosen = selected_item(table)
        account_id = str(getattr(chosen, "account_id", "") or "")
        if account_id:
            return account_id
    overview = page.presenter.overview
    if overview is not None and overview.accounts:
        return str(overview.accounts[0].account_id)
    return ""


def install_bills_entry(page: Customer360Page, navigator: BillNavigator) -> QPushButton:
    def open_bills() -> None:
        navigator.customers.current_customer_id = page.presenter.customer_id
        navigator.open_account(chosen_account_id(page))

    button = QPushButton(QCoreApplication.translate("BillsEntry", "Bills (&F)"))
    button.setObjectName("openBillsButton")
    button.setToolTip(
        QCoreApplication.translate("BillsEntry", "The account's bills, balance and open items (F)")
    )
    button.clicked.connect(lambda _=False: open_bills())
    page.actions_row.insertWidget(max(page.actions_row.count() - 1, 0), button)
    QShortcut(QKeySequence("F"), page, open_bills)
    page.bills_button = button  # type: ignore[attr-defined]
    return button
