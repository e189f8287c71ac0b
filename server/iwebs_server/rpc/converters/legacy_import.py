"""Import jobs and rejections <-> iwebs.v1 legacy import messages."""

from __future__ import annotations

from iwebs.v1 import legacy_import_service_pb2 as pb
from iwebs_server.application.legacy_import.report import Rejection
from iwebs_server.application.legacy_import.service import ImportJobView
from iwebs_server.rpc.converters.common import timestamp


def job(view: ImportJobView) -> pb.ImportJob:
    return pb.ImportJob(
        job_id=view.job_id,
        kind=view.kind,
        file_name=view.file_name,
        status=view.status,
        rows_total=view.rows_total,
        rows_done=view.rows_done,
        rows_rejected=view.rows_rejected,
        previous_job_id=view.previous_job_id,
        message=view.message,
        sha256=view.sha256,
        started_at=timestamp(view.started_at),
        finished_at=timestamp(view.finished_at),
        finished=view.finished,
    )


def rejection(item: Rejection) -> pb.ImportRejection:
    return pb.ImportRejection(
        line=item.line,
        column=item.column,
        reason=item.reason,
        message=item.message,
        value=item.value,
    )
