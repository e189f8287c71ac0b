"""Frozen views of billing batches and bill runs (what the RPC layer converts)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from iwebs_server.domain.tariff_engine import ComputedLine

# run statuses
SIMULATING, SIMULATED, FINALIZING, FINALIZED, CANCELLED = (
    "simulating",
    "simulated",
    "finalizing",
    "finalized",
    "cancelled",
)
# item outcomes (BILLED is shown, not stored: a ready or released item with its bill)
READY, HELD, RELEASED, EXCLUDED, NOT_BILLED, BILLED = (
    "ready",
    "held",
    "released",
    "excluded",
    "not_billed",
    "billed",
)
OUTCOMES = (READY, HELD, RELEASED, EXCLUDED, NOT_BILLED, BILLED)
MASS, INDIVIDUAL, FINAL = "mass", "individual", "final"


@dataclass(frozen=True)
class BatchView:
    batch_id: str
    agency_id: str
    code: str
    name: str
    service: str
    billing_periodicity: str
    tariff_category_codes: tuple[str, ...]
    round_ids: tuple[str, ...]
    active: bool
    version: int
    subscription_count: int = 0


@dataclass(frozen=True)
class ProgressView:
    phase: str  # simulate | finalize
    chunks_total: int
    chunks_done: int
    items_total: int
    items_done: int
    errors: int
    rate_per_second: float
    eta_seconds: int
    started_at: datetime | None
    updated_at: datetime | None
    done: bool


@dataclass(frozen=True)
class RunCountsView:
    ready: int
    held: int
    released: int
    excluded: int
    not_billed: int
    billed: int
    amount_minor: int


@dataclass(frozen=True)
class RunView:
    run_id: str
    run_number: str
    kind: str
    batch_id: str
    batch_code: str
    agency_id: str
    period_label: str
    period_start: date
    period_end: date
    bill_date: date
    due_date: date
    currency_code: str
    status: str
    total_items: int
    counts: RunCountsView | None
    progress: ProgressView
    created_by_login: str
    created_at: datetime
    simulated_at: datetime | None
    finalize_requested_by_login: str
    finalize_requested_at: datetime | None
    finalized_at: datetime | None
    version: int


@dataclass(frozen=True)
class ItemView:
    run_id: str
    subscription_id: str
    subscription_number: str
    account_id: str
    account_number: str
    customer_name: str
    tariff_category_code: str
    chunk_no: int
    outcome: str  # one of OUTCOMES
    cause: str
    control_codes: tuple[str, ...]
    consumption: int | None
    estimated: bool
    amount_minor: int
    currency_code: str
    note: str
    bill_id: str
    bill_number: str


@dataclass(frozen=True)
class ExplanationView:
    item: ItemView
    period_start: date | None
    period_end: date | None
    index_from: int | None
    index_to: int | None
    consumption: int
    estimated: bool
    estimate_method: str
    reading_id: str
    lines: tuple[ComputedLine, ...]
    total_minor: int
    currency_code: str
    findings: tuple[tuple[str, str], ...]  # (code, French message)
    not_billable_cause: str


@dataclass(frozen=True)
class SummaryView:
    run: RunView
    finalized: bool
    bill_count: int
    total_minor: int
    by_category: tuple[tuple[str, int, int], ...]  # (category, bills, amount)
    by_line: tuple[tuple[str, str, int, int], ...]  # (code, ledger account, lines, amount)
    by_ledger_account: tuple[tuple[str, int], ...]
    first_bill_number: str
    last_bill_number: str
    not_billed: tuple[tuple[str, int], ...]  # (cause, count)
    held_count: int
    excluded_count: int


@dataclass(frozen=True)
class NotBilledAlertView:
    subscription_id: str
    subscription_number: str
    account_number: str
    customer_name: str
    consecutive_runs: int
    last_cause: str
    last_run_id: str
    last_run_number: str
