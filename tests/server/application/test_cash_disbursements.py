"""Money out of a till and the till after payments, at the use-case level on SQLite and
PostgreSQL: expected per tender after payments with change and a cheque (CSH-6),
disbursements below and above the approval threshold with four eyes (CSH-3, ADM-5), refunds
limited to the advance, positions (CSH-12)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from iwebs_server.application.cash_disbursements import DisbursementInput
from iwebs_server.application.cash_till import CloseInput, CountedTender, MoneyInput
from iwebs_server.domain.errors import DomainError, NotFound
from tests.server.application.cash_session_harness import Desk, build_desk, rid
from tests.server.application.test_cash_sessions import cashier_at_till, refused


@pytest.fixture
def desk(database_url: str) -> Iterator[Desk]:
    made = build_desk(database_url)
    yield made
    made.uow.engine.dispose()


def out(session_id: str, category: str, amount: int, account_id: str = "", reason: str = "x"):  # type: ignore[no-untyped-def]
    return DisbursementInput(
        session_id, category, MoneyInput("XOF", amount), "La Poste", reason, account_id
    )


def test_expected_per_tender_after_payments_with_change_and_a_cheque(desk: Desk) -> None:
    """CSH-6: expected cash = float + cash net of change; the cheque is expected apart and
    listed; counting exactly closes with no difference; the closure sums the receipts."""
    awa = cashier_at_till(desk)
    view = desk.open(awa, 10_000)
    account = desk.account()
    first = desk.pay(awa, view.cash_session_id, account, 7_500, ("CASH", 10_000))  # change 2500
    desk.clock.advance(minutes=5)
    desk.pay(awa, view.cash_session_id, account, 20_000, ("CHEQUE", 20_000))
    desk.clock.advance(minutes=5)
    last = desk.pay(awa, view.cash_session_id, account, 3_000, ("CASH", 1_000), ("WAVE", 2_000))
    summary = desk.sessions.closing_summary(awa, view.cash_session_id)
    expected = {t.mode_kind: t.expected_minor for t in summary.tenders}
    assert expected == {"cash": 18_500, "cheque": 20_000, "mobile_money": 2_000}
    assert [c.amount_minor for c in summary.cheques] == [20_000]
    with desk.uow(read_only=True) as uow:
        position = uow.cash_sessions.position(view.cash_session_id)
    assert (position.receipt_count, position.payment_count) == (3, 3)
    assert position.last_payment_at == desk.clock.now()
    result = desk.sessions.close(
        awa,
        rid(),
        CloseInput(
            view.cash_session_id,
            (("XOF-B10000", 1), ("XOF-B5000", 1), ("XOF-B2000", 1), ("XOF-B500", 3)),
            (CountedTender("cheque", "XOF", 20_000),),
        ),
    )
    closure = result.closure
    assert closure.difference_minor == 0 and closure.counted_cash_minor == 18_500
    assert {(t.mode_kind, t.expected_minor, t.counted_minor) for t in closure.tenders} == {
        ("cash", 18_500, 18_500),
        ("cheque", 20_000, 20_000),
        ("mobile_money", 2_000, 2_000),
    }
    assert (closure.receipt_count, closure.period_total_minor) == (3, 30_500)
    assert (closure.first_receipt_number, closure.last_receipt_number) == (
        first.receipt_number,
        last.receipt_number,
    )


def test_a_missing_cheque_is_a_difference_of_its_kind(desk: Desk) -> None:
    awa = cashier_at_till(desk)
    view = desk.open(awa, 0)
    desk.pay(awa, view.cash_session_id, desk.account(), 20_000, ("CHEQUE", 20_000))
    result = desk.sessions.close(
        awa,
        rid(),
        CloseInput(view.cash_session_id, (), (CountedTender("cheque", "XOF", 0),), "chèque égaré"),
    )
    assert result.closure.difference_minor == 0  # cash
    assert [(m.kind, m.mode_kind, m.amount_minor) for m in desk.movements(view.cash_session_id)][
        -1
    ] == ("difference", "cheque", -20_000)
    ledger = {(e.ledger_account, e.amount_minor) for e in desk.ledger(view.cash_session_id)}
    assert ("CHEQUES", -20_000) in ledger and ("CASH_DIFFERENCE", 20_000) in ledger


def test_disbursement_below_the_threshold_is_paid_out_with_a_voucher(desk: Desk) -> None:
    """CSH-3: a negative movement, a negative numbered voucher, a ledger group."""
    awa = cashier_at_till(desk)
    view = desk.open(awa, 30_000)
    request_id = rid()
    result = desk.disbursements.record(awa, request_id, out(view.cash_session_id, "STAMPS", 5_000))
    assert result.approval_request_id == "" and result.movement is not None
    assert (result.movement.kind, result.movement.amount_minor) == ("disbursement", -5_000)
    voucher = result.voucher
    assert voucher is not None and (voucher.kind, voucher.amount_minor) == ("disbursement", -5_000)
    assert result.movement.receipt_number == voucher.receipt_number
    again = desk.disbursements.record(awa, request_id, out(view.cash_session_id, "STAMPS", 5_000))
    assert again.voucher is not None and again.voucher.receipt_number == voucher.receipt_number
    assert {(e.ledger_account, e.amount_minor) for e in desk.ledger(view.cash_session_id)} == {
        ("DISBURSEMENT:STAMPS", 5_000),
        ("CASH", -5_000),
    }
    summary = desk.sessions.closing_summary(awa, view.cash_session_id)
    assert summary.tenders[0].expected_minor == 25_000


def test_disbursement_refusals_with_their_reasons(desk: Desk) -> None:
    awa = cashier_at_till(desk)
    view = desk.open(awa, 10_000)
    sid = view.cash_session_id
    record = desk.disbursements.record
    refused(lambda: record(awa, rid(), out(sid, "STAMPS", 10_001)), "PAYMENT_AMOUNT_INVALID",
            "amount.amount_minor")  # fmt: skip
    refused(lambda: record(awa, rid(), out(sid, "NOPE", 100)), "INVALID_ARGUMENT", "category_code")
    refused(lambda: record(awa, rid(), out(sid, "STAMPS", 100, reason=" ")), "INVALID_ARGUMENT",
            "reason")  # fmt: skip
    refused(lambda: record(awa, rid(), out(sid, "REFUND", 100)), "INVALID_ARGUMENT", "account_id")
    refused(lambda: record(awa, rid(), out(sid, "STAMPS", 0)), "INVALID_ARGUMENT",
            "amount.amount_minor")  # fmt: skip
    thies_account = desk.account("THS")
    with pytest.raises(NotFound):
        record(awa, rid(), out(sid, "REFUND", 100, thies_account))
    binta = cashier_at_till(desk, "binta")
    refused(lambda: record(binta, rid(), out(sid, "STAMPS", 100)), "CASH_SESSION_NOT_OPEN")


def test_a_refund_gives_back_at_most_the_advance(desk: Desk) -> None:
    """CSH-3: the refund reduces the account's advance; beyond it, refused."""
    awa = cashier_at_till(desk)
    view = desk.open(awa, 0)
    account = desk.account()
    desk.pay(awa, view.cash_session_id, account, 15_000, ("CASH", 15_000))  # all advance
    with desk.uow(read_only=True) as uow:
        assert uow.payments.advance_balance(account) == 15_000
    error = refused(
        lambda: desk.disbursements.record(
            awa, rid(), out(view.cash_session_id, "REFUND", 15_001, account)
        ),
        "PAYMENT_AMOUNT_INVALID",
        "amount.amount_minor",
    )
    assert "advance" in error.message
    result = desk.disbursements.record(
        awa, rid(), out(view.cash_session_id, "REFUND", 12_000, account)
    )
    assert result.voucher is not None and result.voucher.account_id == account
    with desk.uow(read_only=True) as uow:
        assert uow.payments.advance_balance(account) == 3_000
    ledger = {
        (e.ledger_account, e.amount_minor, e.account_id)
        for e in desk.ledger(view.cash_session_id)
        if e.ledger_account in {"ADVANCE", "CASH"} and e.amount_minor in {12_000, -12_000}
    }
    assert ledger == {("ADVANCE", 12_000, account), ("CASH", -12_000, None)}
    refused(
        lambda: desk.disbursements.record(
            awa, rid(), out(view.cash_session_id, "REFUND", 3_001, account)
        ),
        "PAYMENT_AMOUNT_INVALID",
    )


