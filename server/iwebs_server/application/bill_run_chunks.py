"""The work of a bill run, chunk by chunk (FAC-1, FAC-5, FAC-6, FAC-8; issue 5 item 6).

`process_next` claims one pending chunk of a run in the matching status and does it in ONE
transaction with its claim and its `done` mark: a crash (kill -9, power cut) rolls the
whole chunk back and it stays pending for the next worker, so that no bill is missing or
issued twice (the unique index bills(bill_run_id, subscription_id, kind) is the last guard).

- simulate: compute each subscription's bill and controls -> bill_run_items (ready, held
  with its control codes, not_billed with its cause); nothing numbered or posted;
- finalize: compute again the ready and released items and issue them through BillWriter
  (numbers, bills, lines, ledger, matching, outbox); an item whose bill cannot be issued,
  or whose amount is no longer the simulated one, becomes not_billed with its cause. The
  consumption the simulation derived is taken again, without reading meters, bills and
  readings, while the subscription's billing_inputs_version (raised by triggers) and the
  consumption parameters are unchanged (`kept_consumptions`); the tariff is applied again.

The last chunk of a phase moves the run's status (simulating -> simulated, finalizing ->
finalized) after locking the run row, so that two workers finishing the last two chunks
at once cannot both miss it. A chunk that fails as a whole is done again at once bill by
bill, each in a savepoint, so that one bad subscription cannot block a run.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy.exc import InterfaceError, OperationalError

from iwebs_server.application.audit_trail import AuditTrail, details
from iwebs_server.application.bill_computation import (
    AMOUNT_OUT_OF_RANGE,
    COMPUTATION_FAILED,
    NO_TARIFF,
    NO_TARIFF_FOR_PERIOD,
    SUBSCRIPTION_COLUMNS,
    SUBSCRIPTION_NOT_FOUND,
    BillComputation,
    ComputedForSubscription,
)
from iwebs_server.application.bill_run_views import (
    FINALIZED,
    FINALIZING,
    HELD,
    NOT_BILLED,
    READY,
    RELEASED,
    SIMULATED,
    SIMULATING,
)
from iwebs_server.application.bill_writer import AlreadyBilled, BillToIssue, BillWriter
from iwebs_server.application.billing_consumption import (
    ALREADY_BILLED,
    ESTIMATE_CAP_REACHED,
    NO_METER,
    NO_PREVIOUS_INDEX,
    NO_READING,
    NOT_ACTIVE,
    PREPAID,
    READING_TO_CHECK,
    TIME_OF_USE_METER,
    Consumption,
    NotBillable,
    SubscriptionToBill,
)
from iwebs_server.application.clock import Clock
from iwebs_server.persistence.repositories.bill_run_items import SimulatedItem
from iwebs_server.persistence.repositories.bill_run_repository import (
    FINALIZE,
    SIMULATE,
    ClaimedChunk,
)
from iwebs_server.persistence.tables.billing import BillRunRow
from iwebs_server.persistence.unit_of_work import UnitOfWork, UowFactory

log = logging.getLogger(__name__)

ISSUE_FAILED = "ISSUE_FAILED"
CHANGED_SINCE_SIMULATION = "CHANGED_SINCE_SIMULATION"
#: every cause an item of a run can be not billed for (FAC-8): the client has a text for each
NOT_BILLED_CAUSES = (
    NO_READING,
    READING_TO_CHECK,
    ESTIMATE_CAP_REACHED,
    NO_METER,
    NO_PREVIOUS_INDEX,
    TIME_OF_USE_METER,
    NOT_ACTIVE,
    ALREADY_BILLED,
    PREPAID,
    NO_TARIFF,
    NO_TARIFF_FOR_PERIOD,
    AMOUNT_OUT_OF_RANGE,
    COMPUTATION_FAILED,
    SUBSCRIPTION_NOT_FOUND,
    CHANGED_SINCE_SIMULATION,
    ISSUE_FAILED,
)


@dataclass(frozen=True)
class ChunkOutcome:
    billed: int  # simulate: ready items; finalize: bills issued
    not_billed: int
    errors: int
    amount_minor: int


class BillRunChunks:
    def __init__(
        self,
        uow_factory: UowFactory,
        clock: Clock,
        audit: AuditTrail,
        computation: BillComputation,
        writer: BillWriter,
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._audit = audit
        self._computation = computation
        self._writer = writer

    def process_next(self, worker: str) -> bool:
        """Does one pending chunk; False when there was none to claim."""
        with self._uow(read_only=True) as uow:
            # a plain read first: an idle worker never takes SQLite's write lock
            if not uow.bill_runs.has_pending_chunks():
                return False
        key: tuple[str, str, int] | None = None
        try:
            with self._uow() as uow:
                chunk = uow.bill_runs.claim_chunk(worker, self._clock.now())
                if chunk is None:
                    return False
                key = (chunk.run_id, chunk.phase, chunk.chunk_no)
                self._do(uow, chunk, one_by_one=False)
            return True
        except (OperationalError, InterfaceError):
            # deadlock, serialization failure, lost connection, SQLite busy: the chunk rolled
            # back whole; the worker waits a little and claims it again as it is
            raise
        except Exception:
            if key is None:
                raise
            log.exception("bill run chunk %s failed; doing it again bill by bill", key)
        # The chunk rolled back as a whole: again, each subscription in a savepoint.
        with self._uow() as uow:
            chunk = uow.bill_runs.claim_chunk(worker, self._clock.now(), key=key)
            if chunk is not None:
                self._do(uow, chunk, one_by_one=True)
        return True

    def _do(self, uow: UnitOfWork, chunk: ClaimedChunk, *, one_by_one: bool) -> None:
        run = uow.bill_runs.run(chunk.run_id)
        assert run is not None
        if chunk.phase == SIMULATE:
            outcome = self._simulate(uow, run, chunk, one_by_one)
        else:
            outcome = self._finalize(uow, run, chunk, one_by_one)
        now = self._clock.now()
        uow.bill_runs.finish_chunk(
            chunk,
            billed=outcome.billed,
            not_billed=outcome.not_billed,
            errors=outcome.errors,
            amount_minor=outcome.amount_minor,
            now=now,
        )
        self._after_chunk(uow, chunk)

    # -- simulation -------------------------------------------------------------------------
    def _simulate(
        self, uow: UnitOfWork, run: BillRunRow, chunk: ClaimedChunk, one_by_one: bool
    ) -> ChunkOutcome:
        computation = self._computation
        # read before the subscriptions and their inputs: a change committed meanwhile makes
        # the finalization derive the consumption again, never keep a stale one
        settings = computation.settings(uow)
        subscriptions, meters = computation.load_with_meters(uow, chunk.subscription_ids)
        if one_by_one:
            results: dict[str, ComputedForSubscription | NotBillable] = {}
            for subscription in subscriptions:
                sid = subscription.subscription_id
                try:
                    with uow.session.begin_nested():
                        results.update(
                            computation.compute(
                                uow,
                                [subscription],
                                run.period_start,
                                run.period_end,
                                settings=settings,
                                meters=meters,
                            )
                        )
                except Exception:
                    log.exception("simulation of subscription %s failed", sid)
                    results[sid] = NotBillable(sid, COMPUTATION_FAILED)
        else:
            results = computation.compute(
                uow,
                subscriptions,
                run.period_start,
                run.period_end,
                settings=settings,
                meters=meters,
            )
        fingerprint = settings.fingerprint
        date_value = uow.bill_runs.bulk.date_value
        rows: list[tuple[object, ...]] = []
        ready = not_billed = errors = amount = 0
        run_id, chunk_no = run.id, chunk.chunk_no
        for subscription in subscriptions:
            sid = subscription.subscription_id
            result = results.get(sid) or NotBillable(sid, COMPUTATION_FAILED)
            if isinstance(result, NotBillable):
                not_billed += 1
                errors += result.cause == COMPUTATION_FAILED
                rows.append(
                    (
                        run_id,
                        sid,
                        chunk_no,
                        subscription.account_id,
                        NOT_BILLED,
                        result.cause[:32],
                        "",
                        None,
                        False,
                        0,
                        "",
                        *NO_KEPT_CONSUMPTION,
                    )
                )
                continue
            total, consumption = result.bill.total_minor, result.consumption
            kept = kept_consumption_values(consumption, subscription.inputs_version, fingerprint)
            if result.controls:
                outcome = HELD
            else:
                outcome = READY
                ready += 1
                amount += total
            rows.append(
                (
                    run_id,
                    sid,
                    chunk_no,
                    subscription.account_id,
                    outcome,
                    "",
                    ",".join(result.controls),
                    consumption.consumption,
                    consumption.estimated,
                    total,
                    "",
                    date_value(consumption.period_start),  # the database's form of the dates
                    date_value(consumption.period_end),
                    *kept[2:],
                )
            )
        if not one_by_one:
            uow.bill_runs.insert_items(rows)
            return ChunkOutcome(ready, not_billed, errors, amount)
        for row in rows:  # each item in its savepoint: one bad row cannot stall the run
            try:
                with uow.session.begin_nested():
                    uow.bill_runs.insert_items([row])
            except Exception:
                log.exception("the item of subscription %s could not be written", row[1])
                failed = (
                    *row[:4], NOT_BILLED, COMPUTATION_FAILED, "", None, False, 0, "",
                    *NO_KEPT_CONSUMPTION,
                )  # fmt: skip
                uow.bill_runs.insert_items([failed])
                errors += 1
                if row[4] == READY:
                    ready -= 1
                    amount -= int(str(row[9]))
                if row[4] != NOT_BILLED:
                    not_billed += 1
        return ChunkOutcome(ready, not_billed, errors, amount)

    # -- finalization -----------------------------------------------------------------------
    def _finalize(
        self, uow: UnitOfWork, run: BillRunRow, chunk: ClaimedChunk, one_by_one: bool
    ) -> ChunkOutcome:
        repository = uow.bill_runs
        computation = self._computation
        settings = computation.settings(uow)
        # the items and their subscriptions as they are now (billing_inputs_version) at once
        read = repository.simulated_items(run.id, chunk.subscription_ids, SUBSCRIPTION_COLUMNS)
        simulated = {sid: item for sid, (item, _) in read.items()}
        billable = [
            sid
            for sid in chunk.subscription_ids
            if sid in simulated and simulated[sid].outcome in _BILLABLE
        ]
        subscriptions = [
            SubscriptionToBill(*columns)
            for columns in (read[sid][1] for sid in dict.fromkeys(billable))
            if columns is not None
        ]
        results = computation.compute(
            uow,
            subscriptions,
            run.period_start,
            run.period_end,
            with_controls=False,
            settings=settings,
            known=kept_consumptions(subscriptions, simulated, settings.fingerprint),
        )
        failed: list[tuple[str, str, str]] = []
        to_issue: list[BillToIssue] = []
        found = {s.subscription_id for s in subscriptions}
        for sid in billable:
            if sid not in found:
                failed.append((sid, SUBSCRIPTION_NOT_FOUND, ""))
                continue
            result = results.get(sid) or NotBillable(sid, COMPUTATION_FAILED)
            if isinstance(result, NotBillable):
                failed.append((sid, result.cause, "at finalization"))
                continue
            expected = simulated[sid].amount_minor
            if result.bill.total_minor != expected:
                failed.append(
                    (
                        sid,
                        CHANGED_SINCE_SIMULATION,
                        f"simulated {expected}, now {result.bill.total_minor}",
                    )
                )
                continue
            to_issue.append(
                computation.to_bill(
                    result,
                    period_label=run.period_label,
                    bill_date=run.bill_date,
                    due_date=run.due_date,
                )
            )
        now = self._clock.now()
        if one_by_one:
            issued = 0
            amount = 0
            for bill in to_issue:
                try:
                    with uow.session.begin_nested():
                        self._writer.issue(uow, [bill], bill_run_id=run.id, now=now)
                    issued += 1
                    amount += bill.total_minor
                except AlreadyBilled:
                    failed.append((bill.subscription_id, ALREADY_BILLED, "billed meanwhile"))
                except Exception as error:
                    log.exception("issuing the bill of %s failed", bill.subscription_id)
                    failed.append((bill.subscription_id, ISSUE_FAILED, str(error)[:200]))
        else:
            try:
                self._writer.issue(uow, to_issue, bill_run_id=run.id, now=now)
            except AlreadyBilled as clash:  # an individual bill came in since the simulation
                failed.extend(
                    (sid, ALREADY_BILLED, "billed meanwhile") for sid in clash.subscription_ids
                )
                to_issue = [b for b in to_issue if b.subscription_id not in clash.subscription_ids]
                self._writer.issue(uow, to_issue, bill_run_id=run.id, now=now)
            issued = len(to_issue)
            amount = sum(bill.total_minor for bill in to_issue)
        repository.set_not_billed(run.id, failed)
        return ChunkOutcome(issued, len(failed), len(failed), amount)

    # -- end of a phase ---------------------------------------------------------------------
    def _after_chunk(self, uow: UnitOfWork, chunk: ClaimedChunk) -> None:
        repository = uow.bill_runs
        run = repository.lock_run(chunk.run_id)
        assert run is not None
        if repository.pending_chunks(run.id, chunk.phase):
            return
        now = self._clock.now()
        progress = repository.progress(run.id, chunk.phase)
        if chunk.phase == SIMULATE and run.status == SIMULATING:
            run.status = SIMULATED
            run.simulated_at = now
            action = "billing.run.simulated"
        elif chunk.phase == FINALIZE and run.status == FINALIZING:
            run.status = FINALIZED
            run.finalized_at = now
            action = "billing.run.finalized"
        else:
            return
        run.version += 1
        summary: dict[str, object] = {
            "run_number": run.run_number,
            "items": progress.items_total,
            "billed": progress.billed,
            "not_billed": progress.not_billed,
            "errors": progress.errors,
            "amount": progress.amount_minor,
            "currency": run.currency_code,
        }
        if chunk.phase == FINALIZE:
            count, _total, first, last = repository.issued_summary(run.id)
            summary.update(bills=count, first_bill_number=first, last_bill_number=last)
        self._audit.record(
            uow,
            action,
            agency_id=run.agency_id,
            object_type="bill_run",
            object_id=run.id,
            user_login="bill-run-worker",
            details_json=details(**summary),
        )


_BILLABLE = (READY, RELEASED)
#: KEPT_CONSUMPTION_COLUMNS of an item that keeps no consumption (not billed)
NO_KEPT_CONSUMPTION = (None, None, None, None, None, "", 0, None, "")


def kept_consumption_values(
    consumption: Consumption, inputs_version: int, fingerprint: str
) -> tuple[object, ...]:
    """An item's KEPT_CONSUMPTION_COLUMNS (bill_run_items.py) for a consumption derived after
    reading the subscription's billing_inputs_version and the parameters' fingerprint: what
    `kept_consumptions` takes again at finalization (the simulation and a review's recompute)."""
    return (
        consumption.period_start,
        consumption.period_end,
        consumption.index_from,
        consumption.index_to,
        consumption.reading_id,
        consumption.estimate_method,
        consumption.consecutive_estimates,
        inputs_version,
        fingerprint,
    )


def kept_consumptions(
    subscriptions: Sequence[SubscriptionToBill],
    simulated: Mapping[str, SimulatedItem],
    fingerprint: str,
) -> dict[str, Consumption]:
    """The simulated consumptions that a finalization may take again: those of subscriptions
    whose billing_inputs_version is still the one read before the simulation derived them,
    under consumption parameters of the same fingerprint. Any other is derived again."""
    kept: dict[str, Consumption] = {}
    for subscription in subscriptions:
        sid = subscription.subscription_id
        item = simulated.get(sid)
        if (
            item is None
            or item.period_start is None
            or item.period_end is None
            or item.consumption is None
            or item.inputs_version != subscription.inputs_version
            or item.inputs_fingerprint != fingerprint
        ):
            continue
        kept[sid] = Consumption(
            sid,
            item.period_start,
            item.period_end,
            item.index_from,
            item.index_to,
            item.consumption,
            item.reading_id,
            item.estimated,
            item.estimate_method,
            item.consecutive_estimates,
        )
    return kept
