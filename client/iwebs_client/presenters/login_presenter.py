"""Login and the forced (or voluntary) password change."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from iwebs_client.presenters.presenter_base import PresenterBase
from iwebs_client.presenters.service_ports import ClientServices, SessionInfo
from iwebs_client.tasks import TaskRunner


class LoginPresenter(PresenterBase):
    logged_in = Signal(object)  # SessionInfo, ready to work
    password_change_required = Signal(object)  # SessionInfo with must_change_password

    def __init__(
        self, services: ClientServices, tasks: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(tasks, parent)
        self._services = services

    def can_submit_login(self, login: str, password: str) -> bool:
        return bool(login.strip()) and bool(password) and not self.busy

    def login(self, login: str, password: str) -> bool:
        if not self.can_submit_login(login, password):
            return False
        sessions = self._services.sessions
        self._run(lambda: sessions.login(login.strip(), password), self._after_login)
        return True

    def _after_login(self, session: SessionInfo) -> None:
        if session.must_change_password:
            self.password_change_required.emit(session)
        else:
            self.logged_in.emit(session)

    def validate_new_password(self, current: str, new: str, confirmation: str) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not current:
            problems["current_password"] = self.tr("Enter your current password.")
        if not new:
            problems["new_password"] = self.tr("Enter a new password.")
        elif new == current:
            problems["new_password"] = self.tr("The new password must differ from the current one.")
        if new != confirmation:
            problems["confirmation"] = self.tr("The two new passwords differ.")
        return problems

    def change_password(self, current: str, new: str, confirmation: str) -> bool:
        if self.busy or self.validate_new_password(current, new, confirmation):
            return False
        sessions = self._services.sessions
        self._run(lambda: sessions.change_password(current, new), self.logged_in.emit)
        return True
