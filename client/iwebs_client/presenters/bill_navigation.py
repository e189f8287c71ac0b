"""Customer 360 view -> the account's bills: the 360 view's "F" (or its button) asks for the
bills screen of an account; the shell shows it (through the customer navigator's
`screen_requested`, which the shell already follows); Esc there goes back to the 360 view."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from iwebs_client.presenters.customer_navigation import OVERVIEW_SCREEN, CustomerNavigator

BILLS_SCREEN = "account_bills"


class BillNavigator(QObject):
    account_opened = Signal(str)  # account id

    def __init__(self, customers: CustomerNavigator, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.customers = customers
        self.current_account_id = ""

    def open_account(self, account_id: str) -> None:
        if not account_id:
            return
        self.current_account_id = account_id
        self.account_opened.emit(account_id)
        self.customers.screen_requested.emit(BILLS_SCREEN)

    def back_to_customer(self) -> None:
        if self.customers.current_customer_id:
            self.customers.screen_requested.emit(OVERVIEW_SCREEN)
