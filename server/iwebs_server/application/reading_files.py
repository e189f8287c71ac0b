"""Reading sheets for handheld terminals and their return (FAC-3), in CSV or JSON.

Formats (docs/readings.md, with examples):
- CSV: UTF-8, `;`-separated, a header line; export columns EXPORT_COLUMNS; the return needs
  subscription_number, reading_date and index_value or field_code (register_code defaults
  to single, meter_serial is checked when present, note is kept; other columns ignored).
  A `,`-separated file is read too (the header tells).
- JSON: export {"format": "iwebs.reading-sheet", "version": 1, "round": {...},
  "reading_date": "YYYY-MM-DD", "lines": [...]}; the return is that document with the
  lines filled, or {"format": "iwebs.reading-return", "version": 1, "readings": [...]}.

Import: each line is entered as a reading (source handheld) in a savepoint of its own, so a
rejected line leaves the others; the report gives every line's outcome and, for a
rejected one, each error with its field. A line already imported (the same index or field
case for the subscription, register and date) is a duplicate and writes nothing; repeating
the whole import with the same request_id answers the same report.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import uuid
from collections.abc import Iterator
from datetime import date
from typing import Any

from sqlalchemy.exc import IntegrityError

from iwebs_server.application.audit_trail import AuditTrail, details
from iwebs_server.application.clock import Clock
from iwebs_server.application.reading_context import (
    RuleSet,
    reading_views,
    rule_set,
    with_details,
)
from iwebs_server.application.reading_views import (
    TO_CHECK,
    ExportedSheet,
    ImportError_,
    ImportLine,
    ImportReport,
    ReadingEntry,
    ReadingSheet,
)
from iwebs_server.application.readings import ReadingService
from iwebs_server.application.validation import request_id as checked_request_id
from iwebs_server.domain import rights
from iwebs_server.domain.errors import DomainError, InvalidInput, RequestIdReused
from iwebs_server.domain.principal import Principal
from iwebs_server.persistence.repositories.reading_billing_reads import LIVE_STATUSES
from iwebs_server.persistence.tables.customer_base import MeterRow
from iwebs_server.persistence.unit_of_work import UnitOfWork, UowFactory

CSV, JSON = "csv", "json"
EXPORT_COLUMNS = (
    "round_code",
    "reading_date",
    "round_order",
    "subscription_number",
    "register_code",
    "customer_name",
    "address",
    "meter_serial",
    "digits",
    "last_index",
    "last_index_date",
    "expected_low",
    "expected_high",
    "index_value",
    "field_code",
    "note",
)
SHEET_FORMAT, RETURN_FORMAT = "iwebs.reading-sheet", "iwebs.reading-return"
IMPORT = "reading.import"
MAX_LINES = 20_000
_LINE_NAMESPACE = uuid.UUID("6f1e0c1e-6a43-4c55-9a35-3f3f0d7d5e21")


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _sheet_rows(sheet: ReadingSheet) -> Iterator[dict[str, str]]:
    for line in sheet.lines:
        entered = line.entered
        yield {
            "round_code": sheet.round_code,
            "reading_date": sheet.reading_date.isoformat(),
            "round_order": str(line.round_order),
            "subscription_number": line.subscription_number,
            "register_code": line.register_code,
            "customer_name": line.customer_name,
            "address": line.address,
            "meter_serial": line.meter_serial,
            "digits": str(line.digits),
            "last_index": _text(line.last_index),
            "last_index_date": line.last_index_date.isoformat() if line.last_index_date else "",
            "expected_low": _text(line.expected_low),
            "expected_high": _text(line.expected_high),
            "index_value": _text(entered.index_value) if entered else "",
            "field_code": entered.field_code if entered else "",
            "note": "",
        }


# text cells of the CSV export (numbers and dates are not)
TEXT_COLUMNS = frozenset(
    {"round_code", "subscription_number", "register_code", "customer_name", "address",
     "meter_serial", "field_code", "note"}
)  # fmt: skip
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """A text cell a spreadsheet will not run (CWE-1236) nor split: line breaks and tabs
    become spaces, a text starting like a formula gets a leading quote (the import takes it
    off again)."""
    flat = text.replace("\r", " ").replace("\n", " ").replace("\t", " ")
    return "'" + flat if flat.startswith(_FORMULA_START) else flat


def sheet_file(sheet: ReadingSheet, file_format: str) -> ExportedSheet:
    name = f"releve-{sheet.round_code}-{sheet.reading_date.isoformat()}.{file_format}"
    rows = list(_sheet_rows(sheet))
    if file_format == CSV:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, EXPORT_COLUMNS, delimiter=";", lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(
            {k: spreadsheet_safe(v) if k in TEXT_COLUMNS else v for k, v in row.items()}
            for row in rows
        )
        return ExportedSheet(buffer.getvalue().encode("utf-8"), name, len(rows))
    document = {
        "format": SHEET_FORMAT,
        "version": 1,
        "round": {"id": sheet.round_id, "code": sheet.round_code, "name": sheet.round_name},
        "reading_date": sheet.reading_date.isoformat(),
        "lines": rows,
    }
    content = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    return ExportedSheet(content, name, len(rows))


def _file_error(message: str, field: str = "content") -> InvalidInput:
    return InvalidInput.field(field, message)


def parse_file(content: bytes, file_format: str) -> list[tuple[int, dict[str, str]]]:
    """(line number, fields) of a return file; a file-level problem is INVALID_ARGUMENT."""
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _file_error("is not UTF-8 text") from error
    if file_format == CSV:
        lines = text.splitlines()
        if not lines or not lines[0].strip():
            raise _file_error("is empty: a header line is required")
        delimiter = ";" if ";" in lines[0] else ","
        try:
            return _bounded(_csv_lines(text, delimiter))
        except csv.Error as error:  # e.g. a field over the csv module's size limit
            raise _file_error(f"is not a readable CSV file: {error}") from error
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise _file_error(f"is not JSON: {error.msg} (line {error.lineno})") from error
    except (RecursionError, ValueError) as error:  # nested too deep, numbers too long
        raise _file_error("is not JSON this server can read") from error
    if not isinstance(document, dict) or document.get("format") not in (
        SHEET_FORMAT,
        RETURN_FORMAT,
    ):
        raise _file_error(f'"format" must be "{RETURN_FORMAT}" or "{SHEET_FORMAT}"')
    if document.get("version") != 1:
        raise _file_error('"version" must be 1')
    key = "lines" if document["format"] == SHEET_FORMAT else "readings"
    items = document.get(key)
    if not isinstance(items, list):
        raise _file_error(f'"{key}" must be a list')
    parsed = []
    for position, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            parsed.append((position, {"__error__": "must be an object"}))
            continue
        parsed.append((position, _clean({str(k): _text(v) for k, v in item.items()})))
    return _bounded(parsed)


def _csv_lines(text: str, delimiter: str) -> list[tuple[int, dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in ("subscription_number", "reading_date") if c not in header]
    if missing or not {"index_value", "field_code"} & set(header):
        raise _file_error(
            "header must name subscription_number, reading_date and index_value or field_code"
        )
    parsed = []
    for position, record in enumerate(reader, start=2):
        fields = _clean({k: v if isinstance(v, str) else "" for k, v in record.items() if k})
        if any(v for k, v in fields.items() if not k.startswith("__")):
            parsed.append((position, fields))
            if len(parsed) > MAX_LINES:  # refused by _bounded: no need to read the rest
                break
    return parsed


def _clean(fields: dict[str, str]) -> dict[str, str]:
    """Trimmed values, without the quote the export put before a formula-like text; a
    value with a NUL character marks the line (no database takes it)."""
    cleaned: dict[str, str] = {}
    for key, value in fields.items():
        name = key.strip()
        text = value.strip()
        if "\x00" in name or "\x00" in text:
            cleaned.setdefault("__nul__", name.replace("\x00", "") or "line")
            continue
        cleaned[name] = text[1:] if text.startswith("'") else text
    return cleaned


def _bounded(parsed: list[tuple[int, dict[str, str]]]) -> list[tuple[int, dict[str, str]]]:
    if len(parsed) > MAX_LINES:
        raise _file_error(f"has more than {MAX_LINES} lines; split it")
    return parsed


class _Replay(Exception):  # a control flow signal: the repeat's transaction rolls back
    def __init__(self, report: ImportReport) -> None:
        super().__init__("repeat")
        self.report = report


class ReadingFiles:
    def __init__(
        self,
        uow_factory: UowFactory,
        clock: Clock,
        audit: AuditTrail,
        readings: ReadingService,
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._audit = audit
        self._readings = readings

    def export(
        self, principal: Principal, round_id: str, reading_date: date | None, file_format: str
    ) -> ExportedSheet:
        principal.require(rights.BILLING_READ)
        if file_format not in (CSV, JSON):
            raise InvalidInput.field("format", "must be CSV or JSON")
        sheet = self._readings.sheet(principal, round_id, reading_date)
        return sheet_file(sheet, file_format)

    def import_file(
        self,
        principal: Principal,
        request_id: str,
        file_format: str,
        content: bytes,
        file_name: str,
    ) -> ImportReport:
        """Every line's outcome; see the module's docstring."""
        principal.require(rights.BILLING_READINGS)
        checked_request_id(request_id)
        if file_format not in (CSV, JSON):
            raise InvalidInput.field("format", "must be CSV or JSON")
        parsed = parse_file(content, file_format)
        payload = {"format": file_format, "sha256": hashlib.sha256(content).hexdigest()}
        try:
            return self._import(principal, request_id, parsed, payload, file_name)
        except IntegrityError:  # a concurrent twin committed first: answer as a repeat
            return self._import(principal, request_id, parsed, payload, file_name)

    def _import(
        self,
        principal: Principal,
        request_id: str,
        parsed: list[tuple[int, dict[str, str]]],
        payload: dict[str, str],
        file_name: str,
    ) -> ImportReport:
        """One transaction: the request's key (another file or user under the same
        request_id is REQUEST_ID_REUSED), then every line; a repeat finds each line's
        reading by its derived request id and answers the same report."""
        try:
            return self._lines(principal, request_id, parsed, payload, file_name)
        except _Replay as replay:  # rolled back: a repeat writes nothing
            return replay.report

    def _lines(
        self,
        principal: Principal,
        request_id: str,
        parsed: list[tuple[int, dict[str, str]]],
        payload: dict[str, str],
        file_name: str,
    ) -> ImportReport:
        idempotency = self._readings.idempotency
        lines: list[ImportLine] = []
        with self._uow() as uow:
            repeat = idempotency.previous_result(
                uow, request_id, IMPORT, payload, principal.user_id
            )
            numbers = [f.get("subscription_number", "") for _, f in parsed if "__nul__" not in f]
            subscriptions = uow.readings.by_subscription_numbers(
                [n for n in numbers if n], principal.scope
            )
            rulesets: dict[str, RuleSet] = {}
            for position, fields in parsed:
                line_request = str(uuid.uuid5(_LINE_NAMESPACE, f"{request_id}:{position}"))
                lines.append(
                    self._line(
                        uow, principal, position, fields, subscriptions, line_request, rulesets
                    )
                )
            outcomes = [line.outcome for line in lines]
            report = ImportReport(
                created=outcomes.count("created"),
                duplicates=outcomes.count("duplicate"),
                rejected=outcomes.count("rejected"),
                to_check=sum(
                    1
                    for line in lines
                    if line.outcome == "created"
                    and line.reading is not None
                    and line.reading.status == TO_CHECK
                ),
                lines=tuple(lines),
            )
            if repeat is not None:
                raise _Replay(report)
            idempotency.remember(uow, request_id, IMPORT, payload, request_id, principal.user_id)
            self._audit.record(
                uow, IMPORT, principal=principal, object_type="reading_file",
                object_id=request_id, request_id=request_id,
                details_json=details(
                    file_name=file_name[:200], format=payload["format"], lines=len(lines),
                    created=report.created, duplicates=report.duplicates,
                    rejected=report.rejected, to_check=report.to_check,
                ),
            )  # fmt: skip
        return report

    def _line(
        self,
        uow: UnitOfWork,
        principal: Principal,
        position: int,
        fields: dict[str, str],
        subscriptions: dict[str, Any],
        line_request: str,
        rulesets: dict[str, RuleSet],
    ) -> ImportLine:
        number = fields.get("subscription_number", "")
        register = fields.get("register_code", "") or "single"

        def rejected(*errors: ImportError_) -> ImportLine:
            return ImportLine(position, number, register, "rejected", None, tuple(errors))

        if "__error__" in fields:
            return rejected(ImportError_("line", fields["__error__"]))
        if "__nul__" in fields:
            return rejected(ImportError_(fields["__nul__"], "contains a NUL character"))
        previous = uow.readings.by_request_id(line_request)
        if previous is not None:  # the same import again: the same answer
            if previous.subscription_id != getattr(subscriptions.get(number), "id", None):
                return rejected(ImportError_("request_id", "reused", RequestIdReused().reason))
            return ImportLine(
                position, number, register, "created", reading_views(uow, [previous])[0]
            )
        errors = []
        subscription = subscriptions.get(number)
        if not number:
            errors.append(ImportError_("subscription_number", "is required"))
        elif subscription is None:
            errors.append(ImportError_("subscription_number", "not found", "NOT_FOUND"))
        reading_date = None
        try:
            reading_date = date.fromisoformat(fields.get("reading_date", ""))
        except ValueError:
            errors.append(ImportError_("reading_date", "must be a date YYYY-MM-DD"))
        if errors or subscription is None:
            return rejected(*errors)
        entry = ReadingEntry(
            subscription.id, register, reading_date, fields.get("index_value", ""),
            fields.get("field_code", ""), "handheld", fields.get("note", "")[:500],
        )  # fmt: skip
        try:
            with uow.session.begin_nested():
                self._readings.check_entry(entry)
                prepared = self._readings.prepare(uow, principal, entry)
                serial = fields.get("meter_serial", "")
                meter = uow.session.get(MeterRow, prepared.meter.id)
                if serial and meter is not None and serial != meter.serial:
                    raise InvalidInput.field("meter_serial", "is not the installed meter's")
                duplicate = self._duplicate(uow, prepared.subscription.id, entry, prepared)
                if duplicate is not None:
                    return ImportLine(position, number, register, "duplicate", duplicate)
                agency_id = prepared.subscription.agency_id
                if agency_id not in rulesets:  # read once per file and agency
                    rulesets[agency_id] = rule_set(uow, agency_id)
                row, case_details = self._readings.write(
                    uow, principal, prepared, entry, line_request, ruleset=rulesets[agency_id]
                )
                view = with_details(reading_views(uow, [row])[0], case_details)
                return ImportLine(position, number, register, "created", view)
        except DomainError as error:
            if error.field_violations:
                return rejected(
                    *(
                        ImportError_(v.field, v.description, error.reason)
                        for v in error.field_violations
                    )
                )
            return rejected(ImportError_(_field_of(error.reason), error.message, error.reason))

    @staticmethod
    def _duplicate(
        uow: UnitOfWork, subscription_id: str, entry: ReadingEntry, prepared: Any
    ) -> Any:
        for row in uow.readings.live_on([subscription_id], prepared.reading_date):
            same_index = row.index_value == prepared.index
            if (
                row.register_code == prepared.register_code
                and row.status in LIVE_STATUSES
                and same_index
                and row.field_code == prepared.field_code
            ):
                return reading_views(uow, [row])[0]
        return None


def _field_of(reason: str) -> str:
    return {
        "READING_OUT_OF_ORDER": "reading_date",
        "ALREADY_EXISTS": "reading_date",
        "NOT_FOUND": "subscription_number",
        "SUBSCRIPTION_NOT_BILLABLE": "subscription_number",
    }.get(reason, "line")
