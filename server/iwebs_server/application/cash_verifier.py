"""The cash verifier (CASH-08, REL-03): `iwebs cash verify` re-checks from the stored rows
everything the cash desk promises, and names the first row where a promise is broken.

- Receipt numbering: per series, numbers 1..N without gap or duplicate, the text number
  `<series>-<number:07d>`, and the series head (`receipt_series`) at the last row.
- Receipt chain: each row's hash recomputed with domain/cash_chain.receipt_hash over its
  stored columns, and linked to the row before. The first break of a series is classified:
  `missing` (a number is gone before it), `reordered` (it links to a row of the series that
  is not the one before it), `altered` (its columns no longer give its hash), `bad_link`.
- Closure chain per agency (closure_hash), sequences contiguous, and the head row.
- Closure totals: a session closure = the receipts of its session, a day closure = the
  receipts of the agency's sessions of that day (count, sum, first and last number); the
  totals per tender kind = the sums of the tenders (and, for a session, of its cash
  movements); perpetual total = the previous day closure's + the period total.
- Cancellations: each one points at an existing payment receipt of the same agency, for the
  opposite amount, at most once, with an APPROVED `cash.receipt_cancellation` request.
- Receipt contents: the tenders (net of change) and the allocations of each payment or
  cancellation add up to its amount, a disbursement voucher's cash movement is of its
  amount, and a closure's last receipt hash is that receipt's.
- Ledger: every entry group sums to zero.

Rows are streamed in chain order (persistence/repositories/cash_verification_reads.py) and
the sums come from grouped queries, so that 100,000 payments verify in seconds (T-CASH-1).
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from typing import Any

from iwebs_server.application.cash_verification_report import Problem, VerificationReport
from iwebs_server.application.cash_verifier_closures import ClosureChecker, ClosureContext
from iwebs_server.domain.cash_chain import GENESIS_HASH, receipt_hash
from iwebs_server.persistence.repositories.cash_verification_reads import CashVerificationReads
from iwebs_server.persistence.unit_of_work import UowFactory

CANCELLATION_KIND = "cash.receipt_cancellation"
APPROVED = "approved"


def receipt_where(row: Mapping[str, Any]) -> str:
    return f"series {row['series_id']} number {row['number']} ({row['receipt_number']})"


class _SeriesWalk:
    """The walk of one receipt series in number order."""

    def __init__(self, series_id: str, problems: list[Problem]) -> None:
        self.series_id = series_id
        self.problems = problems
        self.last_number = 0
        self.last_hash = GENESIS_HASH
        self.hashes: set[str] = set()
        # the first break: (row, linked to the row before, a number is missing before it,
        # its columns still give its hash)
        self.first_break: tuple[dict[str, Any], bool, bool, bool] | None = None

    def add(self, row: Mapping[str, Any]) -> None:
        number = int(row["number"])
        if number == self.last_number:
            self.problems.append(
                Problem(
                    "numbering", "duplicate", receipt_where(row), "number given twice", row["id"]
                )
            )
            return
        gap = number > self.last_number + 1
        if gap:
            missing = (
                f"number {self.last_number + 1} missing"
                if number == self.last_number + 2
                else f"numbers {self.last_number + 1}..{number - 1} missing"
            )
            self.problems.append(
                Problem("numbering", "gap", receipt_where(row), missing, row["id"])
            )
        if row["receipt_number"] != f"{self.series_id}-{number:07d}":
            self.problems.append(
                Problem(
                    "numbering",
                    "number_text",
                    receipt_where(row),
                    f"the text number does not match the series and number {number}",
                    row["id"],
                )
            )
        stored_hash, previous = row["hash"], row["previous_hash"]
        if self.first_break is None:
            linked = previous == self.last_hash
            consistent = receipt_hash(previous, row) == stored_hash
            if not linked or not consistent:
                self.first_break = (dict(row), linked, gap, consistent)
        self.hashes.add(stored_hash)
        self.last_number, self.last_hash = number, stored_hash

    def finish(self, head: tuple[int, str] | None) -> None:
        if self.first_break is not None:
            row, linked, gap, consistent = self.first_break
            if not linked and gap:
                kind, detail = "missing", "the receipt before it is gone"
            elif not linked and row["previous_hash"] in self.hashes:
                kind, detail = "reordered", "it links to another receipt of the series"
            elif not consistent:
                kind, detail = "altered", "its stored columns no longer give its hash"
            else:
                kind, detail = "bad_link", "its previous hash is not the hash before it"
            self.problems.append(
                Problem("receipt_chain", kind, receipt_where(row), detail, row["id"])
            )
        if head is None:
            self.problems.append(
                Problem(
                    "numbering",
                    "head",
                    f"series {self.series_id}",
                    "receipts without a series head row",
                )
            )
            return
        head_number, head_hash = head
        if head_number > self.last_number:
            self.problems.append(
                Problem(
                    "receipt_chain",
                    "missing",
                    f"series {self.series_id} number {self.last_number + 1}",
                    f"the series head says {head_number} receipts, the last row is "
                    f"{self.last_number} (truncated tail)",
                )
            )
        elif head_number != self.last_number or head_hash != self.last_hash:
            self.problems.append(
                Problem(
                    "receipt_chain",
                    "bad_link",
                    f"series {self.series_id} head",
                    f"the head ({head_number}) does not match the last receipt "
                    f"({self.last_number})",
                )
            )


class CashVerifier:
    """Runs every check of CASH-08 in one read-only, consistent transaction."""

    def __init__(self, uow_factory: UowFactory) -> None:
        self._uow = uow_factory

    def verify(self, agency_code: str = "") -> VerificationReport:
        started = time.perf_counter()
        report = VerificationReport(
            scope=f"agency {agency_code.upper()}" if agency_code else "all agencies"
        )
        with self._uow(read_only=True) as uow:
            reads = CashVerificationReads(uow.session)
            reads.snapshot()
            agencies = reads.agency_ids(agency_code)
            if agency_code and not agencies:
                report.problems.append(
                    Problem(
                        "numbering", "unknown_agency", f"agency {agency_code}", "no such agency"
                    )
                )
                return report
            agency_id = next(iter(agencies)) if agency_code else None
            self._receipts(reads, agency_id, report)
            context = ClosureContext(
                agencies=agencies,
                sessions=reads.sessions(agency_id),
                receipts=reads.receipt_totals(agency_id),
                tenders=reads.tender_totals(agency_id),
                movements=reads.movement_totals(agency_id),
            )
            checker = ClosureChecker(context, report.problems, reads.receipt_hashes)
            report.closures = checker.run(reads.closures(agency_id), reads.closure_heads(agency_id))
            self._contents(reads, agency_id, report)
            self._cancellations(reads, agency_id, report)
            count, unbalanced = reads.unbalanced_ledger_groups(agency_id)
            report.ledger_groups = count
            for group_id, currency, total in unbalanced:
                report.problems.append(
                    Problem(
                        "ledger",
                        "unbalanced",
                        f"entry group {group_id}",
                        f"its lines sum to {total} {currency}, not 0",
                        group_id,
                    )
                )
        report.seconds = time.perf_counter() - started
        return report

    def _receipts(
        self, reads: CashVerificationReads, agency_id: str | None, report: VerificationReport
    ) -> None:
        heads = reads.series_heads(agency_id)
        walk: _SeriesWalk | None = None
        seen: set[str] = set()
        count = 0
        for row in reads.receipts(agency_id):
            count += 1
            if walk is None or walk.series_id != row["series_id"]:
                if walk is not None:
                    walk.finish(heads.get(walk.series_id))
                walk = _SeriesWalk(row["series_id"], report.problems)
                seen.add(walk.series_id)
            walk.add(row)
        if walk is not None:
            walk.finish(heads.get(walk.series_id))
        for series_id in sorted(set(heads) - seen):
            if heads[series_id][0] > 0:
                report.problems.append(
                    Problem(
                        "receipt_chain",
                        "missing",
                        f"series {series_id} number 1",
                        f"the series head says {heads[series_id][0]} receipts, none is stored",
                    )
                )
        report.receipts = count
        report.series = len(seen | set(heads))

    def _contents(
        self, reads: CashVerificationReads, agency_id: str | None, report: VerificationReport
    ) -> None:
        """Money conservation per receipt (REL-03): the tenders (net of change) and the
        allocations of a payment or a cancellation add up to its amount; a disbursement
        voucher is its cash movement's amount."""
        for row in reads.receipt_content_mismatches(agency_id):
            for part in ("tendered", "allocated"):
                if row[part] != row["amount_minor"]:
                    report.problems.append(
                        Problem(
                            "receipt_contents",
                            part,
                            receipt_where(row),
                            f"its {'tenders' if part == 'tendered' else 'allocations'} sum to "
                            f"{row[part]}, its amount is {row['amount_minor']}",
                            row["id"],
                        )
                    )
        for row in reads.voucher_mismatches(agency_id):
            detail = (
                "its cash movement does not exist"
                if row["movement_id"] is None
                else f"its cash movement is of {row['movement_amount']}"
            )
            report.problems.append(
                Problem("receipt_contents", "voucher", receipt_where(row), detail, row["id"])
            )

    def _cancellations(
        self, reads: CashVerificationReads, agency_id: str | None, report: VerificationReport
    ) -> None:
        count = 0
        for row in reads.cancellations(agency_id):
            count += 1
            for kind, detail in _cancellation_faults(row):
                report.problems.append(
                    Problem("cancellations", kind, receipt_where(row), detail, row["id"])
                )
        for receipt_id, times in reads.cancelled_twice(agency_id):
            report.problems.append(
                Problem(
                    "cancellations",
                    "cancelled_twice",
                    f"receipt {receipt_id}",
                    f"{times} cancellations point at it",
                    receipt_id,
                )
            )
        report.cancellations = count


def _cancellation_faults(row: Mapping[str, Any]) -> Iterable[tuple[str, str]]:
    if row["cancels_receipt_id"] is None or row["original_id"] is None:
        yield "missing_original", "the receipt it cancels does not exist"
    else:
        if row["original_kind"] != "payment":
            yield "not_a_payment", f"it cancels a {row['original_kind']} receipt"
        if row["original_agency_id"] != row["agency_id"]:
            yield "other_agency", "it cancels a receipt of another agency"
        if row["original_amount"] != -row["amount_minor"]:
            yield (
                "amount",
                f"{row['amount_minor']} does not cancel the original {row['original_amount']}",
            )
    if row["approval_request_id"] is None or row["approval_id"] is None:
        yield "no_approval", "no approval request"
    elif row["approval_kind"] != CANCELLATION_KIND:
        yield "no_approval", f"its approval request is of kind {row['approval_kind']}"
    elif row["approval_status"] != APPROVED:
        yield "no_approval", f"its approval request is {row['approval_status']}"