def test_above_the_threshold_it_waits_for_another_persons_approval(desk: Desk) -> None:
    """CSH-3, ADM-5: above cash.disbursement_approval_above a request is made; the cashier
    cannot approve her own; a supervisor's approval pays out in her transaction."""
    awa = cashier_at_till(desk)
    view = desk.open(awa, 100_000)
    result = desk.disbursements.record(
        awa, rid(), out(view.cash_session_id, "PETTY", 30_000, reason="groupe électrogène")
    )
    assert result.movement is None and result.approval_request_id
    assert [m.kind for m in desk.movements(view.cash_session_id)] == ["opening_float"]
    approval_id = result.approval_request_id
    boss = desk.principal(desk.user("chef", "supervisor"), desk.workstation())
    awa_decider = awa.__class__(**{**awa.__dict__, "rights": boss.rights})
    refused(
        lambda: desk.approvals.approve(awa_decider, rid(), approval_id, ""),
        "APPROVAL_SELF_DECISION",
    )
    desk.approvals.approve(boss, rid(), approval_id, "vu")
    movements = desk.movements(view.cash_session_id)
    assert [(m.kind, m.amount_minor, m.approval_request_id, m.created_by) for m in movements][
        -1
    ] == ("disbursement", -30_000, approval_id, awa.user_id)
    listed = desk.transfers.list_movements(awa, view.cash_session_id)
    assert listed[-1].receipt_number  # the voucher


