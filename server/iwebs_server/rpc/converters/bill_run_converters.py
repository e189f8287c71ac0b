"""Billing batch and bill run views to and from iwebs.v1 messages (bill_run_service.proto)."""

from __future__ import annotations

from iwebs.v1 import bill_run_service_pb2 as pb
from iwebs_server.application.bill_run_views import (
    BatchView,
    ExplanationView,
    ItemView,
    NotBilledAlertView,
    ProgressView,
    RunView,
    SummaryView,
)
from iwebs_server.application.bill_writer import decimal_text
from iwebs_server.application.billing_batches import BatchInput
from iwebs_server.rpc.converters.cash_converters import money_pb
from iwebs_server.rpc.converters.common import timestamp
from iwebs_server.rpc.converters.customer_base import date_pb

STATUSES = {
    "simulating": pb.BILL_RUN_STATUS_SIMULATING,
    "simulated": pb.BILL_RUN_STATUS_SIMULATED,
    "finalizing": pb.BILL_RUN_STATUS_FINALIZING,
    "finalized": pb.BILL_RUN_STATUS_FINALIZED,
    "cancelled": pb.BILL_RUN_STATUS_CANCELLED,
}
STATUSES_IN = {value: key for key, value in STATUSES.items()}
KINDS = {
    "mass": pb.BILL_RUN_KIND_MASS,
    "individual": pb.BILL_RUN_KIND_INDIVIDUAL,
    "final": pb.BILL_RUN_KIND_FINAL,
}
OUTCOMES = {
    "ready": pb.BILL_RUN_ITEM_OUTCOME_READY,
    "held": pb.BILL_RUN_ITEM_OUTCOME_HELD,
    "released": pb.BILL_RUN_ITEM_OUTCOME_RELEASED,
    "excluded": pb.BILL_RUN_ITEM_OUTCOME_EXCLUDED,
    "not_billed": pb.BILL_RUN_ITEM_OUTCOME_NOT_BILLED,
    "billed": pb.BILL_RUN_ITEM_OUTCOME_BILLED,
}
OUTCOMES_IN = {value: key for key, value in OUTCOMES.items()}
PHASES = {"simulate": pb.BILL_RUN_PHASE_SIMULATE, "finalize": pb.BILL_RUN_PHASE_FINALIZE}


def statuses_in(values: object) -> list[str]:
    """Stored statuses of the requested enum values; UNSPECIFIED (or unknown) as "?", which
    the use case refuses on its field."""
    return [STATUSES_IN.get(v, "?") for v in values]  # type: ignore[attr-defined]


def outcomes_in(values: object) -> list[str]:
    return [OUTCOMES_IN.get(v, "?") for v in values]  # type: ignore[attr-defined]


def batch_pb(view: BatchView) -> pb.BillingBatch:
    return pb.BillingBatch(
        batch_id=view.batch_id,
        agency_id=view.agency_id,
        code=view.code,
        name=view.name,
        service=view.service,
        billing_periodicity=view.billing_periodicity,
        tariff_category_codes=list(view.tariff_category_codes),
        round_ids=list(view.round_ids),
        active=view.active,
        version=view.version,
        subscription_count=view.subscription_count,
    )


def batch_in(message: pb.BillingBatch) -> BatchInput:
    return BatchInput(
        name=message.name,
        service=message.service,
        billing_periodicity=message.billing_periodicity,
        tariff_category_codes=tuple(message.tariff_category_codes),
        round_ids=tuple(message.round_ids),
    )


def progress_pb(view: ProgressView) -> pb.BillRunProgress:
    return pb.BillRunProgress(
        phase=PHASES.get(view.phase, pb.BILL_RUN_PHASE_UNSPECIFIED),
        chunks_total=view.chunks_total,
        chunks_done=view.chunks_done,
        items_total=view.items_total,
        items_done=view.items_done,
        errors=view.errors,
        rate_per_second=view.rate_per_second,
        eta_seconds=view.eta_seconds,
        started_at=timestamp(view.started_at),
        updated_at=timestamp(view.updated_at),
        done=view.done,
    )


