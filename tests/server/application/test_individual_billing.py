"""Individual billing (FAC-1) on both databases: one subscription billed for a period as a
run would bill it (lines explained by tariff version, block and rule; the SENELEC grid
recomputed here), a run of kind individual, gap-free number, ledger, outbox event,
matching; preview writes nothing; idempotent repeat; the period billed once; refusals with
their reason and field; the final bill with the deposit and its rest to refund."""

from __future__ import annotations

import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from iwebs_server.application.cash_views import FeeLineInput
from iwebs_server.application.clock import new_id
from iwebs_server.domain.errors import DomainError, NotFound
from iwebs_server.domain.principal import system_principal
from iwebs_server.domain.tariff_engine import TariffVersionInput, Usage, compute_charges
from iwebs_server.domain.tariff_engine import parse_definition as parse
from iwebs_server.persistence.tables.billing import BillRunRow, OutboxEventRow
from iwebs_server.persistence.tables.cash_desk import LedgerEntryRow
from tests.server.application.bills_harness import OCTOBER, Billing, build_billing
from tests.server.domain.tariff_grids import senelec


@pytest.fixture
def billing(database_url: str, tmp_path: Path) -> Iterator[Billing]:
    harness = build_billing(database_url, tmp_path)
    yield harness
    harness.app.close()


def refused(call, reason: str, field: str = "") -> DomainError:  # type: ignore[no-untyped-def]
    with pytest.raises(DomainError) as caught:
        call()
    assert caught.value.reason == reason, caught.value.message
    if field:
        assert field in [v.field for v in caught.value.field_violations]
    return caught.value


def expected_october(billing: Billing, consumption: int) -> list[tuple[str, int]]:
    """The SENELEC grid computed by the engine itself for October (31 days)."""
    version = TariffVersionInput(
        billing.tariff_version_id, 1, date(2025, 1, 1), parse(json.dumps(senelec()))
    )
    bill = compute_charges([version], Usage(*OCTOBER, Decimal(consumption), 6000))
    return [(line.code, line.amount_minor) for line in bill.lines]


def october_subscription(billing: Billing, index: int = 1400):  # type: ignore[no-untyped-def]
    sub = billing.subscription()
    billing.past_bill(sub, date(2026, 9, 1), date(2026, 9, 30), 1100)
    billing.reading(sub, date(2026, 10, 31), index)
    return sub


def test_one_subscription_billed_for_october_with_every_line_explained(billing: Billing) -> None:
    sub = october_subscription(billing)
    result = billing.bill_october(sub)
    bill = result.bill
    assert not result.preview and not result.replayed
    assert (bill.summary.period_start, bill.summary.period_end) == OCTOBER
    assert bill.summary.consumption == 300 and not bill.summary.estimated
    assert (bill.reading.index_from, bill.reading.index_to) == (1100, 1400)
    assert bill.summary.bill_number == "FAC-DKR-2026-0000001"
    assert bill.summary.bill_run_kind == "individual"
    assert [(line.code, line.amount_minor) for line in bill.lines] == expected_october(billing, 300)
    assert bill.total_minor == bill.summary.amount_minor == sum(x.amount_minor for x in bill.lines)
    energy = [line for line in bill.lines if line.code.startswith("ENERGY")]
    assert [line.block_no for line in energy] == [1, 2, 3]
    assert all(line.tariff_version_id == billing.tariff_version_id for line in bill.lines)
    assert all(line.tariff_version_number == 1 and line.rule for line in energy)
    assert bill.summary.open_minor == bill.summary.amount_minor
    with billing.app.uow_factory(read_only=True) as uow:
        run = uow.session.get(BillRunRow, result.bill_run_id)
        assert run is not None and (run.kind, run.status) == ("individual", "finalized")
        ledger = uow.session.scalars(
            select(LedgerEntryRow).where(LedgerEntryRow.source_type == "billing")
        ).all()
        assert sum(e.amount_minor for e in ledger) == 0
        assert ("RECEIVABLE", bill.total_minor) in {
            (e.ledger_account, e.amount_minor) for e in ledger
        }
        events = uow.session.scalars(
            select(OutboxEventRow).where(OutboxEventRow.aggregate_id == bill.summary.bill_id)
        ).all()
        assert [e.topic for e in events] == ["bill.issued"]


