import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from iwebs.v1 import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class TariffVersionStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TARIFF_VERSION_STATUS_UNSPECIFIED: _ClassVar[TariffVersionStatus]
    TARIFF_VERSION_STATUS_PENDING: _ClassVar[TariffVersionStatus]
    TARIFF_VERSION_STATUS_APPROVED: _ClassVar[TariffVersionStatus]
    TARIFF_VERSION_STATUS_REJECTED: _ClassVar[TariffVersionStatus]
TARIFF_VERSION_STATUS_UNSPECIFIED: TariffVersionStatus
TARIFF_VERSION_STATUS_PENDING: TariffVersionStatus
TARIFF_VERSION_STATUS_APPROVED: TariffVersionStatus
TARIFF_VERSION_STATUS_REJECTED: TariffVersionStatus

class TariffBlock(_message.Message):
    __slots__ = ("up_to", "unit_price")
    UP_TO_FIELD_NUMBER: _ClassVar[int]
    UNIT_PRICE_FIELD_NUMBER: _ClassVar[int]
    up_to: str
    unit_price: str
    def __init__(self, up_to: _Optional[str] = ..., unit_price: _Optional[str] = ...) -> None: ...

class TariffComponent(_message.Message):
    __slots__ = ("code", "kind", "label", "ledger_account", "rounding", "blocks", "prorate", "amount", "unit_price", "rate_percent", "applies_to", "threshold")
    CODE_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    LABEL_FIELD_NUMBER: _ClassVar[int]
    LEDGER_ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    ROUNDING_FIELD_NUMBER: _ClassVar[int]
    BLOCKS_FIELD_NUMBER: _ClassVar[int]
    PRORATE_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    UNIT_PRICE_FIELD_NUMBER: _ClassVar[int]
    RATE_PERCENT_FIELD_NUMBER: _ClassVar[int]
    APPLIES_TO_FIELD_NUMBER: _ClassVar[int]
    THRESHOLD_FIELD_NUMBER: _ClassVar[int]
    code: str
    kind: str
    label: str
    ledger_account: str
    rounding: str
    blocks: _containers.RepeatedCompositeFieldContainer[TariffBlock]
    prorate: bool
    amount: str
    unit_price: str
    rate_percent: str
    applies_to: _containers.RepeatedScalarFieldContainer[str]
    threshold: str
    def __init__(self, code: _Optional[str] = ..., kind: _Optional[str] = ..., label: _Optional[str] = ..., ledger_account: _Optional[str] = ..., rounding: _Optional[str] = ..., blocks: _Optional[_Iterable[_Union[TariffBlock, _Mapping]]] = ..., prorate: _Optional[bool] = ..., amount: _Optional[str] = ..., unit_price: _Optional[str] = ..., rate_percent: _Optional[str] = ..., applies_to: _Optional[_Iterable[str]] = ..., threshold: _Optional[str] = ...) -> None: ...

class TariffDefinition(_message.Message):
    __slots__ = ("format_version", "currency_code", "currency_exponent", "reference_days", "consumption_unit", "rounding_increment_minor", "components")
    FORMAT_VERSION_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_EXPONENT_FIELD_NUMBER: _ClassVar[int]
    REFERENCE_DAYS_FIELD_NUMBER: _ClassVar[int]
    CONSUMPTION_UNIT_FIELD_NUMBER: _ClassVar[int]
    ROUNDING_INCREMENT_MINOR_FIELD_NUMBER: _ClassVar[int]
    COMPONENTS_FIELD_NUMBER: _ClassVar[int]
    format_version: int
    currency_code: str
    currency_exponent: int
    reference_days: int
    consumption_unit: str
    rounding_increment_minor: int
    components: _containers.RepeatedCompositeFieldContainer[TariffComponent]
    def __init__(self, format_version: _Optional[int] = ..., currency_code: _Optional[str] = ..., currency_exponent: _Optional[int] = ..., reference_days: _Optional[int] = ..., consumption_unit: _Optional[str] = ..., rounding_increment_minor: _Optional[int] = ..., components: _Optional[_Iterable[_Union[TariffComponent, _Mapping]]] = ...) -> None: ...

