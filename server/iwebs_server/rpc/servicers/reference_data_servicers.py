"""iwebs.v1.ParameterService and iwebs.v1.ReferenceDataService (PAR-1, PAR-2)."""

from __future__ import annotations

import grpc

from iwebs.v1 import parameter_service_pb2 as ppb
from iwebs.v1 import parameter_service_pb2_grpc as ppb_grpc
from iwebs.v1 import reference_data_service_pb2 as rpb
from iwebs.v1 import reference_data_service_pb2_grpc as rpb_grpc
from iwebs_server.application.parameters import ParameterService
from iwebs_server.application.reference_data import ReferenceDataService
from iwebs_server.domain.parameters import MODULES
from iwebs_server.rpc.call_state import principal
from iwebs_server.rpc.converters import reference_data as convert


class ParameterServicer(ppb_grpc.ParameterServiceServicer):
    def __init__(self, parameters: ParameterService) -> None:
        self._parameters = parameters

    def ListParameters(
        self, request: ppb.ListParametersRequest, context: grpc.ServicerContext
    ) -> ppb.ListParametersResponse:
        views = self._parameters.list_parameters(principal(), request.module, request.agency_id)
        return ppb.ListParametersResponse(
            parameters=[convert.parameter(v) for v in views], modules=list(MODULES)
        )

    def SetParameterValue(
        self, request: ppb.SetParameterValueRequest, context: grpc.ServicerContext
    ) -> ppb.SetParameterValueResponse:
        view = self._parameters.set_value(
            principal(),
            request.request_id,
            request.key,
            request.agency_id,
            request.value,
            request.version,
            request.reason,
        )
        return ppb.SetParameterValueResponse(parameter=convert.parameter(view))

    def ResetParameterValue(
        self, request: ppb.ResetParameterValueRequest, context: grpc.ServicerContext
    ) -> ppb.ResetParameterValueResponse:
        view = self._parameters.reset_value(
            principal(),
            request.request_id,
            request.key,
            request.agency_id,
            request.version,
            request.reason,
        )
        return ppb.ResetParameterValueResponse(parameter=convert.parameter(view))

    def ListParameterChanges(
        self, request: ppb.ListParameterChangesRequest, context: grpc.ServicerContext
    ) -> ppb.ListParameterChangesResponse:
        changes, token = self._parameters.changes(
            principal(), request.key, request.page_size, request.page_token
        )
        return ppb.ListParameterChangesResponse(
            changes=[convert.parameter_change(c) for c in changes], next_page_token=token
        )


class ReferenceDataServicer(rpb_grpc.ReferenceDataServiceServicer):
    def __init__(self, reference_data: ReferenceDataService) -> None:
        self._data = reference_data

    def ListReferenceTables(
        self, request: rpb.ListReferenceTablesRequest, context: grpc.ServicerContext
    ) -> rpb.ListReferenceTablesResponse:
        tables = self._data.tables(principal())
        return rpb.ListReferenceTablesResponse(tables=[convert.reference_table(t) for t in tables])

    def ListReferenceItems(
        self, request: rpb.ListReferenceItemsRequest, context: grpc.ServicerContext
    ) -> rpb.ListReferenceItemsResponse:
        items = self._data.items(principal(), request.table_code, request.include_inactive)
        return rpb.ListReferenceItemsResponse(items=[convert.reference_item(i) for i in items])

    def CreateReferenceItem(
        self, request: rpb.CreateReferenceItemRequest, context: grpc.ServicerContext
    ) -> rpb.CreateReferenceItemResponse:
        view = self._data.create_item(
            principal(),
            request.request_id,
            request.table_code,
            request.code,
            request.label_fr,
            request.label_en,
            request.attributes_json,
            request.sort_order,
        )
        return rpb.CreateReferenceItemResponse(item=convert.reference_item(view))

    def UpdateReferenceItem(
        self, request: rpb.UpdateReferenceItemRequest, context: grpc.ServicerContext
    ) -> rpb.UpdateReferenceItemResponse:
        view = self._data.update_item(
            principal(),
            request.request_id,
            request.item_id,
            request.version,
            request.label_fr,
            request.label_en,
            request.attributes_json,
            request.sort_order,
            request.active,
            request.reason,
        )
        return rpb.UpdateReferenceItemResponse(item=convert.reference_item(view))

    def ListAgencyRounds(
        self, request: rpb.ListAgencyRoundsRequest, context: grpc.ServicerContext
    ) -> rpb.ListAgencyRoundsResponse:
        rounds = self._data.rounds(principal(), request.agency_id, request.include_inactive)
        return rpb.ListAgencyRoundsResponse(rounds=[convert.round_message(r) for r in rounds])

    def CreateRound(
        self, request: rpb.CreateRoundRequest, context: grpc.ServicerContext
    ) -> rpb.CreateRoundResponse:
        view = self._data.create_round(
            principal(),
            request.request_id,
            request.agency_id,
            request.code,
            request.name,
            request.grouping_code,
        )
        return rpb.CreateRoundResponse(round=convert.round_message(view))

    def UpdateRound(
        self, request: rpb.UpdateRoundRequest, context: grpc.ServicerContext
    ) -> rpb.UpdateRoundResponse:
        view = self._data.update_round(
            principal(),
            request.request_id,
            request.round_id,
            request.version,
            request.name,
            request.grouping_code,
            request.active,
            request.reason,
        )
        return rpb.UpdateRoundResponse(round=convert.round_message(view))

    def ListNetworkTree(
        self, request: rpb.ListNetworkTreeRequest, context: grpc.ServicerContext
    ) -> rpb.ListNetworkTreeResponse:
        nodes = self._data.network_nodes(principal(), request.include_inactive)
        return rpb.ListNetworkTreeResponse(nodes=[convert.network_node(n) for n in nodes])

    def CreateNetworkNode(
        self, request: rpb.CreateNetworkNodeRequest, context: grpc.ServicerContext
    ) -> rpb.CreateNetworkNodeResponse:
        view = self._data.create_node(
            principal(),
            request.request_id,
            convert.node_kind_text(request.kind),
            request.code,
            request.name,
            request.parent_id,
            request.agency_id,
        )
        return rpb.CreateNetworkNodeResponse(node=convert.network_node(view))

    def UpdateNetworkNode(
        self, request: rpb.UpdateNetworkNodeRequest, context: grpc.ServicerContext
    ) -> rpb.UpdateNetworkNodeResponse:
        view = self._data.update_node(
            principal(),
            request.request_id,
            request.node_id,
            request.version,
            request.name,
            request.parent_id,
            request.active,
            request.reason,
        )
        return rpb.UpdateNetworkNodeResponse(node=convert.network_node(view))

    def ExportReferenceData(
        self, request: rpb.ExportReferenceDataRequest, context: grpc.ServicerContext
    ) -> rpb.ExportReferenceDataResponse:
        content = self._data.export(principal())
        return rpb.ExportReferenceDataResponse(
            content=content, file_name="iwebs-reference-data.json"
        )

    def ImportReferenceData(
        self, request: rpb.ImportReferenceDataRequest, context: grpc.ServicerContext
    ) -> rpb.ImportReferenceDataResponse:
        report = self._data.import_file(
            principal(), request.request_id, request.content, request.dry_run
        )
        return rpb.ImportReferenceDataResponse(report=convert.import_report(report))
