"""The reading screens offscreen, driven from the keyboard, against the fakes of their ports:
Relevés (agency, round, date, Enter loads the sheet; type an index, Enter sends the row and
opens the next one; Tab to the field code; the verdict on the row), the PDF, export and the
import report; Anomalies de relève (filter, release with a note, replace) (FAC-3, FAC-4)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from iwebs_client.presenters import module_catalog
from iwebs_client.presenters.reading_cases_presenter import ReadingCasesPresenter
from iwebs_client.presenters.reading_entry_presenter import (
    TO_CHECK,
    VALIDATED,
    ReadingEntryPresenter,
)
from iwebs_client.tasks import TaskRunner
from iwebs_client.views.readings import reading_cases_page, reading_entry_page
from iwebs_client.views.readings.entry_table import CODE, INDEX, RESULT
from iwebs_client.views.readings.import_report_dialog import ImportReportDialog
from iwebs_client.views.readings.reading_cases_page import DecisionDialog, ReadingCasesPage
from iwebs_client.views.readings.reading_entry_page import ReadingEntryPage
from tests.client.cash_counter_fakes import settle
from tests.client.customer_fakes import session
from tests.client.reading_fakes import FakeReadingServices

RIGHTS = ["billing.read", "billing.readings"]


def _focused() -> Any:
    return QApplication.focusWidget()


@pytest.fixture
def page(qtbot: Any, monkeypatch: Any) -> Iterator[tuple[ReadingEntryPage, FakeReadingServices]]:
    errors: list[Any] = []
    monkeypatch.setattr(reading_entry_page, "show_error", lambda *a, **_k: errors.append(a))
    services = FakeReadingServices()
    tasks = TaskRunner()
    widget = ReadingEntryPage(ReadingEntryPresenter(services, tasks, session(RIGHTS)))  # type: ignore[arg-type]
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.round_combo.count() == 2, timeout=5000)
    widget.date_edit.setDate(QDate(2026, 11, 30))
    yield widget, services
    assert not errors
    settle(qtbot, tasks)


def test_billing_module_shows_the_three_screens_by_right() -> None:
    modules = dict(module_catalog.visible_modules(["billing.read"]))
    assert [s.key for s in modules["billing"]][:3] == ["tariffs", "reading_entry", "reading_cases"]
    assert module_catalog.can_manage(["billing.read", "billing.readings"], "reading_entry")
    assert not module_catalog.can_manage(["billing.read"], "tariffs")
    assert module_catalog.can_manage(["billing.read", "billing.tariffs"], "tariffs")
    assert "billing" not in dict(module_catalog.visible_modules(["customers.read"]))


def test_a_round_entered_from_the_keyboard(qtbot: Any, page: Any) -> None:
    widget, services = page
    assert _focused() is widget.round_combo
    qtbot.keyClick(widget.round_combo, Qt.Key.Key_Return)  # Enter loads the sheet
    qtbot.waitUntil(lambda: widget.model.rowCount() == 4, timeout=5000)
    # the first row's index is open at once
    qtbot.waitUntil(lambda: isinstance(_focused(), QLineEdit), timeout=5000)
    assert widget.table.currentIndex().row() == 0
    assert widget.table.currentIndex().column() == INDEX
    qtbot.keyClicks(_focused(), "001350")
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    # the next row opens while the first one is sent
    qtbot.waitUntil(lambda: widget.table.currentIndex().row() == 1, timeout=5000)
    qtbot.waitUntil(lambda: isinstance(_focused(), QLineEdit), timeout=5000)
    rows = widget.presenter.rows
    qtbot.waitUntil(lambda: rows[0].state == VALIDATED, timeout=5000)
    result = widget.model.index(0, RESULT).data()
    assert result == "Validated: 150 kWh consumed"
    # row 2: far too high -> the cases show on the row
    qtbot.keyClicks(_focused(), "000900")
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rows[1].state == TO_CHECK, timeout=5000)
    assert widget.model.index(1, RESULT).data() == "To check: Consumption too high"
    # row 3: no index, Tab to the field code, choose "seal broken", Enter
    qtbot.waitUntil(lambda: widget.table.currentIndex().row() == 2, timeout=5000)
    qtbot.waitUntil(lambda: isinstance(_focused(), QLineEdit), timeout=5000)
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: isinstance(_focused(), QComboBox), timeout=5000)
    assert widget.table.currentIndex().column() == CODE
    combo = _focused()
    combo.setCurrentIndex(combo.findData("SEAL_BROKEN"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rows[2].state == TO_CHECK, timeout=5000)
    assert widget.model.index(2, RESULT).data() == "To check: Seal broken"
    assert widget.model.index(2, CODE).data(Qt.ItemDataRole.EditRole) == "SEAL_BROKEN"
    assert widget.model.index(2, CODE).data() in ("Scellé rompu", "Seal broken")
    qtbot.waitUntil(lambda: widget.table.currentIndex().row() == 3, timeout=5000)
    assert widget.status_label.text() == "3 of 4 entered, 2 to check"
    sent = [rid for m, rid in services.readings.calls if m == "enter_reading"]
    assert len(sent) == 3 and len(set(sent)) == 3


def test_letters_do_not_go_into_an_index(qtbot: Any, page: Any) -> None:
    widget, _services = page
    widget.load_sheet()
    qtbot.waitUntil(lambda: isinstance(_focused(), QLineEdit), timeout=5000)
    qtbot.keyClicks(_focused(), "12ab34567")  # the validator keeps six digits
    assert _focused().text() == "123456"


def test_print_export_and_import_from_the_page(
    qtbot: Any, page: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    widget, services = page
    widget.load_sheet()
    qtbot.waitUntil(widget.print_button.isEnabled, timeout=5000)
    monkeypatch.setattr(
        reading_entry_page,
        "choose_save_path",
        lambda _p, _t, suggested, _f: tmp_path / suggested,
    )
    qtbot.keyClick(widget, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    pdf = tmp_path / "releve-T01-2026-11-30.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert str(pdf) in widget.status_label.text()
    qtbot.keyClick(widget, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil((tmp_path / "releve-T01-2026-11-30.csv").exists, timeout=5000)
    qtbot.waitUntil(lambda: "4 lines exported" in widget.status_label.text(), timeout=5000)
    back = tmp_path / "retour.csv"
    back.write_text("subscription_number,index_value\nA0000001,1350\n")
    monkeypatch.setattr(reading_entry_page, "choose_open_path", lambda *_a: back)
    opened: list[ImportReportDialog] = []

    def _opened(dialog: ImportReportDialog) -> None:
        opened.append(dialog)

    monkeypatch.setattr(ImportReportDialog, "open", _opened)
    qtbot.keyClick(widget, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    dialog = opened[0]
    assert dialog.summary_label.text().startswith("1 imported")
    assert dialog.table.rowCount() == 2
    texts = [dialog.table.model().index(1, c).data() for c in (2, 3)]
    assert texts == ["Rejected", "subscription_number: unknown"]
    assert services.readings.imports[0][3] == "retour.csv"


def test_a_reader_without_the_right_sees_the_sheet_only(qtbot: Any) -> None:
    services = FakeReadingServices()
    tasks = TaskRunner()
    widget = ReadingEntryPage(ReadingEntryPresenter(services, tasks, session(["billing.read"])))  # type: ignore[arg-type]
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.round_combo.count() == 2, timeout=5000)
    widget.load_sheet()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 4, timeout=5000)
    assert not widget.model.flags(widget.model.index(0, INDEX)) & Qt.ItemFlag.ItemIsEditable
    assert not widget.import_button.isEnabled()
    assert widget.print_button.isEnabled()
    settle(qtbot, tasks)


def test_worklist_release_and_replace_from_the_keyboard(
    qtbot: Any, page: Any, monkeypatch: Any
) -> None:
    widget, services = page
    widget.load_sheet()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 4, timeout=5000)
    presenter = widget.presenter
    presenter.enter(0, "002500", "")
    presenter.enter(1, "", "INACCESSIBLE")
    qtbot.waitUntil(lambda: presenter.counts()[1] == 2, timeout=5000)
    monkeypatch.setattr(reading_cases_page, "show_error", lambda *a, **_k: None)
    tasks = TaskRunner()
    cases = ReadingCasesPage(ReadingCasesPresenter(services, tasks, session(RIGHTS)))
    qtbot.addWidget(cases)
    cases.resize(1200, 700)
    cases.show()
    qtbot.waitUntil(lambda: cases.model.rowCount() == 2, timeout=5000)
    qtbot.waitUntil(lambda: cases.agency_combo.count() == 2, timeout=5000)
    # filter: the "no access" case only
    cases.case_combo.setCurrentIndex(cases.case_combo.findData("NO_ACCESS"))
    cases.case_combo.activated.emit(cases.case_combo.currentIndex())
    qtbot.waitUntil(lambda: cases.model.rowCount() == 1, timeout=5000)
    cases.table.setFocus()
    cases.table.selectRow(0)
    assert "No access" in cases.details.toPlainText()
    qtbot.waitUntil(lambda: cases.history.rowCount() >= 1, timeout=5000)
    opened: list[DecisionDialog] = []

    def _opened(dialog: DecisionDialog) -> None:
        opened.append(dialog)
        dialog.show()

    monkeypatch.setattr(DecisionDialog, "open", _opened)
    qtbot.keyClick(cases.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = opened[0]
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)  # no note yet
    assert dialog.problem.text() == "Write what the field check found."
    qtbot.keyClicks(dialog.note_edit, "Portail ouvert, index conforme")
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "released" in cases.decision_label.text(), timeout=5000)
    qtbot.waitUntil(lambda: cases.model.rowCount() == 0, timeout=5000)
    # all cases again: the too-high one is replaced by a new index
    cases.case_combo.setCurrentIndex(0)
    cases.case_combo.activated.emit(0)
    qtbot.waitUntil(lambda: cases.model.rowCount() == 1, timeout=5000)
    cases.table.selectRow(0)
    cases.activateWindow()
    cases.table.setFocus()
    qtbot.waitUntil(cases.isActiveWindow, timeout=5000)
    qtbot.keyClick(cases.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = opened[1]
    assert dialog.replacing
    qtbot.keyClicks(dialog.index_edit, "1350")
    qtbot.keyClicks(dialog.note_edit, "Erreur de saisie")
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "replaced" in cases.decision_label.text(), timeout=5000)
    assert cases.decision_label.text().endswith("Validated: 150 kWh consumed")
    settle(qtbot, tasks)


def test_enter_on_an_empty_row_skips_it(qtbot: Any, page: Any) -> None:
    widget, services = page
    widget.load_sheet()
    qtbot.waitUntil(lambda: isinstance(_focused(), QLineEdit), timeout=5000)
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)  # row 1 not read: skipped, no message
    qtbot.waitUntil(lambda: widget.table.currentIndex().row() == 1, timeout=5000)
    assert widget.presenter.rows[0].message == ""
    # the next row is typed and sent as usual; only it was sent
    qtbot.waitUntil(lambda: isinstance(_focused(), QLineEdit), timeout=5000)
    qtbot.keyClicks(_focused(), "000600")
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: widget.table.currentIndex().row() == 2, timeout=5000)
    qtbot.waitUntil(lambda: widget.presenter.rows[1].state == VALIDATED, timeout=5000)
    assert not [c for c in services.readings.calls if c[0] == "enter_reading"][1:]
