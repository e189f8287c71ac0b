"""Reading entry, the worklist and its decisions, sheets and history (FAC-3, FAC-4), on both
databases, through the use cases."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from iwebs_server.application.clock import new_id
from iwebs_server.application.reading_views import CaseFilter
from iwebs_server.domain.errors import DomainError
from iwebs_server.persistence.tables.audit import AuditEventRow
from iwebs_server.persistence.tables.billing import MeterReadingRow
from tests.server.application.reading_harness import TODAY, Readings, build_readings


@pytest.fixture
def rd(database_url: str) -> Iterator[Readings]:
    made = build_readings(database_url)
    yield made
    made.uow.engine.dispose()


def refused(call: Callable[[], Any], reason: str, field: str | None = None) -> DomainError:
    with pytest.raises(DomainError) as caught:
        call()
    assert caught.value.reason == reason, caught.value.message
    if field is not None:
        assert field in [v.field for v in caught.value.field_violations], caught.value.message
    return caught.value


def with_history(rd: Readings, round_id: str, **kwargs: Any):  # type: ignore[no-untyped-def]
    """A subscription read every 30 days since 2026-03-09: 300 units each (10 a day); the
    last reading is 2026-09-05 at index 1900."""
    sub = rd.subscription(round_id, **{"installed_on": date(2026, 3, 9), **kwargs})
    rd.past_readings(sub, date(2026, 3, 9), 100, 300, 6)
    return sub


def test_a_plausible_reading_is_validated_with_its_consumption(rd: Readings) -> None:
    reader = rd.principal()
    sub = with_history(rd, rd.round())
    view = rd.service.enter(reader, new_id(), rd.entry(sub, "02200"))
    assert view.status == "validated" and view.cases == ()
    assert view.index_value == 2200 and view.consumption == 300
    assert view.previous_index == 1900 and view.previous_date == date(2026, 9, 5)
    assert view.subscription_number == sub.subscription_number
    assert view.customer_name == "Awa Ndiaye" and view.meter_serial == sub.meter_serial
    assert view.round_id == sub.round_id and view.entered_by == reader.login
    with rd.uow(read_only=True) as uow:
        events = uow.session.scalars(
            select(AuditEventRow).where(AuditEventRow.object_id == view.reading_id)
        ).all()
        assert [e.action for e in events] == ["reading.enter"]


def test_a_reading_with_cases_goes_to_the_worklist(rd: Readings) -> None:
    reader = rd.principal()
    round_id = rd.round()
    sub = with_history(rd, round_id)
    view = rd.service.enter(reader, new_id(), rd.entry(sub, "04000"))  # 2100 in 30 days
    assert view.status == "to_check"
    assert [c.code for c in view.cases] == ["TOO_HIGH"]
    assert "expected" in view.cases[0].detail
    normal = with_history(rd, round_id)
    rd.service.enter(reader, new_id(), rd.entry(normal, "02200"))
    page = rd.service.cases(reader, CaseFilter(), 50, "")
    assert [v.reading_id for v in page.items] == [view.reading_id]
    for where, expected in (
        (CaseFilter(case_code="TOO_HIGH"), 1),
        (CaseFilter(case_code="too_high"), 1),
        (CaseFilter(case_code="TOO_LOW"), 0),
        (CaseFilter(case_code="HIGH"), 0),
        (CaseFilter(round_id=round_id), 1),
        (CaseFilter(round_id=rd.round()), 0),
        (CaseFilter(agency_id=rd.agencies["DKR"]), 1),
        (CaseFilter(date_from=TODAY, date_to=TODAY), 1),
        (CaseFilter(date_to=TODAY - timedelta(days=1)), 0),
    ):
        assert len(rd.service.cases(reader, where, 50, "").items) == expected, where
    refused(
        lambda: rd.service.cases(reader, CaseFilter(case_code="%"), 50, ""),
        "INVALID_ARGUMENT",
        "case_code",
    )


def test_field_cases_without_an_index(rd: Readings) -> None:
    reader = rd.principal()
    sub = with_history(rd, rd.round())
    view = rd.service.enter(reader, new_id(), rd.entry(sub, "", field_code="inaccessible"))
    assert view.status == "to_check" and view.index_value is None and view.consumption is None
    assert [c.code for c in view.cases] == ["NO_ACCESS"] and view.field_code == "INACCESSIBLE"
    other = with_history(rd, rd.round())
    sealed = rd.service.enter(reader, new_id(), rd.entry(other, "02200", field_code="SEAL_BROKEN"))
    assert [c.code for c in sealed.cases] == ["SEAL_BROKEN"] and sealed.consumption == 300


def test_roll_over_and_multiplier(rd: Readings) -> None:
    reader = rd.principal()
    recent = date(2026, 9, 5)  # 30 days ago: DPP's 4 a day expect 120 (40..450)
    sub = rd.subscription(rd.round(), digits=4, installation_index=9_900, installed_on=recent)
    view = rd.service.enter(reader, new_id(), rd.entry(sub, "0150"))
    assert [c.code for c in view.cases] == ["ROLLOVER"] and view.consumption == 250
    ct = rd.subscription(
        rd.round(), multiplier="40", installation_index=0, category="PMP", installed_on=recent
    )
    view = rd.service.enter(reader, new_id(), rd.entry(ct, "30"))
    assert view.consumption == 1200


def test_repeats_answer_the_first_result(rd: Readings) -> None:
    reader = rd.principal()
    sub = with_history(rd, rd.round())
    request_id = new_id()
    first = rd.service.enter(reader, request_id, rd.entry(sub, "02200"))
    again = rd.service.enter(reader, request_id, rd.entry(sub, "02200"))
    assert again.reading_id == first.reading_id
    refused(
        lambda: rd.service.enter(reader, request_id, rd.entry(sub, "02201")), "REQUEST_ID_REUSED"
    )
    with rd.uow(read_only=True) as uow:
        rows = uow.session.scalars(
            select(MeterReadingRow).where(MeterReadingRow.subscription_id == sub.subscription_id)
        ).all()
        assert len(rows) == 7


def test_readings_out_of_order(rd: Readings) -> None:
    reader = rd.principal()
    sub = with_history(rd, rd.round())
    # a second reading of the same date: replace it instead
    rd.service.enter(reader, new_id(), rd.entry(sub, "02200"))
    refused(lambda: rd.service.enter(reader, new_id(), rd.entry(sub, "02210")), "ALREADY_EXISTS")
    # before a later reading
    error = refused(
        lambda: rd.service.enter(
            reader, new_id(), rd.entry(sub, "02000", TODAY - timedelta(days=10))
        ),
        "READING_OUT_OF_ORDER",
    )
    assert error.metadata["later_reading_date"] == TODAY.isoformat()
    # inside a billed period
    billed = with_history(rd, rd.round())
    rd.bill(billed, date(2026, 9, 1), date(2026, 9, 30), 2000)
    refused(
        lambda: rd.service.enter(reader, new_id(), rd.entry(billed, "02000", date(2026, 9, 30))),
        "READING_OUT_OF_ORDER",
    )
    rd.service.enter(reader, new_id(), rd.entry(billed, "02200", date(2026, 10, 1)))
    # a credited bill no longer counts
    credited = with_history(rd, rd.round())
    rd.bill(credited, date(2026, 9, 1), date(2026, 9, 30), 2000, credited=True)
    rd.service.enter(reader, new_id(), rd.entry(credited, "02100", date(2026, 9, 30)))


def test_bad_input_names_the_field(rd: Readings) -> None:
    reader = rd.principal()
    sub = with_history(rd, rd.round())
    enter = rd.service.enter
    for entry, field in (
        (rd.entry(sub, "12a"), "index_value"),
        (rd.entry(sub, "\u0661\u0662\u0663"), "index_value"),  # Arabic-Indic digits
        (rd.entry(sub, "123456"), "index_value"),
        (rd.entry(sub, ""), "index_value"),
        (rd.entry(sub, "02200", TODAY + timedelta(days=1)), "reading_date"),
        (rd.entry(sub, "02200", date(2026, 3, 1)), "reading_date"),
        (rd.entry(sub, "02200", field_code="NOPE"), "field_code"),
        (rd.entry(sub, "02200", register="peak"), "register_code"),
        (rd.entry(sub, "02200", note="x" * 501), "note"),
    ):
        refused(lambda e=entry: enter(reader, new_id(), e), "INVALID_ARGUMENT", field)  # type: ignore[misc]
    bad_id = rd.entry(sub, "02200")
    refused(
        lambda: enter(
            reader, new_id(), bad_id.__class__(**{**bad_id.__dict__, "subscription_id": "x"})
        ),
        "INVALID_ARGUMENT",
        "subscription_id",
    )
    refused(
        lambda: enter(reader, "not-a-uuid", rd.entry(sub, "02200")),
        "INVALID_ARGUMENT",
        "request_id",
    )


def test_scope_and_rights(rd: Readings) -> None:
    dakar = rd.principal()
    thies = rd.principal(agencies=("THS",))
    cashier = rd.principal("cashier")
    sub = with_history(rd, rd.round())
    refused(lambda: rd.service.enter(thies, new_id(), rd.entry(sub, "02200")), "NOT_FOUND")
    refused(
        lambda: rd.service.enter(cashier, new_id(), rd.entry(sub, "02200")), "PERMISSION_DENIED"
    )
    view = rd.service.enter(dakar, new_id(), rd.entry(sub, "04000"))
    refused(lambda: rd.service.get(thies, view.reading_id), "NOT_FOUND")
    refused(lambda: rd.service.release(thies, new_id(), view.reading_id, 1, "ok"), "NOT_FOUND")
    refused(lambda: rd.service.history(thies, sub.subscription_id, 10, ""), "NOT_FOUND")
    refused(lambda: rd.service.sheet(thies, sub.round_id, TODAY), "NOT_FOUND")
    assert rd.service.cases(thies, CaseFilter(), 50, "").items == ()
    refused(lambda: rd.service.cases(thies, CaseFilter(round_id=sub.round_id), 50, ""), "NOT_FOUND")
    refused(lambda: rd.service.cases(cashier, CaseFilter(), 50, ""), "PERMISSION_DENIED")


def test_release_after_a_field_check(rd: Readings) -> None:
    reader = rd.principal()
    sub = with_history(rd, rd.round())
    view = rd.service.enter(reader, new_id(), rd.entry(sub, "04000"))
    refused(
        lambda: rd.service.release(reader, new_id(), view.reading_id, 1, " "),
        "INVALID_ARGUMENT",
        "note",
    )
    refused(
        lambda: rd.service.release(reader, new_id(), view.reading_id, 7, "ok"), "VERSION_CONFLICT"
    )
    request_id = new_id()
    released = rd.service.release(reader, request_id, view.reading_id, 1, "pool filled, checked")
    assert released.status == "released" and released.version == 2
    assert released.reviewed_by == reader.login and released.review_note == "pool filled, checked"
    again = rd.service.release(reader, request_id, view.reading_id, 1, "pool filled, checked")
    assert again.status == "released"
    refused(
        lambda: rd.service.release(reader, new_id(), view.reading_id, 2, "again"),
        "READING_ALREADY_REVIEWED",
    )
    assert rd.service.cases(reader, CaseFilter(), 50, "").items == ()
    decided = rd.service.cases(reader, CaseFilter(include_decided=True), 50, "").items
    assert [v.reading_id for v in decided] == [view.reading_id]


def test_replace_validates_the_new_index(rd: Readings) -> None:
    reader = rd.principal()
    sub = with_history(rd, rd.round())
    view = rd.service.enter(reader, new_id(), rd.entry(sub, "04000"))
    request_id = new_id()
    result = rd.service.replace(reader, request_id, view.reading_id, 1, "02190", None, "misread 4")
    assert result.replaced.status == "replaced" and result.replaced.reading_id == view.reading_id
    assert result.replaced.replaced_by_reading_id == result.reading.reading_id
    assert result.reading.status == "validated" and result.reading.consumption == 290
    assert result.reading.replaces_reading_id == view.reading_id
    assert result.reading.previous_index == 1900
    again = rd.service.replace(reader, request_id, view.reading_id, 1, "02190", None, "misread 4")
    assert again.reading.reading_id == result.reading.reading_id
    refused(
        lambda: rd.service.replace(reader, new_id(), view.reading_id, 2, "02190", None, "x"),
        "READING_ALREADY_REVIEWED",
    )
    # the new one may itself have cases
    bad = rd.service.replace(reader, new_id(), result.reading.reading_id, 1, "01800", None, "x")
    assert bad.reading.status == "to_check" and [c.code for c in bad.reading.cases] == ["NEGATIVE"]
    refused(
        lambda: rd.service.replace(reader, new_id(), bad.reading.reading_id, 1, "", None, "x"),
        "INVALID_ARGUMENT",
        "index_value",
    )


def test_subscription_history_newest_first_and_paged(rd: Readings) -> None:
    reader = rd.principal()
    sub = with_history(rd, rd.round())
    rd.service.enter(reader, new_id(), rd.entry(sub, "02200"))
    first = rd.service.history(reader, sub.subscription_id, 4, "")
    assert [v.index_value for v in first.items] == [2200, 1900, 1600, 1300]
    assert first.items[-1].previous_index == 1000
    second = rd.service.history(reader, sub.subscription_id, 4, first.next_page_token)
    assert [v.index_value for v in second.items] == [1000, 700, 400]
    assert second.items[-1].previous_index == 100  # the installation index
    assert second.next_page_token == ""


def test_the_sheet_of_a_round(rd: Readings) -> None:
    reader = rd.principal()
    round_id = rd.round()
    second = with_history(rd, round_id, round_order=20, name="Moussa Diop")
    first = with_history(rd, round_id, round_order=10, registers=("offpeak", "peak", "single"))
    cut = rd.subscription(
        round_id, round_order=30, status="suspended", suspended_on=date(2026, 8, 1)
    )
    rd.subscription(round_id, round_order=40, status="terminated", terminated_on=date(2026, 8, 1))
    rd.subscription(rd.round(), round_order=5)  # another round
    entered = rd.service.enter(reader, new_id(), rd.entry(second, "02200"))
    sheet = rd.service.sheet(reader, round_id, TODAY)
    assert [(line.subscription_id, line.register_code) for line in sheet.lines] == [
        (first.subscription_id, "offpeak"),
        (first.subscription_id, "peak"),
        (first.subscription_id, "single"),
        (second.subscription_id, "single"),
        (cut.subscription_id, "single"),
    ]
    line = sheet.lines[3]
    assert line.customer_name == "Moussa Diop" and line.meter_serial == second.meter_serial
    assert line.last_index == 1900 and line.last_index_date == date(2026, 9, 5)
    # 10 a day for 30 days: 300 expected, LARGE class: 150..750
    assert (line.expected_low, line.expected_high) == (2050, 2650)
    assert line.entered is not None and line.entered.reading_id == entered.reading_id
    assert sheet.lines[0].last_index == 100  # the peak register: its installation index
    assert sheet.lines[4].subscription_status == "suspended"
    # the category's average when there is no history (DPP: 4 a day)
    assert sheet.lines[4].expected_low is not None
    refused(lambda: rd.service.sheet(reader, round_id, None), "INVALID_ARGUMENT", "reading_date")
    refused(lambda: rd.service.sheet(reader, new_id(), TODAY), "NOT_FOUND")
