"""The read-only table of records every screen shows: one row per record, whole-row
selection, the record of the selected row read back through ITEM_ROLE."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from iwebs_client.models.paged_table_model import ITEM_ROLE


def record_table(model: Any, name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def selected_item(table: QTableView) -> Any:
    """The record of the selected row, or None."""
    rows = table.selectionModel().selectedRows()
    return table.model().data(rows[0], ITEM_ROLE) if rows else None
