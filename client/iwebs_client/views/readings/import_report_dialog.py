"""The report of a handheld terminal's return file: a summary, then every line of the file
with its outcome (imported, already imported, rejected) and what was wrong."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iwebs_client.presenters.reading_rows import ImportReportLine
from iwebs_client.views.common.dialog_buttons import submit_cancel_buttons


class ImportReportDialog(QDialog):
    def __init__(
        self, summary: str, lines: Sequence[object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importReportDialog")
        self.setWindowTitle(self.tr("Import report"))
        self.resize(820, 480)
        self.summary_label = QLabel(summary)
        self.summary_label.setStyleSheet("font-weight: bold;")
        report = [line for line in lines if isinstance(line, ImportReportLine)]
        self.table = QTableWidget(len(report), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Subscription"), self.tr("Outcome"), self.tr("Detail")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, line in enumerate(report):
            cells = (
                str(line.line) if line.line else "",
                line.subscription,
                line.outcome,
                line.detail,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if line.problem:
                    item.setForeground(QBrush(QColor("#b00020")))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(submit_cancel_buttons(self, self.accept, None, self.tr("&Close")))
        self.table.setFocus()
