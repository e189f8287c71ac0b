"""Handheld files (FAC-3): the sheet exported in CSV and JSON, and the return imported line
by line with each outcome, errors by line and field, no duplicate on a second import."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import func, select

from iwebs_server.application.clock import new_id
from iwebs_server.domain.errors import DomainError
from iwebs_server.persistence.tables.billing import MeterReadingRow
from tests.server.application.reading_harness import TODAY, Readings, Sub, build_readings


@pytest.fixture
def rd(database_url: str) -> Iterator[Readings]:
    made = build_readings(database_url)
    yield made
    made.uow.engine.dispose()


def read_sub(rd: Readings, round_id: str, **kwargs: object) -> Sub:
    sub = rd.subscription(round_id, installed_on=date(2026, 3, 9), **kwargs)  # type: ignore[arg-type]
    rd.past_readings(sub, date(2026, 3, 9), 100, 300, 6)  # last: 1900 on 2026-09-05
    return sub


def count(rd: Readings) -> int:
    with rd.uow(read_only=True) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(MeterReadingRow)) or 0)


def test_csv_export_in_round_order(rd: Readings) -> None:
    reader = rd.principal()
    round_id = rd.round()
    second = read_sub(rd, round_id, round_order=2, name="Moussa Diop")
    first = read_sub(rd, round_id, round_order=1)
    exported = rd.files.export(reader, round_id, TODAY, "csv")
    rows = list(csv.DictReader(io.StringIO(exported.content.decode()), delimiter=";"))
    assert exported.line_count == 2 and exported.file_name.endswith(f"{TODAY.isoformat()}.csv")
    assert [r["subscription_number"] for r in rows] == [
        first.subscription_number,
        second.subscription_number,
    ]
    assert rows[1]["customer_name"] == "Moussa Diop" and rows[1]["last_index"] == "1900"
    assert (rows[1]["expected_low"], rows[1]["expected_high"]) == ("2050", "2650")
    assert rows[1]["index_value"] == "" and rows[1]["digits"] == "5"
    document = json.loads(rd.files.export(reader, round_id, TODAY, "json").content)
    assert document["format"] == "iwebs.reading-sheet" and document["version"] == 1
    assert [line["subscription_number"] for line in document["lines"]] == [
        first.subscription_number,
        second.subscription_number,
    ]
    with pytest.raises(DomainError) as caught:
        rd.files.export(reader, round_id, TODAY, "xml")
    assert caught.value.field_violations[0].field == "format"


def test_csv_return_reports_every_line(rd: Readings) -> None:
    reader = rd.principal()
    round_id = rd.round()
    ok, high, none, bad = (read_sub(rd, round_id) for _ in range(4))
    content = "\n".join(
        [
            "subscription_number;register_code;reading_date;index_value;field_code;note;meter_serial",
            f"{ok.subscription_number};single;{TODAY};02200;;;{ok.meter_serial}",
            f"{high.subscription_number};;{TODAY};04000;;;",
            f"{none.subscription_number};single;{TODAY};;DOG;chien méchant;",
            f"{bad.subscription_number};single;{TODAY};22x;;;",
            f"{bad.subscription_number};single;2026-13-01;02200;;;",
            f"S-UNKNOWN;single;{TODAY};02200;;;",
            f"{bad.subscription_number};single;{TODAY};02200;;;OTHER-SERIAL",
            f"{bad.subscription_number};peak;{TODAY};02200;;;",
            "",
        ]
    ).encode()
    request_id = new_id()
    report = rd.files.import_file(reader, request_id, "csv", content, "retour.csv")
    outcomes = [(line.line, line.outcome) for line in report.lines]
    assert outcomes == [
        (2, "created"), (3, "created"), (4, "created"), (5, "rejected"), (6, "rejected"),
        (7, "rejected"), (8, "rejected"), (9, "rejected"),
    ]  # fmt: skip
    assert (report.created, report.rejected, report.to_check, report.duplicates) == (3, 5, 2, 0)
    errors = {line.line: [(e.field, e.reason) for e in line.errors] for line in report.lines}
    assert errors[5] == [("index_value", "INVALID_ARGUMENT")]
    assert errors[6] == [("reading_date", "INVALID_ARGUMENT")]
    assert errors[7] == [("subscription_number", "NOT_FOUND")]
    assert errors[8] == [("meter_serial", "INVALID_ARGUMENT")]
    assert errors[9] == [("register_code", "INVALID_ARGUMENT")]
    by_line = {line.line: line.reading for line in report.lines}
    assert by_line[2] is not None and by_line[2].source == "handheld"
    assert by_line[3] is not None and [c.code for c in by_line[3].cases] == ["TOO_HIGH"]
    assert by_line[4] is not None and by_line[4].review_note == "chien méchant"
    written = count(rd)
    # the same import again: the same report, nothing written
    again = rd.files.import_file(reader, request_id, "csv", content, "retour.csv")
    assert [(line.line, line.outcome) for line in again.lines] == outcomes
    assert again.lines[0].reading is not None and by_line[2] is not None
    assert again.lines[0].reading.reading_id == by_line[2].reading_id
    # the same file under a new request: the lines already imported are duplicates
    third = rd.files.import_file(reader, new_id(), "csv", content, "retour.csv")
    assert [line.outcome for line in third.lines][:3] == ["duplicate"] * 3
    assert count(rd) == written
    # a different index for a line already imported is refused on its date
    changed = content.replace(b"02200;;;" + ok.meter_serial.encode(), b"02210;;;")
    fourth = rd.files.import_file(reader, new_id(), "csv", changed, "retour.csv")
    assert fourth.lines[0].outcome == "rejected"
    assert [(e.field, e.reason) for e in fourth.lines[0].errors] == [
        ("reading_date", "ALREADY_EXISTS")
    ]


def test_comma_separated_and_json_returns(rd: Readings) -> None:
    reader = rd.principal()
    round_id = rd.round()
    one, two = read_sub(rd, round_id), read_sub(rd, round_id)
    content = (
        f"subscription_number,reading_date,index_value\n{one.subscription_number},{TODAY},2200\n"
    )
    report = rd.files.import_file(reader, new_id(), "csv", content.encode(), "r.csv")
    assert report.created == 1
    document = {
        "format": "iwebs.reading-return",
        "version": 1,
        "readings": [
            {"subscription_number": two.subscription_number, "reading_date": str(TODAY),
             "index_value": 2210},
            "not an object",
        ],
    }  # fmt: skip
    report = rd.files.import_file(reader, new_id(), "json", json.dumps(document).encode(), "r")
    assert [(line.line, line.outcome) for line in report.lines] == [(1, "created"), (2, "rejected")]
    assert report.lines[0].reading is not None and report.lines[0].reading.consumption == 310


@pytest.mark.parametrize(
    ("content", "fmt"),
    [
        (b"", "csv"),
        (b"\xff\xfeabc", "csv"),
        (b"number;date\n1;2\n", "csv"),
        (b"[1, 2]", "json"),
        (b'{"format": "iwebs.reading-return", "version": 2, "readings": []}', "json"),
        (b'{"format": "iwebs.reading-return", "version": 1, "readings": {}}', "json"),
        (b"{", "json"),
    ],
)
def test_unreadable_files_are_refused_whole(rd: Readings, content: bytes, fmt: str) -> None:
    reader = rd.principal()
    with pytest.raises(DomainError) as caught:
        rd.files.import_file(reader, new_id(), fmt, content, "f")
    assert caught.value.reason == "INVALID_ARGUMENT"
    assert [v.field for v in caught.value.field_violations] == ["content"]
    assert count(rd) == 0


def test_import_needs_the_readings_right(rd: Readings) -> None:
    cashier = rd.principal("cashier")
    with pytest.raises(DomainError) as caught:
        rd.files.import_file(cashier, new_id(), "csv", b"a", "f")
    assert caught.value.reason == "PERMISSION_DENIED"


def test_a_request_id_names_one_file_of_one_user(rd: Readings) -> None:
    """IDEM-02: the same request_id with another file, or by another user, is refused."""
    reader, other = rd.principal(), rd.principal()
    sub = read_sub(rd, rd.round())
    content = (
        f"subscription_number;reading_date;index_value\n{sub.subscription_number};{TODAY};2200\n"
    )
    request_id = new_id()
    first = rd.files.import_file(reader, request_id, "csv", content.encode(), "f")
    assert first.created == 1
    for who, body in ((reader, content.replace("2200", "2210")), (other, content)):
        with pytest.raises(DomainError) as caught:
            rd.files.import_file(who, request_id, "csv", body.encode(), "f")
        assert caught.value.reason == "REQUEST_ID_REUSED"
    assert count(rd) == 7


def test_the_csv_export_cannot_run_formulas_nor_forge_rows(rd: Readings) -> None:
    """CWE-1236: a text cell starting like a formula is quoted, line breaks flattened; the
    import takes the quote off."""
    reader = rd.principal()
    round_id = rd.round()
    read_sub(rd, round_id, name='=HYPERLINK("http://x") Diop\r\nS999;single')
    content = rd.files.export(reader, round_id, TODAY, "csv").content.decode()
    rows = list(csv.DictReader(io.StringIO(content), delimiter=";"))
    assert len(rows) == 1
    assert rows[0]["customer_name"].startswith("'=HYPERLINK")
    assert "\r" not in rows[0]["customer_name"] and "\n" not in rows[0]["customer_name"]
    filled = content.replace(";;;\r\n", ";02200;;\r\n")
    report = rd.files.import_file(reader, new_id(), "csv", filled.encode(), "back.csv")
    assert (report.created, report.rejected) == (1, 0), report


@pytest.mark.parametrize(
    "content",
    [
        b"subscription_number;reading_date;index_value\n"
        + b"x" * (200 * 1024)
        + b";2026-10-05;1\n",
        b'subscription_number;reading_date;index_value\n"unterminated;2026-10-05;1\n'
        + b"y" * (200 * 1024),
    ],
)
def test_oversized_csv_fields_are_bad_input(rd: Readings, content: bytes) -> None:
    with pytest.raises(DomainError) as caught:
        rd.files.import_file(rd.principal(), new_id(), "csv", content, "f")
    assert [v.field for v in caught.value.field_violations] == ["content"]


def test_json_nested_too_deep_is_bad_input(rd: Readings) -> None:
    content = b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(DomainError) as caught:
        rd.files.import_file(rd.principal(), new_id(), "json", content, "f")
    assert [v.field for v in caught.value.field_violations] == ["content"]


def test_a_line_with_a_nul_character_is_rejected_alone(rd: Readings) -> None:
    reader = rd.principal()
    sub = read_sub(rd, rd.round())
    content = (
        "subscription_number;reading_date;index_value;note\n"
        "\x00;\x00;\x00;x\n"
        f"{sub.subscription_number};{TODAY};2200;ok\x00\n"
        f"{sub.subscription_number};{TODAY};2200;ok\n"
    )
    report = rd.files.import_file(reader, new_id(), "csv", content.encode(), "f")
    assert [(line.outcome, [e.field for e in line.errors]) for line in report.lines] == [
        ("rejected", ["subscription_number"]),
        ("rejected", ["note"]),
        ("created", []),
    ]
