"""What the bill runs show: run views with their progress (from the chunks) and counts, the
items of the worklist, the explanation of one item, the summary (bordereau) and the
alerts for subscriptions left unbilled several runs in a row (FAC-5, FAC-6, FAC-8)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from iwebs_server.application.bill_computation import BillComputation
from iwebs_server.application.bill_run_views import (
    BILLED,
    EXCLUDED,
    FINALIZED,
    FINALIZING,
    HELD,
    NOT_BILLED,
    READY,
    RELEASED,
    ExplanationView,
    ItemView,
    NotBilledAlertView,
    ProgressView,
    RunCountsView,
    RunView,
    SummaryView,
)
from iwebs_server.application.billing_consumption import NotBillable
from iwebs_server.domain.bill_controls import control_message
from iwebs_server.domain.tariff_engine import ComputedLine
from iwebs_server.persistence.repositories.bill_run_items import ItemListing
from iwebs_server.persistence.repositories.bill_run_repository import FINALIZE, SIMULATE
from iwebs_server.persistence.tables.billing import BillRunRow
from iwebs_server.persistence.unit_of_work import UnitOfWork


def phase_of(run: BillRunRow) -> str:
    return FINALIZE if run.status in (FINALIZING, FINALIZED) else SIMULATE


def progress_view(uow: UnitOfWork, run: BillRunRow) -> ProgressView:
    phase = phase_of(run)
    p = uow.bill_runs.progress(run.id, phase)
    rate = 0.0
    eta = 0
    if p.started_at is not None and p.finished_at is not None and p.items_done:
        seconds = (p.finished_at - p.started_at).total_seconds()
        if seconds > 0:
            rate = p.items_done / seconds
            eta = int((p.items_total - p.items_done) / rate + 0.999)
    return ProgressView(
        phase=phase,
        chunks_total=p.chunks_total,
        chunks_done=p.chunks_done,
        items_total=p.items_total,
        items_done=p.items_done,
        errors=p.errors,
        rate_per_second=round(rate, 1),
        eta_seconds=eta,
        started_at=p.started_at,
        updated_at=p.finished_at,
        done=p.chunks_total > 0 and p.chunks_done == p.chunks_total,
    )


def run_views(uow: UnitOfWork, rows: Sequence[BillRunRow], *, counts: bool) -> list[RunView]:
    repository = uow.bill_runs
    logins = repository.logins(
        [r.created_by for r in rows] + [r.finalize_requested_by or "" for r in rows]
    )
    batches = repository.batch_codes([r.batch_id or "" for r in rows])
    views = []
    for run in rows:
        counts_view = None
        if counts:
            by_outcome = repository.outcome_counts(run.id)
            finalize = repository.progress(run.id, FINALIZE)
            finalized = run.status in (FINALIZING, FINALIZED)

            def count(outcome: str, table: dict[str, tuple[int, int]] = by_outcome) -> int:
                return table.get(outcome, (0, 0))[0]

            amount = (
                finalize.amount_minor
                if finalized
                else by_outcome.get(READY, (0, 0))[1] + by_outcome.get(RELEASED, (0, 0))[1]
            )
            counts_view = RunCountsView(
                ready=count(READY),
                held=count(HELD),
                released=count(RELEASED),
                excluded=count(EXCLUDED),
                not_billed=count(NOT_BILLED),
                billed=finalize.billed,
                amount_minor=amount,
            )
        views.append(
            RunView(
                run_id=run.id,
                run_number=run.run_number,
                kind=run.kind,
                batch_id=run.batch_id or "",
                batch_code=batches.get(run.batch_id or "", ""),
                agency_id=run.agency_id,
                period_label=run.period_label,
                period_start=run.period_start,
                period_end=run.period_end,
                bill_date=run.bill_date,
                due_date=run.due_date,
                currency_code=run.currency_code,
                status=run.status,
                total_items=run.total_items,
                counts=counts_view,
                progress=progress_view(uow, run),
                created_by_login=logins.get(run.created_by, ""),
                created_at=run.created_at,
                simulated_at=run.simulated_at,
                finalize_requested_by_login=logins.get(run.finalize_requested_by or "", ""),
                finalize_requested_at=run.finalize_requested_at,
                finalized_at=run.finalized_at,
                version=run.version,
            )
        )
    return views


def item_view(listing: ItemListing, currency: str) -> ItemView:
    item = listing.item
    outcome = BILLED if listing.bill_id else item.outcome
    return ItemView(
        run_id=item.run_id,
        subscription_id=item.subscription_id,
        subscription_number=listing.subscription_number,
        account_id=item.account_id,
        account_number=listing.account_number,
        customer_name=listing.customer_name,
        tariff_category_code=listing.tariff_category_code,
        chunk_no=item.chunk_no,
        outcome=outcome,
        cause=item.cause,
        control_codes=tuple(c for c in item.control_codes.split(",") if c),
        consumption=item.consumption,
        estimated=item.estimated,
        amount_minor=item.amount_minor,
        currency_code=currency,
        note=item.note,
        bill_id=listing.bill_id or "",
        bill_number=listing.bill_number or "",
    )


def explanation(
    uow: UnitOfWork, computation: BillComputation, run: BillRunRow, item: ItemView
) -> ExplanationView:
    """The item's lines: the issued bill's when it is billed, else computed again now."""
    if item.bill_id:
        bill = uow.bill_runs.bill(item.bill_id)
        assert bill is not None
        lines = tuple(
            ComputedLine(
                line.code,
                line.kind,
                line.label,
                Decimal(line.quantity),
                line.unit,
                Decimal(line.unit_price),
                line.amount_minor,
                line.tariff_version_id or "",
                line.block_no,
                line.rule,
                line.ledger_account,
            )
            for line in uow.bill_runs.bill_lines(item.bill_id)
        )
        return ExplanationView(
            item=item,
            period_start=bill.period_start,
            period_end=bill.period_end,
            index_from=bill.index_from,
            index_to=bill.index_to,
            consumption=bill.consumption or 0,
            estimated=bill.estimated,
            estimate_method="",
            reading_id=bill.reading_id or "",
            lines=lines,
            total_minor=sum(line.amount_minor for line in lines),
            currency_code=run.currency_code,
            findings=(),
            not_billable_cause="",
        )
    subscriptions = computation.load_subscriptions(uow, [item.subscription_id])
    results = computation.compute(uow, subscriptions, run.period_start, run.period_end)
    result = results.get(item.subscription_id) or NotBillable(item.subscription_id, "NOT_FOUND")
    if isinstance(result, NotBillable):
        return ExplanationView(
            item=item,
            period_start=None,
            period_end=None,
            index_from=None,
            index_to=None,
            consumption=0,
            estimated=False,
            estimate_method="",
            reading_id="",
            lines=(),
            total_minor=0,
            currency_code=run.currency_code,
            findings=(),
            not_billable_cause=result.cause,
        )
    consumption = result.consumption
    return ExplanationView(
        item=item,
        period_start=consumption.period_start,
        period_end=consumption.period_end,
        index_from=consumption.index_from,
        index_to=consumption.index_to,
        consumption=consumption.consumption,
        estimated=consumption.estimated,
        estimate_method=consumption.estimate_method,
        reading_id=consumption.reading_id or "",
        lines=result.bill.lines,
        total_minor=result.bill.total_minor,
        currency_code=result.bill.currency,
        findings=tuple((code, control_message(code)) for code in result.controls),
        not_billable_cause="",
    )


def summary(uow: UnitOfWork, run: BillRunRow, view: RunView) -> SummaryView:
    repository = uow.bill_runs
    counts = repository.outcome_counts(run.id)
    finalized = run.status in (FINALIZING, FINALIZED)
    if finalized:
        bills, total, first, last = repository.issued_summary(run.id)
        by_category = repository.issued_by_category(run.id)
        by_line = repository.issued_by_line(run.id)
    else:
        by_category = repository.simulated_by_category(run.id)
        bills = sum(c for _, c, _ in by_category)
        total = sum(a for _, _, a in by_category)
        first = last = ""
        by_line = []
    accounts: dict[str, int] = defaultdict(int)
    for _code, ledger_account, _count, amount in by_line:
        accounts[ledger_account] += amount
    return SummaryView(
        run=view,
        finalized=finalized,
        bill_count=bills,
        total_minor=total,
        by_category=tuple(by_category),
        by_line=tuple(by_line),
        by_ledger_account=tuple(sorted(accounts.items())),
        first_bill_number=first,
        last_bill_number=last,
        not_billed=tuple(repository.not_billed_causes(run.id)),
        held_count=counts.get(HELD, (0, 0))[0],
        excluded_count=counts.get(EXCLUDED, (0, 0))[0],
    )


def not_billed_alerts(
    uow: UnitOfWork, agency_ids: list[str] | None, min_runs: int
) -> list[NotBilledAlertView]:
    """Subscriptions not billed by at least `min_runs` finalized runs in a row since their
    last issued invoice (held, excluded or not billed each time), longest streak first."""
    repository = uow.bill_runs
    items = repository.unbilled_items_of_agency(agency_ids, max(min_runs, 1) * 3)
    if not items:
        return []
    last_billed = repository.last_invoice_at({row[0] for row in items})
    streaks: dict[str, list[tuple[str, str, str, str, str, datetime]]] = defaultdict(list)
    for row in items:
        billed_at = last_billed.get(row[0])
        if billed_at is None or row[5] > billed_at:
            streaks[row[0]].append(row)
    kept = {sid: rows for sid, rows in streaks.items() if len(rows) >= min_runs}
    labels = repository.subscription_labels(kept)
    alerts = []
    for sid, rows in kept.items():
        latest = rows[0]
        cause = latest[2] or latest[1].upper()
        number, account, name = labels.get(sid, ("", "", ""))
        alerts.append(
            NotBilledAlertView(sid, number, account, name, len(rows), cause, latest[3], latest[4])
        )
    alerts.sort(key=lambda a: (-a.consecutive_runs, a.subscription_number))
    return alerts
