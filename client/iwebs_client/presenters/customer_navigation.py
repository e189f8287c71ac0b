"""Which customer the 360-degree view shows, shared by the screens of the customers module."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

SEARCH_SCREEN = "customer_search"
OVERVIEW_SCREEN = "customer_360"


class CustomerNavigator(QObject):
    """Search -> 360 view: the search emits `customer_opened`; the shell shows the 360 screen,
    which loads `current_customer_id` (also when it is created after the signal)."""

    customer_opened = Signal(str)
    # a screen key the shell should show
    screen_requested = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current_customer_id = ""

    def open_customer(self, customer_id: str) -> None:
        self.current_customer_id = customer_id
        self.customer_opened.emit(customer_id)
        self.screen_requested.emit(OVERVIEW_SCREEN)

    def back_to_search(self) -> None:
        self.screen_requested.emit(SEARCH_SCREEN)
