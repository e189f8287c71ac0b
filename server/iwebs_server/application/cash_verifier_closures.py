"""The closure checks of the cash verifier (CASH-04, CASH-08): each agency's closure chain,
what every closure says against the receipts, tenders and movements it covers, and the
perpetual grand total carried from one day closure to the next."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from iwebs_server.application.cash_verification_report import Problem
from iwebs_server.domain.cash_chain import GENESIS_HASH, closure_hash

SESSION_LEVEL, DAY_LEVEL = "session", "day"
DIFFERENCE = "difference"


@dataclass(frozen=True)
class ClosureContext:
    """What the closures are compared with, read by grouped queries."""

    agencies: Mapping[str, str]  # agency id -> code
    sessions: Mapping[str, tuple[str, date, int]]  # id -> (agency id, business date, float)
    receipts: Mapping[str, tuple[int, int, str, str]]  # session -> count, sum, first, last
    tenders: Mapping[tuple[str, str], tuple[int, int]]  # (session, kind) -> sum, count
    movements: Mapping[tuple[str, str, str], int]  # (session, kind, tender kind) -> sum


def parse_totals(text: str) -> dict[str, dict[str, int]]:
    """A closure's totals_json: {tender kind: {"expected": .., "counted": .., ...}}."""
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    if not isinstance(value, dict):
        return {}
    return {
        str(kind): {str(name): int(amount) for name, amount in entry.items() if type(amount) is int}
        for kind, entry in value.items()
        if isinstance(entry, dict)
    }


