"""The cash verifier on a generated history (T-CASH-1 scaled for CI, T-CASH-2) and through
`iwebs cash verify` (CASH-08). The full T-CASH-1 (100,000 payments) is
tests/benchmarks/bench_cash_verify.py."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import Engine, text

from iwebs_server.application.cash_disbursements import DisbursementInput
from iwebs_server.application.cash_till import MoneyInput
from iwebs_server.application.cash_verification_report import VerificationReport
from iwebs_server.application.cash_verifier import CashVerifier
from iwebs_server.application.clock import new_id
from iwebs_server.application.deposit_views import DepositLineInput
from iwebs_server.cli import admin_cli, cash_cli
from iwebs_server.persistence.database import make_engine
from iwebs_server.persistence.unit_of_work import UnitOfWorkFactory
from tests.factories.cash_history import CashHistory, HistorySpec, generate_cash_history
from tests.server.application.cash_supervision_harness import Office, build_office


@dataclass
class HistoryDb:
    url: str
    engine: Engine
    history: CashHistory

    def verify(self, agency_code: str = "") -> VerificationReport:
        return CashVerifier(UnitOfWorkFactory(self.engine)).verify(agency_code)


def _history_db(database_url: str, spec: HistorySpec) -> Iterator[HistoryDb]:
    engine = make_engine(database_url, pool_size=2)
    try:
        yield HistoryDb(database_url, engine, generate_cash_history(engine, spec))
    finally:
        engine.dispose()


@pytest.fixture
def month(database_url: str) -> Iterator[HistoryDb]:
    """T-CASH-1 scaled: 3,000 payments over 30 days, cancellations, daily closures."""
    yield from _history_db(database_url, HistorySpec(payments=3000, days=30))


@pytest.fixture
def week(database_url: str) -> Iterator[HistoryDb]:
    yield from _history_db(database_url, HistorySpec(payments=700, days=7, cancel_every=25))


def test_a_month_of_history_verifies_clean(month: HistoryDb) -> None:
    """T-CASH-1 (CASH-08): 0 chain breaks, 0 gaps, closure sums exact, in bounded time."""
    report = month.verify()
    assert report.ok, report.text()
    history = month.history
    assert report.receipts == history.receipts == 3000 + history.cancellations
    assert history.cancellations == 75
    assert report.cancellations == history.cancellations
    assert report.closures == history.session_closures + history.day_closures == 30 * 5
    assert report.series == 1
    assert report.ledger_groups > 3000
    assert report.seconds < 60
    assert "RESULT: OK" in report.text()


Statement = tuple[str, dict[str, object]]


def _as_superuser(engine: Engine, table: str, statements: list[Statement]) -> None:
    """Changes an append-only table behind the application's back (T-CASH-2): PostgreSQL
    with every trigger (append-only and foreign keys) off for the transaction, SQLite with
    the table's triggers dropped and put back, foreign keys off."""
    if engine.dialect.name == "postgresql":
        with engine.begin() as connection:
            connection.execute(text("SET LOCAL session_replication_role = replica"))
            for sql, params in statements:
                connection.execute(text(sql), params)
        return
    raw = engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert driver is not None
        driver.execute("PRAGMA foreign_keys=OFF")
        triggers = driver.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
            (table,),
        ).fetchall()
        assert triggers, f"{table} has no append-only trigger"
        driver.execute("BEGIN IMMEDIATE")
        for name, _sql in triggers:
            driver.execute(f"DROP TRIGGER {name}")
        for sql, params in statements:
            driver.execute(sql, params)
        for _name, sql in triggers:
            driver.execute(sql)
        driver.execute("COMMIT")
        driver.execute("PRAGMA foreign_keys=ON")
    finally:
        raw.close()


def test_an_untouched_copy_has_no_false_positive(week: HistoryDb) -> None:
    """T-CASH-2: 0 false positives on the untouched copy."""
    report = week.verify()
    assert report.ok, report.text()
    assert report.problems == []


