"""The tariff screen against the REAL server (issue 5, FAC-10, ADM-5), French interface: the
billing agent opens Tarifs, sees the approved SENELEC grid, simulates 300 kWh, proposes a new
version from the keyboard (block 2 at 140, valid from 2027-01-01, a reason); the Chef de
facturation, on another workstation, reads the request in Approvals with the grid's changes
and approves it; the agent's screen then shows version 2 approved. No mock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from iwebs.v1 import tariff_service_pb2 as tpb
from iwebs_client.views.approvals import approvals_page
from iwebs_client.views.approvals.approvals_page import ApprovalsPage
from iwebs_client.views.tariffs import tariffs_page
from iwebs_client.views.tariffs.tariff_grid_editor import PRICE
from iwebs_client.views.tariffs.tariffs_page import ProposeDialog, TariffsPage
from tests.client.live_client import enrolled_backend, main_window
from tests.server.rpc.test_tariffs_rpc import PASSWORD, approve, create, propose, setup

pytestmark = pytest.mark.slow


@pytest.fixture
def tariff(live_server: Any, tmp_path: Path) -> Iterator[tuple[Any, Any, str]]:
    """The SENELEC DPP tariff with its 2026 grid approved; the agent's and the chef's
    workstations."""
    agent, manager = setup(live_server)
    created = create(agent)
    version = propose(agent, created.tariff_id)
    approve(manager, version.approval_request_id)
    agent_backend = enrolled_backend(live_server, tmp_path / "agent", "FACTU-1")
    chef_backend = enrolled_backend(live_server, tmp_path / "chef", "FACTU-CHEF")
    yield agent_backend, chef_backend, created.tariff_id
    agent_backend.close()
    chef_backend.close()


def _focused() -> Any:
    return QApplication.focusWidget()


def test_propose_a_version_and_approve_it_as_another_user(
    qtbot: Any, french: None, tariff: Any, monkeypatch: Any
) -> None:
    agent_backend, chef_backend, tariff_id = tariff
    errors: list[Any] = []
    monkeypatch.setattr(tariffs_page, "show_error", lambda _p, e, *_a: errors.append(e))
    monkeypatch.setattr(approvals_page, "show_error", lambda _p, e, *_a: errors.append(e))
    window = main_window(qtbot, agent_backend, "facturation", PASSWORD)
    window.show_screen("tariffs")
    page = window.current_page()
    assert isinstance(page, TariffsPage)
    qtbot.waitUntil(lambda: page.grid.components.rowCount() >= 2, timeout=15_000)
    assert page.presenter.version is not None
    assert page.presenter.version.status == tpb.TARIFF_VERSION_STATUS_APPROVED

    # the approved grid: 300 kWh in March (the server's engine)
    page.start_edit.setDate(QDate(2026, 3, 1))
    page.end_edit.setDate(QDate(2026, 3, 30))
    page.consumption_edit.setFocus()
    qtbot.keyClicks(page.consumption_edit, "300")
    qtbot.keyClick(page.consumption_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.lines.rowCount() >= 3, timeout=15_000)
    assert page.total_label.text()

    # a new version from the keyboard
    window.activateWindow()
    page.tariffs.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.presenter.editing
    page.grid.components.setCurrentCell(0, 0)
    page.grid.blocks.setFocus()
    page.grid.blocks.setCurrentCell(1, PRICE)
    qtbot.keyClick(page.grid.blocks, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(_focused(), QLineEdit), timeout=5000)
    _focused().selectAll()
    qtbot.keyClicks(_focused(), "140")
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    draft = page.presenter.draft
    assert draft is not None
    qtbot.waitUntil(lambda: draft.components[0].blocks[1].unit_price == "140", timeout=5000)
    opened: list[ProposeDialog] = []

    def _opened(dialog: ProposeDialog) -> None:
        opened.append(dialog)
        dialog.show()

    monkeypatch.setattr(ProposeDialog, "open", _opened)
    page.submit()
    dialog = opened[0]
    dialog.valid_from.setDate(QDate(2027, 1, 1))
    qtbot.keyClicks(dialog.reason, "Hausse CRSE 2027")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(page.message_label.text()), timeout=15_000)
    qtbot.waitUntil(lambda: page.versions.count() == 2, timeout=15_000)
    detail = agent_backend.tariffs.get_tariff(tariff_id)
    pending = detail.versions[0]
    assert pending.status == tpb.TARIFF_VERSION_STATUS_PENDING
    assert pending.reason == "Hausse CRSE 2027"
    assert [b.unit_price for b in pending.definition.components[0].blocks][1] in ("140", "140.00")

    # the Chef de facturation reads it in Approvals and approves it
    chef = main_window(qtbot, chef_backend, "chef", PASSWORD)
    chef.show_screen("approvals")
    approvals = chef.current_page()
    assert isinstance(approvals, ApprovalsPage)
    qtbot.waitUntil(lambda: approvals.model.rowCount() == 1, timeout=15_000)
    approvals.table.selectRow(0)
    qtbot.waitUntil(lambda: "136.49 → 140" in approvals.details.toPlainText(), timeout=15_000)
    text = approvals.details.toPlainText()
    assert "SN" in text or "T-DPP" in text
    assert "Hausse CRSE 2027" in text and "facturation" in text
    monkeypatch.setattr(approvals_page, "ask_text", lambda *_a, **_k: "OK pour 2027")
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: QMessageBox.StandardButton.Ok)
    approvals.approve()
    qtbot.waitUntil(lambda: approvals.model.rowCount() == 0, timeout=15_000)
    approved = chef_backend.tariffs.get_tariff(tariff_id).versions[0]
    assert approved.version_number == pending.version_number
    assert approved.status == tpb.TARIFF_VERSION_STATUS_APPROVED
    assert approved.decided_by_login == "chef"
    # back on the agent's screen: F5 shows it approved
    page.presenter.open_tariff(tariff_id)
    qtbot.waitUntil(
        lambda: page.versions.count() == 2 and "2" in page.versions.item(0).text(),
        timeout=15_000,
    )
    assert not errors
