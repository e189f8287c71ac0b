import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from iwebs.v1 import administration_pb2 as _administration_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ListWorkstationsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "agency_id")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    agency_id: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., agency_id: _Optional[str] = ...) -> None: ...

class ListWorkstationsResponse(_message.Message):
    __slots__ = ("workstations", "next_page_token")
    WORKSTATIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    workstations: _containers.RepeatedCompositeFieldContainer[_administration_pb2.Workstation]
    next_page_token: str
    def __init__(self, workstations: _Optional[_Iterable[_Union[_administration_pb2.Workstation, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetWorkstationRequest(_message.Message):
    __slots__ = ("workstation_id",)
    WORKSTATION_ID_FIELD_NUMBER: _ClassVar[int]
    workstation_id: str
    def __init__(self, workstation_id: _Optional[str] = ...) -> None: ...

class GetWorkstationResponse(_message.Message):
    __slots__ = ("workstation",)
    WORKSTATION_FIELD_NUMBER: _ClassVar[int]
    workstation: _administration_pb2.Workstation
    def __init__(self, workstation: _Optional[_Union[_administration_pb2.Workstation, _Mapping]] = ...) -> None: ...

class RegisterWorkstationRequest(_message.Message):
    __slots__ = ("request_id", "name", "agency_id", "kind", "may_collect_cash")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    MAY_COLLECT_CASH_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    name: str
    agency_id: str
    kind: _administration_pb2.WorkstationKind
    may_collect_cash: bool
    def __init__(self, request_id: _Optional[str] = ..., name: _Optional[str] = ..., agency_id: _Optional[str] = ..., kind: _Optional[_Union[_administration_pb2.WorkstationKind, str]] = ..., may_collect_cash: _Optional[bool] = ...) -> None: ...

class RegisterWorkstationResponse(_message.Message):
    __slots__ = ("workstation", "enrollment_code", "enrollment_code_expires_at")
    WORKSTATION_FIELD_NUMBER: _ClassVar[int]
    ENROLLMENT_CODE_FIELD_NUMBER: _ClassVar[int]
    ENROLLMENT_CODE_EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    workstation: _administration_pb2.Workstation
    enrollment_code: str
    enrollment_code_expires_at: _timestamp_pb2.Timestamp
    def __init__(self, workstation: _Optional[_Union[_administration_pb2.Workstation, _Mapping]] = ..., enrollment_code: _Optional[str] = ..., enrollment_code_expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class IssueEnrollmentCodeRequest(_message.Message):
    __slots__ = ("request_id", "workstation_id")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    WORKSTATION_ID_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    workstation_id: str
    def __init__(self, request_id: _Optional[str] = ..., workstation_id: _Optional[str] = ...) -> None: ...

class IssueEnrollmentCodeResponse(_message.Message):
    __slots__ = ("workstation", "enrollment_code", "enrollment_code_expires_at")
    WORKSTATION_FIELD_NUMBER: _ClassVar[int]
    ENROLLMENT_CODE_FIELD_NUMBER: _ClassVar[int]
    ENROLLMENT_CODE_EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    workstation: _administration_pb2.Workstation
    enrollment_code: str
    enrollment_code_expires_at: _timestamp_pb2.Timestamp
    def __init__(self, workstation: _Optional[_Union[_administration_pb2.Workstation, _Mapping]] = ..., enrollment_code: _Optional[str] = ..., enrollment_code_expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class RevokeWorkstationRequest(_message.Message):
    __slots__ = ("request_id", "workstation_id", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    WORKSTATION_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    workstation_id: str
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., workstation_id: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class RevokeWorkstationResponse(_message.Message):
    __slots__ = ("workstation",)
    WORKSTATION_FIELD_NUMBER: _ClassVar[int]
    workstation: _administration_pb2.Workstation
    def __init__(self, workstation: _Optional[_Union[_administration_pb2.Workstation, _Mapping]] = ...) -> None: ...
