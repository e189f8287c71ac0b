from iwebs.v1 import customer_pb2 as _customer_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ReferenceTable(_message.Message):
    __slots__ = ("code", "label_fr", "label_en", "active_items", "inactive_items")
    CODE_FIELD_NUMBER: _ClassVar[int]
    LABEL_FR_FIELD_NUMBER: _ClassVar[int]
    LABEL_EN_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_ITEMS_FIELD_NUMBER: _ClassVar[int]
    INACTIVE_ITEMS_FIELD_NUMBER: _ClassVar[int]
    code: str
    label_fr: str
    label_en: str
    active_items: int
    inactive_items: int
    def __init__(self, code: _Optional[str] = ..., label_fr: _Optional[str] = ..., label_en: _Optional[str] = ..., active_items: _Optional[int] = ..., inactive_items: _Optional[int] = ...) -> None: ...

class ReferenceItem(_message.Message):
    __slots__ = ("item_id", "table_code", "code", "label_fr", "label_en", "attributes_json", "sort_order", "active", "version")
    ITEM_ID_FIELD_NUMBER: _ClassVar[int]
    TABLE_CODE_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    LABEL_FR_FIELD_NUMBER: _ClassVar[int]
    LABEL_EN_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTES_JSON_FIELD_NUMBER: _ClassVar[int]
    SORT_ORDER_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    item_id: str
    table_code: str
    code: str
    label_fr: str
    label_en: str
    attributes_json: str
    sort_order: int
    active: bool
    version: int
    def __init__(self, item_id: _Optional[str] = ..., table_code: _Optional[str] = ..., code: _Optional[str] = ..., label_fr: _Optional[str] = ..., label_en: _Optional[str] = ..., attributes_json: _Optional[str] = ..., sort_order: _Optional[int] = ..., active: _Optional[bool] = ..., version: _Optional[int] = ...) -> None: ...

class ListReferenceTablesRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListReferenceTablesResponse(_message.Message):
    __slots__ = ("tables",)
    TABLES_FIELD_NUMBER: _ClassVar[int]
    tables: _containers.RepeatedCompositeFieldContainer[ReferenceTable]
    def __init__(self, tables: _Optional[_Iterable[_Union[ReferenceTable, _Mapping]]] = ...) -> None: ...

class ListReferenceItemsRequest(_message.Message):
    __slots__ = ("table_code", "include_inactive")
    TABLE_CODE_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_INACTIVE_FIELD_NUMBER: _ClassVar[int]
    table_code: str
    include_inactive: bool
    def __init__(self, table_code: _Optional[str] = ..., include_inactive: _Optional[bool] = ...) -> None: ...

class ListReferenceItemsResponse(_message.Message):
    __slots__ = ("items",)
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ReferenceItem]
    def __init__(self, items: _Optional[_Iterable[_Union[ReferenceItem, _Mapping]]] = ...) -> None: ...

class CreateReferenceItemRequest(_message.Message):
    __slots__ = ("request_id", "table_code", "code", "label_fr", "label_en", "attributes_json", "sort_order")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    TABLE_CODE_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    LABEL_FR_FIELD_NUMBER: _ClassVar[int]
    LABEL_EN_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTES_JSON_FIELD_NUMBER: _ClassVar[int]
    SORT_ORDER_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    table_code: str
    code: str
    label_fr: str
    label_en: str
    attributes_json: str
    sort_order: int
    def __init__(self, request_id: _Optional[str] = ..., table_code: _Optional[str] = ..., code: _Optional[str] = ..., label_fr: _Optional[str] = ..., label_en: _Optional[str] = ..., attributes_json: _Optional[str] = ..., sort_order: _Optional[int] = ...) -> None: ...

class CreateReferenceItemResponse(_message.Message):
    __slots__ = ("item",)
    ITEM_FIELD_NUMBER: _ClassVar[int]
    item: ReferenceItem
    def __init__(self, item: _Optional[_Union[ReferenceItem, _Mapping]] = ...) -> None: ...