def test_a_mutated_amount_is_found_at_its_receipt(week: HistoryDb) -> None:
    """T-CASH-2 (CASH-03): one receipt's amount changed -> chain altered at that row, and
    the closures that covered it no longer add up."""
    series = week.history.series_id
    sql = (
        "UPDATE receipts SET amount_minor = amount_minor + 1000 "
        "WHERE series_id = :s AND number = 123"
    )
    _as_superuser(week.engine, "receipts", [(sql, {"s": series})])
    report = week.verify()
    assert not report.ok
    first = report.first("receipt_chain")
    assert first is not None and first.kind == "altered"
    assert first.where == f"series {series} number 123 ({series}-0000123)"
    assert report.of("numbering") == []
    assert {p.kind for p in report.of("closure_totals")} == {"period_total"}
    assert f"altered at series {series} number 123" in report.text()


def test_a_deleted_receipt_is_found_as_a_gap_and_a_missing_link(week: HistoryDb) -> None:
    """T-CASH-2 (CASH-02, CASH-03): one receipt deleted -> number gap and chain 'missing'
    at the next row."""
    series = week.history.series_id
    sql = "DELETE FROM receipts WHERE series_id = :s AND number = 250"
    _as_superuser(week.engine, "receipts", [(sql, {"s": series})])
    report = week.verify()
    gap = report.first("numbering")
    assert gap is not None and gap.kind == "gap"
    assert gap.where.startswith(f"series {series} number 251 ")
    assert gap.detail == "number 250 missing"
    chain = report.first("receipt_chain")
    assert chain is not None and chain.kind == "missing"
    assert chain.where == f"series {series} number 251 ({series}-0000251)"


def test_a_deleted_last_receipt_is_found_against_the_series_head(week: HistoryDb) -> None:
    """CASH-08: a truncated tail shows against receipt_series.last_number/last_hash."""
    last, series = week.history.receipts, week.history.series_id
    sql = "DELETE FROM receipts WHERE series_id = :s AND number = :n"
    _as_superuser(week.engine, "receipts", [(sql, {"s": series, "n": last})])
    report = week.verify()
    chain = report.first("receipt_chain")
    assert chain is not None and chain.kind == "missing"
    assert chain.where == f"series {series} number {last}"
    assert "truncated tail" in chain.detail


def test_two_swapped_receipts_are_found_reordered(week: HistoryDb) -> None:
    """T-CASH-2 (CASH-03): two receipts swap their numbers (number and text) -> the first
    of them is named, 'reordered'; the numbering alone still looks right."""
    series = week.history.series_id
    sql = (
        "UPDATE receipts SET number = :to, receipt_number = :text "
        "WHERE series_id = :s AND number = :n"
    )
    statements: list[Statement] = [
        (sql, {"s": series, "n": n, "to": to, "text": f"{series}-{to:07d}"})
        for n, to in ((300, 900_300), (301, 300), (900_300, 301))
    ]
    _as_superuser(week.engine, "receipts", statements)
    report = week.verify()
    assert report.of("numbering") == []
    chain = report.first("receipt_chain")
    assert chain is not None and chain.kind == "reordered"
    assert chain.where == f"series {series} number 300 ({series}-0000300)"


def test_an_altered_closure_is_found_at_its_sequence(week: HistoryDb) -> None:
    """T-CASH-2 (CASH-04): one closure's period total changed -> its chain altered and its
    sum no longer that of its receipts."""
    sql = (
        "UPDATE cash_closures SET period_total_minor = period_total_minor - 500 "
        "WHERE agency_id = :a AND sequence = 8"
    )
    _as_superuser(week.engine, "cash_closures", [(sql, {"a": week.history.agency_id})])
    report = week.verify()
    chain = report.first("closure_chain")
    assert chain is not None and chain.kind == "altered"
    assert chain.where.startswith(f"agency {week.history.agency_code} closure 8 (")
    totals = report.first("closure_totals")
    assert totals is not None and totals.kind == "period_total"
    assert totals.where == chain.where
    assert report.of("receipt_chain") == []


