import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class UploadImportFileRequest(_message.Message):
    __slots__ = ("request_id", "kind", "file_name", "chunk")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    FILE_NAME_FIELD_NUMBER: _ClassVar[int]
    CHUNK_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    kind: str
    file_name: str
    chunk: bytes
    def __init__(self, request_id: _Optional[str] = ..., kind: _Optional[str] = ..., file_name: _Optional[str] = ..., chunk: _Optional[bytes] = ...) -> None: ...

class UploadImportFileResponse(_message.Message):
    __slots__ = ("upload_id", "size_bytes", "sha256")
    UPLOAD_ID_FIELD_NUMBER: _ClassVar[int]
    SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    SHA256_FIELD_NUMBER: _ClassVar[int]
    upload_id: str
    size_bytes: int
    sha256: str
    def __init__(self, upload_id: _Optional[str] = ..., size_bytes: _Optional[int] = ..., sha256: _Optional[str] = ...) -> None: ...

class StartImportRequest(_message.Message):
    __slots__ = ("request_id", "upload_id", "dry_run")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    UPLOAD_ID_FIELD_NUMBER: _ClassVar[int]
    DRY_RUN_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    upload_id: str
    dry_run: bool
    def __init__(self, request_id: _Optional[str] = ..., upload_id: _Optional[str] = ..., dry_run: _Optional[bool] = ...) -> None: ...

class StartImportResponse(_message.Message):
    __slots__ = ("job",)
    JOB_FIELD_NUMBER: _ClassVar[int]
    job: ImportJob
    def __init__(self, job: _Optional[_Union[ImportJob, _Mapping]] = ...) -> None: ...

class ImportJob(_message.Message):
    __slots__ = ("job_id", "kind", "file_name", "status", "rows_total", "rows_done", "rows_rejected", "previous_job_id", "message", "sha256", "started_at", "finished_at", "finished")
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    FILE_NAME_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    ROWS_TOTAL_FIELD_NUMBER: _ClassVar[int]
    ROWS_DONE_FIELD_NUMBER: _ClassVar[int]
    ROWS_REJECTED_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_JOB_ID_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    SHA256_FIELD_NUMBER: _ClassVar[int]
    STARTED_AT_FIELD_NUMBER: _ClassVar[int]
    FINISHED_AT_FIELD_NUMBER: _ClassVar[int]
    FINISHED_FIELD_NUMBER: _ClassVar[int]
    job_id: str
    kind: str
    file_name: str
    status: str
    rows_total: int
    rows_done: int
    rows_rejected: int
    previous_job_id: str
    message: str
    sha256: str
    started_at: _timestamp_pb2.Timestamp
    finished_at: _timestamp_pb2.Timestamp
    finished: bool
    def __init__(self, job_id: _Optional[str] = ..., kind: _Optional[str] = ..., file_name: _Optional[str] = ..., status: _Optional[str] = ..., rows_total: _Optional[int] = ..., rows_done: _Optional[int] = ..., rows_rejected: _Optional[int] = ..., previous_job_id: _Optional[str] = ..., message: _Optional[str] = ..., sha256: _Optional[str] = ..., started_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., finished_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., finished: _Optional[bool] = ...) -> None: ...

class GetImportJobRequest(_message.Message):
    __slots__ = ("job_id",)
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    job_id: str
    def __init__(self, job_id: _Optional[str] = ...) -> None: ...

class GetImportJobResponse(_message.Message):
    __slots__ = ("job",)
    JOB_FIELD_NUMBER: _ClassVar[int]
    job: ImportJob
    def __init__(self, job: _Optional[_Union[ImportJob, _Mapping]] = ...) -> None: ...

class ListImportJobsRequest(_message.Message):
    __slots__ = ("page_size", "page_token")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListImportJobsResponse(_message.Message):
    __slots__ = ("jobs", "next_page_token")
    JOBS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    jobs: _containers.RepeatedCompositeFieldContainer[ImportJob]
    next_page_token: str
    def __init__(self, jobs: _Optional[_Iterable[_Union[ImportJob, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class ListImportRejectionsRequest(_message.Message):
    __slots__ = ("job_id", "page_size", "page_token")
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    job_id: str
    page_size: int
    page_token: str
    def __init__(self, job_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ImportRejection(_message.Message):
    __slots__ = ("line", "column", "reason", "message", "value")
    LINE_FIELD_NUMBER: _ClassVar[int]
    COLUMN_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    line: int
    column: str
    reason: str
    message: str
    value: str
    def __init__(self, line: _Optional[int] = ..., column: _Optional[str] = ..., reason: _Optional[str] = ..., message: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...

class ListImportRejectionsResponse(_message.Message):
    __slots__ = ("rejections", "next_page_token", "total")
    REJECTIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    rejections: _containers.RepeatedCompositeFieldContainer[ImportRejection]
    next_page_token: str
    total: int
    def __init__(self, rejections: _Optional[_Iterable[_Union[ImportRejection, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total: _Optional[int] = ...) -> None: ...
