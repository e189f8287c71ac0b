"""iwebs.v1.EnrollmentService."""

from __future__ import annotations

import grpc

from iwebs.v1 import enrollment_service_pb2 as pb
from iwebs.v1 import enrollment_service_pb2_grpc as pb_grpc
from iwebs_server.application.workstations import WorkstationService
from iwebs_server.domain.errors import InvalidInput
from iwebs_server.rpc import call_state
from iwebs_server.rpc.converters.common import timestamp

MAX_CSR_LENGTH = 8192


def _csr(value: str) -> str:
    if not value or len(value) > MAX_CSR_LENGTH:
        raise InvalidInput.field("csr_pem", "a PEM certificate signing request is required")
    return value


class EnrollmentServicer(pb_grpc.EnrollmentServiceServicer):
    def __init__(self, workstations: WorkstationService) -> None:
        self._workstations = workstations

    def EnrollWorkstation(
        self, request: pb.EnrollWorkstationRequest, context: grpc.ServicerContext
    ) -> pb.EnrollWorkstationResponse:
        enrolled = self._workstations.enroll(
            request.enrollment_code[:64], _csr(request.csr_pem), context.peer()
        )
        return pb.EnrollWorkstationResponse(
            workstation_id=enrolled.workstation.workstation_id,
            workstation_name=enrolled.workstation.name,
            agency_id=enrolled.workstation.agency_id,
            certificate_pem=enrolled.certificate_pem,
            ca_certificate_pem=enrolled.ca_certificate_pem,
            certificate_expires_at=timestamp(enrolled.certificate_expires_at),
        )

    def RenewWorkstationCertificate(
        self, request: pb.RenewWorkstationCertificateRequest, context: grpc.ServicerContext
    ) -> pb.RenewWorkstationCertificateResponse:
        renewed = self._workstations.renew(call_state.workstation(), _csr(request.csr_pem))
        return pb.RenewWorkstationCertificateResponse(
            certificate_pem=renewed.certificate_pem,
            certificate_expires_at=timestamp(renewed.certificate_expires_at),
        )
