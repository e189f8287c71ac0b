from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Optional as _Optional

DESCRIPTOR: _descriptor.FileDescriptor

class ErrorReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ERROR_REASON_UNSPECIFIED: _ClassVar[ErrorReason]
    ERROR_REASON_INVALID_ARGUMENT: _ClassVar[ErrorReason]
    ERROR_REASON_NOT_FOUND: _ClassVar[ErrorReason]
    ERROR_REASON_ALREADY_EXISTS: _ClassVar[ErrorReason]
    ERROR_REASON_VERSION_CONFLICT: _ClassVar[ErrorReason]
    ERROR_REASON_REQUEST_ID_REUSED: _ClassVar[ErrorReason]
    ERROR_REASON_WORKSTATION_CERTIFICATE_REQUIRED: _ClassVar[ErrorReason]
    ERROR_REASON_WORKSTATION_UNKNOWN: _ClassVar[ErrorReason]
    ERROR_REASON_WORKSTATION_REVOKED: _ClassVar[ErrorReason]
    ERROR_REASON_WORKSTATION_CERTIFICATE_EXPIRED: _ClassVar[ErrorReason]
    ERROR_REASON_ENROLLMENT_CODE_INVALID: _ClassVar[ErrorReason]
    ERROR_REASON_RENEWAL_TOO_EARLY: _ClassVar[ErrorReason]
    ERROR_REASON_CSR_INVALID: _ClassVar[ErrorReason]
    ERROR_REASON_SESSION_REQUIRED: _ClassVar[ErrorReason]
    ERROR_REASON_SESSION_EXPIRED: _ClassVar[ErrorReason]
    ERROR_REASON_SESSION_REVOKED: _ClassVar[ErrorReason]
    ERROR_REASON_SESSION_WORKSTATION_MISMATCH: _ClassVar[ErrorReason]
    ERROR_REASON_INVALID_CREDENTIALS: _ClassVar[ErrorReason]
    ERROR_REASON_ACCOUNT_LOCKED: _ClassVar[ErrorReason]
    ERROR_REASON_ACCOUNT_DISABLED: _ClassVar[ErrorReason]
    ERROR_REASON_PASSWORD_CHANGE_REQUIRED: _ClassVar[ErrorReason]
    ERROR_REASON_PASSWORD_POLICY: _ClassVar[ErrorReason]
    ERROR_REASON_TOO_MANY_ATTEMPTS: _ClassVar[ErrorReason]
    ERROR_REASON_PASSWORD_EXPIRED: _ClassVar[ErrorReason]
    ERROR_REASON_PERMISSION_DENIED: _ClassVar[ErrorReason]
    ERROR_REASON_METHOD_NOT_MAPPED: _ClassVar[ErrorReason]
    ERROR_REASON_AGENCY_OUT_OF_SCOPE: _ClassVar[ErrorReason]
    ERROR_REASON_APPROVAL_SELF_DECISION: _ClassVar[ErrorReason]
    ERROR_REASON_APPROVAL_ALREADY_DECIDED: _ClassVar[ErrorReason]
    ERROR_REASON_APPROVAL_REQUIRED: _ClassVar[ErrorReason]
    ERROR_REASON_INVALID_STATE_TRANSITION: _ClassVar[ErrorReason]
    ERROR_REASON_CASH_DESK_NOT_ALLOWED: _ClassVar[ErrorReason]
    ERROR_REASON_CASH_SESSION_ALREADY_OPEN: _ClassVar[ErrorReason]
    ERROR_REASON_CASH_SESSION_NOT_OPEN: _ClassVar[ErrorReason]
    ERROR_REASON_PAYMENT_AMOUNT_INVALID: _ClassVar[ErrorReason]
    ERROR_REASON_TENDERS_INSUFFICIENT: _ClassVar[ErrorReason]
    ERROR_REASON_RECEIPT_ALREADY_CANCELLED: _ClassVar[ErrorReason]
    ERROR_REASON_CLOSING_COMMENT_REQUIRED: _ClassVar[ErrorReason]
    ERROR_REASON_DAY_HAS_OPEN_SESSIONS: _ClassVar[ErrorReason]
    ERROR_REASON_DAY_ALREADY_CLOSED: _ClassVar[ErrorReason]
    ERROR_REASON_DEPOSIT_EXCEEDS_AVAILABLE: _ClassVar[ErrorReason]
    ERROR_REASON_TARIFF_DEFINITION_INVALID: _ClassVar[ErrorReason]
    ERROR_REASON_NO_TARIFF_FOR_PERIOD: _ClassVar[ErrorReason]
    ERROR_REASON_READING_OUT_OF_ORDER: _ClassVar[ErrorReason]
    ERROR_REASON_READING_ALREADY_REVIEWED: _ClassVar[ErrorReason]
    ERROR_REASON_BILL_RUN_STATE: _ClassVar[ErrorReason]
    ERROR_REASON_BILL_RUN_BUSY: _ClassVar[ErrorReason]
    ERROR_REASON_BILL_ALREADY_CREDITED: _ClassVar[ErrorReason]
    ERROR_REASON_SUBSCRIPTION_NOT_BILLABLE: _ClassVar[ErrorReason]
    ERROR_REASON_BILLING_PERIOD_INVALID: _ClassVar[ErrorReason]
    ERROR_REASON_NOTHING_TO_BILL: _ClassVar[ErrorReason]
    ERROR_REASON_INTERNAL: _ClassVar[ErrorReason]
    ERROR_REASON_UNAVAILABLE: _ClassVar[ErrorReason]
