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

class CashSessionStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CASH_SESSION_STATUS_UNSPECIFIED: _ClassVar[CashSessionStatus]
    CASH_SESSION_STATUS_OPEN: _ClassVar[CashSessionStatus]
    CASH_SESSION_STATUS_CLOSED: _ClassVar[CashSessionStatus]

class AllocationKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ALLOCATION_KIND_UNSPECIFIED: _ClassVar[AllocationKind]
    ALLOCATION_KIND_BILL: _ClassVar[AllocationKind]
    ALLOCATION_KIND_ADVANCE: _ClassVar[AllocationKind]
    ALLOCATION_KIND_FEE: _ClassVar[AllocationKind]

class ReceiptKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RECEIPT_KIND_UNSPECIFIED: _ClassVar[ReceiptKind]
    RECEIPT_KIND_PAYMENT: _ClassVar[ReceiptKind]
    RECEIPT_KIND_CANCELLATION: _ClassVar[ReceiptKind]
    RECEIPT_KIND_DISBURSEMENT: _ClassVar[ReceiptKind]

class ClosureLevel(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CLOSURE_LEVEL_UNSPECIFIED: _ClassVar[ClosureLevel]
    CLOSURE_LEVEL_SESSION: _ClassVar[ClosureLevel]
    CLOSURE_LEVEL_DAY: _ClassVar[ClosureLevel]
CASH_SESSION_STATUS_UNSPECIFIED: CashSessionStatus
CASH_SESSION_STATUS_OPEN: CashSessionStatus
CASH_SESSION_STATUS_CLOSED: CashSessionStatus
ALLOCATION_KIND_UNSPECIFIED: AllocationKind
ALLOCATION_KIND_BILL: AllocationKind
ALLOCATION_KIND_ADVANCE: AllocationKind
ALLOCATION_KIND_FEE: AllocationKind
RECEIPT_KIND_UNSPECIFIED: ReceiptKind
RECEIPT_KIND_PAYMENT: ReceiptKind
RECEIPT_KIND_CANCELLATION: ReceiptKind
RECEIPT_KIND_DISBURSEMENT: ReceiptKind
CLOSURE_LEVEL_UNSPECIFIED: ClosureLevel
CLOSURE_LEVEL_SESSION: ClosureLevel
CLOSURE_LEVEL_DAY: ClosureLevel

class CashSession(_message.Message):
    __slots__ = ("cash_session_id", "agency_id", "agency_name", "workstation_id", "workstation_name", "cashier_user_id", "cashier_login", "cashier_name", "business_date", "opening_float", "is_head_cashier", "status", "opened_at", "closed_at", "totals", "receipt_count", "last_payment_at")
    CASH_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    AGENCY_NAME_FIELD_NUMBER: _ClassVar[int]
    WORKSTATION_ID_FIELD_NUMBER: _ClassVar[int]
    WORKSTATION_NAME_FIELD_NUMBER: _ClassVar[int]
    CASHIER_USER_ID_FIELD_NUMBER: _ClassVar[int]
    CASHIER_LOGIN_FIELD_NUMBER: _ClassVar[int]
    CASHIER_NAME_FIELD_NUMBER: _ClassVar[int]
    BUSINESS_DATE_FIELD_NUMBER: _ClassVar[int]
    OPENING_FLOAT_FIELD_NUMBER: _ClassVar[int]
    IS_HEAD_CASHIER_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    OPENED_AT_FIELD_NUMBER: _ClassVar[int]
    CLOSED_AT_FIELD_NUMBER: _ClassVar[int]
    TOTALS_FIELD_NUMBER: _ClassVar[int]
    RECEIPT_COUNT_FIELD_NUMBER: _ClassVar[int]
    LAST_PAYMENT_AT_FIELD_NUMBER: _ClassVar[int]
    cash_session_id: str
    agency_id: str
    agency_name: str
    workstation_id: str
    workstation_name: str
    cashier_user_id: str
    cashier_login: str
    cashier_name: str
    business_date: _common_pb2.Date
    opening_float: _common_pb2.Money
    is_head_cashier: bool
    status: CashSessionStatus
    opened_at: _timestamp_pb2.Timestamp
    closed_at: _timestamp_pb2.Timestamp
    totals: _containers.RepeatedCompositeFieldContainer[TenderTotal]
    receipt_count: int
    last_payment_at: _timestamp_pb2.Timestamp
    def __init__(self, cash_session_id: _Optional[str] = ..., agency_id: _Optional[str] = ..., agency_name: _Optional[str] = ..., workstation_id: _Optional[str] = ..., workstation_name: _Optional[str] = ..., cashier_user_id: _Optional[str] = ..., cashier_login: _Optional[str] = ..., cashier_name: _Optional[str] = ..., business_date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., opening_float: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., is_head_cashier: _Optional[bool] = ..., status: _Optional[_Union[CashSessionStatus, str]] = ..., opened_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., closed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., totals: _Optional[_Iterable[_Union[TenderTotal, _Mapping]]] = ..., receipt_count: _Optional[int] = ..., last_payment_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class TenderTotal(_message.Message):
    __slots__ = ("mode_kind", "mode_code", "amount", "count")
    MODE_KIND_FIELD_NUMBER: _ClassVar[int]
    MODE_CODE_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    mode_kind: str
    mode_code: str
    amount: _common_pb2.Money
    count: int
    def __init__(self, mode_kind: _Optional[str] = ..., mode_code: _Optional[str] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., count: _Optional[int] = ...) -> None: ...

class Tender(_message.Message):
    __slots__ = ("mode_code", "amount", "bank_code", "reference", "drawer_name", "cheque_date")
    MODE_CODE_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    BANK_CODE_FIELD_NUMBER: _ClassVar[int]
    REFERENCE_FIELD_NUMBER: _ClassVar[int]
    DRAWER_NAME_FIELD_NUMBER: _ClassVar[int]
    CHEQUE_DATE_FIELD_NUMBER: _ClassVar[int]
    mode_code: str
    amount: _common_pb2.Money
    bank_code: str
    reference: str
    drawer_name: str
    cheque_date: _common_pb2.Date
    def __init__(self, mode_code: _Optional[str] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., bank_code: _Optional[str] = ..., reference: _Optional[str] = ..., drawer_name: _Optional[str] = ..., cheque_date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ...) -> None: ...

class BillSelection(_message.Message):
    __slots__ = ("bill_id", "amount")
    BILL_ID_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    bill_id: str
    amount: _common_pb2.Money
    def __init__(self, bill_id: _Optional[str] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ...) -> None: ...

class FeeLine(_message.Message):
    __slots__ = ("fee_code", "amount", "reference")
    FEE_CODE_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    REFERENCE_FIELD_NUMBER: _ClassVar[int]
    fee_code: str
    amount: _common_pb2.Money
    reference: str
    def __init__(self, fee_code: _Optional[str] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., reference: _Optional[str] = ...) -> None: ...

class Allocation(_message.Message):
    __slots__ = ("kind", "bill_id", "bill_number", "period_label", "due_date", "amount", "open_before", "fee_code", "fee_label", "fee_reference")
    KIND_FIELD_NUMBER: _ClassVar[int]
    BILL_ID_FIELD_NUMBER: _ClassVar[int]
    BILL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    PERIOD_LABEL_FIELD_NUMBER: _ClassVar[int]
    DUE_DATE_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    OPEN_BEFORE_FIELD_NUMBER: _ClassVar[int]
    FEE_CODE_FIELD_NUMBER: _ClassVar[int]
    FEE_LABEL_FIELD_NUMBER: _ClassVar[int]
    FEE_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    kind: AllocationKind
    bill_id: str
    bill_number: str
    period_label: str
    due_date: _common_pb2.Date
    amount: _common_pb2.Money
    open_before: _common_pb2.Money
    fee_code: str
    fee_label: str
    fee_reference: str
    def __init__(self, kind: _Optional[_Union[AllocationKind, str]] = ..., bill_id: _Optional[str] = ..., bill_number: _Optional[str] = ..., period_label: _Optional[str] = ..., due_date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., open_before: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., fee_code: _Optional[str] = ..., fee_label: _Optional[str] = ..., fee_reference: _Optional[str] = ...) -> None: ...

class PayableBill(_message.Message):
    __slots__ = ("bill_id", "bill_number", "period_label", "issue_date", "due_date", "amount", "open_amount", "overdue")
    BILL_ID_FIELD_NUMBER: _ClassVar[int]
    BILL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    PERIOD_LABEL_FIELD_NUMBER: _ClassVar[int]
    ISSUE_DATE_FIELD_NUMBER: _ClassVar[int]
    DUE_DATE_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    OPEN_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    OVERDUE_FIELD_NUMBER: _ClassVar[int]
    bill_id: str
    bill_number: str
    period_label: str
    issue_date: _common_pb2.Date
    due_date: _common_pb2.Date
    amount: _common_pb2.Money
    open_amount: _common_pb2.Money
    overdue: bool
    def __init__(self, bill_id: _Optional[str] = ..., bill_number: _Optional[str] = ..., period_label: _Optional[str] = ..., issue_date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., due_date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., open_amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., overdue: _Optional[bool] = ...) -> None: ...

class Receipt(_message.Message):
    __slots__ = ("receipt_id", "receipt_number", "kind", "agency_id", "agency_name", "cash_session_id", "payment_id", "issued_at", "cashier_login", "cashier_name", "workstation_name", "amount", "amount_in_words", "account_id", "account_number", "customer_name", "payer_name", "allocations", "tenders", "tendered", "change", "cancels_receipt_number", "cancelled_by_receipt_number", "reason", "header_text", "footer_text", "hash", "print_count", "cancellation_pending")
    RECEIPT_ID_FIELD_NUMBER: _ClassVar[int]
    RECEIPT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    AGENCY_NAME_FIELD_NUMBER: _ClassVar[int]
    CASH_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_ID_FIELD_NUMBER: _ClassVar[int]
    ISSUED_AT_FIELD_NUMBER: _ClassVar[int]
    CASHIER_LOGIN_FIELD_NUMBER: _ClassVar[int]
    CASHIER_NAME_FIELD_NUMBER: _ClassVar[int]
    WORKSTATION_NAME_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_IN_WORDS_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NAME_FIELD_NUMBER: _ClassVar[int]
    PAYER_NAME_FIELD_NUMBER: _ClassVar[int]
    ALLOCATIONS_FIELD_NUMBER: _ClassVar[int]
    TENDERS_FIELD_NUMBER: _ClassVar[int]
    TENDERED_FIELD_NUMBER: _ClassVar[int]
    CHANGE_FIELD_NUMBER: _ClassVar[int]
    CANCELS_RECEIPT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CANCELLED_BY_RECEIPT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    HEADER_TEXT_FIELD_NUMBER: _ClassVar[int]
    FOOTER_TEXT_FIELD_NUMBER: _ClassVar[int]
    HASH_FIELD_NUMBER: _ClassVar[int]
    PRINT_COUNT_FIELD_NUMBER: _ClassVar[int]
    CANCELLATION_PENDING_FIELD_NUMBER: _ClassVar[int]
    receipt_id: str
    receipt_number: str
    kind: ReceiptKind
    agency_id: str
    agency_name: str
    cash_session_id: str
    payment_id: str
    issued_at: _timestamp_pb2.Timestamp
    cashier_login: str
    cashier_name: str
    workstation_name: str
    amount: _common_pb2.Money
    amount_in_words: str
    account_id: str
    account_number: str
    customer_name: str
    payer_name: str
    allocations: _containers.RepeatedCompositeFieldContainer[Allocation]
    tenders: _containers.RepeatedCompositeFieldContainer[Tender]
    tendered: _common_pb2.Money
    change: _common_pb2.Money
    cancels_receipt_number: str
    cancelled_by_receipt_number: str
    reason: str
    header_text: str
    footer_text: str
    hash: str
    print_count: int
    cancellation_pending: bool
    def __init__(self, receipt_id: _Optional[str] = ..., receipt_number: _Optional[str] = ..., kind: _Optional[_Union[ReceiptKind, str]] = ..., agency_id: _Optional[str] = ..., agency_name: _Optional[str] = ..., cash_session_id: _Optional[str] = ..., payment_id: _Optional[str] = ..., issued_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., cashier_login: _Optional[str] = ..., cashier_name: _Optional[str] = ..., workstation_name: _Optional[str] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., amount_in_words: _Optional[str] = ..., account_id: _Optional[str] = ..., account_number: _Optional[str] = ..., customer_name: _Optional[str] = ..., payer_name: _Optional[str] = ..., allocations: _Optional[_Iterable[_Union[Allocation, _Mapping]]] = ..., tenders: _Optional[_Iterable[_Union[Tender, _Mapping]]] = ..., tendered: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., change: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., cancels_receipt_number: _Optional[str] = ..., cancelled_by_receipt_number: _Optional[str] = ..., reason: _Optional[str] = ..., header_text: _Optional[str] = ..., footer_text: _Optional[str] = ..., hash: _Optional[str] = ..., print_count: _Optional[int] = ..., cancellation_pending: _Optional[bool] = ...) -> None: ...

class CashMovement(_message.Message):
    __slots__ = ("cash_movement_id", "cash_session_id", "kind", "amount", "category_code", "beneficiary", "reason", "counterpart_session_id", "created_at", "created_by_login", "receipt_number")
    CASH_MOVEMENT_ID_FIELD_NUMBER: _ClassVar[int]
    CASH_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_CODE_FIELD_NUMBER: _ClassVar[int]
    BENEFICIARY_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    COUNTERPART_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    CREATED_BY_LOGIN_FIELD_NUMBER: _ClassVar[int]
    RECEIPT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    cash_movement_id: str
    cash_session_id: str
    kind: str
    amount: _common_pb2.Money
    category_code: str
    beneficiary: str
    reason: str
    counterpart_session_id: str
    created_at: _timestamp_pb2.Timestamp
    created_by_login: str
    receipt_number: str
    def __init__(self, cash_movement_id: _Optional[str] = ..., cash_session_id: _Optional[str] = ..., kind: _Optional[str] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., category_code: _Optional[str] = ..., beneficiary: _Optional[str] = ..., reason: _Optional[str] = ..., counterpart_session_id: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_by_login: _Optional[str] = ..., receipt_number: _Optional[str] = ...) -> None: ...

class DenominationCount(_message.Message):
    __slots__ = ("denomination_code", "quantity", "unit_value", "amount", "label")
    DENOMINATION_CODE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UNIT_VALUE_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    LABEL_FIELD_NUMBER: _ClassVar[int]
    denomination_code: str
    quantity: int
    unit_value: _common_pb2.Money
    amount: _common_pb2.Money
    label: str
    def __init__(self, denomination_code: _Optional[str] = ..., quantity: _Optional[int] = ..., unit_value: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., label: _Optional[str] = ...) -> None: ...

class TenderReconciliation(_message.Message):
    __slots__ = ("mode_kind", "expected", "counted", "difference")
    MODE_KIND_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_FIELD_NUMBER: _ClassVar[int]
    COUNTED_FIELD_NUMBER: _ClassVar[int]
    DIFFERENCE_FIELD_NUMBER: _ClassVar[int]
    mode_kind: str
    expected: _common_pb2.Money
    counted: _common_pb2.Money
    difference: _common_pb2.Money
    def __init__(self, mode_kind: _Optional[str] = ..., expected: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., counted: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., difference: _Optional[_Union[_common_pb2.Money, _Mapping]] = ...) -> None: ...

class CashClosure(_message.Message):
    __slots__ = ("closure_id", "agency_id", "sequence", "level", "cash_session_id", "business_date", "tenders", "denominations", "receipt_count", "first_receipt_number", "last_receipt_number", "period_total", "perpetual_total", "expected_cash", "counted_cash", "difference", "comment", "closed_at", "closed_by_login", "hash")
    CLOSURE_ID_FIELD_NUMBER: _ClassVar[int]
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    CASH_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    BUSINESS_DATE_FIELD_NUMBER: _ClassVar[int]
    TENDERS_FIELD_NUMBER: _ClassVar[int]
    DENOMINATIONS_FIELD_NUMBER: _ClassVar[int]
    RECEIPT_COUNT_FIELD_NUMBER: _ClassVar[int]
    FIRST_RECEIPT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    LAST_RECEIPT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    PERIOD_TOTAL_FIELD_NUMBER: _ClassVar[int]
    PERPETUAL_TOTAL_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_CASH_FIELD_NUMBER: _ClassVar[int]
    COUNTED_CASH_FIELD_NUMBER: _ClassVar[int]
    DIFFERENCE_FIELD_NUMBER: _ClassVar[int]
    COMMENT_FIELD_NUMBER: _ClassVar[int]
    CLOSED_AT_FIELD_NUMBER: _ClassVar[int]
    CLOSED_BY_LOGIN_FIELD_NUMBER: _ClassVar[int]
    HASH_FIELD_NUMBER: _ClassVar[int]
    closure_id: str
    agency_id: str
    sequence: int
    level: ClosureLevel
    cash_session_id: str
    business_date: _common_pb2.Date
    tenders: _containers.RepeatedCompositeFieldContainer[TenderReconciliation]
    denominations: _containers.RepeatedCompositeFieldContainer[DenominationCount]
    receipt_count: int
    first_receipt_number: str
    last_receipt_number: str
    period_total: _common_pb2.Money
    perpetual_total: _common_pb2.Money
    expected_cash: _common_pb2.Money
    counted_cash: _common_pb2.Money
    difference: _common_pb2.Money
    comment: str
    closed_at: _timestamp_pb2.Timestamp
    closed_by_login: str
    hash: str
    def __init__(self, closure_id: _Optional[str] = ..., agency_id: _Optional[str] = ..., sequence: _Optional[int] = ..., level: _Optional[_Union[ClosureLevel, str]] = ..., cash_session_id: _Optional[str] = ..., business_date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., tenders: _Optional[_Iterable[_Union[TenderReconciliation, _Mapping]]] = ..., denominations: _Optional[_Iterable[_Union[DenominationCount, _Mapping]]] = ..., receipt_count: _Optional[int] = ..., first_receipt_number: _Optional[str] = ..., last_receipt_number: _Optional[str] = ..., period_total: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., perpetual_total: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., expected_cash: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., counted_cash: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., difference: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., comment: _Optional[str] = ..., closed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., closed_by_login: _Optional[str] = ..., hash: _Optional[str] = ...) -> None: ...
