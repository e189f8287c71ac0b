"""Bills and accounts, the reads (FAC-7, FAC-9) on both databases: balance and open items,
the statement's running balance ending on the balance, lists of an account's and a
subscription's bills, one bill with its payments and matches, the bill document (balance
carried, total to pay, check digit, chart), rights (billing.read or customers.read) and
agency scope (NOT_FOUND)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from iwebs_server.application.cash_disbursements import DisbursementInput
from iwebs_server.application.cash_till import MoneyInput
from iwebs_server.application.cash_views import FeeLineInput
from iwebs_server.application.clock import new_id
from iwebs_server.domain import rights
from iwebs_server.domain.errors import DomainError, NotFound
from iwebs_server.domain.principal import AgencyScope, Principal
from iwebs_server.persistence.tables.customer_base import CustomerAccountRow
from tests.server.application.bills_harness import TODAY, Billing, build_billing
from tests.server.application.reading_harness import Sub


@pytest.fixture
def billing(database_url: str, tmp_path: Path) -> Iterator[Billing]:
    harness = build_billing(database_url, tmp_path)
    yield harness
    harness.app.close()


def history(billing: Billing) -> tuple[Sub, str, int]:
    """September billed (1000, a row), 3000 paid (1000 to it, 2000 advance), October
    billed an hour later and settled by the advance first."""
    sub = billing.subscription()
    billing.past_bill(sub, date(2026, 9, 1), date(2026, 9, 30), 1100)
    billing.reading(sub, date(2026, 10, 31), 1400)
    billing.app.clock.advance(minutes=10)  # type: ignore[attr-defined]
    billing.pay(sub.account_id, 3_000)
    billing.app.clock.advance(hours=1)  # type: ignore[attr-defined]
    october = billing.bill_october(sub).bill
    return sub, october.summary.bill_id, october.total_minor


def test_balance_and_open_items(billing: Billing) -> None:
    sub, october, total = history(billing)
    view = billing.services.bills.account_balance(billing.biller, sub.account_id)
    position = view.position
    assert (position.open_bills_minor, position.advance_minor) == (total - 2_000, 0)
    assert position.balance_minor == total - 2_000
    assert position.overdue_minor == 0 and position.open_bill_count == 1
    assert [(i.bill_id, i.open_minor) for i in view.open_items] == [(october, total - 2_000)]
    # an overdue bill and a credit note with credit left
    billing.app.clock.advance(days=40)  # type: ignore[attr-defined]
    later = billing.services.bills.account_balance(billing.biller, sub.account_id)
    assert later.position.overdue_minor == total - 2_000
    assert later.open_items[0].overdue


def test_the_statement_runs_to_the_balance(billing: Billing) -> None:
    sub, october, total = history(billing)
    statement = billing.services.bills.account_statement(
        billing.biller, sub.account_id, None, None, 0, ""
    )
    assert [(x.kind, x.amount_minor, x.matched_minor, x.running_balance_minor)
            for x in statement.lines] == [
        ("bill", 1_000, 0, 1_000),
        ("payment", -3_000, 0, -2_000),
        ("bill", total, 0, total - 2_000),
        ("match", 0, 2_000, total - 2_000),
    ]  # fmt: skip
    position = billing.services.bills.account_balance(billing.biller, sub.account_id).position
    assert statement.closing_balance_minor == position.balance_minor
    assert statement.lines[2].object_id == october
    # from a date: the opening balance is what was owed before it; pages of 1
    since = billing.services.bills.account_statement(
        billing.biller, sub.account_id, TODAY, None, 1, ""
    )
    assert since.opening_balance_minor == 1_000
    assert [x.kind for x in since.lines] == ["payment"] and since.next_page_token
    following = billing.services.bills.account_statement(
        billing.biller, sub.account_id, TODAY, None, 1, since.next_page_token
    )
    assert [x.kind for x in following.lines] == ["bill"]
    with pytest.raises(DomainError) as caught:
        billing.services.bills.account_statement(
            billing.biller, sub.account_id, TODAY, TODAY - timedelta(days=1), 0, ""
        )
    assert [v.field for v in caught.value.field_violations] == ["to_date"]


def test_lists_and_one_bill_with_its_payments_and_matches(billing: Billing) -> None:
    sub, october, _ = history(billing)
    queries = billing.services.bills
    page = queries.list_bills(
        billing.biller, account_id=sub.account_id, subscription_id="", kind="", open_only=False,
        size=0, token="",
    )  # fmt: skip
    assert page.bills[0].bill_id == october  # newest first
    assert len(page.bills) == 2 and page.next_page_token == ""
    by_subscription = queries.list_bills(
        billing.biller, account_id="", subscription_id=sub.subscription_id, kind="invoice",
        open_only=True, size=0, token="",
    )  # fmt: skip
    assert [b.bill_id for b in by_subscription.bills] == [october]
    for bad in ({"account_id": "", "subscription_id": ""}, {"account_id": "x" * 5}):
        values = {"account_id": "", "subscription_id": "", **bad}
        with pytest.raises(DomainError) as caught:
            queries.list_bills(billing.biller, kind="", open_only=False, size=0, token="",
                               **values)  # fmt: skip
        assert caught.value.reason == "INVALID_ARGUMENT"
    with pytest.raises(DomainError) as caught:
        queries.list_bills(
            billing.biller, account_id=sub.account_id, subscription_id="", kind="bogus",
            open_only=False, size=0, token="",
        )  # fmt: skip
    assert [v.field for v in caught.value.field_violations] == ["kind"]
    september = page.bills[1]
    detail = queries.get_bill(billing.biller, september.bill_id)
    assert [p.amount_minor for p in detail.payments] == [1_000]
    assert detail.summary.open_minor == 0
    october_detail = queries.get_bill(billing.biller, october)
    assert [(m.source_kind, m.amount_minor) for m in october_detail.matches] == [("advance", 2_000)]
    assert (
        october_detail.reading.has_index and october_detail.reading.meter_serial == sub.meter_serial
    )
    assert october_detail.reading.previous_date == date(2026, 9, 30)


def test_the_bill_document(billing: Billing) -> None:
    sub, october, total = history(billing)
    with billing.app.uow_factory() as uow:  # a real account number with its check digit
        account = uow.session.get(CustomerAccountRow, sub.account_id)
        assert account is not None
        account.account_number = "0000012344"
        account.billing_address_line = "BP 3000"
    document = billing.services.bills.bill_document(billing.biller, october)
    assert document.title == "FACTURE" and document.agency_code == "DKR"
    assert document.account_number == "0000012344" and document.account_check_digit == "4"
    assert document.customer_name == "Awa Ndiaye" and document.billing_address == "BP 3000"
    assert document.premise_address.endswith("Mermoz, Dakar")
    assert document.tariff_category_code == "DPP" and document.period_days == 31
    assert (document.reading.index_from, document.reading.index_to) == (1100, 1400)
    assert document.total_minor == total
    assert document.subtotal_before_taxes_minor + document.taxes_minor == total
    assert document.taxes_minor > 0  # VAT on block 3, communal tax, stamp
    assert [line.block_no for line in document.lines if line.kind == "energy"] == [1, 2, 3]
    # September (1000) was paid with 2000 more as advance: carried -2000, to pay total - 2000
    assert document.balance_carried_minor == -2_000
    assert document.total_to_pay_minor == total - 2_000
    assert document.settled_by_credits_minor == 2_000
    assert [(p.period_label, p.consumption) for p in document.consumption_history] == [
        ("2026-09", 0),
        ("2026-10", 300),
    ]
    assert document.due_date > document.issue_date


def test_rights_and_scope(billing: Billing) -> None:
    sub, october, _ = history(billing)
    queries = billing.services.bills
    # the front desk (customers.read) reads bills and accounts too
    assert queries.get_bill(billing.clerk, october).summary.bill_id == october
    assert queries.account_balance(billing.clerk, sub.account_id).position.account_id
    nobody = Principal(
        user_id=new_id(), login="audit", session_id="", workstation_id="",
        rights=frozenset({rights.ADMIN_AUDIT_READ}),
        scope=AgencyScope(frozenset({sub.agency_id})),
    )  # fmt: skip
    calls: tuple[Callable[[Principal], object], ...] = (
        lambda who: queries.get_bill(who, october),
        lambda who: queries.bill_document(who, october),
        lambda who: queries.account_balance(who, sub.account_id),
        lambda who: queries.account_statement(who, sub.account_id, None, None, 0, ""),
        lambda who: queries.list_bills(
            who, account_id=sub.account_id, subscription_id="", kind="", open_only=False,
            size=0, token="",
        ),
    )  # fmt: skip
    for call in calls:
        with pytest.raises(DomainError) as caught:
            call(nobody)
        assert caught.value.reason == "PERMISSION_DENIED"
        with pytest.raises(NotFound):
            call(billing.outsider)  # another agency's account or bill: not found


def test_the_statement_of_a_final_bill_with_its_deposit_and_the_refund(billing: Billing) -> None:
    sub = billing.subscription()
    billing.past_bill(sub, date(2026, 9, 1), date(2026, 9, 30), 1100)
    billing.reading(sub, date(2026, 10, 20), 1200)
    billing.terminate(sub, date(2026, 10, 20))
    billing.app.clock.advance(minutes=5)  # type: ignore[attr-defined]
    billing.pay(sub.account_id, 1_000)
    billing.pay(sub.account_id, 40_000, FeeLineInput("CAUTION", "XOF", 40_000))
    billing.app.clock.advance(minutes=5)  # type: ignore[attr-defined]
    final = billing.services.individual_billing.final_bill(
        billing.biller, new_id(), sub.subscription_id, None, preview=False
    )
    rest = 40_000 - final.bill.total_minor
    billing.app.clock.advance(minutes=5)  # type: ignore[attr-defined]
    billing.places.set_parameter("cash.disbursement_approval_above", "100000 XOF")
    billing.services.cash_disbursements.record(
        billing.cashier,
        new_id(),
        DisbursementInput(
            billing.cash_session_id, "REFUND", MoneyInput("XOF", rest), "Awa", "résiliation",
            sub.account_id,
        ),
    )  # fmt: skip
    statement = billing.services.bills.account_statement(
        billing.biller, sub.account_id, None, None, 0, ""
    )
    total = final.bill.total_minor
    assert [(x.kind, x.amount_minor, x.running_balance_minor) for x in statement.lines] == [
        ("bill", 1_000, 1_000),
        ("payment", -1_000, 0),  # the deposit is a fee: not the account's balance
        ("bill", total, total),
        ("match", -total, 0),  # the deposit settles the final bill
        ("match", -rest, -rest),  # its rest released to the advance
        ("refund", rest, 0),
    ]
    position = billing.services.bills.account_balance(billing.biller, sub.account_id).position
    assert position.balance_minor == statement.closing_balance_minor == 0
    assert (position.advance_minor, position.deposit_held_minor) == (0, 0)
    document = billing.services.bills.bill_document(billing.biller, final.bill.summary.bill_id)
    assert "Facture de résiliation" in document.notices
    assert document.balance_carried_minor == 0
    assert document.total_to_pay_minor == -rest  # in credit: the rest to refund


def test_the_customer_screens_show_the_balance_net_of_the_advance(billing: Billing) -> None:
    """The 360 view's and the account's balance is BillService's: open bills less the
    credit notes' credit left and the advance (docs/bills-and-accounts.md §1)."""
    sub = billing.subscription()
    billing.past_bill(sub, date(2026, 9, 1), date(2026, 9, 30), 1100)
    billing.pay(sub.account_id, 5_000)  # the 1000 of September, 4000 of advance
    customers = billing.services.customers
    details = customers.get_account(billing.clerk, sub.account_id, "")
    assert details.balance.balance_minor == -4_000
    assert details.balance.open_bill_count == 0
    position = billing.services.bills.account_balance(billing.clerk, sub.account_id).position
    assert position.balance_minor == details.balance.balance_minor
