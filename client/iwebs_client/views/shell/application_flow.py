"""From start to work: enrollment if needed, login, forced password change, main window."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from iwebs_client.backend.client_types import BackendError
from iwebs_client.presenters.enrollment_presenter import EnrollmentForm, EnrollmentPresenter
from iwebs_client.presenters.login_presenter import LoginPresenter
from iwebs_client.presenters.main_window_presenter import MainWindowPresenter
from iwebs_client.presenters.service_ports import ClientServices, SessionInfo
from iwebs_client.tasks import TaskRunner
from iwebs_client.views.common.error_display import FieldErrors, show_error
from iwebs_client.views.enrollment.enrollment_dialog import EnrollmentDialog
from iwebs_client.views.session.change_password_dialog import ChangePasswordDialog
from iwebs_client.views.session.login_dialog import LoginDialog
from iwebs_client.views.shell.main_window import MainWindow
from iwebs_client.views.shell.screen_factory import ScreenFactory

_log = logging.getLogger(__name__)


class ApplicationFlow(QObject):
    """Owns the top-level windows; every step is signal-driven (no nested event loops)."""

    finished = Signal()

    def __init__(
        self,
        services: ClientServices,
        tasks: TaskRunner,
        enrollment_defaults: EnrollmentForm,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.enrollment_defaults = enrollment_defaults
        self.enrollment_dialog: EnrollmentDialog | None = None
        self.login_dialog: LoginDialog | None = None
        self.change_password_dialog: ChangePasswordDialog | None = None
        self.main_window: MainWindow | None = None
        self._login_presenter: LoginPresenter | None = None

    def start(self) -> None:
        if self.services.is_enrolled():
            self._connect()
        else:
            self.show_enrollment()

    def show_enrollment(self) -> None:
        presenter = EnrollmentPresenter(self.services, self.tasks, self)
        dialog = EnrollmentDialog(presenter, self.enrollment_defaults)
        dialog.accepted.connect(self._connect)
        dialog.rejected.connect(self.finished.emit)
        self.enrollment_dialog = dialog
        dialog.show()

    def _connect(self) -> None:
        """Opens the channel and renews the certificate when due, then asks for the login."""
        services = self.services

        def connect_and_renew() -> None:
            services.connect()
            try:
                services.renew_certificate_if_due()
            except BackendError as err:  # not fatal: the current certificate still works
                _log.warning("certificate renewal failed: %s", err)

        self.tasks.run(connect_and_renew, lambda _: self.show_login(), self._connect_failed)

    def _connect_failed(self, error: BackendError) -> None:
        show_error(None, error)
        self.finished.emit()

    def show_login(self, reason: BackendError | None = None) -> None:
        identity = self.services.identity
        presenter = LoginPresenter(self.services, self.tasks, self)
        dialog = LoginDialog(
            presenter,
            identity.workstation_name if identity else "",
            identity.server_address if identity else "",
        )
        presenter.logged_in.connect(self._logged_in)
        presenter.password_change_required.connect(self._password_change_required)
        dialog.rejected.connect(self.finished.emit)
        if reason is not None:
            FieldErrors({}, dialog.error).show_error(reason)
        self._login_presenter = presenter
        self.login_dialog = dialog
        dialog.show()

    def _password_change_required(self, _session: SessionInfo) -> None:
        self._close_login()
        self.show_change_password(forced=True)

    def show_change_password(self, forced: bool, parent: QWidget | None = None) -> None:
        presenter = LoginPresenter(self.services, self.tasks, self)
        dialog = ChangePasswordDialog(presenter, forced, parent)
        self.change_password_dialog = dialog
        if forced:
            presenter.logged_in.connect(self._logged_in)
            dialog.rejected.connect(self._forced_change_cancelled)
        else:
            presenter.logged_in.connect(self._password_changed)
        presenter.logged_in.connect(lambda _s: dialog.accept())
        dialog.show()

    def _forced_change_cancelled(self) -> None:
        self.tasks.run(self.services.sessions.logout, lambda _: None, lambda _: None)
        self.show_login()

    def _password_changed(self, session: SessionInfo) -> None:
        if self.main_window is not None:
            self.main_window.presenter.session = session

    def _logged_in(self, session: SessionInfo) -> None:
        self._close_login()
        presenter = MainWindowPresenter(self.services, self.tasks, session, self)
        factory = ScreenFactory(self.services, self.tasks, session)
        window = MainWindow(presenter, factory.create)
        factory.navigator.screen_requested.connect(window.show_screen)
        presenter.session_ended.connect(self._session_ended)
        window.change_password_requested.connect(
            lambda: self.show_change_password(forced=False, parent=window)
        )
        window.quit_requested.connect(self._quit)
        self.main_window = window
        presenter.start()
        window.show()

    def _session_ended(self, error: BackendError | None) -> None:
        if self.main_window is not None:
            self.main_window.close()
            self.main_window.deleteLater()
            self.main_window = None
        self.show_login(error)

    def _quit(self) -> None:
        if self.main_window is not None:
            self.main_window.presenter.stop()
            self.main_window.close()
        self.tasks.run(self.services.sessions.logout, lambda _: None, lambda _: None)
        self.finished.emit()

    def _close_login(self) -> None:
        if self.login_dialog is not None:
            self.login_dialog.done(QDialog.DialogCode.Accepted)
            self.login_dialog.deleteLater()
            self.login_dialog = None
