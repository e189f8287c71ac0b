"""Builds the gRPC server: servicers, the interceptor chain, TLS on two ports."""

from __future__ import annotations

from concurrent import futures
from dataclasses import dataclass

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection

from iwebs.v1 import (
    agency_service_pb2,
    agency_service_pb2_grpc,
    approval_service_pb2,
    approval_service_pb2_grpc,
    audit_service_pb2,
    audit_service_pb2_grpc,
    bank_deposit_service_pb2,
    bank_deposit_service_pb2_grpc,
    bill_run_service_pb2,
    bill_run_service_pb2_grpc,
    bill_service_pb2,
    bill_service_pb2_grpc,
    cash_session_service_pb2,
    cash_session_service_pb2_grpc,
    cash_supervision_service_pb2,
    cash_supervision_service_pb2_grpc,
    customer_search_service_pb2,
    customer_search_service_pb2_grpc,
    customer_service_pb2,
    customer_service_pb2_grpc,
    diagnostics_service_pb2,
    diagnostics_service_pb2_grpc,
    enrollment_service_pb2,
    enrollment_service_pb2_grpc,
    legacy_import_service_pb2,
    legacy_import_service_pb2_grpc,
    meter_service_pb2,
    meter_service_pb2_grpc,
    parameter_service_pb2,
    parameter_service_pb2_grpc,
    payment_service_pb2,
    payment_service_pb2_grpc,
    premise_service_pb2,
    premise_service_pb2_grpc,
    profile_service_pb2,
    profile_service_pb2_grpc,
    reading_service_pb2,
    reading_service_pb2_grpc,
    reference_data_service_pb2,
    reference_data_service_pb2_grpc,
    security_policy_service_pb2,
    security_policy_service_pb2_grpc,
    session_service_pb2,
    session_service_pb2_grpc,
    tariff_service_pb2,
    tariff_service_pb2_grpc,
    user_service_pb2,
    user_service_pb2_grpc,
    workstation_service_pb2,
    workstation_service_pb2_grpc,
)
from iwebs_server.application.services import Services
from iwebs_server.rpc.interceptors.audit_interceptor import AuditInterceptor
from iwebs_server.rpc.interceptors.authorization_interceptor import AuthorizationInterceptor
from iwebs_server.rpc.interceptors.correlation_interceptor import CorrelationInterceptor
from iwebs_server.rpc.interceptors.error_interceptor import ErrorInterceptor
from iwebs_server.rpc.interceptors.session_interceptor import SessionInterceptor
from iwebs_server.rpc.interceptors.workstation_interceptor import WorkstationInterceptor
from iwebs_server.rpc.servicers.agency_servicer import AgencyServicer
from iwebs_server.rpc.servicers.bank_deposit_servicer import BankDepositServicer
from iwebs_server.rpc.servicers.bill_run_servicer import BillRunServicer
from iwebs_server.rpc.servicers.bill_servicer import BillServicer
from iwebs_server.rpc.servicers.cash_session_servicer import CashSessionServicer
from iwebs_server.rpc.servicers.cash_supervision_servicer import CashSupervisionServicer
from iwebs_server.rpc.servicers.customer_search_servicer import CustomerSearchServicer
from iwebs_server.rpc.servicers.customer_servicer import CustomerServicer
from iwebs_server.rpc.servicers.enrollment_servicer import EnrollmentServicer
from iwebs_server.rpc.servicers.legacy_import_servicer import LegacyImportServicer
from iwebs_server.rpc.servicers.meter_servicer import MeterServicer
from iwebs_server.rpc.servicers.payment_servicer import PaymentServicer
from iwebs_server.rpc.servicers.premise_servicer import PremiseServicer
from iwebs_server.rpc.servicers.profile_servicer import ProfileServicer
from iwebs_server.rpc.servicers.reading_servicer import ReadingServicer
from iwebs_server.rpc.servicers.reference_data_servicers import (
    ParameterServicer,
    ReferenceDataServicer,
)
from iwebs_server.rpc.servicers.security_servicers import (
    ApprovalServicer,
    AuditServicer,
    SecurityPolicyServicer,
)
from iwebs_server.rpc.servicers.session_servicer import DiagnosticsServicer, SessionServicer
from iwebs_server.rpc.servicers.tariff_servicer import TariffServicer
from iwebs_server.rpc.servicers.user_servicer import UserServicer
from iwebs_server.rpc.servicers.workstation_servicer import WorkstationServicer

