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

class DepositKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DEPOSIT_KIND_UNSPECIFIED: _ClassVar[DepositKind]
    DEPOSIT_KIND_CASH: _ClassVar[DepositKind]
    DEPOSIT_KIND_CHEQUE: _ClassVar[DepositKind]
DEPOSIT_KIND_UNSPECIFIED: DepositKind
DEPOSIT_KIND_CASH: DepositKind
DEPOSIT_KIND_CHEQUE: DepositKind

class SessionCashToDeposit(_message.Message):
    __slots__ = ("cash_session_id", "business_date", "cashier_login", "workstation_name", "depositable", "deposited", "remaining")
    CASH_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    BUSINESS_DATE_FIELD_NUMBER: _ClassVar[int]
    CASHIER_LOGIN_FIELD_NUMBER: _ClassVar[int]
    WORKSTATION_NAME_FIELD_NUMBER: _ClassVar[int]
    DEPOSITABLE_FIELD_NUMBER: _ClassVar[int]
    DEPOSITED_FIELD_NUMBER: _ClassVar[int]
    REMAINING_FIELD_NUMBER: _ClassVar[int]
    cash_session_id: str
    business_date: _common_pb2.Date
    cashier_login: str
    workstation_name: str
    depositable: _common_pb2.Money
    deposited: _common_pb2.Money
    remaining: _common_pb2.Money
    def __init__(self, cash_session_id: _Optional[str] = ..., business_date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., cashier_login: _Optional[str] = ..., workstation_name: _Optional[str] = ..., depositable: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., deposited: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., remaining: _Optional[_Union[_common_pb2.Money, _Mapping]] = ...) -> None: ...

class ChequeOnHand(_message.Message):
    __slots__ = ("payment_tender_id", "cash_session_id", "business_date", "bank_code", "reference", "drawer_name", "amount", "receipt_number")
    PAYMENT_TENDER_ID_FIELD_NUMBER: _ClassVar[int]
    CASH_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    BUSINESS_DATE_FIELD_NUMBER: _ClassVar[int]
    BANK_CODE_FIELD_NUMBER: _ClassVar[int]
    REFERENCE_FIELD_NUMBER: _ClassVar[int]
    DRAWER_NAME_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    RECEIPT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    payment_tender_id: str
    cash_session_id: str
    business_date: _common_pb2.Date
    bank_code: str
    reference: str
    drawer_name: str
    amount: _common_pb2.Money
    receipt_number: str
    def __init__(self, payment_tender_id: _Optional[str] = ..., cash_session_id: _Optional[str] = ..., business_date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., bank_code: _Optional[str] = ..., reference: _Optional[str] = ..., drawer_name: _Optional[str] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., receipt_number: _Optional[str] = ...) -> None: ...

class GetDepositPositionRequest(_message.Message):
    __slots__ = ("agency_id", "business_date")
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    BUSINESS_DATE_FIELD_NUMBER: _ClassVar[int]
    agency_id: str
    business_date: _common_pb2.Date
    def __init__(self, agency_id: _Optional[str] = ..., business_date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ...) -> None: ...

class GetDepositPositionResponse(_message.Message):
    __slots__ = ("agency_id", "business_date", "cash_not_deposited_earlier", "cheques_not_deposited_earlier", "cash_collected_today", "cheques_collected_today", "total_to_deposit", "sessions", "cheques")
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    BUSINESS_DATE_FIELD_NUMBER: _ClassVar[int]
    CASH_NOT_DEPOSITED_EARLIER_FIELD_NUMBER: _ClassVar[int]
    CHEQUES_NOT_DEPOSITED_EARLIER_FIELD_NUMBER: _ClassVar[int]
    CASH_COLLECTED_TODAY_FIELD_NUMBER: _ClassVar[int]
    CHEQUES_COLLECTED_TODAY_FIELD_NUMBER: _ClassVar[int]
    TOTAL_TO_DEPOSIT_FIELD_NUMBER: _ClassVar[int]
    SESSIONS_FIELD_NUMBER: _ClassVar[int]
    CHEQUES_FIELD_NUMBER: _ClassVar[int]
    agency_id: str
    business_date: _common_pb2.Date
    cash_not_deposited_earlier: _common_pb2.Money
    cheques_not_deposited_earlier: _common_pb2.Money
    cash_collected_today: _common_pb2.Money
    cheques_collected_today: _common_pb2.Money
    total_to_deposit: _common_pb2.Money
    sessions: _containers.RepeatedCompositeFieldContainer[SessionCashToDeposit]
    cheques: _containers.RepeatedCompositeFieldContainer[ChequeOnHand]
    def __init__(self, agency_id: _Optional[str] = ..., business_date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., cash_not_deposited_earlier: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., cheques_not_deposited_earlier: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., cash_collected_today: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., cheques_collected_today: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., total_to_deposit: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., sessions: _Optional[_Iterable[_Union[SessionCashToDeposit, _Mapping]]] = ..., cheques: _Optional[_Iterable[_Union[ChequeOnHand, _Mapping]]] = ...) -> None: ...