class UpdateReferenceItemRequest(_message.Message):
    __slots__ = ("request_id", "item_id", "version", "label_fr", "label_en", "attributes_json", "sort_order", "active", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ITEM_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    LABEL_FR_FIELD_NUMBER: _ClassVar[int]
    LABEL_EN_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTES_JSON_FIELD_NUMBER: _ClassVar[int]
    SORT_ORDER_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    item_id: str
    version: int
    label_fr: str
    label_en: str
    attributes_json: str
    sort_order: int
    active: bool
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., item_id: _Optional[str] = ..., version: _Optional[int] = ..., label_fr: _Optional[str] = ..., label_en: _Optional[str] = ..., attributes_json: _Optional[str] = ..., sort_order: _Optional[int] = ..., active: _Optional[bool] = ..., reason: _Optional[str] = ...) -> None: ...

class UpdateReferenceItemResponse(_message.Message):
    __slots__ = ("item",)
    ITEM_FIELD_NUMBER: _ClassVar[int]
    item: ReferenceItem
    def __init__(self, item: _Optional[_Union[ReferenceItem, _Mapping]] = ...) -> None: ...

class ListAgencyRoundsRequest(_message.Message):
    __slots__ = ("agency_id", "include_inactive")
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_INACTIVE_FIELD_NUMBER: _ClassVar[int]
    agency_id: str
    include_inactive: bool
    def __init__(self, agency_id: _Optional[str] = ..., include_inactive: _Optional[bool] = ...) -> None: ...

class ListAgencyRoundsResponse(_message.Message):
    __slots__ = ("rounds",)
    ROUNDS_FIELD_NUMBER: _ClassVar[int]
    rounds: _containers.RepeatedCompositeFieldContainer[_customer_pb2.Round]
    def __init__(self, rounds: _Optional[_Iterable[_Union[_customer_pb2.Round, _Mapping]]] = ...) -> None: ...

class CreateRoundRequest(_message.Message):
    __slots__ = ("request_id", "agency_id", "code", "name", "grouping_code")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    GROUPING_CODE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    agency_id: str
    code: str
    name: str
    grouping_code: str
    def __init__(self, request_id: _Optional[str] = ..., agency_id: _Optional[str] = ..., code: _Optional[str] = ..., name: _Optional[str] = ..., grouping_code: _Optional[str] = ...) -> None: ...

class CreateRoundResponse(_message.Message):
    __slots__ = ("round",)
    ROUND_FIELD_NUMBER: _ClassVar[int]
    round: _customer_pb2.Round
    def __init__(self, round: _Optional[_Union[_customer_pb2.Round, _Mapping]] = ...) -> None: ...

class UpdateRoundRequest(_message.Message):
    __slots__ = ("request_id", "round_id", "version", "name", "grouping_code", "active", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ROUND_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    GROUPING_CODE_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    round_id: str
    version: int
    name: str
    grouping_code: str
    active: bool
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., round_id: _Optional[str] = ..., version: _Optional[int] = ..., name: _Optional[str] = ..., grouping_code: _Optional[str] = ..., active: _Optional[bool] = ..., reason: _Optional[str] = ...) -> None: ...

class UpdateRoundResponse(_message.Message):
    __slots__ = ("round",)
    ROUND_FIELD_NUMBER: _ClassVar[int]
    round: _customer_pb2.Round
    def __init__(self, round: _Optional[_Union[_customer_pb2.Round, _Mapping]] = ...) -> None: ...

class ListNetworkTreeRequest(_message.Message):
    __slots__ = ("include_inactive",)
    INCLUDE_INACTIVE_FIELD_NUMBER: _ClassVar[int]
    include_inactive: bool
    def __init__(self, include_inactive: _Optional[bool] = ...) -> None: ...

class ListNetworkTreeResponse(_message.Message):
    __slots__ = ("nodes",)
    NODES_FIELD_NUMBER: _ClassVar[int]
    nodes: _containers.RepeatedCompositeFieldContainer[_customer_pb2.NetworkNode]
    def __init__(self, nodes: _Optional[_Iterable[_Union[_customer_pb2.NetworkNode, _Mapping]]] = ...) -> None: ...

