"""The billing verifier (REL-03, FAC-6, FAC-7, FAC-8): `iwebs billing verify` re-checks from
the stored rows what the bill runs and the bill writer promise, and names the first rows
where a promise is broken:

- numbering: per series `BILL-<agency>-<year>`, the bills numbered 1..N without a gap, and
  the series row's next value N + 1;
- lines: each bill's total is the sum of its lines;
- ledger: each billing or matching ledger group sums to zero, and each bill's RECEIVABLE
  lines make its total;
- references: every bill names an existing account, subscription, agency and run, every
  line an existing bill, every run item an existing run (what revision 0006's dropped
  foreign keys guaranteed on PostgreSQL);
- runs: a simulated or finalized mass run has one item per subscription selected; a
  finalized run's items to bill each have their bill and its bills each have their item;
  an item not billed has its cause;
- credit notes: each cancels one invoice of the same subscription and account for its
  whole amount;
- balances: no invoice has more paid or settled than billed, no credit note more used
  than credited.

Problems are reported like the cash verifier's (application/cash_verification_report.py),
each check listing at most `limit` rows.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from iwebs_server.application.cash_verification_report import Problem, Problems
from iwebs_server.persistence.repositories.billing_verification_reads import (
    BillingVerificationReads,
)
from iwebs_server.persistence.unit_of_work import UowFactory

CHECKS = (
    ("numbering", "Bill numbering"),
    ("lines", "Bill totals and lines"),
    ("ledger", "Billing ledger"),
    ("references", "References"),
    ("runs", "Bill runs"),
    ("credit_notes", "Credit notes"),
    ("balances", "Open amounts"),
)


@dataclass
class BillingVerificationReport(Problems):
    scope: str = "all agencies"
    bills: int = 0
    series: int = 0
    runs: int = 0
    ledger_groups: int = 0
    seconds: float = 0.0

    def text(self) -> str:
        title = (
            f"Billing verification ({self.scope}): {self.bills} bills in {self.series} "
            f"series, {self.runs} runs, {self.ledger_groups} ledger groups "
            f"in {self.seconds:.1f} s"
        )
        return "\n".join([title, *self.check_lines(CHECKS)])


class BillingVerifier:
    """Runs every check in one read-only transaction (a consistent view on PostgreSQL)."""

    def __init__(self, uow_factory: UowFactory, limit: int = 100) -> None:
        self._uow = uow_factory
        self._limit = limit

    def verify(self, agency_code: str = "") -> BillingVerificationReport:
        started = time.perf_counter()
        report = BillingVerificationReport(
            scope=f"agency {agency_code.upper()}" if agency_code else "all agencies"
        )
        problems = report.problems
        with self._uow(read_only=True) as uow:
            BillingVerificationReads.snapshot(uow.session)
            agency_id = None
            if agency_code:
                agency_id = BillingVerificationReads.agency_id(uow.session, agency_code)
                if agency_id is None:
                    problems.append(Problem("numbering", "unknown_agency", f"agency {agency_code}"))
                    return report
            reads = BillingVerificationReads(uow.session, agency_id, self._limit)
            report.bills, report.runs = reads.counts()
            series = reads.series()
            report.series = len(series)
            for code, count, low, high, next_value in series:
                if count and (low != 1 or high != count):
                    problems.append(
                        Problem(
                            "numbering", "gap", f"series {code}",
                            f"{count} bills numbered {low} to {high}",
                        )
                    )  # fmt: skip
                if next_value != high + 1:
                    problems.append(
                        Problem(
                            "numbering", "series_head", f"series {code}",
                            f"next value {next_value}, last bill {high}",
                        )
                    )  # fmt: skip
            for number, amount, lines in reads.totals_not_lines():
                problems.append(
                    Problem("lines", "total", f"bill {number}", f"{amount} but lines {lines}")
                )
            report.ledger_groups, unbalanced = reads.unbalanced_groups()
            for group_id, currency, total in unbalanced:
                problems.append(
                    Problem(
                        "ledger", "unbalanced", f"entry group {group_id}",
                        f"its lines sum to {total} {currency}, not 0", group_id,
                    )
                )  # fmt: skip
            for number, amount, receivable in reads.receivable_not_total():
                problems.append(
                    Problem(
                        "ledger", "receivable", f"bill {number}",
                        f"{amount} billed but {receivable} receivable",
                    )
                )  # fmt: skip
            for what, row in reads.dangling():
                problems.append(
                    Problem("references", "missing_parent", f"{what} {row}", "names no such row")
                )
            self._runs(reads, problems)
            for number, detail in reads.credit_notes_astray():
                problems.append(Problem("credit_notes", "astray", f"credit note {number}", detail))
            for number, kind, amount, left in reads.balances_out_of_range():
                problems.append(
                    Problem(
                        "balances", "out_of_range", f"{kind} {number}",
                        f"amount {amount}, open {left}",
                    )
                )  # fmt: skip
        report.seconds = time.perf_counter() - started
        return report

    @staticmethod
    def _runs(reads: BillingVerificationReads, problems: list[Problem]) -> None:
        for run, selected, items in reads.runs_not_selected():
            problems.append(
                Problem("runs", "items", f"run {run}", f"{selected} selected but {items} items")
            )
        for run, subscription in reads.items_without_bill():
            problems.append(
                Problem("runs", "not_issued", f"run {run}", f"subscription {subscription}")
            )
        for run, number in reads.bills_without_item():
            problems.append(Problem("runs", "bill_without_item", f"run {run}", f"bill {number}"))
        for run, subscription in reads.not_billed_without_cause():
            problems.append(
                Problem("runs", "no_cause", f"run {run}", f"subscription {subscription}")
            )
