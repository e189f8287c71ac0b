"""The one pattern of every list: column constants, a sort role, paging with fetchMore.

A subclass declares its columns (`headers()`), what a cell shows (`display()`) and how it
sorts (`sort_value()`). Pages come from `fetch_page(page_token) -> (items, next_page_token)`,
called on a worker thread through the TaskRunner.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from iwebs_client.backend.client_types import BackendError
from iwebs_client.tasks import TaskRunner

ItemT = TypeVar("ItemT")
PageFetcher = Callable[[str], tuple[list[ItemT], str]]
AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2
_NOT_LOADED: str | None = None


class PagedTableModel(QAbstractTableModel, Generic[ItemT]):
    loading_changed = Signal(bool)
    load_failed = Signal(object)

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._fetch_page: PageFetcher[ItemT] | None = None
        self._items: list[ItemT] = []
        self._next_token: str | None = _NOT_LOADED
        self._loading = False
        self._generation = 0

    # -- to implement -------------------------------------------------------------------------
    def headers(self) -> list[str]:
        raise NotImplementedError

    def display(self, item: ItemT, column: int) -> str:
        raise NotImplementedError

    def sort_value(self, item: ItemT, column: int) -> Any:
        return self.display(item, column).casefold()

    def key(self, item: ItemT) -> str:
        """A stable identity, to replace a row after a command."""
        raise NotImplementedError

    # -- paging -------------------------------------------------------------------------------
    def set_page_fetcher(self, fetch_page: PageFetcher[ItemT]) -> None:
        self._fetch_page = fetch_page

    def reload(self) -> None:
        """Forgets the rows and loads the first page."""
        self._generation += 1
        self.beginResetModel()
        self._items = []
        self._next_token = _NOT_LOADED
        self._loading = False
        self.endResetModel()
        self._load("")

    @property
    def is_loading(self) -> bool:
        return self._loading

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._loading:
            return False
        return bool(self._next_token)

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent) and self._next_token:
            self._load(self._next_token)

    def _load(self, token: str) -> None:
        if self._fetch_page is None:
            return
        fetch = self._fetch_page
        generation = self._generation
        self._set_loading(True)

        def received(result: tuple[list[ItemT], str]) -> None:
            if generation != self._generation:
                return
            items, next_token = result
            self._set_loading(False)
            if items:
                first = len(self._items)
                self.beginInsertRows(QModelIndex(), first, first + len(items) - 1)
                self._items.extend(items)
                self.endInsertRows()
            self._next_token = next_token

        def failed(error: BackendError) -> None:
            if generation != self._generation:
                return
            self._set_loading(False)
            self.load_failed.emit(error)

        self._tasks.run(lambda: fetch(token), received, failed)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    # -- rows ---------------------------------------------------------------------------------
    def item(self, row: int) -> ItemT:
        return self._items[row]

    def items(self) -> list[ItemT]:
        return list(self._items)

    def replace_item(self, item: ItemT) -> None:
        """Shows a changed item in place (or appends it when it is new)."""
        key = self.key(item)
        for row, existing in enumerate(self._items):
            if self.key(existing) == key:
                self._items[row] = item
                last = self.columnCount() - 1
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))
                return
        self.beginInsertRows(QModelIndex(), len(self._items), len(self._items))
        self._items.append(item)
        self.endInsertRows()

    # -- QAbstractTableModel ------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.display(item, index.column())
        if role == SORT_ROLE:
            return self.sort_value(item, index.column())
        if role == ITEM_ROLE:
            return item
        return None
