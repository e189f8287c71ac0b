"""The demo's cash desk activity (issue 4), made through the real use cases so that receipts
are numbered and chained, closures summed and chained, exactly as at a real counter.

Yesterday at Dakar Plateau both cashiers took payments (cash with change, a cheque, mobile
money), closed their tills with an exact count, and the supervisor closed the day: nothing is
deposited yet, so the deposits page shows what is left from an earlier day. Today Ousmane
(caissier2) has his till open with two payments, so the supervisor's live view is not empty,
and has asked for the cancellation of the second one, which waits in the supervisor's
Approvals screen.
Fatou (caissier) has no session today: she opens hers at this machine's workstation (one
session per cashier and day, CSH-8).

Yesterday's use cases run on a clock one day behind; the audit trail keeps the real time."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from iwebs_server.application.approvals import ApprovalService
from iwebs_server.application.audit_trail import AuditTrail
from iwebs_server.application.cash_closures import ClosureWriter
from iwebs_server.application.cash_sessions import CashSessionService
from iwebs_server.application.cash_supervision import CashSupervisionService
from iwebs_server.application.cash_till import CloseInput
from iwebs_server.application.cash_views import PaymentContentInput, TenderLine
from iwebs_server.application.clock import Clock, new_id
from iwebs_server.application.idempotency import Idempotency
from iwebs_server.application.payments import PaymentService
from iwebs_server.application.receipt_cancellation import ReceiptCancellationService
from iwebs_server.application.receipts import ReceiptIssuer
from iwebs_server.domain.principal import AgencyScope, Principal
from iwebs_server.persistence.tables.administration import WorkstationRow
from iwebs_server.persistence.tables.cash_desk import CashSessionRow, ReceiptRow
from iwebs_server.persistence.tables.customer_base import BillRow
from iwebs_server.persistence.unit_of_work import UnitOfWork, UowFactory

AGENCY = "DKR-PLATEAU"
CURRENCY = "XOF"
#: the demo's tills of Dakar Plateau besides this machine's (which `iwebs demo` registers)
TILLS = ("DKR-GUICHET-1", "DKR-GUICHET-2")
#: bills of the demo accounts that pay here (the bakery's, then Mamadou's)
PAID_ACCOUNTS_BILLS = ("F-DKR-2026-1104", "F-DKR-2026-0877")


class _ShiftedClock:
    """The real time, `days` earlier (yesterday's use cases)."""

    def __init__(self, clock: Clock, days: int) -> None:
        self._clock = clock
        self._delta = timedelta(days=days)

    def now(self) -> datetime:
        return self._clock.now() - self._delta


@dataclass
class _Desk:
    """The cash use cases on one clock."""

    sessions: CashSessionService
    payments: PaymentService
    supervision: CashSupervisionService
    cancellations: ReceiptCancellationService

    @classmethod
    def on(cls, uow: UowFactory, clock: Clock, audit: AuditTrail) -> _Desk:
        idempotency = Idempotency(clock, uow)
        closures = ClosureWriter()
        issuer = ReceiptIssuer(clock)
        approvals = ApprovalService(uow, clock, audit, idempotency)
        cancellations = ReceiptCancellationService(
            uow, clock, audit, idempotency, approvals, issuer
        )
        approvals.register_kind(cancellations.approval_kind())
        return cls(
            CashSessionService(uow, clock, audit, idempotency, closures),
            PaymentService(uow, clock, audit, idempotency, issuer),
            CashSupervisionService(uow, clock, audit, idempotency, closures),
            cancellations,
        )


def cash(amount: int) -> TenderLine:
    return TenderLine("CASH", CURRENCY, amount)


class DemoCash:
    def __init__(self, uow_factory: UowFactory, clock: Clock, audit: AuditTrail) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._audit = audit

    def seed(self, agency_id: str) -> int:
        """Once (nothing if a till was ever opened); returns the number of payments made."""
        with self._uow(read_only=True) as uow:
            if uow.session.scalar(select(CashSessionRow.id).limit(1)) is not None:
                return 0
            accounts = self._accounts_with_open_bills(uow, agency_id)
        if len(accounts) < 2:
            return 0
        tills = self._tills(agency_id)
        fatou = self._principal("caissier", tills[0])
        ousmane = self._principal("caissier2", tills[1])
        supervisor = self._principal("superviseur", tills[0])
        yesterday = _Desk.on(self._uow, _ShiftedClock(self._clock, 1), self._audit)
        today = _Desk.on(self._uow, self._clock, self._audit)
        first, second = accounts[0], accounts[1]
        cheque_day = (self._clock.now() - timedelta(days=1)).date()
        payments = [
            (fatou, first, 10_000, (cash(10_000),)),
            (fatou, second, 5_000, (cash(10_000),)),  # 5 000 given back
            (fatou, first, 7_500, (self._cheque(7_500, cheque_day),)),
            (ousmane, second, 12_000, (cash(12_000),)),
            (ousmane, first, 3_600, (TenderLine("WAVE", CURRENCY, 3_600, reference="WV-88412"),)),
        ]
        made = self._day(yesterday, payments, close_with=supervisor, agency_id=agency_id)
        wallet = TenderLine("ORANGE_MONEY", CURRENCY, 2_000, reference="OM-2026-5521")
        todays = [(ousmane, second, 6_250, (cash(6_250),)), (ousmane, first, 2_000, (wallet,))]
        made += self._day(today, todays, close_with=None, agency_id=agency_id)
        # a cancellation waiting for the supervisor's approval (four eyes, CSH-4)
        last = self._last_receipt_id(ousmane)
        today.cancellations.request(ousmane, new_id(), last, "Paiement saisi sur le mauvais compte")
        return made

    def _day(
        self,
        desk: _Desk,
        payments: Sequence[tuple[Principal, str, int, tuple[TenderLine, ...]]],
        close_with: Principal | None,
        agency_id: str,
    ) -> int:
        sessions: dict[str, str] = {}  # user id -> cash session id
        cashiers: dict[str, Principal] = {}
        for cashier, account_id, amount, tenders in payments:
            if cashier.user_id not in sessions:
                sessions[cashier.user_id] = desk.sessions.open(cashier, new_id()).cash_session_id
                cashiers[cashier.user_id] = cashier
            content = PaymentContentInput(
                cash_session_id=sessions[cashier.user_id],
                account_id=account_id,
                payer_name="",
                currency_code=CURRENCY,
                amount_minor=amount,
                tenders=tenders,
            )
            desk.payments.pay(cashier, new_id(), content)
        if close_with is not None:
            for user_id, session_id in sessions.items():
                self._close_exactly(desk, cashiers[user_id], session_id)
            business_day = (self._clock.now() - timedelta(days=1)).date()
            desk.supervision.close_agency_day(close_with, new_id(), agency_id, business_day)
        return len(payments)

    def _last_receipt_id(self, cashier: Principal) -> str:
        with self._uow(read_only=True) as uow:
            receipt_id = uow.session.scalar(
                select(ReceiptRow.id)
                .join(CashSessionRow, CashSessionRow.id == ReceiptRow.cash_session_id)
                .where(CashSessionRow.cashier_user_id == cashier.user_id)
                .order_by(ReceiptRow.number.desc())
                .limit(1)
            )
        assert receipt_id is not None
        return str(receipt_id)

    @staticmethod
    def _close_exactly(desk: _Desk, cashier: Principal, session_id: str) -> None:
        """The count equals the expected cash, note by note (no difference)."""
        summary = desk.sessions.closing_summary(cashier, session_id)
        left = next((t.expected_minor for t in summary.tenders if t.mode_kind == "cash"), 0)
        counts = []
        for line in sorted(summary.denominations, key=lambda d: -d.unit_value_minor):
            if line.unit_value_minor and left >= line.unit_value_minor:
                quantity, left = divmod(left, line.unit_value_minor)
                counts.append((line.denomination_code, quantity))
        desk.sessions.close(cashier, new_id(), CloseInput(session_id, tuple(counts)))

    @staticmethod
    def _cheque(amount: int, day: date) -> TenderLine:
        return TenderLine(
            "CHEQUE", CURRENCY, amount, bank_code="CBAO", reference="0048213",
            drawer_name="Aïssatou Ndiaye", cheque_date=day,
        )  # fmt: skip

    @staticmethod
    def _accounts_with_open_bills(uow: UnitOfWork, agency_id: str) -> list[str]:
        """The bakery's and Mamadou's accounts (demo_customers.py), which keep bills open
        after these payments; the other demo customers keep their balances."""
        rows = uow.session.execute(
            select(BillRow.bill_number, BillRow.account_id).where(
                BillRow.agency_id == agency_id, BillRow.bill_number.in_(PAID_ACCOUNTS_BILLS)
            )
        )
        by_number = {str(row.bill_number): str(row.account_id) for row in rows}
        return [str(by_number[n]) for n in PAID_ACCOUNTS_BILLS if n in by_number]

    def _tills(self, agency_id: str) -> list[str]:
        """Two counter workstations of the agency allowed to collect cash."""
        ids = []
        with self._uow() as uow:
            for name in TILLS:
                row = WorkstationRow(
                    id=new_id(),
                    name=name,
                    agency_id=agency_id,
                    kind="agency_counter",
                    may_collect_cash=True,
                    status="active",
                    revocation_reason="",
                    enrollment_failed_attempts=0,
                    version=1,
                    created_at=self._clock.now(),
                )
                uow.workstations.add(row)
                ids.append(row.id)
        return ids

    def _principal(self, login: str, workstation_id: str) -> Principal:
        """The demo user at a till: her profile's rights and agencies."""
        with self._uow(read_only=True) as uow:
            user = uow.users.by_login(login)
            assert user is not None, login
            return Principal(
                user_id=user.id,
                login=user.login,
                session_id="",
                workstation_id=workstation_id,
                rights=frozenset(uow.profiles.rights_of(user.profile_id)),
                scope=AgencyScope(frozenset(uow.users.agency_ids(user.id)), user.all_agencies),
            )
