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

class BillRunStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BILL_RUN_STATUS_UNSPECIFIED: _ClassVar[BillRunStatus]
    BILL_RUN_STATUS_SIMULATING: _ClassVar[BillRunStatus]
    BILL_RUN_STATUS_SIMULATED: _ClassVar[BillRunStatus]
    BILL_RUN_STATUS_FINALIZING: _ClassVar[BillRunStatus]
    BILL_RUN_STATUS_FINALIZED: _ClassVar[BillRunStatus]
    BILL_RUN_STATUS_CANCELLED: _ClassVar[BillRunStatus]

class BillRunKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BILL_RUN_KIND_UNSPECIFIED: _ClassVar[BillRunKind]
    BILL_RUN_KIND_MASS: _ClassVar[BillRunKind]
    BILL_RUN_KIND_INDIVIDUAL: _ClassVar[BillRunKind]
    BILL_RUN_KIND_FINAL: _ClassVar[BillRunKind]

class BillRunItemOutcome(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BILL_RUN_ITEM_OUTCOME_UNSPECIFIED: _ClassVar[BillRunItemOutcome]
    BILL_RUN_ITEM_OUTCOME_READY: _ClassVar[BillRunItemOutcome]
    BILL_RUN_ITEM_OUTCOME_HELD: _ClassVar[BillRunItemOutcome]
    BILL_RUN_ITEM_OUTCOME_RELEASED: _ClassVar[BillRunItemOutcome]
    BILL_RUN_ITEM_OUTCOME_EXCLUDED: _ClassVar[BillRunItemOutcome]
    BILL_RUN_ITEM_OUTCOME_NOT_BILLED: _ClassVar[BillRunItemOutcome]
    BILL_RUN_ITEM_OUTCOME_BILLED: _ClassVar[BillRunItemOutcome]

class BillRunPhase(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BILL_RUN_PHASE_UNSPECIFIED: _ClassVar[BillRunPhase]
    BILL_RUN_PHASE_SIMULATE: _ClassVar[BillRunPhase]
    BILL_RUN_PHASE_FINALIZE: _ClassVar[BillRunPhase]
BILL_RUN_STATUS_UNSPECIFIED: BillRunStatus
BILL_RUN_STATUS_SIMULATING: BillRunStatus
BILL_RUN_STATUS_SIMULATED: BillRunStatus
BILL_RUN_STATUS_FINALIZING: BillRunStatus
BILL_RUN_STATUS_FINALIZED: BillRunStatus
BILL_RUN_STATUS_CANCELLED: BillRunStatus
BILL_RUN_KIND_UNSPECIFIED: BillRunKind
BILL_RUN_KIND_MASS: BillRunKind
BILL_RUN_KIND_INDIVIDUAL: BillRunKind
BILL_RUN_KIND_FINAL: BillRunKind
BILL_RUN_ITEM_OUTCOME_UNSPECIFIED: BillRunItemOutcome
BILL_RUN_ITEM_OUTCOME_READY: BillRunItemOutcome
BILL_RUN_ITEM_OUTCOME_HELD: BillRunItemOutcome
BILL_RUN_ITEM_OUTCOME_RELEASED: BillRunItemOutcome
BILL_RUN_ITEM_OUTCOME_EXCLUDED: BillRunItemOutcome
BILL_RUN_ITEM_OUTCOME_NOT_BILLED: BillRunItemOutcome
BILL_RUN_ITEM_OUTCOME_BILLED: BillRunItemOutcome
BILL_RUN_PHASE_UNSPECIFIED: BillRunPhase
BILL_RUN_PHASE_SIMULATE: BillRunPhase
BILL_RUN_PHASE_FINALIZE: BillRunPhase

class BillingBatch(_message.Message):
    __slots__ = ("batch_id", "agency_id", "code", "name", "service", "billing_periodicity", "tariff_category_codes", "round_ids", "active", "version", "subscription_count")
    BATCH_ID_FIELD_NUMBER: _ClassVar[int]
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    BILLING_PERIODICITY_FIELD_NUMBER: _ClassVar[int]
    TARIFF_CATEGORY_CODES_FIELD_NUMBER: _ClassVar[int]
    ROUND_IDS_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_COUNT_FIELD_NUMBER: _ClassVar[int]
    batch_id: str
    agency_id: str
    code: str
    name: str
    service: str
    billing_periodicity: str
    tariff_category_codes: _containers.RepeatedScalarFieldContainer[str]
    round_ids: _containers.RepeatedScalarFieldContainer[str]
    active: bool
    version: int
    subscription_count: int
    def __init__(self, batch_id: _Optional[str] = ..., agency_id: _Optional[str] = ..., code: _Optional[str] = ..., name: _Optional[str] = ..., service: _Optional[str] = ..., billing_periodicity: _Optional[str] = ..., tariff_category_codes: _Optional[_Iterable[str]] = ..., round_ids: _Optional[_Iterable[str]] = ..., active: _Optional[bool] = ..., version: _Optional[int] = ..., subscription_count: _Optional[int] = ...) -> None: ...

class ListBillingBatchesRequest(_message.Message):
    __slots__ = ("agency_id", "include_inactive", "page_size", "page_token")
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_INACTIVE_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    agency_id: str
    include_inactive: bool
    page_size: int
    page_token: str
    def __init__(self, agency_id: _Optional[str] = ..., include_inactive: _Optional[bool] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListBillingBatchesResponse(_message.Message):
    __slots__ = ("batches", "next_page_token")
    BATCHES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    batches: _containers.RepeatedCompositeFieldContainer[BillingBatch]
    next_page_token: str
    def __init__(self, batches: _Optional[_Iterable[_Union[BillingBatch, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetBillingBatchRequest(_message.Message):
    __slots__ = ("batch_id",)
    BATCH_ID_FIELD_NUMBER: _ClassVar[int]
    batch_id: str
    def __init__(self, batch_id: _Optional[str] = ...) -> None: ...

class GetBillingBatchResponse(_message.Message):
    __slots__ = ("batch",)
    BATCH_FIELD_NUMBER: _ClassVar[int]
    batch: BillingBatch
    def __init__(self, batch: _Optional[_Union[BillingBatch, _Mapping]] = ...) -> None: ...

class CreateBillingBatchRequest(_message.Message):
    __slots__ = ("request_id", "batch")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    BATCH_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    batch: BillingBatch
    def __init__(self, request_id: _Optional[str] = ..., batch: _Optional[_Union[BillingBatch, _Mapping]] = ...) -> None: ...

class CreateBillingBatchResponse(_message.Message):
    __slots__ = ("batch",)
    BATCH_FIELD_NUMBER: _ClassVar[int]
    batch: BillingBatch
    def __init__(self, batch: _Optional[_Union[BillingBatch, _Mapping]] = ...) -> None: ...

class UpdateBillingBatchRequest(_message.Message):
    __slots__ = ("request_id", "batch_id", "version", "batch")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    BATCH_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    BATCH_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    batch_id: str
    version: int
    batch: BillingBatch
    def __init__(self, request_id: _Optional[str] = ..., batch_id: _Optional[str] = ..., version: _Optional[int] = ..., batch: _Optional[_Union[BillingBatch, _Mapping]] = ...) -> None: ...

class UpdateBillingBatchResponse(_message.Message):
    __slots__ = ("batch",)
    BATCH_FIELD_NUMBER: _ClassVar[int]
    batch: BillingBatch
    def __init__(self, batch: _Optional[_Union[BillingBatch, _Mapping]] = ...) -> None: ...

class DeactivateBillingBatchRequest(_message.Message):
    __slots__ = ("request_id", "batch_id", "version")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    BATCH_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    batch_id: str
    version: int
    def __init__(self, request_id: _Optional[str] = ..., batch_id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class DeactivateBillingBatchResponse(_message.Message):
    __slots__ = ("batch",)
    BATCH_FIELD_NUMBER: _ClassVar[int]
    batch: BillingBatch
    def __init__(self, batch: _Optional[_Union[BillingBatch, _Mapping]] = ...) -> None: ...

class BillRunProgress(_message.Message):
    __slots__ = ("phase", "chunks_total", "chunks_done", "items_total", "items_done", "errors", "rate_per_second", "eta_seconds", "started_at", "updated_at", "done")
    PHASE_FIELD_NUMBER: _ClassVar[int]
    CHUNKS_TOTAL_FIELD_NUMBER: _ClassVar[int]
    CHUNKS_DONE_FIELD_NUMBER: _ClassVar[int]
    ITEMS_TOTAL_FIELD_NUMBER: _ClassVar[int]
    ITEMS_DONE_FIELD_NUMBER: _ClassVar[int]
    ERRORS_FIELD_NUMBER: _ClassVar[int]
    RATE_PER_SECOND_FIELD_NUMBER: _ClassVar[int]
    ETA_SECONDS_FIELD_NUMBER: _ClassVar[int]
    STARTED_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    DONE_FIELD_NUMBER: _ClassVar[int]
    phase: BillRunPhase
    chunks_total: int
    chunks_done: int
    items_total: int
    items_done: int
    errors: int
    rate_per_second: float
    eta_seconds: int
    started_at: _timestamp_pb2.Timestamp
    updated_at: _timestamp_pb2.Timestamp
    done: bool
    def __init__(self, phase: _Optional[_Union[BillRunPhase, str]] = ..., chunks_total: _Optional[int] = ..., chunks_done: _Optional[int] = ..., items_total: _Optional[int] = ..., items_done: _Optional[int] = ..., errors: _Optional[int] = ..., rate_per_second: _Optional[float] = ..., eta_seconds: _Optional[int] = ..., started_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., done: _Optional[bool] = ...) -> None: ...

class BillRunCounts(_message.Message):
    __slots__ = ("ready", "held", "released", "excluded", "not_billed", "billed", "amount")
    READY_FIELD_NUMBER: _ClassVar[int]
    HELD_FIELD_NUMBER: _ClassVar[int]
    RELEASED_FIELD_NUMBER: _ClassVar[int]
    EXCLUDED_FIELD_NUMBER: _ClassVar[int]
    NOT_BILLED_FIELD_NUMBER: _ClassVar[int]
    BILLED_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    ready: int
    held: int
    released: int
    excluded: int
    not_billed: int
    billed: int
    amount: _common_pb2.Money
    def __init__(self, ready: _Optional[int] = ..., held: _Optional[int] = ..., released: _Optional[int] = ..., excluded: _Optional[int] = ..., not_billed: _Optional[int] = ..., billed: _Optional[int] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ...) -> None: ...

class BillRun(_message.Message):
    __slots__ = ("run_id", "run_number", "kind", "batch_id", "batch_code", "agency_id", "period_label", "period_start", "period_end", "bill_date", "due_date", "currency_code", "status", "total_items", "counts", "progress", "created_by_login", "created_at", "simulated_at", "finalize_requested_by_login", "finalize_requested_at", "finalized_at", "version")
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_NUMBER_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    BATCH_ID_FIELD_NUMBER: _ClassVar[int]
    BATCH_CODE_FIELD_NUMBER: _ClassVar[int]
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    PERIOD_LABEL_FIELD_NUMBER: _ClassVar[int]
    PERIOD_START_FIELD_NUMBER: _ClassVar[int]
    PERIOD_END_FIELD_NUMBER: _ClassVar[int]
    BILL_DATE_FIELD_NUMBER: _ClassVar[int]
    DUE_DATE_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    TOTAL_ITEMS_FIELD_NUMBER: _ClassVar[int]
    COUNTS_FIELD_NUMBER: _ClassVar[int]
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    CREATED_BY_LOGIN_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    SIMULATED_AT_FIELD_NUMBER: _ClassVar[int]
    FINALIZE_REQUESTED_BY_LOGIN_FIELD_NUMBER: _ClassVar[int]
    FINALIZE_REQUESTED_AT_FIELD_NUMBER: _ClassVar[int]
    FINALIZED_AT_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    run_id: str
    run_number: str
    kind: BillRunKind
    batch_id: str
    batch_code: str
    agency_id: str
    period_label: str
    period_start: _common_pb2.Date
    period_end: _common_pb2.Date
    bill_date: _common_pb2.Date
    due_date: _common_pb2.Date
    currency_code: str
    status: BillRunStatus
    total_items: int
    counts: BillRunCounts
    progress: BillRunProgress
    created_by_login: str
    created_at: _timestamp_pb2.Timestamp
    simulated_at: _timestamp_pb2.Timestamp
    finalize_requested_by_login: str
    finalize_requested_at: _timestamp_pb2.Timestamp
    finalized_at: _timestamp_pb2.Timestamp
    version: int
    def __init__(self, run_id: _Optional[str] = ..., run_number: _Optional[str] = ..., kind: _Optional[_Union[BillRunKind, str]] = ..., batch_id: _Optional[str] = ..., batch_code: _Optional[str] = ..., agency_id: _Optional[str] = ..., period_label: _Optional[str] = ..., period_start: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., period_end: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., bill_date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., due_date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., currency_code: _Optional[str] = ..., status: _Optional[_Union[BillRunStatus, str]] = ..., total_items: _Optional[int] = ..., counts: _Optional[_Union[BillRunCounts, _Mapping]] = ..., progress: _Optional[_Union[BillRunProgress, _Mapping]] = ..., created_by_login: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., simulated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., finalize_requested_by_login: _Optional[str] = ..., finalize_requested_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., finalized_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., version: _Optional[int] = ...) -> None: ...

class CreateBillRunRequest(_message.Message):
    __slots__ = ("request_id", "batch_id", "period_label", "period_start", "period_end", "bill_date")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    BATCH_ID_FIELD_NUMBER: _ClassVar[int]
    PERIOD_LABEL_FIELD_NUMBER: _ClassVar[int]
    PERIOD_START_FIELD_NUMBER: _ClassVar[int]
    PERIOD_END_FIELD_NUMBER: _ClassVar[int]
    BILL_DATE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    batch_id: str
    period_label: str
    period_start: _common_pb2.Date
    period_end: _common_pb2.Date
    bill_date: _common_pb2.Date
    def __init__(self, request_id: _Optional[str] = ..., batch_id: _Optional[str] = ..., period_label: _Optional[str] = ..., period_start: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., period_end: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., bill_date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ...) -> None: ...

class CreateBillRunResponse(_message.Message):
    __slots__ = ("run",)
    RUN_FIELD_NUMBER: _ClassVar[int]
    run: BillRun
    def __init__(self, run: _Optional[_Union[BillRun, _Mapping]] = ...) -> None: ...

class ListBillRunsRequest(_message.Message):
    __slots__ = ("agency_id", "batch_id", "statuses", "page_size", "page_token")
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    BATCH_ID_FIELD_NUMBER: _ClassVar[int]
    STATUSES_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    agency_id: str
    batch_id: str
    statuses: _containers.RepeatedScalarFieldContainer[BillRunStatus]
    page_size: int
    page_token: str
    def __init__(self, agency_id: _Optional[str] = ..., batch_id: _Optional[str] = ..., statuses: _Optional[_Iterable[_Union[BillRunStatus, str]]] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListBillRunsResponse(_message.Message):
    __slots__ = ("runs", "next_page_token")
    RUNS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    runs: _containers.RepeatedCompositeFieldContainer[BillRun]
    next_page_token: str
    def __init__(self, runs: _Optional[_Iterable[_Union[BillRun, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetBillRunRequest(_message.Message):
    __slots__ = ("run_id",)
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    run_id: str
    def __init__(self, run_id: _Optional[str] = ...) -> None: ...

class GetBillRunResponse(_message.Message):
    __slots__ = ("run",)
    RUN_FIELD_NUMBER: _ClassVar[int]
    run: BillRun
    def __init__(self, run: _Optional[_Union[BillRun, _Mapping]] = ...) -> None: ...

class GetBillRunProgressRequest(_message.Message):
    __slots__ = ("run_id",)
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    run_id: str
    def __init__(self, run_id: _Optional[str] = ...) -> None: ...

class GetBillRunProgressResponse(_message.Message):
    __slots__ = ("run_id", "status", "progress", "version")
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    run_id: str
    status: BillRunStatus
    progress: BillRunProgress
    version: int
    def __init__(self, run_id: _Optional[str] = ..., status: _Optional[_Union[BillRunStatus, str]] = ..., progress: _Optional[_Union[BillRunProgress, _Mapping]] = ..., version: _Optional[int] = ...) -> None: ...

class BillRunItem(_message.Message):
    __slots__ = ("run_id", "subscription_id", "subscription_number", "account_id", "account_number", "customer_name", "tariff_category_code", "chunk_no", "outcome", "cause", "control_codes", "has_consumption", "consumption", "estimated", "amount", "note", "bill_id", "bill_number")
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_NUMBER_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NAME_FIELD_NUMBER: _ClassVar[int]
    TARIFF_CATEGORY_CODE_FIELD_NUMBER: _ClassVar[int]
    CHUNK_NO_FIELD_NUMBER: _ClassVar[int]
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    CAUSE_FIELD_NUMBER: _ClassVar[int]
    CONTROL_CODES_FIELD_NUMBER: _ClassVar[int]
    HAS_CONSUMPTION_FIELD_NUMBER: _ClassVar[int]
    CONSUMPTION_FIELD_NUMBER: _ClassVar[int]
    ESTIMATED_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    BILL_ID_FIELD_NUMBER: _ClassVar[int]
    BILL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    run_id: str
    subscription_id: str
    subscription_number: str
    account_id: str
    account_number: str
    customer_name: str
    tariff_category_code: str
    chunk_no: int
    outcome: BillRunItemOutcome
    cause: str
    control_codes: _containers.RepeatedScalarFieldContainer[str]
    has_consumption: bool
    consumption: int
    estimated: bool
    amount: _common_pb2.Money
    note: str
    bill_id: str
    bill_number: str
    def __init__(self, run_id: _Optional[str] = ..., subscription_id: _Optional[str] = ..., subscription_number: _Optional[str] = ..., account_id: _Optional[str] = ..., account_number: _Optional[str] = ..., customer_name: _Optional[str] = ..., tariff_category_code: _Optional[str] = ..., chunk_no: _Optional[int] = ..., outcome: _Optional[_Union[BillRunItemOutcome, str]] = ..., cause: _Optional[str] = ..., control_codes: _Optional[_Iterable[str]] = ..., has_consumption: _Optional[bool] = ..., consumption: _Optional[int] = ..., estimated: _Optional[bool] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., note: _Optional[str] = ..., bill_id: _Optional[str] = ..., bill_number: _Optional[str] = ...) -> None: ...

class ListBillRunItemsRequest(_message.Message):
    __slots__ = ("run_id", "outcomes", "control_code", "cause", "page_size", "page_token")
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    OUTCOMES_FIELD_NUMBER: _ClassVar[int]
    CONTROL_CODE_FIELD_NUMBER: _ClassVar[int]
    CAUSE_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    run_id: str
    outcomes: _containers.RepeatedScalarFieldContainer[BillRunItemOutcome]
    control_code: str
    cause: str
    page_size: int
    page_token: str
    def __init__(self, run_id: _Optional[str] = ..., outcomes: _Optional[_Iterable[_Union[BillRunItemOutcome, str]]] = ..., control_code: _Optional[str] = ..., cause: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListBillRunItemsResponse(_message.Message):
    __slots__ = ("items", "next_page_token", "total_count")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_COUNT_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[BillRunItem]
    next_page_token: str
    total_count: int
    def __init__(self, items: _Optional[_Iterable[_Union[BillRunItem, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_count: _Optional[int] = ...) -> None: ...

class ExplainBillRunItemRequest(_message.Message):
    __slots__ = ("run_id", "subscription_id")
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    run_id: str
    subscription_id: str
    def __init__(self, run_id: _Optional[str] = ..., subscription_id: _Optional[str] = ...) -> None: ...

class BillRunLine(_message.Message):
    __slots__ = ("line_no", "code", "kind", "label", "quantity", "unit", "unit_price", "amount", "tariff_version_id", "has_block_no", "block_no", "rule", "ledger_account")
    LINE_NO_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    LABEL_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    UNIT_PRICE_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    TARIFF_VERSION_ID_FIELD_NUMBER: _ClassVar[int]
    HAS_BLOCK_NO_FIELD_NUMBER: _ClassVar[int]
    BLOCK_NO_FIELD_NUMBER: _ClassVar[int]
    RULE_FIELD_NUMBER: _ClassVar[int]
    LEDGER_ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    line_no: int
    code: str
    kind: str
    label: str
    quantity: str
    unit: str
    unit_price: str
    amount: _common_pb2.Money
    tariff_version_id: str
    has_block_no: bool
    block_no: int
    rule: str
    ledger_account: str
    def __init__(self, line_no: _Optional[int] = ..., code: _Optional[str] = ..., kind: _Optional[str] = ..., label: _Optional[str] = ..., quantity: _Optional[str] = ..., unit: _Optional[str] = ..., unit_price: _Optional[str] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., tariff_version_id: _Optional[str] = ..., has_block_no: _Optional[bool] = ..., block_no: _Optional[int] = ..., rule: _Optional[str] = ..., ledger_account: _Optional[str] = ...) -> None: ...

class BillRunControlFinding(_message.Message):
    __slots__ = ("code", "message")
    CODE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    code: str
    message: str
    def __init__(self, code: _Optional[str] = ..., message: _Optional[str] = ...) -> None: ...

class ExplainBillRunItemResponse(_message.Message):
    __slots__ = ("item", "period_start", "period_end", "has_index_from", "index_from", "has_index_to", "index_to", "consumption", "estimated", "estimate_method", "reading_id", "lines", "total", "findings", "not_billable_cause")
    ITEM_FIELD_NUMBER: _ClassVar[int]
    PERIOD_START_FIELD_NUMBER: _ClassVar[int]
    PERIOD_END_FIELD_NUMBER: _ClassVar[int]
    HAS_INDEX_FROM_FIELD_NUMBER: _ClassVar[int]
    INDEX_FROM_FIELD_NUMBER: _ClassVar[int]
    HAS_INDEX_TO_FIELD_NUMBER: _ClassVar[int]
    INDEX_TO_FIELD_NUMBER: _ClassVar[int]
    CONSUMPTION_FIELD_NUMBER: _ClassVar[int]
    ESTIMATED_FIELD_NUMBER: _ClassVar[int]
    ESTIMATE_METHOD_FIELD_NUMBER: _ClassVar[int]
    READING_ID_FIELD_NUMBER: _ClassVar[int]
    LINES_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    FINDINGS_FIELD_NUMBER: _ClassVar[int]
    NOT_BILLABLE_CAUSE_FIELD_NUMBER: _ClassVar[int]
    item: BillRunItem
    period_start: _common_pb2.Date
    period_end: _common_pb2.Date
    has_index_from: bool
    index_from: int
    has_index_to: bool
    index_to: int
    consumption: int
    estimated: bool
    estimate_method: str
    reading_id: str
    lines: _containers.RepeatedCompositeFieldContainer[BillRunLine]
    total: _common_pb2.Money
    findings: _containers.RepeatedCompositeFieldContainer[BillRunControlFinding]
    not_billable_cause: str
    def __init__(self, item: _Optional[_Union[BillRunItem, _Mapping]] = ..., period_start: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., period_end: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., has_index_from: _Optional[bool] = ..., index_from: _Optional[int] = ..., has_index_to: _Optional[bool] = ..., index_to: _Optional[int] = ..., consumption: _Optional[int] = ..., estimated: _Optional[bool] = ..., estimate_method: _Optional[str] = ..., reading_id: _Optional[str] = ..., lines: _Optional[_Iterable[_Union[BillRunLine, _Mapping]]] = ..., total: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., findings: _Optional[_Iterable[_Union[BillRunControlFinding, _Mapping]]] = ..., not_billable_cause: _Optional[str] = ...) -> None: ...

class ReleaseBillRunItemRequest(_message.Message):
    __slots__ = ("request_id", "run_id", "subscription_id", "note")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    run_id: str
    subscription_id: str
    note: str
    def __init__(self, request_id: _Optional[str] = ..., run_id: _Optional[str] = ..., subscription_id: _Optional[str] = ..., note: _Optional[str] = ...) -> None: ...

class ReleaseBillRunItemResponse(_message.Message):
    __slots__ = ("item",)
    ITEM_FIELD_NUMBER: _ClassVar[int]
    item: BillRunItem
    def __init__(self, item: _Optional[_Union[BillRunItem, _Mapping]] = ...) -> None: ...

class ExcludeBillRunItemRequest(_message.Message):
    __slots__ = ("request_id", "run_id", "subscription_id", "note")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    run_id: str
    subscription_id: str
    note: str
    def __init__(self, request_id: _Optional[str] = ..., run_id: _Optional[str] = ..., subscription_id: _Optional[str] = ..., note: _Optional[str] = ...) -> None: ...

class ExcludeBillRunItemResponse(_message.Message):
    __slots__ = ("item",)
    ITEM_FIELD_NUMBER: _ClassVar[int]
    item: BillRunItem
    def __init__(self, item: _Optional[_Union[BillRunItem, _Mapping]] = ...) -> None: ...

class RecomputeBillRunItemRequest(_message.Message):
    __slots__ = ("request_id", "run_id", "subscription_id")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    run_id: str
    subscription_id: str
    def __init__(self, request_id: _Optional[str] = ..., run_id: _Optional[str] = ..., subscription_id: _Optional[str] = ...) -> None: ...

class RecomputeBillRunItemResponse(_message.Message):
    __slots__ = ("item",)
    ITEM_FIELD_NUMBER: _ClassVar[int]
    item: BillRunItem
    def __init__(self, item: _Optional[_Union[BillRunItem, _Mapping]] = ...) -> None: ...

class SimulateBillRunAgainRequest(_message.Message):
    __slots__ = ("request_id", "run_id", "version")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    run_id: str
    version: int
    def __init__(self, request_id: _Optional[str] = ..., run_id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class SimulateBillRunAgainResponse(_message.Message):
    __slots__ = ("run",)
    RUN_FIELD_NUMBER: _ClassVar[int]
    run: BillRun
    def __init__(self, run: _Optional[_Union[BillRun, _Mapping]] = ...) -> None: ...

class FinalizeBillRunRequest(_message.Message):
    __slots__ = ("request_id", "run_id", "version")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    run_id: str
    version: int
    def __init__(self, request_id: _Optional[str] = ..., run_id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class FinalizeBillRunResponse(_message.Message):
    __slots__ = ("run",)
    RUN_FIELD_NUMBER: _ClassVar[int]
    run: BillRun
    def __init__(self, run: _Optional[_Union[BillRun, _Mapping]] = ...) -> None: ...

class CancelBillRunRequest(_message.Message):
    __slots__ = ("request_id", "run_id", "version", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    run_id: str
    version: int
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., run_id: _Optional[str] = ..., version: _Optional[int] = ..., reason: _Optional[str] = ...) -> None: ...

class CancelBillRunResponse(_message.Message):
    __slots__ = ("run",)
    RUN_FIELD_NUMBER: _ClassVar[int]
    run: BillRun
    def __init__(self, run: _Optional[_Union[BillRun, _Mapping]] = ...) -> None: ...

class GetBillRunSummaryRequest(_message.Message):
    __slots__ = ("run_id",)
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    run_id: str
    def __init__(self, run_id: _Optional[str] = ...) -> None: ...

class BillRunSummaryByCategory(_message.Message):
    __slots__ = ("tariff_category_code", "bill_count", "amount")
    TARIFF_CATEGORY_CODE_FIELD_NUMBER: _ClassVar[int]
    BILL_COUNT_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    tariff_category_code: str
    bill_count: int
    amount: _common_pb2.Money
    def __init__(self, tariff_category_code: _Optional[str] = ..., bill_count: _Optional[int] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ...) -> None: ...

class BillRunSummaryByLine(_message.Message):
    __slots__ = ("code", "ledger_account", "line_count", "amount")
    CODE_FIELD_NUMBER: _ClassVar[int]
    LEDGER_ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    LINE_COUNT_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    code: str
    ledger_account: str
    line_count: int
    amount: _common_pb2.Money
    def __init__(self, code: _Optional[str] = ..., ledger_account: _Optional[str] = ..., line_count: _Optional[int] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ...) -> None: ...

class BillRunSummaryByAccount(_message.Message):
    __slots__ = ("ledger_account", "amount")
    LEDGER_ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    ledger_account: str
    amount: _common_pb2.Money
    def __init__(self, ledger_account: _Optional[str] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ...) -> None: ...

class BillRunSummaryNotBilled(_message.Message):
    __slots__ = ("cause", "count")
    CAUSE_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    cause: str
    count: int
    def __init__(self, cause: _Optional[str] = ..., count: _Optional[int] = ...) -> None: ...

class GetBillRunSummaryResponse(_message.Message):
    __slots__ = ("run", "finalized", "bill_count", "total", "by_category", "by_line", "by_ledger_account", "first_bill_number", "last_bill_number", "not_billed", "held_count", "excluded_count")
    RUN_FIELD_NUMBER: _ClassVar[int]
    FINALIZED_FIELD_NUMBER: _ClassVar[int]
    BILL_COUNT_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    BY_CATEGORY_FIELD_NUMBER: _ClassVar[int]
    BY_LINE_FIELD_NUMBER: _ClassVar[int]
    BY_LEDGER_ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    FIRST_BILL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    LAST_BILL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    NOT_BILLED_FIELD_NUMBER: _ClassVar[int]
    HELD_COUNT_FIELD_NUMBER: _ClassVar[int]
    EXCLUDED_COUNT_FIELD_NUMBER: _ClassVar[int]
    run: BillRun
    finalized: bool
    bill_count: int
    total: _common_pb2.Money
    by_category: _containers.RepeatedCompositeFieldContainer[BillRunSummaryByCategory]
    by_line: _containers.RepeatedCompositeFieldContainer[BillRunSummaryByLine]
    by_ledger_account: _containers.RepeatedCompositeFieldContainer[BillRunSummaryByAccount]
    first_bill_number: str
    last_bill_number: str
    not_billed: _containers.RepeatedCompositeFieldContainer[BillRunSummaryNotBilled]
    held_count: int
    excluded_count: int
    def __init__(self, run: _Optional[_Union[BillRun, _Mapping]] = ..., finalized: _Optional[bool] = ..., bill_count: _Optional[int] = ..., total: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., by_category: _Optional[_Iterable[_Union[BillRunSummaryByCategory, _Mapping]]] = ..., by_line: _Optional[_Iterable[_Union[BillRunSummaryByLine, _Mapping]]] = ..., by_ledger_account: _Optional[_Iterable[_Union[BillRunSummaryByAccount, _Mapping]]] = ..., first_bill_number: _Optional[str] = ..., last_bill_number: _Optional[str] = ..., not_billed: _Optional[_Iterable[_Union[BillRunSummaryNotBilled, _Mapping]]] = ..., held_count: _Optional[int] = ..., excluded_count: _Optional[int] = ...) -> None: ...

class ListNotBilledAlertsRequest(_message.Message):
    __slots__ = ("agency_id", "min_consecutive_runs", "page_size", "page_token")
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    MIN_CONSECUTIVE_RUNS_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    agency_id: str
    min_consecutive_runs: int
    page_size: int
    page_token: str
    def __init__(self, agency_id: _Optional[str] = ..., min_consecutive_runs: _Optional[int] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class NotBilledAlert(_message.Message):
    __slots__ = ("subscription_id", "subscription_number", "account_number", "customer_name", "consecutive_runs", "last_cause", "last_run_id", "last_run_number")
    SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_NUMBER_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NAME_FIELD_NUMBER: _ClassVar[int]
    CONSECUTIVE_RUNS_FIELD_NUMBER: _ClassVar[int]
    LAST_CAUSE_FIELD_NUMBER: _ClassVar[int]
    LAST_RUN_ID_FIELD_NUMBER: _ClassVar[int]
    LAST_RUN_NUMBER_FIELD_NUMBER: _ClassVar[int]
    subscription_id: str
    subscription_number: str
    account_number: str
    customer_name: str
    consecutive_runs: int
    last_cause: str
    last_run_id: str
    last_run_number: str
    def __init__(self, subscription_id: _Optional[str] = ..., subscription_number: _Optional[str] = ..., account_number: _Optional[str] = ..., customer_name: _Optional[str] = ..., consecutive_runs: _Optional[int] = ..., last_cause: _Optional[str] = ..., last_run_id: _Optional[str] = ..., last_run_number: _Optional[str] = ...) -> None: ...

class ListNotBilledAlertsResponse(_message.Message):
    __slots__ = ("alerts", "next_page_token")
    ALERTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    alerts: _containers.RepeatedCompositeFieldContainer[NotBilledAlert]
    next_page_token: str
    def __init__(self, alerts: _Optional[_Iterable[_Union[NotBilledAlert, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...
