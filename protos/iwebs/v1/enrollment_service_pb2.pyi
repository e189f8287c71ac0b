import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class EnrollWorkstationRequest(_message.Message):
    __slots__ = ("enrollment_code", "csr_pem")
    ENROLLMENT_CODE_FIELD_NUMBER: _ClassVar[int]
    CSR_PEM_FIELD_NUMBER: _ClassVar[int]
    enrollment_code: str
    csr_pem: str
    def __init__(self, enrollment_code: _Optional[str] = ..., csr_pem: _Optional[str] = ...) -> None: ...

class EnrollWorkstationResponse(_message.Message):
    __slots__ = ("workstation_id", "workstation_name", "agency_id", "certificate_pem", "ca_certificate_pem", "certificate_expires_at")
    WORKSTATION_ID_FIELD_NUMBER: _ClassVar[int]
    WORKSTATION_NAME_FIELD_NUMBER: _ClassVar[int]
    AGENCY_ID_FIELD_NUMBER: _ClassVar[int]
    CERTIFICATE_PEM_FIELD_NUMBER: _ClassVar[int]
    CA_CERTIFICATE_PEM_FIELD_NUMBER: _ClassVar[int]
    CERTIFICATE_EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    workstation_id: str
    workstation_name: str
    agency_id: str
    certificate_pem: str
    ca_certificate_pem: str
    certificate_expires_at: _timestamp_pb2.Timestamp
    def __init__(self, workstation_id: _Optional[str] = ..., workstation_name: _Optional[str] = ..., agency_id: _Optional[str] = ..., certificate_pem: _Optional[str] = ..., ca_certificate_pem: _Optional[str] = ..., certificate_expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class RenewWorkstationCertificateRequest(_message.Message):
    __slots__ = ("csr_pem",)
    CSR_PEM_FIELD_NUMBER: _ClassVar[int]
    csr_pem: str
    def __init__(self, csr_pem: _Optional[str] = ...) -> None: ...

class RenewWorkstationCertificateResponse(_message.Message):
    __slots__ = ("certificate_pem", "certificate_expires_at")
    CERTIFICATE_PEM_FIELD_NUMBER: _ClassVar[int]
    CERTIFICATE_EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    certificate_pem: str
    certificate_expires_at: _timestamp_pb2.Timestamp
    def __init__(self, certificate_pem: _Optional[str] = ..., certificate_expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
