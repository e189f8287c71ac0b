"""What a deposit may carry (CSH-5, CSH-11), and the views of the deposit position and of
deposits, shared by application/bank_deposits.py."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from iwebs_server.application.deposit_views import (
    BankDepositView,
    ChequeOnHandView,
    DepositLineInput,
    DepositLineView,
    DepositPositionView,
    SessionCashView,
)
from iwebs_server.domain.errors import (
    AlreadyExists,
    FieldViolation,
    InvalidInput,
    PreconditionFailed,
)
from iwebs_server.domain.principal import Principal
from iwebs_server.persistence.repositories.cash_session_repository import CLOSED
from iwebs_server.persistence.repositories.deposit_repository import SessionCash
from iwebs_server.persistence.tables.administration import AgencyRow
from iwebs_server.persistence.tables.cash_desk import BankDepositRow
from iwebs_server.persistence.unit_of_work import UnitOfWork

BANK_IN_TRANSIT = "BANK_IN_TRANSIT"
DEPOSIT_DIFFERENCE = "DEPOSIT_DIFFERENCE"
DEPOSIT_EXCEEDS_AVAILABLE = "DEPOSIT_EXCEEDS_AVAILABLE"
CHEQUE = "cheque"

# (cash session id, payment tender id or None, amount)
DepositAmount = tuple[str, str | None, int]


class DepositChecks:
    def __init__(
        self, uow: UnitOfWork, principal: Principal, agency: AgencyRow, currency: str
    ) -> None:
        self._uow = uow
        self._principal = principal
        self._agency = agency
        self._currency = currency

    def cash_lines(self, lines: Sequence[DepositLineInput]) -> list[DepositAmount]:
        """Closed sessions of the agency, each for at most what remains of its cash. The
        sessions are locked (in id order) so that two deposits cannot both take the rest."""
        violations: list[FieldViolation] = []
        wanted: dict[str, int] = defaultdict(int)
        first_line: dict[str, int] = {}
        for index, line in enumerate(lines):
            if line.currency_code and line.currency_code != self._currency:
                violations.append(
                    FieldViolation(
                        f"lines[{index}].amount.currency_code", f"must be {self._currency}"
                    )
                )
            wanted[line.cash_session_id] += line.amount_minor
            first_line.setdefault(line.cash_session_id, index)
        for session_id in sorted(wanted):
            field = f"lines[{first_line[session_id]}].cash_session_id"
            session = self._uow.cash_sessions.get(
                session_id, self._principal.scope, for_update=True
            )
            if session is None or session.agency_id != self._agency.id:
                violations.append(FieldViolation(field, "is not a cash session of this agency"))
            elif session.status != CLOSED:
                violations.append(FieldViolation(field, "is not closed yet"))
        if violations:
            raise InvalidInput(violations)
        available = {
            c.cash_session_id: c
            for c in self._uow.deposits.session_cash(
                self._agency.id, date.max, session_ids=list(wanted)
            )
        }
        exceeded = []
        for session_id, amount in wanted.items():
            remaining = max(0, _remaining(available.get(session_id)))
            if amount > remaining:
                exceeded.append(
                    FieldViolation(
                        f"lines[{first_line[session_id]}].amount",
                        f"at most {remaining} {self._currency} of this session remain to deposit",
                    )
                )
        if exceeded:
            raise PreconditionFailed(
                DEPOSIT_EXCEEDS_AVAILABLE,
                "a line asks more than its session's cash still to deposit",
                field_violations=exceeded,
            )
        return [(line.cash_session_id, None, line.amount_minor) for line in lines]

    def cheque_lines(self, lines: Sequence[DepositLineInput]) -> list[DepositAmount]:
        """Cheques on hand of the agency, each once: live (not cancelled), of a closed
        session, in no other deposit."""
        ids = [line.payment_tender_id for line in lines]
        violations: list[FieldViolation] = []
        seen: set[str] = set()
        for index, tender_id in enumerate(ids):
            if tender_id in seen:
                violations.append(
                    FieldViolation(f"lines[{index}].payment_tender_id", "is given twice")
                )
            seen.add(tender_id)
        if violations:
            raise InvalidInput(violations)
        remitted = self._uow.deposits.remitted_in(self._agency.id, ids)
        for index, tender_id in enumerate(ids):
            if tender_id in remitted:
                raise AlreadyExists(
                    "bank_deposit_line",
                    f"lines[{index}].payment_tender_id",
                    f"this cheque is already remitted in deposit {remitted[tender_id]}",
                )
        on_hand = {
            c.tender.id: c
            for c in self._uow.deposits.cheques_on_hand(self._agency.id, date.max, tender_ids=ids)
        }
        amounts: list[DepositAmount] = []
        for index, line in enumerate(lines):
            field = f"lines[{index}].payment_tender_id"
            cheque = on_hand.get(line.payment_tender_id)
            if cheque is None:
                violations.append(FieldViolation(field, self._why_not_on_hand(line)))
                continue
            tender = cheque.tender
            if line.amount_minor and line.amount_minor != tender.amount_minor:
                violations.append(
                    FieldViolation(
                        f"lines[{index}].amount", f"must be the cheque's {tender.amount_minor}"
                    )
                )
            amounts.append((tender.cash_session_id, tender.id, tender.amount_minor))
        if violations:
            raise InvalidInput(violations)
        return amounts

    def _why_not_on_hand(self, line: DepositLineInput) -> str:
        tender = self._uow.deposits.tender(line.payment_tender_id)
        session = (
            self._uow.cash_sessions.get(tender.cash_session_id, self._principal.scope)
            if tender is not None
            else None
        )
        if (
            tender is None
            or session is None
            or session.agency_id != self._agency.id
            or tender.mode_kind != CHEQUE
            or tender.reverses_tender_id is not None
        ):
            return "is not a cheque of this agency"
        if self._uow.deposits.is_reversed(tender.id):
            return "was cancelled"
        return "its cash session is not closed yet"


def _remaining(cash: SessionCash | None) -> int:
    return cash.remaining_minor if cash is not None else 0


def position_view(
    uow: UnitOfWork, agency: AgencyRow, day: date, currency: str
) -> DepositPositionView:
    """CSH-11 for the agency on `day`: cash and cheques left from earlier days, collected by
    the sessions closed that day, and the total to deposit now."""
    deposits = uow.deposits
    rows = {
        c.cash_session_id: c
        for c in deposits.session_cash(agency.id, day, with_remaining_only=True)
    }
    today_ids = [s.id for s in uow.cash_sessions.of_agency_on(agency.id, day, status=CLOSED)]
    if today_ids:
        for cash in deposits.session_cash(agency.id, day, session_ids=today_ids):
            rows.setdefault(cash.cash_session_id, cash)
    ordered = sorted(rows.values(), key=lambda c: (c.business_date, c.cash_session_id))
    sessions = tuple(_session_cash_view(uow, c) for c in ordered)
    cheques = tuple(
        ChequeOnHandView(
            payment_tender_id=c.tender.id,
            cash_session_id=c.tender.cash_session_id,
            business_date=c.business_date,
            bank_code=c.tender.bank_code,
            reference=c.tender.reference,
            drawer_name=c.tender.drawer_name,
            currency_code=currency,
            amount_minor=c.tender.amount_minor,
            receipt_number=c.receipt_number,
        )
        for c in deposits.cheques_on_hand(agency.id, day)
    )
    return DepositPositionView(
        agency_id=agency.id,
        business_date=day,
        currency_code=currency,
        cash_not_deposited_earlier_minor=sum(
            s.remaining_minor for s in sessions if s.business_date < day
        ),
        cheques_not_deposited_earlier_minor=sum(
            c.amount_minor for c in cheques if c.business_date < day
        ),
        cash_collected_today_minor=sum(
            s.depositable_minor for s in sessions if s.business_date == day
        ),
        cheques_collected_today_minor=deposits.cheques_collected(agency.id, day),
        total_to_deposit_minor=sum(s.remaining_minor for s in sessions)
        + sum(c.amount_minor for c in cheques),
        sessions=sessions,
        cheques=cheques,
    )


def _session_cash_view(uow: UnitOfWork, cash: SessionCash) -> SessionCashView:
    cashier = uow.users.get(cash.cashier_user_id)
    workstation = uow.workstations.get(cash.workstation_id)
    depositable = max(0, cash.depositable_minor)
    return SessionCashView(
        cash_session_id=cash.cash_session_id,
        business_date=cash.business_date,
        cashier_login=cashier.login if cashier else "",
        workstation_name=workstation.name if workstation else "",
        currency_code=cash.currency_code,
        depositable_minor=depositable,
        deposited_minor=cash.deposited_minor,
        remaining_minor=max(0, depositable - cash.deposited_minor),
    )


def deposit_views(uow: UnitOfWork, rows: Sequence[BankDepositRow]) -> list[BankDepositView]:
    ids = [row.id for row in rows]
    lines = uow.deposits.lines(ids)
    slips = uow.deposits.slips(ids)
    logins: dict[str, str] = {}
    views = []
    for row in rows:
        if row.prepared_by not in logins:
            user = uow.users.get(row.prepared_by)
            logins[row.prepared_by] = user.login if user else ""
        slip = slips.get(row.id)
        views.append(
            BankDepositView(
                deposit_id=row.id,
                deposit_number=row.deposit_number,
                agency_id=row.agency_id,
                kind=row.kind,
                bank_code=row.bank_code,
                currency_code=row.currency_code,
                amount_minor=row.amount_minor,
                lines=tuple(
                    DepositLineView(
                        cash_session_id=line.cash_session_id,
                        currency_code=row.currency_code,
                        amount_minor=line.amount_minor,
                        payment_tender_id=line.payment_tender_id or "",
                    )
                    for line in lines.get(row.id, [])
                ),
                prepared_at=row.prepared_at,
                prepared_by_login=logins[row.prepared_by],
                comment=row.comment,
                slip_recorded=slip is not None,
                slip_number=slip.slip_number if slip else "",
                slip_date=slip.slip_date if slip else None,
                credited_minor=slip.credited_minor if slip else 0,
            )
        )
    return views