class DepositLine(_message.Message):
    __slots__ = ("cash_session_id", "amount", "payment_tender_id")
    CASH_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_TENDER_ID_FIELD_NUMBER: _ClassVar[int]
    cash_session_id: str
    amount: _common_pb2.Money
    payment_tender_id: str
    def __init__(self, cash_session_id: _Optional[str] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., payment_tender_id: _Optional[str] = ...) -> None: ...

class PrepareDepositRequest(_message.Message):
    __slots__ = ("request_id", "agency_id", "kind", "bank_code", "lines", "comment")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    BANK_CODE_FIELD_NUMBER: _ClassVar[int]
    LINES_FIELD_NUMBER: _ClassVar[int]
    COMMENT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    agency_id: str
    kind: DepositKind
    bank_code: str
    lines: _containers.RepeatedCompositeFieldContainer[DepositLine]
    comment: str
    def __init__(self, request_id: _Optional[str] = ..., agency_id: _Optional[str] = ..., kind: _Optional[_Union[DepositKind, str]] = ..., bank_code: _Optional[str] = ..., lines: _Optional[_Iterable[_Union[DepositLine, _Mapping]]] = ..., comment: _Optional[str] = ...) -> None: ...

class BankDeposit(_message.Message):
    __slots__ = ("deposit_id", "deposit_number", "agency_id", "kind", "bank_code", "amount", "lines", "prepared_at", "prepared_by_login", "comment", "slip_recorded", "slip_number", "slip_date", "credited")
    DEPOSIT_ID_FIELD_NUMBER: _ClassVar[int]
    DEPOSIT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    BANK_CODE_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    LINES_FIELD_NUMBER: _ClassVar[int]
    PREPARED_AT_FIELD_NUMBER: _ClassVar[int]
    PREPARED_BY_LOGIN_FIELD_NUMBER: _ClassVar[int]
    COMMENT_FIELD_NUMBER: _ClassVar[int]
    SLIP_RECORDED_FIELD_NUMBER: _ClassVar[int]
    SLIP_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SLIP_DATE_FIELD_NUMBER: _ClassVar[int]
    CREDITED_FIELD_NUMBER: _ClassVar[int]
    deposit_id: str
    deposit_number: str
    agency_id: str
    kind: DepositKind
    bank_code: str
    amount: _common_pb2.Money
    lines: _containers.RepeatedCompositeFieldContainer[DepositLine]
    prepared_at: _timestamp_pb2.Timestamp
    prepared_by_login: str
    comment: str
    slip_recorded: bool
    slip_number: str
    slip_date: _common_pb2.Date
    credited: _common_pb2.Money
    def __init__(self, deposit_id: _Optional[str] = ..., deposit_number: _Optional[str] = ..., agency_id: _Optional[str] = ..., kind: _Optional[_Union[DepositKind, str]] = ..., bank_code: _Optional[str] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., lines: _Optional[_Iterable[_Union[DepositLine, _Mapping]]] = ..., prepared_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., prepared_by_login: _Optional[str] = ..., comment: _Optional[str] = ..., slip_recorded: _Optional[bool] = ..., slip_number: _Optional[str] = ..., slip_date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., credited: _Optional[_Union[_common_pb2.Money, _Mapping]] = ...) -> None: ...

class PrepareDepositResponse(_message.Message):
    __slots__ = ("deposit",)
    DEPOSIT_FIELD_NUMBER: _ClassVar[int]
    deposit: BankDeposit
    def __init__(self, deposit: _Optional[_Union[BankDeposit, _Mapping]] = ...) -> None: ...

class RecordDepositSlipRequest(_message.Message):
    __slots__ = ("request_id", "deposit_id", "slip_number", "slip_date", "credited")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    DEPOSIT_ID_FIELD_NUMBER: _ClassVar[int]
    SLIP_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SLIP_DATE_FIELD_NUMBER: _ClassVar[int]
    CREDITED_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    deposit_id: str
    slip_number: str
    slip_date: _common_pb2.Date
    credited: _common_pb2.Money
    def __init__(self, request_id: _Optional[str] = ..., deposit_id: _Optional[str] = ..., slip_number: _Optional[str] = ..., slip_date: _Optional[_Union[_common_pb2.Date, _Mapping]] = ..., credited: _Optional[_Union[_common_pb2.Money, _Mapping]] = ...) -> None: ...

class RecordDepositSlipResponse(_message.Message):
    __slots__ = ("deposit",)
    DEPOSIT_FIELD_NUMBER: _ClassVar[int]
    deposit: BankDeposit
    def __init__(self, deposit: _Optional[_Union[BankDeposit, _Mapping]] = ...) -> None: ...

class ListDepositsRequest(_message.Message):
    __slots__ = ("agency_id", "page_size", "page_token")
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    agency_id: str
    page_size: int
    page_token: str
    def __init__(self, agency_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListDepositsResponse(_message.Message):
    __slots__ = ("deposits", "next_page_token")
    DEPOSITS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    deposits: _containers.RepeatedCompositeFieldContainer[BankDeposit]
    next_page_token: str
    def __init__(self, deposits: _Optional[_Iterable[_Union[BankDeposit, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...
