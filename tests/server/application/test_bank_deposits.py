"""Bank deposits and cheque remittances on both databases (CSH-5, CSH-7, CSH-11): the
position, cash deposits within what remains, cheques once, the bank's slip, numbering."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date

import pytest

from iwebs_server.application.deposit_views import DepositLineInput
from iwebs_server.domain.errors import DomainError
from iwebs_server.domain.principal import Principal
from tests.server.application.cash_supervision_harness import Office, build_office, refused, rid

DAY_1, DAY_2 = date(2026, 3, 2), date(2026, 3, 3)


@pytest.fixture
def office(database_url: str) -> Iterator[Office]:
    yield from build_office(database_url)


def cash_line(session_id: str, amount: int) -> DepositLineInput:
    return DepositLineInput(cash_session_id=session_id, currency_code="XOF", amount_minor=amount)


def cheque_line(tender_id: str, amount: int = 0) -> DepositLineInput:
    return DepositLineInput(payment_tender_id=tender_id, amount_minor=amount)


def a_closed_day(office: Office) -> tuple[Principal, str, str, str]:
    """Day 1: awa (float 10,000) takes 15,000 cash and a 7,000 cheque, counts 25,000;
    binta (float 5,000) takes 2,500 cash, counts 7,500; a cheque of binta's is cancelled.
    Returns the supervisor, the two sessions and awa's cheque tender."""
    desk = office.desk
    awa, binta = office.cashier("awa"), office.cashier("binta")
    chief = office.supervisor("sup")
    account = desk.account()
    till_a, till_b = desk.open(awa, 10_000), desk.open(binta, 5_000)
    desk.pay(awa, till_a.cash_session_id, account, 15_000, ("CASH", 15_000))
    paid_by_cheque = desk.pay(awa, till_a.cash_session_id, account, 7_000, ("CHEQUE", 7_000))
    desk.pay(binta, till_b.cash_session_id, account, 2_500, ("CASH", 2_500))
    bounced = desk.pay(binta, till_b.cash_session_id, account, 3_000, ("CHEQUE", 3_000))
    office.cancel(binta, chief, bounced.receipt_id)
    office.close(awa, till_a.cash_session_id, 25_000)
    office.close(binta, till_b.cash_session_id, 7_500)
    return (
        chief,
        till_a.cash_session_id,
        till_b.cash_session_id,
        paid_by_cheque.tenders[0].tender_id,
    )


def test_the_position_of_a_day_and_of_the_next(office: Office) -> None:
    """CSH-11: depositable = counted - float per closed session; cheques on hand (not the
    cancelled one); earlier days' leftovers against what today collected; the total."""
    chief, till_a, till_b, cheque = a_closed_day(office)
    position = office.deposits.get_position(chief, office.dkr)
    assert position.business_date == DAY_1 and position.currency_code == "XOF"
    sessions = {s.cash_session_id: s for s in position.sessions}
    assert (sessions[till_a].depositable_minor, sessions[till_a].remaining_minor) == (
        15_000,
        15_000,
    )
    assert sessions[till_a].cashier_login == "awa" and sessions[till_a].workstation_name
    assert sessions[till_b].depositable_minor == 2_500
    assert [(c.payment_tender_id, c.amount_minor, c.bank_code) for c in position.cheques] == [
        (cheque, 7_000, "CBAO")
    ]
    assert position.cheques[0].receipt_number.startswith("DKR-2026-")
    assert (position.cash_not_deposited_earlier_minor, position.cash_collected_today_minor) == (
        0,
        17_500,
    )
    assert (
        position.cheques_not_deposited_earlier_minor,
        position.cheques_collected_today_minor,
    ) == (0, 7_000)
    assert position.total_to_deposit_minor == 24_500

    office.deposits.prepare(
        chief,
        rid(),
        agency_id=office.dkr,
        kind="cash",
        bank_code="CBAO",
        lines=[cash_line(till_a, 10_000)],
    )
    office.desk.clock.advance(days=1)
    next_day = office.deposits.get_position(chief, office.dkr)
    assert next_day.business_date == DAY_2
    assert next_day.cash_not_deposited_earlier_minor == 5_000 + 2_500
    assert next_day.cheques_not_deposited_earlier_minor == 7_000
    assert (next_day.cash_collected_today_minor, next_day.cheques_collected_today_minor) == (0, 0)
    assert next_day.total_to_deposit_minor == 14_500
    assert {s.cash_session_id: s.deposited_minor for s in next_day.sessions} == {
        till_a: 10_000,
        till_b: 0,
    }
    refused(lambda: office.deposits.get_position(chief, office.ths), "NOT_FOUND")
    refused(
        lambda: office.deposits.get_position(office.cashier("awa2"), office.dkr),
        "PERMISSION_DENIED",
    )


