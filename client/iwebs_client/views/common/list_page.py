"""A list screen: a title, action buttons, a sortable table that loads pages as it scrolls."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from iwebs_client.backend.client_types import BackendError
from iwebs_client.models.paged_table_model import ITEM_ROLE, SORT_ROLE, PagedTableModel
from iwebs_client.views.common.error_display import show_error


class ListPage(QWidget):
    def __init__(
        self, title: str, model: PagedTableModel[Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("listTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.title_label = QLabel(title)
        self.title_label.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.actions_row = QHBoxLayout()
        self.filters_row = QHBoxLayout()
        self.loading_label = QLabel()
        self._selection_buttons: list[tuple[QPushButton, Callable[[Any], bool]]] = []
        layout = QVBoxLayout(self)
        self.main_layout = layout
        header = QHBoxLayout()
        header.addWidget(self.title_label)
        header.addStretch(1)
        header.addWidget(self.loading_label)
        layout.addLayout(header)
        layout.addLayout(self.filters_row)
        layout.addLayout(self.actions_row)
        layout.addWidget(self.table, 1)
        self.actions_row.addStretch(1)
        self.refresh_button = self.add_action(
            self.tr("Re&fresh"), self.model.reload, needs_selection=False
        )
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.model.reload)
        model.loading_changed.connect(self._loading)
        model.load_failed.connect(self._load_failed)
        model.modelReset.connect(self._update_buttons)
        model.dataChanged.connect(self._update_buttons)
        model.rowsInserted.connect(self._resize_once)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.activated())

    def activated(self) -> None:
        """Double-click or Enter on a row; pages override it (usually: edit)."""

    def add_action(
        self,
        text: str,
        callback: Callable[[], None],
        needs_selection: bool = True,
        enabled_for: Callable[[Any], bool] | None = None,
    ) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(callback)
        self.actions_row.insertWidget(self.actions_row.count() - 1, button)
        if needs_selection:
            self._selection_buttons.append((button, enabled_for or (lambda _item: True)))
            button.setEnabled(False)
        return button

    def selected_item(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.proxy.data(rows[0], ITEM_ROLE)

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_item():
            self.activated()
            return
        super().keyPressEvent(event)

    def _update_buttons(self, *_args: object) -> None:
        item = self.selected_item()
        for button, enabled_for in self._selection_buttons:
            button.setEnabled(item is not None and enabled_for(item))

    def _loading(self, loading: bool) -> None:
        self.loading_label.setText(self.tr("Loading...") if loading else "")

    def _load_failed(self, error: BackendError) -> None:
        show_error(self, error, retry=self.model.reload)

    def _resize_once(self, *_args: object) -> None:
        if self.model.rowCount() <= 100:
            self.table.resizeColumnsToContents()
