"""iwebs.v1.AgencyService."""

from __future__ import annotations

import grpc

from iwebs.v1 import agency_service_pb2 as pb
from iwebs.v1 import agency_service_pb2_grpc as pb_grpc
from iwebs_server.application.agencies import AgencyService
from iwebs_server.rpc.call_state import principal
from iwebs_server.rpc.converters import administration as convert


class AgencyServicer(pb_grpc.AgencyServiceServicer):
    def __init__(self, agencies: AgencyService) -> None:
        self._agencies = agencies

    def ListAgencies(
        self, request: pb.ListAgenciesRequest, context: grpc.ServicerContext
    ) -> pb.ListAgenciesResponse:
        page = self._agencies.list_page(principal(), request.page_size, request.page_token)
        return pb.ListAgenciesResponse(
            agencies=[convert.agency(a) for a in page.items], next_page_token=page.next_page_token
        )

    def GetAgency(
        self, request: pb.GetAgencyRequest, context: grpc.ServicerContext
    ) -> pb.GetAgencyResponse:
        return pb.GetAgencyResponse(
            agency=convert.agency(self._agencies.get(principal(), request.agency_id))
        )

    def CreateAgency(
        self, request: pb.CreateAgencyRequest, context: grpc.ServicerContext
    ) -> pb.CreateAgencyResponse:
        view = self._agencies.create(
            principal(), request.request_id, request.code, request.name, request.region
        )
        return pb.CreateAgencyResponse(agency=convert.agency(view))

    def UpdateAgency(
        self, request: pb.UpdateAgencyRequest, context: grpc.ServicerContext
    ) -> pb.UpdateAgencyResponse:
        view = self._agencies.update(
            principal(),
            request.request_id,
            request.agency_id,
            request.version,
            request.name,
            request.region,
            request.active,
        )
        return pb.UpdateAgencyResponse(agency=convert.agency(view))
