"""In-memory stand-ins for the reading screens' PORTS (presenters/reading_ports.py): one round
of four registers, readings validated against the expected range (TOO_HIGH above it, NEGATIVE
below the previous index, the reader's field code as its own case), idempotent by request_id
(a request id sent again answers the first reading; with other content: REQUEST_ID_REUSED),
a worklist with release and replace, export and import of terminal files. The live tests
(test_reading_screens_live.py) check the real server."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from typing import Any

from iwebs.v1 import common_pb2, customer_pb2, reading_service_pb2, reference_data_service_pb2
from iwebs_client.backend.client_types import BackendError
from tests.client.customer_fakes import AGENCY

rpb = reading_service_pb2
ROUND_ID = "round-1"
FIELD_CASES = {
    "INACCESSIBLE": "NO_ACCESS",
    "STOPPED": "METER_STOPPED",
    "SEAL_BROKEN": "SEAL_BROKEN",
}


def pb_date(value: dt.date) -> common_pb2.Date:
    return common_pb2.Date(year=value.year, month=value.month, day=value.day)


def sheet_line(order: int, name: str, last: int, low: int, high: int) -> Any:
    return rpb.ReadingSheetLine(
        round_order=order,
        premise_id=f"p{order}",
        premise_number=f"PR{order:05d}",
        address=f"{order * 10} rue Carnot, Dakar",
        subscription_id=f"s{order}",
        subscription_number=f"A{order:07d}",
        subscription_status="active",
        customer_name=name,
        meter_id=f"m{order}",
        meter_serial=f"SN-{4000 + order}",
        digits=6,
        multiplier="1",
        register_code="single",
        unit="kWh",
        has_last_index=True,
        last_index=last,
        last_index_date=pb_date(dt.date(2026, 10, 31)),
        has_expected=True,
        expected_low=low,
        expected_high=high,
    )


class FakeReadings:
    def __init__(self) -> None:
        self.lines = [
            sheet_line(1, "NDIAYE Aissatou", 1200, 1300, 1400),
            sheet_line(2, "FALL Moussa", 500, 560, 640),
            sheet_line(3, "DIOP Awa", 8000, 8100, 8300),
            sheet_line(4, "SARR Ibrahima", 300, 330, 380),
        ]
        self.readings: dict[str, Any] = {}
        self.by_request: dict[str, tuple[tuple[str, ...], Any]] = {}
        self.calls: list[tuple[str, str]] = []  # (method, request id)
        #: the next call records its effect, then "loses" the answer (a network problem)
        self.lose_next_answer = False
        self.imports: list[tuple[str, int, bytes, str]] = []
        self._ids = itertools.count(1)

    def _lose(self) -> None:
        if self.lose_next_answer:
            self.lose_next_answer = False
            raise BackendError(code="UNAVAILABLE", reason="UNAVAILABLE", message="lost")

    def reading_sheet(self, round_id: str, reading_date: dt.date) -> Any:
        if round_id != ROUND_ID:
            raise BackendError(code="NOT_FOUND", reason="NOT_FOUND")
        return rpb.GetReadingSheetResponse(
            round_id=ROUND_ID,
            round_code="T01",
            round_name="Plateau 1",
            agency_id=AGENCY,
            reading_date=pb_date(reading_date),
            lines=self.lines,
        )

    def _validate(self, line: Any, reading: Any) -> None:
        if reading.field_code:
            code = FIELD_CASES.get(reading.field_code, reading.field_code)
            reading.cases.append(rpb.ReadingCase(code=code, detail="entered by the reader"))
        if reading.index_read:
            if reading.index_value < line.last_index:
                reading.cases.append(rpb.ReadingCase(code="NEGATIVE", detail="below previous"))
            else:
                reading.has_consumption = True
                reading.consumption = reading.index_value - line.last_index
                if reading.index_value > line.expected_high:
                    reading.cases.append(
                        rpb.ReadingCase(
                            code="TOO_HIGH",
                            detail=f"expected {line.expected_low}-{line.expected_high}",
                        )
                    )
        reading.status = (
            rpb.READING_STATUS_TO_CHECK if reading.cases else rpb.READING_STATUS_VALIDATED
        )

    def enter_reading(
        self,
        request_id: str,
        subscription_id: str,
        register_code: str,
        reading_date: dt.date,
        index_value: str,
        field_code: str,
        note: str = "",
    ) -> Any:
        self.calls.append(("enter_reading", request_id))
        content = (subscription_id, register_code, index_value, field_code)
        if request_id in self.by_request:
            first, reading = self.by_request[request_id]
            if first != content:
                raise BackendError(code="FAILED_PRECONDITION", reason="REQUEST_ID_REUSED")
            return reading
        line = next((li for li in self.lines if li.subscription_id == subscription_id), None)
        if line is None:
            raise BackendError(code="NOT_FOUND", reason="NOT_FOUND")
        reading = rpb.MeterReading(
            reading_id=f"rd{next(self._ids)}",
            subscription_id=subscription_id,
            subscription_number=line.subscription_number,
            customer_name=line.customer_name,
            meter_serial=line.meter_serial,
            register_code=register_code,
            unit="kWh",
            agency_id=AGENCY,
            round_id=ROUND_ID,
            reading_date=pb_date(reading_date),
            index_read=bool(index_value),
            index_value=int(index_value or 0),
            has_previous=True,
            previous_index=line.last_index,
            previous_date=line.last_index_date,
            source="field",
            field_code=field_code,
            version=1,
            premise_address=line.address,
        )
        self._validate(line, reading)
        self.readings[reading.reading_id] = reading
        self.by_request[request_id] = (content, reading)
        self._lose()
        return reading

    def export_sheet(self, round_id: str, reading_date: dt.date, file_format: int) -> Any:
        self.calls.append(("export_sheet", ""))
        if file_format == rpb.READING_FILE_FORMAT_JSON:
            content = json.dumps(
                {"readings": [{"subscription_number": li.subscription_number} for li in self.lines]}
            ).encode()
        else:
            content = (
                "subscription_number\n"
                + "".join(f"{li.subscription_number}\n" for li in self.lines)
            ).encode()
        return rpb.ExportReadingSheetResponse(
            content=content, file_name="sheet", line_count=len(self.lines)
        )

    def import_readings(
        self, request_id: str, file_format: int, content: bytes, file_name: str
    ) -> Any:
        self.calls.append(("import_readings", request_id))
        self.imports.append((request_id, file_format, content, file_name))
        self._lose()
        return rpb.ImportReadingsResponse(
            created=1,
            rejected=1,
            lines=[
                rpb.ImportLineResult(
                    line=2,
                    subscription_number="A0000001",
                    register_code="single",
                    outcome="created",
                    reading=rpb.MeterReading(
                        reading_id="imp1", status=rpb.READING_STATUS_VALIDATED
                    ),
                ),
                rpb.ImportLineResult(
                    line=3,
                    subscription_number="A0000999",
                    outcome="rejected",
                    errors=[
                        rpb.ImportFieldError(
                            field="subscription_number", message="unknown", reason="NOT_FOUND"
                        )
                    ],
                ),
            ],
        )

    def list_cases(
        self,
        *,
        agency_id: str = "",
        round_id: str = "",
        case_code: str = "",
        page_token: str = "",
        page_size: int = 100,
    ) -> tuple[list[Any], str]:
        self.calls.append(("list_cases", case_code))
        found = [
            r
            for r in self.readings.values()
            if r.status == rpb.READING_STATUS_TO_CHECK
            and (not case_code or any(c.code == case_code for c in r.cases))
            and (not round_id or r.round_id == round_id)
        ]
        return found, ""

    def get_reading(self, reading_id: str) -> Any:
        return self.readings[reading_id]

    def _decide(self, request_id: str, reading_id: str, version: int) -> Any:
        reading = self.readings.get(reading_id)
        if reading is None:
            raise BackendError(code="NOT_FOUND", reason="NOT_FOUND")
        if reading.status != rpb.READING_STATUS_TO_CHECK:
            raise BackendError(code="FAILED_PRECONDITION", reason="READING_ALREADY_REVIEWED")
        if reading.version != version:
            raise BackendError(code="ABORTED", reason="VERSION_CONFLICT")
        return reading

    def release(self, request_id: str, reading_id: str, version: int, note: str) -> Any:
        self.calls.append(("release", request_id))
        if request_id in self.by_request:
            return self.by_request[request_id][1]
        reading = self._decide(request_id, reading_id, version)
        reading.status = rpb.READING_STATUS_RELEASED
        reading.review_note = note
        reading.version += 1
        self.by_request[request_id] = ((reading_id,), reading)
        self._lose()
        return reading

    def replace(
        self, request_id: str, reading_id: str, version: int, index_value: str, note: str
    ) -> Any:
        self.calls.append(("replace", request_id))
        old = self._decide(request_id, reading_id, version)
        old.status = rpb.READING_STATUS_REPLACED
        old.version += 1
        line = next(li for li in self.lines if li.subscription_id == old.subscription_id)
        new = rpb.MeterReading()
        new.CopyFrom(old)
        new.reading_id = f"rd{next(self._ids)}"
        new.index_value = int(index_value)
        new.index_read = True
        new.field_code = ""
        new.review_note = note
        new.replaces_reading_id = old.reading_id
        del new.cases[:]
        self._validate(line, new)
        self.readings[new.reading_id] = new
        return rpb.ReplaceReadingResponse(replaced=old, reading=new)

    def subscription_readings(self, subscription_id: str, page_size: int = 12) -> list[Any]:
        older = rpb.MeterReading(
            reading_id="old1",
            subscription_id=subscription_id,
            register_code="single",
            reading_date=pb_date(dt.date(2026, 10, 31)),
            index_read=True,
            index_value=1200,
            has_consumption=True,
            consumption=95,
            unit="kWh",
            status=rpb.READING_STATUS_VALIDATED,
        )
        mine = [r for r in self.readings.values() if r.subscription_id == subscription_id]
        return [*reversed(mine), older]


class FakeRoundPremises:
    def list_all_rounds(self, agency_id: str) -> list[Any]:
        return [
            customer_pb2.Round(round_id=ROUND_ID, code="T01", name="Plateau 1", active=True),
            customer_pb2.Round(round_id="round-2", code="T02", name="Plateau 2", active=True),
        ]


class FakeAnomalyCodes:
    def list_items(self, table_code: str, include_inactive: bool = False) -> list[Any]:
        assert table_code == "reading_anomaly"
        return [
            reference_data_service_pb2.ReferenceItem(
                table_code=table_code, code=code, label_fr=fr, label_en=en, active=True
            )
            for code, fr, en in (
                ("INACCESSIBLE", "Compteur inaccessible", "Meter not accessible"),
                ("STOPPED", "Compteur bloqué", "Meter stopped"),
                ("SEAL_BROKEN", "Scellé rompu", "Seal broken"),
            )
        ]


class FakeReadingServices:
    def __init__(self) -> None:
        self.readings = FakeReadings()
        self.premises = FakeRoundPremises()
        self.reference_data = FakeAnomalyCodes()
        self.agencies = None