def run_pb(view: RunView) -> pb.BillRun:
    message = pb.BillRun(
        run_id=view.run_id,
        run_number=view.run_number,
        kind=KINDS.get(view.kind, pb.BILL_RUN_KIND_UNSPECIFIED),
        batch_id=view.batch_id,
        batch_code=view.batch_code,
        agency_id=view.agency_id,
        period_label=view.period_label,
        period_start=date_pb(view.period_start),
        period_end=date_pb(view.period_end),
        bill_date=date_pb(view.bill_date),
        due_date=date_pb(view.due_date),
        currency_code=view.currency_code,
        status=STATUSES.get(view.status, pb.BILL_RUN_STATUS_UNSPECIFIED),
        total_items=view.total_items,
        progress=progress_pb(view.progress),
        created_by_login=view.created_by_login,
        created_at=timestamp(view.created_at),
        simulated_at=timestamp(view.simulated_at),
        finalize_requested_by_login=view.finalize_requested_by_login,
        finalize_requested_at=timestamp(view.finalize_requested_at),
        finalized_at=timestamp(view.finalized_at),
        version=view.version,
    )
    if view.counts is not None:
        c = view.counts
        message.counts.CopyFrom(
            pb.BillRunCounts(
                ready=c.ready,
                held=c.held,
                released=c.released,
                excluded=c.excluded,
                not_billed=c.not_billed,
                billed=c.billed,
                amount=money_pb(view.currency_code, c.amount_minor),
            )
        )
    return message


def item_pb(view: ItemView) -> pb.BillRunItem:
    return pb.BillRunItem(
        run_id=view.run_id,
        subscription_id=view.subscription_id,
        subscription_number=view.subscription_number,
        account_id=view.account_id,
        account_number=view.account_number,
        customer_name=view.customer_name,
        tariff_category_code=view.tariff_category_code,
        chunk_no=view.chunk_no,
        outcome=OUTCOMES.get(view.outcome, pb.BILL_RUN_ITEM_OUTCOME_UNSPECIFIED),
        cause=view.cause,
        control_codes=list(view.control_codes),
        has_consumption=view.consumption is not None,
        consumption=view.consumption or 0,
        estimated=view.estimated,
        amount=money_pb(view.currency_code, view.amount_minor),
        note=view.note,
        bill_id=view.bill_id,
        bill_number=view.bill_number,
    )


def explanation_pb(view: ExplanationView) -> pb.ExplainBillRunItemResponse:
    currency = view.currency_code
    return pb.ExplainBillRunItemResponse(
        item=item_pb(view.item),
        period_start=date_pb(view.period_start),
        period_end=date_pb(view.period_end),
        has_index_from=view.index_from is not None,
        index_from=view.index_from or 0,
        has_index_to=view.index_to is not None,
        index_to=view.index_to or 0,
        consumption=view.consumption,
        estimated=view.estimated,
        estimate_method=view.estimate_method,
        reading_id=view.reading_id,
        lines=[
            pb.BillRunLine(
                line_no=number,
                code=line.code,
                kind=line.kind,
                label=line.label,
                quantity=decimal_text(line.quantity),
                unit=line.unit,
                unit_price=decimal_text(line.unit_price),
                amount=money_pb(currency, line.amount_minor),
                tariff_version_id=line.tariff_version_id,
                has_block_no=line.block_no is not None,
                block_no=line.block_no or 0,
                rule=line.rule,
                ledger_account=line.ledger_account,
            )
            for number, line in enumerate(view.lines, start=1)
        ],
        total=money_pb(currency, view.total_minor),
        findings=[pb.BillRunControlFinding(code=c, message=m) for c, m in view.findings],
        not_billable_cause=view.not_billable_cause,
    )


def summary_pb(view: SummaryView) -> pb.GetBillRunSummaryResponse:
    currency = view.run.currency_code
    return pb.GetBillRunSummaryResponse(
        run=run_pb(view.run),
        finalized=view.finalized,
        bill_count=view.bill_count,
        total=money_pb(currency, view.total_minor),
        by_category=[
            pb.BillRunSummaryByCategory(
                tariff_category_code=code, bill_count=count, amount=money_pb(currency, amount)
            )
            for code, count, amount in view.by_category
        ],
        by_line=[
            pb.BillRunSummaryByLine(
                code=code,
                ledger_account=account,
                line_count=count,
                amount=money_pb(currency, amount),
            )
            for code, account, count, amount in view.by_line
        ],
        by_ledger_account=[
            pb.BillRunSummaryByAccount(ledger_account=a, amount=money_pb(currency, amount))
            for a, amount in view.by_ledger_account
        ],
        first_bill_number=view.first_bill_number,
        last_bill_number=view.last_bill_number,
        not_billed=[
            pb.BillRunSummaryNotBilled(cause=cause, count=count) for cause, count in view.not_billed
        ],
        held_count=view.held_count,
        excluded_count=view.excluded_count,
    )


def alert_pb(view: NotBilledAlertView) -> pb.NotBilledAlert:
    return pb.NotBilledAlert(
        subscription_id=view.subscription_id,
        subscription_number=view.subscription_number,
        account_number=view.account_number,
        customer_name=view.customer_name,
        consecutive_runs=view.consecutive_runs,
        last_cause=view.last_cause,
        last_run_id=view.last_run_id,
        last_run_number=view.last_run_number,
    )
