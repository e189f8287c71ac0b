"""What the presenters need from the backend, as protocols (the backend's gateways fit them).

Presenters and views never import the gRPC-based backend modules; `main` hands them the
`ClientBackend`, which satisfies `ClientServices`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Protocol

from iwebs.v1 import (
    administration_pb2,
    customer_pb2,
    customer_search_service_pb2,
    enrollment_service_pb2,
    legacy_import_service_pb2,
    meter_service_pb2,
    parameter_service_pb2,
    reference_data_service_pb2,
    session_pb2,
    workstation_service_pb2,
)
from iwebs_client.backend.client_types import (
    AuditFilter,
    ChangeNote,
    CustomerSearchQuery,
    EnrollmentRequest,
    StateChange,
    Update,
)
from iwebs_client.backend.credentials_store import WorkstationIdentity
from iwebs_client.presenters.bill_ports import BillPort
from iwebs_client.presenters.bill_run_ports import BillRunPort
from iwebs_client.presenters.cash_counter_ports import CashSessionPort, PaymentPort
from iwebs_client.presenters.cash_supervision_ports import BankDepositPort, CashSupervisionPort
from iwebs_client.presenters.reading_ports import ReadingPort
from iwebs_client.presenters.tariff_ports import TariffPort

Agency = administration_pb2.Agency
User = administration_pb2.User
Profile = administration_pb2.Profile
Right = administration_pb2.Right
Workstation = administration_pb2.Workstation
SecurityPolicy = administration_pb2.SecurityPolicy
AuditEvent = administration_pb2.AuditEvent
ApprovalRequest = administration_pb2.ApprovalRequest
SessionInfo = session_pb2.SessionInfo
Customer = customer_pb2.Customer
CustomerAccount = customer_pb2.CustomerAccount
CustomerOverview = customer_pb2.CustomerOverview
AccountBalance = customer_pb2.AccountBalance
OpenBill = customer_pb2.OpenBill
ChangeRecord = customer_pb2.ChangeRecord
Premise = customer_pb2.Premise
Round = customer_pb2.Round
NetworkNode = customer_pb2.NetworkNode
Subscription = customer_pb2.Subscription
Meter = customer_pb2.Meter
MeterInstallation = customer_pb2.MeterInstallation
MeterSeal = customer_pb2.MeterSeal
CustomerSearchHit = customer_search_service_pb2.CustomerSearchHit
Parameter = parameter_service_pb2.Parameter
ParameterChange = parameter_service_pb2.ParameterChange
ReferenceTable = reference_data_service_pb2.ReferenceTable
ReferenceItem = reference_data_service_pb2.ReferenceItem
ImportReport = reference_data_service_pb2.ImportReport


class SessionPort(Protocol):
    def login(self, login: str, password: str) -> SessionInfo: ...
    def change_password(self, current_password: str, new_password: str) -> SessionInfo: ...
    def logout(self) -> None: ...
    def get_current_session(self) -> SessionInfo: ...


class AgencyPort(Protocol):
    def list_agencies(
        self, page_token: str = "", page_size: int = ...
    ) -> tuple[list[Agency], str]: ...
    def list_all_agencies(self) -> list[Agency]: ...
    def create_agency(self, request_id: str, code: str, name: str, region: str) -> Agency: ...
    def update_agency(
        self, request_id: str, agency: Agency, *, name: str, region: str, active: bool
    ) -> Agency: ...


class UserPort(Protocol):
    def list_users(
        self,
        page_token: str = "",
        page_size: int = ...,
        login_contains: str = "",
        agency_id: str = "",
    ) -> tuple[list[User], str]: ...
    def create_user(
        self,
        request_id: str,
        *,
        login: str,
        display_name: str,
        profile_id: str,
        agency_ids: Sequence[str],
        all_agencies: bool,
        preferred_language: str = "",
    ) -> tuple[User, str]: ...
    def update_user(
        self,
        request_id: str,
        user: User,
        *,
        display_name: str,
        profile_id: str,
        agency_ids: Sequence[str],
        all_agencies: bool,
        preferred_language: str = "",
    ) -> User: ...
    def reset_password(self, request_id: str, user_id: str) -> str: ...
    def lock_user(self, request_id: str, user_id: str, reason: str) -> User: ...
    def unlock_user(self, request_id: str, user_id: str, reason: str) -> tuple[User, str]: ...
    def disable_user(self, request_id: str, user_id: str, reason: str) -> User: ...
    def enable_user(self, request_id: str, user_id: str) -> User: ...


class ProfilePort(Protocol):
    def list_rights(self) -> list[Right]: ...
    def list_profiles(
        self, page_token: str = "", page_size: int = ...
    ) -> tuple[list[Profile], str]: ...
    def list_all_profiles(self) -> list[Profile]: ...
    def create_profile(
        self, request_id: str, code: str, name: str, description: str, rights: Sequence[str]
    ) -> Profile: ...
    def update_profile(
        self, request_id: str, profile: Profile, name: str, description: str, rights: Sequence[str]
    ) -> Profile: ...


class WorkstationPort(Protocol):
    def list_workstations(
        self, page_token: str = "", page_size: int = ..., agency_id: str = ""
    ) -> tuple[list[Workstation], str]: ...
    def register_workstation(
        self, request_id: str, name: str, agency_id: str, kind: int, may_collect_cash: bool
    ) -> workstation_service_pb2.RegisterWorkstationResponse: ...
    def issue_enrollment_code(
        self, request_id: str, workstation_id: str
    ) -> workstation_service_pb2.IssueEnrollmentCodeResponse: ...
    def revoke_workstation(
        self, request_id: str, workstation_id: str, reason: str
    ) -> Workstation: ...


class SecurityPolicyPort(Protocol):
    def get_policy(self) -> SecurityPolicy: ...
    def request_change(
        self, request_id: str, policy: SecurityPolicy, reason: str
    ) -> ApprovalRequest: ...


class AuditPort(Protocol):
    def search_events(
        self, audit_filter: AuditFilter, page_token: str = "", page_size: int = ...
    ) -> tuple[list[AuditEvent], str]: ...


class ApprovalPort(Protocol):
    def list_requests(
        self, page_token: str = "", page_size: int = ..., status: int = ...
    ) -> tuple[list[ApprovalRequest], str]: ...
    def approve(
        self, request_id: str, approval_request_id: str, comment: str
    ) -> ApprovalRequest: ...
    def reject(
        self, request_id: str, approval_request_id: str, comment: str
    ) -> ApprovalRequest: ...


class EnrollmentPort(Protocol):
    def renew_certificate(
        self, csr_pem: str
    ) -> enrollment_service_pb2.RenewWorkstationCertificateResponse: ...


class CustomerPort(Protocol):
    def get_overview(self, customer_id: str) -> CustomerOverview: ...
    def get_customer(self, customer_id: str) -> Customer: ...
    def create_customer(self, request_id: str, customer: Customer) -> Customer: ...
    def update_customer(self, request_id: str, update: Update, customer: Customer) -> Customer: ...
    def get_account(
        self, account_id: str = "", account_number: str = ""
    ) -> tuple[CustomerAccount, AccountBalance]: ...
    def create_account(self, request_id: str, account: CustomerAccount) -> CustomerAccount: ...
    def update_account(
        self, request_id: str, update: Update, account: CustomerAccount
    ) -> CustomerAccount: ...
    def add_account_to_group(
        self, request_id: str, group_account_id: str, member: CustomerAccount, note: ChangeNote
    ) -> CustomerAccount: ...
    def remove_account_from_group(
        self, request_id: str, member: CustomerAccount, note: ChangeNote
    ) -> CustomerAccount: ...
    def list_group_members(
        self, group_account_id: str, page_token: str = "", page_size: int = ...
    ) -> tuple[list[CustomerAccount], str]: ...
    def list_account_bills(
        self, account_id: str, open_only: bool = True, page_token: str = "", page_size: int = ...
    ) -> tuple[list[OpenBill], str]: ...
    def list_customer_changes(
        self,
        customer_id: str,
        page_token: str = "",
        page_size: int = ...,
        entity_type: str = "",
        entity_id: str = "",
    ) -> tuple[list[ChangeRecord], str]: ...


class PremisePort(Protocol):
    def get_premise(self, premise_id: str) -> Premise: ...
    def create_premise(self, request_id: str, premise: Premise) -> Premise: ...
    def update_premise(self, request_id: str, update: Update, premise: Premise) -> Premise: ...
    def list_all_rounds(self, agency_id: str) -> list[Round]: ...
    def list_all_network_nodes(self, kind: int) -> list[NetworkNode]: ...
    def get_subscription(self, subscription_id: str) -> Subscription: ...
    def create_subscription(self, request_id: str, subscription: Subscription) -> Subscription: ...
    def update_subscription(
        self, request_id: str, update: Update, subscription: Subscription
    ) -> Subscription: ...
    def change_subscription_state(
        self, request_id: str, verb: str, change: StateChange
    ) -> Subscription: ...


class MeterPort(Protocol):
    def get_meter(self, meter_id: str) -> meter_service_pb2.GetMeterResponse: ...
    def find_by_serial(self, serial: str) -> list[Meter]: ...
    def register_meter(self, request_id: str, meter: Meter) -> Meter: ...
    def update_meter(self, request_id: str, update: Update, meter: Meter) -> Meter: ...
    def install_meter(
        self,
        request_id: str,
        meter: Meter,
        *,
        premise_id: str,
        subscription_id: str,
        installed_on: dt.date,
        indexes: Mapping[str, str],
    ) -> meter_service_pb2.InstallMeterResponse: ...
    def remove_meter(
        self,
        request_id: str,
        meter: Meter,
        *,
        removed_on: dt.date,
        indexes: Mapping[str, str],
        reason: str,
    ) -> meter_service_pb2.RemoveMeterResponse: ...
    def fit_seal(
        self, request_id: str, meter_id: str, seal_number: str, position: str, fitted_on: dt.date
    ) -> MeterSeal: ...
    def remove_seal(
        self, request_id: str, seal_id: str, removed_on: dt.date, reason: str
    ) -> MeterSeal: ...


class CustomerSearchPort(Protocol):
    def search_customers(
        self, query: CustomerSearchQuery, page_token: str = "", page_size: int = ...
    ) -> tuple[list[CustomerSearchHit], str]: ...


class ParameterPort(Protocol):
    def list_parameters(
        self, module: str = "", agency_id: str = ""
    ) -> tuple[list[Parameter], list[str]]: ...
    def set_parameter_value(
        self, request_id: str, key: str, agency_id: str, value: str, version: int, reason: str
    ) -> Parameter: ...
    def reset_parameter_value(
        self, request_id: str, key: str, agency_id: str, version: int, reason: str
    ) -> Parameter: ...
    def list_parameter_changes(self, key: str) -> list[ParameterChange]: ...


class ReferenceDataPort(Protocol):
    def list_tables(self) -> list[ReferenceTable]: ...
    def list_items(
        self, table_code: str, include_inactive: bool = False
    ) -> list[ReferenceItem]: ...
    def create_item(
        self,
        request_id: str,
        table_code: str,
        code: str,
        label_fr: str,
        label_en: str,
        attributes_json: str,
        sort_order: int,
    ) -> ReferenceItem: ...
    def update_item(
        self,
        request_id: str,
        item: ReferenceItem,
        *,
        label_fr: str,
        label_en: str,
        attributes_json: str,
        sort_order: int,
        active: bool,
        reason: str,
    ) -> ReferenceItem: ...
    def list_rounds(self, agency_id: str, include_inactive: bool = True) -> list[Round]: ...
    def create_round(
        self, request_id: str, agency_id: str, code: str, name: str, grouping_code: str
    ) -> Round: ...
    def update_round(
        self,
        request_id: str,
        round_: Round,
        *,
        name: str,
        grouping_code: str,
        active: bool,
        reason: str,
    ) -> Round: ...
    def list_network_nodes(self, include_inactive: bool = True) -> list[NetworkNode]: ...
    def create_network_node(
        self, request_id: str, kind: int, code: str, name: str, parent_id: str, agency_id: str
    ) -> NetworkNode: ...
    def update_network_node(
        self,
        request_id: str,
        node: NetworkNode,
        *,
        name: str,
        parent_id: str,
        active: bool,
        reason: str,
    ) -> NetworkNode: ...
    def export_file(self) -> bytes: ...
    def import_file(self, request_id: str, content: bytes, dry_run: bool) -> ImportReport: ...


class LegacyImportPort(Protocol):
    """LegacyImportService (issue 3 item 5); the presenter's own protocol says the same."""

    def upload_file(
        self,
        request_id: str,
        kind: str,
        path: Path,
        progress: Callable[[int, int], None] | None,
    ) -> legacy_import_service_pb2.UploadImportFileResponse: ...
    def start_import(
        self, request_id: str, upload_id: str, dry_run: bool
    ) -> legacy_import_service_pb2.ImportJob: ...
    def get_job(self, job_id: str) -> legacy_import_service_pb2.ImportJob: ...
    def list_rejections(
        self, job_id: str, page_token: str, page_size: int
    ) -> tuple[list[legacy_import_service_pb2.ImportRejection], str, int]: ...


