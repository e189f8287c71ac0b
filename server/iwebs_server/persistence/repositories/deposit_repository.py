"""Bank deposits and cheque remittances (CSH-5, CSH-7, CSH-11): what closed sessions still
hold to deposit, the cheques on hand, and the deposits with their lines and slips.

A session's depositable cash is what was counted at its closing minus its opening float (the
float stays in the safe); what was deposited of it is the sum of the cash lines naming it.
A cheque is on hand while it is a live tender (not reversed) of a closed session and no
deposit line names it (unique: a cheque is remitted once)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import Subquery

from iwebs_server.persistence.tables.cash_desk import (
    BankDepositLineRow,
    BankDepositRow,
    BankDepositSlipRow,
    CashClosureRow,
    CashSessionRow,
    PaymentTenderRow,
    ReceiptRow,
)

CLOSED = "closed"
CHEQUE = "cheque"


@dataclass(frozen=True)
class SessionCash:
    """A closed session's cash: counted - float = depositable; deposited so far."""

    cash_session_id: str
    business_date: date
    currency_code: str
    cashier_user_id: str
    workstation_id: str
    depositable_minor: int
    deposited_minor: int

    @property
    def remaining_minor(self) -> int:
        return self.depositable_minor - self.deposited_minor


@dataclass(frozen=True)
class Cheque:
    tender: PaymentTenderRow
    business_date: date
    receipt_number: str


class DepositRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    # --- what is to deposit (CSH-11) -------------------------------------------------------

    def _deposited_cash(self) -> Subquery:
        line = BankDepositLineRow
        return (
            select(line.cash_session_id, func.sum(line.amount_minor).label("deposited"))
            .where(line.payment_tender_id.is_(None))
            .group_by(line.cash_session_id)
            .subquery()
        )

    def session_cash(
        self,
        agency_id: str,
        up_to: date,
        *,
        session_ids: Collection[str] = (),
        with_remaining_only: bool = False,
    ) -> list[SessionCash]:
        """The agency's closed sessions up to `up_to` (or those of `session_ids`), with
        their depositable and deposited cash, oldest first."""
        s, closure = CashSessionRow, CashClosureRow
        deposited = self._deposited_cash()
        deposited_c = deposited.c
        depositable = closure.counted_cash_minor - s.opening_float_minor
        query = (
            select(
                s.id,
                s.business_date,
                s.currency_code,
                s.cashier_user_id,
                s.workstation_id,
                depositable,
                func.coalesce(deposited_c.deposited, 0),
            )
            .join(closure, and_(closure.cash_session_id == s.id, closure.level == "session"))
            .outerjoin(deposited, deposited_c.cash_session_id == s.id)
            .where(s.agency_id == agency_id, s.status == CLOSED)
        )
        if session_ids:
            query = query.where(s.id.in_(list(session_ids)))
        else:
            query = query.where(s.business_date <= up_to)
        if with_remaining_only:
            query = query.where(depositable - func.coalesce(deposited_c.deposited, 0) > 0)
        rows = self._session.execute(query.order_by(s.business_date, s.opened_at, s.id))
        return [SessionCash(r[0], r[1], r[2], r[3], r[4], int(r[5]), int(r[6] or 0)) for r in rows]

    def cheques_on_hand(
        self, agency_id: str, up_to: date, *, tender_ids: Collection[str] = ()
    ) -> list[Cheque]:
        """Live cheque tenders of the agency's closed sessions not yet in a deposit."""
        t, s = PaymentTenderRow, CashSessionRow
        reversal = aliased(PaymentTenderRow)
        reversed_ids = select(reversal.reverses_tender_id).where(
            reversal.reverses_tender_id.is_not(None)
        )
        remitted = select(BankDepositLineRow.payment_tender_id).where(
            BankDepositLineRow.payment_tender_id.is_not(None)
        )
        query = (
            select(t, s.business_date, ReceiptRow.receipt_number)
            .join(s, s.id == t.cash_session_id)
            .join(ReceiptRow, ReceiptRow.id == t.receipt_id)
            .where(
                s.agency_id == agency_id,
                s.status == CLOSED,
                t.mode_kind == CHEQUE,
                t.reverses_tender_id.is_(None),
                t.id.not_in(reversed_ids),
                t.id.not_in(remitted),
            )
        )
        if tender_ids:
            query = query.where(t.id.in_(list(tender_ids)))
        else:
            query = query.where(s.business_date <= up_to)
        rows = self._session.execute(query.order_by(s.business_date, ReceiptRow.number))
        return [Cheque(r[0], r[1], r[2]) for r in rows]

    def cheques_collected(self, agency_id: str, on: date) -> int:
        """The live cheques of the agency's sessions closed on that business day."""
        t, s = PaymentTenderRow, CashSessionRow
        total = self._session.scalar(
            select(func.coalesce(func.sum(t.amount_minor), 0))
            .join(s, s.id == t.cash_session_id)
            .where(
                s.agency_id == agency_id,
                s.status == CLOSED,
                s.business_date == on,
                t.mode_kind == CHEQUE,
            )
        )
        return int(total or 0)

    def tender(self, tender_id: str) -> PaymentTenderRow | None:
        return self._session.get(PaymentTenderRow, tender_id)

    def is_reversed(self, tender_id: str) -> bool:
        return (
            self._session.scalar(
                select(func.count())
                .select_from(PaymentTenderRow)
                .where(PaymentTenderRow.reverses_tender_id == tender_id)
            )
            or 0
        ) > 0

    def remitted_in(self, agency_id: str, tender_ids: Collection[str]) -> dict[str, str]:
        """tender id -> deposit number, for those of `tender_ids` already remitted in a
        deposit of the agency (another agency's deposit is not named, SEC-07)."""
        if not tender_ids:
            return {}
        rows = self._session.execute(
            select(BankDepositLineRow.payment_tender_id, BankDepositRow.deposit_number)
            .join(BankDepositRow, BankDepositRow.id == BankDepositLineRow.deposit_id)
            .where(
                BankDepositLineRow.payment_tender_id.in_(list(tender_ids)),
                BankDepositRow.agency_id == agency_id,
            )
        )
        return {str(tender_id): number for tender_id, number in rows}

    # --- deposits --------------------------------------------------------------------------

    def add(self, deposit: BankDepositRow, lines: list[BankDepositLineRow]) -> None:
        self._session.add(deposit)
        self._session.flush()
        self._session.add_all(lines)
        self._session.flush()

    def add_slip(self, row: BankDepositSlipRow) -> None:
        self._session.add(row)
        self._session.flush()

    def get(self, deposit_id: str) -> BankDepositRow | None:
        return self._session.get(BankDepositRow, deposit_id)

    def of_agencies(
        self, agency_ids: Collection[str] | None, offset: int, limit: int
    ) -> list[BankDepositRow]:
        """The deposits of the agencies (None: every agency), the latest first."""
        query = select(BankDepositRow)
        if agency_ids is not None:
            if not agency_ids:
                return []
            query = query.where(BankDepositRow.agency_id.in_(list(agency_ids)))
        query = query.order_by(
            BankDepositRow.prepared_at.desc(), BankDepositRow.deposit_number.desc()
        )
        return list(self._session.scalars(query.offset(offset).limit(limit)))

    def lines(self, deposit_ids: Collection[str]) -> dict[str, list[BankDepositLineRow]]:
        found: dict[str, list[BankDepositLineRow]] = {i: [] for i in deposit_ids}
        if not deposit_ids:
            return found
        for row in self._session.scalars(
            select(BankDepositLineRow)
            .where(BankDepositLineRow.deposit_id.in_(list(deposit_ids)))
            .order_by(BankDepositLineRow.cash_session_id, BankDepositLineRow.id)
        ):
            found[row.deposit_id].append(row)
        return found

    def slips(self, deposit_ids: Collection[str]) -> dict[str, BankDepositSlipRow]:
        if not deposit_ids:
            return {}
        return {
            row.deposit_id: row
            for row in self._session.scalars(
                select(BankDepositSlipRow).where(
                    BankDepositSlipRow.deposit_id.in_(list(deposit_ids))
                )
            )
        }