def test_a_forged_perpetual_total_and_an_unbalanced_ledger_group_are_found(
    week: HistoryDb,
) -> None:
    """CASH-04, CASH-08: perpetual = previous day closure's + period; every ledger group
    sums to zero."""
    agency: dict[str, object] = {"a": week.history.agency_id}
    perpetual_sql = (
        "UPDATE cash_closures SET perpetual_total_minor = perpetual_total_minor + 1 "
        "WHERE agency_id = :a AND level = 'day' AND sequence = 10"
    )
    ledger_sql = (
        "UPDATE ledger_entries SET amount_minor = amount_minor + 1 WHERE id = "
        "(SELECT min(id) FROM ledger_entries WHERE agency_id = :a)"
    )
    _as_superuser(week.engine, "cash_closures", [(perpetual_sql, agency)])
    _as_superuser(week.engine, "ledger_entries", [(ledger_sql, agency)])
    report = week.verify()
    perpetual = report.of("perpetual")
    assert perpetual and perpetual[0].where.startswith(
        f"agency {week.history.agency_code} closure 10 (day "
    )
    assert len(report.of("ledger")) == 1


def test_a_changed_tender_breaks_its_receipts_money_conservation(week: HistoryDb) -> None:
    """REL-03, CASH-08: the tenders of a receipt add up to its amount; one tender changed
    names its receipt (and the closures' tender totals no longer hold)."""
    series = week.history.series_id
    sql = (
        "UPDATE payment_tenders SET amount_minor = amount_minor - 100 WHERE receipt_id = "
        "(SELECT id FROM receipts WHERE series_id = :s AND number = 42)"
    )
    _as_superuser(week.engine, "payment_tenders", [(sql, {"s": series})])
    report = week.verify()
    contents = report.of("receipt_contents")
    assert [(p.kind, p.where) for p in contents] == [
        ("tendered", f"series {series} number 42 ({series}-0000042)")
    ]
    assert {p.kind for p in report.of("closure_totals")} == {"tender_total"}
    assert report.of("receipt_chain") == []


def test_a_closure_pointing_at_another_last_receipt_is_found(week: HistoryDb) -> None:
    """CASH-04: a closure's last receipt hash is that of its last receipt."""
    sql = "UPDATE cash_closures SET last_receipt_hash = :h WHERE agency_id = :a AND sequence = 3"
    params: dict[str, object] = {"h": "0" * 64, "a": week.history.agency_id}
    _as_superuser(week.engine, "cash_closures", [(sql, params)])
    report = week.verify()
    kinds = [(p.check, p.kind) for p in report.problems]
    assert ("closure_totals", "last_receipt_hash") in kinds
    assert ("closure_chain", "altered") in kinds


def test_a_cancellation_without_approval_is_found(week: HistoryDb) -> None:
    """CASH-07, CASH-08: a cancellation's approval request must be an APPROVED
    cash.receipt_cancellation."""
    with week.engine.begin() as connection:
        approval_id = connection.execute(
            text(
                "SELECT approval_request_id FROM receipts WHERE kind = 'cancellation' "
                "ORDER BY number LIMIT 1"
            )
        ).scalar_one()
        connection.execute(
            text("UPDATE approval_requests SET status = 'rejected' WHERE id = :i"),
            {"i": approval_id},
        )
    report = week.verify()
    faults = report.of("cancellations")
    assert [p.kind for p in faults] == ["no_approval"]
    assert faults[0].detail == "its approval request is rejected"


def test_one_agency_verified_alone(week: HistoryDb) -> None:
    """CASH-08 `--agency`: a second agency's history beside the first; a tamper in one is
    found for it and for all agencies, the other verifies clean on its own."""
    other = generate_cash_history(
        week.engine, HistorySpec(payments=200, days=3, agency_code="TWO", cashiers=2)
    )
    sql = "UPDATE receipts SET amount_minor = 1 WHERE series_id = :s AND number = 7"
    _as_superuser(week.engine, "receipts", [(sql, {"s": other.series_id})])
    assert week.verify(week.history.agency_code).ok
    alone = week.verify("two")
    assert alone.receipts == other.receipts and alone.series == 1
    first = alone.first("receipt_chain")
    assert first is not None and first.where.startswith(f"series {other.series_id} number 7 ")
    everything = week.verify()
    assert everything.series == 2 and not everything.ok
    assert everything.receipts == week.history.receipts + other.receipts


