from iwebs.v1 import administration_pb2 as _administration_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ListApprovalRequestsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "status")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    status: _administration_pb2.ApprovalStatus
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., status: _Optional[_Union[_administration_pb2.ApprovalStatus, str]] = ...) -> None: ...

class ListApprovalRequestsResponse(_message.Message):
    __slots__ = ("approval_requests", "next_page_token")
    APPROVAL_REQUESTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    approval_requests: _containers.RepeatedCompositeFieldContainer[_administration_pb2.ApprovalRequest]
    next_page_token: str
    def __init__(self, approval_requests: _Optional[_Iterable[_Union[_administration_pb2.ApprovalRequest, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetApprovalRequestRequest(_message.Message):
    __slots__ = ("approval_request_id",)
    APPROVAL_REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    approval_request_id: str
    def __init__(self, approval_request_id: _Optional[str] = ...) -> None: ...

class GetApprovalRequestResponse(_message.Message):
    __slots__ = ("approval_request",)
    APPROVAL_REQUEST_FIELD_NUMBER: _ClassVar[int]
    approval_request: _administration_pb2.ApprovalRequest
    def __init__(self, approval_request: _Optional[_Union[_administration_pb2.ApprovalRequest, _Mapping]] = ...) -> None: ...

class ApproveApprovalRequestRequest(_message.Message):
    __slots__ = ("request_id", "approval_request_id", "comment")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    APPROVAL_REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    COMMENT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    approval_request_id: str
    comment: str
    def __init__(self, request_id: _Optional[str] = ..., approval_request_id: _Optional[str] = ..., comment: _Optional[str] = ...) -> None: ...

class ApproveApprovalRequestResponse(_message.Message):
    __slots__ = ("approval_request",)
    APPROVAL_REQUEST_FIELD_NUMBER: _ClassVar[int]
    approval_request: _administration_pb2.ApprovalRequest
    def __init__(self, approval_request: _Optional[_Union[_administration_pb2.ApprovalRequest, _Mapping]] = ...) -> None: ...

class RejectApprovalRequestRequest(_message.Message):
    __slots__ = ("request_id", "approval_request_id", "comment")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    APPROVAL_REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    COMMENT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    approval_request_id: str
    comment: str
    def __init__(self, request_id: _Optional[str] = ..., approval_request_id: _Optional[str] = ..., comment: _Optional[str] = ...) -> None: ...

class RejectApprovalRequestResponse(_message.Message):
    __slots__ = ("approval_request",)
    APPROVAL_REQUEST_FIELD_NUMBER: _ClassVar[int]
    approval_request: _administration_pb2.ApprovalRequest
    def __init__(self, approval_request: _Optional[_Union[_administration_pb2.ApprovalRequest, _Mapping]] = ...) -> None: ...
