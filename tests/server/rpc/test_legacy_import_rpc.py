"""LegacyImportService through the live server (issue 3 item 5): upload in chunks, import on
a server job, progress by GetImportJob, the rejection report paged; re-import adds nothing;
the right customers.import is needed, even by the client-streaming upload."""

from __future__ import annotations

import time
import uuid
from pathlib import Path

import grpc
from sqlalchemy import func, select

from iwebs.v1 import legacy_import_service_pb2 as pb
from iwebs.v1 import legacy_import_service_pb2_grpc as pb_grpc
from iwebs_server.application.clock import new_id
from iwebs_server.domain import rights
from iwebs_server.persistence.tables.administration import ProfileRow
from iwebs_server.persistence.tables.change_history import RecordChangeRow
from iwebs_server.persistence.tables.customer_base import BillRow, CustomerRow, MeterRow
from tests.factories.grpc_client import Client
from tests.factories.legacy_import_files import GOOD, HEADERS, seed_import_prerequisites
from tests.factories.live_server import LiveServer

CHUNK = 64


def _stub(client: Client):  # type: ignore[no-untyped-def]
    return client._stub(pb_grpc.LegacyImportServiceStub)


def _content(kind: str, rows: list[str]) -> bytes:
    return ("\n".join([HEADERS[kind], *rows]) + "\n").encode("utf-8")


def _upload(stub, kind: str, content: bytes, request_id: str | None = None):  # type: ignore[no-untyped-def]
    request_id = request_id or str(uuid.uuid4())
    chunks = [content[i : i + CHUNK] for i in range(0, len(content), CHUNK)]
    messages = [
        pb.UploadImportFileRequest(
            request_id=request_id, kind=kind, file_name=f"{kind}.csv", chunk=chunks[0]
        )
    ]
    messages += [pb.UploadImportFileRequest(chunk=c) for c in chunks[1:]]
    return stub.UploadImportFile(iter(messages))


def _run(stub, kind: str, content: bytes, dry_run: bool = False):  # type: ignore[no-untyped-def]
    upload = _upload(stub, kind, content)
    assert upload.size_bytes == len(content)
    started = stub.StartImport(
        pb.StartImportRequest(
            request_id=str(uuid.uuid4()), upload_id=upload.upload_id, dry_run=dry_run
        )
    ).job
    return _wait(stub, started.job_id)


def _wait(stub, job_id: str) -> pb.ImportJob:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        job = stub.GetImportJob(pb.GetImportJobRequest(job_id=job_id)).job
        if job.finished:
            return job
        assert job.status in ("queued", "validating", "writing")
        time.sleep(0.05)
    raise AssertionError("the import job did not finish")


def _count(server: LiveServer, table: type) -> int:
    with server.app.uow_factory(read_only=True) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(table)) or 0)


def test_upload_start_progress_report_and_reimport(live_server: LiveServer):
    """Issue 3 item 5 through gRPC: bad file rejected whole with its report, good files
    imported by a job, the same file again adds nothing (ACC-4 history written)."""
    seed_import_prerequisites(live_server.app.uow_factory)
    stub = _stub(live_server.admin())

    bad_rows = [
        GOOD["customers"][0],
        "CU-2;DKR;alien;X;;;DOM;;;;;;;",
        "CU-3;NOPE;person;Fall;Ibou;;VIP;;;;;;;",
        "CU-1;DKR;person;Ba;;;DOM;;;;;;;",
    ]
    job = _run(stub, "customers", _content("customers", bad_rows))
    assert job.status == "rejected" and job.rows_total == 4 and job.rows_rejected == 3
    seen: list[tuple[int, str, str]] = []
    token = ""
    while True:
        page = stub.ListImportRejections(
            pb.ListImportRejectionsRequest(job_id=job.job_id, page_size=2, page_token=token)
        )
        assert page.total == 4
        seen += [(x.line, x.column, x.reason) for x in page.rejections]
        token = page.next_page_token
        if not token:
            break
    assert seen == [
        (3, "kind", "INVALID_FORMAT"),
        (4, "agency_code", "UNKNOWN_CODE"),
        (4, "category_code", "UNKNOWN_CODE"),
        (5, "legacy_reference", "DUPLICATE_IN_FILE"),
    ]
    assert _count(live_server, CustomerRow) == 0

    dry = _run(stub, "customers", _content("customers", GOOD["customers"]), dry_run=True)
    assert dry.status == "validated" and _count(live_server, CustomerRow) == 0

    for kind, rows in GOOD.items():
        job = _run(stub, kind, _content(kind, rows))
        assert job.status == "imported", (kind, job)
        assert job.rows_done == job.rows_total == len(rows)
    assert _count(live_server, CustomerRow) == 3 and _count(live_server, MeterRow) == 3
    assert _count(live_server, BillRow) == 3 and _count(live_server, RecordChangeRow) >= 19

    again = _run(stub, "customers", _content("customers", GOOD["customers"]))
    assert again.status == "already_imported" and again.previous_job_id
    assert _count(live_server, CustomerRow) == 3
    jobs = stub.ListImportJobs(pb.ListImportJobsRequest(page_size=50)).jobs
    assert len(jobs) == 9 and jobs[0].job_id == again.job_id


