"""ReadingService through the live server on both databases (FAC-3, FAC-4): rights, agency
scope (NOT_FOUND), bad input (reason + field), idempotent repeats, import file errors."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

import grpc
import pytest

from iwebs.v1 import common_pb2
from iwebs.v1 import reading_service_pb2 as pb
from iwebs.v1 import reading_service_pb2_grpc as pb_grpc
from iwebs_server.application.reference_seed import seed_reference_data
from iwebs_server.domain import rights
from iwebs_server.domain.principal import system_principal
from tests.factories.grpc_client import error_details
from tests.factories.live_server import LiveServer
from tests.server.application.reading_harness import Readings, Sub

DAY = date(2026, 10, 5)
PASSWORD = "Baobab-Releve-2026-x"


def rid() -> str:
    return str(uuid.uuid4())


def d(day: date) -> common_pb2.Date:
    return common_pb2.Date(year=day.year, month=day.month, day=day.day)


class World:
    def __init__(self, server: LiveServer) -> None:
        app = server.app
        with app.uow_factory() as uow:
            seed_reference_data(uow, app.clock)
        agencies = {code: server.agency_id(code) for code in ("DKR", "THS")}
        self.rows = Readings(
            app.uow_factory,
            app.clock,  # type: ignore[arg-type]
            app.services.readings,
            app.services.reading_files,
            agencies,
        )
        self.server = server
        self.round_id = self.rows.round()
        self.sub = self.history(
            self.rows.subscription(self.round_id, installed_on=date(2026, 3, 9))
        )
        self.ths_round = self.rows.round("THS")
        self.ths_sub = self.history(
            self.rows.subscription(self.ths_round, agency="THS", installed_on=date(2026, 3, 9))
        )
        profiles = app.services.profiles
        profiles.create(
            system_principal("tests"),
            rid(),
            "billing_view",
            "Lecture facturation",
            "",
            [rights.BILLING_READ],
        )

    def history(self, sub: Sub) -> Sub:
        self.rows.past_readings(sub, date(2026, 3, 9), 100, 300, 6)  # last: 1900 on 09-05
        return sub

    def user(self, profile: str, agencies: tuple[str, ...] = ("DKR",)) -> Any:
        login = f"r{uuid.uuid4().hex[:8]}"
        self.server.create_user(login, profile, agencies, password=PASSWORD)
        client = self.server.login(login, PASSWORD, agencies[0])
        return client._stub(pb_grpc.ReadingServiceStub)

    def entry(self, sub: Sub, index: str, **kwargs: Any) -> pb.EnterReadingRequest:
        values: dict[str, Any] = {
            "request_id": rid(),
            "subscription_id": sub.subscription_id,
            "reading_date": d(DAY),
            "index_value": index,
        }
        values.update(kwargs)
        return pb.EnterReadingRequest(**values)


@pytest.fixture
def world(live_server: LiveServer) -> World:
    return World(live_server)


def refused(call: Callable[[], Any], code: grpc.StatusCode, reason: str, field: str = "") -> None:
    with pytest.raises(grpc.RpcError) as caught:
        call()
    assert caught.value.code() == code, caught.value.details()
    found = error_details(caught.value)
    assert found.reason == reason, found
    if field:
        assert field in found.fields, found


def test_entry_worklist_and_decisions(world: World) -> None:
    stub = world.user("billing")
    ok = stub.EnterReading(world.entry(world.sub, "02200")).reading
    assert ok.status == pb.READING_STATUS_VALIDATED and ok.consumption == 300
    assert ok.index_read and ok.has_previous and ok.previous_index == 1900
    sheet = stub.GetReadingSheet(
        pb.GetReadingSheetRequest(round_id=world.round_id, reading_date=d(DAY))
    )
    assert [line.subscription_number for line in sheet.lines] == [world.sub.subscription_number]
    assert sheet.lines[0].entered.reading_id == ok.reading_id and sheet.lines[0].has_expected
    other = world.history(world.rows.subscription(world.round_id, installed_on=date(2026, 3, 9)))
    high = stub.EnterReading(world.entry(other, "04000")).reading
    assert high.status == pb.READING_STATUS_TO_CHECK
    assert [c.code for c in high.cases] == ["TOO_HIGH"] and high.cases[0].detail
    cases = stub.ListReadingCases(pb.ListReadingCasesRequest(case_code="TOO_HIGH"))
    assert [r.reading_id for r in cases.readings] == [high.reading_id]
    replaced = stub.ReplaceReading(
        pb.ReplaceReadingRequest(
            request_id=rid(),
            reading_id=high.reading_id,
            version=high.version,
            index_value="02250",
            note="misread",
        )
    )
    assert replaced.replaced.status == pb.READING_STATUS_REPLACED
    assert replaced.reading.status == pb.READING_STATUS_VALIDATED
    assert replaced.reading.consumption == 350
    third = world.history(world.rows.subscription(world.round_id, installed_on=date(2026, 3, 9)))
    low = stub.EnterReading(world.entry(third, "", field_code="INACCESSIBLE")).reading
    assert not low.index_read and [c.code for c in low.cases] == ["NO_ACCESS"]
    released = stub.ReleaseReading(
        pb.ReleaseReadingRequest(
            request_id=rid(), reading_id=low.reading_id, version=low.version, note="dog"
        )
    ).reading
    assert released.status == pb.READING_STATUS_RELEASED and released.reviewed_by
    got = stub.GetReading(pb.GetReadingRequest(reading_id=low.reading_id)).reading
    assert got.review_note == "dog"
    history = stub.ListSubscriptionReadings(
        pb.ListSubscriptionReadingsRequest(subscription_id=world.sub.subscription_id, page_size=3)
    )
    assert [r.index_value for r in history.readings] == [2200, 1900, 1600]
    assert history.next_page_token


def test_idempotent_repeats(world: World) -> None:
    stub = world.user("billing")
    request = world.entry(world.sub, "04000")
    first = stub.EnterReading(request).reading
    assert stub.EnterReading(request).reading.reading_id == first.reading_id
    changed = pb.EnterReadingRequest()
    changed.CopyFrom(request)
    changed.index_value = "04001"
    refused(
        lambda: stub.EnterReading(changed), grpc.StatusCode.FAILED_PRECONDITION, "REQUEST_ID_REUSED"
    )
    release = pb.ReleaseReadingRequest(
        request_id=rid(), reading_id=first.reading_id, version=1, note="checked"
    )
    assert stub.ReleaseReading(release).reading.version == 2
    assert stub.ReleaseReading(release).reading.version == 2
    refused(
        lambda: stub.ReleaseReading(
            pb.ReleaseReadingRequest(
                request_id=rid(), reading_id=first.reading_id, version=2, note="x"
            )
        ),
        grpc.StatusCode.FAILED_PRECONDITION,
        "READING_ALREADY_REVIEWED",
    )


def test_rights(world: World) -> None:
    cashier = world.user("cashier")
    refused(
        lambda: cashier.GetReadingSheet(
            pb.GetReadingSheetRequest(round_id=world.round_id, reading_date=d(DAY))
        ),
        grpc.StatusCode.PERMISSION_DENIED,
        "PERMISSION_DENIED",
    )
    viewer = world.user("billing_view")
    viewer.GetReadingSheet(pb.GetReadingSheetRequest(round_id=world.round_id, reading_date=d(DAY)))
    viewer.ListReadingCases(pb.ListReadingCasesRequest())
    for call in (
        lambda: viewer.EnterReading(world.entry(world.sub, "02200")),
        lambda: viewer.ImportReadings(
            pb.ImportReadingsRequest(
                request_id=rid(), format=pb.READING_FILE_FORMAT_CSV, content=b""
            )
        ),
        lambda: viewer.ReleaseReading(
            pb.ReleaseReadingRequest(request_id=rid(), reading_id=rid(), version=1, note="x")
        ),
        lambda: viewer.ReplaceReading(
            pb.ReplaceReadingRequest(request_id=rid(), reading_id=rid(), version=1, index_value="1")
        ),
    ):
        refused(call, grpc.StatusCode.PERMISSION_DENIED, "PERMISSION_DENIED")


def test_agency_scope_is_not_found(world: World) -> None:
    dakar = world.user("billing")
    theirs = world.user("billing", ("THS",))
    mine = theirs.EnterReading(world.entry(world.ths_sub, "04000")).reading
    not_found = grpc.StatusCode.NOT_FOUND
    refused(lambda: dakar.EnterReading(world.entry(world.ths_sub, "02200")), not_found, "NOT_FOUND")
    refused(
        lambda: dakar.GetReading(pb.GetReadingRequest(reading_id=mine.reading_id)),
        not_found,
        "NOT_FOUND",
    )
    refused(
        lambda: dakar.GetReadingSheet(
            pb.GetReadingSheetRequest(round_id=world.ths_round, reading_date=d(DAY))
        ),
        not_found,
        "NOT_FOUND",
    )
    refused(
        lambda: dakar.ExportReadingSheet(
            pb.ExportReadingSheetRequest(
                round_id=world.ths_round, reading_date=d(DAY), format=pb.READING_FILE_FORMAT_CSV
            )
        ),
        not_found,
        "NOT_FOUND",
    )
    refused(
        lambda: dakar.ReleaseReading(
            pb.ReleaseReadingRequest(
                request_id=rid(), reading_id=mine.reading_id, version=1, note="x"
            )
        ),
        not_found,
        "NOT_FOUND",
    )
    refused(
        lambda: dakar.ListSubscriptionReadings(
            pb.ListSubscriptionReadingsRequest(subscription_id=world.ths_sub.subscription_id)
        ),
        not_found,
        "NOT_FOUND",
    )
    assert dakar.ListReadingCases(pb.ListReadingCasesRequest()).readings == []
    refused(
        lambda: dakar.ListReadingCases(
            pb.ListReadingCasesRequest(agency_id=world.rows.agencies["THS"])
        ),
        not_found,
        "NOT_FOUND",
    )
    # a THS subscription number in a Dakar import is not found on its line
    number = world.ths_sub.subscription_number
    content = f"subscription_number;reading_date;index_value\n{number};{DAY};2200\n"
    report = dakar.ImportReadings(
        pb.ImportReadingsRequest(
            request_id=rid(), format=pb.READING_FILE_FORMAT_CSV, content=content.encode()
        )
    )
    assert report.rejected == 1
    assert [(e.field, e.reason) for e in report.lines[0].errors] == [
        ("subscription_number", "NOT_FOUND")
    ]


def test_bad_input_gives_reason_and_field(world: World) -> None:
    stub = world.user("billing")
    invalid = grpc.StatusCode.INVALID_ARGUMENT
    for request, field in (
        (world.entry(world.sub, "abc"), "index_value"),
        (world.entry(world.sub, "1234567"), "index_value"),
        (world.entry(world.sub, ""), "index_value"),
        (world.entry(world.sub, "02200", field_code="NOPE"), "field_code"),
        (world.entry(world.sub, "02200", register_code="peak"), "register_code"),
        (world.entry(world.sub, "02200", source="satellite"), "source"),
        (
            world.entry(
                world.sub, "02200", reading_date=common_pb2.Date(year=2026, month=2, day=30)
            ),
            "reading_date",
        ),
        (world.entry(world.sub, "02200", reading_date=d(date(2099, 1, 1))), "reading_date"),
        (world.entry(world.sub, "02200", subscription_id="x"), "subscription_id"),
        (world.entry(world.sub, "02200", request_id="x"), "request_id"),
    ):
        refused(lambda r=request: stub.EnterReading(r), invalid, "INVALID_ARGUMENT", field)  # type: ignore[misc]
    refused(
        lambda: stub.GetReadingSheet(pb.GetReadingSheetRequest(round_id=world.round_id)),
        invalid,
        "INVALID_ARGUMENT",
        "reading_date",
    )
    refused(
        lambda: stub.ExportReadingSheet(
            pb.ExportReadingSheetRequest(round_id=world.round_id, reading_date=d(DAY))
        ),
        invalid,
        "INVALID_ARGUMENT",
        "format",
    )
    refused(
        lambda: stub.ListReadingCases(pb.ListReadingCasesRequest(page_token="garbage")),
        invalid,
        "INVALID_ARGUMENT",
        "page_token",
    )
    refused(
        lambda: stub.ReleaseReading(
            pb.ReleaseReadingRequest(request_id=rid(), reading_id="nope", version=1, note="x")
        ),
        invalid,
        "INVALID_ARGUMENT",
        "reading_id",
    )
    refused(
        lambda: stub.EnterReading(
            world.entry(world.sub, "01800", reading_date=d(date(2026, 9, 5)))
        ),
        grpc.StatusCode.ALREADY_EXISTS,
        "ALREADY_EXISTS",
    )
    world.rows.bill(world.sub, date(2026, 9, 6), date(2026, 9, 30), 2000)
    refused(
        lambda: stub.EnterReading(
            world.entry(world.sub, "01950", reading_date=d(date(2026, 9, 20)))
        ),
        grpc.StatusCode.FAILED_PRECONDITION,
        "READING_OUT_OF_ORDER",
    )


def test_export_and_import_files(world: World) -> None:
    stub = world.user("billing")
    exported = stub.ExportReadingSheet(
        pb.ExportReadingSheetRequest(
            round_id=world.round_id, reading_date=d(DAY), format=pb.READING_FILE_FORMAT_JSON
        )
    )
    assert exported.line_count == 1 and exported.file_name.endswith(".json")
    document = json.loads(exported.content)
    document["lines"][0]["index_value"] = "02200"
    request = pb.ImportReadingsRequest(
        request_id=rid(),
        format=pb.READING_FILE_FORMAT_JSON,
        content=json.dumps(document).encode(),
        file_name="retour.json",
    )
    report = stub.ImportReadings(request)
    assert (report.created, report.rejected, report.lines[0].outcome) == (1, 0, "created")
    assert report.lines[0].reading.consumption == 300
    again = stub.ImportReadings(request)
    assert again.lines[0].reading.reading_id == report.lines[0].reading.reading_id
    request.request_id = rid()  # the same file under another request: duplicates
    assert stub.ImportReadings(request).lines[0].outcome == "duplicate"
    csv_export = stub.ExportReadingSheet(
        pb.ExportReadingSheetRequest(
            round_id=world.round_id, reading_date=d(DAY), format=pb.READING_FILE_FORMAT_CSV
        )
    )
    header = csv_export.content.decode().splitlines()[0]
    assert header.startswith("round_code;reading_date;round_order;subscription_number")
    for content, fmt, field in (
        (b"\xff\xfe", pb.READING_FILE_FORMAT_CSV, "content"),
        (b"a;b\n1;2\n", pb.READING_FILE_FORMAT_CSV, "content"),
        (b"{not json", pb.READING_FILE_FORMAT_JSON, "content"),
        (b'{"format": "other", "version": 1}', pb.READING_FILE_FORMAT_JSON, "content"),
        (b"", pb.READING_FILE_FORMAT_UNSPECIFIED, "format"),
    ):
        refused(
            lambda c=content, f=fmt: stub.ImportReadings(  # type: ignore[misc]
                pb.ImportReadingsRequest(request_id=rid(), format=f, content=c)
            ),
            grpc.StatusCode.INVALID_ARGUMENT,
            "INVALID_ARGUMENT",
            field,
        )
