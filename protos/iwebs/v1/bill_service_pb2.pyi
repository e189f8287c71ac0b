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

class BillKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BILL_KIND_UNSPECIFIED: _ClassVar[BillKind]
    BILL_KIND_INVOICE: _ClassVar[BillKind]
    BILL_KIND_CREDIT_NOTE: _ClassVar[BillKind]

class MatchSourceKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MATCH_SOURCE_KIND_UNSPECIFIED: _ClassVar[MatchSourceKind]
    MATCH_SOURCE_KIND_ADVANCE: _ClassVar[MatchSourceKind]
    MATCH_SOURCE_KIND_CREDIT_NOTE: _ClassVar[MatchSourceKind]
    MATCH_SOURCE_KIND_DEPOSIT: _ClassVar[MatchSourceKind]
    MATCH_SOURCE_KIND_DEPOSIT_RELEASE: _ClassVar[MatchSourceKind]

class StatementLineKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    STATEMENT_LINE_KIND_UNSPECIFIED: _ClassVar[StatementLineKind]
    STATEMENT_LINE_KIND_BILL: _ClassVar[StatementLineKind]
    STATEMENT_LINE_KIND_CREDIT_NOTE: _ClassVar[StatementLineKind]
    STATEMENT_LINE_KIND_PAYMENT: _ClassVar[StatementLineKind]
    STATEMENT_LINE_KIND_PAYMENT_CANCELLATION: _ClassVar[StatementLineKind]
    STATEMENT_LINE_KIND_REFUND: _ClassVar[StatementLineKind]
    STATEMENT_LINE_KIND_MATCH: _ClassVar[StatementLineKind]
BILL_KIND_UNSPECIFIED: BillKind
BILL_KIND_INVOICE: BillKind
BILL_KIND_CREDIT_NOTE: BillKind
MATCH_SOURCE_KIND_UNSPECIFIED: MatchSourceKind
MATCH_SOURCE_KIND_ADVANCE: MatchSourceKind
MATCH_SOURCE_KIND_CREDIT_NOTE: MatchSourceKind
MATCH_SOURCE_KIND_DEPOSIT: MatchSourceKind
MATCH_SOURCE_KIND_DEPOSIT_RELEASE: MatchSourceKind
STATEMENT_LINE_KIND_UNSPECIFIED: StatementLineKind
STATEMENT_LINE_KIND_BILL: StatementLineKind
STATEMENT_LINE_KIND_CREDIT_NOTE: StatementLineKind
STATEMENT_LINE_KIND_PAYMENT: StatementLineKind
STATEMENT_LINE_KIND_PAYMENT_CANCELLATION: StatementLineKind
STATEMENT_LINE_KIND_REFUND: StatementLineKind
STATEMENT_LINE_KIND_MATCH: StatementLineKind

