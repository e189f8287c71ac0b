from google.protobuf import field_mask_pb2 as _field_mask_pb2
from iwebs.v1 import common_pb2 as _common_pb2
from iwebs.v1 import customer_pb2 as _customer_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class GetPremiseRequest(_message.Message):
    __slots__ = ("premise_id",)
    PREMISE_ID_FIELD_NUMBER: _ClassVar[int]
    premise_id: str
    def __init__(self, premise_id: _Optional[str] = ...) -> None: ...

class GetPremiseResponse(_message.Message):
    __slots__ = ("premise",)
    PREMISE_FIELD_NUMBER: _ClassVar[int]
    premise: _customer_pb2.Premise
    def __init__(self, premise: _Optional[_Union[_customer_pb2.Premise, _Mapping]] = ...) -> None: ...

class CreatePremiseRequest(_message.Message):
    __slots__ = ("request_id", "premise")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    PREMISE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    premise: _customer_pb2.Premise
    def __init__(self, request_id: _Optional[str] = ..., premise: _Optional[_Union[_customer_pb2.Premise, _Mapping]] = ...) -> None: ...

class CreatePremiseResponse(_message.Message):
    __slots__ = ("premise",)
    PREMISE_FIELD_NUMBER: _ClassVar[int]
    premise: _customer_pb2.Premise
    def __init__(self, premise: _Optional[_Union[_customer_pb2.Premise, _Mapping]] = ...) -> None: ...

