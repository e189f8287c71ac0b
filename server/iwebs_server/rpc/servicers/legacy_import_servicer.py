"""iwebs.v1.LegacyImportService: upload a file in chunks, import it on a server job,
follow its progress, page through its rejection report (right customers.import)."""

from __future__ import annotations

from collections.abc import Iterator

import grpc

from iwebs.v1 import legacy_import_service_pb2 as pb
from iwebs.v1 import legacy_import_service_pb2_grpc as pb_grpc
from iwebs_server.application.legacy_import.service import LegacyImportService
from iwebs_server.domain.errors import InvalidInput
from iwebs_server.rpc.call_state import principal
from iwebs_server.rpc.converters import legacy_import as convert


class LegacyImportServicer(pb_grpc.LegacyImportServiceServicer):
    def __init__(self, imports: LegacyImportService) -> None:
        self._imports = imports

    def UploadImportFile(
        self, request_iterator: Iterator[pb.UploadImportFileRequest], context: grpc.ServicerContext
    ) -> pb.UploadImportFileResponse:
        first = next(request_iterator, None)
        if first is None:
            raise InvalidInput.field("request_id", "the first message names the upload")
        view = self._imports.upload(
            principal(),
            first.request_id,
            first.kind,
            first.file_name,
            first.chunk,
            (message.chunk for message in request_iterator),
        )
        return pb.UploadImportFileResponse(
            upload_id=view.upload_id, size_bytes=view.size_bytes, sha256=view.sha256
        )

    def StartImport(
        self, request: pb.StartImportRequest, context: grpc.ServicerContext
    ) -> pb.StartImportResponse:
        view = self._imports.start(
            principal(), request.request_id, request.upload_id, request.dry_run
        )
        return pb.StartImportResponse(job=convert.job(view))

    def GetImportJob(
        self, request: pb.GetImportJobRequest, context: grpc.ServicerContext
    ) -> pb.GetImportJobResponse:
        return pb.GetImportJobResponse(
            job=convert.job(self._imports.get_job(principal(), request.job_id))
        )

    def ListImportJobs(
        self, request: pb.ListImportJobsRequest, context: grpc.ServicerContext
    ) -> pb.ListImportJobsResponse:
        page = self._imports.list_jobs(principal(), request.page_size, request.page_token)
        return pb.ListImportJobsResponse(
            jobs=[convert.job(j) for j in page.items], next_page_token=page.next_page_token
        )

    def ListImportRejections(
        self, request: pb.ListImportRejectionsRequest, context: grpc.ServicerContext
    ) -> pb.ListImportRejectionsResponse:
        page, total = self._imports.list_rejections(
            principal(), request.job_id, request.page_size, request.page_token
        )
        return pb.ListImportRejectionsResponse(
            rejections=[convert.rejection(x) for x in page.items],
            next_page_token=page.next_page_token,
            total=total,
        )