class BillSummary(_message.Message):
    __slots__ = ("bill_id", "bill_number", "kind", "origin", "account_id", "account_number", "subscription_id", "subscription_number", "service", "period_label", "period_start", "period_end", "issue_date", "due_date", "amount", "open_amount", "overdue", "estimated", "consumption", "credits_bill_id", "credits_bill_number", "credited_by_bill_id", "credited_by_bill_number", "correction_pending", "agency_id", "bill_run_id", "bill_run_kind")
    BILL_ID_FIELD_NUMBER: _ClassVar[int]
    BILL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    ORIGIN_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    PERIOD_LABEL_FIELD_NUMBER: _ClassVar[int]
    PERIOD_START_FIELD_NUMBER: _ClassVar[int]
    PERIOD_END_FIELD_NUMBER: _ClassVar[int]
    ISSUE_DATE_FIELD_NUMBER: _ClassVar[int]
    DUE_DATE_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    OPEN_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    OVERDUE_FIELD_NUMBER: _ClassVar[int]
    ESTIMATED_FIELD_NUMBER: _ClassVar[int]
    CONSUMPTION_FIELD_NUMBER: _ClassVar[int]
    CREDITS_BILL_ID_FIELD_NUMBER: _ClassVar[int]
    CREDITS_BILL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CREDITED_BY_BILL_ID_FIELD_NUMBER: _ClassVar[int]
    CREDITED_BY_BILL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CORRECTION_PENDING_FIELD_NUMBER: _ClassVar[int]
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    BILL_RUN_ID_FIELD_NUMBER: _ClassVar[int]
    BILL_RUN_KIND_FIELD_NUMBER: _ClassVar[int]
    bill_id: str
    bill_number: str
    kind: BillKind
    origin: str
    account_id: str
    account_number: str
    subscription_id: str
    subscription_number: str
    service: str
    period_label: str
    period_start: _common_pb2.Date
    period_end: _common_pb2.Date
    issue_date: _common_pb2.Date
    due_date: _common_pb2.Date
    amount: _common_pb2.Money
    open_amount: _common_pb2.Money
    overdue: bool
    estimated: bool
    consumption: int
    credits_bill_id: str
    credits_bill_number: str
    credited_by_bill_id: str
    credited_by_bill_number: str
    correction_pending: bool
    agency_id: str
    bill_run_id: str
    bill_run_kind: str
    def __init__(self, bill_id: _Optional[str] = ..., bill_number: _Optional[str] = ..., kind: _Optional[_Union[BillKind, str]] = ..., origin: _Optional[str] = ..., account_id: _Optional[str] = ..., account_number: _Optional[str] = ..., subscription_id: _Optional[str] = ..., subscription_number: _Optional[str] = ..., service: _Optional[str] = ..., period_label: _Optional[str] = ..., period_start: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., period_end: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., issue_date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., due_date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., open_amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., overdue: _Optional[bool] = ..., estimated: _Optional[bool] = ..., consumption: _Optional[int] = ..., credits_bill_id: _Optional[str] = ..., credits_bill_number: _Optional[str] = ..., credited_by_bill_id: _Optional[str] = ..., credited_by_bill_number: _Optional[str] = ..., correction_pending: _Optional[bool] = ..., agency_id: _Optional[str] = ..., bill_run_id: _Optional[str] = ..., bill_run_kind: _Optional[str] = ...) -> None: ...

class BillLine(_message.Message):
    __slots__ = ("line_no", "code", "kind", "label", "quantity", "unit", "unit_price", "amount", "tariff_version_id", "tariff_version_number", "tariff_code", "tariff_name", "tariff_valid_from", "block_no", "rule", "ledger_account")
    LINE_NO_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    LABEL_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    UNIT_PRICE_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    TARIFF_VERSION_ID_FIELD_NUMBER: _ClassVar[int]
    TARIFF_VERSION_NUMBER_FIELD_NUMBER: _ClassVar[int]
    TARIFF_CODE_FIELD_NUMBER: _ClassVar[int]
    TARIFF_NAME_FIELD_NUMBER: _ClassVar[int]
    TARIFF_VALID_FROM_FIELD_NUMBER: _ClassVar[int]
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
    tariff_version_number: int
    tariff_code: str
    tariff_name: str
    tariff_valid_from: _common_pb2.Date
    block_no: int
    rule: str
    ledger_account: str
    def __init__(self, line_no: _Optional[int] = ..., code: _Optional[str] = ..., kind: _Optional[str] = ..., label: _Optional[str] = ..., quantity: _Optional[str] = ..., unit: _Optional[str] = ..., unit_price: _Optional[str] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., tariff_version_id: _Optional[str] = ..., tariff_version_number: _Optional[int] = ..., tariff_code: _Optional[str] = ..., tariff_name: _Optional[str] = ..., tariff_valid_from: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., block_no: _Optional[int] = ..., rule: _Optional[str] = ..., ledger_account: _Optional[str] = ...) -> None: ...

