"""Key screens offscreen, in French, without a server (the network failure is real)."""

from __future__ import annotations

import socket
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from iwebs.v1 import session_pb2
from iwebs_client.backend.client_backend import ClientBackend
from iwebs_client.presenters.enrollment_presenter import EnrollmentForm, EnrollmentPresenter
from iwebs_client.presenters.main_window_presenter import MainWindowPresenter
from iwebs_client.tasks import TaskRunner
from iwebs_client.views.enrollment.enrollment_dialog import EnrollmentDialog
from iwebs_client.views.shell.main_window import MainWindow

CA_PEM = """-----BEGIN CERTIFICATE-----
MIIBdzCCAR2gAwIBAgIUeTest
-----END CERTIFICATE-----
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_enrollment_dialog_checks_fields_in_french(qtbot, french, config_dir: Path) -> None:
    presenter = EnrollmentPresenter(ClientBackend(config_dir), TaskRunner())
    dialog = EnrollmentDialog(presenter, EnrollmentForm("", 50443, 50444, "", ""))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Enregistrer ce poste de travail"
    dialog.submit()
    assert dialog.errors.text_of("server_host") == "Saisissez l'adresse du serveur."
    assert dialog.errors.text_of("enrollment_code") == "Saisissez le code d'enregistrement."


def test_enrollment_against_an_unreachable_server_says_so(
    qtbot, french, config_dir: Path, tmp_path: Path
) -> None:
    from iwebs_client.backend.credentials_store import CredentialsStore

    ca_file = tmp_path / "ca.crt"
    ca_file.write_text(CA_PEM)
    presenter = EnrollmentPresenter(ClientBackend(config_dir), TaskRunner())
    form = EnrollmentForm("127.0.0.1", _free_port(), _free_port(), "ABCDE", str(ca_file))
    dialog = EnrollmentDialog(presenter, form)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.code_edit.setFocus()
    with qtbot.waitSignal(presenter.failed, timeout=15_000):
        qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
    assert "injoignable" in dialog.general_error.text()
    assert not CredentialsStore(config_dir).has_identity()


def _session(rights: list[str]) -> session_pb2.SessionInfo:
    return session_pb2.SessionInfo(
        login="awa",
        display_name="Awa Diop",
        profile_name="Caissier",
        rights=rights,
        workstation_name="DKR-GUICHET-1",
        workstation_agency_name="Dakar Plateau",
    )


def _window(qtbot, rights: list[str]) -> MainWindow:
    services = SimpleNamespace(identity=None, sessions=None)
    presenter = MainWindowPresenter(services, TaskRunner(), _session(rights))  # type: ignore[arg-type]
    window = MainWindow(presenter, lambda key, _manage: QLabel(key))
    qtbot.addWidget(window)
    return window


def test_a_profile_without_screens_sees_a_friendly_page(qtbot, french) -> None:
    window = _window(qtbot, ["billing.approve"])  # a right without a screen of its own
    assert window.visible_screen_keys == []
    assert window.current_page() is window.no_module_page
    assert [a.text() for a in window.menuBar().actions()] == ["&Fichier"]
    assert "Poste : DKR-GUICHET-1" in window.status.workstation_label.text()


def test_menus_follow_the_rights(qtbot, french) -> None:
    window = _window(qtbot, ["admin.users.read", "admin.audit.read", "approvals.read"])
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Fichier", "&Administration", "&Validations"]
    assert window.visible_screen_keys == ["users", "audit", "approvals"]
    window.show_screen("audit")
    page = window.current_page()
    assert isinstance(page, QLabel) and page.text() == "audit"


def test_status_bar_shows_the_workstation_agency_and_the_scope_as_tooltip(qtbot, french) -> None:
    session = _session(["admin.users.read"])
    session.all_agencies = True
    services = SimpleNamespace(identity=None, sessions=None)
    presenter = MainWindowPresenter(services, TaskRunner(), session)  # type: ignore[arg-type]
    window = MainWindow(presenter, lambda key, _manage: QLabel(key))
    qtbot.addWidget(window)
    assert window.status.agency_label.text() == "Agence : Dakar Plateau"
    assert window.status.agency_label.toolTip() == "Périmètre : toutes les agences"
