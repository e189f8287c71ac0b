"""What the cash verifier found (CASH-08): each problem names its check, its kind and the
first affected row; the report prints as text for `iwebs cash verify`."""

from __future__ import annotations

from dataclasses import dataclass, field

SHOWN_PER_CHECK = 20

CHECKS = (
    ("numbering", "Receipt numbering"),
    ("receipt_chain", "Receipt chain"),
    ("receipt_contents", "Receipt tenders and allocations"),
    ("closure_chain", "Closure chain"),
    ("closure_totals", "Closure totals"),
    ("perpetual", "Perpetual totals"),
    ("cancellations", "Cancellations"),
    ("ledger", "Ledger groups"),
)


@dataclass(frozen=True)
class Problem:
    """One broken promise: which check, what kind of problem, which row (`where`)."""

    check: str
    kind: str
    where: str
    detail: str = ""
    row_id: str = ""

    def line(self) -> str:
        text = f"{self.kind} at {self.where}"
        return f"{text}: {self.detail}" if self.detail else text


@dataclass
class Problems:
    """The problems a verifier found (the cash's here, the billing's in billing_verifier.py),
    printed check by check."""

    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def of(self, check: str) -> list[Problem]:
        return [p for p in self.problems if p.check == check]

    def first(self, check: str) -> Problem | None:
        found = self.of(check)
        return found[0] if found else None

    def check_lines(self, checks: tuple[tuple[str, str], ...]) -> list[str]:
        """Each check's title with OK or its problems (at most SHOWN_PER_CHECK), then the
        result."""
        lines = []
        for check, title in checks:
            found = self.of(check)
            if not found:
                lines.append(f"{title}: OK")
                continue
            lines.append(f"{title}: {len(found)} problem(s)")
            lines.extend(f"  - {p.line()}" for p in found[:SHOWN_PER_CHECK])
            if len(found) > SHOWN_PER_CHECK:
                lines.append(f"  ... and {len(found) - SHOWN_PER_CHECK} more")
        lines.append("RESULT: OK" if self.ok else f"RESULT: {len(self.problems)} PROBLEM(S)")
        return lines


@dataclass
class VerificationReport(Problems):
    scope: str = "all agencies"
    series: int = 0
    receipts: int = 0
    closures: int = 0
    cancellations: int = 0
    ledger_groups: int = 0
    seconds: float = 0.0

    def text(self) -> str:
        title = (
            f"Cash verification ({self.scope}): {self.series} receipt series, "
            f"{self.receipts} receipts, {self.closures} closures, "
            f"{self.cancellations} cancellations, {self.ledger_groups} ledger groups "
            f"in {self.seconds:.1f} s"
        )
        return "\n".join([title, *self.check_lines(CHECKS)])
