from iwebs.v1 import cash_pb2 as _cash_pb2
from iwebs.v1 import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ListTillPositionsRequest(_message.Message):
    __slots__ = ("agency_id", "business_date")
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    BUSINESS_DATE_FIELD_NUMBER: _ClassVar[int]
    agency_id: str
    business_date: _common_pb2.Date
    def __init__(self, agency_id: _Optional[str] = ..., business_date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ...) -> None: ...

class ListTillPositionsResponse(_message.Message):
    __slots__ = ("cash_sessions", "totals", "business_date")
    CASH_SESSIONS_FIELD_NUMBER: _ClassVar[int]
    TOTALS_FIELD_NUMBER: _ClassVar[int]
    BUSINESS_DATE_FIELD_NUMBER: _ClassVar[int]
    cash_sessions: _containers.RepeatedCompositeFieldContainer[_cash_pb2.CashSession]
    totals: _containers.RepeatedCompositeFieldContainer[_cash_pb2.TenderTotal]
    business_date: _common_pb2.Date
    def __init__(self, cash_sessions: _Optional[_Iterable[_Union[_cash_pb2.CashSession, _Mapping]]] = ..., totals: _Optional[_Iterable[_Union[_cash_pb2.TenderTotal, _Mapping]]] = ..., business_date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ...) -> None: ...

class GetCashSessionRequest(_message.Message):
    __slots__ = ("cash_session_id",)
    CASH_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    cash_session_id: str
    def __init__(self, cash_session_id: _Optional[str] = ...) -> None: ...

class GetCashSessionResponse(_message.Message):
    __slots__ = ("cash_session", "movements", "closure")
    CASH_SESSION_FIELD_NUMBER: _ClassVar[int]
    MOVEMENTS_FIELD_NUMBER: _ClassVar[int]
    CLOSURE_FIELD_NUMBER: _ClassVar[int]
    cash_session: _cash_pb2.CashSession
    movements: _containers.RepeatedCompositeFieldContainer[_cash_pb2.CashMovement]
    closure: _cash_pb2.CashClosure
    def __init__(self, cash_session: _Optional[_Union[_cash_pb2.CashSession, _Mapping]] = ..., movements: _Optional[_Iterable[_Union[_cash_pb2.CashMovement, _Mapping]]] = ..., closure: _Optional[_Union[_cash_pb2.CashClosure, _Mapping]] = ...) -> None: ...

class ListTransactionsRequest(_message.Message):
    __slots__ = ("cash_session_id", "agency_id", "business_date", "page_size", "page_token")
    CASH_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    BUSINESS_DATE_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    cash_session_id: str
    agency_id: str
    business_date: _common_pb2.Date
    page_size: int
    page_token: str
    def __init__(self, cash_session_id: _Optional[str] = ..., agency_id: _Optional[str] = ..., business_date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListTransactionsResponse(_message.Message):
    __slots__ = ("receipts", "next_page_token")
    RECEIPTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    receipts: _containers.RepeatedCompositeFieldContainer[_cash_pb2.Receipt]
    next_page_token: str
    def __init__(self, receipts: _Optional[_Iterable[_Union[_cash_pb2.Receipt, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CloseAgencyDayRequest(_message.Message):
    __slots__ = ("request_id", "agency_id", "business_date")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    BUSINESS_DATE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    agency_id: str
    business_date: _common_pb2.Date
    def __init__(self, request_id: _Optional[str] = ..., agency_id: _Optional[str] = ..., business_date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ...) -> None: ...

class CloseAgencyDayResponse(_message.Message):
    __slots__ = ("closure",)
    CLOSURE_FIELD_NUMBER: _ClassVar[int]
    closure: _cash_pb2.CashClosure
    def __init__(self, closure: _Optional[_Union[_cash_pb2.CashClosure, _Mapping]] = ...) -> None: ...

class ListClosuresRequest(_message.Message):
    __slots__ = ("agency_id", "page_size", "page_token")
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    agency_id: str
    page_size: int
    page_token: str
    def __init__(self, agency_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListClosuresResponse(_message.Message):
    __slots__ = ("closures", "next_page_token")
    CLOSURES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    closures: _containers.RepeatedCompositeFieldContainer[_cash_pb2.CashClosure]
    next_page_token: str
    def __init__(self, closures: _Optional[_Iterable[_Union[_cash_pb2.CashClosure, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...
