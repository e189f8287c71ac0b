"""iwebs.v1.TariffService messages <-> tariff views and definitions (FAC-10).

A definition travels as structured messages (components, blocks) whose field names are the
keys of the JSON format (docs/tariffs.md), so that the engine's error path
("components[1].blocks[0].up_to") is the request's field path under "definition.".
"""

from __future__ import annotations

from typing import Any

from iwebs.v1 import tariff_service_pb2 as pb
from iwebs_server.application.tariff_views import TariffVersionView, TariffView, UsageInput
from iwebs_server.domain.tariff_definition import (
    BLOCK_KINDS,
    FIXED,
    MINIMUM,
    POWER,
    PRORATED_KINDS,
    STAMP,
    TAX,
    TariffDefinition,
    decimal_text,
)
from iwebs_server.domain.tariff_engine import ComputedBill, ComputedLine
from iwebs_server.rpc.converters.common import timestamp
from iwebs_server.rpc.converters.customer_base import date_pb, money, to_date

_STATUS = {
    "pending": pb.TARIFF_VERSION_STATUS_PENDING,
    "approved": pb.TARIFF_VERSION_STATUS_APPROVED,
    "rejected": pb.TARIFF_VERSION_STATUS_REJECTED,
}


def definition_in(message: pb.TariffDefinition) -> dict[str, Any]:
    """Plain data for the engine's parser; fields a kind does not use are left out."""
    return {
        "format_version": message.format_version or 1,
        "currency_code": message.currency_code,
        "currency_exponent": message.currency_exponent,
        "reference_days": message.reference_days,
        "consumption_unit": message.consumption_unit,
        "rounding_increment_minor": message.rounding_increment_minor or 1,
        "components": [_component_in(c) for c in message.components],
    }


def _component_in(c: pb.TariffComponent) -> dict[str, Any]:
    out: dict[str, Any] = {
        "code": c.code,
        "kind": c.kind,
        "label": c.label,
        "ledger_account": c.ledger_account,
    }
    if c.rounding:
        out["rounding"] = c.rounding
    if c.kind in BLOCK_KINDS or c.blocks:
        out["blocks"] = [{"up_to": b.up_to, "unit_price": b.unit_price} for b in c.blocks]
    if c.kind in PRORATED_KINDS and c.HasField("prorate"):
        out["prorate"] = c.prorate
    if c.kind in (FIXED, MINIMUM, STAMP) or c.amount:
        out["amount"] = c.amount
    if c.kind == POWER or c.unit_price:
        out["unit_price"] = c.unit_price
    if c.kind == TAX or c.rate_percent:
        out["rate_percent"] = c.rate_percent
    if c.kind in (MINIMUM, TAX, STAMP) or c.applies_to:
        out["applies_to"] = list(c.applies_to)
    if c.kind == STAMP or c.threshold:
        out["threshold"] = c.threshold or "0"
    return out


def definition_pb(d: TariffDefinition) -> pb.TariffDefinition:
    return pb.TariffDefinition(
        format_version=d.format_version,
        currency_code=d.currency_code,
        currency_exponent=d.currency_exponent,
        reference_days=d.reference_days,
        consumption_unit=d.consumption_unit,
        rounding_increment_minor=d.rounding_increment_minor,
        components=[
            pb.TariffComponent(
                code=c.code,
                kind=c.kind,
                label=c.label,
                ledger_account=c.ledger_account,
                rounding=c.rounding,
                blocks=[
                    pb.TariffBlock(
                        up_to="" if b.up_to is None else decimal_text(b.up_to),
                        unit_price=decimal_text(b.unit_price),
                    )
                    for b in c.blocks
                ],
                prorate=c.prorate if c.kind in PRORATED_KINDS else None,
                amount=_text(c.amount),
                unit_price=_text(c.unit_price),
                rate_percent=_text(c.rate_percent),
                applies_to=list(c.applies_to),
                threshold=_text(c.threshold),
            )
            for c in d.components
        ],
    )


def _text(value: Any) -> str:
    return "" if value is None else decimal_text(value)


def tariff_pb(v: TariffView) -> pb.Tariff:
    return pb.Tariff(
        tariff_id=v.tariff_id,
        code=v.code,
        name=v.name,
        service=v.service,
        tariff_category_code=v.tariff_category_code,
        product_code=v.product_code,
        currency_code=v.currency_code,
        active=v.active,
        version=v.version,
        current_version_number=v.current_version_number,
        has_pending_version=v.has_pending_version,
        created_at=timestamp(v.created_at),
        updated_at=timestamp(v.updated_at),
    )


def version_pb(v: TariffVersionView) -> pb.TariffVersion:
    return pb.TariffVersion(
        tariff_version_id=v.tariff_version_id,
        tariff_id=v.tariff_id,
        version_number=v.version_number,
        valid_from=date_pb(v.valid_from),
        status=_STATUS.get(v.status, pb.TARIFF_VERSION_STATUS_UNSPECIFIED),
        definition=definition_pb(v.definition),
        definition_json=v.definition_json,
        definition_hash=v.definition_hash,
        reason=v.reason,
        created_by_login=v.created_by_login,
        created_at=timestamp(v.created_at),
        approval_request_id=v.approval_request_id,
        decided_by_login=v.decided_by_login,
        decided_at=timestamp(v.decided_at),
    )


def usage_in(message: pb.TariffUsage) -> UsageInput:
    return UsageInput(
        period_start=to_date(
            message.period_start, message.HasField("period_start"), "usage.period_start"
        ),
        period_end=to_date(message.period_end, message.HasField("period_end"), "usage.period_end"),
        consumption=message.consumption,
        subscribed_power_va=message.subscribed_power_va,
    )


def line_pb(line: ComputedLine, currency: str) -> pb.TariffLine:
    return pb.TariffLine(
        code=line.code,
        kind=line.kind,
        label=line.label,
        quantity=decimal_text(line.quantity),
        unit=line.unit,
        unit_price=decimal_text(line.unit_price),
        amount=money(currency, line.amount_minor),
        tariff_version_id=line.tariff_version_id,
        block_no=line.block_no or 0,
        rule=line.rule,
        ledger_account=line.ledger_account,
    )


def simulation_pb(bill: ComputedBill) -> pb.SimulateTariffResponse:
    return pb.SimulateTariffResponse(
        lines=[line_pb(line, bill.currency) for line in bill.lines],
        total=money(bill.currency, bill.total_minor),
    )
