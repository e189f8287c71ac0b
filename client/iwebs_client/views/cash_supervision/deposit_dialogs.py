"""The deposit dialogs (CSH-5): a cash deposit from closed tills, a cheque remittance of the
ticked cheques, the bank's slip of a deposit. Enter submits, Esc cancels; problems show
next to their field; the request id of a dialog is kept across retries."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from iwebs_client.backend.client_types import BackendError
from iwebs_client.presenters import cash_supervision_rows as rows
from iwebs_client.presenters.bank_deposit_presenter import BankDepositPresenter
from iwebs_client.presenters.cash_forms import amount_input_text
from iwebs_client.presenters.cash_supervision_ports import BankDeposit
from iwebs_client.presenters.presenter_base import CommandIntent
from iwebs_client.views.common.dialog_buttons import submit_cancel_buttons
from iwebs_client.views.common.error_display import FieldErrors, error_label

translate = QCoreApplication.translate


def bank_combo(presenter: BankDepositPresenter) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName("bankCombo")
    combo.addItem(translate("DepositDialog", "- choose the bank -"), "")
    for code, label in presenter.banks:
        combo.addItem(f"{label} ({code})" if label != code else code, code)
    return combo


class _DepositDialog(QDialog):
    """What both kinds of deposit share: the bank, a comment, the buttons, the errors."""

    def __init__(self, presenter: BankDepositPresenter, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.intent = CommandIntent()
        self.bank_combo = bank_combo(presenter)
        self.comment_edit = QLineEdit()
        self.comment_edit.setObjectName("depositComment")
        self.labels = {"bank": error_label(), "lines": error_label()}
        self.general_error = error_label()
        self.form = QFormLayout()
        self.form.addRow(translate("DepositDialog", "&Bank:"), self.bank_combo)
        self.form.addRow("", self.labels["bank"])
        self.buttons = submit_cancel_buttons(
            self,
            self.submit,
            translate("DepositDialog", "&Prepare the deposit"),
            translate("DepositDialog", "Cancel"),
        )
        presenter.busy_changed.connect(lambda busy: self.buttons.setEnabled(not busy))
        presenter.failed.connect(self._failed)
        presenter.prepared.connect(lambda _d: self.accept() if self.isVisible() else None)

    def _finish_layout(self) -> None:
        self.form.addRow(translate("DepositDialog", "Co&mment:"), self.comment_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.labels["lines"])
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.errors = FieldErrors(self.labels, self.general_error)

    def bank_code(self) -> str:
        return str(self.bank_combo.currentData() or "")

    def submit(self) -> None:
        raise NotImplementedError

    def error_text(self, field: str) -> str:
        return self.errors.text_of(field)

    def _failed(self, error: object) -> None:
        if isinstance(error, BackendError) and self.isVisible():
            self.errors.show_error(error)


class CashDepositDialog(_DepositDialog):
    """One amount per closed till with cash left, prefilled with what is left."""

    def __init__(self, presenter: BankDepositPresenter, parent: QWidget | None = None) -> None:
        super().__init__(presenter, parent)
        self.setWindowTitle(self.tr("Prepare a cash deposit"))
        self.amount_edits: dict[str, QLineEdit] = {}
        for line in presenter.sessions_with_cash():
            edit = QLineEdit(
                amount_input_text(line.remaining.amount_minor, line.remaining.currency_code)
            )
            edit.setObjectName(f"amount_{line.cash_session_id}")
            self.amount_edits[line.cash_session_id] = edit
            self.labels[line.cash_session_id] = error_label()
            text = (
                self.tr("%1, %2 (left %3):")
                .replace("%1", rows.date_text(line.business_date))
                .replace("%2", line.cashier_login)
                .replace("%3", rows.money(line.remaining))
            )
            self.form.addRow(text, edit)
            self.form.addRow("", self.labels[line.cash_session_id])
        if not self.amount_edits:
            self.form.addRow(QLabel(self.tr("No closed till has cash left to deposit.")))
        self.total_label = QLabel()
        self.total_label.setObjectName("depositTotal")
        self.total_label.setStyleSheet("font-weight: bold;")
        self.form.addRow("", self.total_label)
        for edit in self.amount_edits.values():
            edit.textChanged.connect(self._show_total)
        self._show_total()
        self._finish_layout()

    def amounts(self) -> dict[str, str]:
        return {key: edit.text() for key, edit in self.amount_edits.items()}

    def _show_total(self, *_args: object) -> None:
        self.total_label.setText(self.presenter.cash_deposit_total_text(self.amounts()))

    def submit(self) -> None:
        problems = self.presenter.prepare_cash_deposit(
            self.intent, self.bank_code(), self.amounts(), self.comment_edit.text()
        )
        self.errors.show_problems(problems)


class ChequeRemittanceDialog(_DepositDialog):
    """The ticked cheques go to one bank."""

    def __init__(self, presenter: BankDepositPresenter, parent: QWidget | None = None) -> None:
        super().__init__(presenter, parent)
        self.setWindowTitle(self.tr("Prepare a cheque remittance"))
        self.summary_label = QLabel(presenter.checked_total_text())
        self.summary_label.setObjectName("remittanceSummary")
        self.form.addRow(self.tr("Cheques:"), self.summary_label)
        self._finish_layout()

    def submit(self) -> None:
        problems = self.presenter.prepare_cheque_remittance(
            self.intent, self.bank_code(), self.comment_edit.text()
        )
        self.errors.show_problems(problems)


class SlipDialog(QDialog):
    """The bank's slip of a deposit: its number, its date, the amount credited."""

    def __init__(
        self, presenter: BankDepositPresenter, deposit: BankDeposit, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.deposit = deposit
        self.intent = CommandIntent()
        self.setWindowTitle(
            self.tr("Bank slip of deposit %1").replace("%1", deposit.deposit_number)
        )
        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("slipNumber")
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.credited_edit = QLineEdit(
            amount_input_text(deposit.amount.amount_minor, deposit.amount.currency_code)
        )
        self.credited_edit.setObjectName("slipCredited")
        labels = {"slip_number": error_label(), "credited": error_label()}
        self.general_error = error_label()
        self.errors = FieldErrors(labels, self.general_error)
        form = QFormLayout()
        form.addRow(
            self.tr("Deposit:"), QLabel(f"{deposit.deposit_number} — {rows.money(deposit.amount)}")
        )
        form.addRow(self.tr("Slip &number:"), self.number_edit)
        form.addRow("", labels["slip_number"])
        form.addRow(self.tr("Slip &date:"), self.date_edit)
        form.addRow(self.tr("Amount &credited:"), self.credited_edit)
        form.addRow("", labels["credited"])
        self.buttons = submit_cancel_buttons(
            self, self.submit, self.tr("&Record"), self.tr("Cancel"),
            QDialogButtonBox.StandardButton.Save,
        )  # fmt: skip
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        presenter.busy_changed.connect(lambda busy: self.buttons.setEnabled(not busy))
        presenter.failed.connect(self._failed)
        presenter.slip_recorded.connect(lambda _d: self.accept() if self.isVisible() else None)

    def slip_date(self) -> dt.date:
        value = self.date_edit.date()
        return dt.date(value.year(), value.month(), value.day())

    def submit(self) -> None:
        problems = self.presenter.record_slip(
            self.intent,
            self.deposit,
            self.number_edit.text(),
            self.slip_date(),
            self.credited_edit.text(),
        )
        self.errors.show_problems(problems)

    def _failed(self, error: object) -> None:
        if isinstance(error, BackendError) and self.isVisible():
            self.errors.show_error(error)
