"""A cash history written in bulk for the verifier's tests (T-CASH-1, T-CASH-2): an agency's
days of sessions, payments (cash with change, cheques, mobile money), cancellations with
their approved requests, closings with the odd shortage, and day closures, every row shaped
and hash-chained as the application makes it: domain/cash_chain.py for the hashes,
application/receipts for the series and receipt numbers, application/cash_closures for the
closures' totals, application/cash_till for the ledger accounts; the day closure's totals
and the perpetual total follow application/cash_supervision.CloseAgencyDay.

Rows are buffered per day and inserted in bulk (PostgreSQL: COPY; SQLite: executemany), so
that 100,000 payments over 30 days take a minute or two rather than an hour of use cases.
The series head and the closure chain head are set at the end, as the last transaction of
the application would leave them."""

from __future__ import annotations

import hashlib
import json
import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, update

from iwebs_server.application.cash_closures import totals_json
from iwebs_server.application.cash_till import CASH_DIFFERENCE, till_account
from iwebs_server.application.receipts import CANCELLATION_APPROVAL_KIND, receipt_number
from iwebs_server.domain.cash_chain import GENESIS_HASH, closure_hash, receipt_hash
from iwebs_server.persistence.tables.audit import ApprovalRequestRow
from iwebs_server.persistence.tables.cash_desk import (
    AllocationRow,
    CashClosureRow,
    CashMovementRow,
    CashSessionRow,
    ClosureChainHeadRow,
    LedgerEntryRow,
    PaymentRow,
    PaymentTenderRow,
    ReceiptRow,
    ReceiptSeriesRow,
)
from tests.factories.cash_history_rows import (
    CURRENCY,
    FEE_CODE,
    OPENING_FLOAT,
    Buffers,
    CashHistory,
    HistorySpec,
    base_rows,
    new_row_id,
    table_of,
)

__all__ = ["CashHistory", "HistorySpec", "generate_cash_history"]


