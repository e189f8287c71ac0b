"""A cashier's till at the use-case level, on SQLite and PostgreSQL: opening (CSH-8, CSH-9),
closing with the denomination count (CSH-6, CASH-04), transfers to the head cashier,
idempotent repeats (IDEM-01, IDEM-02)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from iwebs_server.application.cash_till import CloseInput, CountedTender, MoneyInput
from iwebs_server.domain.cash_chain import GENESIS_HASH, closure_hash
from iwebs_server.domain.errors import DomainError, NotFound
from tests.server.application.cash_session_harness import Desk, build_desk, rid


@pytest.fixture
def desk(database_url: str) -> Iterator[Desk]:
    made = build_desk(database_url)
    yield made
    made.uow.engine.dispose()


def refused(call, reason: str, field: str | None = None) -> DomainError:  # type: ignore[no-untyped-def]
    with pytest.raises(DomainError) as caught:
        call()
    assert caught.value.reason == reason, caught.value.message
    if field is not None:
        assert field in [v.field for v in caught.value.field_violations]
    return caught.value


def cashier_at_till(desk: Desk, login: str = "awa", agency: str = "DKR"):  # type: ignore[no-untyped-def]
    user = desk.user(login, agencies=(agency,))
    return desk.principal(user, desk.workstation(agency))


# --- opening -----------------------------------------------------------------------------


def test_open_takes_the_float_parameter_or_the_amount_given(desk: Desk) -> None:
    """CSH-8: the opening float is cash.opening_float unless the cashier gives one; it is
    the session's first movement."""
    awa = cashier_at_till(desk)
    view = desk.open(awa)
    assert (view.status, view.currency_code, view.opening_float_minor) == ("open", "XOF", 50_000)
    assert view.business_date.isoformat() == "2026-03-02"
    assert view.totals[0].mode_kind == "cash" and view.totals[0].amount_minor == 50_000
    kinds = [(m.kind, m.amount_minor) for m in desk.movements(view.cash_session_id)]
    assert kinds == [("opening_float", 50_000)]

    binta = cashier_at_till(desk, "binta")
    given = desk.open(binta, 75_000)
    assert given.opening_float_minor == 75_000
    assert desk.sessions.current(binta) == given
    assert desk.sessions.current(awa).cash_session_id == view.cash_session_id  # type: ignore[union-attr]


def test_open_refuses_a_float_of_another_currency(desk: Desk) -> None:
    awa = cashier_at_till(desk)
    refused(
        lambda: desk.sessions.open(awa, rid(), MoneyInput("EUR", 100)),
        "INVALID_ARGUMENT",
        "opening_float.currency_code",
    )


def test_one_session_per_cashier_and_day_even_after_closing(desk: Desk) -> None:
    """CSH-8: a second session the same day is refused, also once the first is closed
    (reopening would need four eyes); the next business day opens again."""
    awa = cashier_at_till(desk)
    first = desk.open(awa)
    error = refused(lambda: desk.open(awa), "CASH_SESSION_ALREADY_OPEN")
    assert "already have" in error.message
    desk.sessions.close(awa, rid(), CloseInput(first.cash_session_id, (("XOF-B10000", 5),)))
    error = refused(lambda: desk.open(awa), "CASH_SESSION_ALREADY_OPEN")
    assert "closed" in error.message and "approval" in error.message
    desk.clock.advance(days=1)
    assert desk.open(awa).business_date.isoformat() == "2026-03-03"


def test_another_cashier_cannot_open_on_a_till_in_use(desk: Desk) -> None:
    """One open session per workstation (CSH-10)."""
    till = desk.workstation()
    awa = desk.principal(desk.user("awa"), till)
    binta = desk.principal(desk.user("binta"), till)
    first = desk.open(awa)
    error = refused(lambda: desk.open(binta), "CASH_SESSION_ALREADY_OPEN")
    assert "awa" in error.message
    assert desk.sessions.current(binta) is None
    desk.sessions.close(awa, rid(), CloseInput(first.cash_session_id, (("XOF-B10000", 5),)))
    assert desk.open(binta).workstation_id == till


def test_a_workstation_not_allowed_to_collect_cash_is_refused(desk: Desk) -> None:
    user = desk.user("awa")
    office = desk.principal(user, desk.workstation(may_collect_cash=False))
    error = refused(lambda: desk.open(office), "CASH_DESK_NOT_ALLOWED")
    assert "not allowed to collect cash" in error.message


