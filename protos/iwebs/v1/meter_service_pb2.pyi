from google.protobuf import field_mask_pb2 as _field_mask_pb2
from iwebs.v1 import common_pb2 as _common_pb2
from iwebs.v1 import customer_pb2 as _customer_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class GetMeterRequest(_message.Message):
    __slots__ = ("meter_id",)
    METER_ID_FIELD_NUMBER: _ClassVar[int]
    meter_id: str
    def __init__(self, meter_id: _Optional[str] = ...) -> None: ...

class GetMeterResponse(_message.Message):
    __slots__ = ("meter", "current_installation", "seals")
    METER_FIELD_NUMBER: _ClassVar[int]
    CURRENT_INSTALLATION_FIELD_NUMBER: _ClassVar[int]
    SEALS_FIELD_NUMBER: _ClassVar[int]
    meter: _customer_pb2.Meter
    current_installation: _customer_pb2.MeterInstallation
    seals: _containers.RepeatedCompositeFieldContainer[_customer_pb2.MeterSeal]
    def __init__(self, meter: _Optional[_Union[_customer_pb2.Meter, _Mapping]] = ..., current_installation: _Optional[_Union[_customer_pb2.MeterInstallation, _Mapping]] = ..., seals: _Optional[_Iterable[_Union[_customer_pb2.MeterSeal, _Mapping]]] = ...) -> None: ...

class FindMeterBySerialRequest(_message.Message):
    __slots__ = ("serial",)
    SERIAL_FIELD_NUMBER: _ClassVar[int]
    serial: str
    def __init__(self, serial: _Optional[str] = ...) -> None: ...

class FindMeterBySerialResponse(_message.Message):
    __slots__ = ("meters",)
    METERS_FIELD_NUMBER: _ClassVar[int]
    meters: _containers.RepeatedCompositeFieldContainer[_customer_pb2.Meter]
    def __init__(self, meters: _Optional[_Iterable[_Union[_customer_pb2.Meter, _Mapping]]] = ...) -> None: ...

class RegisterMeterRequest(_message.Message):
    __slots__ = ("request_id", "meter")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    METER_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    meter: _customer_pb2.Meter
    def __init__(self, request_id: _Optional[str] = ..., meter: _Optional[_Union[_customer_pb2.Meter, _Mapping]] = ...) -> None: ...

class RegisterMeterResponse(_message.Message):
    __slots__ = ("meter",)
    METER_FIELD_NUMBER: _ClassVar[int]
    meter: _customer_pb2.Meter
    def __init__(self, meter: _Optional[_Union[_customer_pb2.Meter, _Mapping]] = ...) -> None: ...