def test_a_cash_deposit_takes_at_most_what_remains(office: Office) -> None:
    """CSH-5: cash lines of closed sessions, never more than what remains of each
    (DEPOSIT_EXCEEDS_AVAILABLE); numbered per agency and year; idempotent; an open session
    or another agency's is refused."""
    chief, till_a, till_b, _cheque = a_closed_day(office)

    def deposit(*lines: DepositLineInput, key: str | None = None, bank: str = "CBAO"):  # type: ignore[no-untyped-def]
        return office.deposits.prepare(
            chief,
            key or rid(),
            agency_id=office.dkr,
            kind="cash",
            bank_code=bank,
            lines=list(lines),
            comment="versement du jour",
        )

    refused(
        lambda: deposit(cash_line(till_a, 15_001)), "DEPOSIT_EXCEEDS_AVAILABLE", "lines[0].amount"
    )
    refused(
        lambda: deposit(cash_line(till_a, 8_000), cash_line(till_a, 8_000)),
        "DEPOSIT_EXCEEDS_AVAILABLE",
    )
    refused(
        lambda: deposit(cash_line(till_a, 1_000), bank="NOBANK"), "INVALID_ARGUMENT", "bank_code"
    )
    key = rid()
    first = deposit(cash_line(till_a, 15_000), cash_line(till_b, 2_000), key=key)
    assert first.deposit_number == "DKR-V-2026-00001"
    assert (first.kind, first.amount_minor, first.bank_code) == ("cash", 17_000, "CBAO")
    assert [(line.cash_session_id, line.amount_minor) for line in first.lines] == sorted(
        [(till_a, 15_000), (till_b, 2_000)]
    )
    assert first.prepared_by_login == "sup" and not first.slip_recorded
    assert deposit(cash_line(till_a, 15_000), cash_line(till_b, 2_000), key=key) == first
    refused(lambda: deposit(cash_line(till_a, 1), key=key), "REQUEST_ID_REUSED")
    refused(lambda: deposit(cash_line(till_a, 1)), "DEPOSIT_EXCEEDS_AVAILABLE")
    second = deposit(cash_line(till_b, 500))
    assert second.deposit_number == "DKR-V-2026-00002"
    refused(lambda: deposit(cash_line(till_b, 1)), "DEPOSIT_EXCEEDS_AVAILABLE")

    still_open = office.desk.open(office.cashier("coumba"), 0)
    refused(
        lambda: deposit(cash_line(still_open.cash_session_id, 1)),
        "INVALID_ARGUMENT",
        "lines[0].cash_session_id",
    )
    moussa = office.cashier("moussa", "THS")
    ths_till = office.desk.open(moussa, 0)
    refused(
        lambda: deposit(cash_line(ths_till.cash_session_id, 1)),
        "INVALID_ARGUMENT",
        "lines[0].cash_session_id",
    )
    listed = office.deposits.list_deposits(chief, office.dkr)
    assert [d.deposit_number for d in listed.items] == ["DKR-V-2026-00002", "DKR-V-2026-00001"]
    assert office.deposits.list_deposits(chief, office.ths).items == ()
    assert office.verify().ok


def test_a_cheque_is_remitted_once_and_never_a_cancelled_one(office: Office) -> None:
    """CSH-5: a cheque remittance carries tenders, each once (ALREADY_EXISTS the second
    time), live and of a closed session; the amount is the cheque's."""
    chief, till_a, _till_b, cheque = a_closed_day(office)

    def remit(*lines: DepositLineInput):  # type: ignore[no-untyped-def]
        return office.deposits.prepare(
            chief, rid(), agency_id=office.dkr, kind="cheque", bank_code="SGBS", lines=list(lines)
        )

    refused(lambda: remit(cheque_line(cheque, 6_999)), "INVALID_ARGUMENT", "lines[0].amount")
    refused(
        lambda: remit(cheque_line(cheque), cheque_line(cheque)),
        "INVALID_ARGUMENT",
        "lines[1].payment_tender_id",
    )
    with office.desk.uow(read_only=True) as uow:
        cancelled = [
            t.tender.id
            for t in uow.deposits.cheques_on_hand(office.dkr, DAY_1)
            if t.tender.id != cheque
        ]
    assert cancelled == []  # the bounced cheque is not on hand
    remitted = remit(cheque_line(cheque, 7_000))
    assert (remitted.kind, remitted.amount_minor) == ("cheque", 7_000)
    assert [(line.payment_tender_id, line.cash_session_id) for line in remitted.lines] == [
        (cheque, till_a)
    ]
    error = refused(lambda: remit(cheque_line(cheque)), "ALREADY_EXISTS")
    assert remitted.deposit_number in error.message
    assert office.deposits.get_position(chief, office.dkr).cheques == ()
    refused(lambda: remit(cheque_line(rid())), "INVALID_ARGUMENT", "lines[0].payment_tender_id")