def test_a_preview_writes_nothing_and_a_repeat_answers_the_same_bill(billing: Billing) -> None:
    sub = october_subscription(billing)
    preview = billing.services.individual_billing.bill_subscription(
        billing.biller, new_id(), sub.subscription_id, *OCTOBER, "2026-10", preview=True
    )
    assert preview.preview and preview.bill.summary.bill_id == ""
    assert preview.bill.total_minor == sum(amount for _, amount in expected_october(billing, 300))
    assert billing.bills_of(sub)[-1].period_label == "2026-09"  # only the past bill
    request_id = new_id()
    first = billing.bill_october(sub, request_id)
    again = billing.bill_october(sub, request_id)
    assert again.replayed and again.bill.summary.bill_id == first.bill.summary.bill_id
    assert first.bill.total_minor == preview.bill.total_minor
    # another request for the same period finds it billed
    refused(lambda: billing.bill_october(sub), "NOTHING_TO_BILL")
    with billing.app.uow_factory(read_only=True) as uow:
        assert uow.session.scalar(select(func.count()).select_from(BillRunRow)) == 1


def test_refusals_with_their_reason_and_field(billing: Billing) -> None:
    service = billing.services.individual_billing
    sub = october_subscription(billing)

    def bill(start: date | None, end: date | None, who=None):  # type: ignore[no-untyped-def]
        return service.bill_subscription(
            who or billing.biller, new_id(), sub.subscription_id, start, end, "", preview=False
        )

    refused(lambda: bill(date(2026, 10, 31), date(2026, 10, 1)), "BILLING_PERIOD_INVALID",
            "period_end")  # fmt: skip
    refused(lambda: bill(date(2025, 1, 1), date(2026, 10, 31)), "BILLING_PERIOD_INVALID",
            "period_end")  # fmt: skip
    refused(lambda: bill(None, date(2026, 10, 31)), "BILLING_PERIOD_INVALID", "period_start")
    refused(lambda: bill(*OCTOBER, billing.clerk), "PERMISSION_DENIED")
    with pytest.raises(NotFound):
        bill(*OCTOBER, billing.outsider)  # another agency's subscription: not found
    with pytest.raises(NotFound):
        service.bill_subscription(billing.biller, new_id(), new_id(), *OCTOBER, "", preview=False)
    refused(
        lambda: service.bill_subscription(
            billing.biller, new_id(), "not-an-id", *OCTOBER, "", preview=False
        ),
        "INVALID_ARGUMENT",
        "subscription_id",
    )
    # a reading still to check after the last one blocks the bill, with its cause
    other = billing.subscription()
    billing.past_bill(other, date(2026, 9, 1), date(2026, 9, 30), 1100)
    billing.reading(other, date(2026, 10, 31), 9900, status="to_check")
    error = refused(lambda: billing.bill_october(other), "SUBSCRIPTION_NOT_BILLABLE")
    assert error.metadata["cause"] == "READING_TO_CHECK"
    assert billing.bills_of(other)[-1].period_label == "2026-09"


def test_the_new_bill_takes_the_advance_at_once(billing: Billing) -> None:
    sub = october_subscription(billing)
    billing.pay(sub.account_id, 5_000)  # the past bill (1000) then 4000 of advance
    result = billing.bill_october(sub)
    assert [(m.source_kind, m.amount_minor) for m in result.bill.matches] == [("advance", 4_000)]
    assert result.bill.summary.open_minor == result.bill.total_minor - 4_000


