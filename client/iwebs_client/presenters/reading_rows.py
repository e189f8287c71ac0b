"""The texts of the reading screens (FAC-3, FAC-4), pure functions: reading cases and statuses
in words, a sheet line as the entry table and the printed sheet show it, the import report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from iwebs.v1 import common_pb2
from iwebs_client.presenters.reading_ports import (
    STATUS_ESTIMATED,
    STATUS_RELEASED,
    STATUS_REPLACED,
    STATUS_TO_CHECK,
    STATUS_VALIDATED,
    ImportLineResult,
    ImportResponse,
    MeterReading,
    ReadingSheetLine,
    ReadingSheetResponse,
)
from iwebs_client.printing.reading_sheet_layout import ReadingSheet, SheetLine

#: the reading cases the validation finds (ReadingCase.code), in the worklist's filter order
CASE_CODES: tuple[str, ...] = (
    "TOO_HIGH",
    "TOO_LOW",
    "ZERO_CONSUMPTION",
    "NEGATIVE",
    "ROLLOVER",
    "CONSUMPTION_WHILE_CUT",
    "CONSUMPTION_WHILE_TERMINATED",
    "IMPLAUSIBLE_PREVIOUS",
    "NO_ACCESS",
    "METER_STOPPED",
    "SEAL_BROKEN",
)


def case_text(code: str) -> str:
    texts = {
        "TOO_HIGH": QCoreApplication.translate("ReadingTexts", "Consumption too high"),
        "TOO_LOW": QCoreApplication.translate("ReadingTexts", "Consumption too low"),
        "ZERO_CONSUMPTION": QCoreApplication.translate("ReadingTexts", "Zero consumption"),
        "NEGATIVE": QCoreApplication.translate("ReadingTexts", "Index below the previous one"),
        "ROLLOVER": QCoreApplication.translate("ReadingTexts", "Meter roll-over"),
        "CONSUMPTION_WHILE_CUT": QCoreApplication.translate(
            "ReadingTexts", "Consumption while cut"
        ),
        "CONSUMPTION_WHILE_TERMINATED": QCoreApplication.translate(
            "ReadingTexts", "Consumption after termination"
        ),
        "IMPLAUSIBLE_PREVIOUS": QCoreApplication.translate(
            "ReadingTexts", "Implausible previous reading"
        ),
        "NO_ACCESS": QCoreApplication.translate("ReadingTexts", "No access"),
        "METER_STOPPED": QCoreApplication.translate("ReadingTexts", "Meter stopped"),
        "SEAL_BROKEN": QCoreApplication.translate("ReadingTexts", "Seal broken"),
    }
    return texts.get(code, code)


def cases_text(reading: MeterReading) -> str:
    return ", ".join(case_text(case.code) for case in reading.cases)


def status_text(status: int) -> str:
    texts: dict[int, str] = {
        STATUS_VALIDATED: QCoreApplication.translate("ReadingTexts", "Validated"),
        STATUS_TO_CHECK: QCoreApplication.translate("ReadingTexts", "To check"),
        STATUS_RELEASED: QCoreApplication.translate("ReadingTexts", "Released"),
        STATUS_REPLACED: QCoreApplication.translate("ReadingTexts", "Replaced"),
        STATUS_ESTIMATED: QCoreApplication.translate("ReadingTexts", "Estimated"),
    }
    return texts.get(status, "")


def verdict_text(reading: MeterReading) -> str:
    """What the entry row says once the server answered: validated, or the cases found."""
    if reading.status == STATUS_TO_CHECK:
        return QCoreApplication.translate("ReadingTexts", "To check: %1").replace(
            "%1", cases_text(reading) or reading.field_code
        )
    text = status_text(reading.status)
    if reading.has_consumption:
        consumed = f"{reading.consumption} {reading.unit}".strip()
        text = (
            QCoreApplication.translate("ReadingTexts", "%1: %2 consumed")
            .replace("%1", text)
            .replace("%2", consumed)
        )
    return text


def to_date(value: common_pb2.Date) -> dt.date | None:
    return dt.date(value.year, value.month, value.day) if value.year else None


def date_text(value: common_pb2.Date) -> str:
    day = to_date(value)
    return day.strftime("%d/%m/%Y") if day is not None else ""


def padded_index(value: int, digits: int) -> str:
    return str(value).rjust(digits, "0") if digits > 0 else str(value)


def previous_text(line: ReadingSheetLine) -> str:
    if not line.has_last_index:
        return ""
    return f"{padded_index(line.last_index, line.digits)} ({date_text(line.last_index_date)})"


def expected_text(line: ReadingSheetLine) -> str:
    if not line.has_expected:
        return ""
    return f"{line.expected_low} - {line.expected_high}"


def sheet_for_print(
    sheet: ReadingSheetResponse,
    agency_name: str,
    field_codes: Sequence[tuple[str, str]],
    printed_at: dt.datetime,
) -> ReadingSheet:
    """The printed sheet (printing/reading_sheet_layout.py) of a GetReadingSheet answer."""
    day = to_date(sheet.reading_date) or printed_at.date()
    lines = tuple(
        SheetLine(
            sequence=line.round_order,
            address=line.address,
            subscriber=line.customer_name,
            account_number=line.subscription_number,
            meter_serial=line.meter_serial,
            register_code=line.register_code,
            digits=line.digits,
            previous_index=line.last_index if line.has_last_index else None,
            previous_date=to_date(line.last_index_date) if line.has_last_index else None,
            expected_low=line.expected_low if line.has_expected else None,
            expected_high=line.expected_high if line.has_expected else None,
            unit=line.unit,
        )
        for line in sheet.lines
    )
    return ReadingSheet(
        agency=agency_name,
        round_code=sheet.round_code,
        round_name=sheet.round_name,
        reading_date=day,
        lines=lines,
        field_codes=tuple(field_codes),
        printed_at=printed_at,
    )


@dataclass(frozen=True)
class ImportReportLine:
    line: int
    subscription: str
    outcome: str
    detail: str
    #: a refused line (or a file error): the dialog shows it in red
    problem: bool = False


def outcome_text(outcome: str) -> str:
    texts = {
        "created": QCoreApplication.translate("ReadingTexts", "Imported"),
        "duplicate": QCoreApplication.translate("ReadingTexts", "Already imported"),
        "rejected": QCoreApplication.translate("ReadingTexts", "Rejected"),
    }
    return texts.get(outcome, outcome)


def _line_detail(result: ImportLineResult) -> str:
    if result.errors:
        return "; ".join(
            f"{error.field}: {error.message}" if error.field else error.message
            for error in result.errors
        )
    if result.reading.reading_id:
        return verdict_text(result.reading)
    return ""


def import_report(response: ImportResponse) -> tuple[str, list[ImportReportLine]]:
    """The summary sentence and one line per line of the file (file errors first, line 0)."""
    summary = (
        QCoreApplication.translate(
            "ReadingTexts", "%1 imported (%2 to check), %3 already imported, %4 rejected"
        )
        .replace("%1", str(response.created))
        .replace("%2", str(response.to_check))
        .replace("%3", str(response.duplicates))
        .replace("%4", str(response.rejected))
    )
    lines = [
        ImportReportLine(
            0,
            "",
            QCoreApplication.translate("ReadingTexts", "File refused"),
            f"{e.field}: {e.message}".strip(": "),
            problem=True,
        )
        for e in response.file_errors
    ]
    for result in response.lines:
        subscription = result.subscription_number
        if result.register_code and result.register_code != "single":
            subscription = f"{subscription} ({result.register_code})"
        lines.append(
            ImportReportLine(
                result.line,
                subscription,
                outcome_text(result.outcome),
                _line_detail(result),
                problem=result.outcome == "rejected",
            )
        )
    return summary, lines
