"""LegacyImportService: upload a legacy CSV file in chunks, start and follow its import."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import grpc

from iwebs.v1 import legacy_import_service_pb2 as pb
from iwebs.v1 import legacy_import_service_pb2_grpc as pb_grpc
from iwebs_client.backend.errors import backend_error_from_rpc_error
from iwebs_client.backend.gateway_base import DEFAULT_PAGE_SIZE, Gateway
from iwebs_client.backend.session import SessionState

CHUNK_BYTES = 256 * 1024
# an upload of a large file may take minutes on an agency's link
UPLOAD_DEADLINE_SECONDS = 3600.0


class LegacyImportGateway(Gateway):
    def __init__(self, channel: grpc.Channel, session: SessionState, **kwargs: float) -> None:
        super().__init__(channel, **kwargs)
        self._session = session
        self._stub = pb_grpc.LegacyImportServiceStub(channel)  # type: ignore[no-untyped-call]

    def upload_file(
        self,
        request_id: str,
        kind: str,
        path: Path,
        progress: Callable[[int, int], None] | None = None,
    ) -> pb.UploadImportFileResponse:
        """Sends the file in chunks; `progress(bytes sent, size)` after each chunk."""
        size = path.stat().st_size

        def messages() -> Iterator[pb.UploadImportFileRequest]:
            with path.open("rb") as stream:
                chunk = stream.read(CHUNK_BYTES)
                yield pb.UploadImportFileRequest(
                    request_id=request_id, kind=kind, file_name=path.name, chunk=chunk
                )
                sent = len(chunk)
                while chunk:
                    if progress is not None:
                        progress(sent, size)
                    chunk = stream.read(CHUNK_BYTES)
                    if chunk:
                        yield pb.UploadImportFileRequest(chunk=chunk)
                        sent += len(chunk)

        # The session interceptor covers unary calls: a stream carries the session itself.
        try:
            response = self._stub.UploadImportFile(
                messages(), metadata=self._session.call_metadata(), timeout=UPLOAD_DEADLINE_SECONDS
            )
        except grpc.RpcError as err:
            raise backend_error_from_rpc_error(err) from None
        if not isinstance(response, pb.UploadImportFileResponse):
            raise TypeError(f"unexpected answer {type(response).__name__}")
        return response

    def start_import(self, request_id: str, upload_id: str, dry_run: bool) -> pb.ImportJob:
        request = pb.StartImportRequest(request_id=request_id, upload_id=upload_id, dry_run=dry_run)
        return self._invoke(self._stub.StartImport, request, pb.StartImportResponse).job

    def get_job(self, job_id: str) -> pb.ImportJob:
        request = pb.GetImportJobRequest(job_id=job_id)
        return self._invoke(self._stub.GetImportJob, request, pb.GetImportJobResponse).job

    def list_jobs(
        self, page_token: str = "", page_size: int = DEFAULT_PAGE_SIZE
    ) -> tuple[list[pb.ImportJob], str]:
        request = pb.ListImportJobsRequest(page_size=page_size, page_token=page_token)
        response = self._invoke(self._stub.ListImportJobs, request, pb.ListImportJobsResponse)
        return list(response.jobs), response.next_page_token

    def list_rejections(
        self, job_id: str, page_token: str = "", page_size: int = DEFAULT_PAGE_SIZE
    ) -> tuple[list[pb.ImportRejection], str, int]:
        request = pb.ListImportRejectionsRequest(
            job_id=job_id, page_size=page_size, page_token=page_token
        )
        response = self._invoke(
            self._stub.ListImportRejections, request, pb.ListImportRejectionsResponse
        )
        return list(response.rejections), response.next_page_token, response.total
