"""The reading presenters against the fakes of their ports (tests/client/reading_fakes.py):
the sheet in round order, one request id per row kept across a lost answer and renewed after
the verdict, the reader's field code, the checks before sending, the import report, the
worklist's release and replace; the reading sheet's PDF bytes (FAC-3, FAC-4)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from iwebs.v1 import reading_service_pb2 as rpb
from iwebs_client.presenters.reading_cases_presenter import ReadingCasesPresenter
from iwebs_client.presenters.reading_entry_presenter import (
    REFUSED,
    TO_CHECK,
    UNSENT,
    VALIDATED,
    ReadingEntryPresenter,
)
from iwebs_client.presenters.reading_rows import import_report, sheet_for_print
from iwebs_client.printing.reading_sheet_layout import file_name, line_cells, page_footer
from iwebs_client.printing.reading_sheet_pdf import sheet_html, write_sheet_pdf
from iwebs_client.tasks import TaskRunner
from tests.client.cash_counter_fakes import settle
from tests.client.customer_fakes import AGENCY, session
from tests.client.reading_fakes import ROUND_ID, FakeReadingServices

DAY = dt.date(2026, 11, 30)
RIGHTS = ["billing.read", "billing.readings"]


@pytest.fixture
def entry(qtbot: Any) -> Iterator[tuple[ReadingEntryPresenter, FakeReadingServices]]:
    services = FakeReadingServices()
    tasks = TaskRunner()
    presenter = ReadingEntryPresenter(services, tasks, session(RIGHTS))  # type: ignore[arg-type]
    rounds: list[Any] = []
    presenter.rounds_loaded.connect(rounds.append)
    presenter.load_choices()
    qtbot.waitUntil(lambda: bool(rounds), timeout=5000)
    assert presenter.agency_id == AGENCY
    assert [label for _id, label in rounds[0]] == ["T01 — Plateau 1", "T02 — Plateau 2"]
    assert [code for code, _label in presenter.field_codes][:2] == ["INACCESSIBLE", "STOPPED"]
    with qtbot.waitSignal(presenter.sheet_loaded, timeout=5000):
        presenter.load_sheet(ROUND_ID, DAY)
    yield presenter, services
    settle(qtbot, tasks)


def _wait_state(qtbot: Any, presenter: ReadingEntryPresenter, row: int, state: str) -> None:
    qtbot.waitUntil(lambda: presenter.rows[row].state == state, timeout=5000)


def test_the_sheet_comes_in_round_order_with_previous_and_expected(entry: Any) -> None:
    presenter, _services = entry
    assert [r.line.round_order for r in presenter.rows] == [1, 2, 3, 4]
    assert presenter.rows[0].previous == "001200 (31/10/2026)"
    assert presenter.rows[0].expected == "1300 - 1400"
    assert presenter.counts() == (0, 0, 4)


def test_each_row_has_its_request_id_kept_across_a_lost_answer(qtbot: Any, entry: Any) -> None:
    presenter, services = entry
    services.readings.lose_next_answer = True
    assert presenter.enter(0, "001350", "")
    _wait_state(qtbot, presenter, 0, UNSENT)
    assert "Enter" in presenter.rows[0].message
    first_id = presenter.rows[0].intent.request_id
    # Enter again: the same request id; the server answers the reading it already has
    assert presenter.enter(0, "001350", "")
    _wait_state(qtbot, presenter, 0, VALIDATED)
    sent = [rid for method, rid in services.readings.calls if method == "enter_reading"]
    assert sent == [first_id, first_id]
    assert len(services.readings.readings) == 1
    assert "150 kWh" in presenter.rows[0].message
    # after the verdict the row's id is renewed; the same value again sends nothing
    assert presenter.rows[0].intent.request_id != first_id
    assert not presenter.enter(0, "001350", "")
    # another row, another request id
    assert presenter.enter(1, "000600", "")
    _wait_state(qtbot, presenter, 1, VALIDATED)
    sent = [rid for method, rid in services.readings.calls if method == "enter_reading"]
    assert len(set(sent)) == 2


def test_retry_unsent_sends_every_lost_row_with_its_own_id(qtbot: Any, entry: Any) -> None:
    presenter, services = entry
    services.readings.lose_next_answer = True
    presenter.enter(2, "008200", "")
    _wait_state(qtbot, presenter, 2, UNSENT)
    row_id = presenter.rows[2].intent.request_id
    assert presenter.retry_unsent() == 1
    _wait_state(qtbot, presenter, 2, VALIDATED)
    assert [rid for m, rid in services.readings.calls if m == "enter_reading"] == [row_id] * 2


def test_the_verdict_shows_the_cases_at_once(qtbot: Any, entry: Any) -> None:
    presenter, _services = entry
    presenter.enter(0, "002500", "")  # far above 1300-1400
    presenter.enter(1, "", "INACCESSIBLE")  # the reader's code, no index
    presenter.enter(2, "007000", "")  # below the previous index
    _wait_state(qtbot, presenter, 0, TO_CHECK)
    _wait_state(qtbot, presenter, 1, TO_CHECK)
    _wait_state(qtbot, presenter, 2, TO_CHECK)
    assert presenter.rows[0].message == "To check: Consumption too high"
    assert presenter.rows[1].message == "To check: No access"
    assert presenter.rows[2].message == "To check: Index below the previous one"
    assert presenter.counts() == (3, 3, 4)


def test_a_row_is_checked_before_it_is_sent(qtbot: Any, entry: Any) -> None:
    presenter, services = entry
    assert not presenter.enter(0, "", "")
    assert presenter.rows[0].state == REFUSED
    assert "index" in presenter.rows[0].message
    assert not presenter.enter(0, "12a", "")
    assert not presenter.enter(0, "1234567", "")  # 7 digits on a 6-digit meter
    assert presenter.rows[0].message == "The meter has 6 digits."
    assert not [c for c in services.readings.calls if c[0] == "enter_reading"]


def test_a_changed_value_after_a_verdict_is_a_new_request(qtbot: Any, entry: Any) -> None:
    presenter, services = entry
    presenter.enter(3, "000340", "")
    _wait_state(qtbot, presenter, 3, VALIDATED)
    presenter.enter(3, "000341", "")
    qtbot.waitUntil(lambda: len(services.readings.readings) == 2, timeout=5000)
    sent = [rid for m, rid in services.readings.calls if m == "enter_reading"]
    assert len(set(sent)) == 2


def test_import_report_line_by_line_and_the_same_file_keeps_its_id(
    qtbot: Any, entry: Any, tmp_path: Path
) -> None:
    presenter, services = entry
    path = tmp_path / "retour.json"
    path.write_text('{"readings": []}')
    reports: list[tuple[str, Any]] = []
    presenter.imported.connect(lambda summary, lines: reports.append((summary, lines)))
    errors: list[Any] = []
    presenter.failed.connect(errors.append)
    services.readings.lose_next_answer = True
    presenter.import_file(path)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    presenter.import_file(path)
    qtbot.waitUntil(lambda: bool(reports), timeout=5000)
    ids = [rid for m, rid in services.readings.calls if m == "import_readings"]
    assert ids[0] == ids[1]
    assert services.readings.imports[0][1] == rpb.READING_FILE_FORMAT_JSON
    summary, lines = reports[0]
    assert summary == "1 imported (0 to check), 0 already imported, 1 rejected"
    assert [(li.line, li.outcome, li.problem) for li in lines] == [
        (2, "Imported", False),
        (3, "Rejected", True),
    ]
    assert lines[1].detail == "subscription_number: unknown"


def test_export_writes_the_servers_file(qtbot: Any, entry: Any, tmp_path: Path) -> None:
    presenter, _services = entry
    done: list[Any] = []
    presenter.exported.connect(lambda path, count: done.append((path, count)))
    presenter.export_sheet(tmp_path / "t01.csv", rpb.READING_FILE_FORMAT_CSV)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert done[0][1] == 4
    assert (tmp_path / "t01.csv").read_text().splitlines()[1] == "A0000001"


def test_file_errors_of_an_import_come_first() -> None:
    response = rpb.ImportReadingsResponse(
        file_errors=[rpb.ImportFieldError(field="header", message="missing index_value")]
    )
    summary, lines = import_report(response)
    assert summary.startswith("0 imported")
    assert [(li.line, li.outcome, li.detail, li.problem) for li in lines] == [
        (0, "File refused", "header: missing index_value", True)
    ]


def test_reading_sheet_pdf_bytes(qtbot: Any, entry: Any, tmp_path: Path) -> None:
    presenter, _services = entry
    printed_at = dt.datetime(2026, 11, 28, 21, 30)
    path = presenter.print_sheet(tmp_path / "sheet.pdf", printed_at)
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert data.rstrip().endswith(b"%%EOF")
    assert len(data) > 5_000
    assert b"/Title" in data
    sheet = sheet_for_print(presenter.sheet, "Dakar Plateau", presenter.field_codes, printed_at)
    assert file_name(sheet) == "releve-T01-2026-11-30.pdf"
    assert page_footer(sheet, 1, 2) == "Tournée T01 — relève du 30/11/2026 — page 1 / 2"
    assert line_cells(sheet.lines[0])[:7] == (
        "1",
        "10 rue Carnot, Dakar",
        "NDIAYE Aissatou\nA0000001",
        "SN-4001",
        "simple",
        "001200\n31/10/2026",
        "1300 - 1400 kWh",
    )
    html = sheet_html(sheet)
    assert "BORDEREAU DE RELÈVE" in html and "<thead>" in html
    assert html.index("NDIAYE") < html.index("FALL") < html.index("DIOP") < html.index("SARR")
    assert "INACCESSIBLE" in html and "Signature" in html


def test_an_empty_round_still_prints(qtbot: Any, tmp_path: Path) -> None:
    from iwebs_client.printing.reading_sheet_layout import ReadingSheet

    sheet = ReadingSheet("DKR", "T09", "Vide", DAY, ())
    assert write_sheet_pdf(sheet, tmp_path / "e.pdf").read_bytes().startswith(b"%PDF")
    assert "Aucun compteur" in sheet_html(sheet)


# ---------------------------------------------------------------------- the worklist
@pytest.fixture
def worklist(qtbot: Any, entry: Any) -> Iterator[tuple[ReadingCasesPresenter, FakeReadingServices]]:
    presenter, services = entry
    presenter.enter(0, "002500", "")
    presenter.enter(1, "", "INACCESSIBLE")
    _wait_state(qtbot, presenter, 0, TO_CHECK)
    _wait_state(qtbot, presenter, 1, TO_CHECK)
    tasks = TaskRunner()
    cases = ReadingCasesPresenter(services, tasks, session(RIGHTS))
    cases.reload()
    qtbot.waitUntil(lambda: cases.model.rowCount() == 2, timeout=5000)
    yield cases, services
    settle(qtbot, tasks)


def test_worklist_filters_by_case(qtbot: Any, worklist: Any) -> None:
    cases, _services = worklist
    cases.set_filters(AGENCY, ROUND_ID, "TOO_HIGH")
    qtbot.waitUntil(lambda: cases.model.rowCount() == 1, timeout=5000)
    reading = cases.model.item(0)
    assert cases.model.display(reading, cases.model.CASES) == "Consumption too high"
    details = cases.details_text(reading)
    assert "expected 1300-1400" in details and "Previous index 1200" in details
    history: list[Any] = []
    expected: list[str] = []
    cases.history_loaded.connect(lambda r, previous: history.append(previous))
    cases.expected_loaded.connect(lambda _id, text: expected.append(text))
    cases.select(reading)
    qtbot.waitUntil(lambda: bool(history) and bool(expected), timeout=5000)
    assert [r.index_value for r in history[0]] == [1200]
    assert cases.usual_text(history[0]) == "Usual consumption: 95 kWh per reading (last 1 readings)"
    assert expected[0] == "Expected index on 30/11/2026: 1300 to 1400 kWh; read: 2500"


def test_release_needs_a_note_and_keeps_its_id_on_retry(qtbot: Any, worklist: Any) -> None:
    cases, services = worklist
    reading = next(r for r in cases.model.items() if r.field_code == "INACCESSIBLE")
    assert cases.release(reading, "  ") == "Write what the field check found."
    errors: list[Any] = []
    decided: list[str] = []
    cases.failed.connect(errors.append)
    cases.decided.connect(decided.append)
    services.readings.lose_next_answer = True
    assert cases.release(reading, "Portail ouvert le lendemain, index conforme") == ""
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    cases.retry_last()
    qtbot.waitUntil(lambda: bool(decided), timeout=5000)
    ids = [rid for m, rid in services.readings.calls if m == "release"]
    assert len(ids) == 2 and ids[0] == ids[1]
    assert decided[0] == "Reading of A0000002 released."
    qtbot.waitUntil(lambda: cases.model.rowCount() == 1, timeout=5000)


def test_replace_sends_the_new_index_and_shows_the_new_verdict(qtbot: Any, worklist: Any) -> None:
    cases, _services = worklist
    reading = next(r for r in cases.model.items() if r.subscription_number == "A0000001")
    assert cases.replace(reading, "13x0", "relu") == "The new index has digits only."
    decided: list[str] = []
    cases.decided.connect(decided.append)
    assert cases.replace(reading, "1350", "Erreur de saisie, relu sur place") == ""
    qtbot.waitUntil(lambda: bool(decided), timeout=5000)
    assert decided[0] == "Reading of A0000001 replaced: Validated: 150 kWh consumed"
    qtbot.waitUntil(lambda: cases.model.rowCount() == 1, timeout=5000)


def test_a_sheet_already_partly_entered_shows_the_verdicts(qtbot: Any) -> None:
    services = FakeReadingServices()
    services.readings.lines[0].entered.CopyFrom(
        rpb.MeterReading(
            reading_id="done1",
            index_read=True,
            index_value=1350,
            has_consumption=True,
            consumption=150,
            unit="kWh",
            status=rpb.READING_STATUS_VALIDATED,
        )
    )
    tasks = TaskRunner()
    presenter = ReadingEntryPresenter(services, tasks, session(RIGHTS))  # type: ignore[arg-type]
    with qtbot.waitSignal(presenter.sheet_loaded, timeout=5000):
        presenter.load_sheet(ROUND_ID, DAY)
    first = presenter.rows[0]
    assert (first.state, first.index_text, first.message) == (
        VALIDATED,
        "001350",
        "Validated: 150 kWh consumed",
    )
    assert presenter.counts() == (1, 0, 4)
    assert not presenter.enter(0, "001350", "")  # the server has exactly this already
    settle(qtbot, tasks)
