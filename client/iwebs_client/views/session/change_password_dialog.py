"""Password change: forced after a one-time password, or asked by the user."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from iwebs_client.backend.client_types import BackendError
from iwebs_client.presenters.login_presenter import LoginPresenter
from iwebs_client.views.common.dialog_buttons import submit_cancel_buttons
from iwebs_client.views.common.error_display import FieldErrors, error_label


class ChangePasswordDialog(QDialog):
    def __init__(
        self, presenter: LoginPresenter, forced: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Change your password"))
        self.setMinimumWidth(440)
        intro = QLabel(
            self.tr("You must choose a new password before you continue.")
            if forced
            else self.tr("Choose a new password.")
        )
        intro.setWordWrap(True)
        self.current_edit = _password_edit("currentPasswordEdit")
        self.new_edit = _password_edit("newPasswordEdit")
        self.confirmation_edit = _password_edit("confirmationEdit")
        labels = {k: error_label() for k in ("current_password", "new_password", "confirmation")}
        self.general_error = error_label()
        self.errors = FieldErrors(labels, self.general_error)

        form = QFormLayout()
        for text, edit, key in (
            (self.tr("&Current password:"), self.current_edit, "current_password"),
            (self.tr("&New password:"), self.new_edit, "new_password"),
            (self.tr("C&onfirm the new password:"), self.confirmation_edit, "confirmation"),
        ):
            label = QLabel(text)
            label.setBuddy(edit)
            form.addRow(label, edit)
            form.addRow("", labels[key])

        self.buttons = submit_cancel_buttons(
            self, self.submit, self.tr("C&hange"), self.tr("Cancel")
        )

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.current_edit, self.new_edit)
        self.setTabOrder(self.new_edit, self.confirmation_edit)
        self.current_edit.setFocus()

        presenter.busy_changed.connect(lambda busy: self.buttons.setEnabled(not busy))
        presenter.failed.connect(self._failed)

    def submit(self) -> None:
        current = self.current_edit.text()
        new, confirmation = self.new_edit.text(), self.confirmation_edit.text()
        problems = self.presenter.validate_new_password(current, new, confirmation)
        self.errors.show_problems(problems)
        if not problems:
            self.presenter.change_password(current, new, confirmation)

    def _failed(self, error: object) -> None:
        if isinstance(error, BackendError):
            self.errors.show_error(error)


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit
