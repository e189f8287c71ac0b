"""The client's connection to the server: identity, channel, session and gateways."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from iwebs_client.backend.agency_gateway import AgencyGateway
from iwebs_client.backend.approval_gateway import ApprovalGateway
from iwebs_client.backend.audit_gateway import AuditGateway
from iwebs_client.backend.bank_deposit_gateway import BankDepositGateway
from iwebs_client.backend.bill_gateway import BillGateway
from iwebs_client.backend.bill_run_gateway import BillRunGateway
from iwebs_client.backend.cash_session_gateway import CashSessionGateway
from iwebs_client.backend.cash_supervision_gateway import CashSupervisionGateway
from iwebs_client.backend.channel import DEFAULT_DEADLINE_SECONDS, ChannelHandle, open_main_channel
from iwebs_client.backend.client_types import BackendError, EnrollmentRequest
from iwebs_client.backend.credentials_store import CredentialsStore, WorkstationIdentity
from iwebs_client.backend.customer_gateway import CustomerGateway
from iwebs_client.backend.customer_search_gateway import CustomerSearchGateway
from iwebs_client.backend.enrollment_gateway import EnrollmentGateway
from iwebs_client.backend.legacy_import_gateway import LegacyImportGateway
from iwebs_client.backend.meter_gateway import MeterGateway
from iwebs_client.backend.payment_gateway import PaymentGateway
from iwebs_client.backend.premise_gateway import PremiseGateway
from iwebs_client.backend.profile_gateway import ProfileGateway
from iwebs_client.backend.reading_gateway import ReadingGateway
from iwebs_client.backend.reference_data_gateway import ParameterGateway, ReferenceDataGateway
from iwebs_client.backend.security_policy_gateway import SecurityPolicyGateway
from iwebs_client.backend.session import SessionMetadataInterceptor, SessionState
from iwebs_client.backend.session_gateway import SessionGateway
from iwebs_client.backend.tariff_gateway import TariffGateway
from iwebs_client.backend.user_gateway import UserGateway
from iwebs_client.backend.workstation_enrollment import (
    enroll_workstation,
    renew_workstation_certificate,
    renewal_is_due,
)
from iwebs_client.backend.workstation_gateway import WorkstationGateway

_log = logging.getLogger(__name__)


class NotConnectedError(RuntimeError):
    """A gateway was asked for before the workstation identity was loaded."""


class ClientBackend:
    """Owns the mTLS channel; gateways are rebuilt when the certificate changes."""

    def __init__(self, config_dir: Path, deadline_seconds: float = DEFAULT_DEADLINE_SECONDS):
        self.store = CredentialsStore(config_dir)
        self.session = SessionState()
        self.deadline_seconds = deadline_seconds
        self._lock = threading.RLock()
        self._handle: ChannelHandle | None = None
        self._identity: WorkstationIdentity | None = None

    @property
    def identity(self) -> WorkstationIdentity | None:
        return self._identity

    def is_enrolled(self) -> bool:
        return self.store.has_identity()

    def enroll(self, request: EnrollmentRequest) -> WorkstationIdentity:
        identity = enroll_workstation(self.store, request, self.deadline_seconds)
        self.connect()
        return identity

    def connect(self) -> WorkstationIdentity:
        """Opens the mTLS channel with the stored identity (no network traffic yet)."""
        with self._lock:
            identity = self.store.load_identity()
            if identity is None:
                raise NotConnectedError("this workstation is not enrolled")
            key_pem = self.store.load_private_key_pem()
            if self._handle is not None:
                self._handle.close()
            self._handle = open_main_channel(
                identity.server_host,
                identity.main_port,
                ca_certificate_pem=identity.ca_certificate_pem,
                private_key_pem=key_pem,
                certificate_pem=identity.certificate_pem,
                interceptors=[SessionMetadataInterceptor(self.session)],
            )
            self._identity = identity
            channel = self._handle.channel
            deadline = {"deadline_seconds": self.deadline_seconds}
            self.sessions = SessionGateway(channel, self.session, **deadline)
            self.enrollment = EnrollmentGateway(channel, **deadline)
            self.agencies = AgencyGateway(channel, **deadline)
            self.users = UserGateway(channel, **deadline)
            self.profiles = ProfileGateway(channel, **deadline)
            self.workstations = WorkstationGateway(channel, **deadline)
            self.security_policy = SecurityPolicyGateway(channel, **deadline)
            self.audit = AuditGateway(channel, **deadline)
            self.approvals = ApprovalGateway(channel, **deadline)
            self.customers = CustomerGateway(channel, **deadline)
            self.premises = PremiseGateway(channel, **deadline)
            self.meters = MeterGateway(channel, **deadline)
            self.customer_search = CustomerSearchGateway(channel, **deadline)
            self.legacy_import = LegacyImportGateway(channel, self.session, **deadline)
            self.parameters = ParameterGateway(channel, **deadline)
            self.reference_data = ReferenceDataGateway(channel, **deadline)
            self.cash_sessions = CashSessionGateway(channel, **deadline)
            self.payments = PaymentGateway(channel, **deadline)
            self.cash_supervision = CashSupervisionGateway(channel, **deadline)
            self.bank_deposits = BankDepositGateway(channel, **deadline)
            self.bill_runs = BillRunGateway(channel, **deadline)
            self.bills = BillGateway(channel, **deadline)
            self.tariffs = TariffGateway(channel, **deadline)
            self.readings = ReadingGateway(channel, **deadline)
            return identity

    def renew_certificate_if_due(self) -> bool:
        """Renews the certificate in its renewal window; True when a new one was stored."""
        with self._lock:
            identity = self._identity
            if identity is None:
                raise NotConnectedError("connect() first")
            if not renewal_is_due(identity.certificate_pem):
                return False
            try:
                renew_workstation_certificate(self.store, identity, self.enrollment)
            except BackendError as err:
                if err.reason == "RENEWAL_TOO_EARLY":
                    return False
                raise
            self.connect()
            _log.info("workstation certificate renewed")
            return True

    def close(self) -> None:
        with self._lock:
            if self._handle is not None:
                self._handle.close()
                self._handle = None
