"""The billing verifier (REL-03; `iwebs billing verify`), on both databases: a finalized run
verifies clean; then each promise broken by a row written behind the application's back is
named with its row (numbering, lines, ledger, references, runs, credit notes, balances)."""

from __future__ import annotations

import io
from datetime import date

import pytest
from sqlalchemy import select, update

from iwebs_server.application.billing_verifier import BillingVerifier
from iwebs_server.application.clock import new_id
from iwebs_server.cli import billing_cli
from iwebs_server.persistence.tables.billing import BillLineRow, BillMatchRow, BillRunItemRow
from iwebs_server.persistence.tables.cash_desk import LedgerEntryRow
from iwebs_server.persistence.tables.customer_base import BillRow, NumberSeriesRow
from tests.server.application.bill_run_harness import BILL_DATE, PERIOD, Billing, build_billing


@pytest.fixture
def billing(database_url: str) -> Billing:
    b = build_billing(database_url)
    b.tariff()
    b.readings.set_parameter("billing.chunk_size", "2")
    return b


def finalized_run(billing: Billing) -> tuple[str, list[BillRow]]:
    r = billing.readings
    round_id = r.round()
    for i in range(3):
        sub = r.subscription(round_id, round_order=i)
        billing.reading(sub, date(2026, 9, 28), 200 + 50 * i)
    agent = billing.principal()
    run_id = billing.runs.create_run(
        agent, new_id(), batch_id=billing.batch(agent, service="electricity"),
        period_label="2026-09", period_start=PERIOD[0], period_end=PERIOD[1],
        bill_date=BILL_DATE,
    ).run_id  # fmt: skip
    billing.work()
    version = billing.runs.get_run(agent, run_id).version
    billing.runs.finalize(agent, new_id(), run_id, version)
    billing.work()
    assert billing.runs.get_run(agent, run_id).status == "finalized"
    return run_id, billing.bills(run_id)


def verify(billing: Billing) -> dict[str, list[str]]:
    report = BillingVerifier(billing.readings.uow).verify()
    found: dict[str, list[str]] = {}
    for problem in report.problems:
        found.setdefault(problem.check, []).append(f"{problem.kind}: {problem.line()}")
    return found


def test_a_finalized_run_verifies_clean_and_the_cli_says_so(
    billing: Billing, database_url: str
) -> None:
    _run_id, bills = finalized_run(billing)
    report = BillingVerifier(billing.readings.uow).verify()
    assert report.ok, report.text()
    assert (report.bills, report.series, report.runs) == (3, 1, 1)
    assert report.ledger_groups >= 1
    out = io.StringIO()
    assert billing_cli.verify(database_url, "DKR", out) == 0
    assert "RESULT: OK" in out.getvalue() and "3 bills in 1 series" in out.getvalue()
    assert billing_cli.verify(database_url, "NOPE", io.StringIO()) == 1
    assert bills[0].bill_number.endswith("-0000001")


