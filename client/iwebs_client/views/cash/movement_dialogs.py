"""Mid-day hand-over to the head cashier (Ctrl+Shift+T) and money out of the till
(Ctrl+Shift+D): CSH-3, CSH-10. A refund pays back the advance of the account chosen on
the payment screen. A disbursement above the agency's threshold waits for an
approval (the page says so: "waiting for approval")."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from iwebs_client.presenters.cash_desk_presenter import CashDeskPresenter
from iwebs_client.views.cash.cash_widgets import AmountEdit
from iwebs_client.views.common.dialog_buttons import submit_cancel_buttons
from iwebs_client.views.common.error_display import error_label


class TransferDialog(QDialog):
    def __init__(self, presenter: CashDeskPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transferDialog")
        self.setWindowTitle(self.tr("Transfer to the head cashier"))
        self.presenter = presenter
        self.amount_edit = AmountEdit()
        self.amount_edit.setObjectName("transferAmount")
        self.comment_edit = QLineEdit()
        self.comment_edit.setObjectName("transferComment")
        self.problem_label = error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Amount:"), self.amount_edit)
        form.addRow(self.tr("&Comment:"), self.comment_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(
            submit_cancel_buttons(self, self.submit, self.tr("&Transfer"), self.tr("Cancel"))
        )

    def submit(self) -> None:
        amount = self.amount_edit.amount()
        if not amount:
            self.problem_label.setText(self.tr("Enter the amount handed over."))
            self.problem_label.show()
            return
        self.presenter.transfer(amount, self.comment_edit.text())
        self.accept()


class DisbursementDialog(QDialog):
    """`account`: (account id, text) of the account chosen on the payment screen, which a
    refund pays back (its advance); without one, a refund cannot be chosen."""

    def __init__(
        self,
        presenter: CashDeskPresenter,
        account: tuple[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.account = account
        self.refunds: set[str] = set()
        self.setObjectName("disbursementDialog")
        self.setWindowTitle(self.tr("Disbursement from the till"))
        self.presenter = presenter
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("disbursementCategory")
        self.amount_edit = AmountEdit()
        self.amount_edit.setObjectName("disbursementAmount")
        self.beneficiary_edit = QLineEdit()
        self.beneficiary_edit.setObjectName("disbursementBeneficiary")
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("disbursementReason")
        self.account_label = QLabel(
            account[1] if account else self.tr("A refund needs an account: choose it first.")
        )
        self.account_label.setObjectName("disbursementAccount")
        self.problem_label = error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Category:"), self.category_combo)
        form.addRow(self.tr("&Amount:"), self.amount_edit)
        form.addRow(self.tr("&Beneficiary:"), self.beneficiary_edit)
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        form.addRow(self.tr("Refunded account:"), self.account_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(
            submit_cancel_buttons(self, self.submit, self.tr("&Pay out"), self.tr("Cancel"))
        )
        presenter.categories_loaded.connect(self._categories)
        presenter.load_categories()

    def _categories(self, categories: list[tuple[str, str, bool]]) -> None:
        self.category_combo.clear()
        self.refunds = {code for code, _label, refund in categories if refund}
        for code, label, _refund in categories:
            self.category_combo.addItem(label, code)

    def submit(self) -> None:
        amount = self.amount_edit.amount()
        problem = ""
        if not self.category_combo.currentData():
            problem = self.tr("Choose a category.")
        elif not amount:
            problem = self.tr("Enter the amount.")
        elif not self.beneficiary_edit.text().strip():
            problem = self.tr("Enter the beneficiary.")
        elif not self.reason_edit.text().strip():
            problem = self.tr("Enter the reason.")
        elif self.category_combo.currentData() in self.refunds and self.account is None:
            problem = self.tr("A refund needs an account: choose it first.")
        if problem or not amount:
            self.problem_label.setText(problem)
            self.problem_label.show()
            return
        refund = self.category_combo.currentData() in self.refunds
        self.presenter.disburse(
            str(self.category_combo.currentData()),
            amount,
            self.beneficiary_edit.text(),
            self.reason_edit.text(),
            self.account[0] if refund and self.account else "",
        )
        self.accept()

    def done(self, result: int) -> None:
        self.presenter.categories_loaded.disconnect(self._categories)
        super().done(result)
