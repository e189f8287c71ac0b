from iwebs.v1 import administration_pb2 as _administration_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ListUsersRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "agency_id", "login_contains")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    LOGIN_CONTAINS_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    agency_id: str
    login_contains: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., agency_id: _Optional[str] = ..., login_contains: _Optional[str] = ...) -> None: ...

class ListUsersResponse(_message.Message):
    __slots__ = ("users", "next_page_token")
    USERS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    users: _containers.RepeatedCompositeFieldContainer[_administration_pb2.User]
    next_page_token: str
    def __init__(self, users: _Optional[_Iterable[_Union[_administration_pb2.User, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetUserRequest(_message.Message):
    __slots__ = ("user_id",)
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    def __init__(self, user_id: _Optional[str] = ...) -> None: ...

class GetUserResponse(_message.Message):
    __slots__ = ("user",)
    USER_FIELD_NUMBER: _ClassVar[int]
    user: _administration_pb2.User
    def __init__(self, user: _Optional[_Union[_administration_pb2.User, _Mapping]] = ...) -> None: ...

class CreateUserRequest(_message.Message):
    __slots__ = ("request_id", "login", "display_name", "profile_id", "agency_ids", "all_agencies", "preferred_language")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    LOGIN_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    PROFILE_ID_FIELD_NUMBER: _ClassVar[int]
    AGENCY_IDS_FIELD_NUMBER: _ClassVar[int]
    ALL_AGENCIES_FIELD_NUMBER: _ClassVar[int]
    PREFERRED_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    login: str
    display_name: str
    profile_id: str
    agency_ids: _containers.RepeatedScalarFieldContainer[str]
    all_agencies: bool
    preferred_language: str
    def __init__(self, request_id: _Optional[str] = ..., login: _Optional[str] = ..., display_name: _Optional[str] = ..., profile_id: _Optional[str] = ..., agency_ids: _Optional[_Iterable[str]] = ..., all_agencies: _Optional[bool] = ..., preferred_language: _Optional[str] = ...) -> None: ...

class CreateUserResponse(_message.Message):
    __slots__ = ("user", "one_time_password")
    USER_FIELD_NUMBER: _ClassVar[int]
    ONE_TIME_PASSWORD_FIELD_NUMBER: _ClassVar[int]
    user: _administration_pb2.User
    one_time_password: str
    def __init__(self, user: _Optional[_Union[_administration_pb2.User, _Mapping]] = ..., one_time_password: _Optional[str] = ...) -> None: ...

class UpdateUserRequest(_message.Message):
    __slots__ = ("request_id", "user_id", "version", "display_name", "profile_id", "agency_ids", "all_agencies", "preferred_language")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    PROFILE_ID_FIELD_NUMBER: _ClassVar[int]
    AGENCY_IDS_FIELD_NUMBER: _ClassVar[int]
    ALL_AGENCIES_FIELD_NUMBER: _ClassVar[int]
    PREFERRED_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    user_id: str
    version: int
    display_name: str
    profile_id: str
    agency_ids: _containers.RepeatedScalarFieldContainer[str]
    all_agencies: bool
    preferred_language: str
    def __init__(self, request_id: _Optional[str] = ..., user_id: _Optional[str] = ..., version: _Optional[int] = ..., display_name: _Optional[str] = ..., profile_id: _Optional[str] = ..., agency_ids: _Optional[_Iterable[str]] = ..., all_agencies: _Optional[bool] = ..., preferred_language: _Optional[str] = ...) -> None: ...

class UpdateUserResponse(_message.Message):
    __slots__ = ("user",)
    USER_FIELD_NUMBER: _ClassVar[int]
    user: _administration_pb2.User
    def __init__(self, user: _Optional[_Union[_administration_pb2.User, _Mapping]] = ...) -> None: ...

class ResetUserPasswordRequest(_message.Message):
    __slots__ = ("request_id", "user_id")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    user_id: str
    def __init__(self, request_id: _Optional[str] = ..., user_id: _Optional[str] = ...) -> None: ...

class ResetUserPasswordResponse(_message.Message):
    __slots__ = ("one_time_password",)
    ONE_TIME_PASSWORD_FIELD_NUMBER: _ClassVar[int]
    one_time_password: str
    def __init__(self, one_time_password: _Optional[str] = ...) -> None: ...

class LockUserRequest(_message.Message):
    __slots__ = ("request_id", "user_id", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    user_id: str
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., user_id: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class LockUserResponse(_message.Message):
    __slots__ = ("user",)
    USER_FIELD_NUMBER: _ClassVar[int]
    user: _administration_pb2.User
    def __init__(self, user: _Optional[_Union[_administration_pb2.User, _Mapping]] = ...) -> None: ...

class UnlockUserRequest(_message.Message):
    __slots__ = ("request_id", "user_id", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    user_id: str
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., user_id: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class UnlockUserResponse(_message.Message):
    __slots__ = ("user", "approval_request_id")
    USER_FIELD_NUMBER: _ClassVar[int]
    APPROVAL_REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    user: _administration_pb2.User
    approval_request_id: str
    def __init__(self, user: _Optional[_Union[_administration_pb2.User, _Mapping]] = ..., approval_request_id: _Optional[str] = ...) -> None: ...

class DisableUserRequest(_message.Message):
    __slots__ = ("request_id", "user_id", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    user_id: str
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., user_id: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class DisableUserResponse(_message.Message):
    __slots__ = ("user",)
    USER_FIELD_NUMBER: _ClassVar[int]
    user: _administration_pb2.User
    def __init__(self, user: _Optional[_Union[_administration_pb2.User, _Mapping]] = ...) -> None: ...

class EnableUserRequest(_message.Message):
    __slots__ = ("request_id", "user_id")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    user_id: str
    def __init__(self, request_id: _Optional[str] = ..., user_id: _Optional[str] = ...) -> None: ...

class EnableUserResponse(_message.Message):
    __slots__ = ("user",)
    USER_FIELD_NUMBER: _ClassVar[int]
    user: _administration_pb2.User
    def __init__(self, user: _Optional[_Union[_administration_pb2.User, _Mapping]] = ...) -> None: ...