def test_iwebs_cash_verify_prints_the_report_and_exits_0_or_1(week: HistoryDb) -> None:
    """CASH-08: `iwebs cash verify [--agency CODE] [--database-url URL]`, exit 0 / 1."""
    out = io.StringIO()
    assert cash_cli.verify(week.url, week.history.agency_code, out) == 0
    assert "RESULT: OK" in out.getvalue()
    assert f"agency {week.history.agency_code}" in out.getvalue()
    assert admin_cli.main(["cash", "verify", "--database-url", week.url]) == 0
    assert cash_cli.verify(week.url, "NOPE", io.StringIO()) == 1
    sql = "UPDATE receipts SET reason = 'x' WHERE number = 5"
    _as_superuser(week.engine, "receipts", [(sql, {})])
    out = io.StringIO()
    assert cash_cli.verify(week.url, "", out) == 1
    assert "altered at series" in out.getvalue()
    assert "RESULT: 1 PROBLEM(S)" in out.getvalue()


@pytest.fixture
def office(database_url: str) -> Iterator[Office]:
    yield from build_office(database_url)


def test_what_the_real_use_cases_write_verifies_clean(office: Office) -> None:
    """CASH-08 against the real writers: payments (cash with change, cheque, fee-less
    advance), a cancellation approved by a supervisor, a disbursement voucher, a transfer to
    the head cashier, a closing 500 short, the day closure, a deposit and its slip — the
    verifier finds nothing; then one receipt's amount changed behind its back is found."""
    desk = office.desk
    awa, chef = office.cashier("awa"), office.cashier("chef")
    supervisor = office.supervisor("sup")
    account = desk.account()
    till, head = desk.open(awa, 20_000), desk.open(chef, 0, head=True)
    desk.pay(awa, till.cash_session_id, account, 12_500, ("CASH", 15_000))
    desk.pay(awa, till.cash_session_id, account, 8_000, ("CHEQUE", 8_000))
    wrong = desk.pay(awa, till.cash_session_id, account, 3_000, ("CASH", 3_000))
    office.cancel(awa, supervisor, wrong.receipt_id)
    desk.disbursements.record(
        awa,
        new_id(),
        DisbursementInput(
            till.cash_session_id, "STAMPS", MoneyInput("XOF", 2_000), "La Poste", "timbres"
        ),
    )
    desk.transfers.transfer_to_head_cashier(
        awa, new_id(), till.cash_session_id, head.cash_session_id, MoneyInput("XOF", 10_000), "midi"
    )
    office.close(awa, till.cash_session_id, 20_000 + 12_500 - 2_000 - 10_000 - 500)
    office.close(chef, head.cash_session_id, 10_000)
    office.supervision.close_agency_day(supervisor, new_id(), office.dkr)
    deposit = office.deposits.prepare(
        supervisor,
        new_id(),
        agency_id=office.dkr,
        kind="cash",
        bank_code="CBAO",
        lines=[DepositLineInput(cash_session_id=head.cash_session_id, amount_minor=1_000)],
    )
    office.deposits.record_slip(
        supervisor,
        new_id(),
        deposit_id=deposit.deposit_id,
        slip_number="BV-1",
        slip_date=deposit.prepared_at.date(),
        credited_currency="XOF",
        credited_minor=900,
    )
    report = office.verify()
    assert report.ok, report.text()
    assert (report.receipts, report.cancellations, report.closures) == (5, 1, 3)
    # 3 payments, the cancellation, the disbursement, the transfer, the shortage, the
    # deposit and its slip
    assert report.ledger_groups == 9

    engine = desk.uow.engine
    sql = "UPDATE receipts SET amount_minor = 12000 WHERE receipt_number = :n"
    _as_superuser(engine, "receipts", [(sql, {"n": "DKR-2026-0000001"})])
    report = office.verify()
    first = report.first("receipt_chain")
    assert first is not None and first.kind == "altered"
    assert first.where == "series DKR-2026 number 1 (DKR-2026-0000001)"
    sql = "UPDATE cash_movements SET amount_minor = -1000 WHERE kind = 'disbursement'"
    _as_superuser(engine, "cash_movements", [(sql, {})])
    vouchers = [p for p in office.verify().of("receipt_contents") if p.kind == "voucher"]
    assert [(p.where, p.detail) for p in vouchers] == [
        ("series DKR-2026 number 5 (DKR-2026-0000005)", "its cash movement is of -1000")
    ]
