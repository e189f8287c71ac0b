"""iwebs.v1.ReadingService: reading sheets, entry, handheld files, the worklist of reading
cases and its decisions, a subscription's readings (FAC-3, FAC-4)."""

from __future__ import annotations

import grpc

from iwebs.v1 import reading_service_pb2 as pb
from iwebs.v1 import reading_service_pb2_grpc as pb_grpc
from iwebs_server.application.reading_files import ReadingFiles
from iwebs_server.application.readings import ReadingService
from iwebs_server.rpc.call_state import principal
from iwebs_server.rpc.converters import reading_converters as convert
from iwebs_server.rpc.converters.customer_base import to_date


class ReadingServicer(pb_grpc.ReadingServiceServicer):
    def __init__(self, readings: ReadingService, files: ReadingFiles) -> None:
        self._readings = readings
        self._files = files

    def GetReadingSheet(
        self, request: pb.GetReadingSheetRequest, context: grpc.ServicerContext
    ) -> pb.GetReadingSheetResponse:
        day = to_date(request.reading_date, request.HasField("reading_date"), "reading_date")
        return convert.sheet(self._readings.sheet(principal(), request.round_id, day))

    def EnterReading(
        self, request: pb.EnterReadingRequest, context: grpc.ServicerContext
    ) -> pb.EnterReadingResponse:
        view = self._readings.enter(principal(), request.request_id, convert.entry(request))
        return pb.EnterReadingResponse(reading=convert.reading(view))

    def ExportReadingSheet(
        self, request: pb.ExportReadingSheetRequest, context: grpc.ServicerContext
    ) -> pb.ExportReadingSheetResponse:
        day = to_date(request.reading_date, request.HasField("reading_date"), "reading_date")
        exported = self._files.export(
            principal(), request.round_id, day, convert.file_format(request.format)
        )
        return pb.ExportReadingSheetResponse(
            content=exported.content, file_name=exported.file_name, line_count=exported.line_count
        )

    def ImportReadings(
        self, request: pb.ImportReadingsRequest, context: grpc.ServicerContext
    ) -> pb.ImportReadingsResponse:
        report = self._files.import_file(
            principal(),
            request.request_id,
            convert.file_format(request.format),
            request.content,
            request.file_name,
        )
        return convert.import_report(report)

    def ListReadingCases(
        self, request: pb.ListReadingCasesRequest, context: grpc.ServicerContext
    ) -> pb.ListReadingCasesResponse:
        page = self._readings.cases(
            principal(), convert.case_filter(request), request.page_size, request.page_token
        )
        return pb.ListReadingCasesResponse(
            readings=[convert.reading(v) for v in page.items], next_page_token=page.next_page_token
        )

    def GetReading(
        self, request: pb.GetReadingRequest, context: grpc.ServicerContext
    ) -> pb.GetReadingResponse:
        view = self._readings.get(principal(), request.reading_id)
        return pb.GetReadingResponse(reading=convert.reading(view))

    def ReleaseReading(
        self, request: pb.ReleaseReadingRequest, context: grpc.ServicerContext
    ) -> pb.ReleaseReadingResponse:
        view = self._readings.release(
            principal(), request.request_id, request.reading_id, request.version, request.note
        )
        return pb.ReleaseReadingResponse(reading=convert.reading(view))

    def ReplaceReading(
        self, request: pb.ReplaceReadingRequest, context: grpc.ServicerContext
    ) -> pb.ReplaceReadingResponse:
        day = to_date(request.reading_date, request.HasField("reading_date"), "reading_date")
        result = self._readings.replace(
            principal(),
            request.request_id,
            request.reading_id,
            request.version,
            request.index_value,
            day,
            request.note,
        )
        return pb.ReplaceReadingResponse(
            replaced=convert.reading(result.replaced), reading=convert.reading(result.reading)
        )

    def ListSubscriptionReadings(
        self, request: pb.ListSubscriptionReadingsRequest, context: grpc.ServicerContext
    ) -> pb.ListSubscriptionReadingsResponse:
        page = self._readings.history(
            principal(), request.subscription_id, request.page_size, request.page_token
        )
        return pb.ListSubscriptionReadingsResponse(
            readings=[convert.reading(v) for v in page.items], next_page_token=page.next_page_token
        )
