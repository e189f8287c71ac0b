"""AgencyService."""

from __future__ import annotations

import grpc

from iwebs.v1 import administration_pb2, agency_service_pb2, agency_service_pb2_grpc
from iwebs_client.backend.gateway_base import DEFAULT_PAGE_SIZE, Gateway


class AgencyGateway(Gateway):
    def __init__(self, channel: grpc.Channel, **kwargs: float) -> None:
        super().__init__(channel, **kwargs)
        self._stub = agency_service_pb2_grpc.AgencyServiceStub(channel)  # type: ignore[no-untyped-call]

    def list_agencies(
        self, page_token: str = "", page_size: int = DEFAULT_PAGE_SIZE
    ) -> tuple[list[administration_pb2.Agency], str]:
        request = agency_service_pb2.ListAgenciesRequest(page_size=page_size, page_token=page_token)
        response = self._invoke(
            self._stub.ListAgencies, request, agency_service_pb2.ListAgenciesResponse
        )
        return list(response.agencies), response.next_page_token

    def list_all_agencies(self) -> list[administration_pb2.Agency]:
        agencies, token = self.list_agencies()
        while token:
            more, token = self.list_agencies(page_token=token)
            agencies.extend(more)
        return agencies

    def create_agency(
        self, request_id: str, code: str, name: str, region: str
    ) -> administration_pb2.Agency:
        request = agency_service_pb2.CreateAgencyRequest(
            request_id=request_id, code=code, name=name, region=region
        )
        return self._invoke(
            self._stub.CreateAgency, request, agency_service_pb2.CreateAgencyResponse
        ).agency

    def update_agency(
        self,
        request_id: str,
        agency: administration_pb2.Agency,
        *,
        name: str,
        region: str,
        active: bool,
    ) -> administration_pb2.Agency:
        request = agency_service_pb2.UpdateAgencyRequest(
            request_id=request_id,
            agency_id=agency.agency_id,
            version=agency.version,
            name=name,
            region=region,
            active=active,
        )
        return self._invoke(
            self._stub.UpdateAgency, request, agency_service_pb2.UpdateAgencyResponse
        ).agency
