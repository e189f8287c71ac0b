from iwebs.v1 import customer_pb2 as _customer_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class SearchKey(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SEARCH_KEY_UNSPECIFIED: _ClassVar[SearchKey]
    SEARCH_KEY_ACCOUNT_NUMBER: _ClassVar[SearchKey]
    SEARCH_KEY_NAME: _ClassVar[SearchKey]
    SEARCH_KEY_PHONE: _ClassVar[SearchKey]
    SEARCH_KEY_METER_SERIAL: _ClassVar[SearchKey]
    SEARCH_KEY_ADDRESS: _ClassVar[SearchKey]
SEARCH_KEY_UNSPECIFIED: SearchKey
SEARCH_KEY_ACCOUNT_NUMBER: SearchKey
SEARCH_KEY_NAME: SearchKey
SEARCH_KEY_PHONE: SearchKey
SEARCH_KEY_METER_SERIAL: SearchKey
SEARCH_KEY_ADDRESS: SearchKey

class SearchCustomersRequest(_message.Message):
    __slots__ = ("query", "key", "agency_id", "page_size", "page_token")
    QUERY_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    query: str
    key: SearchKey
    agency_id: str
    page_size: int
    page_token: str
    def __init__(self, query: _Optional[str] = ..., key: _Optional[_Union[SearchKey, str]] = ..., agency_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class CustomerSearchHit(_message.Message):
    __slots__ = ("customer_id", "customer_number", "display_name", "agency_id", "account_id", "account_number", "premise_address", "meter_serial", "main_phone", "matched_key", "service")
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    PREMISE_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    METER_SERIAL_FIELD_NUMBER: _ClassVar[int]
    MAIN_PHONE_FIELD_NUMBER: _ClassVar[int]
    MATCHED_KEY_FIELD_NUMBER: _ClassVar[int]
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    customer_id: str
    customer_number: str
    display_name: str
    agency_id: str
    account_id: str
    account_number: str
    premise_address: str
    meter_serial: str
    main_phone: str
    matched_key: SearchKey
    service: _customer_pb2.ServiceKind
    def __init__(self, customer_id: _Optional[str] = ..., customer_number: _Optional[str] = ..., display_name: _Optional[str] = ..., agency_id: _Optional[str] = ..., account_id: _Optional[str] = ..., account_number: _Optional[str] = ..., premise_address: _Optional[str] = ..., meter_serial: _Optional[str] = ..., main_phone: _Optional[str] = ..., matched_key: _Optional[_Union[SearchKey, str]] = ..., service: _Optional[_Union[_customer_pb2.ServiceKind, str]] = ...) -> None: ...

class SearchCustomersResponse(_message.Message):
    __slots__ = ("hits", "next_page_token", "searched_key")
    HITS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    SEARCHED_KEY_FIELD_NUMBER: _ClassVar[int]
    hits: _containers.RepeatedCompositeFieldContainer[CustomerSearchHit]
    next_page_token: str
    searched_key: SearchKey
    def __init__(self, hits: _Optional[_Iterable[_Union[CustomerSearchHit, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., searched_key: _Optional[_Union[SearchKey, str]] = ...) -> None: ...
