"""iwebs.v1.MeterService: meters, installation and removal, seals."""

from __future__ import annotations

import grpc

from iwebs.v1 import meter_service_pb2 as pb
from iwebs.v1 import meter_service_pb2_grpc as pb_grpc
from iwebs_server.application.meters import MeterService
from iwebs_server.rpc.call_state import principal
from iwebs_server.rpc.converters import customer_base as convert


class MeterServicer(pb_grpc.MeterServiceServicer):
    def __init__(self, meters: MeterService) -> None:
        self._meters = meters

    def GetMeter(
        self, request: pb.GetMeterRequest, context: grpc.ServicerContext
    ) -> pb.GetMeterResponse:
        details = self._meters.get(principal(), request.meter_id)
        return pb.GetMeterResponse(
            meter=convert.meter(details.meter),
            current_installation=convert.optional_installation(details.current_installation),
            seals=[convert.seal(s) for s in details.seals],
        )

    def FindMeterBySerial(
        self, request: pb.FindMeterBySerialRequest, context: grpc.ServicerContext
    ) -> pb.FindMeterBySerialResponse:
        views = self._meters.find_by_serial(principal(), request.serial)
        return pb.FindMeterBySerialResponse(meters=[convert.meter(m) for m in views])

    def RegisterMeter(
        self, request: pb.RegisterMeterRequest, context: grpc.ServicerContext
    ) -> pb.RegisterMeterResponse:
        view = self._meters.register(
            principal(), request.request_id, convert.meter_input(request.meter)
        )
        return pb.RegisterMeterResponse(meter=convert.meter(view))

    def UpdateMeter(
        self, request: pb.UpdateMeterRequest, context: grpc.ServicerContext
    ) -> pb.UpdateMeterResponse:
        update = convert.update_request(
            request.request_id,
            request.meter_id,
            request.version,
            request.update_mask,
            request.correction,
            request.reason,
        )
        view = self._meters.update(principal(), update, convert.meter_input(request.meter))
        return pb.UpdateMeterResponse(meter=convert.meter(view))

    def InstallMeter(
        self, request: pb.InstallMeterRequest, context: grpc.ServicerContext
    ) -> pb.InstallMeterResponse:
        movement = self._meters.install(
            principal(),
            request.request_id,
            request.meter_id,
            request.meter_version,
            request.premise_id,
            request.subscription_id,
            convert.to_date(request.installed_on, request.HasField("installed_on"), "installed_on"),
            dict(request.installation_indexes),
        )
        return pb.InstallMeterResponse(
            installation=convert.installation(movement.installation),
            meter=convert.meter(movement.meter),
        )

    def RemoveMeter(
        self, request: pb.RemoveMeterRequest, context: grpc.ServicerContext
    ) -> pb.RemoveMeterResponse:
        movement = self._meters.remove(
            principal(),
            request.request_id,
            request.meter_id,
            request.meter_version,
            convert.to_date(request.removed_on, request.HasField("removed_on"), "removed_on"),
            dict(request.removal_indexes),
            request.reason,
        )
        return pb.RemoveMeterResponse(
            installation=convert.installation(movement.installation),
            meter=convert.meter(movement.meter),
        )

    def ListMeterInstallations(
        self, request: pb.ListMeterInstallationsRequest, context: grpc.ServicerContext
    ) -> pb.ListMeterInstallationsResponse:
        page = self._meters.list_installations(
            principal(), request.meter_id, request.premise_id, request.page_size, request.page_token
        )
        return pb.ListMeterInstallationsResponse(
            installations=[convert.installation(i) for i in page.items],
            next_page_token=page.next_page_token,
        )

    def FitSeal(
        self, request: pb.FitSealRequest, context: grpc.ServicerContext
    ) -> pb.FitSealResponse:
        view = self._meters.fit_seal(
            principal(),
            request.request_id,
            request.meter_id,
            request.seal_number,
            request.position,
            convert.to_date(request.fitted_on, request.HasField("fitted_on"), "fitted_on"),
        )
        return pb.FitSealResponse(seal=convert.seal(view))

    def RemoveSeal(
        self, request: pb.RemoveSealRequest, context: grpc.ServicerContext
    ) -> pb.RemoveSealResponse:
        view = self._meters.remove_seal(
            principal(),
            request.request_id,
            request.seal_id,
            convert.to_date(request.removed_on, request.HasField("removed_on"), "removed_on"),
            request.reason,
        )
        return pb.RemoveSealResponse(seal=convert.seal(view))
