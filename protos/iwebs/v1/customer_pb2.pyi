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

class CustomerKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CUSTOMER_KIND_UNSPECIFIED: _ClassVar[CustomerKind]
    CUSTOMER_KIND_PERSON: _ClassVar[CustomerKind]
    CUSTOMER_KIND_ORGANISATION: _ClassVar[CustomerKind]

class ServiceKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SERVICE_KIND_UNSPECIFIED: _ClassVar[ServiceKind]
    SERVICE_KIND_WATER: _ClassVar[ServiceKind]
    SERVICE_KIND_ELECTRICITY: _ClassVar[ServiceKind]

class BillingPeriodicity(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BILLING_PERIODICITY_UNSPECIFIED: _ClassVar[BillingPeriodicity]
    BILLING_PERIODICITY_MONTHLY: _ClassVar[BillingPeriodicity]
    BILLING_PERIODICITY_BIMONTHLY: _ClassVar[BillingPeriodicity]
    BILLING_PERIODICITY_QUARTERLY: _ClassVar[BillingPeriodicity]

class SubscriptionStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SUBSCRIPTION_STATUS_UNSPECIFIED: _ClassVar[SubscriptionStatus]
    SUBSCRIPTION_STATUS_REQUESTED: _ClassVar[SubscriptionStatus]
    SUBSCRIPTION_STATUS_ACTIVE: _ClassVar[SubscriptionStatus]
    SUBSCRIPTION_STATUS_SUSPENDED: _ClassVar[SubscriptionStatus]
    SUBSCRIPTION_STATUS_TERMINATED: _ClassVar[SubscriptionStatus]

class AccountStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ACCOUNT_STATUS_UNSPECIFIED: _ClassVar[AccountStatus]
    ACCOUNT_STATUS_ACTIVE: _ClassVar[AccountStatus]
    ACCOUNT_STATUS_CLOSED: _ClassVar[AccountStatus]

class MeterStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    METER_STATUS_UNSPECIFIED: _ClassVar[MeterStatus]
    METER_STATUS_IN_STOCK: _ClassVar[MeterStatus]
    METER_STATUS_INSTALLED: _ClassVar[MeterStatus]
    METER_STATUS_REMOVED: _ClassVar[MeterStatus]
    METER_STATUS_SCRAPPED: _ClassVar[MeterStatus]

class NetworkNodeKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    NETWORK_NODE_KIND_UNSPECIFIED: _ClassVar[NetworkNodeKind]
    NETWORK_NODE_KIND_SUBSTATION: _ClassVar[NetworkNodeKind]
    NETWORK_NODE_KIND_FEEDER: _ClassVar[NetworkNodeKind]
    NETWORK_NODE_KIND_TRANSFORMER: _ClassVar[NetworkNodeKind]
    NETWORK_NODE_KIND_WATER_SECTOR: _ClassVar[NetworkNodeKind]
CUSTOMER_KIND_UNSPECIFIED: CustomerKind
CUSTOMER_KIND_PERSON: CustomerKind
CUSTOMER_KIND_ORGANISATION: CustomerKind
SERVICE_KIND_UNSPECIFIED: ServiceKind
SERVICE_KIND_WATER: ServiceKind
SERVICE_KIND_ELECTRICITY: ServiceKind
BILLING_PERIODICITY_UNSPECIFIED: BillingPeriodicity
BILLING_PERIODICITY_MONTHLY: BillingPeriodicity
BILLING_PERIODICITY_BIMONTHLY: BillingPeriodicity
BILLING_PERIODICITY_QUARTERLY: BillingPeriodicity
SUBSCRIPTION_STATUS_UNSPECIFIED: SubscriptionStatus
SUBSCRIPTION_STATUS_REQUESTED: SubscriptionStatus
SUBSCRIPTION_STATUS_ACTIVE: SubscriptionStatus
SUBSCRIPTION_STATUS_SUSPENDED: SubscriptionStatus
SUBSCRIPTION_STATUS_TERMINATED: SubscriptionStatus
ACCOUNT_STATUS_UNSPECIFIED: AccountStatus
ACCOUNT_STATUS_ACTIVE: AccountStatus
ACCOUNT_STATUS_CLOSED: AccountStatus
METER_STATUS_UNSPECIFIED: MeterStatus
METER_STATUS_IN_STOCK: MeterStatus
METER_STATUS_INSTALLED: MeterStatus
METER_STATUS_REMOVED: MeterStatus
METER_STATUS_SCRAPPED: MeterStatus
NETWORK_NODE_KIND_UNSPECIFIED: NetworkNodeKind
NETWORK_NODE_KIND_SUBSTATION: NetworkNodeKind
NETWORK_NODE_KIND_FEEDER: NetworkNodeKind
NETWORK_NODE_KIND_TRANSFORMER: NetworkNodeKind
NETWORK_NODE_KIND_WATER_SECTOR: NetworkNodeKind

class Customer(_message.Message):
    __slots__ = ("customer_id", "customer_number", "agency_id", "kind", "family_name", "given_names", "organisation_name", "display_name", "category_code", "id_document_type", "id_document_number", "phones", "email", "preferred_language", "ebill_opt_in", "sms_opt_in", "legacy_reference", "version", "created_at", "updated_at")
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    FAMILY_NAME_FIELD_NUMBER: _ClassVar[int]
    GIVEN_NAMES_FIELD_NUMBER: _ClassVar[int]
    ORGANISATION_NAME_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_CODE_FIELD_NUMBER: _ClassVar[int]
    ID_DOCUMENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    ID_DOCUMENT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    PHONES_FIELD_NUMBER: _ClassVar[int]
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    PREFERRED_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    EBILL_OPT_IN_FIELD_NUMBER: _ClassVar[int]
    SMS_OPT_IN_FIELD_NUMBER: _ClassVar[int]
    LEGACY_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    customer_id: str
    customer_number: str
    agency_id: str
    kind: CustomerKind
    family_name: str
    given_names: str
    organisation_name: str
    display_name: str
    category_code: str
    id_document_type: str
    id_document_number: str
    phones: _containers.RepeatedScalarFieldContainer[str]
    email: str
    preferred_language: str
    ebill_opt_in: bool
    sms_opt_in: bool
    legacy_reference: str
    version: int
    created_at: _timestamp_pb2.Timestamp
    updated_at: _timestamp_pb2.Timestamp
    def __init__(self, customer_id: _Optional[str] = ..., customer_number: _Optional[str] = ..., agency_id: _Optional[str] = ..., kind: _Optional[_Union[CustomerKind, str]] = ..., family_name: _Optional[str] = ..., given_names: _Optional[str] = ..., organisation_name: _Optional[str] = ..., display_name: _Optional[str] = ..., category_code: _Optional[str] = ..., id_document_type: _Optional[str] = ..., id_document_number: _Optional[str] = ..., phones: _Optional[_Iterable[str]] = ..., email: _Optional[str] = ..., preferred_language: _Optional[str] = ..., ebill_opt_in: _Optional[bool] = ..., sms_opt_in: _Optional[bool] = ..., legacy_reference: _Optional[str] = ..., version: _Optional[int] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class PostalAddress(_message.Message):
    __slots__ = ("address_line", "district", "city", "postal_box")
    ADDRESS_LINE_FIELD_NUMBER: _ClassVar[int]
    DISTRICT_FIELD_NUMBER: _ClassVar[int]
    CITY_FIELD_NUMBER: _ClassVar[int]
    POSTAL_BOX_FIELD_NUMBER: _ClassVar[int]
    address_line: str
    district: str
    city: str
    postal_box: str
    def __init__(self, address_line: _Optional[str] = ..., district: _Optional[str] = ..., city: _Optional[str] = ..., postal_box: _Optional[str] = ...) -> None: ...

class CustomerAccount(_message.Message):
    __slots__ = ("account_id", "account_number", "customer_id", "agency_id", "currency_code", "status", "is_group", "group_account_id", "group_account_number", "billing_address", "legacy_reference", "version")
    ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    IS_GROUP_FIELD_NUMBER: _ClassVar[int]
    GROUP_ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    GROUP_ACCOUNT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    BILLING_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    LEGACY_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    account_id: str
    account_number: str
    customer_id: str
    agency_id: str
    currency_code: str
    status: AccountStatus
    is_group: bool
    group_account_id: str
    group_account_number: str
    billing_address: PostalAddress
    legacy_reference: str
    version: int
    def __init__(self, account_id: _Optional[str] = ..., account_number: _Optional[str] = ..., customer_id: _Optional[str] = ..., agency_id: _Optional[str] = ..., currency_code: _Optional[str] = ..., status: _Optional[_Union[AccountStatus, str]] = ..., is_group: _Optional[bool] = ..., group_account_id: _Optional[str] = ..., group_account_number: _Optional[str] = ..., billing_address: _Optional[_Union[PostalAddress, _Mapping]] = ..., legacy_reference: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class GeoPoint(_message.Message):
    __slots__ = ("latitude_e6", "longitude_e6")
    LATITUDE_E6_FIELD_NUMBER: _ClassVar[int]
    LONGITUDE_E6_FIELD_NUMBER: _ClassVar[int]
    latitude_e6: int
    longitude_e6: int
    def __init__(self, latitude_e6: _Optional[int] = ..., longitude_e6: _Optional[int] = ...) -> None: ...

class NetworkNode(_message.Message):
    __slots__ = ("node_id", "kind", "code", "name", "parent_id", "agency_id", "active", "version")
    NODE_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    PARENT_ID_FIELD_NUMBER: _ClassVar[int]
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    node_id: str
    kind: NetworkNodeKind
    code: str
    name: str
    parent_id: str
    agency_id: str
    active: bool
    version: int
    def __init__(self, node_id: _Optional[str] = ..., kind: _Optional[_Union[NetworkNodeKind, str]] = ..., code: _Optional[str] = ..., name: _Optional[str] = ..., parent_id: _Optional[str] = ..., agency_id: _Optional[str] = ..., active: _Optional[bool] = ..., version: _Optional[int] = ...) -> None: ...

class NetworkAddress(_message.Message):
    __slots__ = ("substation", "feeder", "transformer", "water_sector")
    SUBSTATION_FIELD_NUMBER: _ClassVar[int]
    FEEDER_FIELD_NUMBER: _ClassVar[int]
    TRANSFORMER_FIELD_NUMBER: _ClassVar[int]
    WATER_SECTOR_FIELD_NUMBER: _ClassVar[int]
    substation: NetworkNode
    feeder: NetworkNode
    transformer: NetworkNode
    water_sector: NetworkNode
    def __init__(self, substation: _Optional[_Union[NetworkNode, _Mapping]] = ..., feeder: _Optional[_Union[NetworkNode, _Mapping]] = ..., transformer: _Optional[_Union[NetworkNode, _Mapping]] = ..., water_sector: _Optional[_Union[NetworkNode, _Mapping]] = ...) -> None: ...

class Round(_message.Message):
    __slots__ = ("round_id", "agency_id", "code", "name", "grouping_code", "active", "version")
    ROUND_ID_FIELD_NUMBER: _ClassVar[int]
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    GROUPING_CODE_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    round_id: str
    agency_id: str
    code: str
    name: str
    grouping_code: str
    active: bool
    version: int
    def __init__(self, round_id: _Optional[str] = ..., agency_id: _Optional[str] = ..., code: _Optional[str] = ..., name: _Optional[str] = ..., grouping_code: _Optional[str] = ..., active: _Optional[bool] = ..., version: _Optional[int] = ...) -> None: ...

class Premise(_message.Message):
    __slots__ = ("premise_id", "premise_number", "agency_id", "address_line", "district", "city", "landmark", "location", "round_id", "round_code", "round_order", "transformer_id", "water_sector_id", "network_address", "legacy_reference", "version")
    PREMISE_ID_FIELD_NUMBER: _ClassVar[int]
    PREMISE_NUMBER_FIELD_NUMBER: _ClassVar[int]
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    ADDRESS_LINE_FIELD_NUMBER: _ClassVar[int]
    DISTRICT_FIELD_NUMBER: _ClassVar[int]
    CITY_FIELD_NUMBER: _ClassVar[int]
    LANDMARK_FIELD_NUMBER: _ClassVar[int]
    LOCATION_FIELD_NUMBER: _ClassVar[int]
    ROUND_ID_FIELD_NUMBER: _ClassVar[int]
    ROUND_CODE_FIELD_NUMBER: _ClassVar[int]
    ROUND_ORDER_FIELD_NUMBER: _ClassVar[int]
    TRANSFORMER_ID_FIELD_NUMBER: _ClassVar[int]
    WATER_SECTOR_ID_FIELD_NUMBER: _ClassVar[int]
    NETWORK_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    LEGACY_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    premise_id: str
    premise_number: str
    agency_id: str
    address_line: str
    district: str
    city: str
    landmark: str
    location: GeoPoint
    round_id: str
    round_code: str
    round_order: int
    transformer_id: str
    water_sector_id: str
    network_address: NetworkAddress
    legacy_reference: str
    version: int
    def __init__(self, premise_id: _Optional[str] = ..., premise_number: _Optional[str] = ..., agency_id: _Optional[str] = ..., address_line: _Optional[str] = ..., district: _Optional[str] = ..., city: _Optional[str] = ..., landmark: _Optional[str] = ..., location: _Optional[_Union[GeoPoint, _Mapping]] = ..., round_id: _Optional[str] = ..., round_code: _Optional[str] = ..., round_order: _Optional[int] = ..., transformer_id: _Optional[str] = ..., water_sector_id: _Optional[str] = ..., network_address: _Optional[_Union[NetworkAddress, _Mapping]] = ..., legacy_reference: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class Subscription(_message.Message):
    __slots__ = ("subscription_id", "subscription_number", "account_id", "premise_id", "agency_id", "service", "product_code", "tariff_category_code", "subscribed_power_va", "calibre_code", "billing_periodicity", "status", "requested_on", "activated_on", "suspended_on", "terminated_on", "legacy_reference", "version")
    SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_NUMBER_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    PREMISE_ID_FIELD_NUMBER: _ClassVar[int]
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    PRODUCT_CODE_FIELD_NUMBER: _ClassVar[int]
    TARIFF_CATEGORY_CODE_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIBED_POWER_VA_FIELD_NUMBER: _ClassVar[int]
    CALIBRE_CODE_FIELD_NUMBER: _ClassVar[int]
    BILLING_PERIODICITY_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    REQUESTED_ON_FIELD_NUMBER: _ClassVar[int]
    ACTIVATED_ON_FIELD_NUMBER: _ClassVar[int]
    SUSPENDED_ON_FIELD_NUMBER: _ClassVar[int]
    TERMINATED_ON_FIELD_NUMBER: _ClassVar[int]
    LEGACY_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    subscription_id: str
    subscription_number: str
    account_id: str
    premise_id: str
    agency_id: str
    service: ServiceKind
    product_code: str
    tariff_category_code: str
    subscribed_power_va: int
    calibre_code: str
    billing_periodicity: BillingPeriodicity
    status: SubscriptionStatus
    requested_on: _common_pb2.Date
    activated_on: _common_pb2.Date
    suspended_on: _common_pb2.Date
    terminated_on: _common_pb2.Date
    legacy_reference: str
    version: int
    def __init__(self, subscription_id: _Optional[str] = ..., subscription_number: _Optional[str] = ..., account_id: _Optional[str] = ..., premise_id: _Optional[str] = ..., agency_id: _Optional[str] = ..., service: _Optional[_Union[ServiceKind, str]] = ..., product_code: _Optional[str] = ..., tariff_category_code: _Optional[str] = ..., subscribed_power_va: _Optional[int] = ..., calibre_code: _Optional[str] = ..., billing_periodicity: _Optional[_Union[BillingPeriodicity, str]] = ..., status: _Optional[_Union[SubscriptionStatus, str]] = ..., requested_on: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., activated_on: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., suspended_on: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., terminated_on: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., legacy_reference: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class MeterRegister(_message.Message):
    __slots__ = ("code", "unit")
    CODE_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    code: str
    unit: str
    def __init__(self, code: _Optional[str] = ..., unit: _Optional[str] = ...) -> None: ...

class Meter(_message.Message):
    __slots__ = ("meter_id", "serial", "make_code", "meter_type_code", "service", "calibre_code", "digits", "multiplier", "status", "agency_id", "manufactured_year", "registers", "legacy_reference", "version")
    METER_ID_FIELD_NUMBER: _ClassVar[int]
    SERIAL_FIELD_NUMBER: _ClassVar[int]
    MAKE_CODE_FIELD_NUMBER: _ClassVar[int]
    METER_TYPE_CODE_FIELD_NUMBER: _ClassVar[int]
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    CALIBRE_CODE_FIELD_NUMBER: _ClassVar[int]
    DIGITS_FIELD_NUMBER: _ClassVar[int]
    MULTIPLIER_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    MANUFACTURED_YEAR_FIELD_NUMBER: _ClassVar[int]
    REGISTERS_FIELD_NUMBER: _ClassVar[int]
    LEGACY_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    meter_id: str
    serial: str
    make_code: str
    meter_type_code: str
    service: ServiceKind
    calibre_code: str
    digits: int
    multiplier: str
    status: MeterStatus
    agency_id: str
    manufactured_year: int
    registers: _containers.RepeatedCompositeFieldContainer[MeterRegister]
    legacy_reference: str
    version: int
    def __init__(self, meter_id: _Optional[str] = ..., serial: _Optional[str] = ..., make_code: _Optional[str] = ..., meter_type_code: _Optional[str] = ..., service: _Optional[_Union[ServiceKind, str]] = ..., calibre_code: _Optional[str] = ..., digits: _Optional[int] = ..., multiplier: _Optional[str] = ..., status: _Optional[_Union[MeterStatus, str]] = ..., agency_id: _Optional[str] = ..., manufactured_year: _Optional[int] = ..., registers: _Optional[_Iterable[_Union[MeterRegister, _Mapping]]] = ..., legacy_reference: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class MeterInstallation(_message.Message):
    __slots__ = ("installation_id", "meter_id", "meter_serial", "premise_id", "subscription_id", "installed_on", "installation_indexes", "removed_on", "removal_indexes", "removal_reason")
    class InstallationIndexesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    class RemovalIndexesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    INSTALLATION_ID_FIELD_NUMBER: _ClassVar[int]
    METER_ID_FIELD_NUMBER: _ClassVar[int]
    METER_SERIAL_FIELD_NUMBER: _ClassVar[int]
    PREMISE_ID_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    INSTALLED_ON_FIELD_NUMBER: _ClassVar[int]
    INSTALLATION_INDEXES_FIELD_NUMBER: _ClassVar[int]
    REMOVED_ON_FIELD_NUMBER: _ClassVar[int]
    REMOVAL_INDEXES_FIELD_NUMBER: _ClassVar[int]
    REMOVAL_REASON_FIELD_NUMBER: _ClassVar[int]
    installation_id: str
    meter_id: str
    meter_serial: str
    premise_id: str
    subscription_id: str
    installed_on: _common_pb2.Date
    installation_indexes: _containers.ScalarMap[str, str]
    removed_on: _common_pb2.Date
    removal_indexes: _containers.ScalarMap[str, str]
    removal_reason: str
    def __init__(self, installation_id: _Optional[str] = ..., meter_id: _Optional[str] = ..., meter_serial: _Optional[str] = ..., premise_id: _Optional[str] = ..., subscription_id: _Optional[str] = ..., installed_on: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., installation_indexes: _Optional[_Mapping[str, str]] = ..., removed_on: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., removal_indexes: _Optional[_Mapping[str, str]] = ..., removal_reason: _Optional[str] = ...) -> None: ...

class MeterSeal(_message.Message):
    __slots__ = ("seal_id", "seal_number", "meter_id", "position", "fitted_on", "removed_on", "removal_reason")
    SEAL_ID_FIELD_NUMBER: _ClassVar[int]
    SEAL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    METER_ID_FIELD_NUMBER: _ClassVar[int]
    POSITION_FIELD_NUMBER: _ClassVar[int]
    FITTED_ON_FIELD_NUMBER: _ClassVar[int]
    REMOVED_ON_FIELD_NUMBER: _ClassVar[int]
    REMOVAL_REASON_FIELD_NUMBER: _ClassVar[int]
    seal_id: str
    seal_number: str
    meter_id: str
    position: str
    fitted_on: _common_pb2.Date
    removed_on: _common_pb2.Date
    removal_reason: str
    def __init__(self, seal_id: _Optional[str] = ..., seal_number: _Optional[str] = ..., meter_id: _Optional[str] = ..., position: _Optional[str] = ..., fitted_on: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., removed_on: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., removal_reason: _Optional[str] = ...) -> None: ...

class OpenBill(_message.Message):
    __slots__ = ("bill_id", "bill_number", "account_id", "subscription_id", "origin", "period_label", "issue_date", "due_date", "amount", "open_amount")
    BILL_ID_FIELD_NUMBER: _ClassVar[int]
    BILL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    ORIGIN_FIELD_NUMBER: _ClassVar[int]
    PERIOD_LABEL_FIELD_NUMBER: _ClassVar[int]
    ISSUE_DATE_FIELD_NUMBER: _ClassVar[int]
    DUE_DATE_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    OPEN_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    bill_id: str
    bill_number: str
    account_id: str
    subscription_id: str
    origin: str
    period_label: str
    issue_date: _common_pb2.Date
    due_date: _common_pb2.Date
    amount: _common_pb2.Money
    open_amount: _common_pb2.Money
    def __init__(self, bill_id: _Optional[str] = ..., bill_number: _Optional[str] = ..., account_id: _Optional[str] = ..., subscription_id: _Optional[str] = ..., origin: _Optional[str] = ..., period_label: _Optional[str] = ..., issue_date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., due_date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., open_amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ...) -> None: ...

class AccountBalance(_message.Message):
    __slots__ = ("account_id", "balance", "overdue", "open_bill_count")
    ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    BALANCE_FIELD_NUMBER: _ClassVar[int]
    OVERDUE_FIELD_NUMBER: _ClassVar[int]
    OPEN_BILL_COUNT_FIELD_NUMBER: _ClassVar[int]
    account_id: str
    balance: _common_pb2.Money
    overdue: _common_pb2.Money
    open_bill_count: int
    def __init__(self, account_id: _Optional[str] = ..., balance: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., overdue: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., open_bill_count: _Optional[int] = ...) -> None: ...

class ChangeRecord(_message.Message):
    __slots__ = ("change_id", "change_set_id", "changed_at", "user_id", "user_login", "workstation_id", "entity_type", "entity_id", "action", "field", "old_value", "new_value", "reason")
    CHANGE_ID_FIELD_NUMBER: _ClassVar[int]
    CHANGE_SET_ID_FIELD_NUMBER: _ClassVar[int]
    CHANGED_AT_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    USER_LOGIN_FIELD_NUMBER: _ClassVar[int]
    WORKSTATION_ID_FIELD_NUMBER: _ClassVar[int]
    ENTITY_TYPE_FIELD_NUMBER: _ClassVar[int]
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    FIELD_FIELD_NUMBER: _ClassVar[int]
    OLD_VALUE_FIELD_NUMBER: _ClassVar[int]
    NEW_VALUE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    change_id: int
    change_set_id: str
    changed_at: _timestamp_pb2.Timestamp
    user_id: str
    user_login: str
    workstation_id: str
    entity_type: str
    entity_id: str
    action: str
    field: str
    old_value: str
    new_value: str
    reason: str
    def __init__(self, change_id: _Optional[int] = ..., change_set_id: _Optional[str] = ..., changed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., user_id: _Optional[str] = ..., user_login: _Optional[str] = ..., workstation_id: _Optional[str] = ..., entity_type: _Optional[str] = ..., entity_id: _Optional[str] = ..., action: _Optional[str] = ..., field: _Optional[str] = ..., old_value: _Optional[str] = ..., new_value: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class CustomerOverview(_message.Message):
    __slots__ = ("customer", "accounts", "balances", "subscriptions", "premises", "meters", "installations", "seals", "open_bills")
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    ACCOUNTS_FIELD_NUMBER: _ClassVar[int]
    BALANCES_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTIONS_FIELD_NUMBER: _ClassVar[int]
    PREMISES_FIELD_NUMBER: _ClassVar[int]
    METERS_FIELD_NUMBER: _ClassVar[int]
    INSTALLATIONS_FIELD_NUMBER: _ClassVar[int]
    SEALS_FIELD_NUMBER: _ClassVar[int]
    OPEN_BILLS_FIELD_NUMBER: _ClassVar[int]
    customer: Customer
    accounts: _containers.RepeatedCompositeFieldContainer[CustomerAccount]
    balances: _containers.RepeatedCompositeFieldContainer[AccountBalance]
    subscriptions: _containers.RepeatedCompositeFieldContainer[Subscription]
    premises: _containers.RepeatedCompositeFieldContainer[Premise]
    meters: _containers.RepeatedCompositeFieldContainer[Meter]
    installations: _containers.RepeatedCompositeFieldContainer[MeterInstallation]
    seals: _containers.RepeatedCompositeFieldContainer[MeterSeal]
    open_bills: _containers.RepeatedCompositeFieldContainer[OpenBill]
    def __init__(self, customer: _Optional[_Union[Customer, _Mapping]] = ..., accounts: _Optional[_Iterable[_Union[CustomerAccount, _Mapping]]] = ..., balances: _Optional[_Iterable[_Union[AccountBalance, _Mapping]]] = ..., subscriptions: _Optional[_Iterable[_Union[Subscription, _Mapping]]] = ..., premises: _Optional[_Iterable[_Union[Premise, _Mapping]]] = ..., meters: _Optional[_Iterable[_Union[Meter, _Mapping]]] = ..., installations: _Optional[_Iterable[_Union[MeterInstallation, _Mapping]]] = ..., seals: _Optional[_Iterable[_Union[MeterSeal, _Mapping]]] = ..., open_bills: _Optional[_Iterable[_Union[OpenBill, _Mapping]]] = ...) -> None: ...