class BillMatch(_message.Message):
    __slots__ = ("match_id", "source_kind", "source_bill_id", "source_bill_number", "bill_id", "bill_number", "amount", "matched_at")
    MATCH_ID_FIELD_NUMBER: _ClassVar[int]
    SOURCE_KIND_FIELD_NUMBER: _ClassVar[int]
    SOURCE_BILL_ID_FIELD_NUMBER: _ClassVar[int]
    SOURCE_BILL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    BILL_ID_FIELD_NUMBER: _ClassVar[int]
    BILL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    MATCHED_AT_FIELD_NUMBER: _ClassVar[int]
    match_id: str
    source_kind: MatchSourceKind
    source_bill_id: str
    source_bill_number: str
    bill_id: str
    bill_number: str
    amount: _common_pb2.Money
    matched_at: _timestamp_pb2.Timestamp
    def __init__(self, match_id: _Optional[str] = ..., source_kind: _Optional[_Union[MatchSourceKind, str]] = ..., source_bill_id: _Optional[str] = ..., source_bill_number: _Optional[str] = ..., bill_id: _Optional[str] = ..., bill_number: _Optional[str] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., matched_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class BillPayment(_message.Message):
    __slots__ = ("receipt_id", "receipt_number", "paid_at", "amount")
    RECEIPT_ID_FIELD_NUMBER: _ClassVar[int]
    RECEIPT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    PAID_AT_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    receipt_id: str
    receipt_number: str
    paid_at: _timestamp_pb2.Timestamp
    amount: _common_pb2.Money
    def __init__(self, receipt_id: _Optional[str] = ..., receipt_number: _Optional[str] = ..., paid_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ...) -> None: ...

class BillReading(_message.Message):
    __slots__ = ("reading_id", "reading_date", "previous_date", "has_index", "index_from", "index_to", "consumption", "estimated", "meter_serial", "unit")
    READING_ID_FIELD_NUMBER: _ClassVar[int]
    READING_DATE_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_DATE_FIELD_NUMBER: _ClassVar[int]
    HAS_INDEX_FIELD_NUMBER: _ClassVar[int]
    INDEX_FROM_FIELD_NUMBER: _ClassVar[int]
    INDEX_TO_FIELD_NUMBER: _ClassVar[int]
    CONSUMPTION_FIELD_NUMBER: _ClassVar[int]
    ESTIMATED_FIELD_NUMBER: _ClassVar[int]
    METER_SERIAL_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    reading_id: str
    reading_date: _common_pb2.Date
    previous_date: _common_pb2.Date
    has_index: bool
    index_from: int
    index_to: int
    consumption: int
    estimated: bool
    meter_serial: str
    unit: str
    def __init__(self, reading_id: _Optional[str] = ..., reading_date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., previous_date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., has_index: _Optional[bool] = ..., index_from: _Optional[int] = ..., index_to: _Optional[int] = ..., consumption: _Optional[int] = ..., estimated: _Optional[bool] = ..., meter_serial: _Optional[str] = ..., unit: _Optional[str] = ...) -> None: ...

class Bill(_message.Message):
    __slots__ = ("summary", "lines", "reading", "matches", "payments", "total")
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    LINES_FIELD_NUMBER: _ClassVar[int]
    READING_FIELD_NUMBER: _ClassVar[int]
    MATCHES_FIELD_NUMBER: _ClassVar[int]
    PAYMENTS_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    summary: BillSummary
    lines: _containers.RepeatedCompositeFieldContainer[BillLine]
    reading: BillReading
    matches: _containers.RepeatedCompositeFieldContainer[BillMatch]
    payments: _containers.RepeatedCompositeFieldContainer[BillPayment]
    total: _common_pb2.Money
    def __init__(self, summary: _Optional[_Union[BillSummary, _Mapping]] = ..., lines: _Optional[_Iterable[_Union[BillLine, _Mapping]]] = ..., reading: _Optional[_Union[BillReading, _Mapping]] = ..., matches: _Optional[_Iterable[_Union[BillMatch, _Mapping]]] = ..., payments: _Optional[_Iterable[_Union[BillPayment, _Mapping]]] = ..., total: _Optional[_Union[_common_pb2.Money, _Mapping]] = ...) -> None: ...

class AccountPosition(_message.Message):
    __slots__ = ("account_id", "account_number", "customer_name", "agency_id", "balance", "open_bills", "overdue", "credit_notes_left", "advance", "deposit_held", "open_bill_count")
    ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NAME_FIELD_NUMBER: _ClassVar[int]
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    BALANCE_FIELD_NUMBER: _ClassVar[int]
    OPEN_BILLS_FIELD_NUMBER: _ClassVar[int]
    OVERDUE_FIELD_NUMBER: _ClassVar[int]
    CREDIT_NOTES_LEFT_FIELD_NUMBER: _ClassVar[int]
    ADVANCE_FIELD_NUMBER: _ClassVar[int]
    DEPOSIT_HELD_FIELD_NUMBER: _ClassVar[int]
    OPEN_BILL_COUNT_FIELD_NUMBER: _ClassVar[int]
    account_id: str
    account_number: str
    customer_name: str
    agency_id: str
    balance: _common_pb2.Money
    open_bills: _common_pb2.Money
    overdue: _common_pb2.Money
    credit_notes_left: _common_pb2.Money
    advance: _common_pb2.Money
    deposit_held: _common_pb2.Money
    open_bill_count: int
    def __init__(self, account_id: _Optional[str] = ..., account_number: _Optional[str] = ..., customer_name: _Optional[str] = ..., agency_id: _Optional[str] = ..., balance: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., open_bills: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., overdue: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., credit_notes_left: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., advance: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., deposit_held: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., open_bill_count: _Optional[int] = ...) -> None: ...

class GetAccountBalanceRequest(_message.Message):
    __slots__ = ("account_id",)
    ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    account_id: str
    def __init__(self, account_id: _Optional[str] = ...) -> None: ...

class GetAccountBalanceResponse(_message.Message):
    __slots__ = ("balance", "open_items")
    BALANCE_FIELD_NUMBER: _ClassVar[int]
    OPEN_ITEMS_FIELD_NUMBER: _ClassVar[int]
    balance: AccountPosition
    open_items: _containers.RepeatedCompositeFieldContainer[BillSummary]
    def __init__(self, balance: _Optional[_Union[AccountPosition, _Mapping]] = ..., open_items: _Optional[_Iterable[_Union[BillSummary, _Mapping]]] = ...) -> None: ...

class StatementLine(_message.Message):
    __slots__ = ("date", "kind", "reference", "description", "amount", "matched", "running_balance", "object_id", "recorded_at")
    DATE_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    REFERENCE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    MATCHED_FIELD_NUMBER: _ClassVar[int]
    RUNNING_BALANCE_FIELD_NUMBER: _ClassVar[int]
    OBJECT_ID_FIELD_NUMBER: _ClassVar[int]
    RECORDED_AT_FIELD_NUMBER: _ClassVar[int]
    date: _common_pb2.Date
    kind: StatementLineKind
    reference: str
    description: str
    amount: _common_pb2.Money
    matched: _common_pb2.Money
    running_balance: _common_pb2.Money
    object_id: str
    recorded_at: _timestamp_pb2.Timestamp
    def __init__(self, date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., kind: _Optional[_Union[StatementLineKind, str]] = ..., reference: _Optional[str] = ..., description: _Optional[str] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., matched: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., running_balance: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., object_id: _Optional[str] = ..., recorded_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class GetAccountStatementRequest(_message.Message):
    __slots__ = ("account_id", "from_date", "to_date", "page_size", "page_token")
    ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    FROM_DATE_FIELD_NUMBER: _ClassVar[int]
    TO_DATE_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    account_id: str
    from_date: _common_pb2.Date
    to_date: _common_pb2.Date
    page_size: int
    page_token: str
    def __init__(self, account_id: _Optional[str] = ..., from_date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., to_date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class GetAccountStatementResponse(_message.Message):
    __slots__ = ("account_id", "account_number", "customer_name", "opening_balance", "lines", "closing_balance", "next_page_token")
    ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NAME_FIELD_NUMBER: _ClassVar[int]
    OPENING_BALANCE_FIELD_NUMBER: _ClassVar[int]
    LINES_FIELD_NUMBER: _ClassVar[int]
    CLOSING_BALANCE_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    account_id: str
    account_number: str
    customer_name: str
    opening_balance: _common_pb2.Money
    lines: _containers.RepeatedCompositeFieldContainer[StatementLine]
    closing_balance: _common_pb2.Money
    next_page_token: str
    def __init__(self, account_id: _Optional[str] = ..., account_number: _Optional[str] = ..., customer_name: _Optional[str] = ..., opening_balance: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., lines: _Optional[_Iterable[_Union[StatementLine, _Mapping]]] = ..., closing_balance: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class ListBillsRequest(_message.Message):
    __slots__ = ("account_id", "subscription_id", "kind", "open_only", "page_size", "page_token")
    ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    OPEN_ONLY_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    account_id: str
    subscription_id: str
    kind: BillKind
    open_only: bool
    page_size: int
    page_token: str
    def __init__(self, account_id: _Optional[str] = ..., subscription_id: _Optional[str] = ..., kind: _Optional[_Union[BillKind, str]] = ..., open_only: _Optional[bool] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListBillsResponse(_message.Message):
    __slots__ = ("bills", "next_page_token")
    BILLS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    bills: _containers.RepeatedCompositeFieldContainer[BillSummary]
    next_page_token: str
    def __init__(self, bills: _Optional[_Iterable[_Union[BillSummary, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetBillRequest(_message.Message):
    __slots__ = ("bill_id",)
    BILL_ID_FIELD_NUMBER: _ClassVar[int]
    bill_id: str
    def __init__(self, bill_id: _Optional[str] = ...) -> None: ...

class GetBillResponse(_message.Message):
    __slots__ = ("bill",)
    BILL_FIELD_NUMBER: _ClassVar[int]
    bill: Bill
    def __init__(self, bill: _Optional[_Union[Bill, _Mapping]] = ...) -> None: ...

class GetBillDocumentRequest(_message.Message):
    __slots__ = ("bill_id",)
    BILL_ID_FIELD_NUMBER: _ClassVar[int]
    bill_id: str
    def __init__(self, bill_id: _Optional[str] = ...) -> None: ...

class ConsumptionPoint(_message.Message):
    __slots__ = ("period_label", "period_start", "period_end", "consumption", "estimated")
    PERIOD_LABEL_FIELD_NUMBER: _ClassVar[int]
    PERIOD_START_FIELD_NUMBER: _ClassVar[int]
    PERIOD_END_FIELD_NUMBER: _ClassVar[int]
    CONSUMPTION_FIELD_NUMBER: _ClassVar[int]
    ESTIMATED_FIELD_NUMBER: _ClassVar[int]
    period_label: str
    period_start: _common_pb2.Date
    period_end: _common_pb2.Date
    consumption: int
    estimated: bool
    def __init__(self, period_label: _Optional[str] = ..., period_start: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., period_end: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., consumption: _Optional[int] = ..., estimated: _Optional[bool] = ...) -> None: ...

class BillDocumentLine(_message.Message):
    __slots__ = ("label", "block_no", "quantity", "unit", "unit_price", "amount", "kind", "rule")
    LABEL_FIELD_NUMBER: _ClassVar[int]
    BLOCK_NO_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    UNIT_PRICE_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    RULE_FIELD_NUMBER: _ClassVar[int]
    label: str
    block_no: int
    quantity: str
    unit: str
    unit_price: str
    amount: _common_pb2.Money
    kind: str
    rule: str
    def __init__(self, label: _Optional[str] = ..., block_no: _Optional[int] = ..., quantity: _Optional[str] = ..., unit: _Optional[str] = ..., unit_price: _Optional[str] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., kind: _Optional[str] = ..., rule: _Optional[str] = ...) -> None: ...

class BillDocument(_message.Message):
    __slots__ = ("bill_id", "bill_number", "kind", "title", "credits_bill_number", "agency_code", "agency_name", "agency_region", "header", "customer_number", "customer_name", "billing_address", "account_number", "account_check_digit", "subscription_number", "tariff_category_code", "tariff_category_label", "subscribed_power_va", "premise_number", "premise_address", "service", "period_label", "period_start", "period_end", "period_days", "issue_date", "due_date", "reading", "lines", "subtotal_before_taxes", "taxes", "total", "balance_carried", "total_to_pay", "settled_by_credits", "consumption_history", "currency_code", "notices", "footer")
    BILL_ID_FIELD_NUMBER: _ClassVar[int]
    BILL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    CREDITS_BILL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    AGENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    AGENCY_NAME_FIELD_NUMBER: _ClassVar[int]
    AGENCY_REGION_FIELD_NUMBER: _ClassVar[int]
    HEADER_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NAME_FIELD_NUMBER: _ClassVar[int]
    BILLING_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_CHECK_DIGIT_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_NUMBER_FIELD_NUMBER: _ClassVar[int]
    TARIFF_CATEGORY_CODE_FIELD_NUMBER: _ClassVar[int]
    TARIFF_CATEGORY_LABEL_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIBED_POWER_VA_FIELD_NUMBER: _ClassVar[int]
    PREMISE_NUMBER_FIELD_NUMBER: _ClassVar[int]
    PREMISE_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    PERIOD_LABEL_FIELD_NUMBER: _ClassVar[int]
    PERIOD_START_FIELD_NUMBER: _ClassVar[int]
    PERIOD_END_FIELD_NUMBER: _ClassVar[int]
    PERIOD_DAYS_FIELD_NUMBER: _ClassVar[int]
    ISSUE_DATE_FIELD_NUMBER: _ClassVar[int]
    DUE_DATE_FIELD_NUMBER: _ClassVar[int]
    READING_FIELD_NUMBER: _ClassVar[int]
    LINES_FIELD_NUMBER: _ClassVar[int]
    SUBTOTAL_BEFORE_TAXES_FIELD_NUMBER: _ClassVar[int]
    TAXES_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    BALANCE_CARRIED_FIELD_NUMBER: _ClassVar[int]
    TOTAL_TO_PAY_FIELD_NUMBER: _ClassVar[int]
    SETTLED_BY_CREDITS_FIELD_NUMBER: _ClassVar[int]
    CONSUMPTION_HISTORY_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    NOTICES_FIELD_NUMBER: _ClassVar[int]
    FOOTER_FIELD_NUMBER: _ClassVar[int]
    bill_id: str
    bill_number: str
    kind: BillKind
    title: str
    credits_bill_number: str
    agency_code: str
    agency_name: str
    agency_region: str
    header: str
    customer_number: str
    customer_name: str
    billing_address: str
    account_number: str
    account_check_digit: str
    subscription_number: str
    tariff_category_code: str
    tariff_category_label: str
    subscribed_power_va: int
    premise_number: str
    premise_address: str
    service: str
    period_label: str
    period_start: _common_pb2.Date
    period_end: _common_pb2.Date
    period_days: int
    issue_date: _common_pb2.Date
    due_date: _common_pb2.Date
    reading: BillReading
    lines: _containers.RepeatedCompositeFieldContainer[BillDocumentLine]
    subtotal_before_taxes: _common_pb2.Money
    taxes: _common_pb2.Money
    total: _common_pb2.Money
    balance_carried: _common_pb2.Money
    total_to_pay: _common_pb2.Money
    settled_by_credits: _common_pb2.Money
    consumption_history: _containers.RepeatedCompositeFieldContainer[ConsumptionPoint]
    currency_code: str
    notices: _containers.RepeatedScalarFieldContainer[str]
    footer: str
    def __init__(self, bill_id: _Optional[str] = ..., bill_number: _Optional[str] = ..., kind: _Optional[_Union[BillKind, str]] = ..., title: _Optional[str] = ..., credits_bill_number: _Optional[str] = ..., agency_code: _Optional[str] = ..., agency_name: _Optional[str] = ..., agency_region: _Optional[str] = ..., header: _Optional[str] = ..., customer_number: _Optional[str] = ..., customer_name: _Optional[str] = ..., billing_address: _Optional[str] = ..., account_number: _Optional[str] = ..., account_check_digit: _Optional[str] = ..., subscription_number: _Optional[str] = ..., tariff_category_code: _Optional[str] = ..., tariff_category_label: _Optional[str] = ..., subscribed_power_va: _Optional[int] = ..., premise_number: _Optional[str] = ..., premise_address: _Optional[str] = ..., service: _Optional[str] = ..., period_label: _Optional[str] = ..., period_start: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., period_end: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., period_days: _Optional[int] = ..., issue_date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., due_date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., reading: _Optional[_Union[BillReading, _Mapping]] = ..., lines: _Optional[_Iterable[_Union[BillDocumentLine, _Mapping]]] = ..., subtotal_before_taxes: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., taxes: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., total: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., balance_carried: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., total_to_pay: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., settled_by_credits: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., consumption_history: _Optional[_Iterable[_Union[ConsumptionPoint, _Mapping]]] = ..., currency_code: _Optional[str] = ..., notices: _Optional[_Iterable[str]] = ..., footer: _Optional[str] = ...) -> None: ...

class GetBillDocumentResponse(_message.Message):
    __slots__ = ("document",)
    DOCUMENT_FIELD_NUMBER: _ClassVar[int]
    document: BillDocument
    def __init__(self, document: _Optional[_Union[BillDocument, _Mapping]] = ...) -> None: ...

class BillSubscriptionRequest(_message.Message):
    __slots__ = ("request_id", "subscription_id", "period_start", "period_end", "period_label", "preview")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    PERIOD_START_FIELD_NUMBER: _ClassVar[int]
    PERIOD_END_FIELD_NUMBER: _ClassVar[int]
    PERIOD_LABEL_FIELD_NUMBER: _ClassVar[int]
    PREVIEW_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    subscription_id: str
    period_start: _common_pb2.Date
    period_end: _common_pb2.Date
    period_label: str
    preview: bool
    def __init__(self, request_id: _Optional[str] = ..., subscription_id: _Optional[str] = ..., period_start: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., period_end: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., period_label: _Optional[str] = ..., preview: _Optional[bool] = ...) -> None: ...

class IndividualBillResult(_message.Message):
    __slots__ = ("bill", "preview", "controls", "bill_run_id", "replayed")
    BILL_FIELD_NUMBER: _ClassVar[int]
    PREVIEW_FIELD_NUMBER: _ClassVar[int]
    CONTROLS_FIELD_NUMBER: _ClassVar[int]
    BILL_RUN_ID_FIELD_NUMBER: _ClassVar[int]
    REPLAYED_FIELD_NUMBER: _ClassVar[int]
    bill: Bill
    preview: bool
    controls: _containers.RepeatedScalarFieldContainer[str]
    bill_run_id: str
    replayed: bool
    def __init__(self, bill: _Optional[_Union[Bill, _Mapping]] = ..., preview: _Optional[bool] = ..., controls: _Optional[_Iterable[str]] = ..., bill_run_id: _Optional[str] = ..., replayed: _Optional[bool] = ...) -> None: ...

class BillSubscriptionResponse(_message.Message):
    __slots__ = ("result",)
    RESULT_FIELD_NUMBER: _ClassVar[int]
    result: IndividualBillResult
    def __init__(self, result: _Optional[_Union[IndividualBillResult, _Mapping]] = ...) -> None: ...

class IssueFinalBillRequest(_message.Message):
    __slots__ = ("request_id", "subscription_id", "period_end", "preview")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    PERIOD_END_FIELD_NUMBER: _ClassVar[int]
    PREVIEW_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    subscription_id: str
    period_end: _common_pb2.Date
    preview: bool
    def __init__(self, request_id: _Optional[str] = ..., subscription_id: _Optional[str] = ..., period_end: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., preview: _Optional[bool] = ...) -> None: ...

class IssueFinalBillResponse(_message.Message):
    __slots__ = ("result", "deposit_matched", "deposit_released")
    RESULT_FIELD_NUMBER: _ClassVar[int]
    DEPOSIT_MATCHED_FIELD_NUMBER: _ClassVar[int]
    DEPOSIT_RELEASED_FIELD_NUMBER: _ClassVar[int]
    result: IndividualBillResult
    deposit_matched: _common_pb2.Money
    deposit_released: _common_pb2.Money
    def __init__(self, result: _Optional[_Union[IndividualBillResult, _Mapping]] = ..., deposit_matched: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., deposit_released: _Optional[_Union[_common_pb2.Money, _Mapping]] = ...) -> None: ...

class RequestBillCorrectionRequest(_message.Message):
    __slots__ = ("request_id", "bill_id", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    BILL_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    bill_id: str
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., bill_id: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class RequestBillCorrectionResponse(_message.Message):
    __slots__ = ("approval_request_id",)
    APPROVAL_REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    approval_request_id: str
    def __init__(self, approval_request_id: _Optional[str] = ...) -> None: ...