class _Writer:
    def __init__(self, spec: HistorySpec, history: CashHistory, workstations: list[str]) -> None:
        self.spec = spec
        self.history = history
        self.workstations = workstations
        self.random = random.Random(spec.seed)
        self.buffers = Buffers()
        self.number = 0
        self.receipt_head = GENESIS_HASH
        self.sequence = 0
        self.closure_head = GENESIS_HASH
        self.perpetual = 0

    # --- ledger ------------------------------------------------------------------------

    def ledger(
        self,
        source: str,
        day: date,
        at: datetime,
        session_id: str,
        lines: list[tuple[str, int]],
    ) -> None:
        assert sum(amount for _, amount in lines) == 0
        group = new_row_id()
        for account, amount in lines:
            if amount:
                self.buffers.add(
                    LedgerEntryRow,
                    {
                        "entry_group_id": group,
                        "source_type": source,
                        "agency_id": self.history.agency_id,
                        "ledger_account": account,
                        "account_id": None,
                        "bill_id": None,
                        "cash_session_id": session_id,
                        "currency_code": CURRENCY,
                        "amount_minor": amount,
                        "business_date": day,
                        "created_at": at,
                    },
                )

    # --- receipts ----------------------------------------------------------------------

    def receipt(self, fields: dict[str, Any]) -> dict[str, Any]:
        """Numbers and chains a receipt as the receipt issuer does (CASH-02, CASH-03)."""
        self.number += 1
        row = {
            "id": new_row_id(),
            "series_id": self.history.series_id,
            "number": self.number,
            "receipt_number": receipt_number(self.history.series_id, self.number),
            "agency_id": self.history.agency_id,
            "currency_code": CURRENCY,
            "payment_id": None,
            "cash_movement_id": None,
            "cancels_receipt_id": None,
            "approval_request_id": None,
            "account_id": None,
            "reason": "",
            **fields,
        }
        row["previous_hash"] = self.receipt_head
        row["hash"] = receipt_hash(self.receipt_head, row)
        self.receipt_head = row["hash"]
        self.buffers.add(ReceiptRow, row)
        self.history.receipts += 1
        return row

    def closure(self, fields: dict[str, Any]) -> dict[str, Any]:
        """Chains a closure as application/cash_closures.ClosureWriter does (CASH-04)."""
        self.sequence += 1
        row = {
            "id": new_row_id(),
            "agency_id": self.history.agency_id,
            "sequence": self.sequence,
            "currency_code": CURRENCY,
            "comment": "",
            "workstation_id": None,
            **fields,
        }
        row["previous_hash"] = self.closure_head
        row["hash"] = closure_hash(self.closure_head, row)
        self.closure_head = row["hash"]
        self.buffers.add(CashClosureRow, row)
        return row

    # --- one business day --------------------------------------------------------------

    def day(self, index: int, day: date, payments: int) -> None:
        spec, history = self.spec, self.history
        opened = datetime(day.year, day.month, day.day, 8, 0, tzinfo=UTC)
        sessions = []
        for k, cashier in enumerate(history.cashier_ids):
            session = {
                "id": new_row_id(),
                "agency_id": history.agency_id,
                "workstation_id": self.workstations[k],
                "cashier_user_id": cashier,
                "business_date": day,
                "currency_code": CURRENCY,
                "opening_float_minor": OPENING_FLOAT,
                "is_head_cashier": False,
                "status": "closed",
                "opened_at": opened,
                "closed_at": opened + timedelta(hours=10),
            }
            self.buffers.add(CashSessionRow, session)
            self.movement(session, "opening_float", OPENING_FLOAT, opened)
            sessions.append(_SessionState(session))
        slot = timedelta(hours=9) / max(payments, 1)
        for i in range(payments):
            state = sessions[i % len(sessions)]
            at = opened + timedelta(minutes=5) + slot * i
            paid = self.payment(state, at)
            if (history.payments % spec.cancel_every) == 0:
                self.cancel(state, paid, at + slot / 2)
        day_rows: list[dict[str, Any]] = []
        for k, state in enumerate(sessions):
            short = 500 if (index * len(sessions) + k) % spec.short_every == 0 else 0
            day_rows.append(self.close_session(state, opened + timedelta(hours=10), short))
        self.close_day(day, sessions, day_rows, opened + timedelta(hours=10, minutes=30))

    def movement(self, session: dict[str, Any], kind: str, amount: int, at: datetime) -> None:
        self.buffers.add(
            CashMovementRow,
            {
                "id": new_row_id(),
                "cash_session_id": session["id"],
                "kind": kind,
                "mode_kind": "cash",
                "currency_code": CURRENCY,
                "amount_minor": amount,
                "counterpart_session_id": None,
                "category_code": "",
                "account_id": None,
                "beneficiary": "",
                "reason": "",
                "approval_request_id": None,
                "request_id": None,
                "created_by": session["cashier_user_id"],
                "workstation_id": session["workstation_id"],
                "created_at": at,
            },
        )

    def payment(self, state: _SessionState, at: datetime) -> _Paid:
        session = state.session
        amount = self.random.randint(2, 400) * 250
        roll = self.random.random()
        mode_code, mode_kind = (
            ("CASH", "cash")
            if roll < 0.75
            else ("CHEQUE", "cheque")
            if roll < 0.9
            else ("ORANGE_MONEY", "mobile_money")
        )
        tendered = -(-amount // 1000) * 1000 if mode_kind == "cash" else amount
        payment_id = new_row_id()
        self.history.payments += 1
        self.buffers.add(
            PaymentRow,
            {
                "id": payment_id,
                "payload_hash": hashlib.sha256(payment_id.encode()).hexdigest(),
                "agency_id": self.history.agency_id,
                "cash_session_id": session["id"],
                "account_id": None,
                "payer_name": f"Client {self.history.payments}",
                "currency_code": CURRENCY,
                "amount_minor": amount,
                "tendered_minor": tendered,
                "change_minor": tendered - amount,
                "created_by": session["cashier_user_id"],
                "workstation_id": session["workstation_id"],
                "created_at": at,
            },
        )
        receipt = self.receipt(
            {
                "kind": "payment",
                "cash_session_id": session["id"],
                "payment_id": payment_id,
                "amount_minor": amount,
                "issued_at": at,
                "issued_by": session["cashier_user_id"],
                "workstation_id": session["workstation_id"],
            }
        )
        tender = {
            "id": new_row_id(),
            "payment_id": payment_id,
            "cash_session_id": session["id"],
            "receipt_id": receipt["id"],
            "mode_code": mode_code,
            "mode_kind": mode_kind,
            "amount_minor": amount,
            "bank_code": "SGBS" if mode_kind == "cheque" else "",
            "reference": f"{self.history.payments:08d}" if mode_kind != "cash" else "",
            "drawer_name": "Tireur" if mode_kind == "cheque" else "",
            "cheque_date": at.date() if mode_kind == "cheque" else None,
            "reverses_tender_id": None,
        }
        allocation = {
            "id": new_row_id(),
            "payment_id": payment_id,
            "receipt_id": receipt["id"],
            "kind": "fee",
            "account_id": None,
            "bill_id": None,
            "fee_code": FEE_CODE,
            "fee_reference": "",
            "amount_minor": amount,
            "reverses_allocation_id": None,
        }
        self.buffers.add(PaymentTenderRow, tender)
        self.buffers.add(AllocationRow, allocation)
        self.ledger(
            "payment",
            session["business_date"],
            at,
            session["id"],
            [(till_account(mode_kind), amount), (f"FEE:{FEE_CODE}", -amount)],
        )
        state.add(receipt, mode_kind, amount)
        return _Paid(receipt, tender, allocation)

    def cancel(self, state: _SessionState, paid: _Paid, at: datetime) -> None:
        session, original = state.session, paid.receipt
        approval_id = new_row_id()
        self.buffers.add(
            ApprovalRequestRow,
            {
                "id": approval_id,
                "kind": CANCELLATION_APPROVAL_KIND,
                "agency_id": self.history.agency_id,
                "object_type": "receipt",
                "object_id": original["id"],
                "summary": f"Annulation du reçu {original['receipt_number']}",
                "payload_json": json.dumps({"receipt_id": original["id"]}),
                "reason": "erreur de saisie",
                "status": "approved",
                "requested_by": session["cashier_user_id"],
                "requested_at": at,
                "decided_by": self.history.approver_id,
                "decided_at": at,
                "decision_comment": "",
            },
        )
        amount = original["amount_minor"]
        receipt = self.receipt(
            {
                "kind": "cancellation",
                "cash_session_id": session["id"],
                "payment_id": original["payment_id"],
                "cancels_receipt_id": original["id"],
                "approval_request_id": approval_id,
                "amount_minor": -amount,
                "issued_at": at,
                "issued_by": self.history.approver_id,
                "workstation_id": session["workstation_id"],
                "reason": "erreur de saisie",
            }
        )
        tender = paid.tender
        self.buffers.add(
            PaymentTenderRow,
            {
                **tender,
                "id": new_row_id(),
                "receipt_id": receipt["id"],
                "amount_minor": -amount,
                "reverses_tender_id": tender["id"],
            },
        )
        self.buffers.add(
            AllocationRow,
            {
                **paid.allocation,
                "id": new_row_id(),
                "receipt_id": receipt["id"],
                "amount_minor": -amount,
                "reverses_allocation_id": paid.allocation["id"],
            },
        )
        self.ledger(
            "cancellation",
            session["business_date"],
            at,
            session["id"],
            [(f"FEE:{FEE_CODE}", amount), (till_account(tender["mode_kind"]), -amount)],
        )
        state.add(receipt, tender["mode_kind"], -amount)
        self.history.cancellations += 1

    def close_session(self, state: _SessionState, at: datetime, short: int) -> dict[str, Any]:
        session = state.session
        expected = dict(state.tenders)
        expected["cash"] = expected.get("cash", 0) + OPENING_FLOAT
        counted = dict(expected)
        if short:
            counted["cash"] -= short
            self.movement(session, "difference", -short, at)
            self.ledger(
                "difference",
                session["business_date"],
                at,
                session["id"],
                [(CASH_DIFFERENCE, short), (till_account("cash"), -short)],
            )
        totals = {k: {"expected": expected[k], "counted": counted[k]} for k in sorted(expected)}
        self.history.session_closures += 1
        return self.closure(
            {
                "level": "session",
                "cash_session_id": session["id"],
                "business_date": session["business_date"],
                "totals_json": totals_json(totals),
                **state.receipt_fields(),
                "perpetual_total_minor": 0,
                "expected_cash_minor": expected["cash"],
                "counted_cash_minor": counted["cash"],
                "difference_minor": counted["cash"] - expected["cash"],
                "comment": "manque constaté" if short else "",
                "closed_at": at,
                "closed_by": session["cashier_user_id"],
                "workstation_id": session["workstation_id"],
            }
        )

    def close_day(
        self,
        day: date,
        sessions: list[_SessionState],
        closures: list[dict[str, Any]],
        at: datetime,
    ) -> None:
        totals: dict[str, dict[str, int]] = {}
        for closure, state in zip(closures, sessions, strict=True):
            for kind, values in json.loads(closure["totals_json"]).items():
                entry = totals.setdefault(kind, {"collected": 0, "counted": 0, "expected": 0})
                entry["expected"] += values["expected"]
                entry["counted"] += values["counted"]
                entry["collected"] += state.tenders.get(kind, 0)
        day_state = _SessionState({})
        for state in sessions:
            day_state.merge(state)
        fields = day_state.receipt_fields()
        self.perpetual += fields["period_total_minor"]
        self.history.day_closures += 1
        self.closure(
            {
                "level": "day",
                "cash_session_id": None,
                "business_date": day,
                "totals_json": totals_json(totals),
                **fields,
                "perpetual_total_minor": self.perpetual,
                "expected_cash_minor": sum(c["expected_cash_minor"] for c in closures),
                "counted_cash_minor": sum(c["counted_cash_minor"] for c in closures),
                "difference_minor": sum(c["difference_minor"] for c in closures),
                "closed_at": at,
                "closed_by": self.history.approver_id,
            }
        )


@dataclass
class _Paid:
    receipt: dict[str, Any]
    tender: dict[str, Any]
    allocation: dict[str, Any]


class _SessionState:
    """What a session (or a day) has collected so far."""

    def __init__(self, session: dict[str, Any]) -> None:
        self.session = session
        self.tenders: dict[str, int] = defaultdict(int)
        self.receipts: list[dict[str, Any]] = []

    def add(self, receipt: dict[str, Any], mode_kind: str, amount: int) -> None:
        self.receipts.append(receipt)
        self.tenders[mode_kind] += amount

    def merge(self, other: _SessionState) -> None:
        self.receipts.extend(other.receipts)
        for kind, amount in other.tenders.items():
            self.tenders[kind] += amount

    def receipt_fields(self) -> dict[str, Any]:
        ordered = sorted(self.receipts, key=lambda r: r["number"])
        return {
            "receipt_count": len(ordered),
            "first_receipt_number": ordered[0]["receipt_number"] if ordered else "",
            "last_receipt_number": ordered[-1]["receipt_number"] if ordered else "",
            "last_receipt_hash": ordered[-1]["hash"] if ordered else "",
            "period_total_minor": sum(r["amount_minor"] for r in ordered),
        }


def generate_cash_history(engine: Engine, spec: HistorySpec | None = None) -> CashHistory:
    """Writes the history of `spec` into a migrated database; one transaction per day."""
    spec = spec or HistorySpec()
    with engine.begin() as connection:
        history, workstations = base_rows(connection, spec)
    writer = _Writer(spec, history, workstations)
    per_day, extra = divmod(spec.payments, spec.days)
    for index in range(spec.days):
        with engine.begin() as connection:
            writer.day(index, spec.start + timedelta(days=index), per_day + (index < extra))
            writer.buffers.flush(connection)
    with engine.begin() as connection:
        connection.execute(
            update(table_of(ReceiptSeriesRow))
            .where(table_of(ReceiptSeriesRow).c.id == history.series_id)
            .values(last_number=writer.number, last_hash=writer.receipt_head)
        )
        connection.execute(
            update(table_of(ClosureChainHeadRow))
            .where(table_of(ClosureChainHeadRow).c.agency_id == history.agency_id)
            .values(
                last_sequence=writer.sequence,
                last_hash=writer.closure_head,
                perpetual_total_minor=writer.perpetual,
            )
        )
    history.perpetual_total_minor = writer.perpetual
    return history
