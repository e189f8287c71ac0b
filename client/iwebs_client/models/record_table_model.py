"""A small read-only table of already loaded rows (the sections of the 360-degree view).

Each row is the item it shows, its cells as text, and whether to highlight it (an overdue
bill). Sorting and paging are not needed: the server sends these lists whole and ordered.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from iwebs_client.models.paged_table_model import ITEM_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex
HIGHLIGHT_COLOR = "#b00020"


@dataclass(frozen=True)
class RecordRow:
    item: Any
    cells: tuple[str, ...]
    highlighted: bool = False
    tooltip: str = ""


class RecordTableModel(QAbstractTableModel):
    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[RecordRow] = []

    def set_rows(self, rows: list[RecordRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> RecordRow:
        return self._rows[number]

    def rows(self) -> list[RecordRow]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            cells = row.cells
            return cells[index.column()] if index.column() < len(cells) else ""
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of a cut cell, and why red
            cell = row.cells[index.column()] if index.column() < len(row.cells) else ""
            return "\n".join(t for t in (cell, row.tooltip) if t) or None
        if role == Qt.ItemDataRole.ForegroundRole and row.highlighted:
            return QBrush(QColor(HIGHLIGHT_COLOR))
        if role == Qt.ItemDataRole.FontRole and row.highlighted:
            font = QFont()
            font.setBold(True)
            return font
        if role == ITEM_ROLE:
            return row.item
        return None
