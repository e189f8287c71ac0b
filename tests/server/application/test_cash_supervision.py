"""The supervisor's till view, transactions and the agency's day closure on both databases
(CSH-7, CSH-12, CASH-04), checked at the end by the verifier over what the real use cases
wrote (CASH-08)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date

import pytest

from iwebs_server.application.cash_till import MoneyInput
from iwebs_server.domain.errors import DomainError
from iwebs_server.domain.principal import Principal
from iwebs_server.persistence.tables.reference_data import ParameterValueRow
from tests.server.application.cash_supervision_harness import Office, build_office, refused, rid

DAY_1 = date(2026, 3, 2)


@pytest.fixture
def office(database_url: str) -> Iterator[Office]:
    yield from build_office(database_url)


def totals(view) -> dict[str, tuple[int, int]]:  # type: ignore[no-untyped-def]
    return {t.mode_kind: (t.amount_minor, t.count) for t in view.totals}


def test_till_positions_are_exact_and_other_agencies_invisible(office: Office) -> None:
    """CSH-12: every session of the day, open or closed, with what it should hold per
    tender kind after payments, a transfer and a closing; sums over the tills; another
    agency's tills are not listed and not readable (SEC-07)."""
    desk = office.desk
    awa, binta, head = office.cashier("awa"), office.cashier("binta"), office.cashier("chef")
    moussa = office.cashier("moussa", "THS")
    chief = office.supervisor("sup")
    account = desk.account()
    till_a = desk.open(awa, 10_000)
    till_b = desk.open(binta, 5_000)
    head_session = desk.open(head, 0, head=True)
    desk.pay(awa, till_a.cash_session_id, account, 15_000, ("CASH", 15_000))
    desk.pay(awa, till_a.cash_session_id, account, 7_000, ("CHEQUE", 7_000))
    desk.pay(binta, till_b.cash_session_id, account, 2_500, ("CASH", 3_000))
    desk.transfers.transfer_to_head_cashier(
        awa,
        rid(),
        till_a.cash_session_id,
        head_session.cash_session_id,
        MoneyInput("XOF", 20_000),
        "mi-journée",
    )
    ths_till = desk.open(moussa, 1_000)
    desk.pay(moussa, ths_till.cash_session_id, desk.account("THS"), 4_000, ("CASH", 4_000))
    office.close(binta, till_b.cash_session_id, 7_500)

    view = office.supervision.list_till_positions(chief)
    assert view.business_date == DAY_1
    by_login = {s.cashier_login: s for s in view.cash_sessions}
    assert set(by_login) == {"awa", "binta", "chef"}
    assert totals(by_login["awa"]) == {"cash": (5_000, 1), "cheque": (7_000, 1)}
    assert totals(by_login["binta"])["cash"] == (7_500, 1)
    assert by_login["binta"].status == "closed"
    assert totals(by_login["chef"])["cash"] == (20_000, 0)
    assert by_login["awa"].receipt_count == 2
    assert totals(view) == {"cash": (32_500, 2), "cheque": (7_000, 1)}

    assert office.supervision.list_till_positions(chief, office.ths).cash_sessions == ()
    refused(
        lambda: office.supervision.get_cash_session(chief, ths_till.cash_session_id), "NOT_FOUND"
    )
    other_day = office.supervision.list_till_positions(chief, "", date(2026, 3, 1))
    assert other_day.cash_sessions == () and other_day.totals == ()

    detail = office.supervision.get_cash_session(chief, till_b.cash_session_id)
    assert [m.kind for m in detail.movements] == ["opening_float"]
    assert detail.closure is not None and detail.closure.counted_cash_minor == 7_500
    detail = office.supervision.get_cash_session(chief, till_a.cash_session_id)
    assert [m.kind for m in detail.movements] == ["opening_float", "transfer_out"]
    assert detail.closure is None
    refused(lambda: office.supervision.list_till_positions(awa), "PERMISSION_DENIED")