ERROR_REASON_UNSPECIFIED: ErrorReason
ERROR_REASON_INVALID_ARGUMENT: ErrorReason
ERROR_REASON_NOT_FOUND: ErrorReason
ERROR_REASON_ALREADY_EXISTS: ErrorReason
ERROR_REASON_VERSION_CONFLICT: ErrorReason
ERROR_REASON_REQUEST_ID_REUSED: ErrorReason
ERROR_REASON_WORKSTATION_CERTIFICATE_REQUIRED: ErrorReason
ERROR_REASON_WORKSTATION_UNKNOWN: ErrorReason
ERROR_REASON_WORKSTATION_REVOKED: ErrorReason
ERROR_REASON_WORKSTATION_CERTIFICATE_EXPIRED: ErrorReason
ERROR_REASON_ENROLLMENT_CODE_INVALID: ErrorReason
ERROR_REASON_RENEWAL_TOO_EARLY: ErrorReason
ERROR_REASON_CSR_INVALID: ErrorReason
ERROR_REASON_SESSION_REQUIRED: ErrorReason
ERROR_REASON_SESSION_EXPIRED: ErrorReason
ERROR_REASON_SESSION_REVOKED: ErrorReason
ERROR_REASON_SESSION_WORKSTATION_MISMATCH: ErrorReason
ERROR_REASON_INVALID_CREDENTIALS: ErrorReason
ERROR_REASON_ACCOUNT_LOCKED: ErrorReason
ERROR_REASON_ACCOUNT_DISABLED: ErrorReason
ERROR_REASON_PASSWORD_CHANGE_REQUIRED: ErrorReason
ERROR_REASON_PASSWORD_POLICY: ErrorReason
ERROR_REASON_TOO_MANY_ATTEMPTS: ErrorReason
ERROR_REASON_PASSWORD_EXPIRED: ErrorReason
ERROR_REASON_PERMISSION_DENIED: ErrorReason
ERROR_REASON_METHOD_NOT_MAPPED: ErrorReason
ERROR_REASON_AGENCY_OUT_OF_SCOPE: ErrorReason
ERROR_REASON_APPROVAL_SELF_DECISION: ErrorReason
ERROR_REASON_APPROVAL_ALREADY_DECIDED: ErrorReason
ERROR_REASON_APPROVAL_REQUIRED: ErrorReason
ERROR_REASON_INVALID_STATE_TRANSITION: ErrorReason
ERROR_REASON_CASH_DESK_NOT_ALLOWED: ErrorReason
ERROR_REASON_CASH_SESSION_ALREADY_OPEN: ErrorReason
ERROR_REASON_CASH_SESSION_NOT_OPEN: ErrorReason
ERROR_REASON_PAYMENT_AMOUNT_INVALID: ErrorReason
ERROR_REASON_TENDERS_INSUFFICIENT: ErrorReason
ERROR_REASON_RECEIPT_ALREADY_CANCELLED: ErrorReason
ERROR_REASON_CLOSING_COMMENT_REQUIRED: ErrorReason
ERROR_REASON_DAY_HAS_OPEN_SESSIONS: ErrorReason
ERROR_REASON_DAY_ALREADY_CLOSED: ErrorReason
ERROR_REASON_DEPOSIT_EXCEEDS_AVAILABLE: ErrorReason
ERROR_REASON_TARIFF_DEFINITION_INVALID: ErrorReason
ERROR_REASON_NO_TARIFF_FOR_PERIOD: ErrorReason
ERROR_REASON_READING_OUT_OF_ORDER: ErrorReason
ERROR_REASON_READING_ALREADY_REVIEWED: ErrorReason
ERROR_REASON_BILL_RUN_STATE: ErrorReason
ERROR_REASON_BILL_RUN_BUSY: ErrorReason
ERROR_REASON_BILL_ALREADY_CREDITED: ErrorReason
ERROR_REASON_SUBSCRIPTION_NOT_BILLABLE: ErrorReason
ERROR_REASON_BILLING_PERIOD_INVALID: ErrorReason
ERROR_REASON_NOTHING_TO_BILL: ErrorReason
ERROR_REASON_INTERNAL: ErrorReason
ERROR_REASON_UNAVAILABLE: ErrorReason

class Money(_message.Message):
    __slots__ = ("currency_code", "amount_minor")
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_MINOR_FIELD_NUMBER: _ClassVar[int]
    currency_code: str
    amount_minor: int
    def __init__(self, currency_code: _Optional[str] = ..., amount_minor: _Optional[int] = ...) -> None: ...

class Date(_message.Message):
    __slots__ = ("year", "month", "day")
    YEAR_FIELD_NUMBER: _ClassVar[int]
    MONTH_FIELD_NUMBER: _ClassVar[int]
    DAY_FIELD_NUMBER: _ClassVar[int]
    year: int
    month: int
    day: int
    def __init__(self, year: _Optional[int] = ..., month: _Optional[int] = ..., day: _Optional[int] = ...) -> None: ...

class PageRequest(_message.Message):
    __slots__ = ("page_size", "page_token")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...
