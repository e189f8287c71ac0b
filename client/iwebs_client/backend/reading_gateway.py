"""ReadingService: reading sheets, index entry, handheld files, the worklist of reading cases
(FAC-3, FAC-4)."""

from __future__ import annotations

import datetime as dt

import grpc

from iwebs.v1 import reading_service_pb2, reading_service_pb2_grpc
from iwebs_client.backend.gateway_base import DEFAULT_PAGE_SIZE, Gateway
from iwebs_client.backend.record_messages import date_message

rpb = reading_service_pb2
#: an import or an export of a big round may take longer than the usual deadline
FILE_DEADLINE_SECONDS = 60.0


class ReadingGateway(Gateway):
    def __init__(self, channel: grpc.Channel, **kwargs: float) -> None:
        super().__init__(channel, **kwargs)
        self._stub = reading_service_pb2_grpc.ReadingServiceStub(channel)  # type: ignore[no-untyped-call]

    def reading_sheet(self, round_id: str, reading_date: dt.date) -> rpb.GetReadingSheetResponse:
        request = rpb.GetReadingSheetRequest(
            round_id=round_id, reading_date=date_message(reading_date)
        )
        return self._invoke(self._stub.GetReadingSheet, request, rpb.GetReadingSheetResponse)

    def enter_reading(
        self,
        request_id: str,
        subscription_id: str,
        register_code: str,
        reading_date: dt.date,
        index_value: str,
        field_code: str,
        note: str = "",
    ) -> rpb.MeterReading:
        request = rpb.EnterReadingRequest(
            request_id=request_id,
            subscription_id=subscription_id,
            register_code=register_code,
            reading_date=date_message(reading_date),
            index_value=index_value,
            field_code=field_code,
            source="field",
            note=note,
        )
        return self._invoke(self._stub.EnterReading, request, rpb.EnterReadingResponse).reading

    def export_sheet(
        self, round_id: str, reading_date: dt.date, file_format: int
    ) -> rpb.ExportReadingSheetResponse:
        request = rpb.ExportReadingSheetRequest(
            round_id=round_id,
            reading_date=date_message(reading_date),
            format=file_format,  # type: ignore[arg-type]
        )
        return self._invoke(
            self._stub.ExportReadingSheet,
            request,
            rpb.ExportReadingSheetResponse,
            timeout=FILE_DEADLINE_SECONDS,
        )

    def import_readings(
        self, request_id: str, file_format: int, content: bytes, file_name: str
    ) -> rpb.ImportReadingsResponse:
        request = rpb.ImportReadingsRequest(
            request_id=request_id,
            format=file_format,  # type: ignore[arg-type]
            content=content,
            file_name=file_name,
        )
        return self._invoke(
            self._stub.ImportReadings,
            request,
            rpb.ImportReadingsResponse,
            timeout=FILE_DEADLINE_SECONDS,
        )

    def list_cases(
        self,
        *,
        agency_id: str = "",
        round_id: str = "",
        case_code: str = "",
        page_token: str = "",
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> tuple[list[rpb.MeterReading], str]:
        request = rpb.ListReadingCasesRequest(
            agency_id=agency_id,
            round_id=round_id,
            case_code=case_code,
            page_token=page_token,
            page_size=page_size,
        )
        response = self._invoke(self._stub.ListReadingCases, request, rpb.ListReadingCasesResponse)
        return list(response.readings), response.next_page_token

    def get_reading(self, reading_id: str) -> rpb.MeterReading:
        request = rpb.GetReadingRequest(reading_id=reading_id)
        return self._invoke(self._stub.GetReading, request, rpb.GetReadingResponse).reading

    def release(
        self, request_id: str, reading_id: str, version: int, note: str
    ) -> rpb.MeterReading:
        request = rpb.ReleaseReadingRequest(
            request_id=request_id, reading_id=reading_id, version=version, note=note
        )
        return self._invoke(self._stub.ReleaseReading, request, rpb.ReleaseReadingResponse).reading

    def replace(
        self, request_id: str, reading_id: str, version: int, index_value: str, note: str
    ) -> rpb.ReplaceReadingResponse:
        request = rpb.ReplaceReadingRequest(
            request_id=request_id,
            reading_id=reading_id,
            version=version,
            index_value=index_value,
            note=note,
        )
        return self._invoke(self._stub.ReplaceReading, request, rpb.ReplaceReadingResponse)

    def subscription_readings(
        self, subscription_id: str, page_size: int = 12
    ) -> list[rpb.MeterReading]:
        """The newest readings of a subscription (one page)."""
        request = rpb.ListSubscriptionReadingsRequest(
            subscription_id=subscription_id, page_size=page_size
        )
        return list(
            self._invoke(
                self._stub.ListSubscriptionReadings,
                request,
                rpb.ListSubscriptionReadingsResponse,
            ).readings
        )
