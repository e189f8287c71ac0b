"""'Batches and runs' (FAC-1, FAC-2, FAC-5, FAC-6, FAC-8): above, the agency's billing batches
and its runs side by side; below, the chosen run (progress, review, finalization, summary).

Keys: Alt+G the agency; Ctrl+B the batches, Ctrl+U the runs; Ctrl+N a new batch, F2 edits
it (billing.tariffs); Ctrl+R a new run of the chosen batch (billing.run); F5 refreshes.
The run's progress is polled while the page is shown (paused when hidden)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from iwebs_client.backend.client_types import BackendError
from iwebs_client.models.record_table_model import RecordRow, RecordTableModel
from iwebs_client.presenters import bill_run_rows as rows
from iwebs_client.presenters.bill_run_ports import BillingBatch, BillRun
from iwebs_client.presenters.bill_run_presenter import BillRunPresenter
from iwebs_client.presenters.billing_batch_presenter import BillingBatchPresenter
from iwebs_client.presenters.presenter_base import CommandIntent
from iwebs_client.views.billing.bill_run_panel import BillRunPanel
from iwebs_client.views.billing.billing_dialogs import BatchDialog, NewRunDialog
from iwebs_client.views.cash_supervision.filters import AgencyPicker
from iwebs_client.views.common.error_display import show_error
from iwebs_client.views.common.record_table import record_table, selected_item
from iwebs_client.views.common.table_columns import fit_columns


class BillRunsPage(QWidget):
    def __init__(
        self,
        presenter: BillingBatchPresenter,
        run_presenter: BillRunPresenter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.run_presenter = run_presenter
        self.dialog: QDialog | None = None
        title = QLabel(self.tr("Batches and bill runs"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.loading_label = QLabel()
        self.agency_picker = AgencyPicker()
        self.refresh_button = QPushButton(self.tr("Re&fresh (F5)"))
        header = QHBoxLayout()
        header.addWidget(title)
        header.addWidget(self.agency_picker)
        header.addStretch(1)
        header.addWidget(self.loading_label)
        header.addWidget(self.refresh_button)

        self.batches_model = RecordTableModel(rows.batch_headers(), self)
        self.batches_table = record_table(self.batches_model, "batchesTable")
        self.runs_model = RecordTableModel(rows.run_headers(), self)
        self.runs_table = record_table(self.runs_model, "runsTable")
        batch_buttons = QHBoxLayout()
        self.new_batch_button = self._button(self.tr("&New batch... (Ctrl+N)"), self.new_batch)
        self.edit_batch_button = self._button(self.tr("&Edit... (F2)"), self.edit_batch)
        self.deactivate_button = self._button(self.tr("Deac&tivate"), self.deactivate_batch)
        self.new_run_button = self._button(self.tr("New &run... (Ctrl+R)"), self.new_run)
        for button in (self.new_batch_button, self.edit_batch_button, self.deactivate_button):
            button.setVisible(presenter.can_manage_batches)
            batch_buttons.addWidget(button)
        self.new_run_button.setVisible(presenter.can_run)
        batch_buttons.addWidget(self.new_run_button)
        batch_buttons.addStretch(1)

        batches = QWidget()
        batches_layout = QVBoxLayout(batches)
        batches_layout.setContentsMargins(0, 0, 0, 0)
        batches_layout.addWidget(QLabel("<b>" + self.tr("Billing batches") + "</b>"))
        batches_layout.addLayout(batch_buttons)
        batches_layout.addWidget(self.batches_table, 1)
        runs = QWidget()
        runs_layout = QVBoxLayout(runs)
        runs_layout.setContentsMargins(0, 0, 0, 0)
        self.runs_caption = QLabel("<b>" + self.tr("Runs of the agency") + "</b>")
        runs_layout.addWidget(self.runs_caption)
        runs_layout.addWidget(self.runs_table, 1)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(batches)
        top.addWidget(runs)
        top.setStretchFactor(0, 1)
        top.setStretchFactor(1, 1)
        top.setSizes([600, 700])
        self.run_panel = BillRunPanel(run_presenter, presenter.can_run)
        # the lists above, the chosen run below at full width (its review needs the room)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.run_panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 640])

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)

        self.agency_picker.agency_chosen.connect(self._agency_chosen)
        self.refresh_button.clicked.connect(self.refresh)
        self.batches_table.selectionModel().selectionChanged.connect(self._batch_selection)
        self.batches_table.doubleClicked.connect(lambda _i: self.edit_batch())
        self.runs_table.selectionModel().selectionChanged.connect(self._run_selection)
        for keys, slot in (
            (QKeySequence(QKeySequence.StandardKey.Refresh), self.refresh),
            (QKeySequence("Ctrl+N"), self.new_batch),
            (QKeySequence("F2"), self.edit_batch),
            (QKeySequence("Ctrl+R"), self.new_run),
            (QKeySequence("Ctrl+B"), self.batches_table.setFocus),
            (QKeySequence("Ctrl+U"), self.runs_table.setFocus),
        ):
            QShortcut(keys, self, slot)
        presenter.agencies_changed.connect(self._agencies)
        presenter.batches_changed.connect(self._batches)
        presenter.runs_changed.connect(self._runs)
        presenter.run_created.connect(self._run_created)
        presenter.failed.connect(self._failed)
        presenter.busy_changed.connect(self._busy)
        run_presenter.failed.connect(self._failed)
        run_presenter.busy_changed.connect(self._busy)
        run_presenter.run_changed.connect(self._run_updated)
        presenter.load_agencies()
        self.setFocusProxy(self.runs_table)
        self._update_buttons()

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _=False: slot())
        return button

    # -- polling follows the page's visibility ------------------------------------------------
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.run_presenter.start()

    def hideEvent(self, event: Any) -> None:
        self.run_presenter.stop()
        super().hideEvent(event)

    # -- lists --------------------------------------------------------------------------------
    def _busy(self, _busy: bool) -> None:
        busy = self.presenter.busy or self.run_presenter.busy
        self.loading_label.setText(self.tr("Loading...") if busy else "")

    def _agencies(self, choices: list[tuple[str, str]]) -> None:
        self.agency_picker.set_choices(choices, self.presenter.agency_id)
        self.agency_picker.setVisible(len(choices) > 1)

    def _agency_chosen(self, agency_id: str) -> None:
        self.run_presenter.show_run(None)
        self.presenter.set_agency(agency_id)

    def refresh(self) -> None:
        self.presenter.reload()
        self.run_presenter.reload_run()

    def _batches(self, new_rows: list[RecordRow]) -> None:
        chosen = self.selected_batch()
        self.batches_model.set_rows(new_rows)
        for number, row in enumerate(new_rows):
            if chosen is not None and row.item.batch_id == chosen.batch_id:
                self.batches_table.selectRow(number)
                break
        if new_rows:
            fit_columns(self.batches_table)
        self._update_buttons()

    def _runs(self, new_rows: list[RecordRow]) -> None:
        chosen = self.run_presenter.run
        self.runs_table.selectionModel().blockSignals(True)
        self.runs_model.set_rows(new_rows)
        for number, row in enumerate(new_rows):
            if chosen is not None and row.item.run_id == chosen.run_id:
                self.runs_table.selectRow(number)
                break
        self.runs_table.selectionModel().blockSignals(False)
        if new_rows:
            fit_columns(self.runs_table)
        self._update_buttons()

    def selected_batch(self) -> BillingBatch | None:
        item = selected_item(self.batches_table)
        return item if isinstance(item, BillingBatch) else None

    def selected_run(self) -> BillRun | None:
        item = selected_item(self.runs_table)
        return item if isinstance(item, BillRun) else None

    def _batch_selection(self, *_args: object) -> None:
        self._update_buttons()

    def _run_selection(self, *_args: object) -> None:
        run = self.selected_run()
        if run is not None and (
            self.run_presenter.run is None or self.run_presenter.run.run_id != run.run_id
        ):
            self._show_run(run)

    def _show_run(self, run: BillRun) -> None:
        batch = next((b for b in self.presenter.batches if b.batch_id == run.batch_id), None)
        panel = self.run_panel
        panel.agency_id = self.presenter.agency_id
        panel.agency_name = self.presenter.agency_names.get(self.presenter.agency_id, "")
        panel.batch_name = batch.name if batch is not None else ""
        self.run_presenter.show_run(run)

    def _run_created(self, run: BillRun) -> None:
        self._show_run(run)
        self.runs_table.selectRow(0)

    def _run_updated(self, run: BillRun | None) -> None:
        if run is not None:
            self.presenter.run_replaced(run)

    def _update_buttons(self) -> None:
        batch = self.selected_batch()
        self.edit_batch_button.setEnabled(batch is not None)
        self.deactivate_button.setEnabled(batch is not None and batch.active)
        self.new_run_button.setEnabled(batch is not None and batch.active)

    # -- commands -----------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.open()

    def new_batch(self) -> None:
        if self.presenter.can_manage_batches and self.presenter.agency_id:
            self._open(BatchDialog(self.presenter, None, self))

    def edit_batch(self) -> None:
        batch = self.selected_batch()
        if batch is not None and self.presenter.can_manage_batches:
            self._open(BatchDialog(self.presenter, batch, self))

    def deactivate_batch(self) -> None:
        batch = self.selected_batch()
        if batch is None or not self.presenter.can_manage_batches:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Deactivate the batch"),
            self.tr("Deactivate batch %1? No new run can bill it; its runs stay.").replace(
                "%1", batch.code
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.presenter.deactivate_batch(CommandIntent(), batch)

    def new_run(self) -> None:
        batch = self.selected_batch()
        if batch is None:
            batch = next((b for b in self.presenter.batches if b.active), None)
        if batch is not None and batch.active and self.presenter.can_run:
            self._open(NewRunDialog(self.presenter, batch, self))

    def _failed(self, error: BackendError) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return  # the dialog shows it next to its fields
        source = self.sender()
        retry = source.retry_last if hasattr(source, "retry_last") else None
        show_error(self, error, retry=retry)
