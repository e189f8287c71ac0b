"""The chosen run (FAC-1, FAC-5, FAC-6, FAC-8): title and counts, progress (bar, done / total,
errors, rate, time left, "Updated at"), the run's commands and the review of its items by
outcome, plus the subscriptions not billed several runs in a row (alerts).

Keys: Alt+1..7 the tabs; Enter explains the selected item; Ctrl+L releases it, Ctrl+E
excludes it, Ctrl+K recomputes it; Ctrl+Shift+S simulates again; F9 finalizes (after a
confirmation); Ctrl+P prints the summary (bordereau) as a PDF; F5 refreshes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from iwebs.v1 import bill_run_service_pb2 as brs
from iwebs_client.models.record_table_model import RecordRow, RecordTableModel
from iwebs_client.presenters import bill_run_rows as rows
from iwebs_client.presenters.bill_run_ports import BillRun, BillRunExplanation, BillRunItem
from iwebs_client.presenters.bill_run_presenter import BillRunPresenter
from iwebs_client.presenters.presenter_base import CommandIntent
from iwebs_client.views.billing.item_explanation_dialog import ItemExplanationDialog
from iwebs_client.views.common.reason_prompt import ask_text
from iwebs_client.views.common.record_table import record_table, selected_item
from iwebs_client.views.common.table_columns import fit_columns

ALERTS_TAB = len(rows.OUTCOME_TABS)


class BillRunPanel(QWidget):
    def __init__(
        self, presenter: BillRunPresenter, can_run: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.can_run = can_run
        self.agency_id = ""
        self.agency_name = ""
        self.batch_name = ""
        self.dialog: ItemExplanationDialog | None = None
        self.summary_folder: Path | None = None  # tests and settings: no save dialog
        self.title_label = QLabel(self.tr("Choose a run in the list, or create one."))
        self.title_label.setObjectName("runTitle")
        self.title_label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.title_label.setWordWrap(True)
        self.facts_label = QLabel()
        self.facts_label.setObjectName("runFacts")
        self.facts_label.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("runProgress")
        self.progress_bar.setRange(0, 100)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("runProgressText")
        self.updated_label = QLabel()
        self.updated_label.setObjectName("runUpdatedAt")
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addWidget(self.updated_label)

        commands = QHBoxLayout()
        self.simulate_button = self._button(self.tr("Simulate a&gain"), self.simulate_again)
        self.finalize_button = self._button(self.tr("&Finalize... (F9)"), self.finalize)
        self.cancel_button = self._button(self.tr("Cancel the r&un..."), self.cancel_run)
        self.summary_button = self._button(
            self.tr("&Print the summary (Ctrl+P)"), self.print_summary
        )
        for button in (self.simulate_button, self.finalize_button, self.cancel_button):
            button.setVisible(can_run)
        for button in (
            self.simulate_button,
            self.finalize_button,
            self.cancel_button,
            self.summary_button,
        ):
            commands.addWidget(button)
        commands.addStretch(1)

        self.tab_bar = QTabBar()
        self.tab_bar.setObjectName("outcomeTabs")
        for number in range(len(rows.OUTCOME_TABS)):
            self.tab_bar.addTab(rows.outcome_tab_title(number))
        self.tab_bar.addTab(self.tr("Not billed runs in a row"))
        for number in range(self.tab_bar.count()):
            self.tab_bar.setTabToolTip(number, f"Alt+{number + 1}")
            QShortcut(
                QKeySequence(f"Alt+{number + 1}"),
                self,
                lambda index=number: self.tab_bar.setCurrentIndex(index),
            )
        self.items_model = RecordTableModel(rows.item_headers(), self)
        self.items_table = record_table(self.items_model, "runItems")
        self.alerts_model = RecordTableModel(rows.alert_headers(), self)
        self.alerts_table = record_table(self.alerts_model, "notBilledAlerts")
        self.alerts_table.hide()
        self.items_footer = QLabel()
        self.items_footer.setObjectName("itemsFooter")
        item_row = QHBoxLayout()
        self.explain_button = self._button(self.tr("E&xplain (Enter)"), self.explain_selected)
        self.release_button = self._button(self.tr("&Release (Ctrl+L)"), self.release_selected)
        self.exclude_button = self._button(self.tr("Exclu&de (Ctrl+E)"), self.exclude_selected)
        self.recompute_button = self._button(
            self.tr("Re&compute (Ctrl+K)"), self.recompute_selected
        )
        self.more_button = self._button(
            self.tr("&Load more"), lambda: presenter.load_items(more=True)
        )
        for button in (self.release_button, self.exclude_button, self.recompute_button):
            button.setVisible(can_run)
        for button in (
            self.explain_button,
            self.release_button,
            self.exclude_button,
            self.recompute_button,
        ):
            item_row.addWidget(button)
        item_row.addStretch(1)
        item_row.addWidget(self.items_footer)
        item_row.addWidget(self.more_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.facts_label)
        layout.addLayout(progress_row)
        layout.addWidget(self.progress_label)
        layout.addLayout(commands)
        layout.addWidget(self.tab_bar)
        layout.addWidget(self.items_table, 1)
        layout.addWidget(self.alerts_table, 1)
        layout.addLayout(item_row)

        self.tab_bar.currentChanged.connect(self._tab_changed)
        self.items_table.doubleClicked.connect(lambda _i: self.explain_selected())
        self.items_table.selectionModel().selectionChanged.connect(self._update_buttons)
        for keys, slot in (
            ("Ctrl+L", self.release_selected),
            ("Ctrl+E", self.exclude_selected),
            ("Ctrl+K", self.recompute_selected),
            ("Ctrl+Shift+S", self.simulate_again),
            ("F9", self.finalize),
            ("Ctrl+P", self.print_summary),
        ):
            QShortcut(QKeySequence(keys), self, slot)
        presenter.run_changed.connect(self._run_changed)
        presenter.progress_changed.connect(self._progress)
        presenter.status_changed.connect(self.updated_label.setText)
        presenter.items_changed.connect(self._items)
        presenter.explained.connect(self._explained)
        presenter.alerts_changed.connect(self._alerts)
        presenter.summary_printed.connect(self._summary_printed)
        self._run_changed(presenter.run)

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _=False: slot())
        return button

    # -- showing ------------------------------------------------------------------------------
    def _run_changed(self, run: BillRun | None) -> None:
        if run is None:
            self.title_label.setText(self.tr("Choose a run in the list, or create one."))
            self.facts_label.clear()
            self.progress_bar.setValue(0)
            self.progress_label.clear()
        else:
            self.title_label.setText(rows.run_title(run))
            self.facts_label.setText(rows.run_facts(run))
            for number in range(len(rows.OUTCOME_TABS)):
                self.tab_bar.setTabText(number, rows.outcome_tab_title(number, run.counts))
        self._update_buttons()

    def _progress(self, text: str, percent: int) -> None:
        self.progress_label.setText(text)
        self.progress_bar.setValue(percent)

    def _items(self, new_rows: list[RecordRow], total: int, more: bool) -> None:
        chosen = self.selected_item()
        self.items_model.set_rows(new_rows)
        for number, row in enumerate(new_rows):
            if chosen is not None and row.item.subscription_id == chosen.subscription_id:
                self.items_table.selectRow(number)
                break
        else:
            if new_rows:
                self.items_table.selectRow(0)
        if new_rows:
            fit_columns(self.items_table)
        self.items_footer.setText(
            self.tr("%1 of %2 shown").replace("%1", str(len(new_rows))).replace("%2", str(total))
        )
        self.more_button.setEnabled(more)
        self._update_buttons()

    def _alerts(self, new_rows: list[RecordRow]) -> None:
        self.alerts_model.set_rows(new_rows)
        if new_rows:
            fit_columns(self.alerts_table)
        if self.tab_bar.currentIndex() == ALERTS_TAB:
            self.items_footer.setText(self.tr("%1 subscriptions").replace("%1", str(len(new_rows))))

    def _tab_changed(self, index: int) -> None:
        alerts = index == ALERTS_TAB
        self.items_table.setVisible(not alerts)
        self.alerts_table.setVisible(alerts)
        if alerts:
            self.presenter.load_alerts(self.agency_id)
        else:
            self.presenter.set_tab(index)
        self._update_buttons()

    def selected_item(self) -> BillRunItem | None:
        if self.tab_bar.currentIndex() == ALERTS_TAB:
            return None
        item = selected_item(self.items_table)
        return item if isinstance(item, BillRunItem) else None

    def _update_buttons(self, *_args: object) -> None:
        presenter = self.presenter
        self.simulate_button.setEnabled(presenter.can("simulate_again"))
        self.finalize_button.setEnabled(presenter.can("finalize"))
        self.cancel_button.setEnabled(presenter.can("cancel"))
        self.summary_button.setEnabled(presenter.can("summary"))
        item = self.selected_item()
        simulated = (
            presenter.run is not None and presenter.run.status == brs.BILL_RUN_STATUS_SIMULATED
        )
        outcome = item.outcome if item is not None else 0
        self.explain_button.setEnabled(item is not None)
        self.release_button.setEnabled(simulated and outcome == brs.BILL_RUN_ITEM_OUTCOME_HELD)
        self.exclude_button.setEnabled(
            simulated
            and outcome
            in (
                brs.BILL_RUN_ITEM_OUTCOME_HELD,
                brs.BILL_RUN_ITEM_OUTCOME_READY,
                brs.BILL_RUN_ITEM_OUTCOME_RELEASED,
            )
        )
        self.recompute_button.setEnabled(simulated and item is not None)
        self.more_button.setEnabled(presenter.has_more_items)

    # -- item commands ------------------------------------------------------------------------
    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_item():
            self.explain_selected()
            return
        super().keyPressEvent(event)

    def explain_selected(self) -> None:
        self.presenter.explain(self.selected_item())

    def _explained(self, answer: BillRunExplanation) -> None:
        simulated = (
            self.presenter.run is not None
            and self.presenter.run.status == brs.BILL_RUN_STATUS_SIMULATED
        )
        item = answer.item
        actions = {
            "release": lambda: self.release_selected(item),
            "exclude": lambda: self.exclude_selected(item),
            "recompute": lambda: self.recompute_selected(item),
        }
        self.dialog = ItemExplanationDialog(answer, self.can_run and simulated, actions, self)
        self.dialog.open()

    def release_selected(self, item: BillRunItem | None = None) -> None:
        item = item or self.selected_item()
        if item is None or not self.can_run:
            return
        note = ask_text(self, self.tr("Release"), self.tr("Why is this bill right (note)?"))
        if note is not None:
            self.presenter.release(CommandIntent(), item, note)

    def exclude_selected(self, item: BillRunItem | None = None) -> None:
        item = item or self.selected_item()
        if item is None or not self.can_run:
            return
        note = ask_text(self, self.tr("Exclude"), self.tr("Why keep it out of this run?"))
        if note is not None:
            self.presenter.exclude(CommandIntent(), item, note)

    def recompute_selected(self, item: BillRunItem | None = None) -> None:
        item = item or self.selected_item()
        if item is None or not self.can_run:
            return
        self.presenter.recompute(CommandIntent(), item)

    # -- run commands -------------------------------------------------------------------------
    def simulate_again(self) -> None:
        if not (self.can_run and self.presenter.can("simulate_again")):
            return
        answer = QMessageBox.question(
            self,
            self.tr("Simulate again"),
            self.tr(
                "Select and simulate the whole run again? Items released or excluded by hand "
                "are computed again from the readings of today."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.presenter.simulate_again(CommandIntent())

    def finalize(self) -> None:
        if not (self.can_run and self.presenter.can("finalize")):
            return
        answer = QMessageBox.question(
            self, self.tr("Finalize the run"), self.presenter.finalize_confirmation_text()
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.presenter.finalize(CommandIntent())

    def cancel_run(self) -> None:
        if not (self.can_run and self.presenter.can("cancel")):
            return
        reason = ask_text(self, self.tr("Cancel the run"), self.tr("Why cancel this run?"))
        if reason is not None:
            self.presenter.cancel(CommandIntent(), reason)

    def print_summary(self) -> None:
        if not self.presenter.can("summary"):
            return
        name = self.presenter.default_summary_name()
        if self.summary_folder is not None:
            path = self.summary_folder / name
        else:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save the summary"), str(Path.home() / name), "PDF (*.pdf)"
            )
            if not chosen:
                return
            path = Path(chosen)
        self.presenter.print_summary(path, self.agency_name, self.batch_name)

    def _summary_printed(self, path: str) -> None:
        self.updated_label.setText(self.tr("Summary saved: %1").replace("%1", path))
