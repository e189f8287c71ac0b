"""Login: the workstation and server are shown so the clerk knows where they sign in."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
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


class LoginDialog(QDialog):
    def __init__(
        self,
        presenter: LoginPresenter,
        workstation_name: str,
        server_address: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("iWEBS - Log in"))
        self.setMinimumWidth(420)
        title = QLabel(self.tr("Welcome to iWEBS"))
        title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        where = QLabel(
            self.tr("Workstation %1 - server %2")
            .replace("%1", workstation_name)
            .replace("%2", server_address)
        )
        where.setObjectName("workstationLabel")
        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("loginEdit")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label()
        self.error.setObjectName("loginError")
        self.errors = FieldErrors({}, self.error)

        form = QFormLayout()
        login_label = QLabel(self.tr("&Login:"))
        login_label.setBuddy(self.login_edit)
        password_label = QLabel(self.tr("&Password:"))
        password_label.setBuddy(self.password_edit)
        form.addRow(login_label, self.login_edit)
        form.addRow(password_label, self.password_edit)

        self.buttons = submit_cancel_buttons(
            self, self.submit, self.tr("Log &in"), self.tr("&Quit")
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.login_edit, self.password_edit)
        self.login_edit.setFocus()

        presenter.busy_changed.connect(lambda busy: self.buttons.setEnabled(not busy))
        presenter.failed.connect(self._failed)

    def submit(self) -> None:
        self.errors.clear()
        login, password = self.login_edit.text(), self.password_edit.text()
        if not self.presenter.can_submit_login(login, password):
            self.errors.show_problems({"": self.tr("Enter your login and password.")})
            return
        self.presenter.login(login, password)

    def _failed(self, error: object) -> None:
        if isinstance(error, BackendError):
            self.errors.show_error(error)
        self.password_edit.clear()
        self.password_edit.setFocus()
