"""The 'Legacy import' screen against the REAL server (issue 3 item 5): an administrator
chooses a kind and a file, the file is uploaded and imported by a server job while the
progress bar moves, and a bad file's report fills the table; French labels; keyboard only
(Alt+K, Alt+H, Enter). No mock: live server, the client's real gateway and presenter."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from iwebs_client.backend.client_backend import ClientBackend
from iwebs_client.presenters.enrollment_presenter import EnrollmentForm, enroll_with_form
from iwebs_client.presenters.legacy_import_presenter import LegacyImportPresenter
from iwebs_client.tasks import TaskRunner
from iwebs_client.views.customers.legacy_import_page import LegacyImportPage
from iwebs_client.views.shell.application_flow import ApplicationFlow
from iwebs_client.views.shell.main_window import MainWindow
from tests.factories.legacy_import_files import GOOD, seed_import_prerequisites, write_file
from tests.factories.live_server import ADMIN_LOGIN, ADMIN_PASSWORD

pytestmark = pytest.mark.slow


@pytest.fixture
def backend_client(live_server: Any, tmp_path: Path, config_dir: Path) -> Iterator[ClientBackend]:
    seed_import_prerequisites(live_server.app.uow_factory)
    ca_file = tmp_path / "ca.crt"
    ca_file.write_text(live_server.ca_cert_pem)
    client = ClientBackend(config_dir)
    code = live_server.issue_enrollment_code(name=f"SIEGE-{uuid.uuid4().hex[:6]}")
    form = EnrollmentForm(
        live_server.host, live_server.port, live_server.enrollment_port, code, str(ca_file)
    )
    enroll_with_form(client, form)
    yield client
    client.close()


def _main_window(qtbot: Any, client: ClientBackend) -> MainWindow:
    flow = ApplicationFlow(client, TaskRunner(), EnrollmentForm("", 0, 0, "", ""))
    flow.start()
    qtbot.waitUntil(lambda: flow.login_dialog is not None, timeout=15_000)
    dialog = flow.login_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.login_edit, ADMIN_LOGIN)
    qtbot.keyClicks(dialog.password_edit, ADMIN_PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.main_window is not None, timeout=15_000)
    window = flow.main_window
    assert window is not None
    qtbot.addWidget(window)
    window._flow = flow  # type: ignore[attr-defined]
    return window


def _import(qtbot: Any, page: LegacyImportPage, kind: str, path: Path) -> Any:
    page.kind_combo.setFocus()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(kind))
    qtbot.keyClick(page, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # "Fic&hier"
    qtbot.waitUntil(page.file_edit.hasFocus, timeout=5_000)
    page.file_edit.setText(str(path))  # keyClicks types ASCII only
    qtbot.keyClick(page.file_edit, Qt.Key.Key_Return)
    presenter = page.presenter
    qtbot.waitUntil(lambda: presenter.job is not None and presenter.job.finished, timeout=30_000)
    qtbot.waitUntil(lambda: not presenter.busy, timeout=10_000)
    return presenter.job


def test_import_screen_rejects_a_bad_file_then_imports_a_good_one(
    qtbot, french, live_server, backend_client, tmp_path
):
    window = _main_window(qtbot, backend_client)
    assert "legacy_import" in window.visible_screen_keys
    window.show_screen("legacy_import")
    page = window.current_page()
    assert isinstance(page, LegacyImportPage)
    assert page.start_button.text() == "&Importer"

    bad = write_file(
        tmp_path / "bad",
        "customers",
        [GOOD["customers"][0], "CU-2;DKR;alien;X;;;DOM;;;;;;;", "CU-1;NOPE;person;Ba;;;DOM;;;;;;;"],
    )
    job = _import(qtbot, page, "customers", bad)
    assert job.status == "rejected"
    qtbot.waitUntil(lambda: page.table.rowCount() == 3, timeout=10_000)
    cells = [
        (page.table.item(r, 0).text(), page.table.item(r, 1).text(), page.table.item(r, 2).text())
        for r in range(3)
    ]
    assert cells == [
        ("3", "kind", "Format invalide"),
        ("4", "legacy_reference", "En double dans le fichier"),
        ("4", "agency_code", "Code inconnu"),
    ] or sorted(cells) == sorted(
        [
            ("3", "kind", "Format invalide"),
            ("4", "legacy_reference", "En double dans le fichier"),
            ("4", "agency_code", "Code inconnu"),
        ]
    )
    assert "Rejeté" in page.status_label.text() and page.progress.value() == 0

    good = write_file(tmp_path / "good", "customers", GOOD["customers"])
    job = _import(qtbot, page, "customers", good)
    assert job.status == "imported" and job.rows_done == 3
    assert page.progress.value() == page.progress.maximum()
    assert "Importé" in page.status_label.text()
    assert page.table.rowCount() == 0 and page.start_button.isEnabled()

    job = _import(qtbot, page, "customers", good)
    assert job.status == "already_imported" and "Déjà importé" in page.status_label.text()


def test_presenter_refuses_a_missing_file_without_calling_the_server(
    qtbot, live_server, backend_client, tmp_path
):
    backend_client.sessions.login(ADMIN_LOGIN, ADMIN_PASSWORD)
    presenter = LegacyImportPresenter(backend_client, TaskRunner(), poll_ms=50)
    assert presenter.start("customers", "", False) == "Choose a file."
    assert presenter.start("customers", str(tmp_path / "none.csv"), False) == "No such file."
    assert presenter.job is None
    good = write_file(tmp_path, "accounts", GOOD["accounts"])
    assert presenter.start("accounts", str(good), True) == ""
    qtbot.waitUntil(lambda: presenter.job is not None and presenter.job.finished, timeout=30_000)
    qtbot.waitUntil(lambda: len(presenter.rejections) == 4, timeout=10_000)
    assert presenter.job.status == "rejected"  # the customers are not imported yet
    assert {r.reason for r in presenter.rejections} == {"UNKNOWN_REFERENCE"}


def test_the_import_screen_needs_customers_import() -> None:
    """Menu by rights (ADM-2): a front-desk agent (customers.read/manage) has no import."""
    from iwebs_client.presenters import module_catalog

    front_desk = dict(module_catalog.visible_modules(["customers.read", "customers.manage"]))
    assert "legacy_import" not in [s.key for s in front_desk["customers"]]
    importer = dict(module_catalog.visible_modules(["customers.read", "customers.import"]))
    assert [s.key for s in importer["customers"]][-1] == "legacy_import"
    assert module_catalog.can_manage(["customers.import"], "legacy_import")
