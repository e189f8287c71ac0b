"""An in-memory stand-in for the tariff screen's PORT (presenters/tariff_ports.py): one SENELEC
domestic tariff with an approved version (progressive blocks 0-150 / 151-250 / above at 82.00
/ 136.49 / 159.36, a fixed charge, VAT 18 % on the third block), proposals that wait for
approval and are idempotent by request_id, the server's refusal of a grid with the field
path, and a simulation of progressive blocks and fixed charges (enough for the screen; the
real engine is tested on the server). The live tests check the real server."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from iwebs.v1 import common_pb2, tariff_service_pb2
from iwebs_client.backend.client_types import BackendError, FieldViolation

tpb = tariff_service_pb2


def senelec_definition() -> Any:
    return tpb.TariffDefinition(
        format_version=1,
        currency_code="XOF",
        currency_exponent=0,
        reference_days=30,
        consumption_unit="kWh",
        rounding_increment_minor=1,
        components=[
            tpb.TariffComponent(
                code="ENERGY",
                kind="progressive",
                label="Énergie",
                ledger_account="REVENUE:ELECTRICITY:ENERGY",
                rounding="half_up",
                prorate=True,
                blocks=[
                    tpb.TariffBlock(up_to="150", unit_price="82.00"),
                    tpb.TariffBlock(up_to="250", unit_price="136.49"),
                    tpb.TariffBlock(up_to="", unit_price="159.36"),
                ],
            ),
            tpb.TariffComponent(
                code="FIXED",
                kind="fixed",
                label="Prime fixe",
                ledger_account="REVENUE:ELECTRICITY:FIXED",
                rounding="half_up",
                prorate=True,
                amount="1000",
            ),
            tpb.TariffComponent(
                code="VAT",
                kind="tax",
                label="TVA 18 %",
                ledger_account="TAX:VAT",
                rounding="half_up",
                rate_percent="18",
                applies_to=["ENERGY.3"],
            ),
        ],
    )


class FakeTariffs:
    def __init__(self) -> None:
        self.tariff = tpb.Tariff(
            tariff_id="t1",
            code="SN-DPP",
            name="SENELEC domestique petite puissance",
            service="electricity",
            tariff_category_code="DPP",
            product_code="conventional",
            currency_code="XOF",
            active=True,
            current_version_number=1,
        )
        self.versions = [
            tpb.TariffVersion(
                tariff_version_id="v1",
                tariff_id="t1",
                version_number=1,
                valid_from=common_pb2.Date(year=2026, month=1, day=1),
                status=tpb.TARIFF_VERSION_STATUS_APPROVED,
                definition=senelec_definition(),
                reason="Grille 2026",
                created_by_login="facturation",
                decided_by_login="chef_facturation",
            )
        ]
        self.calls: list[tuple[str, str]] = []
        self.proposals: dict[str, Any] = {}
        self.lose_next_answer = False
        self.simulations: list[dict[str, Any]] = []
        self._numbers = itertools.count(2)

    def list_tariffs(self, page_token: str = "", page_size: int = 100) -> tuple[list[Any], str]:
        self.calls.append(("list_tariffs", ""))
        return [self.tariff], ""

    def get_tariff(self, tariff_id: str) -> Any:
        if tariff_id != "t1":
            raise BackendError(code="NOT_FOUND", reason="NOT_FOUND")
        return tpb.GetTariffResponse(tariff=self.tariff, versions=list(reversed(self.versions)))

    def propose_version(
        self,
        request_id: str,
        tariff_id: str,
        valid_from: dt.date,
        definition: Any,
        reason: str,
    ) -> Any:
        self.calls.append(("propose_version", request_id))
        if request_id in self.proposals:
            return self.proposals[request_id]
        for i, component in enumerate(definition.components):
            for j, block in enumerate(component.blocks):
                if block.unit_price.startswith("-"):
                    raise BackendError(
                        code="INVALID_ARGUMENT",
                        reason="TARIFF_DEFINITION_INVALID",
                        field_violations=(
                            FieldViolation(
                                f"definition.components[{i}].blocks[{j}].unit_price",
                                "must not be negative",
                            ),
                        ),
                    )
        version = tpb.TariffVersion(
            tariff_version_id=f"v{len(self.versions) + 1}",
            tariff_id=tariff_id,
            version_number=next(self._numbers),
            valid_from=common_pb2.Date(
                year=valid_from.year, month=valid_from.month, day=valid_from.day
            ),
            status=tpb.TARIFF_VERSION_STATUS_PENDING,
            definition=definition,
            reason=reason,
            created_by_login="facturation",
            approval_request_id="ap1",
        )
        self.versions.append(version)
        self.proposals[request_id] = version
        self.tariff.has_pending_version = True
        if self.lose_next_answer:
            self.lose_next_answer = False
            raise BackendError(code="UNAVAILABLE", reason="UNAVAILABLE")
        return version

    def simulate(
        self,
        usage: Any,
        *,
        tariff_id: str = "",
        tariff_version_id: str = "",
        definition: Any = None,
    ) -> Any:
        source = (
            "definition" if definition is not None else "version" if tariff_version_id else "tariff"
        )
        self.simulations.append({"source": source, "usage": usage})
        if definition is None:
            version = next(
                (v for v in self.versions if v.tariff_version_id == tariff_version_id),
                self.versions[0],
            )
            definition = version.definition
        quantity = Decimal(usage.consumption)
        lines: list[Any] = []
        amounts: dict[str, int] = {}
        for component in definition.components:
            if component.kind == "progressive":
                start = Decimal(0)
                for number, block in enumerate(component.blocks, start=1):
                    top = Decimal(block.up_to) if block.up_to else quantity
                    used = max(Decimal(0), min(quantity, top) - start)
                    start = top
                    if not used:
                        continue
                    amount = int((used * Decimal(block.unit_price)).quantize(1, ROUND_HALF_UP))
                    code = f"{component.code}.{number}"
                    amounts[code] = amount
                    lines.append(
                        self._line(
                            code, component, str(used), "kWh", block.unit_price, amount, number
                        )
                    )
            elif component.kind == "fixed":
                amount = int(Decimal(component.amount))
                amounts[component.code] = amount
                lines.append(
                    self._line(component.code, component, "1", "", component.amount, amount, 0)
                )
            elif component.kind == "tax":
                base = sum(v for k, v in amounts.items() if k in component.applies_to)
                amount = int(
                    (base * Decimal(component.rate_percent) / 100).quantize(1, ROUND_HALF_UP)
                )
                lines.append(
                    self._line(
                        component.code, component, str(base), "%", component.rate_percent, amount, 0
                    )
                )
        total = sum(line.amount.amount_minor for line in lines)
        return tpb.SimulateTariffResponse(
            lines=lines, total=common_pb2.Money(currency_code="XOF", amount_minor=total)
        )

    @staticmethod
    def _line(
        code: str, component: Any, quantity: str, unit: str, price: str, amount: int, block: int
    ) -> Any:
        return tpb.TariffLine(
            code=code,
            kind=component.kind,
            label=component.label,
            quantity=quantity,
            unit=unit,
            unit_price=price,
            amount=common_pb2.Money(currency_code="XOF", amount_minor=amount),
            block_no=block,
            rule=f"{component.kind} {code}",
            ledger_account=component.ledger_account,
        )


class FakeTariffServices:
    def __init__(self) -> None:
        self.tariffs = FakeTariffs()
