"""Review of a simulated bill run (FAC-5, FAC-6): the worklist of items, the explanation
of one item, release, exclude and recompute, idempotent and audited; the base of
BillRunService (application/bill_runs.py) with the lookups both share."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from iwebs_server.application import bill_run_queries as queries
from iwebs_server.application.audit_trail import AuditTrail, details
from iwebs_server.application.bill_computation import BillComputation
from iwebs_server.application.bill_run_chunks import NO_KEPT_CONSUMPTION, kept_consumption_values
from iwebs_server.application.bill_run_views import (
    BILLED,
    EXCLUDED,
    FINALIZING,
    HELD,
    NOT_BILLED,
    OUTCOMES,
    READY,
    RELEASED,
    SIMULATED,
    SIMULATING,
    ExplanationView,
    ItemView,
)
from iwebs_server.application.billing_batches import plain_text
from iwebs_server.application.billing_consumption import NotBillable
from iwebs_server.application.clock import Clock
from iwebs_server.application.idempotency import Idempotency
from iwebs_server.application.paging import decode_token, next_token, page_size
from iwebs_server.application.parameters import ParameterReader
from iwebs_server.application.validation import Checks, identifier
from iwebs_server.application.views import Page
from iwebs_server.domain import rights
from iwebs_server.domain.bill_controls import CONTROL_CODES
from iwebs_server.domain.errors import NotFound, PreconditionFailed
from iwebs_server.domain.principal import Principal
from iwebs_server.persistence.repositories.bill_run_items import KEPT_CONSUMPTION_COLUMNS
from iwebs_server.persistence.tables.billing import BillRunItemRow, BillRunRow
from iwebs_server.persistence.unit_of_work import UnitOfWork, UowFactory


def state_error(run: BillRunRow, wanted: str) -> PreconditionFailed:
    """BILL_RUN_BUSY while chunks run, else BILL_RUN_STATE."""
    if run.status in (SIMULATING, FINALIZING):
        return PreconditionFailed(
            "BILL_RUN_BUSY", f"run {run.run_number} is {run.status}; wait for it to end"
        )
    return PreconditionFailed(
        "BILL_RUN_STATE", f"run {run.run_number} is {run.status}; {wanted} needs another status"
    )


class BillRunReview:
    def __init__(
        self,
        uow_factory: UowFactory,
        clock: Clock,
        audit: AuditTrail,
        idempotency: Idempotency,
        computation: BillComputation,
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._audit = audit
        self._idempotency = idempotency
        self._computation = computation
        self._parameters = ParameterReader()
        # set by the composition: wakes the server's chunk workers when work is queued
        self.on_work: Callable[[], None] = lambda: None

    # -- review -----------------------------------------------------------------------------
    def list_items(
        self,
        principal: Principal,
        run_id: str,
        *,
        outcomes: Sequence[str] = (),
        control_code: str = "",
        cause: str = "",
        size: int = 0,
        token: str = "",
    ) -> tuple[Page[ItemView], int]:
        principal.require(rights.BILLING_READ)
        checks = Checks()
        for index, outcome in enumerate(outcomes):
            checks.choice(f"outcomes[{index}]", outcome, OUTCOMES)
        control_code = plain_text(
            checks, "control_code", control_code, required=False, max_length=32
        )
        if control_code and control_code not in CONTROL_CODES:  # matched with LIKE: no pattern
            checks.fail("control_code", "is not a control code")
        cause = plain_text(checks, "cause", cause, required=False, max_length=32)
        checks.raise_if_any()
        limit, offset = page_size(size), decode_token(token)
        # BILLED is shown for a ready or released item whose bill is issued
        stored = sorted({o for o in outcomes if o != BILLED})
        billed: bool | None = None
        if BILLED in outcomes:
            if not stored:
                billed = True
            stored = sorted({*stored, READY, RELEASED})
        elif READY in stored or RELEASED in stored:
            billed = False
        with self._uow(read_only=True) as uow:
            run = self._run(uow, principal, run_id)
            listings, total = uow.bill_runs.item_listings(
                run.id,
                outcomes=stored,
                control_code=control_code,
                cause=cause,
                billed=billed,
                offset=offset,
                limit=limit,
            )
            items = tuple(queries.item_view(x, run.currency_code) for x in listings)
            return Page(items, next_token(offset, limit, len(listings))), total

    def explain_item(
        self, principal: Principal, run_id: str, subscription_id: str
    ) -> ExplanationView:
        principal.require(rights.BILLING_READ)
        identifier("subscription_id", subscription_id)
        with self._uow(read_only=True) as uow:
            run = self._run(uow, principal, run_id)
            item = self._item_view(uow, run, subscription_id)
            return queries.explanation(uow, self._computation, run, item)

    def release_item(
        self, principal: Principal, request_id: str, run_id: str, subscription_id: str, note: str
    ) -> ItemView:
        return self._item_change(
            principal, request_id, run_id, subscription_id, note, "release", (HELD,), RELEASED
        )

    def exclude_item(
        self, principal: Principal, request_id: str, run_id: str, subscription_id: str, note: str
    ) -> ItemView:
        return self._item_change(
            principal,
            request_id,
            run_id,
            subscription_id,
            note,
            "exclude",
            (READY, HELD, RELEASED, NOT_BILLED),
            EXCLUDED,
        )

    def recompute_item(
        self, principal: Principal, request_id: str, run_id: str, subscription_id: str
    ) -> ItemView:
        return self._item_change(
            principal, request_id, run_id, subscription_id, "", "recompute", OUTCOMES, ""
        )

    def _item_change(
        self,
        principal: Principal,
        request_id: str,
        run_id: str,
        subscription_id: str,
        note: str,
        verb: str,
        allowed: Sequence[str],
        outcome: str,
    ) -> ItemView:
        principal.require(rights.BILLING_RUN)
        checks = Checks()
        checks.identifier("run_id", run_id)
        checks.identifier("subscription_id", subscription_id)
        note = plain_text(checks, "note", note, required=False, max_length=500)
        checks.raise_if_any()
        payload = {"run_id": run_id, "subscription_id": subscription_id, "note": note}
        action = f"billing.run.item.{verb}"

        def perform(uow: UnitOfWork) -> tuple[str, ItemView]:
            run = self._locked_run(uow, principal, run_id)
            if run.status != SIMULATED:
                raise state_error(run, verb)
            item = uow.bill_runs.item(run.id, subscription_id)
            if item is None:
                raise NotFound("bill_run_item", subscription_id)
            before = item.outcome
            if before not in allowed:
                raise PreconditionFailed(
                    "BILL_RUN_STATE", f"an item {before} cannot be {verb}d", metadata={}
                )
            if verb == "recompute":
                self._recompute(uow, run, item)
            else:
                item.outcome = outcome
                item.note = note
            run.version += 1
            self._audit.record(
                uow,
                action,
                principal=principal,
                agency_id=run.agency_id,
                object_type="bill_run",
                object_id=run.id,
                request_id=request_id,
                details_json=details(
                    run_number=run.run_number,
                    subscription_id=subscription_id,
                    outcome_before=before,
                    outcome=item.outcome,
                    amount=item.amount_minor,
                    note=note,
                ),
            )
            uow.session.flush()
            return subscription_id, self._item_view(uow, run, subscription_id)

        def replay(uow: UnitOfWork, ref: str) -> ItemView:
            run = self._run(uow, principal, run_id)
            return self._item_view(uow, run, ref)

        return self._idempotency.execute(
            request_id, action, payload, principal.user_id, perform, replay
        )

    def _recompute(self, uow: UnitOfWork, run: BillRunRow, item: BillRunItemRow) -> None:
        computation = self._computation
        settings = computation.settings(uow)  # before the inputs: see bill_run_chunks
        subscriptions = computation.load_subscriptions(uow, [item.subscription_id])
        results = computation.compute(
            uow, subscriptions, run.period_start, run.period_end, settings=settings
        )
        result = results.get(item.subscription_id) or NotBillable(
            item.subscription_id, "SUBSCRIPTION_NOT_FOUND"
        )
        if isinstance(result, NotBillable):
            item.outcome, item.cause, item.control_codes = NOT_BILLED, result.cause[:32], ""
            item.consumption, item.estimated, item.amount_minor = None, False, 0
            kept: tuple[object, ...] = NO_KEPT_CONSUMPTION
        else:
            consumption = result.consumption
            item.outcome = HELD if result.controls else READY
            item.cause = ""
            item.control_codes = ",".join(result.controls)
            item.consumption = consumption.consumption
            item.estimated = consumption.estimated
            item.amount_minor = result.bill.total_minor
            kept = kept_consumption_values(
                consumption, result.subscription.inputs_version, settings.fingerprint
            )
        for column, value in zip(KEPT_CONSUMPTION_COLUMNS, kept, strict=True):
            setattr(item, column, value)

    # -- lookups ---------------------------------------------------------------------------
    def _run(self, uow: UnitOfWork, principal: Principal, run_id: str) -> BillRunRow:
        identifier("run_id", run_id)
        run = uow.bill_runs.run(run_id)
        if run is None or not principal.scope.allows(run.agency_id):
            raise NotFound("bill_run", run_id)
        return run

    def _locked_run(self, uow: UnitOfWork, principal: Principal, run_id: str) -> BillRunRow:
        run = uow.bill_runs.lock_run(run_id)
        if run is None or not principal.scope.allows(run.agency_id):
            raise NotFound("bill_run", run_id)
        return run

    def _item_view(self, uow: UnitOfWork, run: BillRunRow, subscription_id: str) -> ItemView:
        listings, _ = uow.bill_runs.item_listings(
            run.id, subscription_ids=[subscription_id], limit=1
        )
        if not listings:
            raise NotFound("bill_run_item", subscription_id)
        return queries.item_view(listings[0], run.currency_code)
