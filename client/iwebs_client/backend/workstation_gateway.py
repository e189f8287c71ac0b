"""WorkstationService: declare workstations, enrollment codes, revocation."""

from __future__ import annotations

import grpc

from iwebs.v1 import administration_pb2, workstation_service_pb2, workstation_service_pb2_grpc
from iwebs_client.backend.gateway_base import DEFAULT_PAGE_SIZE, Gateway

Workstation = administration_pb2.Workstation


class WorkstationGateway(Gateway):
    def __init__(self, channel: grpc.Channel, **kwargs: float) -> None:
        super().__init__(channel, **kwargs)
        self._stub = workstation_service_pb2_grpc.WorkstationServiceStub(channel)  # type: ignore[no-untyped-call]

    def list_workstations(
        self, page_token: str = "", page_size: int = DEFAULT_PAGE_SIZE, agency_id: str = ""
    ) -> tuple[list[Workstation], str]:
        request = workstation_service_pb2.ListWorkstationsRequest(
            page_size=page_size, page_token=page_token, agency_id=agency_id
        )
        response = self._invoke(
            self._stub.ListWorkstations, request, workstation_service_pb2.ListWorkstationsResponse
        )
        return list(response.workstations), response.next_page_token

    def register_workstation(
        self, request_id: str, name: str, agency_id: str, kind: int, may_collect_cash: bool
    ) -> workstation_service_pb2.RegisterWorkstationResponse:
        request = workstation_service_pb2.RegisterWorkstationRequest(
            request_id=request_id,
            name=name,
            agency_id=agency_id,
            kind=kind,  # type: ignore[arg-type]
            may_collect_cash=may_collect_cash,
        )
        return self._invoke(
            self._stub.RegisterWorkstation,
            request,
            workstation_service_pb2.RegisterWorkstationResponse,
        )

    def issue_enrollment_code(
        self, request_id: str, workstation_id: str
    ) -> workstation_service_pb2.IssueEnrollmentCodeResponse:
        request = workstation_service_pb2.IssueEnrollmentCodeRequest(
            request_id=request_id, workstation_id=workstation_id
        )
        return self._invoke(
            self._stub.IssueEnrollmentCode,
            request,
            workstation_service_pb2.IssueEnrollmentCodeResponse,
        )

    def revoke_workstation(self, request_id: str, workstation_id: str, reason: str) -> Workstation:
        request = workstation_service_pb2.RevokeWorkstationRequest(
            request_id=request_id, workstation_id=workstation_id, reason=reason
        )
        return self._invoke(
            self._stub.RevokeWorkstation, request, workstation_service_pb2.RevokeWorkstationResponse
        ).workstation