def test_an_approval_after_the_till_closed_fails(desk: Desk) -> None:
    awa = cashier_at_till(desk)
    view = desk.open(awa, 100_000)
    result = desk.disbursements.record(awa, rid(), out(view.cash_session_id, "PETTY", 30_000))
    desk.sessions.close(awa, rid(), CloseInput(view.cash_session_id, (("XOF-B10000", 10),)))
    boss = desk.principal(desk.user("chef", "supervisor"), desk.workstation())
    with pytest.raises(DomainError) as caught:
        desk.approvals.approve(boss, rid(), result.approval_request_id, "")
    assert caught.value.reason == "CASH_SESSION_NOT_OPEN"
    assert desk.approvals.get(boss, result.approval_request_id).status == "pending"


def test_positions_of_many_tills_in_four_queries(desk: Desk) -> None:
    """CSH-12: the supervisor's poll reads every till's position in four grouped queries,
    whatever the number of tills; each position is float + net tenders + movements."""
    from sqlalchemy import event

    sessions = []
    for index, login in enumerate(("awa", "binta", "coumba")):
        who = cashier_at_till(desk, login)
        view = desk.open(who, 1_000 * (index + 1))
        desk.pay(who, view.cash_session_id, desk.account(), 2_000, ("CASH", 5_000))
        sessions.append(view.cash_session_id)
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    with desk.uow(read_only=True) as uow:
        event.listen(desk.uow.engine, "before_cursor_execute", count)
        try:
            positions = uow.cash_sessions.positions(sessions)
        finally:
            event.remove(desk.uow.engine, "before_cursor_execute", count)
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 4
    assert [positions[s].cash_in_till for s in sessions] == [3_000, 4_000, 5_000]
    assert [positions[s].tender_counts["cash"] for s in sessions] == [1, 1, 1]
    assert all(positions[s].receipt_count == 1 for s in sessions)
