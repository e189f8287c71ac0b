from iwebs.v1 import cash_pb2 as _cash_pb2
from iwebs.v1 import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class GetPayableItemsRequest(_message.Message):
    __slots__ = ("account_id",)
    ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    account_id: str
    def __init__(self, account_id: _Optional[str] = ...) -> None: ...

class GetPayableItemsResponse(_message.Message):
    __slots__ = ("account_id", "account_number", "customer_name", "bills", "total_open", "advance_balance")
    ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NAME_FIELD_NUMBER: _ClassVar[int]
    BILLS_FIELD_NUMBER: _ClassVar[int]
    TOTAL_OPEN_FIELD_NUMBER: _ClassVar[int]
    ADVANCE_BALANCE_FIELD_NUMBER: _ClassVar[int]
    account_id: str
    account_number: str
    customer_name: str
    bills: _containers.RepeatedCompositeFieldContainer[_cash_pb2.PayableBill]
    total_open: _common_pb2.Money
    advance_balance: _common_pb2.Money
    def __init__(self, account_id: _Optional[str] = ..., account_number: _Optional[str] = ..., customer_name: _Optional[str] = ..., bills: _Optional[_Iterable[_Union[_cash_pb2.PayableBill, _Mapping]]] = ..., total_open: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., advance_balance: _Optional[_Union[_common_pb2.Money, _Mapping]] = ...) -> None: ...

class PaymentContent(_message.Message):
    __slots__ = ("cash_session_id", "account_id", "payer_name", "amount", "bills", "fees", "tenders")
    CASH_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    PAYER_NAME_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    BILLS_FIELD_NUMBER: _ClassVar[int]
    FEES_FIELD_NUMBER: _ClassVar[int]
    TENDERS_FIELD_NUMBER: _ClassVar[int]
    cash_session_id: str
    account_id: str
    payer_name: str
    amount: _common_pb2.Money
    bills: _containers.RepeatedCompositeFieldContainer[_cash_pb2.BillSelection]
    fees: _containers.RepeatedCompositeFieldContainer[_cash_pb2.FeeLine]
    tenders: _containers.RepeatedCompositeFieldContainer[_cash_pb2.Tender]
    def __init__(self, cash_session_id: _Optional[str] = ..., account_id: _Optional[str] = ..., payer_name: _Optional[str] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., bills: _Optional[_Iterable[_Union[_cash_pb2.BillSelection, _Mapping]]] = ..., fees: _Optional[_Iterable[_Union[_cash_pb2.FeeLine, _Mapping]]] = ..., tenders: _Optional[_Iterable[_Union[_cash_pb2.Tender, _Mapping]]] = ...) -> None: ...

class PreviewPaymentRequest(_message.Message):
    __slots__ = ("content",)
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    content: PaymentContent
    def __init__(self, content: _Optional[_Union[PaymentContent, _Mapping]] = ...) -> None: ...

class PreviewPaymentResponse(_message.Message):
    __slots__ = ("allocations", "tendered", "change")
    ALLOCATIONS_FIELD_NUMBER: _ClassVar[int]
    TENDERED_FIELD_NUMBER: _ClassVar[int]
    CHANGE_FIELD_NUMBER: _ClassVar[int]
    allocations: _containers.RepeatedCompositeFieldContainer[_cash_pb2.Allocation]
    tendered: _common_pb2.Money
    change: _common_pb2.Money
    def __init__(self, allocations: _Optional[_Iterable[_Union[_cash_pb2.Allocation, _Mapping]]] = ..., tendered: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., change: _Optional[_Union[_common_pb2.Money, _Mapping]] = ...) -> None: ...

class PayRequest(_message.Message):
    __slots__ = ("request_id", "content")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    content: PaymentContent
    def __init__(self, request_id: _Optional[str] = ..., content: _Optional[_Union[PaymentContent, _Mapping]] = ...) -> None: ...

class PayResponse(_message.Message):
    __slots__ = ("receipt", "replayed")
    RECEIPT_FIELD_NUMBER: _ClassVar[int]
    REPLAYED_FIELD_NUMBER: _ClassVar[int]
    receipt: _cash_pb2.Receipt
    replayed: bool
    def __init__(self, receipt: _Optional[_Union[_cash_pb2.Receipt, _Mapping]] = ..., replayed: _Optional[bool] = ...) -> None: ...

class GetReceiptRequest(_message.Message):
    __slots__ = ("receipt_id",)
    RECEIPT_ID_FIELD_NUMBER: _ClassVar[int]
    receipt_id: str
    def __init__(self, receipt_id: _Optional[str] = ...) -> None: ...

class GetReceiptResponse(_message.Message):
    __slots__ = ("receipt",)
    RECEIPT_FIELD_NUMBER: _ClassVar[int]
    receipt: _cash_pb2.Receipt
    def __init__(self, receipt: _Optional[_Union[_cash_pb2.Receipt, _Mapping]] = ...) -> None: ...

class PrintReceiptRequest(_message.Message):
    __slots__ = ("request_id", "receipt_id")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    RECEIPT_ID_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    receipt_id: str
    def __init__(self, request_id: _Optional[str] = ..., receipt_id: _Optional[str] = ...) -> None: ...

class PrintReceiptResponse(_message.Message):
    __slots__ = ("receipt", "copy_number", "duplicate")
    RECEIPT_FIELD_NUMBER: _ClassVar[int]
    COPY_NUMBER_FIELD_NUMBER: _ClassVar[int]
    DUPLICATE_FIELD_NUMBER: _ClassVar[int]
    receipt: _cash_pb2.Receipt
    copy_number: int
    duplicate: bool
    def __init__(self, receipt: _Optional[_Union[_cash_pb2.Receipt, _Mapping]] = ..., copy_number: _Optional[int] = ..., duplicate: _Optional[bool] = ...) -> None: ...

class ListSessionReceiptsRequest(_message.Message):
    __slots__ = ("cash_session_id", "page_size", "page_token")
    CASH_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    cash_session_id: str
    page_size: int
    page_token: str
    def __init__(self, cash_session_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListSessionReceiptsResponse(_message.Message):
    __slots__ = ("receipts", "next_page_token")
    RECEIPTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    receipts: _containers.RepeatedCompositeFieldContainer[_cash_pb2.Receipt]
    next_page_token: str
    def __init__(self, receipts: _Optional[_Iterable[_Union[_cash_pb2.Receipt, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class RequestReceiptCancellationRequest(_message.Message):
    __slots__ = ("request_id", "receipt_id", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    RECEIPT_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    receipt_id: str
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., receipt_id: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class RequestReceiptCancellationResponse(_message.Message):
    __slots__ = ("approval_request_id",)
    APPROVAL_REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    approval_request_id: str
    def __init__(self, approval_request_id: _Optional[str] = ...) -> None: ...