class UpdatePremiseRequest(_message.Message):
    __slots__ = ("request_id", "premise_id", "version", "premise", "update_mask", "correction", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    PREMISE_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    PREMISE_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    CORRECTION_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    premise_id: str
    version: int
    premise: _customer_pb2.Premise
    update_mask: _field_mask_pb2.FieldMask
    correction: bool
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., premise_id: _Optional[str] = ..., version: _Optional[int] = ..., premise: _Optional[_Union[_customer_pb2.Premise, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ..., correction: _Optional[bool] = ..., reason: _Optional[str] = ...) -> None: ...

class UpdatePremiseResponse(_message.Message):
    __slots__ = ("premise",)
    PREMISE_FIELD_NUMBER: _ClassVar[int]
    premise: _customer_pb2.Premise
    def __init__(self, premise: _Optional[_Union[_customer_pb2.Premise, _Mapping]] = ...) -> None: ...

class ListRoundsRequest(_message.Message):
    __slots__ = ("agency_id", "page_size", "page_token")
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    agency_id: str
    page_size: int
    page_token: str
    def __init__(self, agency_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListRoundsResponse(_message.Message):
    __slots__ = ("rounds", "next_page_token")
    ROUNDS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    rounds: _containers.RepeatedCompositeFieldContainer[_customer_pb2.Round]
    next_page_token: str
    def __init__(self, rounds: _Optional[_Iterable[_Union[_customer_pb2.Round, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class ListNetworkNodesRequest(_message.Message):
    __slots__ = ("kind", "parent_id", "page_size", "page_token")
    KIND_FIELD_NUMBER: _ClassVar[int]
    PARENT_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    kind: _customer_pb2.NetworkNodeKind
    parent_id: str
    page_size: int
    page_token: str
    def __init__(self, kind: _Optional[_Union[_customer_pb2.NetworkNodeKind, str]] = ..., parent_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListNetworkNodesResponse(_message.Message):
    __slots__ = ("nodes", "next_page_token")
    NODES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    nodes: _containers.RepeatedCompositeFieldContainer[_customer_pb2.NetworkNode]
    next_page_token: str
    def __init__(self, nodes: _Optional[_Iterable[_Union[_customer_pb2.NetworkNode, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetSubscriptionRequest(_message.Message):
    __slots__ = ("subscription_id",)
    SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    subscription_id: str
    def __init__(self, subscription_id: _Optional[str] = ...) -> None: ...

class GetSubscriptionResponse(_message.Message):
    __slots__ = ("subscription",)
    SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    subscription: _customer_pb2.Subscription
    def __init__(self, subscription: _Optional[_Union[_customer_pb2.Subscription, _Mapping]] = ...) -> None: ...

class CreateSubscriptionRequest(_message.Message):
    __slots__ = ("request_id", "subscription")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    subscription: _customer_pb2.Subscription
    def __init__(self, request_id: _Optional[str] = ..., subscription: _Optional[_Union[_customer_pb2.Subscription, _Mapping]] = ...) -> None: ...

class CreateSubscriptionResponse(_message.Message):
    __slots__ = ("subscription",)
    SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    subscription: _customer_pb2.Subscription
    def __init__(self, subscription: _Optional[_Union[_customer_pb2.Subscription, _Mapping]] = ...) -> None: ...

class UpdateSubscriptionRequest(_message.Message):
    __slots__ = ("request_id", "subscription_id", "version", "subscription", "update_mask", "correction", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    CORRECTION_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    subscription_id: str
    version: int
    subscription: _customer_pb2.Subscription
    update_mask: _field_mask_pb2.FieldMask
    correction: bool
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., subscription_id: _Optional[str] = ..., version: _Optional[int] = ..., subscription: _Optional[_Union[_customer_pb2.Subscription, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ..., correction: _Optional[bool] = ..., reason: _Optional[str] = ...) -> None: ...

class UpdateSubscriptionResponse(_message.Message):
    __slots__ = ("subscription",)
    SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    subscription: _customer_pb2.Subscription
    def __init__(self, subscription: _Optional[_Union[_customer_pb2.Subscription, _Mapping]] = ...) -> None: ...

class ActivateSubscriptionRequest(_message.Message):
    __slots__ = ("request_id", "subscription_id", "version", "effective_on", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    EFFECTIVE_ON_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    subscription_id: str
    version: int
    effective_on: _common_pb2.Date
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., subscription_id: _Optional[str] = ..., version: _Optional[int] = ..., effective_on: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., reason: _Optional[str] = ...) -> None: ...

class ActivateSubscriptionResponse(_message.Message):
    __slots__ = ("subscription",)
    SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    subscription: _customer_pb2.Subscription
    def __init__(self, subscription: _Optional[_Union[_customer_pb2.Subscription, _Mapping]] = ...) -> None: ...

class SuspendSubscriptionRequest(_message.Message):
    __slots__ = ("request_id", "subscription_id", "version", "effective_on", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    EFFECTIVE_ON_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    subscription_id: str
    version: int
    effective_on: _common_pb2.Date
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., subscription_id: _Optional[str] = ..., version: _Optional[int] = ..., effective_on: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., reason: _Optional[str] = ...) -> None: ...

class SuspendSubscriptionResponse(_message.Message):
    __slots__ = ("subscription",)
    SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    subscription: _customer_pb2.Subscription
    def __init__(self, subscription: _Optional[_Union[_customer_pb2.Subscription, _Mapping]] = ...) -> None: ...

class ResumeSubscriptionRequest(_message.Message):
    __slots__ = ("request_id", "subscription_id", "version", "effective_on", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    EFFECTIVE_ON_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    subscription_id: str
    version: int
    effective_on: _common_pb2.Date
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., subscription_id: _Optional[str] = ..., version: _Optional[int] = ..., effective_on: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., reason: _Optional[str] = ...) -> None: ...

class ResumeSubscriptionResponse(_message.Message):
    __slots__ = ("subscription",)
    SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    subscription: _customer_pb2.Subscription
    def __init__(self, subscription: _Optional[_Union[_customer_pb2.Subscription, _Mapping]] = ...) -> None: ...

class TerminateSubscriptionRequest(_message.Message):
    __slots__ = ("request_id", "subscription_id", "version", "effective_on", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    EFFECTIVE_ON_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    subscription_id: str
    version: int
    effective_on: _common_pb2.Date
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., subscription_id: _Optional[str] = ..., version: _Optional[int] = ..., effective_on: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., reason: _Optional[str] = ...) -> None: ...

class TerminateSubscriptionResponse(_message.Message):
    __slots__ = ("subscription",)
    SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    subscription: _customer_pb2.Subscription
    def __init__(self, subscription: _Optional[_Union[_customer_pb2.Subscription, _Mapping]] = ...) -> None: ...