SERVICE_MODULES = (
    agency_service_pb2,
    approval_service_pb2,
    audit_service_pb2,
    bank_deposit_service_pb2,
    bill_run_service_pb2,
    bill_service_pb2,
    cash_session_service_pb2,
    cash_supervision_service_pb2,
    customer_search_service_pb2,
    customer_service_pb2,
    diagnostics_service_pb2,
    enrollment_service_pb2,
    legacy_import_service_pb2,
    meter_service_pb2,
    payment_service_pb2,
    premise_service_pb2,
    parameter_service_pb2,
    profile_service_pb2,
    reading_service_pb2,
    reference_data_service_pb2,
    security_policy_service_pb2,
    session_service_pb2,
    tariff_service_pb2,
    user_service_pb2,
    workstation_service_pb2,
)


@dataclass(frozen=True)
class TlsMaterial:
    server_key_pem: bytes
    server_cert_pem: bytes
    ca_cert_pem: bytes


@dataclass(frozen=True)
class ServerOptions:
    host: str
    port: int
    enrollment_port: int
    workers: int = 16
    max_concurrent_rpcs: int = 200
    max_message_bytes: int = 4 * 1024 * 1024
    reflection: bool = False
    # Benchmarks only: the same server with no interceptor at all.
    bare: bool = False


@dataclass
class RunningServer:
    server: grpc.Server
    port: int
    enrollment_port: int
    health: health.HealthServicer

    def stop(self, grace: float | None = 2.0) -> None:
        self.health.enter_graceful_shutdown()
        self.server.stop(grace).wait()


class PortUnavailable(RuntimeError):
    """The server cannot listen on an address (already in use, or not this machine's)."""


def _listen(server: grpc.Server, host: str, port: int, credentials: grpc.ServerCredentials) -> int:
    address = f"{host}:{port}"
    try:
        return server.add_secure_port(address, credentials)
    except RuntimeError as error:
        raise PortUnavailable(f"cannot listen on {address}: is it already in use?") from error


def interceptor_chain(services: Services) -> list[grpc.ServerInterceptor]:  # type: ignore[type-arg]
    """Outermost first. Error translation wraps every later step, so that a refusal by a
    security check and a handler's error become the same kind of status; the audit stands
    before the security checks so that refusals are recorded too."""
    return [
        CorrelationInterceptor(),
        ErrorInterceptor(),
        AuditInterceptor(services.access_log),
        WorkstationInterceptor(services.workstation_identifier),
        SessionInterceptor(services.session_checker),
        AuthorizationInterceptor(),
    ]


