import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class SessionInfo(_message.Message):
    __slots__ = ("user_id", "login", "display_name", "profile_code", "profile_name", "rights", "agency_ids", "all_agencies", "workstation_id", "workstation_name", "workstation_agency_id", "workstation_agency_name", "must_change_password", "expires_at", "idle_timeout_seconds", "preferred_language")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    LOGIN_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    PROFILE_CODE_FIELD_NUMBER: _ClassVar[int]
    PROFILE_NAME_FIELD_NUMBER: _ClassVar[int]
    RIGHTS_FIELD_NUMBER: _ClassVar[int]
    AGENCY_IDS_FIELD_NUMBER: _ClassVar[int]
    ALL_AGENCIES_FIELD_NUMBER: _ClassVar[int]
    WORKSTATION_ID_FIELD_NUMBER: _ClassVar[int]
    WORKSTATION_NAME_FIELD_NUMBER: _ClassVar[int]
    WORKSTATION_AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    WORKSTATION_AGENCY_NAME_FIELD_NUMBER: _ClassVar[int]
    MUST_CHANGE_PASSWORD_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    IDLE_TIMEOUT_SECONDS_FIELD_NUMBER: _ClassVar[int]
    PREFERRED_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    login: str
    display_name: str
    profile_code: str
    profile_name: str
    rights: _containers.RepeatedScalarFieldContainer[str]
    agency_ids: _containers.RepeatedScalarFieldContainer[str]
    all_agencies: bool
    workstation_id: str
    workstation_name: str
    workstation_agency_id: str
    workstation_agency_name: str
    must_change_password: bool
    expires_at: _timestamp_pb2.Timestamp
    idle_timeout_seconds: int
    preferred_language: str
    def __init__(self, user_id: _Optional[str] = ..., login: _Optional[str] = ..., display_name: _Optional[str] = ..., profile_code: _Optional[str] = ..., profile_name: _Optional[str] = ..., rights: _Optional[_Iterable[str]] = ..., agency_ids: _Optional[_Iterable[str]] = ..., all_agencies: _Optional[bool] = ..., workstation_id: _Optional[str] = ..., workstation_name: _Optional[str] = ..., workstation_agency_id: _Optional[str] = ..., workstation_agency_name: _Optional[str] = ..., must_change_password: _Optional[bool] = ..., expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., idle_timeout_seconds: _Optional[int] = ..., preferred_language: _Optional[str] = ...) -> None: ...
