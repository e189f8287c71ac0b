"""The client against the REAL server (the `live_server` fixture): enrollment, login, forced
password change, menus by rights, creating a user with a profile and agencies.

The database backend does not matter to the client: tests/client/conftest.py pins SQLite.
No mock stands in for the server here.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from iwebs_client.backend.client_backend import ClientBackend
from iwebs_client.backend.credentials_store import CredentialsStore
from iwebs_client.presenters.enrollment_presenter import EnrollmentForm, EnrollmentPresenter
from iwebs_client.tasks import TaskRunner
from iwebs_client.views.administration.profiles_page import ProfilesPage
from iwebs_client.views.administration.users_page import UsersPage
from iwebs_client.views.common.one_time_secret_dialog import OneTimeSecretDialog
from iwebs_client.views.enrollment.enrollment_dialog import EnrollmentDialog
from iwebs_client.views.shell.application_flow import ApplicationFlow
from iwebs_server.domain.rights import ALL_CODES

pytestmark = pytest.mark.slow


@pytest.fixture
def server(live_server: Any) -> Any:
    return live_server


@pytest.fixture
def ca_file(server: Any, tmp_path: Path) -> Path:
    path = tmp_path / "ca.crt"
    path.write_text(server.ca_cert_pem)
    return path


def _form(server: Any, ca_file: Path, code: str) -> EnrollmentForm:
    return EnrollmentForm(server.host, server.port, server.enrollment_port, code, str(ca_file))


@pytest.fixture
def enrolled(server: Any, ca_file: Path, config_dir: Path) -> Iterator[ClientBackend]:
    from iwebs_client.presenters.enrollment_presenter import enroll_with_form

    backend = ClientBackend(config_dir)
    code = server.issue_enrollment_code(agency_code="DKR", name=f"TEST-{uuid.uuid4().hex[:8]}")
    enroll_with_form(backend, _form(server, ca_file, code))
    yield backend
    backend.close()


def _flow(qtbot, backend: ClientBackend) -> ApplicationFlow:
    flow = ApplicationFlow(backend, TaskRunner(), EnrollmentForm("", 0, 0, "", ""))
    flow.start()
    qtbot.waitUntil(lambda: flow.login_dialog is not None and flow.login_dialog.isVisible())
    return flow


def _log_in(qtbot, flow: ApplicationFlow, login: str, password: str) -> None:
    dialog = flow.login_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.login_edit, login)
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)


def test_enrollment_dialog_enrolls_this_workstation(
    qtbot, french, server: Any, ca_file: Path, config_dir: Path
) -> None:
    backend = ClientBackend(config_dir)
    presenter = EnrollmentPresenter(backend, TaskRunner())
    code = server.issue_enrollment_code(agency_code="DKR", name="TEST-ENROLL-DIALOG")
    dialog = EnrollmentDialog(presenter, _form(server, ca_file, code))
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(presenter.enrolled, timeout=20_000) as enrolled:
        qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
    assert enrolled.args == ["TEST-ENROLL-DIALOG"]
    assert CredentialsStore(config_dir).has_identity()
    identity = CredentialsStore(config_dir).load_identity()
    assert identity is not None and identity.main_port == server.port
    # the new identity really opens an mTLS session
    session = backend.sessions.login(server.admin_login, server.admin_password)
    assert session.workstation_name == "TEST-ENROLL-DIALOG"
    backend.close()


def test_a_used_enrollment_code_is_refused_with_its_reason(
    qtbot, server: Any, ca_file: Path, tmp_path: Path
) -> None:
    from iwebs_client.backend.client_types import BackendError
    from iwebs_client.presenters.enrollment_presenter import enroll_with_form

    code = server.issue_enrollment_code(agency_code="DKR", name="TEST-CODE-ONCE")
    enroll_with_form(ClientBackend(tmp_path / "first"), _form(server, ca_file, code))
    with pytest.raises(BackendError) as refused:
        enroll_with_form(ClientBackend(tmp_path / "second"), _form(server, ca_file, code))
    assert refused.value.reason == "ENROLLMENT_CODE_INVALID"


def test_login_with_forced_password_change_opens_the_shell(
    qtbot, french, server: Any, enrolled: ClientBackend
) -> None:
    login = f"caisse{uuid.uuid4().hex[:6]}"
    one_time = server.create_user(login, "cashier", ["DKR"])
    flow = _flow(qtbot, enrolled)
    _log_in(qtbot, flow, login, one_time)
    qtbot.waitUntil(lambda: flow.change_password_dialog is not None, timeout=15_000)
    dialog = flow.change_password_dialog
    assert dialog is not None
    new_password = "Baobab-Nouveau-" + uuid.uuid4().hex[:8]
    qtbot.keyClicks(dialog.current_edit, one_time)
    qtbot.keyClicks(dialog.new_edit, new_password)
    qtbot.keyClicks(dialog.confirmation_edit, new_password)
    qtbot.keyClick(dialog.confirmation_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.main_window is not None, timeout=15_000)
    window = flow.main_window
    assert window is not None
    qtbot.addWidget(window)
    # a cashier reads customers (customers.read): search and 360 view, and her cash desk
    assert window.visible_screen_keys == ["customer_search", "customer_360", "cash_desk"]
    assert window.presenter.can_manage("customer_search") is False
    assert "Connecté" in window.status.connection_label.text()


def test_wrong_password_is_explained_in_french(
    qtbot, french, server: Any, enrolled: ClientBackend
) -> None:
    flow = _flow(qtbot, enrolled)
    _log_in(qtbot, flow, server.admin_login, "not-the-password")
    dialog = flow.login_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.error.isVisible, timeout=15_000)
    assert dialog.error.text() == "Identifiant ou mot de passe incorrect."


def test_administrator_menus_and_creating_a_user_with_profile_and_agencies(
    qtbot, french, server: Any, enrolled: ClientBackend
) -> None:
    flow = _flow(qtbot, enrolled)
    _log_in(qtbot, flow, server.admin_login, server.admin_password)
    qtbot.waitUntil(lambda: flow.main_window is not None, timeout=15_000)
    window = flow.main_window
    assert window is not None
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:3] == ["&Fichier", "&Administration", "&Validations"]
    assert {"agencies", "users", "profiles", "workstations", "audit"} <= set(
        window.visible_screen_keys
    )

    window.show_screen("users")
    page = window.current_page()
    assert isinstance(page, UsersPage)
    qtbot.waitUntil(
        lambda: bool(page.presenter.profiles and page.presenter.agencies), timeout=15_000
    )
    page.new_user()
    dialog = page.dialog
    assert dialog is not None
    login = f"accueil{uuid.uuid4().hex[:6]}"
    qtbot.keyClicks(dialog.login_edit, login)
    qtbot.keyClicks(dialog.name_edit, "Fatou Ndiaye")
    profile_index = next(i for i, p in enumerate(page.presenter.profiles) if p.code == "front_desk")
    dialog.profile_combo.setCurrentIndex(profile_index)
    dkr = next(a for a in page.presenter.agencies if a.code == "DKR")
    dialog.set_agency_checked(dkr.agency_id, True)
    with qtbot.waitSignal(page.presenter.created, timeout=15_000) as created:
        dialog.submit()
    user, one_time_password = created.args
    assert user.login == login
    assert user.profile_code == "front_desk"
    assert list(user.agency_ids) == [dkr.agency_id]
    assert not user.all_agencies
    assert len(one_time_password) >= 8
    secret = next(w for w in QApplication.topLevelWidgets() if isinstance(w, OneTimeSecretDialog))
    assert secret.secret_field.text() == one_time_password
    qtbot.waitUntil(
        lambda: any(u.login == login for u in page.presenter.model.items()), timeout=5_000
    )


def test_administrator_sees_the_rights_of_the_server_in_french(
    qtbot, french, server: Any, enrolled: ClientBackend
) -> None:
    flow = _flow(qtbot, enrolled)
    _log_in(qtbot, flow, server.admin_login, server.admin_password)
    qtbot.waitUntil(lambda: flow.main_window is not None, timeout=15_000)
    window = flow.main_window
    assert window is not None
    qtbot.addWidget(window)
    # the counter's agency is the workstation's, the administrator's scope is in the tooltip
    assert window.status.agency_label.text() == "Agence : Dakar Plateau"
    assert window.status.agency_label.toolTip() == "Périmètre : toutes les agences"

    window.show_screen("profiles")
    page = window.current_page()
    assert isinstance(page, ProfilesPage)
    qtbot.waitUntil(lambda: bool(page.presenter.rights), timeout=15_000)
    page._open(None)
    dialog = page.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert set(dialog.right_checks) == ALL_CODES
    for code, check in dialog.right_checks.items():
        assert check.text() != code and "." not in check.text(), code
        assert check.toolTip() == code
    assert dialog.right_checks["admin.agencies.manage"].text() == "Créer et modifier les agences"
    dialog.reject()
