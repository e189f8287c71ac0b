import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from iwebs.v1 import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ReadingStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    READING_STATUS_UNSPECIFIED: _ClassVar[ReadingStatus]
    READING_STATUS_VALIDATED: _ClassVar[ReadingStatus]
    READING_STATUS_TO_CHECK: _ClassVar[ReadingStatus]
    READING_STATUS_RELEASED: _ClassVar[ReadingStatus]
    READING_STATUS_REPLACED: _ClassVar[ReadingStatus]
    READING_STATUS_ESTIMATED: _ClassVar[ReadingStatus]

class ReadingFileFormat(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    READING_FILE_FORMAT_UNSPECIFIED: _ClassVar[ReadingFileFormat]
    READING_FILE_FORMAT_CSV: _ClassVar[ReadingFileFormat]
    READING_FILE_FORMAT_JSON: _ClassVar[ReadingFileFormat]
READING_STATUS_UNSPECIFIED: ReadingStatus
READING_STATUS_VALIDATED: ReadingStatus
READING_STATUS_TO_CHECK: ReadingStatus
READING_STATUS_RELEASED: ReadingStatus
READING_STATUS_REPLACED: ReadingStatus
READING_STATUS_ESTIMATED: ReadingStatus
READING_FILE_FORMAT_UNSPECIFIED: ReadingFileFormat
READING_FILE_FORMAT_CSV: ReadingFileFormat
READING_FILE_FORMAT_JSON: ReadingFileFormat

class ReadingCase(_message.Message):
    __slots__ = ("code", "detail")
    CODE_FIELD_NUMBER: _ClassVar[int]
    DETAIL_FIELD_NUMBER: _ClassVar[int]
    code: str
    detail: str
    def __init__(self, code: _Optional[str] = ..., detail: _Optional[str] = ...) -> None: ...

class MeterReading(_message.Message):
    __slots__ = ("reading_id", "subscription_id", "subscription_number", "customer_name", "meter_id", "meter_serial", "register_code", "unit", "agency_id", "round_id", "reading_date", "index_read", "index_value", "has_previous", "previous_index", "previous_date", "has_consumption", "consumption", "source", "field_code", "status", "cases", "replaces_reading_id", "replaced_by_reading_id", "entered_by", "entered_at", "reviewed_by", "reviewed_at", "review_note", "version", "premise_address")
    READING_ID_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NAME_FIELD_NUMBER: _ClassVar[int]
    METER_ID_FIELD_NUMBER: _ClassVar[int]
    METER_SERIAL_FIELD_NUMBER: _ClassVar[int]
    REGISTER_CODE_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    ROUND_ID_FIELD_NUMBER: _ClassVar[int]
    READING_DATE_FIELD_NUMBER: _ClassVar[int]
    INDEX_READ_FIELD_NUMBER: _ClassVar[int]
    INDEX_VALUE_FIELD_NUMBER: _ClassVar[int]
    HAS_PREVIOUS_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_INDEX_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_DATE_FIELD_NUMBER: _ClassVar[int]
    HAS_CONSUMPTION_FIELD_NUMBER: _ClassVar[int]
    CONSUMPTION_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    FIELD_CODE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    CASES_FIELD_NUMBER: _ClassVar[int]
    REPLACES_READING_ID_FIELD_NUMBER: _ClassVar[int]
    REPLACED_BY_READING_ID_FIELD_NUMBER: _ClassVar[int]
    ENTERED_BY_FIELD_NUMBER: _ClassVar[int]
    ENTERED_AT_FIELD_NUMBER: _ClassVar[int]
    REVIEWED_BY_FIELD_NUMBER: _ClassVar[int]
    REVIEWED_AT_FIELD_NUMBER: _ClassVar[int]
    REVIEW_NOTE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    PREMISE_ADDRESS_FIELD_NUMBER: _ClassVar[int]
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
    reading_date: _common_pb2.Date
    index_read: bool
    index_value: int
    has_previous: bool
    previous_index: int
    previous_date: _common_pb2.Date
    has_consumption: bool
    consumption: int
    source: str
    field_code: str
    status: ReadingStatus
    cases: _containers.RepeatedCompositeFieldContainer[ReadingCase]
    replaces_reading_id: str
    replaced_by_reading_id: str
    entered_by: str
    entered_at: _timestamp_pb2.Timestamp
    reviewed_by: str
    reviewed_at: _timestamp_pb2.Timestamp
    review_note: str
    version: int
    premise_address: str
    def __init__(self, reading_id: _Optional[str] = ..., subscription_id: _Optional[str] = ..., subscription_number: _Optional[str] = ..., customer_name: _Optional[str] = ..., meter_id: _Optional[str] = ..., meter_serial: _Optional[str] = ..., register_code: _Optional[str] = ..., unit: _Optional[str] = ..., agency_id: _Optional[str] = ..., round_id: _Optional[str] = ..., reading_date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., index_read: _Optional[bool] = ..., index_value: _Optional[int] = ..., has_previous: _Optional[bool] = ..., previous_index: _Optional[int] = ..., previous_date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., has_consumption: _Optional[bool] = ..., consumption: _Optional[int] = ..., source: _Optional[str] = ..., field_code: _Optional[str] = ..., status: _Optional[_Union[ReadingStatus, str]] = ..., cases: _Optional[_Iterable[_Union[ReadingCase, _Mapping]]] = ..., replaces_reading_id: _Optional[str] = ..., replaced_by_reading_id: _Optional[str] = ..., entered_by: _Optional[str] = ..., entered_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., reviewed_by: _Optional[str] = ..., reviewed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., review_note: _Optional[str] = ..., version: _Optional[int] = ..., premise_address: _Optional[str] = ...) -> None: ...

class ReadingSheetLine(_message.Message):
    __slots__ = ("round_order", "premise_id", "premise_number", "address", "subscription_id", "subscription_number", "subscription_status", "customer_name", "meter_id", "meter_serial", "digits", "multiplier", "register_code", "unit", "has_last_index", "last_index", "last_index_date", "has_expected", "expected_low", "expected_high", "entered")
    ROUND_ORDER_FIELD_NUMBER: _ClassVar[int]
    PREMISE_ID_FIELD_NUMBER: _ClassVar[int]
    PREMISE_NUMBER_FIELD_NUMBER: _ClassVar[int]
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_STATUS_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NAME_FIELD_NUMBER: _ClassVar[int]
    METER_ID_FIELD_NUMBER: _ClassVar[int]
    METER_SERIAL_FIELD_NUMBER: _ClassVar[int]
    DIGITS_FIELD_NUMBER: _ClassVar[int]
    MULTIPLIER_FIELD_NUMBER: _ClassVar[int]
    REGISTER_CODE_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    HAS_LAST_INDEX_FIELD_NUMBER: _ClassVar[int]
    LAST_INDEX_FIELD_NUMBER: _ClassVar[int]
    LAST_INDEX_DATE_FIELD_NUMBER: _ClassVar[int]
    HAS_EXPECTED_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_LOW_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_HIGH_FIELD_NUMBER: _ClassVar[int]
    ENTERED_FIELD_NUMBER: _ClassVar[int]
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
    has_last_index: bool
    last_index: int
    last_index_date: _common_pb2.Date
    has_expected: bool
    expected_low: int
    expected_high: int
    entered: MeterReading
    def __init__(self, round_order: _Optional[int] = ..., premise_id: _Optional[str] = ..., premise_number: _Optional[str] = ..., address: _Optional[str] = ..., subscription_id: _Optional[str] = ..., subscription_number: _Optional[str] = ..., subscription_status: _Optional[str] = ..., customer_name: _Optional[str] = ..., meter_id: _Optional[str] = ..., meter_serial: _Optional[str] = ..., digits: _Optional[int] = ..., multiplier: _Optional[str] = ..., register_code: _Optional[str] = ..., unit: _Optional[str] = ..., has_last_index: _Optional[bool] = ..., last_index: _Optional[int] = ..., last_index_date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., has_expected: _Optional[bool] = ..., expected_low: _Optional[int] = ..., expected_high: _Optional[int] = ..., entered: _Optional[_Union[MeterReading, _Mapping]] = ...) -> None: ...

class GetReadingSheetRequest(_message.Message):
    __slots__ = ("round_id", "reading_date")
    ROUND_ID_FIELD_NUMBER: _ClassVar[int]
    READING_DATE_FIELD_NUMBER: _ClassVar[int]
    round_id: str
    reading_date: _common_pb2.Date
    def __init__(self, round_id: _Optional[str] = ..., reading_date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ...) -> None: ...

class GetReadingSheetResponse(_message.Message):
    __slots__ = ("round_id", "round_code", "round_name", "agency_id", "reading_date", "lines")
    ROUND_ID_FIELD_NUMBER: _ClassVar[int]
    ROUND_CODE_FIELD_NUMBER: _ClassVar[int]
    ROUND_NAME_FIELD_NUMBER: _ClassVar[int]
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    READING_DATE_FIELD_NUMBER: _ClassVar[int]
    LINES_FIELD_NUMBER: _ClassVar[int]
    round_id: str
    round_code: str
    round_name: str
    agency_id: str
    reading_date: _common_pb2.Date
    lines: _containers.RepeatedCompositeFieldContainer[ReadingSheetLine]
    def __init__(self, round_id: _Optional[str] = ..., round_code: _Optional[str] = ..., round_name: _Optional[str] = ..., agency_id: _Optional[str] = ..., reading_date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., lines: _Optional[_Iterable[_Union[ReadingSheetLine, _Mapping]]] = ...) -> None: ...

class EnterReadingRequest(_message.Message):
    __slots__ = ("request_id", "subscription_id", "register_code", "reading_date", "index_value", "field_code", "source", "note")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    REGISTER_CODE_FIELD_NUMBER: _ClassVar[int]
    READING_DATE_FIELD_NUMBER: _ClassVar[int]
    INDEX_VALUE_FIELD_NUMBER: _ClassVar[int]
    FIELD_CODE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    subscription_id: str
    register_code: str
    reading_date: _common_pb2.Date
    index_value: str
    field_code: str
    source: str
    note: str
    def __init__(self, request_id: _Optional[str] = ..., subscription_id: _Optional[str] = ..., register_code: _Optional[str] = ..., reading_date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., index_value: _Optional[str] = ..., field_code: _Optional[str] = ..., source: _Optional[str] = ..., note: _Optional[str] = ...) -> None: ...

class EnterReadingResponse(_message.Message):
    __slots__ = ("reading",)
    READING_FIELD_NUMBER: _ClassVar[int]
    reading: MeterReading
    def __init__(self, reading: _Optional[_Union[MeterReading, _Mapping]] = ...) -> None: ...

class ExportReadingSheetRequest(_message.Message):
    __slots__ = ("round_id", "reading_date", "format")
    ROUND_ID_FIELD_NUMBER: _ClassVar[int]
    READING_DATE_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    round_id: str
    reading_date: _common_pb2.Date
    format: ReadingFileFormat
    def __init__(self, round_id: _Optional[str] = ..., reading_date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., format: _Optional[_Union[ReadingFileFormat, str]] = ...) -> None: ...

class ExportReadingSheetResponse(_message.Message):
    __slots__ = ("content", "file_name", "line_count")
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    FILE_NAME_FIELD_NUMBER: _ClassVar[int]
    LINE_COUNT_FIELD_NUMBER: _ClassVar[int]
    content: bytes
    file_name: str
    line_count: int
    def __init__(self, content: _Optional[bytes] = ..., file_name: _Optional[str] = ..., line_count: _Optional[int] = ...) -> None: ...

class ImportReadingsRequest(_message.Message):
    __slots__ = ("request_id", "format", "content", "file_name")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    FILE_NAME_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    format: ReadingFileFormat
    content: bytes
    file_name: str
    def __init__(self, request_id: _Optional[str] = ..., format: _Optional[_Union[ReadingFileFormat, str]] = ..., content: _Optional[bytes] = ..., file_name: _Optional[str] = ...) -> None: ...

class ImportFieldError(_message.Message):
    __slots__ = ("field", "message", "reason")
    FIELD_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    field: str
    message: str
    reason: str
    def __init__(self, field: _Optional[str] = ..., message: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class ImportLineResult(_message.Message):
    __slots__ = ("line", "subscription_number", "register_code", "outcome", "reading", "errors")
    LINE_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_NUMBER_FIELD_NUMBER: _ClassVar[int]
    REGISTER_CODE_FIELD_NUMBER: _ClassVar[int]
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    READING_FIELD_NUMBER: _ClassVar[int]
    ERRORS_FIELD_NUMBER: _ClassVar[int]
    line: int
    subscription_number: str
    register_code: str
    outcome: str
    reading: MeterReading
    errors: _containers.RepeatedCompositeFieldContainer[ImportFieldError]
    def __init__(self, line: _Optional[int] = ..., subscription_number: _Optional[str] = ..., register_code: _Optional[str] = ..., outcome: _Optional[str] = ..., reading: _Optional[_Union[MeterReading, _Mapping]] = ..., errors: _Optional[_Iterable[_Union[ImportFieldError, _Mapping]]] = ...) -> None: ...

class ImportReadingsResponse(_message.Message):
    __slots__ = ("created", "duplicates", "rejected", "to_check", "lines", "file_errors")
    CREATED_FIELD_NUMBER: _ClassVar[int]
    DUPLICATES_FIELD_NUMBER: _ClassVar[int]
    REJECTED_FIELD_NUMBER: _ClassVar[int]
    TO_CHECK_FIELD_NUMBER: _ClassVar[int]
    LINES_FIELD_NUMBER: _ClassVar[int]
    FILE_ERRORS_FIELD_NUMBER: _ClassVar[int]
    created: int
    duplicates: int
    rejected: int
    to_check: int
    lines: _containers.RepeatedCompositeFieldContainer[ImportLineResult]
    file_errors: _containers.RepeatedCompositeFieldContainer[ImportFieldError]
    def __init__(self, created: _Optional[int] = ..., duplicates: _Optional[int] = ..., rejected: _Optional[int] = ..., to_check: _Optional[int] = ..., lines: _Optional[_Iterable[_Union[ImportLineResult, _Mapping]]] = ..., file_errors: _Optional[_Iterable[_Union[ImportFieldError, _Mapping]]] = ...) -> None: ...

class ListReadingCasesRequest(_message.Message):
    __slots__ = ("agency_id", "round_id", "case_code", "date_from", "date_to", "include_decided", "page_size", "page_token")
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    ROUND_ID_FIELD_NUMBER: _ClassVar[int]
    CASE_CODE_FIELD_NUMBER: _ClassVar[int]
    DATE_FROM_FIELD_NUMBER: _ClassVar[int]
    DATE_TO_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_DECIDED_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    agency_id: str
    round_id: str
    case_code: str
    date_from: _common_pb2.Date
    date_to: _common_pb2.Date
    include_decided: bool
    page_size: int
    page_token: str
    def __init__(self, agency_id: _Optional[str] = ..., round_id: _Optional[str] = ..., case_code: _Optional[str] = ..., date_from: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., date_to: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., include_decided: _Optional[bool] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListReadingCasesResponse(_message.Message):
    __slots__ = ("readings", "next_page_token")
    READINGS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    readings: _containers.RepeatedCompositeFieldContainer[MeterReading]
    next_page_token: str
    def __init__(self, readings: _Optional[_Iterable[_Union[MeterReading, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetReadingRequest(_message.Message):
    __slots__ = ("reading_id",)
    READING_ID_FIELD_NUMBER: _ClassVar[int]
    reading_id: str
    def __init__(self, reading_id: _Optional[str] = ...) -> None: ...

class GetReadingResponse(_message.Message):
    __slots__ = ("reading",)
    READING_FIELD_NUMBER: _ClassVar[int]
    reading: MeterReading
    def __init__(self, reading: _Optional[_Union[MeterReading, _Mapping]] = ...) -> None: ...

class ReleaseReadingRequest(_message.Message):
    __slots__ = ("request_id", "reading_id", "version", "note")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    READING_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    reading_id: str
    version: int
    note: str
    def __init__(self, request_id: _Optional[str] = ..., reading_id: _Optional[str] = ..., version: _Optional[int] = ..., note: _Optional[str] = ...) -> None: ...

class ReleaseReadingResponse(_message.Message):
    __slots__ = ("reading",)
    READING_FIELD_NUMBER: _ClassVar[int]
    reading: MeterReading
    def __init__(self, reading: _Optional[_Union[MeterReading, _Mapping]] = ...) -> None: ...

class ReplaceReadingRequest(_message.Message):
    __slots__ = ("request_id", "reading_id", "version", "index_value", "reading_date", "note")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    READING_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    INDEX_VALUE_FIELD_NUMBER: _ClassVar[int]
    READING_DATE_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    reading_id: str
    version: int
    index_value: str
    reading_date: _common_pb2.Date
    note: str
    def __init__(self, request_id: _Optional[str] = ..., reading_id: _Optional[str] = ..., version: _Optional[int] = ..., index_value: _Optional[str] = ..., reading_date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., note: _Optional[str] = ...) -> None: ...

class ReplaceReadingResponse(_message.Message):
    __slots__ = ("replaced", "reading")
    REPLACED_FIELD_NUMBER: _ClassVar[int]
    READING_FIELD_NUMBER: _ClassVar[int]
    replaced: MeterReading
    reading: MeterReading
    def __init__(self, replaced: _Optional[_Union[MeterReading, _Mapping]] = ..., reading: _Optional[_Union[MeterReading, _Mapping]] = ...) -> None: ...

class ListSubscriptionReadingsRequest(_message.Message):
    __slots__ = ("subscription_id", "page_size", "page_token")
    SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    subscription_id: str
    page_size: int
    page_token: str
    def __init__(self, subscription_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListSubscriptionReadingsResponse(_message.Message):
    __slots__ = ("readings", "next_page_token")
    READINGS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    readings: _containers.RepeatedCompositeFieldContainer[MeterReading]
    next_page_token: str
    def __init__(self, readings: _Optional[_Iterable[_Union[MeterReading, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...
