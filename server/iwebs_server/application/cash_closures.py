"""The agency's chain of closures (CASH-04): session closures and day closures share one
chain per agency, written only through `ClosureWriter.append`.

`append` locks the agency's chain head (created at GENESIS on first use), gives the closure
the next sequence number, adds a day closure's period total to the perpetual grand total,
hashes the closure over `domain/cash_chain.CLOSURE_FIELDS` after the previous hash and moves
the head — all in the caller's transaction, so a rolled-back closure leaves no trace."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from iwebs_server.application.cash_views import (
    CashClosureView,
    DenominationCountView,
    TenderReconciliationView,
)
from iwebs_server.application.clock import new_id
from iwebs_server.domain.cash_chain import closure_hash
from iwebs_server.domain.reference_tables import ReferenceTable
from iwebs_server.persistence.repositories.cash_closure_repository import DAY_LEVEL
from iwebs_server.persistence.tables.cash_desk import CashClosureRow
from iwebs_server.persistence.unit_of_work import UnitOfWork

# Filled by the writer, never by the caller.
_WRITER_FIELDS = frozenset({"sequence", "perpetual_total_minor", "previous_hash", "hash"})


def totals_json(totals: Mapping[str, Mapping[str, int]]) -> str:
    """{"cash": {"counted": 1, "expected": 1}, ...} with sorted keys (the hashed text)."""
    return json.dumps(
        {kind: dict(values) for kind, values in totals.items()},
        sort_keys=True,
        separators=(",", ":"),
    )


class ClosureWriter:
    def append(self, uow: UnitOfWork, row_fields: Mapping[str, Any]) -> CashClosureRow:
        """Appends a closure to its agency's chain and returns the stored row.

        `row_fields` holds every column of `cash_closures` except sequence,
        perpetual_total_minor, previous_hash and hash (`id` optional)."""
        given = _WRITER_FIELDS & set(row_fields)
        if given:
            raise ValueError(f"the closure writer sets {sorted(given)} itself")
        fields = dict(row_fields)
        fields.setdefault("id", new_id())
        head = uow.cash_closures.lock_head(str(fields["agency_id"]))
        fields["sequence"] = head.last_sequence + 1
        perpetual = head.perpetual_total_minor
        if fields["level"] == DAY_LEVEL:
            perpetual += int(fields["period_total_minor"])
            fields["perpetual_total_minor"] = perpetual
        else:
            fields["perpetual_total_minor"] = 0
        fields["previous_hash"] = head.last_hash
        fields["hash"] = closure_hash(head.last_hash, fields)
        row = CashClosureRow(**fields)
        uow.cash_closures.add(row)
        head.last_sequence, head.last_hash = row.sequence, row.hash
        head.perpetual_total_minor = perpetual
        uow.session.flush()
        return row


def closure_view(uow: UnitOfWork, row: CashClosureRow) -> CashClosureView:
    """A stored closure with its tenders (from totals_json) and denomination lines."""
    totals: dict[str, dict[str, int]] = json.loads(row.totals_json or "{}")
    tenders = tuple(
        TenderReconciliationView(
            mode_kind=kind,
            currency_code=row.currency_code,
            expected_minor=int(values.get("expected", 0)),
            counted_minor=int(values.get("counted", values.get("expected", 0))),
            difference_minor=int(values.get("counted", values.get("expected", 0)))
            - int(values.get("expected", 0)),
        )
        for kind, values in sorted(totals.items(), key=lambda item: (item[0] != "cash", item[0]))
    )
    labels = _denomination_labels(uow)
    denominations = tuple(
        DenominationCountView(
            denomination_code=count.denomination_code,
            quantity=count.quantity,
            currency_code=row.currency_code,
            unit_value_minor=count.unit_value_minor,
            amount_minor=count.amount_minor,
            label=labels.get(count.denomination_code, count.denomination_code),
        )
        for count in uow.cash_closures.counts(row.id)
    )
    closer = uow.users.get(row.closed_by)
    return CashClosureView(
        closure_id=row.id,
        agency_id=row.agency_id,
        sequence=row.sequence,
        level=row.level,
        cash_session_id=row.cash_session_id or "",
        business_date=row.business_date,
        currency_code=row.currency_code,
        tenders=tenders,
        denominations=denominations,
        receipt_count=row.receipt_count,
        first_receipt_number=row.first_receipt_number,
        last_receipt_number=row.last_receipt_number,
        period_total_minor=row.period_total_minor,
        perpetual_total_minor=row.perpetual_total_minor,
        expected_cash_minor=row.expected_cash_minor,
        counted_cash_minor=row.counted_cash_minor,
        difference_minor=row.difference_minor,
        comment=row.comment,
        closed_at=row.closed_at,
        closed_by_login=closer.login if closer else "",
        hash=row.hash,
    )


def _denomination_labels(uow: UnitOfWork) -> dict[str, str]:
    return {
        item.code: item.label_fr
        for item in uow.reference_data.items(ReferenceTable.CASH_DENOMINATION.value, True)
    }