def test_a_cancelled_cheque_cannot_be_remitted(office: Office) -> None:
    """CSH-5: the tender of a cancelled payment is refused with its reason."""
    desk = office.desk
    awa, chief = office.cashier("awa"), office.supervisor("sup")
    till = desk.open(awa, 0)
    paid = desk.pay(awa, till.cash_session_id, desk.account(), 4_000, ("CHEQUE", 4_000))
    office.cancel(awa, chief, paid.receipt_id)
    office.close(awa, till.cash_session_id, 0)
    error = refused(
        lambda: office.deposits.prepare(
            chief,
            rid(),
            agency_id=office.dkr,
            kind="cheque",
            bank_code="CBAO",
            lines=[cheque_line(paid.tenders[0].tender_id)],
        ),
        "INVALID_ARGUMENT",
    )
    assert error.field_violations[0].description == "was cancelled"


def test_the_banks_slip_once_per_deposit_and_a_different_credit_flagged(
    office: Office,
) -> None:
    """CSH-5: the slip (number, date, credited amount) is recorded once; a credit other than
    the deposit's is kept and flagged; the ledger stays balanced."""
    chief, till_a, _till_b, _cheque = a_closed_day(office)
    deposit = office.deposits.prepare(
        chief,
        rid(),
        agency_id=office.dkr,
        kind="cash",
        bank_code="CBAO",
        lines=[cash_line(till_a, 15_000)],
    )
    key = rid()

    def slip(credited: int, request_id: str = key, currency: str = "XOF"):  # type: ignore[no-untyped-def]
        return office.deposits.record_slip(
            chief,
            request_id,
            deposit_id=deposit.deposit_id,
            slip_number="BV-778812",
            slip_date=DAY_2,
            credited_currency=currency,
            credited_minor=credited,
        )

    refused(lambda: slip(14_990, rid(), "EUR"), "INVALID_ARGUMENT", "credited.currency_code")
    refused(lambda: slip(2**63 - 1, rid()), "INVALID_ARGUMENT", "credited")  # int64-safe sums
    recorded = slip(14_990)
    assert recorded.slip_recorded and recorded.credit_differs
    assert (recorded.slip_number, recorded.slip_date, recorded.credited_minor) == (
        "BV-778812",
        DAY_2,
        14_990,
    )
    assert slip(14_990) == recorded
    refused(lambda: slip(15_000, rid()), "ALREADY_EXISTS")
    refused(
        lambda: office.deposits.record_slip(
            office.supervisor("other", "THS"),
            rid(),
            deposit_id=deposit.deposit_id,
            slip_number="X",
            slip_date=DAY_2,
            credited_currency="XOF",
            credited_minor=1,
        ),
        "NOT_FOUND",
    )
    assert office.deposits.list_deposits(chief).items[0].credit_differs
    report = office.verify()
    assert report.ok, report.text()


def test_two_deposits_racing_for_the_same_cash_take_it_once(office: Office) -> None:
    """CSH-5: two supervisors depositing what remains of a till at the same moment: the
    session's lock lets one through, the other is DEPOSIT_EXCEEDS_AVAILABLE."""
    chief, till_a, _till_b, _cheque = a_closed_day(office)
    other = office.supervisor("sup2")
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def deposit(who: Principal) -> None:
        barrier.wait()
        try:
            office.deposits.prepare(
                who,
                rid(),
                agency_id=office.dkr,
                kind="cash",
                bank_code="CBAO",
                lines=[cash_line(till_a, 15_000)],
            )
            outcomes.append("deposited")
        except DomainError as error:
            outcomes.append(error.reason)

    threads = [threading.Thread(target=deposit, args=(who,)) for who in (chief, other)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["DEPOSIT_EXCEEDS_AVAILABLE", "deposited"]
    position = office.deposits.get_position(chief, office.dkr)
    assert {s.cash_session_id: s.deposited_minor for s in position.sessions}[till_a] == 15_000
