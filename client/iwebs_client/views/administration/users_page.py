"""Users screen: list; create, edit, reset password, lock/unlock, disable/enable."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from iwebs.v1 import administration_pb2
from iwebs_client.backend.client_types import BackendError
from iwebs_client.presenters.presenter_base import CommandIntent
from iwebs_client.presenters.service_ports import User
from iwebs_client.presenters.user_admin_presenter import UserAdminPresenter
from iwebs_client.views.administration.user_dialog import UserDialog
from iwebs_client.views.common.error_display import show_error
from iwebs_client.views.common.list_page import ListPage
from iwebs_client.views.common.one_time_secret_dialog import OneTimeSecretDialog
from iwebs_client.views.common.reason_prompt import ask_text


class UsersPage(ListPage):
    def __init__(
        self, presenter: UserAdminPresenter, can_manage: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Users"), presenter.model, parent)
        self.presenter = presenter
        self.can_manage = can_manage
        self.dialog: UserDialog | None = None
        if can_manage:
            self.new_button = self.add_action(self.tr("&New user..."), self.new_user, False)
            self.add_action(self.tr("&Edit..."), self.edit_user)
            self.add_action(self.tr("&Reset password"), self.reset_password)
            self.add_action(self.tr("Loc&k"), self.lock, enabled_for=lambda u: not u.locked)
            self.add_action(self.tr("&Unlock"), self.unlock, enabled_for=lambda u: u.locked)
            self.add_action(self.tr("&Disable"), self.disable, enabled_for=_is_active)
            self.add_action(
                self.tr("En&able"), self.enable, enabled_for=lambda u: not _is_active(u)
            )
        presenter.created.connect(self._show_one_time_password)
        presenter.password_reset.connect(self._show_one_time_password)
        presenter.approval_requested.connect(self._approval_requested)
        presenter.failed.connect(self._failed)
        presenter.reload()

    def activated(self) -> None:
        if self.can_manage:
            self.edit_user()

    def new_user(self) -> None:
        self._open_dialog(None)

    def edit_user(self) -> None:
        user = self.selected_item()
        if user is not None:
            self._open_dialog(user)

    def _open_dialog(self, user: User | None) -> None:
        self.dialog = UserDialog(self.presenter, user, self)
        self.dialog.open()

    def reset_password(self) -> None:
        user = self.selected_item()
        if user is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Reset password"),
            self.tr("Give %1 a new one-time password?").replace("%1", user.login),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.presenter.reset_password(CommandIntent(), user)

    def lock(self) -> None:
        self._with_reason(self.tr("Lock the account"), self.presenter.lock)

    def unlock(self) -> None:
        self._with_reason(self.tr("Unlock the account"), self.presenter.unlock)

    def disable(self) -> None:
        self._with_reason(self.tr("Disable the account"), self.presenter.disable)

    def enable(self) -> None:
        user = self.selected_item()
        if user is not None:
            self.presenter.enable(CommandIntent(), user)

    def _with_reason(self, title: str, command: object) -> None:
        user = self.selected_item()
        if user is None:
            return
        reason = ask_text(self, title, self.tr("Reason:"))
        if reason is not None and callable(command):
            command(CommandIntent(), user, reason)

    def _show_one_time_password(self, user: User, password: str) -> None:
        OneTimeSecretDialog(
            self.tr("One-time password"),
            self.tr(
                "Give this one-time password to %1. It must be changed at first login."
            ).replace("%1", user.login),
            password,
            self,
        ).open()

    def _approval_requested(self, user: User, _approval_id: str) -> None:
        QMessageBox.information(
            self,
            self.tr("Approval needed"),
            self.tr(
                "Unlocking %1 needs a second administrator's approval. The request was sent."
            ).replace("%1", user.login),
        )

    def _failed(self, error: BackendError) -> None:
        if self.dialog is None or not self.dialog.isVisible():
            show_error(self, error, retry=self.presenter.retry_last)


def _is_active(user: User) -> bool:
    return bool(user.status != administration_pb2.USER_STATUS_DISABLED)
