"""Computing bills (FAC-1, FAC-5, FAC-10): subscriptions -> consumption -> tariff -> lines
-> controls. Used by the bill runs (simulation, finalization, explanation of one item) and
by individual and final bills (BILLS), so that a bill is computed the same way everywhere.

Per call, whatever the number of subscriptions: one read of the subscriptions, the
consumptions in bulk (application/billing_consumption.py), the approved tariff catalogue
once, the subscribers' average amounts in one grouped query, the control thresholds once
per agency. Nothing is written.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from iwebs_server.application.bill_writer import INVOICE, BillToIssue
from iwebs_server.application.billing_consumption import (
    Consumption,
    ConsumptionSettings,
    NotBillable,
    SubscriptionToBill,
    consumption_settings,
    consumptions_for_billing,
)
from iwebs_server.application.parameters import ParameterReader
from iwebs_server.domain.bill_controls import BillFacts, ControlThresholds, run_controls
from iwebs_server.domain.parameters import Money
from iwebs_server.domain.tariff_engine import (
    ComputedBill,
    NoTariffForPeriod,
    Usage,
    compute_charges,
)
from iwebs_server.persistence.repositories.reading_billing_reads import BillingMeter
from iwebs_server.persistence.tables.customer_base import SubscriptionRow
from iwebs_server.persistence.unit_of_work import UnitOfWork

NO_TARIFF = "NO_TARIFF"
NO_TARIFF_FOR_PERIOD = "NO_TARIFF_FOR_PERIOD"
COMPUTATION_FAILED = "COMPUTATION_FAILED"
SUBSCRIPTION_NOT_FOUND = "SUBSCRIPTION_NOT_FOUND"
AMOUNT_OUT_OF_RANGE = "AMOUNT_OUT_OF_RANGE"
# what an amount column holds (int64); a sum over a bill's lines must fit too
LARGEST_MINOR = (2**63 - 1) // 1000
# the controls compare with the invoices of the last year
AVERAGE_WINDOW = timedelta(days=365)


@dataclass(frozen=True)
class ComputedForSubscription:
    subscription: SubscriptionToBill
    consumption: Consumption
    bill: ComputedBill
    controls: tuple[str, ...]  # control codes found (domain/bill_controls.py)


# the controls' parameters (per agency), read together
_THRESHOLD_KEYS = (
    "billing.control_max_amount",
    "billing.control_high_ratio",
    "billing.control_low_ratio",
    "billing.control_hold_zero",
    "billing.control_hold_estimated",
    "billing.control_max_estimates",
)
# what SubscriptionToBill holds, in its order
SUBSCRIPTION_COLUMNS = (
    SubscriptionRow.id,
    SubscriptionRow.account_id,
    SubscriptionRow.agency_id,
    SubscriptionRow.service,
    SubscriptionRow.status,
    SubscriptionRow.tariff_category_code,
    SubscriptionRow.product_code,
    SubscriptionRow.subscribed_power_va,
    SubscriptionRow.activated_on,
    SubscriptionRow.suspended_on,
    SubscriptionRow.terminated_on,
    SubscriptionRow.billing_inputs_version,
)


class BillComputation:
    def __init__(self) -> None:
        self._parameters = ParameterReader()

    def load_subscriptions(
        self, uow: UnitOfWork, subscription_ids: Sequence[str]
    ) -> list[SubscriptionToBill]:
        """The subscriptions in the order of the ids (unknown ids are left out)."""
        ids = list(dict.fromkeys(subscription_ids))
        if not ids:
            return []
        found = {
            row[0]: SubscriptionToBill(*row)
            for row in uow.bill_runs.subscription_rows(SUBSCRIPTION_COLUMNS, ids)
        }
        return [found[i] for i in ids if i in found]

    def load_with_meters(
        self, uow: UnitOfWork, subscription_ids: Sequence[str]
    ) -> tuple[list[SubscriptionToBill], dict[str, BillingMeter]]:
        """The subscriptions in the order of the ids and their billing meters, read together
        (a run's simulation); pass the meters to `compute`."""
        ids = list(dict.fromkeys(subscription_ids))
        if not ids:
            return [], {}
        rows, meters = uow.readings.subscriptions_with_meters(SUBSCRIPTION_COLUMNS, ids)
        found = {row[0]: SubscriptionToBill(*row) for row in rows}
        return [found[i] for i in ids if i in found], meters

    def settings(self, uow: UnitOfWork) -> ConsumptionSettings:
        """The consumption parameters; their fingerprint is kept with a run's items."""
        return consumption_settings(uow)

    def thresholds(self, uow: UnitOfWork, agency_id: str) -> ControlThresholds:
        values = self._parameters.effective_many(uow, _THRESHOLD_KEYS, agency_id)
        limit = values["billing.control_max_amount"]
        assert isinstance(limit, Money)
        return ControlThresholds(
            high_ratio=Decimal(str(values["billing.control_high_ratio"])),
            low_ratio=Decimal(str(values["billing.control_low_ratio"])),
            max_amount_minor=limit.amount_minor,
            hold_zero=bool(values["billing.control_hold_zero"]),
            hold_estimated=bool(values["billing.control_hold_estimated"]),
            max_consecutive_estimates=int(str(values["billing.control_max_estimates"])),
        )

    def compute(
        self,
        uow: UnitOfWork,
        subscriptions: Sequence[SubscriptionToBill],
        period_start: date,
        period_end: date,
        *,
        with_controls: bool = True,
        settings: ConsumptionSettings | None = None,
        known: Mapping[str, Consumption] | None = None,
        meters: Mapping[str, BillingMeter] | None = None,
    ) -> dict[str, ComputedForSubscription | NotBillable]:
        """Each subscription's computed bill and controls, or why it cannot be billed.
        `with_controls` False (a run's finalization: the controls were the simulation's)
        runs none, so reads neither the averages nor the thresholds. `known`: consumptions
        already derived (a run's finalization, from the simulation when nothing changed
        since), priced again without reading anything for them. `meters`: the billing
        meters of the subscriptions, read with them (`load_with_meters`)."""
        if not subscriptions:
            return {}
        known = known or {}
        consumptions: dict[str, Consumption | NotBillable] = dict(known)
        to_derive = [s for s in subscriptions if s.subscription_id not in known]
        consumptions.update(
            consumptions_for_billing(uow, to_derive, period_start, period_end, settings, meters)
        )
        catalogue = uow.tariffs.approved_catalogue()
        averages = (
            uow.bill_runs.average_amounts(
                [s.subscription_id for s in subscriptions], period_start - AVERAGE_WINDOW
            )
            if with_controls
            else {}
        )
        thresholds: dict[str, ControlThresholds] = {}
        results: dict[str, ComputedForSubscription | NotBillable] = {}
        for subscription in subscriptions:
            sid = subscription.subscription_id
            consumption = consumptions.get(sid)
            if consumption is None:
                results[sid] = NotBillable(sid, "NO_READING")
                continue
            if isinstance(consumption, NotBillable):
                results[sid] = consumption
                continue
            versions = catalogue.versions_for(
                subscription.tariff_category_code, subscription.product_code
            )
            if not versions:
                results[sid] = NotBillable(sid, NO_TARIFF)
                continue
            usage = Usage(
                consumption.period_start,
                consumption.period_end,
                Decimal(consumption.consumption),
                subscription.subscribed_power_va,
            )
            try:
                bill = compute_charges(versions, usage)
            except NoTariffForPeriod:
                results[sid] = NotBillable(sid, NO_TARIFF_FOR_PERIOD)
                continue
            except (ValueError, ArithmeticError):
                results[sid] = NotBillable(sid, COMPUTATION_FAILED)
                continue
            if abs(bill.total_minor) > LARGEST_MINOR or any(
                abs(line.amount_minor) > LARGEST_MINOR for line in bill.lines
            ):
                results[sid] = NotBillable(sid, AMOUNT_OUT_OF_RANGE)
                continue
            if not with_controls:
                results[sid] = ComputedForSubscription(subscription, consumption, bill, ())
                continue
            limits = thresholds.get(subscription.agency_id)
            if limits is None:
                limits = thresholds[subscription.agency_id] = self.thresholds(
                    uow, subscription.agency_id
                )
            facts = BillFacts(
                total_minor=bill.total_minor,
                consumption=consumption.consumption,
                estimated=consumption.estimated,
                consecutive_estimates=consumption.consecutive_estimates,
                active=subscription.status == "active",
                average_minor=averages.get(sid),
            )
            results[sid] = ComputedForSubscription(
                subscription, consumption, bill, run_controls(facts, limits)
            )
        return results

    def to_bill(
        self,
        computed: ComputedForSubscription,
        *,
        period_label: str,
        bill_date: date,
        due_date: date,
    ) -> BillToIssue:
        subscription, consumption, bill = (
            computed.subscription,
            computed.consumption,
            computed.bill,
        )
        return BillToIssue(
            subscription_id=subscription.subscription_id,
            account_id=subscription.account_id,
            agency_id=subscription.agency_id,
            service=subscription.service,
            kind=INVOICE,
            period_label=period_label,
            period_start=consumption.period_start,
            period_end=consumption.period_end,
            bill_date=bill_date,
            due_date=due_date,
            currency=bill.currency,
            reading_id=consumption.reading_id,
            index_from=consumption.index_from,
            index_to=consumption.index_to,
            consumption=consumption.consumption,
            estimated=consumption.estimated,
            lines=bill.lines,
            total_minor=bill.total_minor,
        )
