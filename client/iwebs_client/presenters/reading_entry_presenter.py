"""Reading entry in round order (FAC-3, FAC-4), without widgets.

How the view (or a test) drives it, on the GUI thread, each call answered by a signal:

    presenter.load_choices()                       # -> agencies_loaded, field_codes_loaded
    presenter.select_agency(agency_id)             # -> rounds_loaded(list of (id, label))
    presenter.load_sheet(round_id, reading_date)   # -> sheet_loaded: presenter.rows
    presenter.enter(row, "012345", "")             # -> row_changed(row): sending, then verdict
    presenter.print_sheet(path)                    # the PDF of the sheet (GUI thread)
    presenter.export_sheet(path, FORMAT_CSV)       # -> exported(path, line count)
    presenter.import_file(path)                    # -> imported(summary, report lines)

Every row keeps its own request id (`EntryRow.intent`): made once for what the clerk typed,
sent again as is when the answer did not come (network), renewed after the server's verdict
or a definitive refusal. Rows are sent independently: the clerk goes on while the answers come.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Signal

from iwebs_client.backend.client_types import BackendError
from iwebs_client.presenters.cash_agency_choices import default_agency, fetch_agencies
from iwebs_client.presenters.cash_forms import item_label
from iwebs_client.presenters.error_messages import error_text
from iwebs_client.presenters.presenter_base import CommandIntent, PresenterBase
from iwebs_client.presenters.reading_ports import (
    FORMAT_CSV,
    FORMAT_JSON,
    STATUS_TO_CHECK,
    ImportResponse,
    MeterReading,
    ReadingSheetLine,
    ReadingSheetResponse,
)
from iwebs_client.presenters.reading_rows import (
    expected_text,
    import_report,
    previous_text,
    sheet_for_print,
    verdict_text,
)
from iwebs_client.presenters.service_ports import ClientServices, SessionInfo
from iwebs_client.printing.reading_sheet_layout import file_name
from iwebs_client.printing.reading_sheet_pdf import write_sheet_pdf
from iwebs_client.tasks import TaskRunner

FIELD_CODE_TABLE = "reading_anomaly"

# the states of an entry row
EMPTY, SENDING, UNSENT, VALIDATED, TO_CHECK, REFUSED = (
    "empty",
    "sending",
    "unsent",
    "validated",
    "to_check",
    "refused",
)


@dataclass
class EntryRow:
    """One register of the round: what the clerk typed, what the server said."""

    line: ReadingSheetLine
    index_text: str = ""
    field_code: str = ""
    state: str = EMPTY
    message: str = ""
    reading: MeterReading | None = None
    intent: CommandIntent = field(default_factory=CommandIntent)
    #: (index, field code) the intent's request id was made for
    sent: tuple[str, str] | None = None

    @property
    def previous(self) -> str:
        return previous_text(self.line)

    @property
    def expected(self) -> str:
        return expected_text(self.line)


def format_for(path: Path) -> int:
    return FORMAT_JSON if path.suffix.lower() == ".json" else FORMAT_CSV


class ReadingEntryPresenter(PresenterBase):
    agencies_loaded = Signal(object)  # list of (agency_id, name)
    rounds_loaded = Signal(object)  # list of (round_id, "CODE — name")
    field_codes_loaded = Signal(object)  # list of (code, label)
    sheet_loaded = Signal()
    row_changed = Signal(int)
    exported = Signal(object, int)  # path, line count
    imported = Signal(str, object)  # summary, list of ImportReportLine

    def __init__(
        self,
        services: ClientServices,
        tasks: TaskRunner,
        session: SessionInfo,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(tasks, parent)
        self._services = services
        self._readings = services.readings
        self._session = session
        self.agencies: list[tuple[str, str]] = []
        self.field_codes: list[tuple[str, str]] = []
        self.agency_id = ""
        self.sheet: ReadingSheetResponse | None = None
        self.reading_date: dt.date | None = None
        self.rows: list[EntryRow] = []
        self._import_intent = CommandIntent()
        self._import_key: tuple[str, int] | None = None

    @property
    def can_enter(self) -> bool:
        return "billing.readings" in self._session.rights

    # ------------------------------------------------------------------ choices
    def load_choices(self) -> None:
        services, session = self._services, self._session
        english = QLocale().language() == QLocale.Language.English

        def load() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
            agencies = fetch_agencies(services, session)
            codes = [
                (item.code, item_label(item, english))
                for item in services.reference_data.list_items(FIELD_CODE_TABLE)
            ]
            return agencies, codes

        self._run(load, self._choices_received)

    def _choices_received(
        self, loaded: tuple[list[tuple[str, str]], list[tuple[str, str]]]
    ) -> None:
        self.agencies, self.field_codes = loaded
        self.field_codes_loaded.emit(self.field_codes)
        self.agencies_loaded.emit(self.agencies)
        if self.agencies:
            self.select_agency(default_agency(self.agencies, self._session))

    def select_agency(self, agency_id: str) -> None:
        self.agency_id = agency_id
        premises = self._services.premises

        def load() -> list[tuple[str, str]]:
            rounds = [r for r in premises.list_all_rounds(agency_id) if r.active]
            rounds.sort(key=lambda r: r.code)
            return [(r.round_id, f"{r.code} — {r.name}") for r in rounds]

        self._run(load, self.rounds_loaded.emit)

    def agency_name(self) -> str:
        return dict(self.agencies).get(self.agency_id, "")

    # ------------------------------------------------------------------ the sheet
    def load_sheet(self, round_id: str, reading_date: dt.date) -> None:
        readings = self._readings
        self._run(
            lambda: readings.reading_sheet(round_id, reading_date),
            lambda sheet: self._sheet_received(sheet, reading_date),
        )

    def _sheet_received(self, sheet: ReadingSheetResponse, reading_date: dt.date) -> None:
        self.sheet = sheet
        self.reading_date = reading_date
        self.rows = []
        for line in sorted(sheet.lines, key=lambda item: item.round_order):
            row = EntryRow(line)
            if line.entered.reading_id:
                self._show_verdict(row, line.entered)
            self.rows.append(row)
        self.sheet_loaded.emit()

    def counts(self) -> tuple[int, int, int]:
        """(entered, to check, total) of the sheet's registers."""
        entered = sum(1 for r in self.rows if r.state in (VALIDATED, TO_CHECK))
        to_check = sum(1 for r in self.rows if r.state == TO_CHECK)
        return entered, to_check, len(self.rows)

    # ------------------------------------------------------------------ entry
    def check(self, index_text: str, field_code: str, line: ReadingSheetLine) -> str:
        """What is wrong with a row before sending ("" when it can be sent)."""
        index_text = index_text.strip()
        if not index_text and not field_code:
            return self.tr("Type the index or choose a field code.")
        if index_text and not index_text.isdigit():
            return self.tr("The index has digits only.")
        if index_text and line.digits and len(index_text) > line.digits:
            return self.tr("The meter has %1 digits.").replace("%1", str(line.digits))
        return ""

    def enter(self, row_no: int, index_text: str, field_code: str) -> bool:
        """Sends one row (False when nothing was sent: a problem, or already accepted as is)."""
        if not (0 <= row_no < len(self.rows)) or self.reading_date is None:
            return False
        row = self.rows[row_no]
        index_text, field_code = index_text.strip(), field_code.strip()
        key = (index_text, field_code)
        if row.state == SENDING:
            return False
        if row.state in (VALIDATED, TO_CHECK) and row.sent == key:
            return False  # the server already has exactly this
        problem = self.check(index_text, field_code, row.line)
        row.index_text, row.field_code = index_text, field_code
        if problem:
            row.state, row.message = REFUSED, problem
            self.row_changed.emit(row_no)
            return False
        if row.sent != key:
            # something else than what the current request id was made for: a new intent
            if row.sent is not None:
                row.intent.renew()
            row.sent = key
        row.state, row.message = SENDING, self.tr("Sending...")
        self.row_changed.emit(row_no)
        self._send(row_no, row)
        return True

    def _send(self, row_no: int, row: EntryRow) -> None:
        readings, line, day = self._readings, row.line, self.reading_date
        assert day is not None
        request_id, (index_text, field_code) = row.intent.request_id, row.sent or ("", "")
        self._tasks.run(
            lambda: readings.enter_reading(
                request_id, line.subscription_id, line.register_code, day, index_text, field_code
            ),
            lambda reading: self._entered(row_no, row, reading),
            lambda error: self._enter_failed(row_no, row, error),
        )

    def _entered(self, row_no: int, row: EntryRow, reading: MeterReading) -> None:
        self._show_verdict(row, reading)
        row.intent.renew()
        self.row_changed.emit(row_no)

    def _show_verdict(self, row: EntryRow, reading: MeterReading) -> None:
        row.reading = reading
        row.state = TO_CHECK if reading.status == STATUS_TO_CHECK else VALIDATED
        row.message = verdict_text(reading)
        row.index_text = str(reading.index_value) if reading.index_read else ""
        if reading.index_read and row.line.digits:
            row.index_text = row.index_text.rjust(row.line.digits, "0")
        row.field_code = reading.field_code
        row.sent = (row.index_text, row.field_code)

    def _enter_failed(self, row_no: int, row: EntryRow, error: BackendError) -> None:
        if error.is_connection_problem:
            # no answer: the same request id goes again on the next Enter (or retry_unsent)
            row.state = UNSENT
            row.message = self.tr("Not sent (%1): press Enter to send again.").replace(
                "%1", error_text(error)
            )
        else:
            row.state, row.message = REFUSED, error_text(error)
            row.intent.renew()
            row.sent = None
        self.row_changed.emit(row_no)

    def retry_unsent(self) -> int:
        """Sends again every row that got no answer, each with its own request id."""
        count = 0
        for row_no, row in enumerate(self.rows):
            if row.state == UNSENT and row.sent is not None:
                row.state, row.message = SENDING, self.tr("Sending...")
                self.row_changed.emit(row_no)
                self._send(row_no, row)
                count += 1
        return count

    # ------------------------------------------------------------------ print, files
    def print_sheet(self, path: Path, printed_at: dt.datetime | None = None) -> Path:
        """The sheet as a PDF at `path` (GUI thread: Qt renders it)."""
        assert self.sheet is not None
        sheet = sheet_for_print(
            self.sheet,
            self.agency_name(),
            self.field_codes,
            printed_at or dt.datetime.now().astimezone(),
        )
        return write_sheet_pdf(sheet, path)

    def default_pdf_name(self) -> str:
        assert self.sheet is not None
        sheet = sheet_for_print(self.sheet, "", (), dt.datetime.now().astimezone())
        return file_name(sheet)

    def export_sheet(self, path: Path, file_format: int) -> None:
        assert self.sheet is not None and self.reading_date is not None
        readings, round_id, day = self._readings, self.sheet.round_id, self.reading_date

        def export() -> int:
            response = readings.export_sheet(round_id, day, file_format)
            path.write_bytes(response.content)
            return int(response.line_count)

        self._run(export, lambda count: self.exported.emit(path, count))

    def import_file(self, path: Path) -> None:
        """Sends a terminal's return file; the request id is kept while the same file is
        retried after a network problem."""
        readings, file_format = self._readings, format_for(path)
        try:
            stamp = path.stat().st_mtime_ns
        except OSError:
            stamp = 0
        key = (str(path), stamp)
        if key != self._import_key:
            self._import_intent.renew()
            self._import_key = key
        request_id = self._import_intent.request_id

        def send() -> ImportResponse:
            return readings.import_readings(request_id, file_format, path.read_bytes(), path.name)

        self._run(send, self._imported)

    def _imported(self, response: ImportResponse) -> None:
        self._import_key = None
        self._import_intent.renew()
        summary, lines = import_report(response)
        self.imported.emit(summary, lines)
        if self.sheet is not None and self.reading_date is not None:
            self.load_sheet(self.sheet.round_id, self.reading_date)