class UpdateMeterRequest(_message.Message):
    __slots__ = ("request_id", "meter_id", "version", "meter", "update_mask", "correction", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    METER_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    METER_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    CORRECTION_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    meter_id: str
    version: int
    meter: _customer_pb2.Meter
    update_mask: _field_mask_pb2.FieldMask
    correction: bool
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., meter_id: _Optional[str] = ..., version: _Optional[int] = ..., meter: _Optional[_Union[_customer_pb2.Meter, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ..., correction: _Optional[bool] = ..., reason: _Optional[str] = ...) -> None: ...

class UpdateMeterResponse(_message.Message):
    __slots__ = ("meter",)
    METER_FIELD_NUMBER: _ClassVar[int]
    meter: _customer_pb2.Meter
    def __init__(self, meter: _Optional[_Union[_customer_pb2.Meter, _Mapping]] = ...) -> None: ...

class InstallMeterRequest(_message.Message):
    __slots__ = ("request_id", "meter_id", "meter_version", "premise_id", "subscription_id", "installed_on", "installation_indexes")
    class InstallationIndexesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    METER_ID_FIELD_NUMBER: _ClassVar[int]
    METER_VERSION_FIELD_NUMBER: _ClassVar[int]
    PREMISE_ID_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    INSTALLED_ON_FIELD_NUMBER: _ClassVar[int]
    INSTALLATION_INDEXES_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    meter_id: str
    meter_version: int
    premise_id: str
    subscription_id: str
    installed_on: _common_pb2.Date
    installation_indexes: _containers.ScalarMap[str, str]
    def __init__(self, request_id: _Optional[str] = ..., meter_id: _Optional[str] = ..., meter_version: _Optional[int] = ..., premise_id: _Optional[str] = ..., subscription_id: _Optional[str] = ..., installed_on: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., installation_indexes: _Optional[_Mapping[str, str]] = ...) -> None: ...

class InstallMeterResponse(_message.Message):
    __slots__ = ("installation", "meter")
    INSTALLATION_FIELD_NUMBER: _ClassVar[int]
    METER_FIELD_NUMBER: _ClassVar[int]
    installation: _customer_pb2.MeterInstallation
    meter: _customer_pb2.Meter
    def __init__(self, installation: _Optional[_Union[_customer_pb2.MeterInstallation, _Mapping]] = ..., meter: _Optional[_Union[_customer_pb2.Meter, _Mapping]] = ...) -> None: ...

class RemoveMeterRequest(_message.Message):
    __slots__ = ("request_id", "meter_id", "meter_version", "removed_on", "removal_indexes", "reason")
    class RemovalIndexesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    METER_ID_FIELD_NUMBER: _ClassVar[int]
    METER_VERSION_FIELD_NUMBER: _ClassVar[int]
    REMOVED_ON_FIELD_NUMBER: _ClassVar[int]
    REMOVAL_INDEXES_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    meter_id: str
    meter_version: int
    removed_on: _common_pb2.Date
    removal_indexes: _containers.ScalarMap[str, str]
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., meter_id: _Optional[str] = ..., meter_version: _Optional[int] = ..., removed_on: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., removal_indexes: _Optional[_Mapping[str, str]] = ..., reason: _Optional[str] = ...) -> None: ...

class RemoveMeterResponse(_message.Message):
    __slots__ = ("installation", "meter")
    INSTALLATION_FIELD_NUMBER: _ClassVar[int]
    METER_FIELD_NUMBER: _ClassVar[int]
    installation: _customer_pb2.MeterInstallation
    meter: _customer_pb2.Meter
    def __init__(self, installation: _Optional[_Union[_customer_pb2.MeterInstallation, _Mapping]] = ..., meter: _Optional[_Union[_customer_pb2.Meter, _Mapping]] = ...) -> None: ...

class ListMeterInstallationsRequest(_message.Message):
    __slots__ = ("meter_id", "premise_id", "page_size", "page_token")
    METER_ID_FIELD_NUMBER: _ClassVar[int]
    PREMISE_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    meter_id: str
    premise_id: str
    page_size: int
    page_token: str
    def __init__(self, meter_id: _Optional[str] = ..., premise_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListMeterInstallationsResponse(_message.Message):
    __slots__ = ("installations", "next_page_token")
    INSTALLATIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    installations: _containers.RepeatedCompositeFieldContainer[_customer_pb2.MeterInstallation]
    next_page_token: str
    def __init__(self, installations: _Optional[_Iterable[_Union[_customer_pb2.MeterInstallation, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class FitSealRequest(_message.Message):
    __slots__ = ("request_id", "meter_id", "seal_number", "position", "fitted_on")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    METER_ID_FIELD_NUMBER: _ClassVar[int]
    SEAL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    POSITION_FIELD_NUMBER: _ClassVar[int]
    FITTED_ON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    meter_id: str
    seal_number: str
    position: str
    fitted_on: _common_pb2.Date
    def __init__(self, request_id: _Optional[str] = ..., meter_id: _Optional[str] = ..., seal_number: _Optional[str] = ..., position: _Optional[str] = ..., fitted_on: _Optional[_Union[_common_pb2.Date, _Mapping]] = ...) -> None: ...

class FitSealResponse(_message.Message):
    __slots__ = ("seal",)
    SEAL_FIELD_NUMBER: _ClassVar[int]
    seal: _customer_pb2.MeterSeal
    def __init__(self, seal: _Optional[_Union[_customer_pb2.MeterSeal, _Mapping]] = ...) -> None: ...

class RemoveSealRequest(_message.Message):
    __slots__ = ("request_id", "seal_id", "removed_on", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    SEAL_ID_FIELD_NUMBER: _ClassVar[int]
    REMOVED_ON_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    seal_id: str
    removed_on: _common_pb2.Date
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., seal_id: _Optional[str] = ..., removed_on: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., reason: _Optional[str] = ...) -> None: ...

class RemoveSealResponse(_message.Message):
    __slots__ = ("seal",)
    SEAL_FIELD_NUMBER: _ClassVar[int]
    seal: _customer_pb2.MeterSeal
    def __init__(self, seal: _Optional[_Union[_customer_pb2.MeterSeal, _Mapping]] = ...) -> None: ...
