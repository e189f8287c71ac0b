"""One till, looked into (CSH-7): its receipts (cancelled ones in red, with their marks),
its movements (float, transfers, disbursements, closing difference) and its closure
(expected / counted / difference per tender, the denomination count).

Alt+1..3 go to the sections, F5 reloads, Esc closes."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from iwebs_client.models.record_table_model import RecordTableModel
from iwebs_client.presenters import cash_supervision_rows as rows
from iwebs_client.presenters.cash_session_detail_presenter import (
    CashSessionDetailPresenter,
    SessionDetailView,
)
from iwebs_client.presenters.cash_supervision_ports import CashSession
from iwebs_client.views.common.error_display import show_error
from iwebs_client.views.common.record_table import record_table
from iwebs_client.views.common.table_columns import fit_columns


class SessionDetailDialog(QDialog):
    def __init__(self, presenter: CashSessionDetailPresenter, parent: QWidget | None = None):
        super().__init__(parent)
        self.presenter = presenter
        self.setObjectName("sessionDetail")
        self.setWindowTitle(self.tr("Till"))
        self.resize(1180, 640)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("sessionSummary")
        self.summary_label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.summary_label.setWordWrap(True)
        self.loading_label = QLabel()
        self.receipts = RecordTableModel(rows.receipt_headers(), self)
        self.movements = RecordTableModel(rows.movement_headers(), self)
        self.reconciliation = RecordTableModel(rows.reconciliation_headers(), self)
        self.denominations = RecordTableModel(rows.denomination_headers(), self)
        self.receipts_table = record_table(self.receipts, "receiptsTable")
        self.movements_table = record_table(self.movements, "movementsTable")
        self.reconciliation_table = record_table(self.reconciliation, "reconciliationTable")
        self.denominations_table = record_table(self.denominations, "denominationsTable")
        self.closure_label = QLabel()
        self.closure_label.setObjectName("closureSummary")
        self.closure_label.setWordWrap(True)
        closure = QWidget()
        closure_layout = QVBoxLayout(closure)
        closure_layout.addWidget(self.closure_label)
        closure_layout.addWidget(self.reconciliation_table, 1)
        closure_layout.addWidget(QLabel(self.tr("Denomination count")))
        closure_layout.addWidget(self.denominations_table, 1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sessionSections")
        self.tabs.addTab(self.receipts_table, self.tr("&1 Receipts"))
        self.tabs.addTab(self.movements_table, self.tr("&2 Movements"))
        self.tabs.addTab(closure, self.tr("&3 Closure"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        refresh = buttons.addButton(
            self.tr("Re&fresh (F5)"), QDialogButtonBox.ButtonRole.ActionRole
        )
        refresh.clicked.connect(presenter.refresh)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, presenter.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.loading_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        presenter.loaded.connect(self._loaded)
        presenter.busy_changed.connect(
            lambda busy: self.loading_label.setText(self.tr("Loading...") if busy else "")
        )
        presenter.failed.connect(lambda error: show_error(self, error, presenter.retry_last))

    def show_session(self, session: CashSession) -> None:
        self.setWindowTitle(self.tr("Till of %1").replace("%1", rows.cashier_text(session)))
        self.summary_label.setText(rows.session_summary(session))
        for model in (self.receipts, self.movements, self.reconciliation, self.denominations):
            model.set_rows([])
        self.closure_label.clear()
        self.tabs.setCurrentIndex(0)
        self.presenter.load(session.cash_session_id)
        self.show()
        self.raise_()
        self.receipts_table.setFocus()

    def _loaded(self, view: SessionDetailView) -> None:
        self.summary_label.setText(view.summary)
        self.receipts.set_rows(view.receipt_rows)
        self.movements.set_rows(view.movement_rows)
        self.reconciliation.set_rows(view.reconciliation_rows)
        self.denominations.set_rows(view.denomination_rows)
        self.closure_label.setText(view.closure_text)
        for table in (
            self.receipts_table,
            self.movements_table,
            self.reconciliation_table,
            self.denominations_table,
        ):
            fit_columns(table)
