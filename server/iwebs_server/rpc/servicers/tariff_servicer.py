"""iwebs.v1.TariffService (FAC-10): tariffs, versions proposed for approval, simulation.
Reads need billing.read, changes billing.tariffs (and every agency in scope)."""

from __future__ import annotations

import grpc

from iwebs.v1 import tariff_service_pb2 as pb
from iwebs.v1 import tariff_service_pb2_grpc as pb_grpc
from iwebs_server.application.tariff_views import NewTariff, SimulationSource
from iwebs_server.application.tariffs import TariffService
from iwebs_server.rpc.call_state import principal
from iwebs_server.rpc.converters import tariff_converters as convert
from iwebs_server.rpc.converters.customer_base import to_date


class TariffServicer(pb_grpc.TariffServiceServicer):
    def __init__(self, tariffs: TariffService) -> None:
        self._tariffs = tariffs

    def ListTariffs(
        self, request: pb.ListTariffsRequest, context: grpc.ServicerContext
    ) -> pb.ListTariffsResponse:
        page = self._tariffs.list_page(
            principal(),
            request.page_size,
            request.page_token,
            service=request.service.strip(),
            tariff_category_code=request.tariff_category_code.strip(),
            include_inactive=request.include_inactive,
        )
        return pb.ListTariffsResponse(
            tariffs=[convert.tariff_pb(t) for t in page.items],
            next_page_token=page.next_page_token,
        )

    def GetTariff(
        self, request: pb.GetTariffRequest, context: grpc.ServicerContext
    ) -> pb.GetTariffResponse:
        view = self._tariffs.get(principal(), request.tariff_id.strip())
        return pb.GetTariffResponse(
            tariff=convert.tariff_pb(view.tariff),
            versions=[convert.version_pb(v) for v in view.versions],
        )

    def CreateTariff(
        self, request: pb.CreateTariffRequest, context: grpc.ServicerContext
    ) -> pb.CreateTariffResponse:
        view = self._tariffs.create(
            principal(),
            request.request_id,
            NewTariff(
                code=request.code,
                name=request.name,
                service=request.service.strip(),
                tariff_category_code=request.tariff_category_code,
                product_code=request.product_code,
                currency_code=request.currency_code,
            ),
        )
        return pb.CreateTariffResponse(tariff=convert.tariff_pb(view))

    def ProposeTariffVersion(
        self, request: pb.ProposeTariffVersionRequest, context: grpc.ServicerContext
    ) -> pb.ProposeTariffVersionResponse:
        view = self._tariffs.propose_version(
            principal(),
            request.request_id,
            request.tariff_id.strip(),
            to_date(request.valid_from, request.HasField("valid_from"), "valid_from"),
            convert.definition_in(request.definition) if request.HasField("definition") else None,
            request.reason,
        )
        return pb.ProposeTariffVersionResponse(version=convert.version_pb(view))

    def SimulateTariff(
        self, request: pb.SimulateTariffRequest, context: grpc.ServicerContext
    ) -> pb.SimulateTariffResponse:
        which = request.WhichOneof("source")
        source = SimulationSource(
            tariff_id=request.tariff_id.strip() if which == "tariff_id" else "",
            tariff_version_id=(
                request.tariff_version_id.strip() if which == "tariff_version_id" else ""
            ),
            definition=convert.definition_in(request.definition) if which == "definition" else None,
        )
        bill = self._tariffs.simulate(principal(), source, convert.usage_in(request.usage))
        return convert.simulation_pb(bill)