class Tariff(_message.Message):
    __slots__ = ("tariff_id", "code", "name", "service", "tariff_category_code", "product_code", "currency_code", "active", "version", "current_version_number", "has_pending_version", "created_at", "updated_at")
    TARIFF_ID_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    TARIFF_CATEGORY_CODE_FIELD_NUMBER: _ClassVar[int]
    PRODUCT_CODE_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    CURRENT_VERSION_NUMBER_FIELD_NUMBER: _ClassVar[int]
    HAS_PENDING_VERSION_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    tariff_id: str
    code: str
    name: str
    service: str
    tariff_category_code: str
    product_code: str
    currency_code: str
    active: bool
    version: int
    current_version_number: int
    has_pending_version: bool
    created_at: _timestamp_pb2.Timestamp
    updated_at: _timestamp_pb2.Timestamp
    def __init__(self, tariff_id: _Optional[str] = ..., code: _Optional[str] = ..., name: _Optional[str] = ..., service: _Optional[str] = ..., tariff_category_code: _Optional[str] = ..., product_code: _Optional[str] = ..., currency_code: _Optional[str] = ..., active: _Optional[bool] = ..., version: _Optional[int] = ..., current_version_number: _Optional[int] = ..., has_pending_version: _Optional[bool] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class TariffVersion(_message.Message):
    __slots__ = ("tariff_version_id", "tariff_id", "version_number", "valid_from", "status", "definition", "definition_json", "definition_hash", "reason", "created_by_login", "created_at", "approval_request_id", "decided_by_login", "decided_at")
    TARIFF_VERSION_ID_FIELD_NUMBER: _ClassVar[int]
    TARIFF_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_NUMBER_FIELD_NUMBER: _ClassVar[int]
    VALID_FROM_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DEFINITION_FIELD_NUMBER: _ClassVar[int]
    DEFINITION_JSON_FIELD_NUMBER: _ClassVar[int]
    DEFINITION_HASH_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    CREATED_BY_LOGIN_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    APPROVAL_REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    DECIDED_BY_LOGIN_FIELD_NUMBER: _ClassVar[int]
    DECIDED_AT_FIELD_NUMBER: _ClassVar[int]
    tariff_version_id: str
    tariff_id: str
    version_number: int
    valid_from: _common_pb2.Date
    status: TariffVersionStatus
    definition: TariffDefinition
    definition_json: str
    definition_hash: str
    reason: str
    created_by_login: str
    created_at: _timestamp_pb2.Timestamp
    approval_request_id: str
    decided_by_login: str
    decided_at: _timestamp_pb2.Timestamp
    def __init__(self, tariff_version_id: _Optional[str] = ..., tariff_id: _Optional[str] = ..., version_number: _Optional[int] = ..., valid_from: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., status: _Optional[_Union[TariffVersionStatus, str]] = ..., definition: _Optional[_Union[TariffDefinition, _Mapping]] = ..., definition_json: _Optional[str] = ..., definition_hash: _Optional[str] = ..., reason: _Optional[str] = ..., created_by_login: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., approval_request_id: _Optional[str] = ..., decided_by_login: _Optional[str] = ..., decided_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListTariffsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "service", "tariff_category_code", "include_inactive")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    TARIFF_CATEGORY_CODE_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_INACTIVE_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    service: str
    tariff_category_code: str
    include_inactive: bool
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., service: _Optional[str] = ..., tariff_category_code: _Optional[str] = ..., include_inactive: _Optional[bool] = ...) -> None: ...

