"""Bill runs (FAC-1, FAC-5, FAC-6, FAC-8): a batch billed for a period, simulated first,
reviewed, then finalized by the chunk workers (application/bill_run_chunks.py).

Status: simulating -> simulated -> finalizing -> finalized; cancelled before finalizing.
- create: the batch's subscriptions in round order, split into chunks of
  `billing.chunk_size`, queued for simulation; due date = bill date +
  `billing.due_date_delay_days`. One open run per batch at a time (BILL_RUN_BUSY).
- review (simulated only): release a held item, exclude an item, recompute one item (after
  its reading was fixed), simulate the whole run again.
- finalize (simulated only, version checked): chunks over the ready and released items.
- cancel: before finalizing.
While chunks run, changes are refused with BILL_RUN_BUSY; in any other wrong status with
BILL_RUN_STATE. Every change carries a request_id (idempotent) and is audited (SEC-09).
Reads need billing.read, changes billing.run; agencies in scope (else NOT_FOUND).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from iwebs_server.application import bill_run_queries as queries
from iwebs_server.application.audit_trail import details
from iwebs_server.application.bill_run_review import BillRunReview, state_error
from iwebs_server.application.bill_run_views import (
    CANCELLED,
    FINALIZING,
    MASS,
    SIMULATED,
    SIMULATING,
    NotBilledAlertView,
    ProgressView,
    RunView,
    SummaryView,
)
from iwebs_server.application.billing_batches import plain_text
from iwebs_server.application.paging import decode_token, next_token, page_size
from iwebs_server.application.validation import Checks, identifier
from iwebs_server.application.views import Page
from iwebs_server.domain import rights
from iwebs_server.domain.errors import (
    DomainError,
    ErrorKind,
    FieldViolation,
    InvalidInput,
    NotFound,
    PreconditionFailed,
    VersionConflict,
)
from iwebs_server.domain.parameters import Money
from iwebs_server.domain.principal import Principal
from iwebs_server.persistence.repositories.bill_run_repository import FINALIZE, SIMULATE
from iwebs_server.persistence.tables.billing import BillRunRow
from iwebs_server.persistence.unit_of_work import UnitOfWork

LABEL = re.compile(r"[A-Za-z0-9][A-Za-z0-9 _./\-]{0,31}")
MAX_PERIOD_DAYS = 366
FIRST_YEAR, LAST_YEAR = 2000, 2199
STATUSES = ("simulating", "simulated", "finalizing", "finalized", "cancelled")


class BillingPeriodInvalid(DomainError):
    kind = ErrorKind.INVALID_ARGUMENT

    def __init__(self, field: str, description: str) -> None:
        super().__init__(
            "BILLING_PERIOD_INVALID",
            f"{field}: {description}",
            field_violations=[FieldViolation(field, description)],
        )


class BillRunService(BillRunReview):
    """The runs' life cycle; the review of items is in BillRunReview."""

    # -- runs -------------------------------------------------------------------------------
    def create_run(
        self,
        principal: Principal,
        request_id: str,
        *,
        batch_id: str,
        period_label: str,
        period_start: date | None,
        period_end: date | None,
        bill_date: date | None = None,
    ) -> RunView:
        principal.require(rights.BILLING_RUN)
        identifier("batch_id", batch_id)
        label = period_label.strip()
        if not LABEL.fullmatch(label):
            raise BillingPeriodInvalid("period_label", "1-32 letters, digits, space _ . / -")
        if period_start is None:
            raise BillingPeriodInvalid("period_start", "is required")
        if period_end is None:
            raise BillingPeriodInvalid("period_end", "is required")
        if period_end < period_start:
            raise BillingPeriodInvalid("period_end", "is before period_start")
        if (period_end - period_start).days + 1 > MAX_PERIOD_DAYS:
            raise BillingPeriodInvalid("period_end", f"a period is at most {MAX_PERIOD_DAYS} days")
        if not FIRST_YEAR <= period_start.year <= LAST_YEAR:
            raise BillingPeriodInvalid("period_start", f"years {FIRST_YEAR}-{LAST_YEAR} only")
        bill_day = bill_date or self._clock.now().date()
        if bill_day < period_start:
            raise BillingPeriodInvalid("bill_date", "is before period_start")
        if (bill_day - period_end).days > MAX_PERIOD_DAYS:
            raise BillingPeriodInvalid("bill_date", "is more than a year after period_end")
        payload = {
            "batch_id": batch_id,
            "period_label": label,
            "period_start": period_start.isoformat(),
            "period_end": period_end.isoformat(),
            "bill_date": bill_date.isoformat() if bill_date else "",
        }

        def perform(uow: UnitOfWork) -> tuple[str, RunView]:
            repository = uow.bill_runs
            batch = repository.batch(batch_id)
            if batch is None or not principal.scope.allows(batch.agency_id):
                raise NotFound("billing_batch", batch_id)
            if not batch.active:
                raise InvalidInput.field("batch_id", "the batch is deactivated")
            if repository.open_run_of_batch(batch.id) is not None:
                raise PreconditionFailed(
                    "BILL_RUN_BUSY", "the batch has a run not finalized or cancelled yet"
                )
            selected = repository.batch_subscription_ids(batch, period_start, period_end)
            if not selected:
                raise PreconditionFailed(
                    "NOTHING_TO_BILL", "the batch selects no subscription for this period"
                )
            now = self._clock.now()
            delay = int(
                str(self._parameters.effective(uow, "billing.due_date_delay_days", batch.agency_id))
            )
            run = BillRunRow(
                id=request_id,
                run_number=repository.next_run_number(batch.agency_id, bill_day.year),
                kind=MASS,
                batch_id=batch.id,
                agency_id=batch.agency_id,
                period_label=label,
                period_start=period_start,
                period_end=period_end,
                bill_date=bill_day,
                due_date=bill_day + timedelta(days=delay),
                currency_code=self._currency(uow, batch.agency_id),
                status=SIMULATING,
                total_items=len(selected),
                created_by=principal.user_id,
                created_at=now,
                version=1,
            )
            repository.add_run(run)
            self._queue(uow, run.id, SIMULATE, [sid for sid, _ in selected])
            self._audit.record(
                uow,
                "billing.run.create",
                principal=principal,
                agency_id=run.agency_id,
                object_type="bill_run",
                object_id=run.id,
                request_id=request_id,
                details_json=details(
                    run_number=run.run_number,
                    batch=batch.code,
                    period=label,
                    period_start=period_start.isoformat(),
                    period_end=period_end.isoformat(),
                    subscriptions=len(selected),
                ),
            )
            return run.id, queries.run_views(uow, [run], counts=False)[0]

        view = self._idempotency.execute(
            request_id, "billing.run.create", payload, principal.user_id, perform, self._replay
        )
        self.on_work()
        return view

    def list_runs(
        self,
        principal: Principal,
        agency_id: str = "",
        batch_id: str = "",
        statuses: Sequence[str] = (),
        size: int = 0,
        token: str = "",
    ) -> Page[RunView]:
        principal.require(rights.BILLING_READ)
        if agency_id:
            identifier("agency_id", agency_id)
        if batch_id:
            identifier("batch_id", batch_id)
        checks = Checks()
        for index, status in enumerate(statuses):
            checks.choice(f"statuses[{index}]", status, STATUSES)
        checks.raise_if_any()
        limit, offset = page_size(size), decode_token(token)
        scope = principal.scope
        if agency_id:
            ids: list[str] | None = [agency_id] if scope.allows(agency_id) else []
        else:
            ids = None if scope.all_agencies else sorted(scope.agency_ids)
        with self._uow(read_only=True) as uow:
            rows = uow.bill_runs.runs(ids, batch_id, statuses, offset, limit)
            views = queries.run_views(uow, rows, counts=False)
            return Page(tuple(views), next_token(offset, limit, len(rows)))

    def get_run(self, principal: Principal, run_id: str) -> RunView:
        principal.require(rights.BILLING_READ)
        with self._uow(read_only=True) as uow:
            run = self._run(uow, principal, run_id)
            return queries.run_views(uow, [run], counts=True)[0]

    def run_id_of_number(self, principal: Principal, run_number: str) -> str:
        principal.require(rights.BILLING_READ)
        with self._uow(read_only=True) as uow:
            run = uow.bill_runs.run_by_number(run_number.strip()[:32])
            if run is None or not principal.scope.allows(run.agency_id):
                raise NotFound("bill_run", run_number)
            return run.id

    def get_progress(self, principal: Principal, run_id: str) -> tuple[RunView, ProgressView]:
        """Light, for polling: the run without its counts, and its progress."""
        principal.require(rights.BILLING_READ)
        with self._uow(read_only=True) as uow:
            run = self._run(uow, principal, run_id)
            view = queries.run_views(uow, [run], counts=False)[0]
            return view, view.progress

    # -- whole-run changes ------------------------------------------------------------------
    def simulate_again(
        self, principal: Principal, request_id: str, run_id: str, version: int
    ) -> RunView:
        def change(uow: UnitOfWork, run: BillRunRow) -> None:
            if run.status != SIMULATED:
                raise state_error(run, "simulating again")
            batch = uow.bill_runs.batch(run.batch_id or "")
            assert batch is not None
            selected = uow.bill_runs.batch_subscription_ids(batch, run.period_start, run.period_end)
            if not selected:
                raise PreconditionFailed(
                    "NOTHING_TO_BILL", "the batch selects no subscription for this period"
                )
            uow.bill_runs.delete_items(run.id)
            uow.bill_runs.delete_chunks(run.id, SIMULATE)
            self._queue(uow, run.id, SIMULATE, [sid for sid, _ in selected])
            run.status = SIMULATING
            run.total_items = len(selected)
            run.simulated_at = None

        return self._run_change(principal, request_id, run_id, version, "simulate_again", change)

    def finalize(self, principal: Principal, request_id: str, run_id: str, version: int) -> RunView:
        def change(uow: UnitOfWork, run: BillRunRow) -> None:
            if run.status != SIMULATED:
                raise state_error(run, "finalizing")
            billable = uow.bill_runs.billable_items(run.id)
            if not billable:
                raise PreconditionFailed(
                    "NOTHING_TO_BILL", "no item of the run is ready or released"
                )
            uow.bill_runs.delete_chunks(run.id, FINALIZE)
            self._queue(uow, run.id, FINALIZE, billable)
            run.status = FINALIZING
            run.finalize_requested_by = principal.user_id
            run.finalize_requested_at = self._clock.now()

        return self._run_change(principal, request_id, run_id, version, "finalize", change)

    def cancel(
        self, principal: Principal, request_id: str, run_id: str, version: int, reason: str
    ) -> RunView:
        checks = Checks()
        reason = plain_text(checks, "reason", reason, required=False, max_length=500)
        checks.raise_if_any()

        def change(uow: UnitOfWork, run: BillRunRow) -> None:
            if run.status not in (SIMULATING, SIMULATED):
                raise PreconditionFailed(
                    "BILL_RUN_STATE",
                    f"run {run.run_number} is {run.status}; it cannot be cancelled",
                )
            run.status = CANCELLED

        return self._run_change(
            principal, request_id, run_id, version, "cancel", change, reason=reason
        )

    def _run_change(
        self,
        principal: Principal,
        request_id: str,
        run_id: str,
        version: int,
        verb: str,
        change: Callable[[UnitOfWork, BillRunRow], None],
        reason: str = "",
    ) -> RunView:
        principal.require(rights.BILLING_RUN)
        identifier("run_id", run_id)
        payload = {"run_id": run_id, "version": version, "reason": reason}
        action = f"billing.run.{verb}"

        def perform(uow: UnitOfWork) -> tuple[str, RunView]:
            run = self._locked_run(uow, principal, run_id)
            if run.version != version:
                raise VersionConflict("bill_run")
            before = run.status
            change(uow, run)
            run.version += 1
            self._audit.record(
                uow,
                action,
                principal=principal,
                agency_id=run.agency_id,
                object_type="bill_run",
                object_id=run.id,
                request_id=request_id,
                reason=reason or None,
                details_json=details(
                    run_number=run.run_number, status_before=before, status=run.status
                ),
            )
            uow.session.flush()
            return run.id, queries.run_views(uow, [run], counts=False)[0]

        view = self._idempotency.execute(
            request_id, action, payload, principal.user_id, perform, self._replay
        )
        self.on_work()
        return view

    # -- summary and alerts -----------------------------------------------------------------
    def summary(self, principal: Principal, run_id: str) -> SummaryView:
        principal.require(rights.BILLING_READ)
        with self._uow(read_only=True) as uow:
            run = self._run(uow, principal, run_id)
            view = queries.run_views(uow, [run], counts=True)[0]
            return queries.summary(uow, run, view)

    def not_billed_alerts(
        self,
        principal: Principal,
        agency_id: str,
        min_runs: int = 0,
        size: int = 0,
        token: str = "",
    ) -> Page[NotBilledAlertView]:
        principal.require(rights.BILLING_READ)
        identifier("agency_id", agency_id)
        if min_runs < 0 or min_runs > 24:
            raise InvalidInput.field("min_consecutive_runs", "must be between 0 and 24")
        limit, offset = page_size(size), decode_token(token)
        with self._uow(read_only=True) as uow:
            if uow.agencies.get(agency_id, principal.scope) is None:
                raise NotFound("agency", agency_id)
            runs = min_runs or int(
                str(self._parameters.effective(uow, "billing.not_billed_alert_runs", agency_id))
            )
            alerts = queries.not_billed_alerts(uow, [agency_id], runs)
            page = alerts[offset : offset + limit]
            return Page(tuple(page), next_token(offset, limit, len(page)))

    # -- helpers ----------------------------------------------------------------------------
    def _queue(self, uow: UnitOfWork, run_id: str, phase: str, ids: Sequence[str]) -> None:
        size = int(str(self._parameters.effective(uow, "billing.chunk_size")))
        slices = [ids[i : i + size] for i in range(0, len(ids), size)]
        uow.bill_runs.add_chunks(run_id, phase, slices)

    def _currency(self, uow: UnitOfWork, agency_id: str) -> str:
        """The agency's currency: that of its cash float (cash.opening_float)."""
        value = self._parameters.effective(uow, "cash.opening_float", agency_id)
        assert isinstance(value, Money)
        return value.currency

    @staticmethod
    def _replay(uow: UnitOfWork, ref: str) -> RunView:
        run = uow.bill_runs.run(ref)
        assert run is not None
        return queries.run_views(uow, [run], counts=False)[0]
