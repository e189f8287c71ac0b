"""Readings (FAC-3, FAC-4): views <-> iwebs.v1.ReadingService messages."""

from __future__ import annotations

from iwebs.v1 import reading_service_pb2 as pb
from iwebs_server.application.reading_views import (
    CaseFilter,
    ImportError_,
    ImportReport,
    ReadingEntry,
    ReadingSheet,
    ReadingView,
    SheetLine,
)
from iwebs_server.domain.errors import InvalidInput
from iwebs_server.rpc.converters.common import timestamp
from iwebs_server.rpc.converters.customer_base import date_pb, to_date

_STATUS = {
    "validated": pb.READING_STATUS_VALIDATED,
    "to_check": pb.READING_STATUS_TO_CHECK,
    "released": pb.READING_STATUS_RELEASED,
    "replaced": pb.READING_STATUS_REPLACED,
    "estimated": pb.READING_STATUS_ESTIMATED,
}
_FORMAT: dict[int, str] = {pb.READING_FILE_FORMAT_CSV: "csv", pb.READING_FILE_FORMAT_JSON: "json"}


def file_format(value: int) -> str:
    found = _FORMAT.get(value)
    if found is None:
        raise InvalidInput.field("format", "must be CSV or JSON")
    return found


def reading(view: ReadingView) -> pb.MeterReading:
    message = pb.MeterReading(
        reading_id=view.reading_id,
        subscription_id=view.subscription_id,
        subscription_number=view.subscription_number,
        customer_name=view.customer_name,
        meter_id=view.meter_id,
        meter_serial=view.meter_serial,
        register_code=view.register_code,
        unit=view.unit,
        agency_id=view.agency_id,
        round_id=view.round_id,
        reading_date=date_pb(view.reading_date),
        index_read=view.index_value is not None,
        index_value=view.index_value or 0,
        has_previous=view.previous_index is not None,
        previous_index=view.previous_index or 0,
        previous_date=date_pb(view.previous_date),
        has_consumption=view.consumption is not None,
        consumption=view.consumption or 0,
        source=view.source,
        field_code=view.field_code,
        status=_STATUS.get(view.status, pb.READING_STATUS_UNSPECIFIED),
        cases=[pb.ReadingCase(code=c.code, detail=c.detail) for c in view.cases],
        replaces_reading_id=view.replaces_reading_id,
        replaced_by_reading_id=view.replaced_by_reading_id,
        entered_by=view.entered_by,
        entered_at=timestamp(view.entered_at),
        reviewed_by=view.reviewed_by,
        reviewed_at=timestamp(view.reviewed_at),
        review_note=view.review_note,
        version=view.version,
        premise_address=view.premise_address,
    )
    return message


def sheet_line(line: SheetLine) -> pb.ReadingSheetLine:
    return pb.ReadingSheetLine(
        round_order=line.round_order,
        premise_id=line.premise_id,
        premise_number=line.premise_number,
        address=line.address,
        subscription_id=line.subscription_id,
        subscription_number=line.subscription_number,
        subscription_status=line.subscription_status,
        customer_name=line.customer_name,
        meter_id=line.meter_id,
        meter_serial=line.meter_serial,
        digits=line.digits,
        multiplier=line.multiplier,
        register_code=line.register_code,
        unit=line.unit,
        has_last_index=line.last_index is not None,
        last_index=line.last_index or 0,
        last_index_date=date_pb(line.last_index_date),
        has_expected=line.expected_low is not None and line.expected_high is not None,
        expected_low=line.expected_low or 0,
        expected_high=line.expected_high or 0,
        entered=reading(line.entered) if line.entered is not None else None,
    )


def sheet(view: ReadingSheet) -> pb.GetReadingSheetResponse:
    return pb.GetReadingSheetResponse(
        round_id=view.round_id,
        round_code=view.round_code,
        round_name=view.round_name,
        agency_id=view.agency_id,
        reading_date=date_pb(view.reading_date),
        lines=[sheet_line(line) for line in view.lines],
    )


def entry(request: pb.EnterReadingRequest) -> ReadingEntry:
    return ReadingEntry(
        subscription_id=request.subscription_id,
        register_code=request.register_code,
        reading_date=to_date(
            request.reading_date, request.HasField("reading_date"), "reading_date"
        ),
        index_text=request.index_value,
        field_code=request.field_code,
        source=request.source,
        note=request.note,
    )


def case_filter(request: pb.ListReadingCasesRequest) -> CaseFilter:
    return CaseFilter(
        agency_id=request.agency_id,
        round_id=request.round_id,
        case_code=request.case_code,
        date_from=to_date(request.date_from, request.HasField("date_from"), "date_from"),
        date_to=to_date(request.date_to, request.HasField("date_to"), "date_to"),
        include_decided=request.include_decided,
    )


def _errors(errors: tuple[ImportError_, ...]) -> list[pb.ImportFieldError]:
    return [pb.ImportFieldError(field=e.field, message=e.message, reason=e.reason) for e in errors]


def import_report(report: ImportReport) -> pb.ImportReadingsResponse:
    return pb.ImportReadingsResponse(
        created=report.created,
        duplicates=report.duplicates,
        rejected=report.rejected,
        to_check=report.to_check,
        lines=[
            pb.ImportLineResult(
                line=line.line,
                subscription_number=line.subscription_number,
                register_code=line.register_code,
                outcome=line.outcome,
                reading=reading(line.reading) if line.reading is not None else None,
                errors=_errors(line.errors),
            )
            for line in report.lines
        ],
        file_errors=_errors(report.file_errors),
    )
