"""The tariff screen (FAC-10) against the fake of its port (tests/client/tariff_fakes.py): the
grid to and from the message, the checks before sending and where the server's field paths
land, a proposal kept under one request id across a lost answer, the simulation; then the
page offscreen from the keyboard (Ctrl+N, edit a block price, Ctrl+S, reason, Enter; F9)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from iwebs.v1 import tariff_service_pb2 as tpb
from iwebs_client.backend.client_types import BackendError
from iwebs_client.presenters.tariff_grid import (
    BlockDraft,
    definition_of,
    draft_of,
    field_position,
    new_component,
    problems,
)
from iwebs_client.presenters.tariff_presenter import TariffPresenter
from iwebs_client.tasks import TaskRunner
from iwebs_client.views.tariffs import tariffs_page
from iwebs_client.views.tariffs.tariff_grid_editor import PRICE, UP_TO, VALUE
from iwebs_client.views.tariffs.tariffs_page import ProposeDialog, TariffsPage
from tests.client.cash_counter_fakes import settle
from tests.client.customer_fakes import session
from tests.client.tariff_fakes import FakeTariffServices, senelec_definition

RIGHTS = ["billing.read", "billing.tariffs"]


def _digits(text: str) -> str:
    """The text without its spaces (the group separator depends on the locale)."""
    return "".join(text.split()).replace("\u202f", "")


def test_the_grid_goes_to_the_tables_and_back_unchanged() -> None:
    definition = senelec_definition()
    draft = draft_of(definition)
    assert [c.code for c in draft.components] == ["ENERGY", "FIXED", "VAT"]
    assert [(b.up_to, b.unit_price) for b in draft.components[0].blocks] == [
        ("150", "82.00"),
        ("250", "136.49"),
        ("", "159.36"),
    ]
    assert draft.components[2].applies_to == "ENERGY.3"
    assert draft.components[2].value() == "18"
    assert definition_of(draft) == definition
    assert problems(draft) == {}


def test_the_grid_checks_name_the_fields_as_the_server_does() -> None:
    draft = draft_of(senelec_definition())
    energy = draft.components[0]
    energy.blocks[1].up_to = "120"  # below the previous bound
    energy.blocks.insert(0, BlockDraft("", "50"))  # no bound before the last block
    draft.components[1].amount = "mille"
    draft.components[2].applies_to = "STAMP"
    draft.components.append(new_component("fixed", draft.components))
    found = problems(draft)
    assert found["definition.components[0].blocks[0].up_to"].startswith("Only the last")
    assert "definition.components[0].blocks[2].up_to" in found
    assert found["definition.components[1].amount"] == "A number of 0 or more."
    assert found["definition.components[2].applies_to"] == "STAMP is not an earlier component."
    assert found["definition.components[3].label"].startswith("The label")
    assert draft.components[3].code == "FIXED_2"
    assert field_position("definition.components[1].blocks[0].up_to") == (1, 0, "up_to")
    assert field_position("definition.components[2].rate_percent") == (2, None, "rate_percent")
    assert field_position("reason") == (-1, None, "")


@pytest.fixture
def presenter(qtbot: Any) -> Iterator[tuple[TariffPresenter, FakeTariffServices]]:
    services = FakeTariffServices()
    tasks = TaskRunner()
    tariffs = TariffPresenter(services, tasks, session(RIGHTS))  # type: ignore[arg-type]
    tariffs.reload()
    qtbot.waitUntil(lambda: tariffs.model.rowCount() == 1, timeout=5000)
    with qtbot.waitSignal(tariffs.grid_changed, timeout=5000):
        tariffs.open_tariff("t1")
    yield tariffs, services
    settle(qtbot, tasks)


def test_a_proposal_keeps_its_request_id_until_the_server_answers(
    qtbot: Any, presenter: Any
) -> None:
    tariffs, services = presenter
    assert tariffs.version is not None and tariffs.version.version_number == 1
    assert tariffs.version_text(tariffs.version) == "Version 1 — from 01/01/2026 — Approved"
    tariffs.start_proposal()
    assert tariffs.editing and tariffs.draft is not None
    tariffs.draft.components[0].blocks[1].unit_price = "140.00"
    assert tariffs.propose(dt.date(2027, 1, 1), "  ") == {"reason": "Say why the grid changes."}
    errors: list[BackendError] = []
    proposed: list[Any] = []
    tariffs.failed.connect(errors.append)
    tariffs.proposed.connect(proposed.append)
    services.tariffs.lose_next_answer = True
    assert tariffs.propose(dt.date(2027, 1, 1), "Hausse CRSE 2027") == {}
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert tariffs.editing
    tariffs.propose(dt.date(2027, 1, 1), "Hausse CRSE 2027")
    qtbot.waitUntil(lambda: bool(proposed), timeout=5000)
    ids = [rid for m, rid in services.tariffs.calls if m == "propose_version"]
    assert len(ids) == 2 and ids[0] == ids[1]
    assert len(services.tariffs.versions) == 2
    sent = services.tariffs.versions[1]
    assert sent.definition.components[0].blocks[1].unit_price == "140.00"
    assert sent.reason == "Hausse CRSE 2027"
    assert not tariffs.editing
    # the next proposal is another intent
    tariffs.start_proposal()
    assert tariffs._proposal.request_id != ids[0]


def test_the_servers_refusal_names_the_cell(qtbot: Any, presenter: Any) -> None:
    tariffs, _services = presenter
    tariffs.start_proposal()
    tariffs.draft.components[0].blocks[0].unit_price = "-1"
    found: list[dict[str, str]] = []
    errors: list[BackendError] = []
    tariffs.problems_found.connect(found.append)
    tariffs.failed.connect(errors.append)
    # the client check says it first; the server (fake) says it in its own words too
    assert "definition.components[0].blocks[0].unit_price" in tariffs.propose(
        dt.date(2027, 1, 1), "essai"
    )
    tariffs.draft.components[0].blocks[0].unit_price = "-1"
    tariffs._tasks.run(
        lambda: tariffs._tariffs.propose_version(
            "x", "t1", dt.date(2027, 1, 1), definition_of(tariffs.draft), "essai"
        ),
        None,
        tariffs._propose_failed,
    )
    tariffs._set_busy(+1)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert errors[0].reason == "TARIFF_DEFINITION_INVALID"
    assert found[-1] == {"definition.components[0].blocks[0].unit_price": "must not be negative"}


def test_simulation_of_the_version_shown_and_of_a_draft(qtbot: Any, presenter: Any) -> None:
    tariffs, services = presenter
    results: list[Any] = []
    tariffs.simulated.connect(results.append)
    problems_said: list[str] = []
    tariffs.simulation_problem.connect(problems_said.append)
    start, end = dt.date(2026, 11, 1), dt.date(2026, 11, 30)
    assert not tariffs.simulate("trois cents", start, end)
    assert problems_said[-1] == "Consumption and power are numbers."
    assert not tariffs.simulate("300", end, start)
    assert tariffs.simulate("300", start, end, "6")
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert [line.code for line in results[0].lines] == [
        "ENERGY.1",
        "ENERGY.2",
        "ENERGY.3",
        "FIXED",
        "VAT",
    ]
    assert results[0].total.amount_minor == 12_300 + 13_649 + 7_968 + 1_000 + 1_434
    assert _digits(tariffs.total_text(results[0])) == "36351FCFA"
    simulation = services.tariffs.simulations[-1]
    assert simulation["source"] == "version"
    assert simulation["usage"].subscribed_power_va == 6000
    tariffs.start_proposal()
    tariffs.simulate("300", start, end)
    qtbot.waitUntil(lambda: len(results) == 2, timeout=5000)
    assert services.tariffs.simulations[-1]["source"] == "definition"


# ---------------------------------------------------------------------- the page
def _focused() -> Any:
    return QApplication.focusWidget()


@pytest.fixture
def page(qtbot: Any, monkeypatch: Any) -> Iterator[tuple[TariffsPage, FakeTariffServices]]:
    errors: list[Any] = []
    monkeypatch.setattr(tariffs_page, "show_error", lambda *a, **_k: errors.append(a))
    services = FakeTariffServices()
    tasks = TaskRunner()
    widget = TariffsPage(TariffPresenter(services, tasks, session(RIGHTS)))  # type: ignore[arg-type]
    qtbot.addWidget(widget)
    widget.resize(1400, 860)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.grid.components.rowCount() == 3, timeout=5000)
    yield widget, services
    assert not errors
    settle(qtbot, tasks)


def test_the_page_shows_the_versions_and_the_grid_read_only(qtbot: Any, page: Any) -> None:
    widget, _services = page
    assert widget.versions.count() == 1
    assert widget.versions.item(0).text() == "Version 1 — from 01/01/2026 — Approved"
    assert widget.grid.components.item(0, VALUE).text() == "3 blocks"
    assert widget.grid.components.item(2, VALUE).text() == "18 %"
    assert widget.grid.blocks.rowCount() == 3
    assert widget.grid.blocks.item(1, 0).text() == "150"  # from = previous bound
    assert (
        widget.grid.components.editTriggers() == widget.grid.components.EditTrigger.NoEditTriggers
    )
    assert not widget.submit_button.isVisible() and widget.propose_button.isVisible()
    assert "chef_facturation" in widget.version_label.text()


def test_propose_a_version_from_the_keyboard(qtbot: Any, page: Any, monkeypatch: Any) -> None:
    widget, services = page
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=5000)
    qtbot.keyClick(widget, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert widget.presenter.editing
    assert widget.grid_title.text() == "New version (draft): edit the tables"
    # Alt+2 to the blocks, down to block 2, right to its price, type the new price, Enter
    qtbot.keyClick(widget, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert widget.grid.blocks.hasFocus()
    widget.grid.blocks.setCurrentCell(1, PRICE)
    qtbot.keyClick(widget.grid.blocks, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(_focused(), QLineEdit), timeout=5000)
    _focused().selectAll()
    qtbot.keyClicks(_focused(), "140,50")
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)  # the delegate commits on the next loop
    blocks = widget.presenter.draft.components[0].blocks
    qtbot.waitUntil(lambda: blocks[1].unit_price == "140.50", timeout=5000)
    # a bound typed below the previous one is marked before anything is sent
    widget.grid.blocks.setCurrentCell(1, UP_TO)
    qtbot.keyClick(widget.grid.blocks, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(_focused(), QLineEdit), timeout=5000)
    _focused().selectAll()
    qtbot.keyClicks(_focused(), "100")
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: blocks[1].up_to == "100", timeout=5000)
    opened: list[ProposeDialog] = []

    def _opened(dialog: ProposeDialog) -> None:
        opened.append(dialog)
        dialog.show()

    monkeypatch.setattr(ProposeDialog, "open", _opened)
    qtbot.keyClick(widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not opened
    assert "Bounds go up" in widget.grid.problems_label.text()
    assert widget.grid.blocks.item(1, UP_TO).toolTip() == "Bounds go up, block after block."
    widget.grid.blocks.item(1, UP_TO).setText("250")
    widget.activateWindow()
    qtbot.keyClick(widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    dialog = opened[0]
    qtbot.keyClicks(dialog.reason, "Hausse 2027")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "proposed" in widget.message_label.text(), timeout=5000)
    assert widget.message_label.text() == (
        "Version 2 proposed: it waits for approval in Approvals."
    )
    qtbot.waitUntil(lambda: widget.versions.count() == 2, timeout=5000)
    assert widget.versions.item(0).text().endswith("Pending approval")
    sent = services.tariffs.versions[1].definition
    assert sent.components[0].blocks[1].unit_price == "140.50"
    assert sent.components[0].blocks[1].up_to == "250"


def test_simulate_with_f9(qtbot: Any, page: Any) -> None:
    widget, _services = page
    widget.consumption_edit.setFocus()
    qtbot.keyClicks(widget.consumption_edit, "300")
    qtbot.keyClick(widget.consumption_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: widget.lines.rowCount() == 5, timeout=5000)
    assert _digits(widget.total_label.text()) == "Total:36351FCFA"
    assert widget.lines.item(2, 1).text() == "Énergie"
    assert widget.lines.item(4, 0).text() == "VAT"


def test_retry_after_a_lost_answer_resends_the_same_proposal(qtbot: Any, presenter: Any) -> None:
    tariffs, services = presenter
    tariffs.start_proposal()
    tariffs.draft.components[1].amount = "1200"
    errors: list[BackendError] = []
    proposed: list[Any] = []
    tariffs.failed.connect(errors.append)
    tariffs.proposed.connect(proposed.append)
    services.tariffs.lose_next_answer = True
    tariffs.propose(dt.date(2027, 1, 1), "Prime fixe 2027")
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert errors[0].is_connection_problem and not tariffs.busy
    tariffs.retry_last()  # the error box's Retry button
    qtbot.waitUntil(lambda: bool(proposed), timeout=5000)
    ids = [rid for m, rid in services.tariffs.calls if m == "propose_version"]
    assert len(ids) == 2 and ids[0] == ids[1]
    assert len(services.tariffs.versions) == 2
    qtbot.waitUntil(lambda: not tariffs.busy, timeout=5000)


def test_add_a_component_and_change_its_kind_from_the_keyboard(qtbot: Any, page: Any) -> None:
    widget, _services = page
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=5000)
    qtbot.keyClick(widget, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    grid = widget.grid
    assert grid.add_component_button.isVisible()
    grid.add_component_combo.setCurrentIndex(grid.add_component_combo.findData("fixed"))
    grid.components.setFocus()
    qtbot.keyClick(grid.components, Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier)
    draft = widget.presenter.draft
    assert [c.code for c in draft.components] == ["ENERGY", "FIXED", "VAT", "FIXED_2"]
    assert grid.components.currentRow() == 3
    # the kind: F2 opens the list, Down picks the next kind, Enter commits
    grid.components.setCurrentCell(3, 1)
    qtbot.keyClick(grid.components, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: _focused().__class__.__name__ == "QComboBox", timeout=5000)
    combo = _focused()
    combo.setCurrentIndex(combo.findData("progressive"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: draft.components[3].kind == "progressive", timeout=5000)
    qtbot.waitUntil(lambda: grid.blocks.rowCount() == 1, timeout=5000)
    assert grid.components.item(3, VALUE).text() == "1 block"
    assert draft.components[3].prorate  # follows the kind's default
    qtbot.keyClick(widget, Qt.Key.Key_Escape)  # drops the draft
    assert not widget.presenter.editing
    assert grid.components.rowCount() == 3


def test_the_version_in_force_is_shown_first(qtbot: Any) -> None:
    services = FakeTariffServices()
    fakes = services.tariffs
    future = tpb.TariffVersion()
    future.CopyFrom(fakes.versions[0])
    future.tariff_version_id, future.version_number = "v2", 2
    future.valid_from.year = 2027
    fakes.versions.append(future)  # approved, valid from 2027: not in force yet
    tasks = TaskRunner()
    tariffs = TariffPresenter(services, tasks, session(RIGHTS))  # type: ignore[arg-type]
    with qtbot.waitSignal(tariffs.grid_changed, timeout=5000):
        tariffs.open_tariff("t1")
    assert tariffs.version is not None and tariffs.version.version_number == 1
    settle(qtbot, tasks)
