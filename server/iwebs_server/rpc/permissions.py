"""Every RPC method and what it needs (SEC-06): deny by default.

- PUBLIC: no workstation certificate needed (enrollment port): enrollment, health.
- WORKSTATION: an enrolled workstation, no user session (login, certificate renewal).
- SESSION_ANY: a user session, even one that must change its password first.
- SESSION: a normal user session; the use case checks finer rights itself if any.
- a right code: a normal session whose profile grants that right.
"""

from __future__ import annotations

from typing import Final

from iwebs_server.domain import rights as r

PUBLIC: Final = "@public"
WORKSTATION: Final = "@workstation"
SESSION_ANY: Final = "@session-any"
SESSION: Final = "@session"

_V1 = "/iwebs.v1."

METHOD_PERMISSIONS: dict[str, str] = {
    # health (grpc.health.v1) is public on both ports
    "/grpc.health.v1.Health/Check": PUBLIC,
    "/grpc.health.v1.Health/Watch": PUBLIC,
    "/grpc.health.v1.Health/List": PUBLIC,
    # reflection: registered only in development and demo mode
    "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo": PUBLIC,
    "/grpc.reflection.v1.ServerReflection/ServerReflectionInfo": PUBLIC,
    # enrollment
    f"{_V1}EnrollmentService/EnrollWorkstation": PUBLIC,
    f"{_V1}EnrollmentService/RenewWorkstationCertificate": WORKSTATION,
    # sessions
    f"{_V1}SessionService/Login": WORKSTATION,
    f"{_V1}SessionService/ChangePassword": SESSION_ANY,
    f"{_V1}SessionService/Logout": SESSION_ANY,
    f"{_V1}SessionService/GetCurrentSession": SESSION_ANY,
    f"{_V1}DiagnosticsService/Ping": SESSION,
    # agencies
    f"{_V1}AgencyService/ListAgencies": r.ADMIN_AGENCIES_READ,
    f"{_V1}AgencyService/GetAgency": r.ADMIN_AGENCIES_READ,
    f"{_V1}AgencyService/CreateAgency": r.ADMIN_AGENCIES_MANAGE,
    f"{_V1}AgencyService/UpdateAgency": r.ADMIN_AGENCIES_MANAGE,
    # users
    f"{_V1}UserService/ListUsers": r.ADMIN_USERS_READ,
    f"{_V1}UserService/GetUser": r.ADMIN_USERS_READ,
    f"{_V1}UserService/CreateUser": r.ADMIN_USERS_MANAGE,
    f"{_V1}UserService/UpdateUser": r.ADMIN_USERS_MANAGE,
    f"{_V1}UserService/ResetUserPassword": r.ADMIN_USERS_MANAGE,
    f"{_V1}UserService/LockUser": r.ADMIN_USERS_MANAGE,
    f"{_V1}UserService/UnlockUser": r.ADMIN_USERS_MANAGE,
    f"{_V1}UserService/DisableUser": r.ADMIN_USERS_MANAGE,
    f"{_V1}UserService/EnableUser": r.ADMIN_USERS_MANAGE,
    # profiles
    f"{_V1}ProfileService/ListRights": r.ADMIN_PROFILES_READ,
    f"{_V1}ProfileService/ListProfiles": r.ADMIN_PROFILES_READ,
    f"{_V1}ProfileService/GetProfile": r.ADMIN_PROFILES_READ,
    f"{_V1}ProfileService/CreateProfile": r.ADMIN_PROFILES_MANAGE,
    f"{_V1}ProfileService/UpdateProfile": r.ADMIN_PROFILES_MANAGE,
    # workstations
    f"{_V1}WorkstationService/ListWorkstations": r.ADMIN_WORKSTATIONS_READ,
    f"{_V1}WorkstationService/GetWorkstation": r.ADMIN_WORKSTATIONS_READ,
    f"{_V1}WorkstationService/RegisterWorkstation": r.ADMIN_WORKSTATIONS_MANAGE,
    f"{_V1}WorkstationService/IssueEnrollmentCode": r.ADMIN_WORKSTATIONS_MANAGE,
    f"{_V1}WorkstationService/RevokeWorkstation": r.ADMIN_WORKSTATIONS_MANAGE,
    # security policy
    f"{_V1}SecurityPolicyService/GetSecurityPolicy": r.ADMIN_SECURITY_POLICY_READ,
    f"{_V1}SecurityPolicyService/RequestSecurityPolicyChange": r.ADMIN_SECURITY_POLICY_MANAGE,
    # audit
    f"{_V1}AuditService/SearchAuditEvents": r.ADMIN_AUDIT_READ,
    # approvals
    f"{_V1}ApprovalService/ListApprovalRequests": r.APPROVALS_READ,
    f"{_V1}ApprovalService/GetApprovalRequest": r.APPROVALS_READ,
    f"{_V1}ApprovalService/ApproveApprovalRequest": r.APPROVALS_DECIDE,
    f"{_V1}ApprovalService/RejectApprovalRequest": r.APPROVALS_DECIDE,
    # customer base (issue 3): reads need customers.read, changes customers.manage
    f"{_V1}CustomerSearchService/SearchCustomers": r.CUSTOMERS_READ,
    f"{_V1}CustomerService/GetCustomerOverview": r.CUSTOMERS_READ,
    f"{_V1}CustomerService/GetCustomer": r.CUSTOMERS_READ,
    f"{_V1}CustomerService/CreateCustomer": r.CUSTOMERS_MANAGE,
    f"{_V1}CustomerService/UpdateCustomer": r.CUSTOMERS_MANAGE,
    f"{_V1}CustomerService/GetCustomerAccount": r.CUSTOMERS_READ,
    f"{_V1}CustomerService/CreateCustomerAccount": r.CUSTOMERS_MANAGE,
    f"{_V1}CustomerService/UpdateCustomerAccount": r.CUSTOMERS_MANAGE,
    f"{_V1}CustomerService/AddAccountToGroup": r.CUSTOMERS_MANAGE,
    f"{_V1}CustomerService/RemoveAccountFromGroup": r.CUSTOMERS_MANAGE,
    f"{_V1}CustomerService/ListGroupMembers": r.CUSTOMERS_READ,
    f"{_V1}CustomerService/ListAccountBills": r.CUSTOMERS_READ,
    f"{_V1}CustomerService/ListCustomerChanges": r.CUSTOMERS_READ,
    f"{_V1}PremiseService/GetPremise": r.CUSTOMERS_READ,
    f"{_V1}PremiseService/CreatePremise": r.CUSTOMERS_MANAGE,
    f"{_V1}PremiseService/UpdatePremise": r.CUSTOMERS_MANAGE,
    f"{_V1}PremiseService/ListRounds": r.CUSTOMERS_READ,
    f"{_V1}PremiseService/ListNetworkNodes": r.CUSTOMERS_READ,
    f"{_V1}PremiseService/GetSubscription": r.CUSTOMERS_READ,
    f"{_V1}PremiseService/CreateSubscription": r.CUSTOMERS_MANAGE,
    f"{_V1}PremiseService/UpdateSubscription": r.CUSTOMERS_MANAGE,
    f"{_V1}PremiseService/ActivateSubscription": r.CUSTOMERS_MANAGE,
    f"{_V1}PremiseService/SuspendSubscription": r.CUSTOMERS_MANAGE,
    f"{_V1}PremiseService/ResumeSubscription": r.CUSTOMERS_MANAGE,
    f"{_V1}PremiseService/TerminateSubscription": r.CUSTOMERS_MANAGE,
    f"{_V1}MeterService/GetMeter": r.CUSTOMERS_READ,
    f"{_V1}MeterService/FindMeterBySerial": r.CUSTOMERS_READ,
    f"{_V1}MeterService/RegisterMeter": r.CUSTOMERS_MANAGE,
    f"{_V1}MeterService/UpdateMeter": r.CUSTOMERS_MANAGE,
    f"{_V1}MeterService/InstallMeter": r.CUSTOMERS_MANAGE,
    f"{_V1}MeterService/RemoveMeter": r.CUSTOMERS_MANAGE,
    f"{_V1}MeterService/ListMeterInstallations": r.CUSTOMERS_READ,
    f"{_V1}MeterService/FitSeal": r.CUSTOMERS_MANAGE,
    f"{_V1}MeterService/RemoveSeal": r.CUSTOMERS_MANAGE,
    # parameters (PAR-1)
    f"{_V1}ParameterService/ListParameters": r.PARAMETERS_READ,
    f"{_V1}ParameterService/ListParameterChanges": r.PARAMETERS_READ,
    f"{_V1}ParameterService/SetParameterValue": r.PARAMETERS_MANAGE,
    f"{_V1}ParameterService/ResetParameterValue": r.PARAMETERS_MANAGE,
    # reference data (PAR-2): every form offers the lists, so reading them needs a session
    f"{_V1}ReferenceDataService/ListReferenceTables": SESSION,
    f"{_V1}ReferenceDataService/ListReferenceItems": SESSION,
    f"{_V1}ReferenceDataService/CreateReferenceItem": r.PARAMETERS_MANAGE,
    f"{_V1}ReferenceDataService/UpdateReferenceItem": r.PARAMETERS_MANAGE,
    f"{_V1}ReferenceDataService/ListAgencyRounds": r.PARAMETERS_READ,
    f"{_V1}ReferenceDataService/CreateRound": r.PARAMETERS_MANAGE,
    f"{_V1}ReferenceDataService/UpdateRound": r.PARAMETERS_MANAGE,
    f"{_V1}ReferenceDataService/ListNetworkTree": r.PARAMETERS_READ,
    f"{_V1}ReferenceDataService/CreateNetworkNode": r.PARAMETERS_MANAGE,
    f"{_V1}ReferenceDataService/UpdateNetworkNode": r.PARAMETERS_MANAGE,
    f"{_V1}ReferenceDataService/ExportReferenceData": r.PARAMETERS_READ,
    f"{_V1}ReferenceDataService/ImportReferenceData": r.PARAMETERS_MANAGE,
    # legacy import (issue 3 item 5): go-live files, customers.import only
    f"{_V1}LegacyImportService/UploadImportFile": r.CUSTOMERS_IMPORT,
    f"{_V1}LegacyImportService/StartImport": r.CUSTOMERS_IMPORT,
    f"{_V1}LegacyImportService/GetImportJob": r.CUSTOMERS_IMPORT,
    f"{_V1}LegacyImportService/ListImportJobs": r.CUSTOMERS_IMPORT,
    f"{_V1}LegacyImportService/ListImportRejections": r.CUSTOMERS_IMPORT,
    # cash desk (issue 4): the counter
    f"{_V1}CashSessionService/OpenCashSession": r.CASH_COLLECT,
    f"{_V1}CashSessionService/GetCurrentCashSession": r.CASH_COLLECT,
    f"{_V1}CashSessionService/ListMyCashSessions": r.CASH_COLLECT,
    f"{_V1}CashSessionService/GetClosingSummary": r.CASH_COLLECT,
    f"{_V1}CashSessionService/CloseCashSession": r.CASH_COLLECT,
    f"{_V1}CashSessionService/TransferToHeadCashier": r.CASH_COLLECT,
    f"{_V1}CashSessionService/RecordDisbursement": r.CASH_COLLECT,
    f"{_V1}CashSessionService/ListCashMovements": r.CASH_COLLECT,
    f"{_V1}PaymentService/GetPayableItems": r.CASH_COLLECT,
    f"{_V1}PaymentService/PreviewPayment": r.CASH_COLLECT,
    f"{_V1}PaymentService/Pay": r.CASH_COLLECT,
    f"{_V1}PaymentService/GetReceipt": r.CASH_COLLECT,
    f"{_V1}PaymentService/PrintReceipt": r.CASH_COLLECT,
    f"{_V1}PaymentService/ListSessionReceipts": r.CASH_COLLECT,
    f"{_V1}PaymentService/RequestReceiptCancellation": r.CASH_COLLECT,
    # cash desk: supervision, closures, deposits
    f"{_V1}CashSupervisionService/ListTillPositions": r.CASH_SUPERVISE,
    f"{_V1}CashSupervisionService/GetCashSession": r.CASH_SUPERVISE,
    f"{_V1}CashSupervisionService/ListTransactions": r.CASH_SUPERVISE,
    f"{_V1}CashSupervisionService/CloseAgencyDay": r.CASH_SUPERVISE,
    f"{_V1}CashSupervisionService/ListClosures": r.CASH_SUPERVISE,
    f"{_V1}BankDepositService/GetDepositPosition": r.CASH_DEPOSIT,
    f"{_V1}BankDepositService/PrepareDeposit": r.CASH_DEPOSIT,
    f"{_V1}BankDepositService/RecordDepositSlip": r.CASH_DEPOSIT,
    f"{_V1}BankDepositService/ListDeposits": r.CASH_DEPOSIT,
    # tariffs (issue 5; docs/tariffs.md): global; changes also need every agency in scope
    f"{_V1}TariffService/ListTariffs": r.BILLING_READ,
    f"{_V1}TariffService/GetTariff": r.BILLING_READ,
    f"{_V1}TariffService/SimulateTariff": r.BILLING_READ,
    f"{_V1}TariffService/CreateTariff": r.BILLING_TARIFFS,
    f"{_V1}TariffService/ProposeTariffVersion": r.BILLING_TARIFFS,
    # bills and accounts (issue 5; docs/bills-and-accounts.md 7): reads need billing.read
    # or customers.read, checked by the use case (application/bill_reads.py)
    f"{_V1}BillService/GetAccountBalance": SESSION,
    f"{_V1}BillService/GetAccountStatement": SESSION,
    f"{_V1}BillService/ListBills": SESSION,
    f"{_V1}BillService/GetBill": SESSION,
    f"{_V1}BillService/GetBillDocument": SESSION,
    f"{_V1}BillService/BillSubscription": r.BILLING_RUN,
    f"{_V1}BillService/IssueFinalBill": r.BILLING_RUN,
    f"{_V1}BillService/RequestBillCorrection": r.BILLING_RUN,
    # billing batches and bill runs (issue 5; docs/billing.md)
    f"{_V1}BillRunService/ListBillingBatches": r.BILLING_READ,
    f"{_V1}BillRunService/GetBillingBatch": r.BILLING_READ,
    f"{_V1}BillRunService/CreateBillingBatch": r.BILLING_TARIFFS,
    f"{_V1}BillRunService/UpdateBillingBatch": r.BILLING_TARIFFS,
    f"{_V1}BillRunService/DeactivateBillingBatch": r.BILLING_TARIFFS,
    f"{_V1}BillRunService/CreateBillRun": r.BILLING_RUN,
    f"{_V1}BillRunService/ListBillRuns": r.BILLING_READ,
    f"{_V1}BillRunService/GetBillRun": r.BILLING_READ,
    f"{_V1}BillRunService/GetBillRunProgress": r.BILLING_READ,
    f"{_V1}BillRunService/ListBillRunItems": r.BILLING_READ,
    f"{_V1}BillRunService/ExplainBillRunItem": r.BILLING_READ,
    f"{_V1}BillRunService/ReleaseBillRunItem": r.BILLING_RUN,
    f"{_V1}BillRunService/ExcludeBillRunItem": r.BILLING_RUN,
    f"{_V1}BillRunService/RecomputeBillRunItem": r.BILLING_RUN,
    f"{_V1}BillRunService/SimulateBillRunAgain": r.BILLING_RUN,
    f"{_V1}BillRunService/FinalizeBillRun": r.BILLING_RUN,
    f"{_V1}BillRunService/CancelBillRun": r.BILLING_RUN,
    f"{_V1}BillRunService/GetBillRunSummary": r.BILLING_READ,
    f"{_V1}BillRunService/ListNotBilledAlerts": r.BILLING_READ,
    # readings (issue 5, FAC-3, FAC-4)
    f"{_V1}ReadingService/GetReadingSheet": r.BILLING_READ,
    f"{_V1}ReadingService/EnterReading": r.BILLING_READINGS,
    f"{_V1}ReadingService/ExportReadingSheet": r.BILLING_READ,
    f"{_V1}ReadingService/ImportReadings": r.BILLING_READINGS,
    f"{_V1}ReadingService/ListReadingCases": r.BILLING_READ,
    f"{_V1}ReadingService/GetReading": r.BILLING_READ,
    f"{_V1}ReadingService/ReleaseReading": r.BILLING_READINGS,
    f"{_V1}ReadingService/ReplaceReading": r.BILLING_READINGS,
    f"{_V1}ReadingService/ListSubscriptionReadings": r.BILLING_READ,
}

# What a session that must change its password may still call.
ALLOWED_BEFORE_PASSWORD_CHANGE = frozenset(
    m for m, p in METHOD_PERMISSIONS.items() if p == SESSION_ANY
)


def needs_workstation(permission: str) -> bool:
    return permission != PUBLIC


def needs_session(permission: str) -> bool:
    return permission not in (PUBLIC, WORKSTATION)
