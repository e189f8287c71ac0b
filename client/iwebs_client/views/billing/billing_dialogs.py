"""The batch dialog (code, name, service, periodicity, tariff categories, rounds) and the
new-run dialog (period label, first and last day, bill date). Enter submits, Esc cancels;
problems show under their field, the server's violations too."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iwebs_client.backend.client_types import BackendError
from iwebs_client.presenters import bill_run_rows as rows
from iwebs_client.presenters.bill_run_ports import BillingBatch, BillRun
from iwebs_client.presenters.billing_batch_presenter import (
    BatchForm,
    BillingBatchPresenter,
    RunForm,
    month_period,
)
from iwebs_client.presenters.presenter_base import CommandIntent
from iwebs_client.views.common.dialog_buttons import submit_cancel_buttons
from iwebs_client.views.common.error_display import FieldErrors, error_label


def _checked_list(choices: list[tuple[str, str]], chosen: list[str], name: str) -> QListWidget:
    widget = QListWidget()
    widget.setObjectName(name)
    widget.setMaximumHeight(130)
    known = {code for code, _text in choices}
    for code, text in [*choices, *((c, c) for c in chosen if c not in known)]:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def _checked_codes(widget: QListWidget) -> list[str]:
    return [
        str(widget.item(row).data(Qt.ItemDataRole.UserRole))
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    ]


def _combo(choices: list[tuple[str, str]], current: str, name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for code, text in choices:
        combo.addItem(text, code)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


class BatchDialog(QDialog):
    """Creates a batch (`batch` None) or edits one (its code and agency stay)."""

    def __init__(
        self,
        presenter: BillingBatchPresenter,
        batch: BillingBatch | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.batch = batch
        self.intent = CommandIntent()
        self.setObjectName("batchDialog")
        self.setWindowTitle(self.tr("New billing batch") if batch is None else self.tr("Batch"))
        self.setMinimumWidth(520)
        self.code_edit = QLineEdit(batch.code if batch else "")
        self.code_edit.setObjectName("batchCode")
        self.code_edit.setMaxLength(32)
        self.code_edit.setEnabled(batch is None)
        self.name_edit = QLineEdit(batch.name if batch else "")
        self.name_edit.setObjectName("batchName")
        self.service_combo = _combo(
            rows.service_choices(), batch.service if batch else "", "batchService"
        )
        self.periodicity_combo = _combo(
            rows.periodicity_choices(),
            batch.billing_periodicity if batch else "",
            "batchPeriodicity",
        )
        self.categories_list = _checked_list(
            presenter.tariff_categories,
            list(batch.tariff_category_codes) if batch else [],
            "batchCategories",
        )
        self.rounds_list = _checked_list(
            presenter.rounds, list(batch.round_ids) if batch else [], "batchRounds"
        )
        labels = {
            "code": error_label(),
            "name": error_label(),
            "service": error_label(),
            "billing_periodicity": error_label(),
            "tariff_category_codes": error_label(),
            "round_ids": error_label(),
        }
        general = error_label()
        self.errors = FieldErrors(
            {**labels, **{f"batch.{k}": v for k, v in labels.items()}}, general
        )
        form = QFormLayout()
        for title, widget, key in (
            (self.tr("&Code:"), self.code_edit, "code"),
            (self.tr("&Name:"), self.name_edit, "name"),
            (self.tr("&Service:"), self.service_combo, "service"),
            (self.tr("&Periodicity:"), self.periodicity_combo, "billing_periodicity"),
            (
                self.tr("Tariff &categories (none: any):"),
                self.categories_list,
                "tariff_category_codes",
            ),
            (self.tr("&Rounds (none: any):"), self.rounds_list, "round_ids"),
        ):
            box = QVBoxLayout()
            box.addWidget(widget)
            box.addWidget(labels[key])
            label = QLabel(title)
            label.setBuddy(widget)
            form.addRow(label, box)
        buttons = submit_cancel_buttons(self, self.submit, self.tr("&Save"), self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(buttons)
        presenter.batch_saved.connect(self._saved)
        presenter.failed.connect(self._failed)
        (self.code_edit if batch is None else self.name_edit).setFocus()

    def form(self) -> BatchForm:
        return BatchForm(
            code=self.code_edit.text(),
            name=self.name_edit.text(),
            service=str(self.service_combo.currentData() or ""),
            billing_periodicity=str(self.periodicity_combo.currentData() or ""),
            tariff_category_codes=_checked_codes(self.categories_list),
            round_ids=_checked_codes(self.rounds_list),
        )

    def submit(self) -> None:
        problems = self.presenter.save_batch(self.intent, self.form(), self.batch)
        if problems:
            self.errors.show_problems(problems)
        else:
            self.errors.clear()

    def _saved(self, _batch: BillingBatch) -> None:
        if self.isVisible():
            self.accept()

    def _failed(self, error: BackendError) -> None:
        if self.isVisible():
            self.errors.show_error(error)

    def done(self, result: int) -> None:
        self.presenter.batch_saved.disconnect(self._saved)
        self.presenter.failed.disconnect(self._failed)
        super().done(result)


def _date_edit(value: dt.date | None, name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    if value is not None:
        edit.setDate(QDate(value.year, value.month, value.day))
    return edit


def _date_of(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


class NewRunDialog(QDialog):
    """Bills a batch for a period: the run is created and its simulation starts at once."""

    def __init__(
        self,
        presenter: BillingBatchPresenter,
        batch: BillingBatch,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.batch = batch
        self.intent = CommandIntent()
        self.setObjectName("newRunDialog")
        self.setWindowTitle(self.tr("New bill run"))
        self.setMinimumWidth(460)
        proposal = month_period(today or dt.datetime.now().astimezone().date())
        self.label_edit = QLineEdit(proposal.period_label)
        self.label_edit.setObjectName("periodLabel")
        self.start_edit = _date_edit(proposal.period_start, "periodStart")
        self.end_edit = _date_edit(proposal.period_end, "periodEnd")
        self.today_check = QCheckBox(self.tr("Bill &date today"))
        self.today_check.setObjectName("billDateToday")
        self.today_check.setChecked(True)
        self.bill_date_edit = _date_edit(today or dt.datetime.now().astimezone().date(), "billDate")
        self.bill_date_edit.setEnabled(False)
        self.today_check.toggled.connect(lambda on: self.bill_date_edit.setEnabled(not on))
        labels = {
            "period_label": error_label(),
            "period_end": error_label(),
            "bill_date": error_label(),
        }
        general = error_label()
        self.errors = FieldErrors({**labels, "period_start": labels["period_end"]}, general)
        form = QFormLayout()
        form.addRow(QLabel(self.tr("Batch:")), QLabel(f"<b>{batch.code}</b> — {batch.name}"))
        for title, widget, key in (
            (self.tr("&Period:"), self.label_edit, "period_label"),
            (self.tr("&From:"), self.start_edit, ""),
            (self.tr("&To (included):"), self.end_edit, "period_end"),
            ("", self.today_check, ""),
            (self.tr("&Bill date:"), self.bill_date_edit, "bill_date"),
        ):
            box = QVBoxLayout()
            box.addWidget(widget)
            if key:
                box.addWidget(labels[key])
            label = QLabel(title)
            label.setBuddy(widget)
            form.addRow(label, box)
        note = QLabel(
            self.tr(
                "The run is first a simulation: nothing is numbered or posted until you "
                "finalize it after the review."
            )
        )
        note.setWordWrap(True)
        buttons = submit_cancel_buttons(self, self.submit, self.tr("&Simulate"), self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(general)
        layout.addWidget(buttons)
        presenter.run_created.connect(self._created)
        presenter.failed.connect(self._failed)
        self.label_edit.setFocus()

    def form(self) -> RunForm:
        return RunForm(
            period_label=self.label_edit.text(),
            period_start=_date_of(self.start_edit),
            period_end=_date_of(self.end_edit),
            bill_date=None if self.today_check.isChecked() else _date_of(self.bill_date_edit),
        )

    def submit(self) -> None:
        problems = self.presenter.create_run(self.intent, self.batch, self.form())
        if problems:
            self.errors.show_problems(problems)
        else:
            self.errors.clear()

    def _created(self, _run: BillRun) -> None:
        if self.isVisible():
            self.accept()

    def _failed(self, error: BackendError) -> None:
        if self.isVisible():
            self.errors.show_error(error)

    def done(self, result: int) -> None:
        self.presenter.run_created.disconnect(self._created)
        self.presenter.failed.disconnect(self._failed)
        super().done(result)
