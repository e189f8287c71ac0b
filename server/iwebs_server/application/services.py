"""The set of use-case services one server process runs, built by composition.py."""

from __future__ import annotations

from dataclasses import dataclass

from iwebs_server.application.agencies import AgencyService
from iwebs_server.application.approvals import ApprovalService
from iwebs_server.application.audit_queries import AuditQueries
from iwebs_server.application.audit_trail import AccessLogWriter, AuditTrail
from iwebs_server.application.authentication import AuthenticationService
from iwebs_server.application.bank_deposits import BankDepositService
from iwebs_server.application.bill_corrections import BillCorrectionService
from iwebs_server.application.bill_run_chunks import BillRunChunks
from iwebs_server.application.bill_runs import BillRunService
from iwebs_server.application.billing_batches import BillingBatchService
from iwebs_server.application.bills import BillQueries
from iwebs_server.application.bootstrap import Bootstrap
from iwebs_server.application.cash_disbursements import CashDisbursementService
from iwebs_server.application.cash_sessions import CashSessionService
from iwebs_server.application.cash_supervision import CashSupervisionService
from iwebs_server.application.cash_transfers import CashTransferService
from iwebs_server.application.customer_search import CustomerSearch
from iwebs_server.application.customers import CustomerService
from iwebs_server.application.individual_billing import IndividualBilling
from iwebs_server.application.legacy_import.service import LegacyImportService
from iwebs_server.application.meters import MeterService
from iwebs_server.application.parameters import ParameterService
from iwebs_server.application.payments import PaymentService
from iwebs_server.application.premises import PremiseService
from iwebs_server.application.profiles import ProfileService
from iwebs_server.application.reading_files import ReadingFiles
from iwebs_server.application.readings import ReadingService
from iwebs_server.application.receipt_cancellation import ReceiptCancellationService
from iwebs_server.application.reference_data import ReferenceDataService
from iwebs_server.application.security_policy import SecurityPolicyService
from iwebs_server.application.session_check import SessionChecker
from iwebs_server.application.tariffs import TariffService
from iwebs_server.application.users import UserService
from iwebs_server.application.workstation_identity import WorkstationIdentifier
from iwebs_server.application.workstations import WorkstationService


@dataclass(frozen=True)
class Services:
    audit: AuditTrail
    access_log: AccessLogWriter
    authentication: AuthenticationService
    session_checker: SessionChecker
    workstation_identifier: WorkstationIdentifier
    workstations: WorkstationService
    agencies: AgencyService
    users: UserService
    profiles: ProfileService
    approvals: ApprovalService
    security_policy: SecurityPolicyService
    audit_queries: AuditQueries
    bootstrap: Bootstrap
    parameters: ParameterService
    reference_data: ReferenceDataService
    customer_search: CustomerSearch
    customers: CustomerService
    premises: PremiseService
    meters: MeterService
    legacy_import: LegacyImportService
    cash_sessions: CashSessionService
    cash_transfers: CashTransferService
    cash_disbursements: CashDisbursementService
    payments: PaymentService
    receipt_cancellations: ReceiptCancellationService
    cash_supervision: CashSupervisionService
    bank_deposits: BankDepositService
    readings: ReadingService
    reading_files: ReadingFiles
    tariffs: TariffService
    billing_batches: BillingBatchService
    bill_runs: BillRunService
    bill_run_chunks: BillRunChunks
    bills: BillQueries
    individual_billing: IndividualBilling
    bill_corrections: BillCorrectionService
