"""The till's use cases on a real database, without the transport: agencies, users with the
standard profiles, workstations and the principals calling from them (CSH-8, CSH-9)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select

from iwebs_server.application.approvals import ApprovalService
from iwebs_server.application.audit_trail import AuditTrail
from iwebs_server.application.bootstrap import Bootstrap
from iwebs_server.application.cash_disbursements import CashDisbursementService
from iwebs_server.application.cash_sessions import CashSessionService
from iwebs_server.application.cash_till import MoneyInput
from iwebs_server.application.cash_transfers import CashTransferService
from iwebs_server.application.cash_views import (
    CashSessionView,
    PaymentContentInput,
    ReceiptView,
    TenderLine,
)
from iwebs_server.application.clock import new_id
from iwebs_server.application.idempotency import Idempotency
from iwebs_server.application.payments import PaymentService
from iwebs_server.application.receipts import ReceiptIssuer
from iwebs_server.application.reference_seed import seed_reference_data
from iwebs_server.domain.principal import AgencyScope, Principal
from iwebs_server.persistence.tables.administration import AgencyRow, WorkstationRow
from iwebs_server.persistence.tables.cash_desk import CashMovementRow, LedgerEntryRow
from iwebs_server.persistence.tables.customer_base import CustomerAccountRow, CustomerRow
from iwebs_server.persistence.tables.reference_data import GLOBAL_SCOPE, ParameterValueRow
from iwebs_server.persistence.unit_of_work import UnitOfWorkFactory
from tests.factories.cash_desk import insert_user
from tests.factories.clock import ManualClock
from tests.factories.live_server import test_hasher

# 10:00 in Dakar (UTC+0): the business day is 2026-03-02
START = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def rid() -> str:
    return new_id()


@dataclass
class Desk:
    uow: UnitOfWorkFactory
    clock: ManualClock
    audit: AuditTrail
    idempotency: Idempotency
    approvals: ApprovalService
    sessions: CashSessionService
    transfers: CashTransferService
    disbursements: CashDisbursementService
    payments: PaymentService
    agencies: dict[str, str] = field(default_factory=dict)  # code -> id

    # --- people and places -------------------------------------------------------------

    def user(self, login: str, profile: str = "cashier", agencies: Iterable[str] = ("DKR",)) -> str:
        with self.uow() as uow:
            ids = [self.agencies[c] for c in agencies]
            return insert_user(uow, self.clock.now(), login, profile, ids)

    def set_user_agencies(self, user_id: str, agencies: Iterable[str]) -> None:
        with self.uow() as uow:
            uow.users.set_agencies(user_id, [self.agencies[c] for c in agencies])

    def workstation(self, agency: str = "DKR", may_collect_cash: bool = True) -> str:
        with self.uow() as uow:
            row = WorkstationRow(
                id=new_id(),
                name=f"WS-{new_id()[:8]}",
                agency_id=self.agencies[agency],
                kind="agency_counter",
                may_collect_cash=may_collect_cash,
                status="active",
                revocation_reason="",
                enrollment_failed_attempts=0,
                version=1,
                created_at=self.clock.now(),
            )
            uow.workstations.add(row)
            return row.id

    def principal(self, user_id: str, workstation_id: str) -> Principal:
        """Who calls: her profile's rights, her agencies now (read as the session check does)."""
        with self.uow(read_only=True) as uow:
            user = uow.users.get(user_id)
            assert user is not None
            rights = uow.profiles.rights_of(user.profile_id)
            agencies = uow.users.agency_ids(user_id)
            return Principal(
                user_id=user_id,
                login=user.login,
                session_id="",
                workstation_id=workstation_id,
                rights=frozenset(rights),
                scope=AgencyScope(frozenset(agencies), user.all_agencies),
            )

    def set_parameter(self, key: str, value: str) -> None:
        with self.uow() as uow:
            uow.reference_data.add_parameter_value(
                ParameterValueRow(
                    id=new_id(),
                    key=key,
                    scope=GLOBAL_SCOPE,
                    value=value,
                    version=1,
                    updated_at=self.clock.now(),
                    updated_by=new_id(),
                )
            )

    def account(self, agency: str = "DKR") -> str:
        """A customer's account (no bill: what it is paid becomes its advance)."""
        now, tag = self.clock.now(), new_id()[:8].upper()
        with self.uow() as uow:
            customer = CustomerRow(
                id=new_id(), customer_number=f"C{tag}", agency_id=self.agencies[agency],
                kind="person", family_name="Ndiaye", given_names="Awa", display_name="Awa Ndiaye",
                search_name="ndiaye awa", category_code="DOM", version=1, created_at=now,
                updated_at=now,
            )  # fmt: skip
            uow.session.add(customer)
            uow.session.flush()
            account = CustomerAccountRow(
                id=new_id(), account_number=f"A{tag}", customer_id=customer.id,
                agency_id=self.agencies[agency], currency_code="XOF", status="active",
                version=1, created_at=now, updated_at=now,
            )  # fmt: skip
            uow.session.add(account)
            return account.id

    def pay(
        self, who: Principal, cash_session_id: str, account_id: str, amount: int,
        *tenders: tuple[str, int],
    ) -> ReceiptView:  # fmt: skip
        """A payment of `amount` with tenders (mode code, amount); a cheque gets a bank,
        number and drawer."""
        lines = tuple(
            TenderLine(mode, "XOF", value, reference="" if mode == "CASH" else new_id()[:8])
            if mode != "CHEQUE"
            else TenderLine(mode, "XOF", value, bank_code="CBAO", reference=new_id()[:7],
                            drawer_name="Awa Ndiaye", cheque_date=self.clock.now().date())
            for mode, value in tenders
        )  # fmt: skip
        content = PaymentContentInput(
            cash_session_id=cash_session_id, account_id=account_id, payer_name="",
            currency_code="XOF", amount_minor=amount, tenders=lines,
        )  # fmt: skip
        return self.payments.pay(who, rid(), content).receipt

    # --- the till ----------------------------------------------------------------------

    def open(
        self, who: Principal, amount: int | None = None, head: bool = False
    ) -> CashSessionView:
        money = None if amount is None else MoneyInput("XOF", amount)
        return self.sessions.open(who, rid(), money, head)

    def movements(self, cash_session_id: str) -> list[CashMovementRow]:
        with self.uow(read_only=True) as uow:
            return uow.cash_sessions.movements(cash_session_id)

    def ledger(self, cash_session_id: str) -> list[LedgerEntryRow]:
        with self.uow(read_only=True) as uow:
            return list(
                uow.session.scalars(
                    select(LedgerEntryRow)
                    .where(LedgerEntryRow.cash_session_id == cash_session_id)
                    .order_by(LedgerEntryRow.id)
                )
            )


