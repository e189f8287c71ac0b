from iwebs.v1 import administration_pb2 as _administration_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class GetSecurityPolicyRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetSecurityPolicyResponse(_message.Message):
    __slots__ = ("policy",)
    POLICY_FIELD_NUMBER: _ClassVar[int]
    policy: _administration_pb2.SecurityPolicy
    def __init__(self, policy: _Optional[_Union[_administration_pb2.SecurityPolicy, _Mapping]] = ...) -> None: ...

class RequestSecurityPolicyChangeRequest(_message.Message):
    __slots__ = ("request_id", "policy", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    POLICY_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    policy: _administration_pb2.SecurityPolicy
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., policy: _Optional[_Union[_administration_pb2.SecurityPolicy, _Mapping]] = ..., reason: _Optional[str] = ...) -> None: ...

class RequestSecurityPolicyChangeResponse(_message.Message):
    __slots__ = ("approval_request",)
    APPROVAL_REQUEST_FIELD_NUMBER: _ClassVar[int]
    approval_request: _administration_pb2.ApprovalRequest
    def __init__(self, approval_request: _Optional[_Union[_administration_pb2.ApprovalRequest, _Mapping]] = ...) -> None: ...