class ListTariffsResponse(_message.Message):
    __slots__ = ("tariffs", "next_page_token")
    TARIFFS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    tariffs: _containers.RepeatedCompositeFieldContainer[Tariff]
    next_page_token: str
    def __init__(self, tariffs: _Optional[_Iterable[_Union[Tariff, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetTariffRequest(_message.Message):
    __slots__ = ("tariff_id",)
    TARIFF_ID_FIELD_NUMBER: _ClassVar[int]
    tariff_id: str
    def __init__(self, tariff_id: _Optional[str] = ...) -> None: ...

class GetTariffResponse(_message.Message):
    __slots__ = ("tariff", "versions")
    TARIFF_FIELD_NUMBER: _ClassVar[int]
    VERSIONS_FIELD_NUMBER: _ClassVar[int]
    tariff: Tariff
    versions: _containers.RepeatedCompositeFieldContainer[TariffVersion]
    def __init__(self, tariff: _Optional[_Union[Tariff, _Mapping]] = ..., versions: _Optional[_Iterable[_Union[TariffVersion, _Mapping]]] = ...) -> None: ...

class CreateTariffRequest(_message.Message):
    __slots__ = ("request_id", "code", "name", "service", "tariff_category_code", "product_code", "currency_code")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    TARIFF_CATEGORY_CODE_FIELD_NUMBER: _ClassVar[int]
    PRODUCT_CODE_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    code: str
    name: str
    service: str
    tariff_category_code: str
    product_code: str
    currency_code: str
    def __init__(self, request_id: _Optional[str] = ..., code: _Optional[str] = ..., name: _Optional[str] = ..., service: _Optional[str] = ..., tariff_category_code: _Optional[str] = ..., product_code: _Optional[str] = ..., currency_code: _Optional[str] = ...) -> None: ...

class CreateTariffResponse(_message.Message):
    __slots__ = ("tariff",)
    TARIFF_FIELD_NUMBER: _ClassVar[int]
    tariff: Tariff
    def __init__(self, tariff: _Optional[_Union[Tariff, _Mapping]] = ...) -> None: ...

class ProposeTariffVersionRequest(_message.Message):
    __slots__ = ("request_id", "tariff_id", "valid_from", "definition", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    TARIFF_ID_FIELD_NUMBER: _ClassVar[int]
    VALID_FROM_FIELD_NUMBER: _ClassVar[int]
    DEFINITION_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    tariff_id: str
    valid_from: _common_pb2.Date
    definition: TariffDefinition
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., tariff_id: _Optional[str] = ..., valid_from: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., definition: _Optional[_Union[TariffDefinition, _Mapping]] = ..., reason: _Optional[str] = ...) -> None: ...

class ProposeTariffVersionResponse(_message.Message):
    __slots__ = ("version",)
    VERSION_FIELD_NUMBER: _ClassVar[int]
    version: TariffVersion
    def __init__(self, version: _Optional[_Union[TariffVersion, _Mapping]] = ...) -> None: ...

class TariffUsage(_message.Message):
    __slots__ = ("period_start", "period_end", "consumption", "subscribed_power_va")
    PERIOD_START_FIELD_NUMBER: _ClassVar[int]
    PERIOD_END_FIELD_NUMBER: _ClassVar[int]
    CONSUMPTION_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIBED_POWER_VA_FIELD_NUMBER: _ClassVar[int]
    period_start: _common_pb2.Date
    period_end: _common_pb2.Date
    consumption: str
    subscribed_power_va: int
    def __init__(self, period_start: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., period_end: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., consumption: _Optional[str] = ..., subscribed_power_va: _Optional[int] = ...) -> None: ...

class SimulateTariffRequest(_message.Message):
    __slots__ = ("tariff_id", "tariff_version_id", "definition", "usage")
    TARIFF_ID_FIELD_NUMBER: _ClassVar[int]
    TARIFF_VERSION_ID_FIELD_NUMBER: _ClassVar[int]
    DEFINITION_FIELD_NUMBER: _ClassVar[int]
    USAGE_FIELD_NUMBER: _ClassVar[int]
    tariff_id: str
    tariff_version_id: str
    definition: TariffDefinition
    usage: TariffUsage
    def __init__(self, tariff_id: _Optional[str] = ..., tariff_version_id: _Optional[str] = ..., definition: _Optional[_Union[TariffDefinition, _Mapping]] = ..., usage: _Optional[_Union[TariffUsage, _Mapping]] = ...) -> None: ...

class TariffLine(_message.Message):
    __slots__ = ("code", "kind", "label", "quantity", "unit", "unit_price", "amount", "tariff_version_id", "block_no", "rule", "ledger_account")
    CODE_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    LABEL_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    UNIT_PRICE_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    TARIFF_VERSION_ID_FIELD_NUMBER: _ClassVar[int]
    BLOCK_NO_FIELD_NUMBER: _ClassVar[int]
    RULE_FIELD_NUMBER: _ClassVar[int]
    LEDGER_ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    code: str
    kind: str
    label: str
    quantity: str
    unit: str
    unit_price: str
    amount: _common_pb2.Money
    tariff_version_id: str
    block_no: int
    rule: str
    ledger_account: str
    def __init__(self, code: _Optional[str] = ..., kind: _Optional[str] = ..., label: _Optional[str] = ..., quantity: _Optional[str] = ..., unit: _Optional[str] = ..., unit_price: _Optional[str] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., tariff_version_id: _Optional[str] = ..., block_no: _Optional[int] = ..., rule: _Optional[str] = ..., ledger_account: _Optional[str] = ...) -> None: ...

class SimulateTariffResponse(_message.Message):
    __slots__ = ("lines", "total")
    LINES_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    lines: _containers.RepeatedCompositeFieldContainer[TariffLine]
    total: _common_pb2.Money
    def __init__(self, lines: _Optional[_Iterable[_Union[TariffLine, _Mapping]]] = ..., total: _Optional[_Union[_common_pb2.Money, _Mapping]] = ...) -> None: ...
