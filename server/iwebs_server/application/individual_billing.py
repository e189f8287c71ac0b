"""Individual billing (FAC-1; docs/bills-and-accounts.md 5): one subscription billed for a
period, and the final bill at termination.

Both are computed exactly as a bill run computes (application/bill_computation.py: the
consumption of application/billing_consumption.py, the approved tariff, the controls) and
issued by the runs' writer (application/bill_writer.py: gap-free number, lines, ledger,
matching, outbox event), under a run of kind `individual` or `final` whose id is the
client's request_id (BillRunRepository.add_single_run), all in one transaction. A preview
computes and writes nothing. Idempotent by request_id (a repeat answers the bill issued).

The subscription's row is locked first (FOR UPDATE), so that two bills of one subscription
asked at once compute one after the other and the second finds the period billed
(NOTHING_TO_BILL).

Final bill: the subscription is terminated (its termination date ends the period) or
being terminated (the request gives the last day); a real final reading is required (no
final bill on an estimate). After the matching of the writer (advance, credit notes), the
account's security deposit settles what the bill still owes. When the subscription is
terminated and the account has no other live subscription, the rest of the deposit is
released to the advance, which the cash desk refunds (application/lettrage.py). A final bill
asked before the termination is recorded leaves the rest held: the termination may still
be called off, and the subscriber may stay on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from iwebs_server.application.audit_trail import AuditTrail, details
from iwebs_server.application.bill_computation import BillComputation, ComputedForSubscription
from iwebs_server.application.bill_reads import detail, line_views
from iwebs_server.application.bill_views import (
    BillDetailView,
    BillReadingView,
    BillSummaryView,
    IndividualBillView,
)
from iwebs_server.application.bill_writer import AlreadyBilled, BillWriter
from iwebs_server.application.billing_consumption import NotBillable
from iwebs_server.application.cash_context import business_date
from iwebs_server.application.clock import Clock
from iwebs_server.application.idempotency import Idempotency
from iwebs_server.application.lettrage import Lettrage
from iwebs_server.application.parameters import ParameterReader
from iwebs_server.application.validation import Checks
from iwebs_server.domain import rights
from iwebs_server.domain.errors import (
    DomainError,
    ErrorKind,
    FieldViolation,
    NotFound,
    PreconditionFailed,
)
from iwebs_server.domain.principal import Principal
from iwebs_server.persistence.repositories.customer_base_repository import (
    MATCH_DEPOSIT,
    MATCH_DEPOSIT_RELEASE,
)
from iwebs_server.persistence.tables.customer_base import SubscriptionRow
from iwebs_server.persistence.unit_of_work import UnitOfWork, UowFactory

INDIVIDUAL, FINAL = "individual", "final"
MAX_PERIOD_DAYS = 366
DUE_DELAY_KEY = "billing.due_date_delay_days"
UNITS = {"electricity": "kWh", "water": "m3"}
ALREADY_BILLED = "ALREADY_BILLED"
NO_TARIFF_CAUSES = ("NO_TARIFF", "NO_TARIFF_FOR_PERIOD")
FINAL_READING_REQUIRED = "FINAL_READING_REQUIRED"


class BillingPeriodInvalid(DomainError):
    kind = ErrorKind.INVALID_ARGUMENT

    def __init__(self, field: str, description: str) -> None:
        super().__init__(
            "BILLING_PERIOD_INVALID",
            f"{field}: {description}",
            field_violations=[FieldViolation(field, description)],
        )


def not_billable(cause: str) -> PreconditionFailed:
    """The reason of a subscription that cannot be billed, with its cause (FAC-8)."""
    if cause == ALREADY_BILLED:
        return PreconditionFailed(
            "NOTHING_TO_BILL", "the period is billed already", metadata={"cause": cause}
        )
    if cause in NO_TARIFF_CAUSES:
        return PreconditionFailed(
            "NO_TARIFF_FOR_PERIOD",
            "no approved tariff covers the period for this subscription",
            metadata={"cause": cause},
        )
    return PreconditionFailed(
        "SUBSCRIPTION_NOT_BILLABLE",
        f"the subscription cannot be billed: {cause}",
        metadata={"cause": cause},
    )


@dataclass(frozen=True)
class _Request:
    kind: str
    subscription_id: str
    period_start: date | None
    period_end: date | None
    period_label: str


class IndividualBilling:
    def __init__(
        self,
        uow_factory: UowFactory,
        clock: Clock,
        audit: AuditTrail,
        idempotency: Idempotency,
        *,
        computation: BillComputation | None = None,
        writer: BillWriter | None = None,
        lettrage: Lettrage | None = None,
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._audit = audit
        self._idempotency = idempotency
        self._computation = computation or BillComputation()
        self._lettrage = lettrage or Lettrage()
        self._writer = writer or BillWriter(self._lettrage)
        self._parameters = ParameterReader()

    # -- use cases ------------------------------------------------------------------------
    def bill_subscription(
        self,
        principal: Principal,
        request_id: str,
        subscription_id: str,
        period_start: date | None,
        period_end: date | None,
        period_label: str,
        *,
        preview: bool,
    ) -> IndividualBillView:
        principal.require(rights.BILLING_RUN)
        checks = Checks()
        checks.identifier("subscription_id", subscription_id)
        label = checks.text("period_label", period_label, required=False, max_length=32)
        checks.raise_if_any()
        if period_start is None:
            raise BillingPeriodInvalid("period_start", "is required")
        if period_end is None:
            raise BillingPeriodInvalid("period_end", "is required")
        if period_end < period_start:
            raise BillingPeriodInvalid("period_end", "must not be before period_start")
        if (period_end - period_start).days + 1 > MAX_PERIOD_DAYS:
            raise BillingPeriodInvalid("period_end", f"a period is at most {MAX_PERIOD_DAYS} days")
        wanted = _Request(INDIVIDUAL, subscription_id, period_start, period_end, label)
        return self._run(principal, request_id, wanted, preview)

    def final_bill(
        self,
        principal: Principal,
        request_id: str,
        subscription_id: str,
        period_end: date | None,
        *,
        preview: bool,
    ) -> IndividualBillView:
        principal.require(rights.BILLING_RUN)
        checks = Checks()
        checks.identifier("subscription_id", subscription_id)
        checks.raise_if_any()
        wanted = _Request(FINAL, subscription_id, None, period_end, "")
        return self._run(principal, request_id, wanted, preview)

    # -- the work -------------------------------------------------------------------------
    def _run(
        self, principal: Principal, request_id: str, wanted: _Request, preview: bool
    ) -> IndividualBillView:
        if (
            wanted.period_end is not None
            and wanted.period_end > self._clock.now().date() + timedelta(days=1)
        ):
            # nothing is billed ahead of time (a day's margin for the agencies east of UTC)
            raise BillingPeriodInvalid("period_end", "must not be after today")
        if preview:
            with self._uow(read_only=True) as uow:
                subscription = self._subscription(uow, principal, wanted, lock=False)
                computed = self._compute(uow, subscription, wanted)
                return self._preview(uow, computed, wanted)
        payload = {
            "kind": wanted.kind,
            "subscription_id": wanted.subscription_id,
            "period_start": wanted.period_start.isoformat() if wanted.period_start else "",
            "period_end": wanted.period_end.isoformat() if wanted.period_end else "",
            "period_label": wanted.period_label,
        }

        def perform(uow: UnitOfWork) -> tuple[str, IndividualBillView]:
            subscription = self._subscription(uow, principal, wanted, lock=True)
            computed = self._compute(uow, subscription, wanted)
            bill_id = self._issue(uow, principal, request_id, computed, wanted)
            return bill_id, self._result(uow, principal, bill_id, request_id, computed.controls)

        def replay(uow: UnitOfWork, bill_id: str) -> IndividualBillView:
            view = self._result(uow, principal, bill_id, request_id, ())
            return IndividualBillView(
                view.bill, False, (), request_id, True,
                view.deposit_matched_minor, view.deposit_released_minor,
            )  # fmt: skip

        return self._idempotency.execute(
            request_id, f"billing.{wanted.kind}_bill", payload, principal.user_id, perform, replay
        )

    def _subscription(
        self, uow: UnitOfWork, principal: Principal, wanted: _Request, *, lock: bool
    ) -> SubscriptionRow:
        row = uow.subscriptions.get(wanted.subscription_id, principal.scope, for_update=lock)
        if row is None:
            raise NotFound("subscription", wanted.subscription_id)
        return row

    def _final_period(self, subscription: SubscriptionRow, wanted: _Request) -> tuple[date, date]:
        end = wanted.period_end
        terminated = subscription.status == "terminated"
        if end is None:
            if not terminated or subscription.terminated_on is None:
                raise BillingPeriodInvalid(
                    "period_end", "is required while the subscription is not terminated"
                )
            end = subscription.terminated_on
        elif terminated and subscription.terminated_on and end > subscription.terminated_on:
            raise BillingPeriodInvalid("period_end", "must not be after the termination date")
        # the span starts after the last billed period (billing_consumption): from activation
        start = subscription.activated_on or end
        return min(start, end), end

    def _compute(
        self, uow: UnitOfWork, subscription: SubscriptionRow, wanted: _Request
    ) -> ComputedForSubscription:
        if wanted.kind == FINAL:
            start, end = self._final_period(subscription, wanted)
        else:
            assert wanted.period_start is not None and wanted.period_end is not None
            start, end = wanted.period_start, wanted.period_end
        loaded = self._computation.load_subscriptions(uow, [subscription.id])
        result = self._computation.compute(uow, loaded, start, end).get(subscription.id)
        if result is None:
            raise not_billable("NO_READING")
        if isinstance(result, NotBillable):
            raise not_billable(result.cause)
        if wanted.kind == FINAL and result.consumption.estimated:
            # a real index: a reading, or the removal index of the meter taken out
            raise not_billable(FINAL_READING_REQUIRED)
        span = result.consumption.period_end - result.consumption.period_start
        if span.days + 1 > MAX_PERIOD_DAYS:
            raise BillingPeriodInvalid(
                "period_end",
                f"{span.days + 1} days since the last billed period: at most {MAX_PERIOD_DAYS}",
            )
        return result

    def _dates(self, uow: UnitOfWork, agency_id: str) -> tuple[date, date]:
        today = business_date(uow, self._parameters, agency_id, self._clock.now())
        delay = self._parameters.effective(uow, DUE_DELAY_KEY, agency_id)
        return today, today + timedelta(days=int(str(delay)))

    def _issue(
        self,
        uow: UnitOfWork,
        principal: Principal,
        run_id: str,
        computed: ComputedForSubscription,
        wanted: _Request,
    ) -> str:
        subscription, consumption = computed.subscription, computed.consumption
        bill_date, due_date = self._dates(uow, subscription.agency_id)
        label = wanted.period_label or consumption.period_end.strftime("%Y-%m")
        now = self._clock.now()
        uow.bill_runs.add_single_run(
            run_id=run_id,
            kind=wanted.kind,
            agency_id=subscription.agency_id,
            period_label=label,
            period_start=consumption.period_start,
            period_end=consumption.period_end,
            bill_date=bill_date,
            due_date=due_date,
            currency_code=computed.bill.currency,
            created_by=principal.user_id,
            now=now,
        )
        bill = self._computation.to_bill(
            computed, period_label=label, bill_date=bill_date, due_date=due_date
        )
        try:
            (issued,) = self._writer.issue(uow, [bill], bill_run_id=run_id, now=now)
        except AlreadyBilled as clash:  # a run billed it at the same moment
            raise not_billable(ALREADY_BILLED) from clash
        settled = None
        if wanted.kind == FINAL:
            # the rest of the deposit is released once the subscription is terminated and
            # was the account's last live one; being terminated, it may still be kept on
            terminated = subscription.status == "terminated"
            others = uow.bill_records.live_subscription_count(
                subscription.account_id, subscription.subscription_id
            )
            settled = self._lettrage.settle_final_bill(
                uow, issued, now, release_rest=terminated and others == 0
            )
        self._audit.record(
            uow,
            f"bill.{wanted.kind}",
            principal=principal,
            agency_id=subscription.agency_id,
            object_type="bill",
            object_id=issued.bill_id,
            request_id=run_id,
            details_json=details(
                bill_number=issued.bill_number,
                subscription_id=subscription.subscription_id,
                amount_minor=issued.total_minor,
                currency=issued.currency,
                period=label,
                deposit_matched_minor=settled.deposit_matched_minor if settled else 0,
                deposit_released_minor=settled.deposit_released_minor if settled else 0,
            ),
        )
        return issued.bill_id

    def _result(
        self,
        uow: UnitOfWork,
        principal: Principal,
        bill_id: str,
        run_id: str,
        controls: tuple[str, ...],
    ) -> IndividualBillView:
        row = uow.bill_records.bill(bill_id, principal.scope)
        if row is None:
            raise NotFound("bill", bill_id)
        today = business_date(uow, self._parameters, row.bill.agency_id, self._clock.now())
        view = detail(uow, row, today)
        deposit = {
            kind: sum(m.amount_minor for m in view.matches if m.source_kind == kind)
            for kind in (MATCH_DEPOSIT, MATCH_DEPOSIT_RELEASE)
        }
        return IndividualBillView(
            bill=view,
            preview=False,
            controls=controls,
            bill_run_id=run_id,
            replayed=False,
            deposit_matched_minor=deposit[MATCH_DEPOSIT],
            deposit_released_minor=deposit[MATCH_DEPOSIT_RELEASE],
        )

    def _preview(
        self, uow: UnitOfWork, computed: ComputedForSubscription, wanted: _Request
    ) -> IndividualBillView:
        """The bill as it would be issued today, with nothing written."""
        subscription, consumption, bill = (
            computed.subscription,
            computed.consumption,
            computed.bill,
        )
        bill_date, due_date = self._dates(uow, subscription.agency_id)
        reading = uow.bill_records.reading(consumption.reading_id or "")
        account_numbers = uow.bill_records.account_numbers([subscription.account_id])
        numbers = uow.bill_records.subscription_numbers([subscription.subscription_id])
        summary = BillSummaryView(
            bill_id="", bill_number="", kind="invoice", origin="billing",
            account_id=subscription.account_id,
            account_number=account_numbers.get(subscription.account_id, ""),
            subscription_id=subscription.subscription_id,
            subscription_number=numbers.get(subscription.subscription_id, ""),
            service=subscription.service,
            period_label=wanted.period_label or consumption.period_end.strftime("%Y-%m"),
            period_start=consumption.period_start, period_end=consumption.period_end,
            issue_date=bill_date, due_date=due_date, currency_code=bill.currency,
            amount_minor=bill.total_minor, open_minor=bill.total_minor, overdue=False,
            estimated=consumption.estimated, consumption=consumption.consumption,
            credits_bill_id="", credits_bill_number="", credited_by_bill_id="",
            credited_by_bill_number="", correction_pending=False,
            agency_id=subscription.agency_id, bill_run_id="", bill_run_kind=wanted.kind,
        )  # fmt: skip
        reading_view = BillReadingView(
            reading_id=consumption.reading_id or "",
            reading_date=reading.reading_date if reading else consumption.period_end,
            previous_date=consumption.period_start - timedelta(days=1),
            has_index=consumption.index_to is not None,
            index_from=consumption.index_from or 0,
            index_to=consumption.index_to or 0,
            consumption=consumption.consumption,
            estimated=consumption.estimated,
            meter_serial="",
            unit=UNITS.get(subscription.service, ""),
        )
        view = BillDetailView(
            summary=summary,
            lines=line_views(uow, bill.lines),
            reading=reading_view,
            matches=(),
            payments=(),
            total_minor=bill.total_minor,
        )
        return IndividualBillView(view, True, computed.controls, "", False)
