"""Column widths that leave the header readable (the theme writes headers in capitals), for every
table of the client."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

HEADER_PADDING = 36
MAX_WIDTH = 360


def fit_columns(table: QTableView) -> None:
    """Contents or header, whichever is wider, the header measured as the theme shows it."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    model = table.model()
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        wanted = int(metrics.horizontalAdvance(title.upper()) * 1.3) + HEADER_PADDING
        width = min(max(header.sectionSize(column), wanted), MAX_WIDTH)
        header.resizeSection(column, width)
