import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class UserStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    USER_STATUS_UNSPECIFIED: _ClassVar[UserStatus]
    USER_STATUS_ACTIVE: _ClassVar[UserStatus]
    USER_STATUS_DISABLED: _ClassVar[UserStatus]

class WorkstationKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    WORKSTATION_KIND_UNSPECIFIED: _ClassVar[WorkstationKind]
    WORKSTATION_KIND_AGENCY_COUNTER: _ClassVar[WorkstationKind]
    WORKSTATION_KIND_BANK_COUNTER: _ClassVar[WorkstationKind]
    WORKSTATION_KIND_BACK_OFFICE: _ClassVar[WorkstationKind]

class WorkstationStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    WORKSTATION_STATUS_UNSPECIFIED: _ClassVar[WorkstationStatus]
    WORKSTATION_STATUS_PENDING: _ClassVar[WorkstationStatus]
    WORKSTATION_STATUS_ACTIVE: _ClassVar[WorkstationStatus]
    WORKSTATION_STATUS_REVOKED: _ClassVar[WorkstationStatus]

class AuditOutcome(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    AUDIT_OUTCOME_UNSPECIFIED: _ClassVar[AuditOutcome]
    AUDIT_OUTCOME_SUCCESS: _ClassVar[AuditOutcome]
    AUDIT_OUTCOME_FAILURE: _ClassVar[AuditOutcome]
    AUDIT_OUTCOME_DENIED: _ClassVar[AuditOutcome]

class ApprovalStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    APPROVAL_STATUS_UNSPECIFIED: _ClassVar[ApprovalStatus]
    APPROVAL_STATUS_PENDING: _ClassVar[ApprovalStatus]
    APPROVAL_STATUS_APPROVED: _ClassVar[ApprovalStatus]
    APPROVAL_STATUS_REJECTED: _ClassVar[ApprovalStatus]
USER_STATUS_UNSPECIFIED: UserStatus
USER_STATUS_ACTIVE: UserStatus
USER_STATUS_DISABLED: UserStatus
WORKSTATION_KIND_UNSPECIFIED: WorkstationKind
WORKSTATION_KIND_AGENCY_COUNTER: WorkstationKind
WORKSTATION_KIND_BANK_COUNTER: WorkstationKind
WORKSTATION_KIND_BACK_OFFICE: WorkstationKind
WORKSTATION_STATUS_UNSPECIFIED: WorkstationStatus
WORKSTATION_STATUS_PENDING: WorkstationStatus
WORKSTATION_STATUS_ACTIVE: WorkstationStatus
WORKSTATION_STATUS_REVOKED: WorkstationStatus
AUDIT_OUTCOME_UNSPECIFIED: AuditOutcome
AUDIT_OUTCOME_SUCCESS: AuditOutcome
AUDIT_OUTCOME_FAILURE: AuditOutcome
AUDIT_OUTCOME_DENIED: AuditOutcome
APPROVAL_STATUS_UNSPECIFIED: ApprovalStatus
APPROVAL_STATUS_PENDING: ApprovalStatus
APPROVAL_STATUS_APPROVED: ApprovalStatus
APPROVAL_STATUS_REJECTED: ApprovalStatus

class Agency(_message.Message):
    __slots__ = ("agency_id", "code", "name", "region", "active", "version")
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    REGION_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    agency_id: str
    code: str
    name: str
    region: str
    active: bool
    version: int
    def __init__(self, agency_id: _Optional[str] = ..., code: _Optional[str] = ..., name: _Optional[str] = ..., region: _Optional[str] = ..., active: _Optional[bool] = ..., version: _Optional[int] = ...) -> None: ...

class User(_message.Message):
    __slots__ = ("user_id", "login", "display_name", "profile_id", "profile_code", "agency_ids", "all_agencies", "status", "locked", "locked_until", "locked_by_administrator", "must_change_password", "last_login_at", "preferred_language", "version")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    LOGIN_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    PROFILE_ID_FIELD_NUMBER: _ClassVar[int]
    PROFILE_CODE_FIELD_NUMBER: _ClassVar[int]
    AGENCY_IDS_FIELD_NUMBER: _ClassVar[int]
    ALL_AGENCIES_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    LOCKED_FIELD_NUMBER: _ClassVar[int]
    LOCKED_UNTIL_FIELD_NUMBER: _ClassVar[int]
    LOCKED_BY_ADMINISTRATOR_FIELD_NUMBER: _ClassVar[int]
    MUST_CHANGE_PASSWORD_FIELD_NUMBER: _ClassVar[int]
    LAST_LOGIN_AT_FIELD_NUMBER: _ClassVar[int]
    PREFERRED_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    login: str
    display_name: str
    profile_id: str
    profile_code: str
    agency_ids: _containers.RepeatedScalarFieldContainer[str]
    all_agencies: bool
    status: UserStatus
    locked: bool
    locked_until: _timestamp_pb2.Timestamp
    locked_by_administrator: bool
    must_change_password: bool
    last_login_at: _timestamp_pb2.Timestamp
    preferred_language: str
    version: int
    def __init__(self, user_id: _Optional[str] = ..., login: _Optional[str] = ..., display_name: _Optional[str] = ..., profile_id: _Optional[str] = ..., profile_code: _Optional[str] = ..., agency_ids: _Optional[_Iterable[str]] = ..., all_agencies: _Optional[bool] = ..., status: _Optional[_Union[UserStatus, str]] = ..., locked: _Optional[bool] = ..., locked_until: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., locked_by_administrator: _Optional[bool] = ..., must_change_password: _Optional[bool] = ..., last_login_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., preferred_language: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class Right(_message.Message):
    __slots__ = ("code", "module", "description")
    CODE_FIELD_NUMBER: _ClassVar[int]
    MODULE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    code: str
    module: str
    description: str
    def __init__(self, code: _Optional[str] = ..., module: _Optional[str] = ..., description: _Optional[str] = ...) -> None: ...

class Profile(_message.Message):
    __slots__ = ("profile_id", "code", "name", "description", "rights", "version")
    PROFILE_ID_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    RIGHTS_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    profile_id: str
    code: str
    name: str
    description: str
    rights: _containers.RepeatedScalarFieldContainer[str]
    version: int
    def __init__(self, profile_id: _Optional[str] = ..., code: _Optional[str] = ..., name: _Optional[str] = ..., description: _Optional[str] = ..., rights: _Optional[_Iterable[str]] = ..., version: _Optional[int] = ...) -> None: ...

class Workstation(_message.Message):
    __slots__ = ("workstation_id", "name", "agency_id", "kind", "may_collect_cash", "status", "enrollment_code_expires_at", "certificate_expires_at", "enrolled_at", "revoked_at", "revocation_reason", "version")
    WORKSTATION_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    MAY_COLLECT_CASH_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    ENROLLMENT_CODE_EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    CERTIFICATE_EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    ENROLLED_AT_FIELD_NUMBER: _ClassVar[int]
    REVOKED_AT_FIELD_NUMBER: _ClassVar[int]
    REVOCATION_REASON_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    workstation_id: str
    name: str
    agency_id: str
    kind: WorkstationKind
    may_collect_cash: bool
    status: WorkstationStatus
    enrollment_code_expires_at: _timestamp_pb2.Timestamp
    certificate_expires_at: _timestamp_pb2.Timestamp
    enrolled_at: _timestamp_pb2.Timestamp
    revoked_at: _timestamp_pb2.Timestamp
    revocation_reason: str
    version: int
    def __init__(self, workstation_id: _Optional[str] = ..., name: _Optional[str] = ..., agency_id: _Optional[str] = ..., kind: _Optional[_Union[WorkstationKind, str]] = ..., may_collect_cash: _Optional[bool] = ..., status: _Optional[_Union[WorkstationStatus, str]] = ..., enrollment_code_expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., certificate_expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., enrolled_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., revoked_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., revocation_reason: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class SecurityPolicy(_message.Message):
    __slots__ = ("password_min_length", "password_max_length", "password_history_count", "password_max_age_days", "max_failed_logins", "lockout_minutes", "workstation_max_failed_logins_per_hour", "session_idle_timeout_minutes", "session_absolute_timeout_hours", "initial_password_ttl_hours", "enrollment_code_ttl_minutes", "certificate_lifetime_days", "certificate_renewal_days", "version")
    PASSWORD_MIN_LENGTH_FIELD_NUMBER: _ClassVar[int]
    PASSWORD_MAX_LENGTH_FIELD_NUMBER: _ClassVar[int]
    PASSWORD_HISTORY_COUNT_FIELD_NUMBER: _ClassVar[int]
    PASSWORD_MAX_AGE_DAYS_FIELD_NUMBER: _ClassVar[int]
    MAX_FAILED_LOGINS_FIELD_NUMBER: _ClassVar[int]
    LOCKOUT_MINUTES_FIELD_NUMBER: _ClassVar[int]
    WORKSTATION_MAX_FAILED_LOGINS_PER_HOUR_FIELD_NUMBER: _ClassVar[int]
    SESSION_IDLE_TIMEOUT_MINUTES_FIELD_NUMBER: _ClassVar[int]
    SESSION_ABSOLUTE_TIMEOUT_HOURS_FIELD_NUMBER: _ClassVar[int]
    INITIAL_PASSWORD_TTL_HOURS_FIELD_NUMBER: _ClassVar[int]
    ENROLLMENT_CODE_TTL_MINUTES_FIELD_NUMBER: _ClassVar[int]
    CERTIFICATE_LIFETIME_DAYS_FIELD_NUMBER: _ClassVar[int]
    CERTIFICATE_RENEWAL_DAYS_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    password_min_length: int
    password_max_length: int
    password_history_count: int
    password_max_age_days: int
    max_failed_logins: int
    lockout_minutes: int
    workstation_max_failed_logins_per_hour: int
    session_idle_timeout_minutes: int
    session_absolute_timeout_hours: int
    initial_password_ttl_hours: int
    enrollment_code_ttl_minutes: int
    certificate_lifetime_days: int
    certificate_renewal_days: int
    version: int
    def __init__(self, password_min_length: _Optional[int] = ..., password_max_length: _Optional[int] = ..., password_history_count: _Optional[int] = ..., password_max_age_days: _Optional[int] = ..., max_failed_logins: _Optional[int] = ..., lockout_minutes: _Optional[int] = ..., workstation_max_failed_logins_per_hour: _Optional[int] = ..., session_idle_timeout_minutes: _Optional[int] = ..., session_absolute_timeout_hours: _Optional[int] = ..., initial_password_ttl_hours: _Optional[int] = ..., enrollment_code_ttl_minutes: _Optional[int] = ..., certificate_lifetime_days: _Optional[int] = ..., certificate_renewal_days: _Optional[int] = ..., version: _Optional[int] = ...) -> None: ...

class AuditEvent(_message.Message):
    __slots__ = ("sequence", "occurred_at", "action", "outcome", "user_id", "user_login", "workstation_id", "agency_id", "object_type", "object_id", "reason", "request_id", "correlation_id", "duration_ms", "details_json")
    SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    USER_LOGIN_FIELD_NUMBER: _ClassVar[int]
    WORKSTATION_ID_FIELD_NUMBER: _ClassVar[int]
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    OBJECT_TYPE_FIELD_NUMBER: _ClassVar[int]
    OBJECT_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CORRELATION_ID_FIELD_NUMBER: _ClassVar[int]
    DURATION_MS_FIELD_NUMBER: _ClassVar[int]
    DETAILS_JSON_FIELD_NUMBER: _ClassVar[int]
    sequence: int
    occurred_at: _timestamp_pb2.Timestamp
    action: str
    outcome: AuditOutcome
    user_id: str
    user_login: str
    workstation_id: str
    agency_id: str
    object_type: str
    object_id: str
    reason: str
    request_id: str
    correlation_id: str
    duration_ms: int
    details_json: str
    def __init__(self, sequence: _Optional[int] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., action: _Optional[str] = ..., outcome: _Optional[_Union[AuditOutcome, str]] = ..., user_id: _Optional[str] = ..., user_login: _Optional[str] = ..., workstation_id: _Optional[str] = ..., agency_id: _Optional[str] = ..., object_type: _Optional[str] = ..., object_id: _Optional[str] = ..., reason: _Optional[str] = ..., request_id: _Optional[str] = ..., correlation_id: _Optional[str] = ..., duration_ms: _Optional[int] = ..., details_json: _Optional[str] = ...) -> None: ...

class ApprovalRequest(_message.Message):
    __slots__ = ("approval_request_id", "kind", "agency_id", "object_type", "object_id", "summary", "payload_json", "reason", "status", "requested_by_user_id", "requested_by_login", "requested_at", "decided_by_user_id", "decided_by_login", "decided_at", "decision_comment")
    APPROVAL_REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    OBJECT_TYPE_FIELD_NUMBER: _ClassVar[int]
    OBJECT_ID_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    PAYLOAD_JSON_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    REQUESTED_BY_USER_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTED_BY_LOGIN_FIELD_NUMBER: _ClassVar[int]
    REQUESTED_AT_FIELD_NUMBER: _ClassVar[int]
    DECIDED_BY_USER_ID_FIELD_NUMBER: _ClassVar[int]
    DECIDED_BY_LOGIN_FIELD_NUMBER: _ClassVar[int]
    DECIDED_AT_FIELD_NUMBER: _ClassVar[int]
    DECISION_COMMENT_FIELD_NUMBER: _ClassVar[int]
    approval_request_id: str
    kind: str
    agency_id: str
    object_type: str
    object_id: str
    summary: str
    payload_json: str
    reason: str
    status: ApprovalStatus
    requested_by_user_id: str
    requested_by_login: str
    requested_at: _timestamp_pb2.Timestamp
    decided_by_user_id: str
    decided_by_login: str
    decided_at: _timestamp_pb2.Timestamp
    decision_comment: str
    def __init__(self, approval_request_id: _Optional[str] = ..., kind: _Optional[str] = ..., agency_id: _Optional[str] = ..., object_type: _Optional[str] = ..., object_id: _Optional[str] = ..., summary: _Optional[str] = ..., payload_json: _Optional[str] = ..., reason: _Optional[str] = ..., status: _Optional[_Union[ApprovalStatus, str]] = ..., requested_by_user_id: _Optional[str] = ..., requested_by_login: _Optional[str] = ..., requested_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., decided_by_user_id: _Optional[str] = ..., decided_by_login: _Optional[str] = ..., decided_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., decision_comment: _Optional[str] = ...) -> None: ...
