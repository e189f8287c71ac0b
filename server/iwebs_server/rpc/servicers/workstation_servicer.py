"""iwebs.v1.WorkstationService."""

from __future__ import annotations

import grpc

from iwebs.v1 import workstation_service_pb2 as pb
from iwebs.v1 import workstation_service_pb2_grpc as pb_grpc
from iwebs_server.application.views import EnrollmentCodeView
from iwebs_server.application.workstations import WorkstationService
from iwebs_server.rpc.call_state import principal
from iwebs_server.rpc.converters import administration as convert
from iwebs_server.rpc.converters.common import timestamp


def _code_fields(view: EnrollmentCodeView) -> dict[str, object]:
    return {
        "workstation": convert.workstation(view.workstation),
        "enrollment_code": view.code,
        "enrollment_code_expires_at": timestamp(view.expires_at),
    }


class WorkstationServicer(pb_grpc.WorkstationServiceServicer):
    def __init__(self, workstations: WorkstationService) -> None:
        self._workstations = workstations

    def ListWorkstations(
        self, request: pb.ListWorkstationsRequest, context: grpc.ServicerContext
    ) -> pb.ListWorkstationsResponse:
        page = self._workstations.list_page(
            principal(), request.page_size, request.page_token, request.agency_id
        )
        return pb.ListWorkstationsResponse(
            workstations=[convert.workstation(w) for w in page.items],
            next_page_token=page.next_page_token,
        )

    def GetWorkstation(
        self, request: pb.GetWorkstationRequest, context: grpc.ServicerContext
    ) -> pb.GetWorkstationResponse:
        view = self._workstations.get(principal(), request.workstation_id)
        return pb.GetWorkstationResponse(workstation=convert.workstation(view))

    def RegisterWorkstation(
        self, request: pb.RegisterWorkstationRequest, context: grpc.ServicerContext
    ) -> pb.RegisterWorkstationResponse:
        view = self._workstations.register(
            principal(),
            request.request_id,
            request.name,
            request.agency_id,
            convert.workstation_kind(request.kind),
            request.may_collect_cash,
        )
        return pb.RegisterWorkstationResponse(**_code_fields(view))  # type: ignore[arg-type]

    def IssueEnrollmentCode(
        self, request: pb.IssueEnrollmentCodeRequest, context: grpc.ServicerContext
    ) -> pb.IssueEnrollmentCodeResponse:
        view = self._workstations.issue_enrollment_code(
            principal(), request.request_id, request.workstation_id
        )
        return pb.IssueEnrollmentCodeResponse(**_code_fields(view))  # type: ignore[arg-type]

    def RevokeWorkstation(
        self, request: pb.RevokeWorkstationRequest, context: grpc.ServicerContext
    ) -> pb.RevokeWorkstationResponse:
        view = self._workstations.revoke(
            principal(), request.request_id, request.workstation_id, request.reason
        )
        return pb.RevokeWorkstationResponse(workstation=convert.workstation(view))
