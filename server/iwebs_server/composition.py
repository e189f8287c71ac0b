"""The one place that wires settings -> engine -> services -> server."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine

from iwebs_server.application.agencies import AgencyService
from iwebs_server.application.approvals import ApprovalService
from iwebs_server.application.audit_queries import AuditQueries
from iwebs_server.application.audit_trail import AccessLogWriter, AuditTrail
from iwebs_server.application.authentication import AuthenticationService
from iwebs_server.application.bank_deposits import BankDepositService
from iwebs_server.application.bill_computation import BillComputation
from iwebs_server.application.bill_corrections import BillCorrectionService
from iwebs_server.application.bill_run_chunks import BillRunChunks
from iwebs_server.application.bill_runs import BillRunService
from iwebs_server.application.bill_writer import BillWriter
from iwebs_server.application.billing_batches import BillingBatchService
from iwebs_server.application.bills import BillQueries
from iwebs_server.application.bootstrap import Bootstrap
from iwebs_server.application.cash_closures import ClosureWriter
from iwebs_server.application.cash_disbursements import CashDisbursementService
from iwebs_server.application.cash_sessions import CashSessionService
from iwebs_server.application.cash_supervision import CashSupervisionService
from iwebs_server.application.cash_transfers import CashTransferService
from iwebs_server.application.change_history import ChangeHistory
from iwebs_server.application.clock import Clock, SystemClock
from iwebs_server.application.customer_search import CustomerSearch
from iwebs_server.application.customers import CustomerService
from iwebs_server.application.idempotency import Idempotency
from iwebs_server.application.individual_billing import IndividualBilling
from iwebs_server.application.legacy_import.service import LegacyImportService
from iwebs_server.application.meters import MeterService
from iwebs_server.application.parameters import ParameterService
from iwebs_server.application.payments import PaymentService
from iwebs_server.application.ports import PasswordHasher
from iwebs_server.application.premises import PremiseService
from iwebs_server.application.profiles import ProfileService
from iwebs_server.application.reading_files import ReadingFiles
from iwebs_server.application.readings import ReadingService
from iwebs_server.application.receipt_cancellation import ReceiptCancellationService
from iwebs_server.application.receipts import ReceiptIssuer
from iwebs_server.application.reference_data import ReferenceDataService
from iwebs_server.application.security_policy import SecurityPolicyService
from iwebs_server.application.services import Services
from iwebs_server.application.session_check import SessionChecker
from iwebs_server.application.session_reader import SessionReader
from iwebs_server.application.tariffs import TariffService
from iwebs_server.application.users import UserService
from iwebs_server.application.workstation_identity import WorkstationIdentifier
from iwebs_server.application.workstations import WorkstationService
from iwebs_server.jobs.background_jobs import BackgroundJobs
from iwebs_server.jobs.bill_run_worker import BillRunWorkers
from iwebs_server.persistence.database import make_engine
from iwebs_server.persistence.hot_path_reads import HotPathReads
from iwebs_server.persistence.unit_of_work import UnitOfWorkFactory
from iwebs_server.rpc.server import RunningServer, ServerOptions, TlsMaterial, build_server
from iwebs_server.security.certificate_authority import CertificateAuthority, IssuedCertificate
from iwebs_server.security.common_passwords import common_passwords
from iwebs_server.security.password_hasher import Argon2PasswordHasher
from iwebs_server.settings import Settings


@dataclass
class Application:
    settings: Settings
    engine: Engine
    uow_factory: UnitOfWorkFactory
    clock: Clock
    hasher: PasswordHasher
    services: Services
    jobs: BackgroundJobs | None = None
    bill_run_workers: BillRunWorkers | None = None

    def close(self) -> None:
        if self.bill_run_workers is not None:
            self.bill_run_workers.stop()
        if self.jobs is not None:
            self.jobs.shutdown(wait=True)
        self.services.access_log.stop()
        self.services.session_checker.reads.dispose()
        self.engine.dispose()


def build_application(
    settings: Settings,
    *,
    clock: Clock | None = None,
    hasher: PasswordHasher | None = None,
    engine: Engine | None = None,
) -> Application:
    clock = clock or SystemClock()
    engine = engine or make_engine(
        settings.effective_database_url, pool_size=settings.database_pool_size
    )
    hasher = hasher or Argon2PasswordHasher(
        memory_kib=settings.argon2_memory_kib,
        time_cost=settings.argon2_time_cost,
        max_concurrent=settings.password_hash_slots or None,
        max_waiting=max(1, settings.workers // 4),
    )
    uow = UnitOfWorkFactory(engine)
    jobs = BackgroundJobs()
    audit = AuditTrail(clock)
    idempotency = Idempotency(clock, uow)
    approvals = ApprovalService(uow, clock, audit, idempotency)
    authority = CertificateAuthority.load(settings.pki) if settings.pki.ca_key.exists() else None
    reader = SessionReader()
    identifier = WorkstationIdentifier(uow, clock)
    history = ChangeHistory(clock)
    parameters = ParameterService(uow, clock, audit, idempotency, history)
    reference_data = ReferenceDataService(uow, clock, audit, idempotency, history, parameters)
    closures = ClosureWriter()
    issuer = ReceiptIssuer(clock)
    disbursements = CashDisbursementService(uow, clock, audit, idempotency, approvals, issuer)
    approvals.register_kind(disbursements.approval_kind())
    cancellations = ReceiptCancellationService(uow, clock, audit, idempotency, approvals, issuer)
    approvals.register_kind(cancellations.approval_kind())
    tariffs = TariffService(uow, clock, audit, idempotency, approvals)
    approvals.register_kind(tariffs.approval_kind())
    bill_computation = BillComputation()
    bill_writer = BillWriter()
    bill_corrections = BillCorrectionService(
        uow, clock, audit, idempotency, approvals, computation=bill_computation, writer=bill_writer
    )
    approvals.register_kind(bill_corrections.approval_kind())
    reading_service = ReadingService(uow, clock, audit, idempotency)
    services = Services(
        audit=audit,
        access_log=AccessLogWriter(uow),
        authentication=AuthenticationService(
            uow,
            clock,
            hasher,
            audit,
            common_passwords(),
            organisation_words=("iwebs", settings.organisation),
            reader=reader,
        ),
        session_checker=SessionChecker(
            uow, _hot_path_reads(settings, engine), clock, identifier, reader
        ),
        workstation_identifier=identifier,
        workstations=WorkstationService(
            uow, clock, audit, idempotency, authority or _MissingAuthority()
        ),
        agencies=AgencyService(uow, clock, audit, idempotency),
        users=UserService(uow, clock, audit, idempotency, hasher, approvals),
        profiles=ProfileService(uow, clock, audit, idempotency),
        approvals=approvals,
        security_policy=SecurityPolicyService(uow, clock, audit, approvals),
        audit_queries=AuditQueries(uow),
        bootstrap=Bootstrap(uow, clock, hasher, audit),
        parameters=parameters,
        reference_data=reference_data,
        customer_search=CustomerSearch(uow),
        customers=CustomerService(uow, clock, audit, idempotency, history),
        premises=PremiseService(uow, clock, audit, idempotency, history),
        meters=MeterService(uow, clock, audit, idempotency, history),
        legacy_import=LegacyImportService(
            uow, clock, idempotency, settings.data_dir / "imports", jobs
        ),
        cash_sessions=CashSessionService(uow, clock, audit, idempotency, closures),
        cash_transfers=CashTransferService(uow, clock, audit, idempotency),
        cash_disbursements=disbursements,
        payments=PaymentService(uow, clock, audit, idempotency, issuer),
        receipt_cancellations=cancellations,
        cash_supervision=CashSupervisionService(uow, clock, audit, idempotency, closures),
        bank_deposits=BankDepositService(uow, clock, audit, idempotency),
        readings=reading_service,
        reading_files=ReadingFiles(uow, clock, audit, reading_service),
        tariffs=tariffs,
        billing_batches=BillingBatchService(uow, clock, audit, idempotency),
        bill_runs=BillRunService(uow, clock, audit, idempotency, bill_computation),
        bill_run_chunks=BillRunChunks(uow, clock, audit, bill_computation, bill_writer),
        bills=BillQueries(uow, clock),
        individual_billing=IndividualBilling(
            uow, clock, audit, idempotency, computation=bill_computation, writer=bill_writer
        ),
        bill_corrections=bill_corrections,
    )
    workers = BillRunWorkers(services.bill_run_chunks, settings.bill_run_workers)
    services.bill_runs.on_work = workers.wake
    return Application(settings, engine, uow, clock, hasher, services, jobs, workers)


def _hot_path_reads(settings: Settings, engine: Engine) -> HotPathReads:
    if engine.dialect.name == "sqlite":
        return HotPathReads(engine)
    url = engine.url.render_as_string(hide_password=False)
    return HotPathReads(make_engine(url, pool_size=settings.database_pool_size, autocommit=True))


class _MissingAuthority:
    """Stands for the CA before `iwebs-server init` made it: every signature is refused."""

    certificate_pem = ""

    def sign_workstation_csr(
        self, csr_pem: str, workstation_id: str, now: datetime, lifetime: timedelta
    ) -> IssuedCertificate:
        raise ValueError("the server has no certificate authority yet; run iwebs-server init")


def start_server(app: Application, *, bare: bool = False) -> RunningServer:
    settings = app.settings
    pki = settings.pki
    tls = TlsMaterial(
        pki.server_key.read_bytes(), pki.server_cert.read_bytes(), pki.ca_cert.read_bytes()
    )
    options = ServerOptions(
        host=settings.listen_host,
        port=settings.port,
        enrollment_port=settings.enrollment_port,
        workers=settings.workers,
        max_concurrent_rpcs=settings.max_concurrent_rpcs,
        max_message_bytes=settings.max_message_bytes,
        reflection=settings.development_mode,
        bare=bare,
    )
    app.services.access_log.start()
    app.services.legacy_import.fail_interrupted()
    if app.bill_run_workers is not None:
        app.bill_run_workers.start()
    return build_server(app.services, tls, options)
