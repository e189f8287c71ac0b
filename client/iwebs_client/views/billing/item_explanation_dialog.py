"""An item of a simulated run, explained (FAC-5, FAC-6, FAC-10): the period, the index from
and to, the consumption (and how it was estimated), every line with its tariff version,
block and rule, the total, and the control findings that held it. From here the biller
releases, excludes or recomputes the item (Alt+R, Alt+X, Alt+C); Esc closes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iwebs.v1 import bill_run_service_pb2 as brs
from iwebs_client.models.record_table_model import RecordTableModel
from iwebs_client.presenters import bill_run_explanation as explanation
from iwebs_client.presenters import bill_run_rows as rows
from iwebs_client.presenters.bill_run_ports import BillRunExplanation
from iwebs_client.views.common.record_table import record_table
from iwebs_client.views.common.table_columns import fit_columns


class ItemExplanationDialog(QDialog):
    def __init__(
        self,
        answer: BillRunExplanation,
        can_act: bool,
        actions: dict[str, Callable[[], None]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.answer = answer
        self.setObjectName("itemExplanation")
        self.setWindowTitle(self.tr("Bill explained"))
        self.resize(1100, 520)
        self.summary_label = QLabel(explanation.explanation_summary(answer))
        self.summary_label.setObjectName("explanationSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.findings_label = QLabel("\n".join(explanation.finding_lines(answer)))
        self.findings_label.setObjectName("explanationFindings")
        self.findings_label.setStyleSheet("color: #b00020;")
        self.findings_label.setWordWrap(True)
        self.findings_label.setVisible(bool(answer.findings))
        self.model = RecordTableModel(explanation.explanation_headers(), self)
        self.model.set_rows(explanation.explanation_rows(list(answer.lines)))
        self.table = record_table(self.model, "explanationLines")
        fit_columns(self.table)
        buttons_row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        outcome = answer.item.outcome
        allowed = {
            "release": outcome == brs.BILL_RUN_ITEM_OUTCOME_HELD,
            "exclude": outcome
            in (
                brs.BILL_RUN_ITEM_OUTCOME_HELD,
                brs.BILL_RUN_ITEM_OUTCOME_READY,
                brs.BILL_RUN_ITEM_OUTCOME_RELEASED,
            ),
            "recompute": outcome != brs.BILL_RUN_ITEM_OUTCOME_BILLED,
        }
        for key, text in (
            ("release", self.tr("&Release (bill it)")),
            ("exclude", self.tr("E&xclude from this run")),
            ("recompute", self.tr("Re&compute")),
        ):
            if not can_act or key not in actions:
                continue
            button = QPushButton(text)
            button.setObjectName(f"{key}Button")
            button.setEnabled(allowed[key])
            button.clicked.connect(lambda _=False, k=key: self._act(actions[k]))
            buttons_row.addWidget(button)
            self.buttons[key] = button
        buttons_row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        buttons_row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.findings_label)
        layout.addWidget(self.table, 1)
        total = QLabel(self.tr("Total: %1").replace("%1", rows.money_text(answer.total)))
        total.setObjectName("explanationTotal")
        total.setStyleSheet("font-size: 12pt; font-weight: bold;")
        layout.addWidget(total)
        layout.addLayout(buttons_row)
        self.table.setFocus()

    def _act(self, action: Callable[[], None]) -> None:
        self.accept()
        action()
