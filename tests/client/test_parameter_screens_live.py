"""Parameters and reference data screens against the REAL server (PAR-1, PAR-2): the
presenters' logic with the client's real gateways (no widget), then the screens with
pytest-qt: a bad value comes back next to the value field, a good one is saved with its
reason and shows in the history; an item is created and deactivated; the file is exported,
a broken copy is refused whole with its report, the good one re-imports with no change."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from iwebs.v1 import parameter_service_pb2 as ppb
from iwebs_client.backend.client_backend import ClientBackend
from iwebs_client.presenters.enrollment_presenter import EnrollmentForm, enroll_with_form
from iwebs_client.presenters.parameters_presenter import ParametersPresenter
from iwebs_client.presenters.presenter_base import CommandIntent
from iwebs_client.presenters.reference_data_presenter import ReferenceDataPresenter, report_text
from iwebs_client.tasks import TaskRunner
from iwebs_client.views.administration.parameters_page import (
    ParameterDialog,
    ParameterHistoryDialog,
    ParametersPage,
)
from iwebs_client.views.administration.reference_data_page import (
    ReferenceDataPage,
    ReferenceItemDialog,
)
from iwebs_server.application.reference_seed import seed_reference_data
from iwebs_server.domain.reference_tables import ReferenceTable

pytestmark = pytest.mark.slow
WAIT = 15_000


@pytest.fixture
def connected(live_server: Any, tmp_path: Path, config_dir: Path) -> Iterator[ClientBackend]:
    """The administrator's client, enrolled and signed in on the live server."""
    with live_server.app.uow_factory() as uow:
        seed_reference_data(uow, live_server.app.clock)
    ca_file = tmp_path / "ca.crt"
    ca_file.write_text(live_server.ca_cert_pem)
    client = ClientBackend(config_dir)
    code = live_server.issue_enrollment_code(name=f"ADMIN-{uuid.uuid4().hex[:6]}")
    form = EnrollmentForm(
        live_server.host, live_server.port, live_server.enrollment_port, code, str(ca_file)
    )
    enroll_with_form(client, form)
    client.sessions.login(live_server.admin_login, live_server.admin_password)
    yield client
    client.close()


def settle(qtbot: Any, presenter: Any) -> None:
    """Waits for the presenter's calls in flight: none may outlive the test's connection."""
    qtbot.waitUntil(lambda: not presenter.busy, timeout=WAIT)


def test_parameters_presenter_filters_overrides_and_reports_server_violations(
    qtbot, connected: ClientBackend, live_server: Any
) -> None:
    presenter = ParametersPresenter(connected, TaskRunner())
    with qtbot.waitSignal(presenter.loaded, timeout=WAIT):
        presenter.reload()
    assert len(presenter.parameters) >= 40
    presenter.filter_text = "reconnect"
    assert [r.key for r in presenter.rows()] == ["collection.reconnection_fee"]
    presenter.filter_text, presenter.module = "", "sms"
    assert {r.key.split(".")[0] for r in presenter.rows()} == {"sms"}

    fee = presenter.parameter("collection.reconnection_fee")
    assert fee is not None and presenter.overridable(fee)
    assert presenter.validate(fee, "6000 XOF", "") == {"reason": "Say why the value changes."}
    ths = live_server.agency_id("THS")
    with qtbot.waitSignal(presenter.failed, timeout=WAIT) as failure:
        presenter.set_value(CommandIntent(), fee, ths, "-1 XOF", "test")
    assert [v.field for v in failure.args[0].field_violations] == ["value"]
    with qtbot.waitSignal(presenter.saved, timeout=WAIT) as saved:
        presenter.set_value(CommandIntent(), fee, ths, "8000 XOF", "tarif Thiès")
    assert saved.args[0].effective_value == "8000 XOF"
    with qtbot.waitSignal(presenter.loaded, timeout=WAIT):
        presenter.set_agency(ths)
    fee = presenter.parameter("collection.reconnection_fee")
    assert fee is not None and fee.effective_source == ppb.PARAMETER_VALUE_SOURCE_AGENCY
    assert presenter.value_at(fee, ths) == ("8000 XOF", 1)
    assert presenter.value_at(fee, "") is None
    settle(qtbot, presenter)


def test_reference_presenter_report_of_a_refused_file(qtbot, connected: ClientBackend, tmp_path):
    presenter = ReferenceDataPresenter(connected, TaskRunner())
    exported = tmp_path / "export.json"
    with qtbot.waitSignal(presenter.exported, timeout=WAIT):
        presenter.export_to(str(exported))
    document = json.loads(exported.read_text(encoding="utf-8"))
    document["reference_items"][2]["label_fr"] = ""
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(document), encoding="utf-8")
    with qtbot.waitSignal(presenter.imported, timeout=WAIT) as done:
        presenter.import_from(CommandIntent(), str(broken), dry_run=False)
    report = done.args[0]
    assert not report.applied
    assert report_text(report).splitlines()[1] == "  reference_items[2].label_fr: is required"
    with qtbot.waitSignal(presenter.imported, timeout=WAIT) as again:
        presenter.import_from(CommandIntent(), str(exported), dry_run=False)
    assert again.args[0].applied
    assert all(s.created == s.updated == 0 for s in again.args[0].sections)
    settle(qtbot, presenter)