def test_each_broken_promise_is_named_with_its_row(billing: Billing, database_url: str) -> None:
    run_id, bills = finalized_run(billing)
    first, second = bills[0], bills[1]
    with billing.uow() as uow:
        session = uow.session
        # a line added to an issued bill: its total is no longer the sum of its lines
        session.add(
            BillLineRow(
                bill_id=first.id, line_no=99, code="X", kind="fixed", label="ajout",
                quantity="1", unit="", unit_price="5", amount_minor=5,
                tariff_version_id=None, block_no=None, rule="", ledger_account="REVENUE:X",
            )
        )  # fmt: skip
        # a ledger line that unbalances the run's group and the second bill's receivable
        group = session.scalar(
            select(LedgerEntryRow.entry_group_id).where(LedgerEntryRow.bill_id == second.id)
        )
        session.add(
            LedgerEntryRow(
                entry_group_id=group, source_type="billing", agency_id=second.agency_id,
                ledger_account="RECEIVABLE", account_id=second.account_id, bill_id=second.id,
                currency_code="XOF", amount_minor=7, business_date=BILL_DATE,
                created_at=billing.clock.now(),
            )
        )  # fmt: skip
        # the series' head moved on without a bill, an item to bill without its bill
        session.execute(
            update(NumberSeriesRow)
            .where(NumberSeriesRow.code.like("BILL-%"))
            .values(next_value=NumberSeriesRow.next_value + 1)
        )
        session.add(
            BillRunItemRow(
                run_id=run_id, subscription_id=new_id(), chunk_no=9, account_id=first.account_id,
                outcome="ready", cause="", control_codes="", consumption=1, estimated=False,
                amount_minor=1, note="",
            )
        )  # fmt: skip
        # more settled on the first bill than billed
        session.add(
            BillMatchRow(
                id=new_id(), account_id=first.account_id, bill_id=first.id,
                source_kind="advance", source_bill_id=None,
                amount_minor=first.amount_minor + 100, bill_run_id=None,
                reverses_match_id=None, matched_at=billing.clock.now(),
            )
        )  # fmt: skip
    found = verify(billing)
    assert set(found) == {"numbering", "lines", "ledger", "runs", "balances"}, found
    assert found["numbering"] == [
        "series_head: series_head at series BILL-DKR-2026: next value 5, last bill 3"
    ]
    assert found["lines"] == [
        f"total: total at bill {first.bill_number}: {first.amount_minor} but lines "
        f"{first.amount_minor + 5}"
    ]
    assert any(p.startswith("unbalanced: ") and "sum to 7 XOF" in p for p in found["ledger"])
    assert any(second.bill_number in p and "receivable" in p for p in found["ledger"])
    # the item names a subscription that does not exist: no bill, and the run's count is off
    assert any(p.startswith("not_issued:") for p in found["runs"])
    assert any(p.startswith("items:") and "3 selected but 4 items" in p for p in found["runs"])
    assert found["balances"] == [
        f"out_of_range: out_of_range at invoice {first.bill_number}: amount "
        f"{first.amount_minor}, open -100"
    ]


def test_a_line_of_no_bill_is_named_where_no_key_refuses_it(billing: Billing, backend: str) -> None:
    """PostgreSQL has no foreign key from bill_lines to bills (revision 0006): the verifier
    checks what the key guaranteed. (SQLite's key refuses such a row.)"""
    if backend != "postgresql":
        pytest.skip("the key stays on SQLite")
    finalized_run(billing)
    orphan = new_id()
    with billing.uow() as uow:
        uow.session.add(
            BillLineRow(
                bill_id=orphan, line_no=1, code="X", kind="fixed", label="orpheline",
                quantity="1", unit="", unit_price="5", amount_minor=5,
                tariff_version_id=None, block_no=None, rule="", ledger_account="REVENUE:X",
            )
        )  # fmt: skip
    assert verify(billing) == {
        "references": [f"missing_parent: missing_parent at bill line {orphan} #1: names no "
                       "such row"]
    }  # fmt: skip


def test_a_credit_note_that_cancels_another_amount_is_named(billing: Billing) -> None:
    _run_id, bills = finalized_run(billing)
    first = bills[0]
    with billing.uow() as uow:
        uow.session.add(
            BillRow(
                id=new_id(), bill_number="FAC-DKR-2026-9999999", origin="legacy",
                account_id=first.account_id, subscription_id=first.subscription_id,
                agency_id=first.agency_id, period_label="2026-09", issue_date=BILL_DATE,
                due_date=BILL_DATE, currency_code="XOF", amount_minor=-1,
                created_at=billing.clock.now(), kind="credit_note", credits_bill_id=first.id,
            )
        )  # fmt: skip
    found = verify(billing)
    assert found["credit_notes"] == [
        f"astray: astray at credit note FAC-DKR-2026-9999999: amount -1 does not cancel the "
        f"bill's {first.amount_minor}"
    ]