def test_a_moved_cashier_keeps_her_rights_and_takes_the_workstations_agency(desk: Desk) -> None:
    """CSH-9: the cashier moved from Dakar to Thiès keeps her profile; at a Thiès till her
    session is Thiès's; a till of an agency she no longer has is refused with the reason."""
    user = desk.user("awa", agencies=("DKR",))
    dakar_till, thies_till = desk.workstation("DKR"), desk.workstation("THS")
    refused(lambda: desk.open(desk.principal(user, thies_till)), "CASH_DESK_NOT_ALLOWED")
    desk.set_user_agencies(user, ("THS",))
    moved = desk.principal(user, thies_till)
    assert "cash.collect" in moved.rights
    view = desk.open(moved)
    assert view.agency_id == desk.agencies["THS"] and view.agency_name == "Thiès Centre"
    error = refused(lambda: desk.open(desk.principal(user, dakar_till)), "CASH_DESK_NOT_ALLOWED")
    assert "Dakar Plateau" in error.message and "not among your agencies" in error.message


def test_open_is_idempotent_by_request_id(desk: Desk) -> None:
    """IDEM-01/02: a repeat returns the first session; the same id otherwise is refused."""
    awa = cashier_at_till(desk)
    request_id = rid()
    first = desk.sessions.open(awa, request_id, MoneyInput("XOF", 10_000))
    again = desk.sessions.open(awa, request_id, MoneyInput("XOF", 10_000))
    assert again.cash_session_id == first.cash_session_id
    refused(
        lambda: desk.sessions.open(awa, request_id, MoneyInput("XOF", 20_000)),
        "REQUEST_ID_REUSED",
    )
    assert len(desk.movements(first.cash_session_id)) == 1


# --- closing -----------------------------------------------------------------------------


def test_closing_summary_lists_expected_and_denominations_largest_first(desk: Desk) -> None:
    awa = cashier_at_till(desk)
    view = desk.open(awa, 30_000)
    summary = desk.sessions.closing_summary(awa, view.cash_session_id)
    assert [(t.mode_kind, t.expected_minor) for t in summary.tenders] == [("cash", 30_000)]
    values = [d.unit_value_minor for d in summary.denominations]
    assert values == sorted(values, reverse=True) and values[0] == 10_000
    assert {d.currency_code for d in summary.denominations} == {"XOF"}
    assert summary.cheques == () and summary.tolerance_minor == 0


def test_closing_exact_with_billetage(desk: Desk) -> None:
    """CSH-6: counted = sum of value x quantity; no difference, no difference movement."""
    awa = cashier_at_till(desk)
    view = desk.open(awa, 37_500)
    result = desk.sessions.close(
        awa,
        rid(),
        CloseInput(
            view.cash_session_id,
            (("XOF-B10000", 3), ("XOF-B5000", 1), ("XOF-B2000", 1), ("XOF-B500", 1)),
        ),
    )
    closure = result.closure
    assert (closure.expected_cash_minor, closure.counted_cash_minor, closure.difference_minor) == (
        37_500,
        37_500,
        0,
    )
    assert result.cash_session.status == "closed" and result.cash_session.closed_at is not None
    assert [(d.denomination_code, d.amount_minor) for d in closure.denominations][:1] == [
        ("XOF-B10000", 30_000)
    ]
    assert [m.kind for m in desk.movements(view.cash_session_id)] == ["opening_float"]
    assert desk.ledger(view.cash_session_id) == []


