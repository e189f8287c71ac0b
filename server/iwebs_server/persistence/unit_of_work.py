"""One transaction per use case, with the repositories bound to it."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import Self

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from iwebs_server.persistence.database import READ_ONLY_OPTION
from iwebs_server.persistence.repositories.agency_repository import AgencyRepository
from iwebs_server.persistence.repositories.approval_repository import ApprovalRepository
from iwebs_server.persistence.repositories.audit_repository import AuditRepository
from iwebs_server.persistence.repositories.bill_repository import BillRecordRepository
from iwebs_server.persistence.repositories.bill_run_repository import BillRunRepository
from iwebs_server.persistence.repositories.cash_closure_repository import CashClosureRepository
from iwebs_server.persistence.repositories.cash_session_repository import CashSessionRepository
from iwebs_server.persistence.repositories.change_history_repository import (
    ChangeHistoryRepository,
    NumberSeriesRepository,
)
from iwebs_server.persistence.repositories.customer_base_repository import (
    AccountRepository,
    BillRepository,
    CustomerRepository,
    MeterRepository,
    NetworkRepository,
    PremiseRepository,
    SubscriptionRepository,
)
from iwebs_server.persistence.repositories.customer_search_repository import (
    CustomerSearchRepository,
)
from iwebs_server.persistence.repositories.deposit_repository import DepositRepository
from iwebs_server.persistence.repositories.idempotency_repository import IdempotencyRepository
from iwebs_server.persistence.repositories.payment_repository import PaymentRepository
from iwebs_server.persistence.repositories.policy_repository import PolicyRepository
from iwebs_server.persistence.repositories.profile_repository import ProfileRepository
from iwebs_server.persistence.repositories.reading_repository import ReadingRepository
from iwebs_server.persistence.repositories.reference_data_repository import (
    ReferenceDataRepository,
)
from iwebs_server.persistence.repositories.session_repository import SessionRepository
from iwebs_server.persistence.repositories.tariff_repository import TariffRepository
from iwebs_server.persistence.repositories.user_repository import UserRepository
from iwebs_server.persistence.repositories.workstation_repository import WorkstationRepository


class UnitOfWork:
    """`with uow_factory() as uow:` commits on success and rolls back on any exception."""

    def __init__(self, engine: Engine, *, read_only: bool = False) -> None:
        bind = engine.execution_options(**{READ_ONLY_OPTION: True}) if read_only else engine
        self.session = Session(bind=bind, expire_on_commit=False, autoflush=True)
        self.read_only = read_only
        self.agencies = AgencyRepository(self.session)
        self.profiles = ProfileRepository(self.session)
        self.users = UserRepository(self.session)
        self.sessions = SessionRepository(self.session)
        self.workstations = WorkstationRepository(self.session)
        self.policy = PolicyRepository(self.session)
        self.audit = AuditRepository(self.session)
        self.approvals = ApprovalRepository(self.session)
        self.idempotency = IdempotencyRepository(self.session)
        self.change_history = ChangeHistoryRepository(self.session)
        self.number_series = NumberSeriesRepository(self.session)
        self.reference_data = ReferenceDataRepository(self.session)
        self.customer_search = CustomerSearchRepository(self.session)
        self.customers = CustomerRepository(self.session)
        self.accounts = AccountRepository(self.session)
        self.network = NetworkRepository(self.session)
        self.premises = PremiseRepository(self.session)
        self.subscriptions = SubscriptionRepository(self.session)
        self.meters = MeterRepository(self.session)
        self.bills = BillRepository(self.session)
        self.cash_sessions = CashSessionRepository(self.session)
        self.payments = PaymentRepository(self.session)
        self.cash_closures = CashClosureRepository(self.session)
        self.deposits = DepositRepository(self.session)
        self.readings = ReadingRepository(self.session)
        self.tariffs = TariffRepository(self.session)
        self.bill_records = BillRecordRepository(self.session)
        self.bill_runs = BillRunRepository(self.session)

    def __enter__(self) -> Self:
        self.session.begin()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        try:
            if exc_type is None and not self.read_only:
                self.session.commit()
            else:
                # Detach first so that rows read by a read-only use case keep their values.
                self.session.expunge_all()
                self.session.rollback()
        finally:
            self.session.close()


class UnitOfWorkFactory:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def __call__(self, *, read_only: bool = False) -> UnitOfWork:
        return UnitOfWork(self.engine, read_only=read_only)


UowFactory = Callable[..., UnitOfWork]
