from google.protobuf import field_mask_pb2 as _field_mask_pb2
from iwebs.v1 import customer_pb2 as _customer_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class GetCustomerOverviewRequest(_message.Message):
    __slots__ = ("customer_id",)
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    customer_id: str
    def __init__(self, customer_id: _Optional[str] = ...) -> None: ...

class GetCustomerOverviewResponse(_message.Message):
    __slots__ = ("overview",)
    OVERVIEW_FIELD_NUMBER: _ClassVar[int]
    overview: _customer_pb2.CustomerOverview
    def __init__(self, overview: _Optional[_Union[_customer_pb2.CustomerOverview, _Mapping]] = ...) -> None: ...

class GetCustomerRequest(_message.Message):
    __slots__ = ("customer_id",)
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    customer_id: str
    def __init__(self, customer_id: _Optional[str] = ...) -> None: ...

class GetCustomerResponse(_message.Message):
    __slots__ = ("customer",)
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    customer: _customer_pb2.Customer
    def __init__(self, customer: _Optional[_Union[_customer_pb2.Customer, _Mapping]] = ...) -> None: ...

class CreateCustomerRequest(_message.Message):
    __slots__ = ("request_id", "customer")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    customer: _customer_pb2.Customer
    def __init__(self, request_id: _Optional[str] = ..., customer: _Optional[_Union[_customer_pb2.Customer, _Mapping]] = ...) -> None: ...

class CreateCustomerResponse(_message.Message):
    __slots__ = ("customer",)
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    customer: _customer_pb2.Customer
    def __init__(self, customer: _Optional[_Union[_customer_pb2.Customer, _Mapping]] = ...) -> None: ...

