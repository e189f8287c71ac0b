"""The texts and table rows of the billing-runs screen (pure functions, translated): batches,
runs, progress, items by outcome, the not-billed alerts (an item's explanation:
bill_run_explanation.py)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from iwebs.v1 import bill_run_service_pb2 as brs
from iwebs_client.models.display_format import format_integer, format_money, format_timestamp
from iwebs_client.models.record_table_model import RecordRow


def date_text(value: object) -> str:
    year = getattr(value, "year", 0)
    if not year:
        return ""
    return f"{value.day:02d}/{value.month:02d}/{year}"  # type: ignore[attr-defined]


def money_text(value: object) -> str:
    return format_money(
        getattr(value, "amount_minor", 0), getattr(value, "currency_code", "") or "XOF"
    )


# -- vocabularies -----------------------------------------------------------------------------
def status_text(status: int) -> str:
    texts: dict[int, str] = {
        brs.BILL_RUN_STATUS_SIMULATING: QCoreApplication.translate("BillRunRows", "Simulating"),
        brs.BILL_RUN_STATUS_SIMULATED: QCoreApplication.translate("BillRunRows", "Simulated"),
        brs.BILL_RUN_STATUS_FINALIZING: QCoreApplication.translate("BillRunRows", "Finalizing"),
        brs.BILL_RUN_STATUS_FINALIZED: QCoreApplication.translate("BillRunRows", "Finalized"),
        brs.BILL_RUN_STATUS_CANCELLED: QCoreApplication.translate("BillRunRows", "Cancelled"),
    }
    return texts.get(status, "")


def kind_text(kind: int) -> str:
    texts: dict[int, str] = {
        brs.BILL_RUN_KIND_MASS: QCoreApplication.translate("BillRunRows", "Batch"),
        brs.BILL_RUN_KIND_INDIVIDUAL: QCoreApplication.translate("BillRunRows", "Individual"),
        brs.BILL_RUN_KIND_FINAL: QCoreApplication.translate("BillRunRows", "Final bill"),
    }
    return texts.get(kind, "")


#: the review tabs, in order: (outcomes listed, title)
OUTCOME_TABS: tuple[tuple[tuple[int, ...], str], ...] = (
    ((brs.BILL_RUN_ITEM_OUTCOME_HELD,), "Held by a control"),
    ((brs.BILL_RUN_ITEM_OUTCOME_READY,), "Ready"),
    ((brs.BILL_RUN_ITEM_OUTCOME_RELEASED,), "Released"),
    ((brs.BILL_RUN_ITEM_OUTCOME_EXCLUDED,), "Excluded"),
    ((brs.BILL_RUN_ITEM_OUTCOME_NOT_BILLED,), "Not billed"),
    ((brs.BILL_RUN_ITEM_OUTCOME_BILLED,), "Billed"),
)


def outcome_tab_title(index: int, counts: brs.BillRunCounts | None = None) -> str:
    titles = (
        QCoreApplication.translate("BillRunRows", "Held by a control"),
        QCoreApplication.translate("BillRunRows", "Ready"),
        QCoreApplication.translate("BillRunRows", "Released"),
        QCoreApplication.translate("BillRunRows", "Excluded"),
        QCoreApplication.translate("BillRunRows", "Not billed"),
        QCoreApplication.translate("BillRunRows", "Billed"),
    )
    title = titles[index]
    if counts is None:
        return title
    numbers = (
        counts.held,
        counts.ready,
        counts.released,
        counts.excluded,
        counts.not_billed,
        counts.billed,
    )
    return f"{title} ({format_integer(numbers[index])})"


def outcome_text(outcome: int) -> str:
    texts: dict[int, str] = {
        brs.BILL_RUN_ITEM_OUTCOME_READY: QCoreApplication.translate("BillRunRows", "Ready"),
        brs.BILL_RUN_ITEM_OUTCOME_HELD: QCoreApplication.translate("BillRunRows", "Held"),
        brs.BILL_RUN_ITEM_OUTCOME_RELEASED: QCoreApplication.translate("BillRunRows", "Released"),
        brs.BILL_RUN_ITEM_OUTCOME_EXCLUDED: QCoreApplication.translate("BillRunRows", "Excluded"),
        brs.BILL_RUN_ITEM_OUTCOME_NOT_BILLED: QCoreApplication.translate(
            "BillRunRows", "Not billed"
        ),
        brs.BILL_RUN_ITEM_OUTCOME_BILLED: QCoreApplication.translate("BillRunRows", "Billed"),
    }
    return texts.get(outcome, "")


def control_text(code: str) -> str:
    """A control code (domain/bill_controls.py) as the biller reads it."""
    texts = {
        "NEGATIVE_AMOUNT": QCoreApplication.translate("BillRunRows", "Negative amount"),
        "ZERO_AMOUNT": QCoreApplication.translate("BillRunRows", "Zero amount"),
        "ZERO_CONSUMPTION": QCoreApplication.translate(
            "BillRunRows", "Zero consumption on an active subscription"
        ),
        "HIGH_VS_AVERAGE": QCoreApplication.translate(
            "BillRunRows", "Far above the subscriber's average"
        ),
        "LOW_VS_AVERAGE": QCoreApplication.translate(
            "BillRunRows", "Far below the subscriber's average"
        ),
        "AMOUNT_ABOVE_LIMIT": QCoreApplication.translate(
            "BillRunRows", "Above the control ceiling"
        ),
        "MISSING_READING": QCoreApplication.translate("BillRunRows", "Estimated: no reading"),
        "ESTIMATED_TOO_OFTEN": QCoreApplication.translate(
            "BillRunRows", "Estimated too many times in a row"
        ),
    }
    return texts.get(code, code)


def cause_text(cause: str) -> str:
    """Why a subscription is not billed (FAC-8)."""
    texts = {
        "NO_READING": QCoreApplication.translate("BillRunRows", "No reading"),
        "READING_TO_CHECK": QCoreApplication.translate(
            "BillRunRows", "Reading to check (reading case)"
        ),
        "ESTIMATE_CAP_REACHED": QCoreApplication.translate(
            "BillRunRows", "Too many estimates in a row"
        ),
        "NO_TARIFF": QCoreApplication.translate("BillRunRows", "No tariff for the period"),
        "NO_TARIFF_FOR_PERIOD": QCoreApplication.translate(
            "BillRunRows", "No tariff for the period"
        ),
        "NO_METER": QCoreApplication.translate("BillRunRows", "No meter installed"),
        "NO_PREVIOUS_INDEX": QCoreApplication.translate(
            "BillRunRows", "No start index (no invoice, reading or installation index)"
        ),
        "TIME_OF_USE_METER": QCoreApplication.translate(
            "BillRunRows", "Peak / off-peak meter: no time-of-use tariff yet"
        ),
        "NOT_ACTIVE": QCoreApplication.translate("BillRunRows", "Not active in the period"),
        "PREPAID": QCoreApplication.translate("BillRunRows", "Prepaid: not billed by reading"),
        "AMOUNT_OUT_OF_RANGE": QCoreApplication.translate(
            "BillRunRows", "Amount too large to be billed"
        ),
        "COMPUTATION_FAILED": QCoreApplication.translate("BillRunRows", "Computation error"),
        "SUBSCRIPTION_NOT_FOUND": QCoreApplication.translate(
            "BillRunRows", "Subscription not found"
        ),
        "CHANGED_SINCE_SIMULATION": QCoreApplication.translate(
            "BillRunRows", "Changed since the simulation: simulate again"
        ),
        "FINAL_READING_REQUIRED": QCoreApplication.translate(
            "BillRunRows", "A final reading is required"
        ),
        "SUBSCRIPTION_NOT_BILLABLE": QCoreApplication.translate(
            "BillRunRows", "Subscription not billable"
        ),
        "NOT_BILLABLE": QCoreApplication.translate("BillRunRows", "Subscription not billable"),
        "ALREADY_BILLED": QCoreApplication.translate(
            "BillRunRows", "Already billed for the period"
        ),
        "ISSUE_FAILED": QCoreApplication.translate("BillRunRows", "Error while issuing"),
        "ERROR": QCoreApplication.translate("BillRunRows", "Computation error"),
    }
    return texts.get(cause, cause)


def periodicity_choices() -> list[tuple[str, str]]:
    return [
        ("", QCoreApplication.translate("BillRunRows", "Any periodicity")),
        ("monthly", QCoreApplication.translate("BillRunRows", "Monthly")),
        ("bimonthly", QCoreApplication.translate("BillRunRows", "Every two months")),
        ("quarterly", QCoreApplication.translate("BillRunRows", "Quarterly")),
    ]


def service_choices() -> list[tuple[str, str]]:
    return [
        ("", QCoreApplication.translate("BillRunRows", "Water and electricity")),
        ("electricity", QCoreApplication.translate("BillRunRows", "Electricity")),
        ("water", QCoreApplication.translate("BillRunRows", "Water")),
    ]


def choice_text(choices: Sequence[tuple[str, str]], code: str) -> str:
    return next((text for value, text in choices if value == code), code)


# -- batches ----------------------------------------------------------------------------------
def batch_headers() -> list[str]:
    return [
        QCoreApplication.translate("BillRunRows", "Code"),
        QCoreApplication.translate("BillRunRows", "Name"),
        QCoreApplication.translate("BillRunRows", "Service"),
        QCoreApplication.translate("BillRunRows", "Periodicity"),
        QCoreApplication.translate("BillRunRows", "Criteria"),
        QCoreApplication.translate("BillRunRows", "Active"),
    ]


def batch_criteria_text(batch: brs.BillingBatch, round_names: dict[str, str] | None = None) -> str:
    parts = []
    if batch.tariff_category_codes:
        parts.append(
            QCoreApplication.translate("BillRunRows", "categories %1").replace(
                "%1", ", ".join(batch.tariff_category_codes)
            )
        )
    if batch.round_ids:
        names = [(round_names or {}).get(r, r[:8]) for r in batch.round_ids]
        parts.append(
            QCoreApplication.translate("BillRunRows", "rounds %1").replace("%1", ", ".join(names))
        )
    return "; ".join(parts) or QCoreApplication.translate(
        "BillRunRows", "every subscription of the agency"
    )


def batch_rows(
    batches: Sequence[brs.BillingBatch], round_names: dict[str, str] | None = None
) -> list[RecordRow]:
    return [
        RecordRow(
            b,
            (
                b.code,
                b.name,
                choice_text(service_choices(), b.service),
                choice_text(periodicity_choices(), b.billing_periodicity),
                batch_criteria_text(b, round_names),
                QCoreApplication.translate("BillRunRows", "yes")
                if b.active
                else QCoreApplication.translate("BillRunRows", "no"),
            ),
        )
        for b in batches
    ]


# -- runs -------------------------------------------------------------------------------------
def run_headers() -> list[str]:
    return [
        QCoreApplication.translate("BillRunRows", "Run"),
        QCoreApplication.translate("BillRunRows", "Batch"),
        QCoreApplication.translate("BillRunRows", "Period"),
        QCoreApplication.translate("BillRunRows", "Bill date"),
        QCoreApplication.translate("BillRunRows", "Status"),
        QCoreApplication.translate("BillRunRows", "Items"),
        QCoreApplication.translate("BillRunRows", "Amount"),
        QCoreApplication.translate("BillRunRows", "Created"),
    ]


def run_rows(runs: Sequence[brs.BillRun]) -> list[RecordRow]:
    return [
        RecordRow(
            r,
            (
                r.run_number,
                r.batch_code or kind_text(r.kind),
                r.period_label,
                date_text(r.bill_date),
                status_text(r.status),
                format_integer(r.total_items),
                money_text(r.counts.amount),
                f"{format_timestamp(r.created_at)} {r.created_by_login}".strip(),
            ),
            highlighted=r.counts.held > 0 and r.status == brs.BILL_RUN_STATUS_SIMULATED,
            tooltip=QCoreApplication.translate(
                "BillRunRows", "Items held by a control wait for review"
            )
            if r.counts.held
            else "",
        )
        for r in runs
    ]


def run_title(run: brs.BillRun) -> str:
    return (
        QCoreApplication.translate("BillRunRows", "Run %1 — batch %2 — period %3 (%4 to %5)")
        .replace("%1", run.run_number)
        .replace("%2", run.batch_code or kind_text(run.kind))
        .replace("%3", run.period_label)
        .replace("%4", date_text(run.period_start))
        .replace("%5", date_text(run.period_end))
    )


def run_facts(run: brs.BillRun) -> str:
    counts = run.counts
    return (
        QCoreApplication.translate(
            "BillRunRows",
            "%1 — bill date %2, due %3 — %4 items: %5 ready, %6 held, %7 released, %8 excluded, %9 not billed, %10 billed — amount %11",  # noqa: E501
        )
        .replace("%11", money_text(counts.amount))
        .replace("%10", format_integer(counts.billed))
        .replace("%1", status_text(run.status))
        .replace("%2", date_text(run.bill_date))
        .replace("%3", date_text(run.due_date))
        .replace("%4", format_integer(run.total_items))
        .replace("%5", format_integer(counts.ready))
        .replace("%6", format_integer(counts.held))
        .replace("%7", format_integer(counts.released))
        .replace("%8", format_integer(counts.excluded))
        .replace("%9", format_integer(counts.not_billed))
    )  # fmt: skip


def duration_text(seconds: int) -> str:
    if seconds <= 0:
        return ""
    minutes, secs = divmod(seconds, 60)
    if minutes >= 60:
        hours, minutes = divmod(minutes, 60)
        return (
            QCoreApplication.translate("BillRunRows", "%1 h %2 min")
            .replace("%1", str(hours))
            .replace("%2", str(minutes))
        )
    if minutes:
        return (
            QCoreApplication.translate("BillRunRows", "%1 min %2 s")
            .replace("%1", str(minutes))
            .replace("%2", str(secs))
        )
    return QCoreApplication.translate("BillRunRows", "%1 s").replace("%1", str(secs))


def progress_text(progress: brs.BillRunProgress, status: int) -> str:
    """'Simulation: 12 000 / 40 000 (30 %) — 2 errors — 1 850 per second — about 15 s left'."""
    phase = (
        QCoreApplication.translate("BillRunRows", "Finalization")
        if progress.phase == brs.BILL_RUN_PHASE_FINALIZE
        else QCoreApplication.translate("BillRunRows", "Simulation")
    )
    total = progress.items_total
    done = progress.items_done
    percent = done * 100 // total if total else (100 if progress.done else 0)
    parts = [
        QCoreApplication.translate("BillRunRows", "%1: %2 / %3 (%4 %)")
        .replace("%1", phase)
        .replace("%2", format_integer(done))
        .replace("%3", format_integer(total))
        .replace("%4", str(percent))
    ]
    parts.append(
        QCoreApplication.translate("BillRunRows", "chunks %1 / %2")
        .replace("%1", format_integer(progress.chunks_done))
        .replace("%2", format_integer(progress.chunks_total))
    )
    parts.append(
        QCoreApplication.translate("BillRunRows", "%1 errors").replace(
            "%1", format_integer(progress.errors)
        )
    )
    if progress.rate_per_second > 0:
        rate = int(progress.rate_per_second + 0.5)
        parts.append(
            QCoreApplication.translate("BillRunRows", "%1 per second").replace(
                "%1", format_integer(rate)
            )
        )
    if progress.done or status in (brs.BILL_RUN_STATUS_SIMULATED, brs.BILL_RUN_STATUS_FINALIZED):
        parts.append(QCoreApplication.translate("BillRunRows", "done"))
    elif progress.eta_seconds > 0:
        parts.append(
            QCoreApplication.translate("BillRunRows", "about %1 left").replace(
                "%1", duration_text(progress.eta_seconds)
            )
        )
    return " — ".join(parts)


def progress_percent(progress: brs.BillRunProgress) -> int:
    if progress.items_total <= 0:
        return 100 if progress.done else 0
    return min(100, progress.items_done * 100 // progress.items_total)


def is_running(status: int) -> bool:
    return status in (brs.BILL_RUN_STATUS_SIMULATING, brs.BILL_RUN_STATUS_FINALIZING)


# -- items ------------------------------------------------------------------------------------
def item_headers() -> list[str]:
    return [
        QCoreApplication.translate("BillRunRows", "Subscription"),
        QCoreApplication.translate("BillRunRows", "Account"),
        QCoreApplication.translate("BillRunRows", "Customer"),
        QCoreApplication.translate("BillRunRows", "Category"),
        QCoreApplication.translate("BillRunRows", "Consumption"),
        QCoreApplication.translate("BillRunRows", "Amount"),
        QCoreApplication.translate("BillRunRows", "Outcome"),
        QCoreApplication.translate("BillRunRows", "Why"),
        QCoreApplication.translate("BillRunRows", "Bill"),
        QCoreApplication.translate("BillRunRows", "Note"),
    ]


def item_reason(item: brs.BillRunItem) -> str:
    if item.outcome == brs.BILL_RUN_ITEM_OUTCOME_NOT_BILLED:
        return cause_text(item.cause)
    return ", ".join(control_text(code) for code in item.control_codes)


def consumption_text(item: brs.BillRunItem) -> str:
    if not item.has_consumption:
        return ""
    text = format_integer(item.consumption)
    return (
        text + " " + QCoreApplication.translate("BillRunRows", "(estimated)")
        if item.estimated
        else text
    )


def item_rows(items: Sequence[brs.BillRunItem]) -> list[RecordRow]:
    return [
        RecordRow(
            item,
            (
                item.subscription_number,
                item.account_number,
                item.customer_name,
                item.tariff_category_code,
                consumption_text(item),
                money_text(item.amount),
                outcome_text(item.outcome),
                item_reason(item),
                item.bill_number,
                item.note,
            ),
            highlighted=item.outcome == brs.BILL_RUN_ITEM_OUTCOME_HELD,
        )
        for item in items
    ]


# -- alerts -----------------------------------------------------------------------------------
def alert_headers() -> list[str]:
    return [
        QCoreApplication.translate("BillRunRows", "Subscription"),
        QCoreApplication.translate("BillRunRows", "Account"),
        QCoreApplication.translate("BillRunRows", "Customer"),
        QCoreApplication.translate("BillRunRows", "Runs in a row"),
        QCoreApplication.translate("BillRunRows", "Last cause"),
        QCoreApplication.translate("BillRunRows", "Last run"),
    ]


def alert_rows(alerts: Sequence[brs.NotBilledAlert]) -> list[RecordRow]:
    return [
        RecordRow(
            a,
            (
                a.subscription_number,
                a.account_number,
                a.customer_name,
                format_integer(a.consecutive_runs),
                cause_text(a.last_cause),
                a.last_run_number,
            ),
            highlighted=True,
        )
        for a in alerts
    ]