class ClosureChecker:
    def __init__(
        self,
        context: ClosureContext,
        problems: list[Problem],
        receipt_hashes: Callable[[Collection[str]], dict[str, str]],
    ) -> None:
        self._context = context
        self._problems = problems
        self._receipt_hashes = receipt_hashes
        # (where, closure id, last receipt number, its hash as the closure says)
        self._last_receipts: list[tuple[str, str, str, str]] = []
        self._days: dict[tuple[str, date], list[str]] = defaultdict(list)
        for session_id, (agency_id, business_date, _float) in context.sessions.items():
            self._days[(agency_id, business_date)].append(session_id)
        self._session_kinds: dict[str, set[str]] = defaultdict(set)
        for session_id, kind in context.tenders:
            self._session_kinds[session_id].add(kind)
        self._movements: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
        for (session_id, movement_kind, kind), amount in context.movements.items():
            self._movements[session_id].append((movement_kind, kind, amount))
            if movement_kind != DIFFERENCE:
                self._session_kinds[session_id].add(kind)

    def _problem(self, check: str, kind: str, where: str, detail: str, row_id: str = "") -> None:
        self._problems.append(Problem(check, kind, where, detail, row_id))

    def run(
        self, rows: Iterable[Mapping[str, Any]], heads: Mapping[str, tuple[int, str, int]]
    ) -> int:
        """Walks every agency's closures in sequence order; returns how many were read."""
        count = 0
        agency: str | None = None
        state = _ChainState()
        seen: set[str] = set()
        for row in rows:
            count += 1
            if row["agency_id"] != agency:
                if agency is not None:
                    self._finish(agency, state, heads.get(agency))
                agency, state = row["agency_id"], _ChainState()
                seen.add(row["agency_id"])
            self._chain(row, state)
            self._totals(row)
        if agency is not None:
            self._finish(agency, state, heads.get(agency))
        self._check_last_receipts()
        for agency_id in sorted(set(heads) - seen):
            if heads[agency_id][0] > 0:
                self._problem(
                    "closure_chain",
                    "missing",
                    f"agency {self._code(agency_id)} closure 1",
                    f"the chain head says {heads[agency_id][0]} closures, none is stored",
                )
        return count

    def _code(self, agency_id: str) -> str:
        return self._context.agencies.get(agency_id, agency_id)

    def _where(self, row: Mapping[str, Any]) -> str:
        level = row["level"]
        what = f"{level} {row['business_date']}"
        if level == SESSION_LEVEL:
            what += f", session {row['cash_session_id']}"
        return f"agency {self._code(row['agency_id'])} closure {row['sequence']} ({what})"

    def _chain(self, row: Mapping[str, Any], state: _ChainState) -> None:
        sequence, where = int(row["sequence"]), self._where(row)
        gap = sequence > state.last_sequence + 1
        if sequence <= state.last_sequence:
            self._problem("closure_chain", "duplicate", where, "sequence given twice", row["id"])
        elif gap:
            self._problem(
                "closure_chain",
                "gap",
                where,
                f"sequence {state.last_sequence + 1} missing before it",
                row["id"],
            )
        if not state.broken:
            linked = row["previous_hash"] == state.last_hash
            consistent = closure_hash(row["previous_hash"], row) == row["hash"]
            if not linked or not consistent:
                state.broken = True
                if not linked and gap:
                    kind, detail = "missing", "the closure before it is gone"
                elif not consistent:
                    kind, detail = "altered", "its stored columns no longer give its hash"
                else:
                    kind, detail = "bad_link", "its previous hash is not the hash before it"
                self._problem("closure_chain", kind, where, detail, row["id"])
        if row["level"] == DAY_LEVEL:
            expected = state.perpetual + int(row["period_total_minor"])
            if int(row["perpetual_total_minor"]) != expected:
                self._problem(
                    "perpetual",
                    "perpetual_total",
                    where,
                    f"{row['perpetual_total_minor']} instead of {state.perpetual} (previous day) "
                    f"+ {row['period_total_minor']} (period) = {expected}",
                    row["id"],
                )
            state.perpetual = int(row["perpetual_total_minor"])
        state.last_sequence = max(state.last_sequence, sequence)
        state.last_hash = row["hash"]

    def _finish(
        self, agency_id: str, state: _ChainState, head: tuple[int, str, int] | None
    ) -> None:
        where = f"agency {self._code(agency_id)} closure chain head"
        if head is None:
            self._problem("closure_chain", "head", where, "closures without a chain head row")
            return
        last_sequence, last_hash, perpetual = head
        if last_sequence > state.last_sequence:
            self._problem(
                "closure_chain",
                "missing",
                f"agency {self._code(agency_id)} closure {state.last_sequence + 1}",
                f"the chain head says {last_sequence} closures, the last row is "
                f"{state.last_sequence} (truncated tail)",
            )
        elif last_sequence != state.last_sequence or last_hash != state.last_hash:
            self._problem(
                "closure_chain", "bad_link", where, "the head does not match the last closure"
            )
        if perpetual != state.perpetual:
            self._problem(
                "perpetual",
                "perpetual_total",
                where,
                f"the head's perpetual total {perpetual} is not the last day closure's "
                f"{state.perpetual}",
            )

    # --- what a closure says against what it covers -------------------------------------

    def _totals(self, row: Mapping[str, Any]) -> None:
        level = row["level"]
        if level == SESSION_LEVEL:
            session_id = row["cash_session_id"]
            sessions = [session_id] if session_id in self._context.sessions else []
            if not sessions:
                self._problem(
                    "closure_totals", "no_session", self._where(row), "its session does not exist"
                )
                return
        else:
            sessions = self._days.get((row["agency_id"], row["business_date"]), [])
        self._receipt_totals(row, sessions)
        self._tender_totals(row, sessions)

    def _receipt_totals(self, row: Mapping[str, Any], sessions: list[str]) -> None:
        count = total = 0
        firsts, lasts = [], []
        for session_id in sessions:
            n, amount, first, last = self._context.receipts.get(session_id, (0, 0, "", ""))
            count, total = count + n, total + amount
            if n:
                firsts.append(first)
                lasts.append(last)
        stored = (
            int(row["receipt_count"]),
            int(row["period_total_minor"]),
            row["first_receipt_number"] or "",
            row["last_receipt_number"] or "",
        )
        computed = (count, total, min(firsts, default=""), max(lasts, default=""))
        if stored[3]:
            self._last_receipts.append(
                (self._where(row), row["id"], stored[3], row["last_receipt_hash"] or "")
            )
        names = ("receipt count", "period total", "first receipt", "last receipt")
        for name, said, found in zip(names, stored, computed, strict=True):
            if said != found:
                self._problem(
                    "closure_totals",
                    name.replace(" ", "_"),
                    self._where(row),
                    f"{name} {said!s} but the receipts give {found!s}",
                    row["id"],
                )

    def _check_last_receipts(self) -> None:
        """A closure's last receipt hash is that receipt's: the closure chain holds on to
        the receipt chain (CASH-04)."""
        hashes = self._receipt_hashes([number for _w, _i, number, _h in self._last_receipts])
        for where, closure_id, number, said in self._last_receipts:
            if hashes.get(number) != said:
                self._problem(
                    "closure_totals",
                    "last_receipt_hash",
                    where,
                    f"its last receipt hash is not that of {number}",
                    closure_id,
                )

    def _tender_totals(self, row: Mapping[str, Any], sessions: list[str]) -> None:
        totals = parse_totals(row["totals_json"])
        kinds = set(totals)
        for session_id in sessions:
            kinds |= self._session_kinds.get(session_id, set())
        for kind in sorted(kinds):
            tenders = sum(self._context.tenders.get((s, kind), (0, 0))[0] for s in sessions)
            movements = differences = 0
            for s in sessions:
                for m_kind, m_mode, amount in self._movements.get(s, ()):
                    if m_mode != kind:
                        continue
                    if m_kind == DIFFERENCE:
                        differences += amount
                    else:
                        movements += amount
            expected = tenders + movements
            said = totals.get(kind, {})
            if said.get("expected", 0) != expected:
                self._problem(
                    "closure_totals",
                    "tender_total",
                    self._where(row),
                    f"{kind}: expected {said.get('expected', 0)} but the tenders and movements "
                    f"give {expected}",
                    row["id"],
                )
            if "collected" in said and said["collected"] != tenders:
                self._problem(
                    "closure_totals",
                    "tender_total",
                    self._where(row),
                    f"{kind}: collected {said['collected']} but the tenders give {tenders}",
                    row["id"],
                )
            if "counted" in said and said["counted"] - said.get("expected", 0) != differences:
                self._problem(
                    "closure_totals",
                    "difference",
                    self._where(row),
                    f"{kind}: counted - expected = {said['counted'] - said.get('expected', 0)} "
                    f"but the difference movements give {differences}",
                    row["id"],
                )
        if int(row["counted_cash_minor"]) - int(row["expected_cash_minor"]) != int(
            row["difference_minor"]
        ):
            self._problem(
                "closure_totals",
                "difference",
                self._where(row),
                "counted cash - expected cash is not the difference",
                row["id"],
            )


class _ChainState:
    def __init__(self) -> None:
        self.last_sequence = 0
        self.last_hash = GENESIS_HASH
        self.perpetual = 0
        self.broken = False
