"""The shell: the signed-in user, the modules their rights allow, the connection state."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from iwebs_client.backend.client_types import BackendError
from iwebs_client.presenters import module_catalog
from iwebs_client.presenters.presenter_base import PresenterBase
from iwebs_client.presenters.service_ports import ClientServices, SessionInfo
from iwebs_client.tasks import TaskRunner

PING_INTERVAL_MS = 30_000
_SESSION_ENDING_REASONS = {
    "SESSION_REQUIRED",
    "SESSION_EXPIRED",
    "SESSION_REVOKED",
    "SESSION_WORKSTATION_MISMATCH",
}


class MainWindowPresenter(PresenterBase):
    connection_changed = Signal(bool)
    session_changed = Signal(object)  # SessionInfo
    session_ended = Signal(object)  # BackendError that ended it, or None on logout

    def __init__(
        self,
        services: ClientServices,
        tasks: TaskRunner,
        session: SessionInfo,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(tasks, parent)
        self._services = services
        self.session = session
        self.connected = True
        self._ping = QTimer(self)
        self._ping.setInterval(PING_INTERVAL_MS)
        self._ping.timeout.connect(self.ping)
        tasks.task_failed.connect(self._on_any_failure)
        tasks.task_succeeded.connect(lambda: self._set_connected(True))

    def start(self) -> None:
        self._ping.start()

    def stop(self) -> None:
        self._ping.stop()

    @property
    def modules(self) -> list[tuple[str, list[module_catalog.ScreenEntry]]]:
        return module_catalog.visible_modules(self.session.rights)

    @property
    def home_screen(self) -> str:
        return module_catalog.home_screen(self.session.rights)

    def can_manage(self, screen_key: str) -> bool:
        return module_catalog.can_manage(self.session.rights, screen_key)

    @property
    def server_address(self) -> str:
        identity = self._services.identity
        return identity.server_address if identity else ""

    def user_text(self) -> str:
        name = self.session.display_name or self.session.login
        return f"{name} ({self.session.profile_name or self.session.profile_code})"

    def agency_text(self) -> str:
        """The agency of this workstation: the one a counter works for."""
        if self.session.workstation_agency_name:
            return self.session.workstation_agency_name
        if self.session.all_agencies:
            return self.tr("All agencies")
        return ""

    def scope_text(self) -> str:
        """The user's scope of action, for the agency's tooltip."""
        session = self.session
        agencies = set(session.agency_ids)
        if session.all_agencies:
            return self.tr("Scope: all agencies")
        if not agencies:
            return self.tr("Scope: no agency")
        if agencies == {session.workstation_agency_id}:
            return self.tr("Scope: this agency only")
        if len(agencies) == 1:
            scope = self.tr("Scope: one agency")
        else:
            scope = self.tr("Scope: %1 agencies").replace("%1", str(len(agencies)))
        if session.workstation_agency_id not in agencies:
            scope += "\n" + self.tr("The agency of this workstation is outside your scope.")
        return scope

    def ping(self) -> None:
        sessions = self._services.sessions
        self._tasks.run(sessions.get_current_session, self._on_session)

    def logout(self) -> None:
        self.stop()
        sessions = self._services.sessions
        self._tasks.run(
            sessions.logout,
            lambda _: self.session_ended.emit(None),
            lambda _: self.session_ended.emit(None),
        )

    def _on_session(self, session: SessionInfo) -> None:
        self.session = session
        self.session_changed.emit(session)

    def _on_any_failure(self, error: BackendError) -> None:
        if error.is_connection_problem:
            self._set_connected(False)
        elif error.reason in _SESSION_ENDING_REASONS and self._ping.isActive():
            self.stop()
            self.session_ended.emit(error)

    def _set_connected(self, connected: bool) -> None:
        if connected != self.connected:
            self.connected = connected
            self.connection_changed.emit(connected)