class CreateNetworkNodeRequest(_message.Message):
    __slots__ = ("request_id", "kind", "code", "name", "parent_id", "agency_id")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    PARENT_ID_FIELD_NUMBER: _ClassVar[int]
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    kind: _customer_pb2.NetworkNodeKind
    code: str
    name: str
    parent_id: str
    agency_id: str
    def __init__(self, request_id: _Optional[str] = ..., kind: _Optional[_Union[_customer_pb2.NetworkNodeKind, str]] = ..., code: _Optional[str] = ..., name: _Optional[str] = ..., parent_id: _Optional[str] = ..., agency_id: _Optional[str] = ...) -> None: ...

class CreateNetworkNodeResponse(_message.Message):
    __slots__ = ("node",)
    NODE_FIELD_NUMBER: _ClassVar[int]
    node: _customer_pb2.NetworkNode
    def __init__(self, node: _Optional[_Union[_customer_pb2.NetworkNode, _Mapping]] = ...) -> None: ...

class UpdateNetworkNodeRequest(_message.Message):
    __slots__ = ("request_id", "node_id", "version", "name", "parent_id", "active", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    NODE_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    PARENT_ID_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    node_id: str
    version: int
    name: str
    parent_id: str
    active: bool
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., node_id: _Optional[str] = ..., version: _Optional[int] = ..., name: _Optional[str] = ..., parent_id: _Optional[str] = ..., active: _Optional[bool] = ..., reason: _Optional[str] = ...) -> None: ...

class UpdateNetworkNodeResponse(_message.Message):
    __slots__ = ("node",)
    NODE_FIELD_NUMBER: _ClassVar[int]
    node: _customer_pb2.NetworkNode
    def __init__(self, node: _Optional[_Union[_customer_pb2.NetworkNode, _Mapping]] = ...) -> None: ...

class ExportReferenceDataRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ExportReferenceDataResponse(_message.Message):
    __slots__ = ("content", "file_name")
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    FILE_NAME_FIELD_NUMBER: _ClassVar[int]
    content: bytes
    file_name: str
    def __init__(self, content: _Optional[bytes] = ..., file_name: _Optional[str] = ...) -> None: ...

class ImportReferenceDataRequest(_message.Message):
    __slots__ = ("request_id", "content", "dry_run")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    DRY_RUN_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    content: bytes
    dry_run: bool
    def __init__(self, request_id: _Optional[str] = ..., content: _Optional[bytes] = ..., dry_run: _Optional[bool] = ...) -> None: ...

class ImportSectionCount(_message.Message):
    __slots__ = ("section", "created", "updated", "unchanged")
    SECTION_FIELD_NUMBER: _ClassVar[int]
    CREATED_FIELD_NUMBER: _ClassVar[int]
    UPDATED_FIELD_NUMBER: _ClassVar[int]
    UNCHANGED_FIELD_NUMBER: _ClassVar[int]
    section: str
    created: int
    updated: int
    unchanged: int
    def __init__(self, section: _Optional[str] = ..., created: _Optional[int] = ..., updated: _Optional[int] = ..., unchanged: _Optional[int] = ...) -> None: ...

class ImportError(_message.Message):
    __slots__ = ("location", "message")
    LOCATION_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    location: str
    message: str
    def __init__(self, location: _Optional[str] = ..., message: _Optional[str] = ...) -> None: ...

class ImportReport(_message.Message):
    __slots__ = ("applied", "dry_run", "sections", "errors")
    APPLIED_FIELD_NUMBER: _ClassVar[int]
    DRY_RUN_FIELD_NUMBER: _ClassVar[int]
    SECTIONS_FIELD_NUMBER: _ClassVar[int]
    ERRORS_FIELD_NUMBER: _ClassVar[int]
    applied: bool
    dry_run: bool
    sections: _containers.RepeatedCompositeFieldContainer[ImportSectionCount]
    errors: _containers.RepeatedCompositeFieldContainer[ImportError]
    def __init__(self, applied: _Optional[bool] = ..., dry_run: _Optional[bool] = ..., sections: _Optional[_Iterable[_Union[ImportSectionCount, _Mapping]]] = ..., errors: _Optional[_Iterable[_Union[ImportError, _Mapping]]] = ...) -> None: ...

class ImportReferenceDataResponse(_message.Message):
    __slots__ = ("report",)
    REPORT_FIELD_NUMBER: _ClassVar[int]
    report: ImportReport
    def __init__(self, report: _Optional[_Union[ImportReport, _Mapping]] = ...) -> None: ...
