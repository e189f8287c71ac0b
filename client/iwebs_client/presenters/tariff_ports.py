"""What the tariff screen needs from the backend (TariffService), as a protocol: the gateway
of backend/tariff_gateway.py fits it, and so do the test fakes (tests/client/tariff_fakes.py)."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from iwebs.v1 import tariff_service_pb2

Tariff = tariff_service_pb2.Tariff
TariffVersion = tariff_service_pb2.TariffVersion
TariffDefinition = tariff_service_pb2.TariffDefinition
TariffComponent = tariff_service_pb2.TariffComponent
TariffBlock = tariff_service_pb2.TariffBlock
TariffUsage = tariff_service_pb2.TariffUsage
TariffLine = tariff_service_pb2.TariffLine
TariffDetail = tariff_service_pb2.GetTariffResponse
SimulationResult = tariff_service_pb2.SimulateTariffResponse
STATUS_PENDING = tariff_service_pb2.TARIFF_VERSION_STATUS_PENDING
STATUS_APPROVED = tariff_service_pb2.TARIFF_VERSION_STATUS_APPROVED
STATUS_REJECTED = tariff_service_pb2.TARIFF_VERSION_STATUS_REJECTED


class TariffPort(Protocol):
    def list_tariffs(
        self, page_token: str = "", page_size: int = ...
    ) -> tuple[list[Tariff], str]: ...
    def get_tariff(self, tariff_id: str) -> TariffDetail: ...
    def propose_version(
        self,
        request_id: str,
        tariff_id: str,
        valid_from: dt.date,
        definition: TariffDefinition,
        reason: str,
    ) -> TariffVersion: ...
    def simulate(
        self,
        usage: TariffUsage,
        *,
        tariff_id: str = "",
        tariff_version_id: str = "",
        definition: TariffDefinition | None = None,
    ) -> SimulationResult: ...
