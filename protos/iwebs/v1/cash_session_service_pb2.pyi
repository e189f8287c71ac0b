from iwebs.v1 import cash_pb2 as _cash_pb2
from iwebs.v1 import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class OpenCashSessionRequest(_message.Message):
    __slots__ = ("request_id", "opening_float", "is_head_cashier")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    OPENING_FLOAT_FIELD_NUMBER: _ClassVar[int]
    IS_HEAD_CASHIER_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    opening_float: _common_pb2.Money
    is_head_cashier: bool
    def __init__(self, request_id: _Optional[str] = ..., opening_float: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., is_head_cashier: _Optional[bool] = ...) -> None: ...

class OpenCashSessionResponse(_message.Message):
    __slots__ = ("cash_session",)
    CASH_SESSION_FIELD_NUMBER: _ClassVar[int]
    cash_session: _cash_pb2.CashSession
    def __init__(self, cash_session: _Optional[_Union[_cash_pb2.CashSession, _Mapping]] = ...) -> None: ...

class GetCurrentCashSessionRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetCurrentCashSessionResponse(_message.Message):
    __slots__ = ("found", "cash_session")
    FOUND_FIELD_NUMBER: _ClassVar[int]
    CASH_SESSION_FIELD_NUMBER: _ClassVar[int]
    found: bool
    cash_session: _cash_pb2.CashSession
    def __init__(self, found: _Optional[bool] = ..., cash_session: _Optional[_Union[_cash_pb2.CashSession, _Mapping]] = ...) -> None: ...

