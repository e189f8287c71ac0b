"""Parameters (PAR-1) and reference data (PAR-2) between use-case views and messages."""

from __future__ import annotations

from decimal import Decimal

from iwebs.v1 import customer_pb2
from iwebs.v1 import parameter_service_pb2 as ppb
from iwebs.v1 import reference_data_service_pb2 as rpb
from iwebs_server.application.customer_base_views import NetworkNodeView, RoundView
from iwebs_server.application.parameters import (
    DEFAULT_SOURCE,
    ParameterChangeView,
    ParameterView,
)
from iwebs_server.application.reference_data import ReferenceItemView, ReferenceTableView
from iwebs_server.application.reference_data_file import ImportReport
from iwebs_server.domain.errors import InvalidInput
from iwebs_server.domain.parameters import ParameterDefinition
from iwebs_server.persistence.tables.reference_data import GLOBAL_SCOPE
from iwebs_server.rpc.converters.common import timestamp

_KIND_PREFIX = "NETWORK_NODE_KIND_"


def _plain(value: Decimal | None) -> str:
    return "" if value is None else format(value.normalize(), "f")


def _scope_agency(scope: str) -> str:
    return "" if scope == GLOBAL_SCOPE else scope


def definition(d: ParameterDefinition) -> ppb.ParameterDefinition:
    return ppb.ParameterDefinition(
        key=d.key,
        type=f"PARAMETER_TYPE_{d.type.value.upper()}",
        default_value=d.default,
        description=d.description,
        module=d.module,
        scope=f"PARAMETER_SCOPE_{d.scope.value.upper()}",
        minimum=_plain(d.minimum),
        maximum=_plain(d.maximum),
        choices=list(d.choices),
        max_length=d.max_length,
        multiline=d.multiline,
        placeholders=list(d.placeholders),
        currency_code=d.currency,
    )


def parameter(view: ParameterView) -> ppb.Parameter:
    if view.effective_source == DEFAULT_SOURCE:
        source = ppb.PARAMETER_VALUE_SOURCE_DEFAULT
    elif view.effective_source == GLOBAL_SCOPE:
        source = ppb.PARAMETER_VALUE_SOURCE_GLOBAL
    else:
        source = ppb.PARAMETER_VALUE_SOURCE_AGENCY
    return ppb.Parameter(
        definition=definition(view.definition),
        effective_value=view.effective_value,
        effective_source=source,
        values=[
            ppb.ParameterValue(
                agency_id=_scope_agency(v.scope),
                value=v.value,
                version=v.version,
                updated_at=timestamp(v.updated_at),
                updated_by=v.updated_by,
            )
            for v in view.values
        ],
    )


def parameter_change(view: ParameterChangeView) -> ppb.ParameterChange:
    return ppb.ParameterChange(
        change_id=view.change_id,
        changed_at=timestamp(view.changed_at),
        user_login=view.user_login,
        workstation_id=view.workstation_id,
        key=view.key,
        agency_id=_scope_agency(view.scope),
        action=view.action,
        old_value=view.old_value,
        new_value=view.new_value,
        reason=view.reason,
    )


def reference_table(view: ReferenceTableView) -> rpb.ReferenceTable:
    return rpb.ReferenceTable(
        code=view.code,
        label_fr=view.label_fr,
        label_en=view.label_en,
        active_items=view.active_items,
        inactive_items=view.inactive_items,
    )


def reference_item(view: ReferenceItemView) -> rpb.ReferenceItem:
    return rpb.ReferenceItem(
        item_id=view.item_id,
        table_code=view.table_code,
        code=view.code,
        label_fr=view.label_fr,
        label_en=view.label_en,
        attributes_json=view.attributes_json,
        sort_order=view.sort_order,
        active=view.active,
        version=view.version,
    )


def round_message(view: RoundView) -> customer_pb2.Round:
    return customer_pb2.Round(
        round_id=view.round_id,
        agency_id=view.agency_id,
        code=view.code,
        name=view.name,
        grouping_code=view.grouping_code,
        active=view.active,
        version=view.version,
    )


def node_kind(kind: str) -> str:
    """The enum value name of a domain kind ("feeder" -> NETWORK_NODE_KIND_FEEDER)."""
    return _KIND_PREFIX + kind.upper()


def node_kind_text(value: int) -> str:
    """The domain kind of a request's enum; UNSPECIFIED or unknown is bad input."""
    try:
        name = customer_pb2.NetworkNodeKind.Name(value)
    except ValueError:
        name = ""
    kind = name.removeprefix(_KIND_PREFIX).lower()
    if not name or kind == "unspecified":
        raise InvalidInput.field("kind", "is required")
    return kind


def network_node(view: NetworkNodeView) -> customer_pb2.NetworkNode:
    return customer_pb2.NetworkNode(
        node_id=view.node_id,
        kind=node_kind(view.kind),
        code=view.code,
        name=view.name,
        parent_id=view.parent_id,
        agency_id=view.agency_id,
        active=view.active,
        version=view.version,
    )


def import_report(report: ImportReport) -> rpb.ImportReport:
    return rpb.ImportReport(
        applied=report.applied,
        dry_run=report.dry_run,
        sections=[
            rpb.ImportSectionCount(
                section=name, created=c.created, updated=c.updated, unchanged=c.unchanged
            )
            for name, c in report.sections.items()
        ],
        errors=[rpb.ImportError(location=e.field, message=e.description) for e in report.errors],
    )
