import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ParameterType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PARAMETER_TYPE_UNSPECIFIED: _ClassVar[ParameterType]
    PARAMETER_TYPE_INTEGER: _ClassVar[ParameterType]
    PARAMETER_TYPE_DECIMAL: _ClassVar[ParameterType]
    PARAMETER_TYPE_BOOLEAN: _ClassVar[ParameterType]
    PARAMETER_TYPE_TEXT: _ClassVar[ParameterType]
    PARAMETER_TYPE_CHOICE: _ClassVar[ParameterType]
    PARAMETER_TYPE_DURATION_DAYS: _ClassVar[ParameterType]
    PARAMETER_TYPE_MONEY: _ClassVar[ParameterType]

class ParameterScope(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PARAMETER_SCOPE_UNSPECIFIED: _ClassVar[ParameterScope]
    PARAMETER_SCOPE_GLOBAL: _ClassVar[ParameterScope]
    PARAMETER_SCOPE_AGENCY: _ClassVar[ParameterScope]

class ParameterValueSource(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PARAMETER_VALUE_SOURCE_UNSPECIFIED: _ClassVar[ParameterValueSource]
    PARAMETER_VALUE_SOURCE_DEFAULT: _ClassVar[ParameterValueSource]
    PARAMETER_VALUE_SOURCE_GLOBAL: _ClassVar[ParameterValueSource]
    PARAMETER_VALUE_SOURCE_AGENCY: _ClassVar[ParameterValueSource]
PARAMETER_TYPE_UNSPECIFIED: ParameterType
PARAMETER_TYPE_INTEGER: ParameterType
PARAMETER_TYPE_DECIMAL: ParameterType
PARAMETER_TYPE_BOOLEAN: ParameterType
PARAMETER_TYPE_TEXT: ParameterType
PARAMETER_TYPE_CHOICE: ParameterType
PARAMETER_TYPE_DURATION_DAYS: ParameterType
PARAMETER_TYPE_MONEY: ParameterType
PARAMETER_SCOPE_UNSPECIFIED: ParameterScope
PARAMETER_SCOPE_GLOBAL: ParameterScope
PARAMETER_SCOPE_AGENCY: ParameterScope
PARAMETER_VALUE_SOURCE_UNSPECIFIED: ParameterValueSource
PARAMETER_VALUE_SOURCE_DEFAULT: ParameterValueSource
PARAMETER_VALUE_SOURCE_GLOBAL: ParameterValueSource
PARAMETER_VALUE_SOURCE_AGENCY: ParameterValueSource

class ParameterDefinition(_message.Message):
    __slots__ = ("key", "type", "default_value", "description", "module", "scope", "minimum", "maximum", "choices", "max_length", "multiline", "placeholders", "currency_code")
    KEY_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_VALUE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    MODULE_FIELD_NUMBER: _ClassVar[int]
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    MINIMUM_FIELD_NUMBER: _ClassVar[int]
    MAXIMUM_FIELD_NUMBER: _ClassVar[int]
    CHOICES_FIELD_NUMBER: _ClassVar[int]
    MAX_LENGTH_FIELD_NUMBER: _ClassVar[int]
    MULTILINE_FIELD_NUMBER: _ClassVar[int]
    PLACEHOLDERS_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    key: str
    type: ParameterType
    default_value: str
    description: str
    module: str
    scope: ParameterScope
    minimum: str
    maximum: str
    choices: _containers.RepeatedScalarFieldContainer[str]
    max_length: int
    multiline: bool
    placeholders: _containers.RepeatedScalarFieldContainer[str]
    currency_code: str
    def __init__(self, key: _Optional[str] = ..., type: _Optional[_Union[ParameterType, str]] = ..., default_value: _Optional[str] = ..., description: _Optional[str] = ..., module: _Optional[str] = ..., scope: _Optional[_Union[ParameterScope, str]] = ..., minimum: _Optional[str] = ..., maximum: _Optional[str] = ..., choices: _Optional[_Iterable[str]] = ..., max_length: _Optional[int] = ..., multiline: _Optional[bool] = ..., placeholders: _Optional[_Iterable[str]] = ..., currency_code: _Optional[str] = ...) -> None: ...

class ParameterValue(_message.Message):
    __slots__ = ("agency_id", "value", "version", "updated_at", "updated_by")
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATED_BY_FIELD_NUMBER: _ClassVar[int]
    agency_id: str
    value: str
    version: int
    updated_at: _timestamp_pb2.Timestamp
    updated_by: str
    def __init__(self, agency_id: _Optional[str] = ..., value: _Optional[str] = ..., version: _Optional[int] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., updated_by: _Optional[str] = ...) -> None: ...

class Parameter(_message.Message):
    __slots__ = ("definition", "effective_value", "effective_source", "values")
    DEFINITION_FIELD_NUMBER: _ClassVar[int]
    EFFECTIVE_VALUE_FIELD_NUMBER: _ClassVar[int]
    EFFECTIVE_SOURCE_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    definition: ParameterDefinition
    effective_value: str
    effective_source: ParameterValueSource
    values: _containers.RepeatedCompositeFieldContainer[ParameterValue]
    def __init__(self, definition: _Optional[_Union[ParameterDefinition, _Mapping]] = ..., effective_value: _Optional[str] = ..., effective_source: _Optional[_Union[ParameterValueSource, str]] = ..., values: _Optional[_Iterable[_Union[ParameterValue, _Mapping]]] = ...) -> None: ...

class ListParametersRequest(_message.Message):
    __slots__ = ("module", "agency_id")
    MODULE_FIELD_NUMBER: _ClassVar[int]
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    module: str
    agency_id: str
    def __init__(self, module: _Optional[str] = ..., agency_id: _Optional[str] = ...) -> None: ...

class ListParametersResponse(_message.Message):
    __slots__ = ("parameters", "modules")
    PARAMETERS_FIELD_NUMBER: _ClassVar[int]
    MODULES_FIELD_NUMBER: _ClassVar[int]
    parameters: _containers.RepeatedCompositeFieldContainer[Parameter]
    modules: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, parameters: _Optional[_Iterable[_Union[Parameter, _Mapping]]] = ..., modules: _Optional[_Iterable[str]] = ...) -> None: ...

class SetParameterValueRequest(_message.Message):
    __slots__ = ("request_id", "key", "agency_id", "value", "version", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    key: str
    agency_id: str
    value: str
    version: int
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., key: _Optional[str] = ..., agency_id: _Optional[str] = ..., value: _Optional[str] = ..., version: _Optional[int] = ..., reason: _Optional[str] = ...) -> None: ...

class SetParameterValueResponse(_message.Message):
    __slots__ = ("parameter",)
    PARAMETER_FIELD_NUMBER: _ClassVar[int]
    parameter: Parameter
    def __init__(self, parameter: _Optional[_Union[Parameter, _Mapping]] = ...) -> None: ...

class ResetParameterValueRequest(_message.Message):
    __slots__ = ("request_id", "key", "agency_id", "version", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    key: str
    agency_id: str
    version: int
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., key: _Optional[str] = ..., agency_id: _Optional[str] = ..., version: _Optional[int] = ..., reason: _Optional[str] = ...) -> None: ...

class ResetParameterValueResponse(_message.Message):
    __slots__ = ("parameter",)
    PARAMETER_FIELD_NUMBER: _ClassVar[int]
    parameter: Parameter
    def __init__(self, parameter: _Optional[_Union[Parameter, _Mapping]] = ...) -> None: ...

class ListParameterChangesRequest(_message.Message):
    __slots__ = ("key", "page_size", "page_token")
    KEY_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    key: str
    page_size: int
    page_token: str
    def __init__(self, key: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ParameterChange(_message.Message):
    __slots__ = ("change_id", "changed_at", "user_login", "workstation_id", "key", "agency_id", "action", "old_value", "new_value", "reason")
    CHANGE_ID_FIELD_NUMBER: _ClassVar[int]
    CHANGED_AT_FIELD_NUMBER: _ClassVar[int]
    USER_LOGIN_FIELD_NUMBER: _ClassVar[int]
    WORKSTATION_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    OLD_VALUE_FIELD_NUMBER: _ClassVar[int]
    NEW_VALUE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    change_id: int
    changed_at: _timestamp_pb2.Timestamp
    user_login: str
    workstation_id: str
    key: str
    agency_id: str
    action: str
    old_value: str
    new_value: str
    reason: str
    def __init__(self, change_id: _Optional[int] = ..., changed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., user_login: _Optional[str] = ..., workstation_id: _Optional[str] = ..., key: _Optional[str] = ..., agency_id: _Optional[str] = ..., action: _Optional[str] = ..., old_value: _Optional[str] = ..., new_value: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class ListParameterChangesResponse(_message.Message):
    __slots__ = ("changes", "next_page_token")
    CHANGES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    changes: _containers.RepeatedCompositeFieldContainer[ParameterChange]
    next_page_token: str
    def __init__(self, changes: _Optional[_Iterable[_Union[ParameterChange, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...