class ClientServices(Protocol):
    """The connected backend as the screens see it."""

    @property
    def identity(self) -> WorkstationIdentity | None: ...
    @property
    def sessions(self) -> SessionPort: ...
    @property
    def agencies(self) -> AgencyPort: ...
    @property
    def users(self) -> UserPort: ...
    @property
    def profiles(self) -> ProfilePort: ...
    @property
    def workstations(self) -> WorkstationPort: ...
    @property
    def security_policy(self) -> SecurityPolicyPort: ...
    @property
    def audit(self) -> AuditPort: ...
    @property
    def approvals(self) -> ApprovalPort: ...
    @property
    def customers(self) -> CustomerPort: ...
    @property
    def premises(self) -> PremisePort: ...
    @property
    def meters(self) -> MeterPort: ...
    @property
    def customer_search(self) -> CustomerSearchPort: ...
    @property
    def legacy_import(self) -> LegacyImportPort: ...
    @property
    def parameters(self) -> ParameterPort: ...
    @property
    def reference_data(self) -> ReferenceDataPort: ...
    @property
    def cash_sessions(self) -> CashSessionPort: ...
    @property
    def payments(self) -> PaymentPort: ...
    @property
    def cash_supervision(self) -> CashSupervisionPort: ...
    @property
    def bank_deposits(self) -> BankDepositPort: ...
    @property
    def bill_runs(self) -> BillRunPort: ...
    @property
    def bills(self) -> BillPort: ...
    @property
    def tariffs(self) -> TariffPort: ...
    @property
    def readings(self) -> ReadingPort: ...

    def is_enrolled(self) -> bool: ...
    def enroll(self, request: EnrollmentRequest) -> WorkstationIdentity: ...
    def connect(self) -> WorkstationIdentity: ...
    def renew_certificate_if_due(self) -> bool: ...
    def close(self) -> None: ...