def test_the_same_upload_and_start_request_ids_do_not_repeat(live_server: LiveServer):
    """Idempotency (IDEM-01): a repeated upload or start answers the first result."""
    seed_import_prerequisites(live_server.app.uow_factory)
    stub = _stub(live_server.admin())
    content = _content("customers", GOOD["customers"])
    request_id = str(uuid.uuid4())
    first = _upload(stub, "customers", content, request_id)
    second = _upload(stub, "customers", content, request_id)
    assert first.upload_id == second.upload_id and first.sha256 == second.sha256
    start = pb.StartImportRequest(request_id=str(uuid.uuid4()), upload_id=first.upload_id)
    job = stub.StartImport(start).job
    assert stub.StartImport(start).job.job_id == job.job_id
    assert _wait(stub, job.job_id).status == "imported"
    assert _count(live_server, CustomerRow) == 3
    # the job used the upload up: the same start still answers its job, a new one is refused
    assert stub.StartImport(start).job.job_id == job.job_id
    try:
        stub.StartImport(
            pb.StartImportRequest(request_id=str(uuid.uuid4()), upload_id=first.upload_id)
        )
        raise AssertionError("a used upload was started again")
    except grpc.RpcError as error:
        assert error.code() == grpc.StatusCode.NOT_FOUND


def test_uploads_and_jobs_need_customers_import(live_server: LiveServer):
    """Deny by default: without customers.import the streaming upload is refused before its
    handler reads a byte; another user's upload and job are not found."""
    with live_server.app.uow_factory() as uow:
        row = ProfileRow(
            id=new_id(),
            code="clerk",
            name="clerk",
            description="",
            version=1,
            created_at=live_server.app.clock.now(),
        )
        uow.profiles.add(row, frozenset({rights.CUSTOMERS_READ, rights.CUSTOMERS_MANAGE}))
        importer = ProfileRow(
            id=new_id(),
            code="importer",
            name="importer",
            description="",
            version=1,
            created_at=live_server.app.clock.now(),
        )
        uow.profiles.add(importer, frozenset({rights.CUSTOMERS_IMPORT}))
    live_server.create_user("clerk1", "clerk", password="Clerk-Password-123")
    live_server.create_user("importer1", "importer", password="Import-Password-123")
    clerk = _stub(live_server.login("clerk1", "Clerk-Password-123"))
    try:
        _upload(clerk, "customers", _content("customers", GOOD["customers"]))
        raise AssertionError("the upload was accepted without customers.import")
    except grpc.RpcError as error:
        assert error.code() == grpc.StatusCode.PERMISSION_DENIED
    admin = _stub(live_server.admin())
    upload = _upload(admin, "customers", _content("customers", GOOD["customers"]))
    other = _stub(live_server.login("importer1", "Import-Password-123"))
    for call in (
        lambda: other.StartImport(
            pb.StartImportRequest(request_id=str(uuid.uuid4()), upload_id=upload.upload_id)
        ),
    ):
        try:
            call()
            raise AssertionError("another user's upload was found")
        except grpc.RpcError as error:
            assert error.code() == grpc.StatusCode.NOT_FOUND
    job = admin.StartImport(
        pb.StartImportRequest(request_id=str(uuid.uuid4()), upload_id=upload.upload_id)
    ).job
    try:
        other.GetImportJob(pb.GetImportJobRequest(job_id=job.job_id))
        raise AssertionError("another user's job was found")
    except grpc.RpcError as error:
        assert error.code() == grpc.StatusCode.NOT_FOUND
    _wait(admin, job.job_id)


def test_a_bad_kind_is_a_field_violation(live_server: LiveServer, tmp_path: Path):
    stub = _stub(live_server.admin())
    try:
        _upload(stub, "invoices", b"x;y\n")
        raise AssertionError("an unknown kind was accepted")
    except grpc.RpcError as error:
        assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
