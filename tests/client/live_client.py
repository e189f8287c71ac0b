"""What the live client tests share: a client backend enrolled on a new workstation of the
live server, and the real application flow up to a user's main window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from iwebs_client.backend.client_backend import ClientBackend
from iwebs_client.presenters.enrollment_presenter import EnrollmentForm, enroll_with_form
from iwebs_client.tasks import TaskRunner
from iwebs_client.views.shell.application_flow import ApplicationFlow
from iwebs_client.views.shell.main_window import MainWindow


def enrolled_backend(
    server: Any, config_dir: Path, name: str, agency_code: str = "DKR"
) -> ClientBackend:
    """A client backend enrolled on a new workstation `name` of the agency."""
    ca_file = config_dir.parent / f"{config_dir.name}-ca.crt"
    ca_file.write_text(server.ca_cert_pem)
    config_dir.mkdir(parents=True, exist_ok=True)
    backend = ClientBackend(config_dir)
    code = server.issue_enrollment_code(agency_code=agency_code, name=name)
    form = EnrollmentForm(server.host, server.port, server.enrollment_port, code, str(ca_file))
    enroll_with_form(backend, form)
    return backend


def main_window(qtbot: Any, backend: ClientBackend, login: str, password: str) -> MainWindow:
    """The real application flow: login dialog, then the main window of `login`."""
    flow = ApplicationFlow(backend, TaskRunner(), EnrollmentForm("", 0, 0, "", ""))
    flow.start()
    qtbot.waitUntil(lambda: flow.login_dialog is not None, timeout=15_000)
    dialog = flow.login_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.login_edit, login)
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.main_window is not None, timeout=15_000)
    window = flow.main_window
    assert window is not None
    qtbot.addWidget(window)
    window._flow = flow  # type: ignore[attr-defined]  # keep the flow alive with the window
    return window
