"""What the reading screens need from the backend (ReadingService, rounds, reference lists),
as protocols: the gateways fit them, and so do the test fakes (tests/client/reading_fakes.py)."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from iwebs.v1 import reading_service_pb2

MeterReading = reading_service_pb2.MeterReading
ReadingCase = reading_service_pb2.ReadingCase
ReadingSheetLine = reading_service_pb2.ReadingSheetLine
ReadingSheetResponse = reading_service_pb2.GetReadingSheetResponse
ExportResponse = reading_service_pb2.ExportReadingSheetResponse
ImportResponse = reading_service_pb2.ImportReadingsResponse
ImportLineResult = reading_service_pb2.ImportLineResult
ReplaceResponse = reading_service_pb2.ReplaceReadingResponse
FORMAT_CSV = reading_service_pb2.READING_FILE_FORMAT_CSV
FORMAT_JSON = reading_service_pb2.READING_FILE_FORMAT_JSON
STATUS_VALIDATED = reading_service_pb2.READING_STATUS_VALIDATED
STATUS_TO_CHECK = reading_service_pb2.READING_STATUS_TO_CHECK
STATUS_RELEASED = reading_service_pb2.READING_STATUS_RELEASED
STATUS_REPLACED = reading_service_pb2.READING_STATUS_REPLACED
STATUS_ESTIMATED = reading_service_pb2.READING_STATUS_ESTIMATED


class ReadingPort(Protocol):
    def reading_sheet(self, round_id: str, reading_date: dt.date) -> ReadingSheetResponse: ...
    def enter_reading(
        self,
        request_id: str,
        subscription_id: str,
        register_code: str,
        reading_date: dt.date,
        index_value: str,
        field_code: str,
        note: str = "",
    ) -> MeterReading: ...
    def export_sheet(
        self, round_id: str, reading_date: dt.date, file_format: int
    ) -> ExportResponse: ...
    def import_readings(
        self, request_id: str, file_format: int, content: bytes, file_name: str
    ) -> ImportResponse: ...
    def list_cases(
        self,
        *,
        agency_id: str = "",
        round_id: str = "",
        case_code: str = "",
        page_token: str = "",
        page_size: int = ...,
    ) -> tuple[list[MeterReading], str]: ...
    def get_reading(self, reading_id: str) -> MeterReading: ...
    def release(
        self, request_id: str, reading_id: str, version: int, note: str
    ) -> MeterReading: ...
    def replace(
        self, request_id: str, reading_id: str, version: int, index_value: str, note: str
    ) -> ReplaceResponse: ...
    def subscription_readings(
        self, subscription_id: str, page_size: int = ...
    ) -> list[MeterReading]: ...