def build_desk(database_url: str) -> Desk:
    from iwebs_server.persistence.database import make_engine

    engine = make_engine(database_url)
    uow = UnitOfWorkFactory(engine)
    clock = ManualClock(START)
    audit = AuditTrail(clock)
    idempotency = Idempotency(clock, uow)
    approvals = ApprovalService(uow, clock, audit, idempotency)
    Bootstrap(uow, clock, test_hasher(), audit).initialize(
        head_office_code="DKR", head_office_name="Dakar Plateau", admin_login="root", admin_name="R"
    )
    issuer = ReceiptIssuer(clock)
    disbursements = CashDisbursementService(uow, clock, audit, idempotency, approvals, issuer)
    approvals.register_kind(disbursements.approval_kind())
    desk = Desk(
        uow,
        clock,
        audit,
        idempotency,
        approvals,
        CashSessionService(uow, clock, audit, idempotency),
        CashTransferService(uow, clock, audit, idempotency),
        disbursements,
        PaymentService(uow, clock, audit, idempotency, issuer),
    )
    with uow() as work:
        seed_reference_data(work, clock)
        work.agencies.add(
            AgencyRow(
                id=new_id(), code="THS", name="Thiès Centre", region="", active=True, version=1,
                created_at=clock.now(),
            )
        )  # fmt: skip
        for code in ("DKR", "THS"):
            agency = work.agencies.by_code(code)
            assert agency is not None
            desk.agencies[code] = agency.id
    return desk
