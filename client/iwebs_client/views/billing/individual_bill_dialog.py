"""Bills one subscription of the account (FAC-1 individual billing): the subscription, the
period; "Preview" computes the bill and writes nothing, "Issue" issues it (numbered and
posted). "Final bill" bills a terminated subscription up to its last day (the period's end;
the deposit settles it when it is the account's last live subscription). Enter previews,
Ctrl+Enter issues, Esc closes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iwebs_client.backend.client_types import BackendError
from iwebs_client.presenters import bill_rows as rows
from iwebs_client.presenters.bill_account_presenter import BillAccountPresenter
from iwebs_client.presenters.bill_ports import IndividualBillResult
from iwebs_client.presenters.billing_batch_presenter import month_period
from iwebs_client.presenters.error_messages import error_text
from iwebs_client.presenters.presenter_base import CommandIntent


def _date_edit(value: dt.date, name: str) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit


def _date_of(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


class IndividualBillDialog(QDialog):
    def __init__(self, presenter: BillAccountPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.intent = CommandIntent()  # the run's id: kept until the bill is issued
        self.setObjectName("individualBillDialog")
        self.setWindowTitle(self.tr("Bill a subscription"))
        self.setMinimumWidth(520)
        self.subscription_combo = QComboBox()
        self.subscription_combo.setObjectName("subscriptionChoice")
        for subscription in presenter.subscriptions:
            self.subscription_combo.addItem(
                rows.subscription_text(subscription), subscription.subscription_id
            )
        period = month_period(dt.datetime.now().astimezone().date())
        assert period.period_start is not None and period.period_end is not None
        self.start_edit = _date_edit(period.period_start, "individualStart")
        self.end_edit = _date_edit(period.period_end, "individualEnd")
        self.final_check = QCheckBox(self.tr("F&inal bill (terminated subscription)"))
        self.final_check.setObjectName("finalBill")
        # a final bill runs to the termination date (and the meter's removal index): the
        # server takes the span, the dates here do not apply
        self.final_check.toggled.connect(self._final_toggled)
        self.result_label = QLabel()
        self.result_label.setObjectName("individualResult")
        self.result_label.setWordWrap(True)
        form = QFormLayout()
        for title, widget in (
            (self.tr("&Subscription:"), self.subscription_combo),
            (self.tr("&From:"), self.start_edit),
            (self.tr("&To (included):"), self.end_edit),
            ("", self.final_check),
        ):
            label = QLabel(title)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QDialogButtonBox()
        self.preview_button = QPushButton(self.tr("&Preview (Enter)"))
        self.preview_button.setDefault(True)
        self.issue_button = QPushButton(self.tr("&Issue the bill (Ctrl+Enter)"))
        close = QPushButton(self.tr("Close"))
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.issue_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        self.preview_button.clicked.connect(lambda: self.send(preview=True))
        self.issue_button.clicked.connect(lambda: self.send(preview=False))
        close.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, lambda: self.send(preview=False))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self._issuing = False
        presenter.individual_result.connect(self._result)
        presenter.final_deposit.connect(self._deposit)
        presenter.failed.connect(self._failed)
        self.subscription_combo.setFocus()

    def send(self, preview: bool) -> None:
        self._issuing = not preview
        subscription_id = str(self.subscription_combo.currentData() or "")
        if self.final_check.isChecked():
            problem = self.presenter.final_bill(self.intent, subscription_id, None, preview)
        else:
            problem = self.presenter.bill_subscription(
                self.intent,
                subscription_id,
                _date_of(self.start_edit),
                _date_of(self.end_edit),
                preview,
            )
        self.result_label.setText(problem)

    def _final_toggled(self, on: bool) -> None:
        self.start_edit.setEnabled(not on)
        self.end_edit.setEnabled(not on)

    def _deposit(self, answer: object) -> None:
        text = rows.deposit_text(answer)  # type: ignore[arg-type]
        if text:
            self.result_label.setText(self.result_label.text() + "\n" + text)

    def _result(self, result: IndividualBillResult) -> None:
        self.result_label.setText(rows.individual_text(result))
        if not result.preview:
            self.issue_button.setEnabled(False)
            self.preview_button.setEnabled(False)

    def _failed(self, error: BackendError) -> None:
        if self.isVisible():
            self.result_label.setText(error_text(error))

    def done(self, result: int) -> None:
        self.presenter.individual_result.disconnect(self._result)
        self.presenter.final_deposit.disconnect(self._deposit)
        self.presenter.failed.disconnect(self._failed)
        super().done(result)