def test_transactions_of_a_session_and_of_an_agency_day_newest_first(office: Office) -> None:
    """CSH-7: receipts newest first, paged; an agency out of scope lists nothing."""
    desk = office.desk
    awa, binta = office.cashier("awa"), office.cashier("binta")
    chief = office.supervisor("sup")
    account = desk.account()
    till_a, till_b = desk.open(awa, 0), desk.open(binta, 0)
    first = desk.pay(awa, till_a.cash_session_id, account, 1_000, ("CASH", 1_000))
    second = desk.pay(binta, till_b.cash_session_id, account, 2_000, ("CASH", 2_000))
    third = desk.pay(awa, till_a.cash_session_id, account, 3_000, ("CASH", 3_000))
    page = office.supervision.list_transactions(
        chief, cash_session_id=till_a.cash_session_id, size=1
    )
    assert [r.receipt_number for r in page.receipts] == [third.receipt_number]
    rest = office.supervision.list_transactions(
        chief, cash_session_id=till_a.cash_session_id, size=1, token=page.next_page_token
    )
    assert [r.receipt_number for r in rest.receipts] == [first.receipt_number]
    day = office.supervision.list_transactions(chief, agency_id=office.dkr)
    assert [r.receipt_number for r in day.receipts] == [
        third.receipt_number,
        second.receipt_number,
        first.receipt_number,
    ]
    assert day.receipts[0].amount_minor == 3_000 and day.receipts[0].cashier_login == "awa"
    assert office.supervision.list_transactions(chief, agency_id=office.ths).receipts == ()
    empty = office.supervision.list_transactions(
        chief, agency_id=office.dkr, business_date=date(2026, 3, 3)
    )
    assert empty.receipts == ()
    refused(lambda: office.supervision.list_transactions(chief), "INVALID_ARGUMENT", "agency_id")


def test_day_closure_refusals_chaining_and_perpetual_total_over_two_days(
    office: Office,
) -> None:
    """CASH-04: not while a session is open (DAY_HAS_OPEN_SESSIONS), not twice
    (DAY_ALREADY_CLOSED), a repeat of the request answers the same closure; totals by
    tender kind, first/last receipt, count, period total, perpetual = previous day's +
    period, chained after the session closures; the verifier finds it all consistent."""
    desk = office.desk
    awa, binta = office.cashier("awa"), office.cashier("binta")
    chief = office.supervisor("sup")
    account = desk.account()
    till_a, till_b = desk.open(awa, 10_000), desk.open(binta, 0)
    r1 = desk.pay(awa, till_a.cash_session_id, account, 12_000, ("CASH", 12_000))
    desk.pay(binta, till_b.cash_session_id, account, 6_000, ("CHEQUE", 6_000))
    r3 = desk.pay(awa, till_a.cash_session_id, account, 3_000, ("CASH", 3_000))
    office.cancel(awa, chief, r3.receipt_id)
    office.close(awa, till_a.cash_session_id, 22_000)
    error = refused(
        lambda: office.supervision.close_agency_day(chief, rid(), office.dkr),
        "DAY_HAS_OPEN_SESSIONS",
    )
    assert "1 cash session" in error.message
    office.close(binta, till_b.cash_session_id, 0)
    request_id = rid()
    day1 = office.supervision.close_agency_day(chief, request_id, office.dkr)
    assert day1.level == "day" and day1.business_date == DAY_1
    assert day1.sequence == 3  # after the two session closures
    assert (day1.receipt_count, day1.period_total_minor) == (4, 18_000)
    assert day1.first_receipt_number == r1.receipt_number
    assert day1.last_receipt_number.endswith("0000004")  # the cancellation
    assert day1.perpetual_total_minor == 18_000
    kinds = {t.mode_kind: (t.expected_minor, t.counted_minor) for t in day1.tenders}
    assert kinds == {"cash": (22_000, 22_000), "cheque": (6_000, 6_000)}
    assert (day1.expected_cash_minor, day1.counted_cash_minor, day1.difference_minor) == (
        22_000,
        22_000,
        0,
    )
    assert office.supervision.close_agency_day(chief, request_id, office.dkr) == day1
    refused(
        lambda: office.supervision.close_agency_day(chief, rid(), office.dkr),
        "DAY_ALREADY_CLOSED",
    )
    refused(lambda: office.supervision.close_agency_day(chief, rid(), office.ths), "NOT_FOUND")
    late = office.cashier("coumba")
    refused(lambda: desk.open(late, 0), "DAY_ALREADY_CLOSED")  # a closed day stays closed

    desk.clock.advance(days=1)
    till = desk.open(awa, 0)
    desk.pay(awa, till.cash_session_id, account, 4_000, ("CASH", 4_000))
    office.close(awa, till.cash_session_id, 3_500)  # 500 short
    day2 = office.supervision.close_agency_day(chief, rid(), office.dkr)
    assert day2.business_date == date(2026, 3, 3)
    assert (day2.sequence, day2.period_total_minor) == (5, 4_000)
    assert day2.perpetual_total_minor == 22_000
    assert (day2.expected_cash_minor, day2.counted_cash_minor, day2.difference_minor) == (
        4_000,
        3_500,
        -500,
    )
    listed = office.supervision.list_closures(chief, office.dkr)
    assert [(c.sequence, c.level) for c in listed.items] == [
        (5, "day"),
        (4, "session"),
        (3, "day"),
        (2, "session"),
        (1, "session"),
    ]
    assert office.supervision.list_closures(chief, office.ths).items == ()
    report = office.verify()
    assert report.ok, report.text()
    assert (report.receipts, report.closures, report.cancellations) == (5, 5, 1)