@pytest.mark.parametrize("counted, difference", [(41_000, 1_000), (39_000, -1_000)])
def test_a_difference_is_its_own_movement_and_ledger_group(
    desk: Desk, counted: int, difference: int
) -> None:
    """CSH-6: over (> 0) or short (< 0) is recorded apart, with a comment beyond the
    tolerance (CLOSING_COMMENT_REQUIRED on field comment)."""
    awa = cashier_at_till(desk)
    view = desk.open(awa, 40_000)
    lines = (("XOF-B1000", counted // 1000),)
    error = refused(
        lambda: desk.sessions.close(awa, rid(), CloseInput(view.cash_session_id, lines)),
        "CLOSING_COMMENT_REQUIRED",
        "comment",
    )
    assert "cash" in error.message
    result = desk.sessions.close(
        awa, rid(), CloseInput(view.cash_session_id, lines, comment="billet mal rendu")
    )
    assert result.closure.difference_minor == difference
    assert result.closure.comment == "billet mal rendu"
    movements = desk.movements(view.cash_session_id)
    assert [(m.kind, m.amount_minor) for m in movements] == [
        ("opening_float", 40_000),
        ("difference", difference),
    ]
    ledger = {(e.ledger_account, e.amount_minor) for e in desk.ledger(view.cash_session_id)}
    assert ledger == {("CASH", difference), ("CASH_DIFFERENCE", -difference)}
    # after closing, the position is what was counted
    assert result.cash_session.totals[0].amount_minor == counted


def test_a_difference_within_tolerance_needs_no_comment(desk: Desk) -> None:
    desk.set_parameter("cash.difference_tolerance", "500 XOF")
    awa = cashier_at_till(desk)
    view = desk.open(awa, 10_000)
    result = desk.sessions.close(
        awa,
        rid(),
        CloseInput(view.cash_session_id, (("XOF-B5000", 1), ("XOF-B2000", 2), ("XOF-B500", 1))),
    )
    assert result.closure.difference_minor == -500


def test_closing_refuses_unknown_denominations_and_bad_counts(desk: Desk) -> None:
    awa = cashier_at_till(desk)
    view = desk.open(awa, 10_000)
    error = refused(
        lambda: desk.sessions.close(
            awa,
            rid(),
            CloseInput(
                view.cash_session_id,
                (("EUR-B50", 1), ("XOF-B1000", -1)),
                (CountedTender("cash", "XOF", 1), CountedTender("cheque", "EUR", 0)),
            ),
        ),
        "INVALID_ARGUMENT",
    )
    fields = {v.field for v in error.field_violations}
    assert fields == {
        "denominations[0].denomination_code",
        "denominations[1].quantity",
    }
    error = refused(
        lambda: desk.sessions.close(
            awa,
            rid(),
            CloseInput(
                view.cash_session_id,
                (("XOF-B10000", 1),),
                (CountedTender("cash", "XOF", 1), CountedTender("cheque", "EUR", 0)),
            ),
        ),
        "INVALID_ARGUMENT",
    )
    assert {v.field for v in error.field_violations} == {
        "counted[0].mode_kind",
        "counted[1].counted.currency_code",
    }


def test_closures_are_chained_per_agency(desk: Desk) -> None:
    """CASH-04: each session closure links to the previous one of its agency."""
    closures = []
    for login in ("awa", "binta"):
        who = cashier_at_till(desk, login)
        view = desk.open(who, 10_000)
        closures.append(
            desk.sessions.close(
                who, rid(), CloseInput(view.cash_session_id, (("XOF-B10000", 1),))
            ).closure
        )
    first, second = closures
    assert (first.sequence, second.sequence) == (1, 2)
    with desk.uow(read_only=True) as uow:
        rows = uow.cash_closures.chain(desk.agencies["DKR"])
        head = uow.cash_closures.head(desk.agencies["DKR"])
        fields = [{c.name: getattr(row, c.name) for c in row.__table__.columns} for row in rows]
    assert rows[0].previous_hash == GENESIS_HASH
    assert rows[1].previous_hash == rows[0].hash == first.hash
    assert rows[0].hash == closure_hash(GENESIS_HASH, fields[0])
    assert rows[1].hash == closure_hash(rows[0].hash, fields[1])
    assert head is not None and (head.last_sequence, head.last_hash) == (2, second.hash)
    assert json.loads(rows[0].totals_json) == {"cash": {"counted": 10_000, "expected": 10_000}}


def test_close_is_idempotent_and_only_the_callers_open_session(desk: Desk) -> None:
    awa = cashier_at_till(desk)
    view = desk.open(awa, 10_000)
    request = CloseInput(view.cash_session_id, (("XOF-B10000", 1),))
    request_id = rid()
    first = desk.sessions.close(awa, request_id, request)
    again = desk.sessions.close(awa, request_id, request)
    assert again.closure.closure_id == first.closure.closure_id
    refused(lambda: desk.sessions.close(awa, rid(), request), "CASH_SESSION_NOT_OPEN")
    thies = cashier_at_till(desk, "coumba", "THS")
    with pytest.raises(NotFound):
        desk.sessions.closing_summary(thies, view.cash_session_id)


# --- transfers ---------------------------------------------------------------------------


def test_transfer_to_the_head_cashier(desk: Desk) -> None:
    """Two movements pointing at each other, one ledger group, at most the till's cash."""
    awa = cashier_at_till(desk)
    chief = cashier_at_till(desk, "chef")
    till = desk.open(awa, 20_000)
    head = desk.open(chief, 0, head=True)
    request_id = rid()

    def transfer(amount: int, head_id: str = head.cash_session_id, key: str = request_id):  # type: ignore[no-untyped-def]
        return desk.transfers.transfer_to_head_cashier(
            awa, key, till.cash_session_id, head_id, MoneyInput("XOF", amount), "mi-journée"
        )

    refused(lambda: transfer(20_001, key=rid()), "PAYMENT_AMOUNT_INVALID", "amount.amount_minor")
    moved = transfer(15_000)
    assert (moved.kind, moved.amount_minor, moved.counterpart_session_id) == (
        "transfer_out",
        -15_000,
        head.cash_session_id,
    )
    assert transfer(15_000).cash_movement_id == moved.cash_movement_id  # a repeat
    refused(lambda: transfer(14_000), "REQUEST_ID_REUSED")
    head_movements = desk.movements(head.cash_session_id)
    assert [(m.kind, m.amount_minor, m.counterpart_session_id) for m in head_movements] == [
        ("opening_float", 0, None),
        ("transfer_in", 15_000, till.cash_session_id),
    ]
    assert {(e.ledger_account, e.amount_minor) for e in desk.ledger(till.cash_session_id)} == {
        ("CASH", -15_000)
    }
    assert {(e.ledger_account, e.amount_minor) for e in desk.ledger(head.cash_session_id)} == {
        ("HEAD_CASHIER", 15_000)
    }
    assert desk.sessions.current(awa).totals[0].amount_minor == 5_000  # type: ignore[union-attr]
    summary = desk.sessions.closing_summary(awa, till.cash_session_id)
    assert summary.tenders[0].expected_minor == 5_000
    listed = desk.transfers.list_movements(awa, till.cash_session_id)
    assert [m.kind for m in listed] == ["opening_float", "transfer_out"]


def test_transfer_needs_an_open_head_cashier_session(desk: Desk) -> None:
    awa = cashier_at_till(desk)
    binta = cashier_at_till(desk, "binta")
    till = desk.open(awa, 20_000)
    not_head = desk.open(binta, 0)
    refused(
        lambda: desk.transfers.transfer_to_head_cashier(
            awa, rid(), till.cash_session_id, not_head.cash_session_id, MoneyInput("XOF", 1), ""
        ),
        "CASH_SESSION_NOT_OPEN",
        "head_cashier_session_id",
    )
    refused(
        lambda: desk.transfers.transfer_to_head_cashier(
            binta, rid(), till.cash_session_id, not_head.cash_session_id, MoneyInput("XOF", 1), ""
        ),
        "CASH_SESSION_NOT_OPEN",
    )
    with pytest.raises(NotFound):
        desk.transfers.list_movements(binta, till.cash_session_id)
    # no id: the agency's open head cashier's session, and there is none yet
    refused(
        lambda: desk.transfers.transfer_to_head_cashier(
            awa, rid(), till.cash_session_id, "", MoneyInput("XOF", 1), ""
        ),
        "CASH_SESSION_NOT_OPEN",
        "head_cashier_session_id",
    )


def test_transfer_without_an_id_goes_to_the_agency_head_cashier(desk: Desk) -> None:
    """A cashier does not know the head cashier's session id: an empty id names the
    agency's one open head cashier's till; with two open she must choose."""
    awa = cashier_at_till(desk)
    till = desk.open(awa, 20_000)
    head = desk.open(cashier_at_till(desk, "chef"), 0, head=True)
    moved = desk.transfers.transfer_to_head_cashier(
        awa, rid(), till.cash_session_id, "", MoneyInput("XOF", 5_000), ""
    )
    assert moved.counterpart_session_id == head.cash_session_id
    desk.open(cashier_at_till(desk, "chef2"), 0, head=True)
    refused(
        lambda: desk.transfers.transfer_to_head_cashier(
            awa, rid(), till.cash_session_id, "", MoneyInput("XOF", 1_000), ""
        ),
        "INVALID_ARGUMENT",
        "head_cashier_session_id",
    )


def test_concurrent_opens_make_one_session(desk: Desk) -> None:
    """IDEM-04, CSH-8: the same request sent five times at once gives one session; two
    requests of the same cashier from two tills at once: one opens, the other is told."""
    from concurrent.futures import ThreadPoolExecutor

    awa = cashier_at_till(desk)
    request_id = rid()
    with ThreadPoolExecutor(5) as pool:
        views = list(pool.map(lambda _: desk.sessions.open(awa, request_id), range(5)))
    assert len({v.cash_session_id for v in views}) == 1
    user = desk.user("binta")
    tills = [desk.principal(user, desk.workstation()) for _ in range(2)]

    def attempt(who):  # type: ignore[no-untyped-def]
        try:
            return desk.sessions.open(who, rid()).cash_session_id
        except DomainError as error:
            return error.reason

    with ThreadPoolExecutor(2) as pool:
        outcomes = list(pool.map(attempt, tills))
    assert sorted(o == "CASH_SESSION_ALREADY_OPEN" for o in outcomes) == [False, True], outcomes


def test_a_head_cashiers_till_receives_transfers_and_sends_none(desk: Desk) -> None:
    """CSH-3: transfers go from a counter's till to a head cashier's; one head cashier
    sending to another is refused, so two heads sending to each other at once can never lock
    each other's till in opposite orders (deadlock)."""
    first, second = cashier_at_till(desk, "chef"), cashier_at_till(desk, "chef2")
    head_a, head_b = desk.open(first, 20_000, head=True), desk.open(second, 20_000, head=True)
    refused(
        lambda: desk.transfers.transfer_to_head_cashier(
            first, rid(), head_a.cash_session_id, head_b.cash_session_id, MoneyInput("XOF", 1), ""
        ),
        "INVALID_ARGUMENT",
        "cash_session_id",
    )
