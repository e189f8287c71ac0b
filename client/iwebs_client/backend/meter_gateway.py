"""MeterService: meters, their installation and removal at premises, seals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import grpc

from iwebs.v1 import customer_pb2, meter_service_pb2, meter_service_pb2_grpc
from iwebs_client.backend.client_types import Update
from iwebs_client.backend.gateway_base import DEFAULT_PAGE_SIZE, Gateway
from iwebs_client.backend.record_messages import date_message, field_mask

Meter = customer_pb2.Meter
MeterInstallation = customer_pb2.MeterInstallation
MeterSeal = customer_pb2.MeterSeal
_pb = meter_service_pb2


class MeterGateway(Gateway):
    def __init__(self, channel: grpc.Channel, **kwargs: float) -> None:
        super().__init__(channel, **kwargs)
        self._stub = meter_service_pb2_grpc.MeterServiceStub(channel)  # type: ignore[no-untyped-call]

    def get_meter(self, meter_id: str) -> _pb.GetMeterResponse:
        request = _pb.GetMeterRequest(meter_id=meter_id)
        return self._invoke(self._stub.GetMeter, request, _pb.GetMeterResponse)

    def find_by_serial(self, serial: str) -> list[Meter]:
        request = _pb.FindMeterBySerialRequest(serial=serial)
        return list(
            self._invoke(
                self._stub.FindMeterBySerial, request, _pb.FindMeterBySerialResponse
            ).meters
        )

    def register_meter(self, request_id: str, meter: Meter) -> Meter:
        request = _pb.RegisterMeterRequest(request_id=request_id, meter=meter)
        return self._invoke(self._stub.RegisterMeter, request, _pb.RegisterMeterResponse).meter

    def update_meter(self, request_id: str, update: Update, meter: Meter) -> Meter:
        request = _pb.UpdateMeterRequest(
            request_id=request_id,
            meter_id=update.record_id,
            version=update.version,
            meter=meter,
            update_mask=field_mask(update.paths),
            correction=update.note.correction,
            reason=update.note.reason,
        )
        return self._invoke(self._stub.UpdateMeter, request, _pb.UpdateMeterResponse).meter

    def install_meter(
        self,
        request_id: str,
        meter: Meter,
        *,
        premise_id: str,
        subscription_id: str,
        installed_on: dt.date,
        indexes: Mapping[str, str],
    ) -> _pb.InstallMeterResponse:
        request = _pb.InstallMeterRequest(
            request_id=request_id,
            meter_id=meter.meter_id,
            meter_version=meter.version,
            premise_id=premise_id,
            subscription_id=subscription_id,
            installed_on=date_message(installed_on),
            installation_indexes=dict(indexes),
        )
        return self._invoke(self._stub.InstallMeter, request, _pb.InstallMeterResponse)

    def remove_meter(
        self,
        request_id: str,
        meter: Meter,
        *,
        removed_on: dt.date,
        indexes: Mapping[str, str],
        reason: str,
    ) -> _pb.RemoveMeterResponse:
        request = _pb.RemoveMeterRequest(
            request_id=request_id,
            meter_id=meter.meter_id,
            meter_version=meter.version,
            removed_on=date_message(removed_on),
            removal_indexes=dict(indexes),
            reason=reason,
        )
        return self._invoke(self._stub.RemoveMeter, request, _pb.RemoveMeterResponse)

    def list_installations(
        self,
        meter_id: str = "",
        premise_id: str = "",
        page_token: str = "",
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> tuple[list[MeterInstallation], str]:
        request = _pb.ListMeterInstallationsRequest(
            meter_id=meter_id, premise_id=premise_id, page_size=page_size, page_token=page_token
        )
        response = self._invoke(
            self._stub.ListMeterInstallations, request, _pb.ListMeterInstallationsResponse
        )
        return list(response.installations), response.next_page_token

    def fit_seal(
        self, request_id: str, meter_id: str, seal_number: str, position: str, fitted_on: dt.date
    ) -> MeterSeal:
        request = _pb.FitSealRequest(
            request_id=request_id,
            meter_id=meter_id,
            seal_number=seal_number,
            position=position,
            fitted_on=date_message(fitted_on),
        )
        return self._invoke(self._stub.FitSeal, request, _pb.FitSealResponse).seal

    def remove_seal(
        self, request_id: str, seal_id: str, removed_on: dt.date, reason: str
    ) -> MeterSeal:
        request = _pb.RemoveSealRequest(
            request_id=request_id,
            seal_id=seal_id,
            removed_on=date_message(removed_on),
            reason=reason,
        )
        return self._invoke(self._stub.RemoveSeal, request, _pb.RemoveSealResponse).seal
