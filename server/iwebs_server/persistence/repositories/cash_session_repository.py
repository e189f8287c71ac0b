"""Cash sessions (CSH-8): the tills' sessions, their movements and their positions.

Every read by id takes the caller's `AgencyScope`: a session of an agency outside it is None
(SEC-07). A use case that changes a session (closing) reads it `for_update`.

`positions(session_ids)` is polled by the supervisor for every till every few seconds
(CSH-12): it answers with four grouped queries whatever the number of sessions.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from iwebs_server.domain.principal import AgencyScope
from iwebs_server.persistence.tables.administration import AgencyRow, UserRow, WorkstationRow
from iwebs_server.persistence.tables.cash_desk import (
    CashMovementRow,
    CashSessionRow,
    PaymentRow,
    PaymentTenderRow,
    ReceiptRow,
)

OPEN, CLOSED = "open", "closed"

# cash_movements.kind
OPENING_FLOAT = "opening_float"
TRANSFER_OUT = "transfer_out"
TRANSFER_IN = "transfer_in"
DISBURSEMENT = "disbursement"
DIFFERENCE = "difference"
MOVEMENT_KINDS = (OPENING_FLOAT, TRANSFER_OUT, TRANSFER_IN, DISBURSEMENT, DIFFERENCE)

CASH = "cash"


@dataclass(frozen=True)
class SessionPosition:
    """What a till should hold now, per tender kind (CSH-12).

    `tenders`: the payments' tenders per mode_kind, net of change, cancellations included
    (their negated rows); `tender_counts`: live tenders per kind (a reversal takes one off);
    `movements`: signed cash movements per (kind, mode_kind) — float, transfers,
    disbursements, the closing difference."""

    cash_session_id: str
    tenders: Mapping[str, int] = field(default_factory=dict)
    tender_counts: Mapping[str, int] = field(default_factory=dict)
    movements: Mapping[tuple[str, str], int] = field(default_factory=dict)
    receipt_count: int = 0
    receipts_total_minor: int = 0
    payment_count: int = 0
    last_payment_at: datetime | None = None

    def mode_kinds(self) -> list[str]:
        kinds = set(self.tenders) | {mode_kind for _, mode_kind in self.movements}
        return sorted(kinds, key=lambda k: (k != CASH, k))

    def expected(self, mode_kind: str, *, include_difference: bool = True) -> int:
        """Float + net tenders + transfers in - transfers out - disbursements (all signed),
        plus the closing difference once closed (then expected = counted)."""
        total = self.tenders.get(mode_kind, 0)
        for (kind, kind_mode), amount in self.movements.items():
            if kind_mode == mode_kind and (include_difference or kind != DIFFERENCE):
                total += amount
        return total

    def expected_by_kind(self, *, include_difference: bool = True) -> dict[str, int]:
        return {
            k: self.expected(k, include_difference=include_difference) for k in self.mode_kinds()
        }

    @property
    def cash_in_till(self) -> int:
        return self.expected(CASH)


@dataclass(frozen=True)
class SessionReceiptRange:
    """A session's receipts for its closure: count, total and first/last (CASH-04)."""

    receipt_count: int
    total_minor: int
    first_receipt_number: str
    last_receipt_number: str
    last_receipt_hash: str


class CashSessionRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, row: CashSessionRow) -> None:
        self._session.add(row)
        self._session.flush()

    def get(
        self, cash_session_id: str, scope: AgencyScope, *, for_update: bool = False
    ) -> CashSessionRow | None:
        row = self._session.get(CashSessionRow, cash_session_id, with_for_update=for_update or None)
        if row is None or not scope.allows(row.agency_id):
            return None
        return row

    def open_on_workstation(self, workstation_id: str) -> CashSessionRow | None:
        """The session open on a till now, whoever holds it (one at a time)."""
        return self._session.scalars(
            select(CashSessionRow).where(
                CashSessionRow.workstation_id == workstation_id, CashSessionRow.status == OPEN
            )
        ).first()

    def of_cashier_on(
        self, cashier_user_id: str, agency_id: str, business_date: date
    ) -> CashSessionRow | None:
        """The cashier's session of that day in that agency, open or closed (CSH-8)."""
        return self._session.scalars(
            select(CashSessionRow).where(
                CashSessionRow.cashier_user_id == cashier_user_id,
                CashSessionRow.agency_id == agency_id,
                CashSessionRow.business_date == business_date,
            )
        ).first()

    def of_cashier(
        self, cashier_user_id: str, scope: AgencyScope, offset: int, limit: int
    ) -> list[CashSessionRow]:
        """A cashier's sessions, the latest first."""
        query = select(CashSessionRow).where(CashSessionRow.cashier_user_id == cashier_user_id)
        if not scope.all_agencies:
            query = query.where(CashSessionRow.agency_id.in_(scope.agency_ids))
        query = query.order_by(
            CashSessionRow.business_date.desc(), CashSessionRow.opened_at.desc(), CashSessionRow.id
        )
        return list(self._session.scalars(query.offset(offset).limit(limit)))

    def of_agency_on(
        self, agency_id: str, business_date: date, *, status: str = ""
    ) -> list[CashSessionRow]:
        """An agency's sessions of a business day, in opening order."""
        query = select(CashSessionRow).where(
            CashSessionRow.agency_id == agency_id, CashSessionRow.business_date == business_date
        )
        if status:
            query = query.where(CashSessionRow.status == status)
        return list(
            self._session.scalars(query.order_by(CashSessionRow.opened_at, CashSessionRow.id))
        )

    def open_head_cashier(self, cash_session_id: str, agency_id: str) -> CashSessionRow | None:
        """An open head cashier's session of the agency, locked (it receives a transfer)."""
        return self._session.scalars(
            select(CashSessionRow)
            .where(
                CashSessionRow.id == cash_session_id,
                CashSessionRow.agency_id == agency_id,
                CashSessionRow.status == OPEN,
                CashSessionRow.is_head_cashier.is_(True),
            )
            .with_for_update()
        ).first()

    def open_head_cashiers(self, agency_id: str) -> list[CashSessionRow]:
        """The agency's open head cashiers' sessions, locked."""
        return list(
            self._session.scalars(
                select(CashSessionRow)
                .where(
                    CashSessionRow.agency_id == agency_id,
                    CashSessionRow.status == OPEN,
                    CashSessionRow.is_head_cashier.is_(True),
                )
                .order_by(CashSessionRow.opened_at)
                .with_for_update()
            )
        )

    def load_labels(self, rows: Collection[CashSessionRow]) -> None:
        """Loads the agencies, workstations and cashiers of sessions into the transaction
        (three queries), so that reading them one by one afterwards costs nothing."""
        for table, ids in (
            (AgencyRow, {row.agency_id for row in rows}),
            (WorkstationRow, {row.workstation_id for row in rows}),
            (UserRow, {row.cashier_user_id for row in rows}),
        ):
            if ids:
                list(self._session.scalars(select(table).where(table.id.in_(list(ids)))))

    # --- movements -------------------------------------------------------------------------

    def add_movement(self, row: CashMovementRow) -> None:
        self._session.add(row)
        self._session.flush()

    def movement(self, movement_id: str) -> CashMovementRow | None:
        return self._session.get(CashMovementRow, movement_id)

    def movements(self, cash_session_id: str) -> list[CashMovementRow]:
        """A session's movements in the order they happened: the float first, the closing
        difference last."""
        return list(
            self._session.scalars(
                select(CashMovementRow)
                .where(CashMovementRow.cash_session_id == cash_session_id)
                .order_by(
                    case(
                        (CashMovementRow.kind == OPENING_FLOAT, 0),
                        (CashMovementRow.kind == DIFFERENCE, 2),
                        else_=1,
                    ),
                    CashMovementRow.created_at,
                    CashMovementRow.id,
                )
            )
        )

    def voucher_of(self, movement_id: str) -> ReceiptRow | None:
        """The voucher receipt of a disbursement movement."""
        return self._session.scalars(
            select(ReceiptRow).where(ReceiptRow.cash_movement_id == movement_id)
        ).first()

    def voucher_numbers(self, movement_ids: Collection[str]) -> dict[str, str]:
        """The voucher receipt number of each disbursement movement that has one."""
        if not movement_ids:
            return {}
        rows = self._session.execute(
            select(ReceiptRow.cash_movement_id, ReceiptRow.receipt_number).where(
                ReceiptRow.cash_movement_id.in_(list(movement_ids))
            )
        )
        return {str(movement_id): number for movement_id, number in rows}

    # --- positions (CSH-12) ----------------------------------------------------------------

    def positions(self, session_ids: Collection[str]) -> dict[str, SessionPosition]:
        """Each session's position now, in four grouped queries."""
        ids = list(dict.fromkeys(session_ids))
        if not ids:
            return {}
        tenders: dict[str, dict[str, int]] = {i: {} for i in ids}
        counts: dict[str, dict[str, int]] = {i: {} for i in ids}
        live = case((PaymentTenderRow.reverses_tender_id.is_(None), 1), else_=-1)
        for session_id, mode_kind, amount, count in self._session.execute(
            select(
                PaymentTenderRow.cash_session_id,
                PaymentTenderRow.mode_kind,
                func.sum(PaymentTenderRow.amount_minor),
                func.sum(live),
            )
            .where(PaymentTenderRow.cash_session_id.in_(ids))
            .group_by(PaymentTenderRow.cash_session_id, PaymentTenderRow.mode_kind)
        ):
            tenders[session_id][mode_kind] = int(amount or 0)
            counts[session_id][mode_kind] = int(count or 0)
        movements: dict[str, dict[tuple[str, str], int]] = {i: {} for i in ids}
        for session_id, kind, mode_kind, amount in self._session.execute(
            select(
                CashMovementRow.cash_session_id,
                CashMovementRow.kind,
                CashMovementRow.mode_kind,
                func.sum(CashMovementRow.amount_minor),
            )
            .where(CashMovementRow.cash_session_id.in_(ids))
            .group_by(
                CashMovementRow.cash_session_id, CashMovementRow.kind, CashMovementRow.mode_kind
            )
        ):
            movements[session_id][(kind, mode_kind)] = int(amount or 0)
        receipts: dict[str, tuple[int, int]] = {}
        for session_id, count, total in self._session.execute(
            select(ReceiptRow.cash_session_id, func.count(), func.sum(ReceiptRow.amount_minor))
            .where(ReceiptRow.cash_session_id.in_(ids))
            .group_by(ReceiptRow.cash_session_id)
        ):
            receipts[session_id] = (int(count), int(total or 0))
        payments: dict[str, tuple[int, datetime | None]] = {}
        for session_id, count, last_at in self._session.execute(
            select(PaymentRow.cash_session_id, func.count(), func.max(PaymentRow.created_at))
            .where(PaymentRow.cash_session_id.in_(ids))
            .group_by(PaymentRow.cash_session_id)
        ):
            payments[session_id] = (int(count), last_at)
        return {
            i: SessionPosition(
                cash_session_id=i,
                tenders=tenders[i],
                tender_counts=counts[i],
                movements=movements[i],
                receipt_count=receipts.get(i, (0, 0))[0],
                receipts_total_minor=receipts.get(i, (0, 0))[1],
                payment_count=payments.get(i, (0, None))[0],
                last_payment_at=payments.get(i, (0, None))[1],
            )
            for i in ids
        }

    def position(self, cash_session_id: str) -> SessionPosition:
        return self.positions([cash_session_id])[cash_session_id]

    def receipt_range(self, cash_session_id: str) -> SessionReceiptRange:
        """The session's receipts: count, Σ amounts, first and last by number (CASH-04)."""
        count, total = self._session.execute(
            select(func.count(), func.coalesce(func.sum(ReceiptRow.amount_minor), 0)).where(
                ReceiptRow.cash_session_id == cash_session_id
            )
        ).one()
        ordered = select(ReceiptRow.receipt_number, ReceiptRow.hash).where(
            ReceiptRow.cash_session_id == cash_session_id
        )
        first = self._session.execute(
            ordered.order_by(ReceiptRow.series_id, ReceiptRow.number).limit(1)
        ).first()
        last = self._session.execute(
            ordered.order_by(ReceiptRow.series_id.desc(), ReceiptRow.number.desc()).limit(1)
        ).first()
        return SessionReceiptRange(
            receipt_count=int(count),
            total_minor=int(total),
            first_receipt_number=first[0] if first else "",
            last_receipt_number=last[0] if last else "",
            last_receipt_hash=last[1] if last else "",
        )

    def cheques(self, cash_session_id: str) -> list[PaymentTenderRow]:
        """The cheques in the till: the session's cheque tenders not reversed."""
        reversed_ids = select(PaymentTenderRow.reverses_tender_id).where(
            PaymentTenderRow.cash_session_id == cash_session_id,
            PaymentTenderRow.reverses_tender_id.is_not(None),
        )
        return list(
            self._session.scalars(
                select(PaymentTenderRow)
                .where(
                    PaymentTenderRow.cash_session_id == cash_session_id,
                    PaymentTenderRow.mode_kind == "cheque",
                    PaymentTenderRow.reverses_tender_id.is_(None),
                    PaymentTenderRow.id.not_in(reversed_ids),
                )
                .order_by(PaymentTenderRow.id)
            )
        )