def build_server(services: Services, tls: TlsMaterial, options: ServerOptions) -> RunningServer:
    server = grpc.server(
        futures.ThreadPoolExecutor(max_workers=options.workers, thread_name_prefix="rpc"),
        interceptors=[] if options.bare else interceptor_chain(services),
        maximum_concurrent_rpcs=options.max_concurrent_rpcs,
        options=[
            ("grpc.max_receive_message_length", options.max_message_bytes),
            ("grpc.max_send_message_length", options.max_message_bytes),
            ("grpc.so_reuseport", 0),
        ],
    )
    session_service_pb2_grpc.add_SessionServiceServicer_to_server(
        SessionServicer(services.authentication), server
    )
    diagnostics_service_pb2_grpc.add_DiagnosticsServiceServicer_to_server(
        DiagnosticsServicer(), server
    )
    enrollment_service_pb2_grpc.add_EnrollmentServiceServicer_to_server(
        EnrollmentServicer(services.workstations), server
    )
    agency_service_pb2_grpc.add_AgencyServiceServicer_to_server(
        AgencyServicer(services.agencies), server
    )
    user_service_pb2_grpc.add_UserServiceServicer_to_server(UserServicer(services.users), server)
    profile_service_pb2_grpc.add_ProfileServiceServicer_to_server(
        ProfileServicer(services.profiles), server
    )
    workstation_service_pb2_grpc.add_WorkstationServiceServicer_to_server(
        WorkstationServicer(services.workstations), server
    )
    security_policy_service_pb2_grpc.add_SecurityPolicyServiceServicer_to_server(
        SecurityPolicyServicer(services.security_policy), server
    )
    audit_service_pb2_grpc.add_AuditServiceServicer_to_server(
        AuditServicer(services.audit_queries), server
    )
    approval_service_pb2_grpc.add_ApprovalServiceServicer_to_server(
        ApprovalServicer(services.approvals), server
    )
    cash_session_service_pb2_grpc.add_CashSessionServiceServicer_to_server(
        CashSessionServicer(
            services.cash_sessions, services.cash_transfers, services.cash_disbursements
        ),
        server,
    )
    parameter_service_pb2_grpc.add_ParameterServiceServicer_to_server(
        ParameterServicer(services.parameters), server
    )
    reference_data_service_pb2_grpc.add_ReferenceDataServiceServicer_to_server(
        ReferenceDataServicer(services.reference_data), server
    )
    customer_search_service_pb2_grpc.add_CustomerSearchServiceServicer_to_server(
        CustomerSearchServicer(services.customer_search), server
    )
    legacy_import_service_pb2_grpc.add_LegacyImportServiceServicer_to_server(
        LegacyImportServicer(services.legacy_import), server
    )
    customer_service_pb2_grpc.add_CustomerServiceServicer_to_server(
        CustomerServicer(services.customers), server
    )
    premise_service_pb2_grpc.add_PremiseServiceServicer_to_server(
        PremiseServicer(services.premises), server
    )
    meter_service_pb2_grpc.add_MeterServiceServicer_to_server(
        MeterServicer(services.meters), server
    )
    payment_service_pb2_grpc.add_PaymentServiceServicer_to_server(
        PaymentServicer(services.payments, services.receipt_cancellations), server
    )
    cash_supervision_service_pb2_grpc.add_CashSupervisionServiceServicer_to_server(
        CashSupervisionServicer(services.cash_supervision), server
    )
    bank_deposit_service_pb2_grpc.add_BankDepositServiceServicer_to_server(
        BankDepositServicer(services.bank_deposits), server
    )
    bill_run_service_pb2_grpc.add_BillRunServiceServicer_to_server(
        BillRunServicer(services.billing_batches, services.bill_runs), server
    )
    bill_service_pb2_grpc.add_BillServiceServicer_to_server(
        BillServicer(services.bills, services.individual_billing, services.bill_corrections),
        server,
    )
    tariff_service_pb2_grpc.add_TariffServiceServicer_to_server(
        TariffServicer(services.tariffs), server
    )
    reading_service_pb2_grpc.add_ReadingServiceServicer_to_server(
        ReadingServicer(services.readings, services.reading_files), server
    )
    health_servicer = health.HealthServicer()
    health_pb2_grpc.add_HealthServicer_to_server(health_servicer, server)
    service_names = [
        m.DESCRIPTOR.services_by_name[n].full_name
        for m in SERVICE_MODULES
        for n in m.DESCRIPTOR.services_by_name
    ]
    for name in [*service_names, ""]:
        health_servicer.set(name, health_pb2.HealthCheckResponse.SERVING)
    if options.reflection:
        reflection.enable_server_reflection(
            [*service_names, health.SERVICE_NAME, reflection.SERVICE_NAME], server
        )
    identity = [(tls.server_key_pem, tls.server_cert_pem)]
    main = grpc.ssl_server_credentials(
        identity, root_certificates=tls.ca_cert_pem, require_client_auth=True
    )
    enrollment = grpc.ssl_server_credentials(identity)
    port = _listen(server, options.host, options.port, main)
    enrollment_port = _listen(server, options.host, options.enrollment_port, enrollment)
    server.start()
    return RunningServer(server, port, enrollment_port, health_servicer)
