from iwebs.v1 import administration_pb2 as _administration_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ListAgenciesRequest(_message.Message):
    __slots__ = ("page_size", "page_token")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListAgenciesResponse(_message.Message):
    __slots__ = ("agencies", "next_page_token")
    AGENCIES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    agencies: _containers.RepeatedCompositeFieldContainer[_administration_pb2.Agency]
    next_page_token: str
    def __init__(self, agencies: _Optional[_Iterable[_Union[_administration_pb2.Agency, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetAgencyRequest(_message.Message):
    __slots__ = ("agency_id",)
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    agency_id: str
    def __init__(self, agency_id: _Optional[str] = ...) -> None: ...

class GetAgencyResponse(_message.Message):
    __slots__ = ("agency",)
    AGENCY_FIELD_NUMBER: _ClassVar[int]
    agency: _administration_pb2.Agency
    def __init__(self, agency: _Optional[_Union[_administration_pb2.Agency, _Mapping]] = ...) -> None: ...

class CreateAgencyRequest(_message.Message):
    __slots__ = ("request_id", "code", "name", "region")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    REGION_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    code: str
    name: str
    region: str
    def __init__(self, request_id: _Optional[str] = ..., code: _Optional[str] = ..., name: _Optional[str] = ..., region: _Optional[str] = ...) -> None: ...

class CreateAgencyResponse(_message.Message):
    __slots__ = ("agency",)
    AGENCY_FIELD_NUMBER: _ClassVar[int]
    agency: _administration_pb2.Agency
    def __init__(self, agency: _Optional[_Union[_administration_pb2.Agency, _Mapping]] = ...) -> None: ...

class UpdateAgencyRequest(_message.Message):
    __slots__ = ("request_id", "agency_id", "version", "name", "region", "active")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    REGION_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    agency_id: str
    version: int
    name: str
    region: str
    active: bool
    def __init__(self, request_id: _Optional[str] = ..., agency_id: _Optional[str] = ..., version: _Optional[int] = ..., name: _Optional[str] = ..., region: _Optional[str] = ..., active: _Optional[bool] = ...) -> None: ...

class UpdateAgencyResponse(_message.Message):
    __slots__ = ("agency",)
    AGENCY_FIELD_NUMBER: _ClassVar[int]
    agency: _administration_pb2.Agency
    def __init__(self, agency: _Optional[_Union[_administration_pb2.Agency, _Mapping]] = ...) -> None: ...