class UpdateCustomerRequest(_message.Message):
    __slots__ = ("request_id", "customer_id", "version", "customer", "update_mask", "correction", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    CORRECTION_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    customer_id: str
    version: int
    customer: _customer_pb2.Customer
    update_mask: _field_mask_pb2.FieldMask
    correction: bool
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., customer_id: _Optional[str] = ..., version: _Optional[int] = ..., customer: _Optional[_Union[_customer_pb2.Customer, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ..., correction: _Optional[bool] = ..., reason: _Optional[str] = ...) -> None: ...

class UpdateCustomerResponse(_message.Message):
    __slots__ = ("customer",)
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    customer: _customer_pb2.Customer
    def __init__(self, customer: _Optional[_Union[_customer_pb2.Customer, _Mapping]] = ...) -> None: ...

class GetCustomerAccountRequest(_message.Message):
    __slots__ = ("account_id", "account_number")
    ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    account_id: str
    account_number: str
    def __init__(self, account_id: _Optional[str] = ..., account_number: _Optional[str] = ...) -> None: ...

class GetCustomerAccountResponse(_message.Message):
    __slots__ = ("account", "balance")
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    BALANCE_FIELD_NUMBER: _ClassVar[int]
    account: _customer_pb2.CustomerAccount
    balance: _customer_pb2.AccountBalance
    def __init__(self, account: _Optional[_Union[_customer_pb2.CustomerAccount, _Mapping]] = ..., balance: _Optional[_Union[_customer_pb2.AccountBalance, _Mapping]] = ...) -> None: ...

class CreateCustomerAccountRequest(_message.Message):
    __slots__ = ("request_id", "account")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    account: _customer_pb2.CustomerAccount
    def __init__(self, request_id: _Optional[str] = ..., account: _Optional[_Union[_customer_pb2.CustomerAccount, _Mapping]] = ...) -> None: ...

class CreateCustomerAccountResponse(_message.Message):
    __slots__ = ("account",)
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    account: _customer_pb2.CustomerAccount
    def __init__(self, account: _Optional[_Union[_customer_pb2.CustomerAccount, _Mapping]] = ...) -> None: ...

class UpdateCustomerAccountRequest(_message.Message):
    __slots__ = ("request_id", "account_id", "version", "account", "update_mask", "correction", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    CORRECTION_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    account_id: str
    version: int
    account: _customer_pb2.CustomerAccount
    update_mask: _field_mask_pb2.FieldMask
    correction: bool
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., account_id: _Optional[str] = ..., version: _Optional[int] = ..., account: _Optional[_Union[_customer_pb2.CustomerAccount, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ..., correction: _Optional[bool] = ..., reason: _Optional[str] = ...) -> None: ...

class UpdateCustomerAccountResponse(_message.Message):
    __slots__ = ("account",)
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    account: _customer_pb2.CustomerAccount
    def __init__(self, account: _Optional[_Union[_customer_pb2.CustomerAccount, _Mapping]] = ...) -> None: ...

class AddAccountToGroupRequest(_message.Message):
    __slots__ = ("request_id", "group_account_id", "member_account_id", "member_version", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    GROUP_ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    MEMBER_ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    MEMBER_VERSION_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    group_account_id: str
    member_account_id: str
    member_version: int
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., group_account_id: _Optional[str] = ..., member_account_id: _Optional[str] = ..., member_version: _Optional[int] = ..., reason: _Optional[str] = ...) -> None: ...

class AddAccountToGroupResponse(_message.Message):
    __slots__ = ("member",)
    MEMBER_FIELD_NUMBER: _ClassVar[int]
    member: _customer_pb2.CustomerAccount
    def __init__(self, member: _Optional[_Union[_customer_pb2.CustomerAccount, _Mapping]] = ...) -> None: ...

class RemoveAccountFromGroupRequest(_message.Message):
    __slots__ = ("request_id", "member_account_id", "member_version", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    MEMBER_ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    MEMBER_VERSION_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    member_account_id: str
    member_version: int
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., member_account_id: _Optional[str] = ..., member_version: _Optional[int] = ..., reason: _Optional[str] = ...) -> None: ...

class RemoveAccountFromGroupResponse(_message.Message):
    __slots__ = ("member",)
    MEMBER_FIELD_NUMBER: _ClassVar[int]
    member: _customer_pb2.CustomerAccount
    def __init__(self, member: _Optional[_Union[_customer_pb2.CustomerAccount, _Mapping]] = ...) -> None: ...

class ListGroupMembersRequest(_message.Message):
    __slots__ = ("group_account_id", "page_size", "page_token")
    GROUP_ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    group_account_id: str
    page_size: int
    page_token: str
    def __init__(self, group_account_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListGroupMembersResponse(_message.Message):
    __slots__ = ("members", "next_page_token")
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    members: _containers.RepeatedCompositeFieldContainer[_customer_pb2.CustomerAccount]
    next_page_token: str
    def __init__(self, members: _Optional[_Iterable[_Union[_customer_pb2.CustomerAccount, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class ListAccountBillsRequest(_message.Message):
    __slots__ = ("account_id", "open_only", "page_size", "page_token")
    ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    OPEN_ONLY_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    account_id: str
    open_only: bool
    page_size: int
    page_token: str
    def __init__(self, account_id: _Optional[str] = ..., open_only: _Optional[bool] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListAccountBillsResponse(_message.Message):
    __slots__ = ("bills", "next_page_token")
    BILLS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    bills: _containers.RepeatedCompositeFieldContainer[_customer_pb2.OpenBill]
    next_page_token: str
    def __init__(self, bills: _Optional[_Iterable[_Union[_customer_pb2.OpenBill, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class ListCustomerChangesRequest(_message.Message):
    __slots__ = ("customer_id", "entity_type", "entity_id", "page_size", "page_token")
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    ENTITY_TYPE_FIELD_NUMBER: _ClassVar[int]
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    customer_id: str
    entity_type: str
    entity_id: str
    page_size: int
    page_token: str
    def __init__(self, customer_id: _Optional[str] = ..., entity_type: _Optional[str] = ..., entity_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListCustomerChangesResponse(_message.Message):
    __slots__ = ("changes", "next_page_token")
    CHANGES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    changes: _containers.RepeatedCompositeFieldContainer[_customer_pb2.ChangeRecord]
    next_page_token: str
    def __init__(self, changes: _Optional[_Iterable[_Union[_customer_pb2.ChangeRecord, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...
