"""The worklist of reading cases (FAC-4), without widgets: the readings waiting for a check,
filtered by agency, round and case; a reading's cases, its previous readings; the decisions
release (with a note) and replace (new index + note).

    presenter.load_choices()                      # -> agencies_loaded (+ rounds_loaded)
    presenter.set_filters(agency_id, round_id, case_code)   # reloads presenter.model
    presenter.select(reading)                     # -> history_loaded(reading, previous)
    presenter.release(reading, note)              # -> decided(text)
    presenter.replace(reading, "012345", note)    # -> decided(text)

A decision's request id is made once per decision and reused when it is sent again after a
network problem (retry_last); it is renewed once the server answered.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from iwebs_client.models.paged_table_model import PagedTableModel
from iwebs_client.presenters.cash_agency_choices import fetch_agencies
from iwebs_client.presenters.presenter_base import CommandIntent, PresenterBase
from iwebs_client.presenters.reading_ports import MeterReading, ReplaceResponse
from iwebs_client.presenters.reading_rows import (
    case_text,
    cases_text,
    date_text,
    status_text,
    to_date,
    verdict_text,
)
from iwebs_client.presenters.service_ports import ClientServices, SessionInfo
from iwebs_client.tasks import TaskRunner


class ReadingCaseModel(PagedTableModel[MeterReading]):
    DATE, SUBSCRIPTION, CUSTOMER, CASES, INDEX, PREVIOUS, CONSUMPTION, METER, ADDRESS, STATUS = (
        range(10)
    )

    def headers(self) -> list[str]:
        return [
            self.tr("Reading date"),
            self.tr("Subscription"),
            self.tr("Customer"),
            self.tr("Cases"),
            self.tr("Index"),
            self.tr("Previous index"),
            self.tr("Consumption"),
            self.tr("Meter"),
            self.tr("Address"),
            self.tr("Status"),
        ]

    def display(self, item: MeterReading, column: int) -> str:
        if column == self.DATE:
            return date_text(item.reading_date)
        if column == self.SUBSCRIPTION:
            return item.subscription_number
        if column == self.CUSTOMER:
            return item.customer_name
        if column == self.ADDRESS:
            return item.premise_address
        if column == self.METER:
            register = "" if item.register_code in ("", "single") else f" ({item.register_code})"
            return f"{item.meter_serial}{register}"
        if column == self.PREVIOUS:
            return str(item.previous_index) if item.has_previous else ""
        if column == self.INDEX:
            return str(item.index_value) if item.index_read else item.field_code
        if column == self.CONSUMPTION:
            return f"{item.consumption} {item.unit}".strip() if item.has_consumption else ""
        if column == self.CASES:
            return cases_text(item) or item.field_code
        return status_text(item.status)

    def sort_value(self, item: MeterReading, column: int) -> Any:
        if column == self.DATE:
            day = to_date(item.reading_date)
            return day.isoformat() if day else ""
        if column == self.PREVIOUS:
            return item.previous_index if item.has_previous else -1
        if column == self.INDEX:
            return item.index_value if item.index_read else -1
        if column == self.CONSUMPTION:
            return item.consumption if item.has_consumption else -1
        return self.display(item, column).casefold()

    def key(self, item: MeterReading) -> str:
        return item.reading_id


class ReadingCasesPresenter(PresenterBase):
    agencies_loaded = Signal(object)
    rounds_loaded = Signal(object)
    #: the reading, its previous readings (newest first, the reading itself left out)
    history_loaded = Signal(object, object)
    #: (reading id, sentence): the expected index range of the reading's date (its round's
    #: sheet: the validation's bands), with what was read
    expected_loaded = Signal(str, str)
    decided = Signal(str)

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
        self.filters: tuple[str, str, str] = ("", "", "")
        self.model = ReadingCaseModel(tasks, self)
        self.model.set_page_fetcher(self._fetch)
        self._decision = CommandIntent()
        self._decision_key: tuple[str, ...] | None = None

    @property
    def can_decide(self) -> bool:
        return "billing.readings" in self._session.rights

    def _fetch(self, token: str) -> tuple[list[MeterReading], str]:
        agency_id, round_id, case_code = self.filters
        return self._readings.list_cases(
            agency_id=agency_id, round_id=round_id, case_code=case_code, page_token=token
        )

    def load_choices(self) -> None:
        services, session = self._services, self._session
        self._run(lambda: fetch_agencies(services, session), self.agencies_loaded.emit)

    def load_rounds(self, agency_id: str) -> None:
        if not agency_id:
            self.rounds_loaded.emit([])
            return
        premises = self._services.premises

        def load() -> list[tuple[str, str]]:
            rounds = sorted(premises.list_all_rounds(agency_id), key=lambda r: r.code)
            return [(r.round_id, f"{r.code} — {r.name}") for r in rounds]

        self._run(load, self.rounds_loaded.emit)

    def set_filters(self, agency_id: str, round_id: str, case_code: str) -> None:
        self.filters = (agency_id, round_id, case_code)
        self.model.reload()

    def reload(self) -> None:
        self.model.reload()

    def select(self, reading: MeterReading | None) -> None:
        if reading is None:
            return
        readings = self._readings

        def load() -> list[MeterReading]:
            history = readings.subscription_readings(reading.subscription_id)
            return [
                r
                for r in history
                if r.reading_id != reading.reading_id and r.register_code == reading.register_code
            ]

        self._run(load, lambda previous: self.history_loaded.emit(reading, previous))
        self._load_expected(reading)

    def _load_expected(self, reading: MeterReading) -> None:
        day = to_date(reading.reading_date)
        if not reading.round_id or day is None:
            return
        readings, reading_id = self._readings, reading.reading_id

        def load() -> str:
            sheet = readings.reading_sheet(reading.round_id, day)
            for line in sheet.lines:
                if (
                    line.subscription_id == reading.subscription_id
                    and line.register_code == reading.register_code
                    and line.has_expected
                ):
                    return self.expected_text(reading, line.expected_low, line.expected_high)
            return ""

        self._tasks.run(
            load,
            lambda text: self.expected_loaded.emit(reading_id, text) if text else None,
            lambda _error: None,  # the cases and the history are enough to decide
        )

    def expected_text(self, reading: MeterReading, low: int, high: int) -> str:
        read = str(reading.index_value) if reading.index_read else "—"
        return (
            self.tr("Expected index on %1: %2 to %3 %4; read: %5")
            .replace("%1", date_text(reading.reading_date))
            .replace("%2", str(low))
            .replace("%3", str(high))
            .replace("%4", reading.unit)
            .replace("%5", read)
        )

    def usual_text(self, previous: list[MeterReading]) -> str:
        """The meter's usual consumption from its previous readings ("" without any)."""
        used = [r.consumption for r in previous if r.has_consumption][:6]
        if not used:
            return ""
        unit = previous[0].unit
        return (
            self.tr("Usual consumption: %1 %2 per reading (last %3 readings)")
            .replace("%1", str(round(sum(used) / len(used))))
            .replace("%2", unit)
            .replace("%3", str(len(used)))
        )

    def details_text(self, reading: MeterReading | None) -> str:
        """What the controller reads before deciding: the cases with what the validation saw."""
        if reading is None:
            return ""
        lines = [
            f"{reading.subscription_number} — {reading.customer_name}",
            reading.premise_address,
            self.tr("Meter %1, reading of %2: %3")
            .replace("%1", reading.meter_serial)
            .replace("%2", date_text(reading.reading_date))
            .replace("%3", str(reading.index_value) if reading.index_read else "—"),
        ]
        if reading.has_previous:
            lines.append(
                self.tr("Previous index %1 on %2")
                .replace("%1", str(reading.previous_index))
                .replace("%2", date_text(reading.previous_date))
            )
        if reading.field_code:
            lines.append(self.tr("Reader's code: %1").replace("%1", reading.field_code))
        for case in reading.cases:
            detail = f" ({case.detail})" if case.detail else ""
            lines.append(f"• {case_text(case.code)}{detail}")
        if reading.review_note:
            lines.append(self.tr("Note: %1").replace("%1", reading.review_note))
        return "\n".join(line for line in lines if line)

    def _intent_for(self, key: tuple[str, ...]) -> CommandIntent:
        if key != self._decision_key:
            self._decision.renew()
            self._decision_key = key
        return self._decision

    def release(self, reading: MeterReading, note: str) -> str:
        """Sends the release; returns what is wrong ("" when sent)."""
        note = note.strip()
        if not note:
            return self.tr("Write what the field check found.")
        request_id = self._intent_for(("release", reading.reading_id, note)).request_id
        readings = self._readings
        self._run(
            lambda: readings.release(request_id, reading.reading_id, reading.version, note),
            self._released,
        )
        return ""

    def replace(self, reading: MeterReading, index_text: str, note: str) -> str:
        index_text, note = index_text.strip(), note.strip()
        if not index_text.isdigit():
            return self.tr("The new index has digits only.")
        if not note:
            return self.tr("Write what the field check found.")
        key = ("replace", reading.reading_id, index_text, note)
        request_id = self._intent_for(key).request_id
        readings = self._readings
        self._run(
            lambda: readings.replace(
                request_id, reading.reading_id, reading.version, index_text, note
            ),
            self._replaced,
        )
        return ""

    def _done(self) -> None:
        self._decision_key = None
        self._decision.renew()
        self.model.reload()

    def _released(self, reading: MeterReading) -> None:
        self._done()
        self.decided.emit(
            self.tr("Reading of %1 released.").replace("%1", reading.subscription_number)
        )

    def _replaced(self, response: ReplaceResponse) -> None:
        self._done()
        self.decided.emit(
            self.tr("Reading of %1 replaced: %2")
            .replace("%1", response.reading.subscription_number)
            .replace("%2", verdict_text(response.reading))
        )
