"""'Customer search': one box, an optional key, a paged result list (keyboard first).

Enter searches (a counter clerk types, then presses Enter); Down goes to the results; Enter
or a double-click on a result opens the 360-degree view; Ctrl+F or F3 come back to the box.
The search runs on a worker: the screen never waits for the server.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QWidget

from iwebs_client.backend.client_types import BackendError
from iwebs_client.presenters.customer_search_presenter import (
    MAX_QUERY_LENGTH,
    CustomerSearchPresenter,
    search_keys,
)
from iwebs_client.views.common.error_display import error_label, show_error
from iwebs_client.views.common.list_page import ListPage
from iwebs_client.views.common.table_columns import fit_columns


class CustomerSearchPage(ListPage):
    def __init__(
        self,
        presenter: CustomerSearchPresenter,
        can_manage: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Customer search"), presenter.model, parent)
        self.presenter = presenter
        # results come ranked by the server: keep its order until the user sorts
        self.table.setSortingEnabled(False)
        self.proxy.sort(-1)
        self.table.setObjectName("searchResults")
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("customerSearchBox")
        self.search_edit.setMaxLength(MAX_QUERY_LENGTH)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            self.tr("Account no., name, phone, meter serial or address, then Enter")
        )
        self.search_edit.setMinimumWidth(420)
        self.search_edit.returnPressed.connect(self.search)
        self.search_edit.installEventFilter(self)
        self.key_combo = QComboBox()
        self.key_combo.setObjectName("searchKey")
        for value, text in search_keys():
            self.key_combo.addItem(text, int(value))
        key_label = QLabel(self.tr("&Look in:"))
        key_label.setBuddy(self.key_combo)
        box_label = QLabel(self.tr("Searc&h:"))
        box_label.setBuddy(self.search_edit)
        self.search_button = QPushButton(self.tr("&Search"))
        self.search_button.clicked.connect(self.search)
        self.problem_label = error_label()
        self.count_label = QLabel()
        self.count_label.setObjectName("resultCount")
        for widget in (
            box_label,
            self.search_edit,
            key_label,
            self.key_combo,
            self.search_button,
            self.problem_label,
        ):
            self.filters_row.addWidget(widget)
        self.filters_row.addStretch(1)
        self.filters_row.addWidget(self.count_label)
        self.refresh_button.setText(self.tr("Search a&gain"))
        self.open_button = self.add_action(self.tr("&Open (Enter)"), self.open_selected)
        self.new_button: QPushButton | None = None  # the screen factory adds it (manage)
        for sequence in (QKeySequence.StandardKey.Find, QKeySequence("F3")):
            QShortcut(sequence, self, self.focus_search)
        # the model learns whether more pages exist just after inserting the rows
        self.model.rowsInserted.connect(lambda *_: QTimer.singleShot(0, self._show_count))
        self.model.modelReset.connect(self._show_count)
        presenter.searched.connect(lambda _text: self._show_count())
        presenter.failed.connect(self._failed)
        presenter.load_agency_names()
        self.setFocusProxy(self.search_edit)
        fit_columns(self.table)

    def add_new_customer_action(self, callback: Any) -> None:
        """'New customer...' (customers.manage); the dialog belongs to the 360 view's presenter."""
        self.new_button = self.add_action(
            self.tr("&New customer..."), callback, needs_selection=False
        )

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.focus_search()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def search(self) -> None:
        text = self.search_edit.text()
        problem = self.presenter.problem(text)
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        if not problem:
            self.presenter.search(text, int(self.key_combo.currentData() or 0))

    def open_selected(self) -> None:
        self.presenter.open(self.selected_item())

    def activated(self) -> None:
        self.open_selected()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount()
        ):
            self.table.setFocus()
            if not self.selected_item():
                self.select_row(0)
            return True
        return super().eventFilter(watched, event)

    def _show_count(self) -> None:
        count = self.model.rowCount()
        if self.presenter.query is None:
            self.count_label.clear()
        elif self.model.is_loading and not count:
            self.count_label.setText(self.tr("Searching..."))
        elif not count:
            self.count_label.setText(self.tr("No customer found."))
        else:
            if not self.selected_item():  # the first hit is ready for Open / Down + Enter
                self.select_row(0)
            more = "+" if self.model.canFetchMore() else ""
            self.count_label.setText(self.tr("%1 result(s)").replace("%1", f"{count}{more}"))

    def _resize_once(self, *_args: object) -> None:
        if self.model.rowCount() <= 100:
            fit_columns(self.table)

    def _loading(self, loading: bool) -> None:
        super()._loading(loading)
        self._show_count()

    def _failed(self, error: BackendError) -> None:
        show_error(self, error)