def test_an_empty_day_closes_with_zero_totals(office: Office) -> None:
    """CASH-04: a day without any session still takes its place in the chain."""
    chief = office.supervisor("sup")
    closure = office.supervision.close_agency_day(chief, rid(), office.dkr, date(2026, 3, 1))
    assert (closure.receipt_count, closure.period_total_minor, closure.perpetual_total_minor) == (
        0,
        0,
        0,
    )
    assert closure.first_receipt_number == "" and closure.currency_code == "XOF"
    with pytest.raises(DomainError):
        office.supervision.close_agency_day(chief, rid(), office.dkr, date(2026, 3, 1))
    refused(
        lambda: office.supervision.close_agency_day(chief, rid(), office.dkr, date(2026, 3, 3)),
        "INVALID_ARGUMENT",
        "business_date",
    )


def test_two_supervisors_closing_the_same_day_make_one_closure(office: Office) -> None:
    """CASH-04: the chain head's lock serializes day closures: one closure, the other
    DAY_ALREADY_CLOSED, the chain without a gap."""
    desk = office.desk
    awa = office.cashier("awa")
    till = desk.open(awa, 0)
    desk.pay(awa, till.cash_session_id, desk.account(), 1_000, ("CASH", 1_000))
    office.close(awa, till.cash_session_id, 1_000)
    supervisors = [office.supervisor("sup"), office.supervisor("sup2")]
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def close(who: Principal) -> None:
        barrier.wait()
        try:
            office.supervision.close_agency_day(who, rid(), office.dkr)
            outcomes.append("closed")
        except DomainError as error:
            outcomes.append(error.reason)

    threads = [threading.Thread(target=close, args=(who,)) for who in supervisors]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["DAY_ALREADY_CLOSED", "closed"]
    listed = office.supervision.list_closures(supervisors[0], office.dkr)
    assert [(c.sequence, c.level) for c in listed.items] == [(2, "day"), (1, "session")]
    assert office.verify().ok


def test_each_agency_shows_the_tills_of_its_own_business_day(office: Office) -> None:
    """CSH-12: with no date asked, each agency's day follows its own UTC offset
    (cash.business_day_utc_offset_hours), all offsets read at once."""
    desk = office.desk
    with desk.uow() as uow:
        uow.reference_data.add_parameter_value(
            ParameterValueRow(
                id=rid(),
                key="cash.business_day_utc_offset_hours",
                scope=office.ths,
                value="14",
                version=1,
                updated_at=desk.clock.now(),
                updated_by=rid(),
            )
        )
    awa, moussa = office.cashier("awa"), office.cashier("moussa", "THS")
    both = desk.principal(
        desk.user("sup", "supervisor", agencies=("DKR", "THS")), desk.workstation()
    )
    dakar, thies = desk.open(awa, 0), desk.open(moussa, 0)
    assert (dakar.business_date, thies.business_date) == (DAY_1, date(2026, 3, 3))
    view = office.supervision.list_till_positions(both)
    assert [(s.cashier_login, s.business_date) for s in view.cash_sessions] == [
        ("awa", DAY_1),
        ("moussa", date(2026, 3, 3)),
    ]
    only_thies = office.supervision.list_till_positions(both, office.ths)
    assert only_thies.business_date == date(2026, 3, 3)
    asked = office.supervision.list_till_positions(both, "", DAY_1)
    assert [s.cashier_login for s in asked.cash_sessions] == ["awa"]