def test_parameter_screen_edits_with_reason_and_shows_history(
    qtbot, french, connected: ClientBackend
) -> None:
    page = ParametersPage(ParametersPresenter(connected, TaskRunner()), can_manage=True)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.table.rowCount() >= 40, timeout=WAIT)
    qtbot.keyClicks(page.filter_edit, "due_date_delay")
    assert page.table.rowCount() == 1
    assert page.table.item(0, 4).text() == "Valeur par défaut"
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_Return)  # Enter opens the editor
    dialog = page.dialog
    assert isinstance(dialog, ParameterDialog)
    spin = dialog.editor.spin
    assert spin is not None and spin.value() == 15 and spin.maximum() == 90
    spin.setValue(21)
    dialog.submit()
    assert dialog.error_text("reason") == "Indiquez pourquoi la valeur change."
    dialog.reason_edit.setText("Nouvelle politique de recouvrement")
    settle(qtbot, page.presenter)
    with qtbot.waitSignal(page.presenter.saved, timeout=WAIT):
        dialog.submit()
    qtbot.waitUntil(lambda: page.table.item(0, 3).text() == "21", timeout=WAIT)
    assert page.table.item(0, 4).text() == "Toutes agences"
    page.table.selectRow(0)
    page.show_history()
    history = page.history_dialog
    assert isinstance(history, ParameterHistoryDialog)
    qtbot.waitUntil(lambda: history.table.rowCount() == 1, timeout=WAIT)
    cells = [history.table.item(0, c).text() for c in range(7)]
    assert cells[1:] == [
        "admin", "Toutes agences", "Définie", "", "21", "Nouvelle politique de recouvrement",
    ]  # fmt: skip
    settle(qtbot, page.presenter)


def test_reference_screen_creates_deactivates_and_reports_imports(
    qtbot, french, connected: ClientBackend, tmp_path: Path
) -> None:
    page = ReferenceDataPage(ReferenceDataPresenter(connected, TaskRunner()), can_manage=True)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.table_combo.count() == len(ReferenceTable), timeout=WAIT)
    page.table_combo.setCurrentIndex(page.table_combo.findData("bank"))
    qtbot.waitUntil(lambda: page.presenter.table_code == "bank" and page.items_table.rowCount() > 5,
                    timeout=WAIT)  # fmt: skip
    page.new_item()
    dialog = page.dialog
    assert isinstance(dialog, ReferenceItemDialog)
    dialog.code_edit.setText("BRS")
    dialog.label_en_edit.setText("Banque Régionale de Solidarité")
    dialog.submit()
    assert dialog.error_text("label_fr") == "Saisissez le libellé français."
    dialog.label_fr_edit.setText("Banque Régionale de Solidarité")
    dialog.attributes_edit.setText('{"country": "SN"}')
    settle(qtbot, page.presenter)  # the buttons stay disabled while the lists load
    dialog.submit()

    def codes() -> list[str]:
        return [page.items_table.item(r, 0).text() for r in range(page.items_table.rowCount())]

    qtbot.waitUntil(lambda: "BRS" in codes(), timeout=WAIT)
    assert not dialog.isVisible()
    row = codes().index("BRS")
    page.items_table.selectRow(row)
    settle(qtbot, page.presenter)
    page.toggle_item()
    qtbot.waitUntil(lambda: page.items_table.item(row, 4).text() == "Non", timeout=WAIT)
    assert not page.presenter.items[row].active

    exported = tmp_path / "ref.json"
    with qtbot.waitSignal(page.presenter.exported, timeout=WAIT):
        page.presenter.export_to(str(exported))
    document = json.loads(exported.read_text(encoding="utf-8"))
    document["rounds"].append({"agency": "ZZZ", "code": "R1", "name": "Nulle part"})
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(document), encoding="utf-8")
    with qtbot.waitSignal(page.presenter.imported, timeout=WAIT):
        page.import_file(str(broken))
    text = page.report_view.toPlainText()
    assert text.startswith("Fichier refusé, rien n'a été importé (1 erreurs)")
    assert "rounds[0].agency: no agency with code 'ZZZ'" in text
    page.dry_run_check.setChecked(True)
    with qtbot.waitSignal(page.presenter.imported, timeout=WAIT):
        page.import_file(str(exported))
    assert page.report_view.toPlainText().startswith("Vérification seule")
    settle(qtbot, page.presenter)