def test_the_final_bill_takes_the_deposit_and_releases_the_rest(billing: Billing) -> None:
    sub = billing.subscription()
    billing.past_bill(sub, date(2026, 9, 1), date(2026, 9, 30), 1100)
    billing.pay(sub.account_id, 1_000)  # the past bill
    billing.pay(sub.account_id, 50_000, FeeLineInput("CAUTION", "XOF", 50_000))
    billing.terminate(sub, date(2026, 10, 20))
    service = billing.services.individual_billing
    # no final bill on an estimate: the final reading is required
    error = refused(
        lambda: service.final_bill(billing.biller, new_id(), sub.subscription_id, None,
                                   preview=False),
        "SUBSCRIPTION_NOT_BILLABLE",
    )  # fmt: skip
    assert error.metadata["cause"] in {"FINAL_READING_REQUIRED", "NO_READING"}
    refused(
        lambda: service.final_bill(billing.biller, new_id(), sub.subscription_id,
                                   date(2026, 10, 25), preview=False),
        "BILLING_PERIOD_INVALID", "period_end",
    )  # fmt: skip
    billing.reading(sub, date(2026, 10, 20), 1200)
    result = service.final_bill(billing.biller, new_id(), sub.subscription_id, None, preview=False)
    bill = result.bill
    assert bill.summary.bill_run_kind == "final"
    assert (bill.summary.period_start, bill.summary.period_end) == (
        date(2026, 10, 1),
        date(2026, 10, 20),
    )
    assert bill.summary.consumption == 100
    total = bill.total_minor
    assert 0 < total < 50_000
    assert result.deposit_matched_minor == total
    assert result.deposit_released_minor == 50_000 - total
    assert bill.summary.open_minor == 0
    with billing.app.uow_factory(read_only=True) as uow:
        assert uow.payments.advance_balance(sub.account_id) == 50_000 - total
        assert uow.bill_records.deposits_held([sub.account_id]) == {}
    # the account's balance: in credit of what is to refund
    view = billing.services.bills.account_balance(billing.biller, sub.account_id)
    assert view.position.balance_minor == -(50_000 - total)
    assert view.position.deposit_held_minor == 0


def test_being_terminated_with_another_live_subscription_keeps_the_deposit_rest(
    billing: Billing,
) -> None:
    sub = october_subscription(billing, index=1150)
    with billing.app.uow_factory() as uow:  # a second live subscription on the same account
        second = billing.subscription()
        from iwebs_server.persistence.tables.customer_base import SubscriptionRow

        row = uow.session.get(SubscriptionRow, second.subscription_id)
        assert row is not None
        row.account_id = sub.account_id
    billing.pay(sub.account_id, 1_000)
    billing.pay(sub.account_id, 100_000, FeeLineInput("CAUTION", "XOF", 100_000))
    result = billing.services.individual_billing.final_bill(
        billing.biller, new_id(), sub.subscription_id, date(2026, 10, 31), preview=False
    )
    assert result.deposit_matched_minor == result.bill.total_minor
    assert result.deposit_released_minor == 0
    with billing.app.uow_factory(read_only=True) as uow:
        held = uow.bill_records.deposits_held([sub.account_id])
        assert held == {sub.account_id: 100_000 - result.bill.total_minor}


def test_being_terminated_alone_keeps_the_deposit_rest_until_terminated(
    billing: Billing,
) -> None:
    """A final bill asked before the termination is recorded: the deposit settles the bill,
    the rest stays held (the termination may be called off), FAC-7."""
    sub = october_subscription(billing, index=1150)
    billing.pay(sub.account_id, 1_000)
    billing.pay(sub.account_id, 100_000, FeeLineInput("CAUTION", "XOF", 100_000))
    result = billing.services.individual_billing.final_bill(
        billing.biller, new_id(), sub.subscription_id, date(2026, 10, 31), preview=False
    )
    assert 0 < result.bill.total_minor == result.deposit_matched_minor
    assert result.deposit_released_minor == 0
    with billing.app.uow_factory(read_only=True) as uow:
        held = uow.bill_records.deposits_held([sub.account_id])
        assert held == {sub.account_id: 100_000 - result.bill.total_minor}
        assert uow.payments.advance_balance(sub.account_id) == 0


