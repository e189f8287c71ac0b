"""EnrollmentService: first enrollment (enrollment port) and certificate renewal (mTLS)."""

from __future__ import annotations

import grpc

from iwebs.v1 import enrollment_service_pb2, enrollment_service_pb2_grpc
from iwebs_client.backend.gateway_base import Gateway


class EnrollmentGateway(Gateway):
    def __init__(self, channel: grpc.Channel, **kwargs: float) -> None:
        super().__init__(channel, **kwargs)
        self._stub = enrollment_service_pb2_grpc.EnrollmentServiceStub(channel)  # type: ignore[no-untyped-call]

    def enroll_workstation(
        self, enrollment_code: str, csr_pem: str
    ) -> enrollment_service_pb2.EnrollWorkstationResponse:
        request = enrollment_service_pb2.EnrollWorkstationRequest(
            enrollment_code=enrollment_code, csr_pem=csr_pem
        )
        return self._invoke(
            self._stub.EnrollWorkstation, request, enrollment_service_pb2.EnrollWorkstationResponse
        )

    def renew_certificate(
        self, csr_pem: str
    ) -> enrollment_service_pb2.RenewWorkstationCertificateResponse:
        request = enrollment_service_pb2.RenewWorkstationCertificateRequest(csr_pem=csr_pem)
        return self._invoke(
            self._stub.RenewWorkstationCertificate,
            request,
            enrollment_service_pb2.RenewWorkstationCertificateResponse,
        )
