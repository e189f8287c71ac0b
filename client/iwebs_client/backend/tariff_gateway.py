"""TariffService: tariffs, their versions, proposals for approval, simulation (FAC-10)."""

from __future__ import annotations

import datetime as dt

import grpc

from iwebs.v1 import tariff_service_pb2, tariff_service_pb2_grpc
from iwebs_client.backend.gateway_base import DEFAULT_PAGE_SIZE, Gateway
from iwebs_client.backend.record_messages import date_message

tpb = tariff_service_pb2


class TariffGateway(Gateway):
    def __init__(self, channel: grpc.Channel, **kwargs: float) -> None:
        super().__init__(channel, **kwargs)
        self._stub = tariff_service_pb2_grpc.TariffServiceStub(channel)  # type: ignore[no-untyped-call]

    def list_tariffs(
        self, page_token: str = "", page_size: int = DEFAULT_PAGE_SIZE
    ) -> tuple[list[tpb.Tariff], str]:
        request = tpb.ListTariffsRequest(
            page_token=page_token, page_size=page_size, include_inactive=True
        )
        response = self._invoke(self._stub.ListTariffs, request, tpb.ListTariffsResponse)
        return list(response.tariffs), response.next_page_token

    def get_tariff(self, tariff_id: str) -> tpb.GetTariffResponse:
        request = tpb.GetTariffRequest(tariff_id=tariff_id)
        return self._invoke(self._stub.GetTariff, request, tpb.GetTariffResponse)

    def propose_version(
        self,
        request_id: str,
        tariff_id: str,
        valid_from: dt.date,
        definition: tpb.TariffDefinition,
        reason: str,
    ) -> tpb.TariffVersion:
        request = tpb.ProposeTariffVersionRequest(
            request_id=request_id,
            tariff_id=tariff_id,
            valid_from=date_message(valid_from),
            definition=definition,
            reason=reason,
        )
        return self._invoke(
            self._stub.ProposeTariffVersion, request, tpb.ProposeTariffVersionResponse
        ).version

    def simulate(
        self,
        usage: tpb.TariffUsage,
        *,
        tariff_id: str = "",
        tariff_version_id: str = "",
        definition: tpb.TariffDefinition | None = None,
    ) -> tpb.SimulateTariffResponse:
        """One of tariff_id (its approved versions), tariff_version_id or a draft definition."""
        request = tpb.SimulateTariffRequest(usage=usage)
        if definition is not None:
            request.definition.CopyFrom(definition)
        elif tariff_version_id:
            request.tariff_version_id = tariff_version_id
        else:
            request.tariff_id = tariff_id
        return self._invoke(self._stub.SimulateTariff, request, tpb.SimulateTariffResponse)