def test_two_bills_of_one_subscription_at_once_make_one_bill(billing: Billing) -> None:
    """The subscription's row lock: the second computes after the first committed and
    finds the period billed."""
    sub = october_subscription(billing)
    outcomes: list[str] = []

    def one() -> None:
        try:
            billing.bill_october(sub)
            outcomes.append("billed")
        except DomainError as error:
            outcomes.append(error.reason)

    with ThreadPoolExecutor(max_workers=2) as pool:
        for future in [pool.submit(one) for _ in range(2)]:
            future.result()
    assert sorted(outcomes) == ["NOTHING_TO_BILL", "billed"]
    assert [b.period_label for b in billing.bills_of(sub)] == ["2026-09", "2026-10"]


def test_nothing_is_billed_ahead_of_time(billing: Billing) -> None:
    """A period ending after today, or a final bill spanning more than 366 days, is a
    typing error: BILLING_PERIOD_INVALID on period_end, nothing written (review R5)."""
    service = billing.services.individual_billing
    sub = october_subscription(billing)
    refused(
        lambda: service.bill_subscription(billing.biller, new_id(), sub.subscription_id,
                                          date(2026, 11, 1), date(2026, 11, 30), "",
                                          preview=False),
        "BILLING_PERIOD_INVALID", "period_end",
    )  # fmt: skip
    for end in (date(2099, 12, 31), date(9999, 12, 31)):
        refused(
            lambda end=end: service.final_bill(billing.biller, new_id(), sub.subscription_id,
                                               end, preview=False),
            "BILLING_PERIOD_INVALID", "period_end",
        )  # fmt: skip
    never_billed = billing.subscription()  # activated 2025-01-01, never billed
    billing.reading(never_billed, date(2026, 10, 31), 5000)
    refused(
        lambda: service.final_bill(billing.biller, new_id(), never_billed.subscription_id,
                                   date(2026, 10, 31), preview=False),
        "BILLING_PERIOD_INVALID", "period_end",
    )  # fmt: skip
    assert billing.bills_of(never_billed) == []
    assert [b.period_label for b in billing.bills_of(sub)] == ["2026-09"]


def test_a_final_bill_after_remove_meter_and_terminate_through_the_use_cases(
    billing: Billing,
) -> None:
    """The counter's way: RemoveMeter with its removal index, then TerminateSubscription;
    the final bill runs to the removal index (a real index, no reading row needed)."""
    clerk = system_principal("tests")
    sub = billing.subscription()
    billing.past_bill(sub, date(2026, 9, 1), date(2026, 9, 30), 1100)
    day = date(2026, 10, 15)
    with billing.app.uow_factory(read_only=True) as uow:
        meter = uow.meters.get(sub.meter_id, clerk.scope)
        assert meter is not None
        meter_version = meter.version
    billing.services.meters.remove(
        clerk, new_id(), sub.meter_id, meter_version, day, {"single": "01250"}, "Résiliation"
    )
    with billing.app.uow_factory(read_only=True) as uow:
        row = uow.subscriptions.get(sub.subscription_id, clerk.scope)
        assert row is not None
        version = row.version
    billing.services.premises.change_status(
        clerk, "terminate", new_id(), sub.subscription_id, version, day, "Départ du locataire"
    )
    result = billing.services.individual_billing.final_bill(
        billing.biller, new_id(), sub.subscription_id, None, preview=False
    )
    bill = result.bill
    assert (bill.summary.period_start, bill.summary.period_end) == (date(2026, 10, 1), day)
    assert (bill.reading.index_from, bill.reading.index_to) == (1100, 1250)
    assert bill.summary.consumption == 150 and not bill.summary.estimated
    assert bill.summary.bill_run_kind == "final"