class ListMyCashSessionsRequest(_message.Message):
    __slots__ = ("page_size", "page_token")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListMyCashSessionsResponse(_message.Message):
    __slots__ = ("cash_sessions", "next_page_token")
    CASH_SESSIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    cash_sessions: _containers.RepeatedCompositeFieldContainer[_cash_pb2.CashSession]
    next_page_token: str
    def __init__(self, cash_sessions: _Optional[_Iterable[_Union[_cash_pb2.CashSession, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetClosingSummaryRequest(_message.Message):
    __slots__ = ("cash_session_id",)
    CASH_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    cash_session_id: str
    def __init__(self, cash_session_id: _Optional[str] = ...) -> None: ...

class GetClosingSummaryResponse(_message.Message):
    __slots__ = ("cash_session", "tenders", "denominations", "cheques", "difference_tolerance")
    CASH_SESSION_FIELD_NUMBER: _ClassVar[int]
    TENDERS_FIELD_NUMBER: _ClassVar[int]
    DENOMINATIONS_FIELD_NUMBER: _ClassVar[int]
    CHEQUES_FIELD_NUMBER: _ClassVar[int]
    DIFFERENCE_TOLERANCE_FIELD_NUMBER: _ClassVar[int]
    cash_session: _cash_pb2.CashSession
    tenders: _containers.RepeatedCompositeFieldContainer[_cash_pb2.TenderReconciliation]
    denominations: _containers.RepeatedCompositeFieldContainer[_cash_pb2.DenominationCount]
    cheques: _containers.RepeatedCompositeFieldContainer[_cash_pb2.Tender]
    difference_tolerance: _common_pb2.Money
    def __init__(self, cash_session: _Optional[_Union[_cash_pb2.CashSession, _Mapping]] = ..., tenders: _Optional[_Iterable[_Union[_cash_pb2.TenderReconciliation, _Mapping]]] = ..., denominations: _Optional[_Iterable[_Union[_cash_pb2.DenominationCount, _Mapping]]] = ..., cheques: _Optional[_Iterable[_Union[_cash_pb2.Tender, _Mapping]]] = ..., difference_tolerance: _Optional[_Union[_common_pb2.Money, _Mapping]] = ...) -> None: ...

class CloseCashSessionRequest(_message.Message):
    __slots__ = ("request_id", "cash_session_id", "denominations", "counted", "comment")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CASH_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    DENOMINATIONS_FIELD_NUMBER: _ClassVar[int]
    COUNTED_FIELD_NUMBER: _ClassVar[int]
    COMMENT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    cash_session_id: str
    denominations: _containers.RepeatedCompositeFieldContainer[_cash_pb2.DenominationCount]
    counted: _containers.RepeatedCompositeFieldContainer[_cash_pb2.TenderReconciliation]
    comment: str
    def __init__(self, request_id: _Optional[str] = ..., cash_session_id: _Optional[str] = ..., denominations: _Optional[_Iterable[_Union[_cash_pb2.DenominationCount, _Mapping]]] = ..., counted: _Optional[_Iterable[_Union[_cash_pb2.TenderReconciliation, _Mapping]]] = ..., comment: _Optional[str] = ...) -> None: ...

class CloseCashSessionResponse(_message.Message):
    __slots__ = ("cash_session", "closure")
    CASH_SESSION_FIELD_NUMBER: _ClassVar[int]
    CLOSURE_FIELD_NUMBER: _ClassVar[int]
    cash_session: _cash_pb2.CashSession
    closure: _cash_pb2.CashClosure
    def __init__(self, cash_session: _Optional[_Union[_cash_pb2.CashSession, _Mapping]] = ..., closure: _Optional[_Union[_cash_pb2.CashClosure, _Mapping]] = ...) -> None: ...

class TransferToHeadCashierRequest(_message.Message):
    __slots__ = ("request_id", "cash_session_id", "head_cashier_session_id", "amount", "comment")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CASH_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    HEAD_CASHIER_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    COMMENT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    cash_session_id: str
    head_cashier_session_id: str
    amount: _common_pb2.Money
    comment: str
    def __init__(self, request_id: _Optional[str] = ..., cash_session_id: _Optional[str] = ..., head_cashier_session_id: _Optional[str] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., comment: _Optional[str] = ...) -> None: ...

class TransferToHeadCashierResponse(_message.Message):
    __slots__ = ("movement",)
    MOVEMENT_FIELD_NUMBER: _ClassVar[int]
    movement: _cash_pb2.CashMovement
    def __init__(self, movement: _Optional[_Union[_cash_pb2.CashMovement, _Mapping]] = ...) -> None: ...

class RecordDisbursementRequest(_message.Message):
    __slots__ = ("request_id", "cash_session_id", "category_code", "amount", "beneficiary", "reason", "account_id")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CASH_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_CODE_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    BENEFICIARY_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    cash_session_id: str
    category_code: str
    amount: _common_pb2.Money
    beneficiary: str
    reason: str
    account_id: str
    def __init__(self, request_id: _Optional[str] = ..., cash_session_id: _Optional[str] = ..., category_code: _Optional[str] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., beneficiary: _Optional[str] = ..., reason: _Optional[str] = ..., account_id: _Optional[str] = ...) -> None: ...

class RecordDisbursementResponse(_message.Message):
    __slots__ = ("movement", "voucher", "approval_request_id")
    MOVEMENT_FIELD_NUMBER: _ClassVar[int]
    VOUCHER_FIELD_NUMBER: _ClassVar[int]
    APPROVAL_REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    movement: _cash_pb2.CashMovement
    voucher: _cash_pb2.Receipt
    approval_request_id: str
    def __init__(self, movement: _Optional[_Union[_cash_pb2.CashMovement, _Mapping]] = ..., voucher: _Optional[_Union[_cash_pb2.Receipt, _Mapping]] = ..., approval_request_id: _Optional[str] = ...) -> None: ...

class ListCashMovementsRequest(_message.Message):
    __slots__ = ("cash_session_id",)
    CASH_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    cash_session_id: str
    def __init__(self, cash_session_id: _Optional[str] = ...) -> None: ...

class ListCashMovementsResponse(_message.Message):
    __slots__ = ("movements",)
    MOVEMENTS_FIELD_NUMBER: _ClassVar[int]
    movements: _containers.RepeatedCompositeFieldContainer[_cash_pb2.CashMovement]
    def __init__(self, movements: _Optional[_Iterable[_Union[_cash_pb2.CashMovement, _Mapping]]] = ...) -> None: ...
