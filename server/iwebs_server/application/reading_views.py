"""Frozen data the reading use cases take and return (FAC-3, FAC-4)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

# reading statuses (tables/billing.py MeterReadingRow.status)
VALIDATED = "validated"
TO_CHECK = "to_check"
RELEASED = "released"
REPLACED = "replaced"

# where an index comes from
SOURCES = ("field", "handheld", "office", "customer")


@dataclass(frozen=True)
class ReadingEntry:
    subscription_id: str
    register_code: str
    reading_date: date | None
    index_text: str  # digits, "" when nothing was read
    field_code: str
    source: str
    note: str


@dataclass(frozen=True)
class CaseView:
    code: str
    detail: str = ""


@dataclass(frozen=True)
class ReadingView:
    reading_id: str
    subscription_id: str
    subscription_number: str
    customer_name: str
    meter_id: str
    meter_serial: str
    register_code: str
    unit: str
    agency_id: str
    round_id: str
    reading_date: date
    index_value: int | None
    previous_index: int | None
    previous_date: date | None
    consumption: int | None
    source: str
    field_code: str
    status: str
    cases: tuple[CaseView, ...]
    replaces_reading_id: str
    replaced_by_reading_id: str
    entered_by: str
    entered_at: datetime
    reviewed_by: str
    reviewed_at: datetime | None
    review_note: str
    version: int
    premise_address: str


@dataclass(frozen=True)
class SheetLine:
    round_order: int
    premise_id: str
    premise_number: str
    address: str
    subscription_id: str
    subscription_number: str
    subscription_status: str
    customer_name: str
    meter_id: str
    meter_serial: str
    digits: int
    multiplier: str
    register_code: str
    unit: str
    last_index: int | None
    last_index_date: date | None
    expected_low: int | None  # the index range the validation expects on the reading date
    expected_high: int | None
    entered: ReadingView | None


@dataclass(frozen=True)
class ReadingSheet:
    round_id: str
    round_code: str
    round_name: str
    agency_id: str
    reading_date: date
    lines: tuple[SheetLine, ...]


@dataclass(frozen=True)
class ExportedSheet:
    content: bytes
    file_name: str
    line_count: int


@dataclass(frozen=True)
class ImportError_:
    field: str
    message: str
    reason: str = "INVALID_ARGUMENT"


@dataclass(frozen=True)
class ImportLine:
    line: int
    subscription_number: str
    register_code: str
    outcome: str  # created | duplicate | rejected
    reading: ReadingView | None
    errors: tuple[ImportError_, ...] = ()


@dataclass(frozen=True)
class ImportReport:
    created: int
    duplicates: int
    rejected: int
    to_check: int
    lines: tuple[ImportLine, ...]
    file_errors: tuple[ImportError_, ...] = ()


@dataclass(frozen=True)
class CaseFilter:
    agency_id: str = ""
    round_id: str = ""
    case_code: str = ""
    date_from: date | None = None
    date_to: date | None = None
    include_decided: bool = False


@dataclass(frozen=True)
class Replacement:
    replaced: ReadingView
    reading: ReadingView
