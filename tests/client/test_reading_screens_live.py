"""The reading screens against the REAL server (issue 5, FAC-3, FAC-4), French interface: a
billing agent logs in, opens Relevés, chooses the round and the date, types the round's
indexes from the keyboard (Enter sends the row and opens the next one): one reading is far
above what the meter usually does and goes to the worklist; she prints the sheet, then opens
Anomalies de relève and releases that reading with a note. No mock: the live server, the
client's real gateways and screens."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from iwebs.v1 import reading_service_pb2 as rpb
from iwebs_client.presenters.reading_entry_presenter import TO_CHECK, VALIDATED
from iwebs_client.views.readings import reading_cases_page, reading_entry_page
from iwebs_client.views.readings.reading_cases_page import DecisionDialog, ReadingCasesPage
from iwebs_client.views.readings.reading_entry_page import ReadingEntryPage
from iwebs_server.application.reference_seed import seed_reference_data
from tests.client.live_client import enrolled_backend, main_window
from tests.server.application.reading_harness import Readings, Sub

pytestmark = pytest.mark.slow
PASSWORD = "Baobab-Releve-2026-x"
DAY = dt.date(2026, 10, 5)


@pytest.fixture
def round_to_read(live_server: Any, tmp_path: Path) -> Iterator[tuple[Any, str, list[Sub]]]:
    """A DKR round of three electricity meters, each read 300 kWh a month since March (last
    index 1900 on 2026-09-05); a billing agent of DKR on a new workstation."""
    server = live_server
    app = server.app
    with app.uow_factory() as uow:
        seed_reference_data(uow, app.clock)
    rows = Readings(
        app.uow_factory,
        app.clock,
        app.services.readings,
        app.services.reading_files,
        {"DKR": server.agency_id("DKR"), "THS": server.agency_id("THS")},
    )
    round_id = rows.round()
    subs = []
    for order, name in enumerate(("Awa NDIAYE", "Moussa FALL", "Fatou DIOP"), start=1):
        sub = rows.subscription(
            round_id, installed_on=dt.date(2026, 3, 9), round_order=order, name=name
        )
        rows.past_readings(sub, dt.date(2026, 3, 9), 100, 300, 6)
        subs.append(sub)
    server.create_user("releveuse", "billing", ["DKR"], password=PASSWORD)
    backend = enrolled_backend(server, tmp_path / "factu", "BUREAU-FACTU")
    yield backend, round_id, subs
    backend.close()


def _focused() -> Any:
    return QApplication.focusWidget()


def test_a_round_entered_then_its_case_released(
    qtbot: Any, french: None, round_to_read: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    backend, round_id, _subs = round_to_read
    errors: list[Any] = []
    for module in (reading_entry_page, reading_cases_page):
        monkeypatch.setattr(module, "show_error", lambda _p, e, *_a: errors.append(e))
    window = main_window(qtbot, backend, "releveuse", PASSWORD)
    assert {"tariffs", "reading_entry", "reading_cases"} <= set(window.visible_screen_keys)

    window.show_screen("reading_entry")
    page = window.current_page()
    assert isinstance(page, ReadingEntryPage)
    qtbot.waitUntil(lambda: page.round_combo.findData(round_id) >= 0, timeout=15_000)
    page.round_combo.setCurrentIndex(page.round_combo.findData(round_id))
    page.date_edit.setDate(QDate(DAY.year, DAY.month, DAY.day))
    page.round_combo.setFocus()
    qtbot.keyClick(page.round_combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=15_000)
    rows = page.presenter.rows
    assert [r.line.customer_name for r in rows] == ["Awa NDIAYE", "Moussa FALL", "Fatou DIOP"]
    assert rows[0].line.last_index == 1900 and rows[0].line.has_expected

    for index in ("02200", "04000", "02190"):
        qtbot.waitUntil(lambda: isinstance(_focused(), QLineEdit), timeout=15_000)
        qtbot.keyClicks(_focused(), index)
        qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: all(r.reading is not None for r in rows), timeout=15_000)
    assert [r.state for r in rows] == [VALIDATED, TO_CHECK, VALIDATED]
    assert rows[0].reading is not None and rows[0].reading.consumption == 300
    assert rows[1].reading is not None
    assert [c.code for c in rows[1].reading.cases] == ["TOO_HIGH"]
    assert "TOO_HIGH" not in rows[1].message  # the case in words on the row
    high_id = rows[1].reading.reading_id
    # the sheet as printed (with the indexes the server has)
    pdf = page.presenter.print_sheet(tmp_path / "releve.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")

    # the worklist: the one case, released with a note
    window.show_screen("reading_cases")
    cases = window.current_page()
    assert isinstance(cases, ReadingCasesPage)
    qtbot.waitUntil(lambda: cases.model.rowCount() == 1, timeout=15_000)
    assert cases.model.item(0).reading_id == high_id
    cases.table.setFocus()
    cases.table.selectRow(0)
    assert "Meter" in cases.details.toPlainText() or "Compteur" in cases.details.toPlainText()
    qtbot.waitUntil(lambda: cases.history.rowCount() >= 6, timeout=15_000)
    opened: list[DecisionDialog] = []

    def _opened(dialog: DecisionDialog) -> None:
        opened.append(dialog)
        dialog.show()

    monkeypatch.setattr(DecisionDialog, "open", _opened)
    cases.release()
    qtbot.keyClicks(opened[0].note_edit, "Compteur verifie sur place, index exact")
    qtbot.keyClick(opened[0].note_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(cases.decision_label.text()), timeout=15_000)
    qtbot.waitUntil(lambda: cases.model.rowCount() == 0, timeout=15_000)
    released = backend.readings.get_reading(high_id)
    assert released.status == rpb.READING_STATUS_RELEASED
    assert released.review_note == "Compteur verifie sur place, index exact"
    assert not errors
