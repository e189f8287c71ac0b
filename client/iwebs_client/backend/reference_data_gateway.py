"""ParameterService (PAR-1) and ReferenceDataService (PAR-2)."""

from __future__ import annotations

import grpc

from iwebs.v1 import customer_pb2
from iwebs.v1 import parameter_service_pb2 as ppb
from iwebs.v1 import parameter_service_pb2_grpc as ppb_grpc
from iwebs.v1 import reference_data_service_pb2 as rpb
from iwebs.v1 import reference_data_service_pb2_grpc as rpb_grpc
from iwebs_client.backend.gateway_base import Gateway

#: an import file can be large: a longer deadline than ordinary calls
IMPORT_DEADLINE_SECONDS = 120.0


class ParameterGateway(Gateway):
    def __init__(self, channel: grpc.Channel, **kwargs: float) -> None:
        super().__init__(channel, **kwargs)
        self._stub = ppb_grpc.ParameterServiceStub(channel)  # type: ignore[no-untyped-call]

    def list_parameters(
        self, module: str = "", agency_id: str = ""
    ) -> tuple[list[ppb.Parameter], list[str]]:
        request = ppb.ListParametersRequest(module=module, agency_id=agency_id)
        response = self._invoke(self._stub.ListParameters, request, ppb.ListParametersResponse)
        return list(response.parameters), list(response.modules)

    def set_parameter_value(
        self, request_id: str, key: str, agency_id: str, value: str, version: int, reason: str
    ) -> ppb.Parameter:
        request = ppb.SetParameterValueRequest(
            request_id=request_id,
            key=key,
            agency_id=agency_id,
            value=value,
            version=version,
            reason=reason,
        )
        return self._invoke(
            self._stub.SetParameterValue, request, ppb.SetParameterValueResponse
        ).parameter

    def reset_parameter_value(
        self, request_id: str, key: str, agency_id: str, version: int, reason: str
    ) -> ppb.Parameter:
        request = ppb.ResetParameterValueRequest(
            request_id=request_id, key=key, agency_id=agency_id, version=version, reason=reason
        )
        return self._invoke(
            self._stub.ResetParameterValue, request, ppb.ResetParameterValueResponse
        ).parameter

    def list_parameter_changes(self, key: str) -> list[ppb.ParameterChange]:
        changes: list[ppb.ParameterChange] = []
        token = ""
        while True:
            request = ppb.ListParameterChangesRequest(key=key, page_size=200, page_token=token)
            response = self._invoke(
                self._stub.ListParameterChanges, request, ppb.ListParameterChangesResponse
            )
            changes.extend(response.changes)
            token = response.next_page_token
            if not token or len(changes) >= 1000:
                return changes


class ReferenceDataGateway(Gateway):
    def __init__(self, channel: grpc.Channel, **kwargs: float) -> None:
        super().__init__(channel, **kwargs)
        self._stub = rpb_grpc.ReferenceDataServiceStub(channel)  # type: ignore[no-untyped-call]

    def list_tables(self) -> list[rpb.ReferenceTable]:
        response = self._invoke(
            self._stub.ListReferenceTables,
            rpb.ListReferenceTablesRequest(),
            rpb.ListReferenceTablesResponse,
        )
        return list(response.tables)

    def list_items(
        self, table_code: str, include_inactive: bool = False
    ) -> list[rpb.ReferenceItem]:
        request = rpb.ListReferenceItemsRequest(
            table_code=table_code, include_inactive=include_inactive
        )
        return list(
            self._invoke(
                self._stub.ListReferenceItems, request, rpb.ListReferenceItemsResponse
            ).items
        )

    def create_item(
        self,
        request_id: str,
        table_code: str,
        code: str,
        label_fr: str,
        label_en: str,
        attributes_json: str,
        sort_order: int,
    ) -> rpb.ReferenceItem:
        request = rpb.CreateReferenceItemRequest(
            request_id=request_id,
            table_code=table_code,
            code=code,
            label_fr=label_fr,
            label_en=label_en,
            attributes_json=attributes_json,
            sort_order=sort_order,
        )
        return self._invoke(
            self._stub.CreateReferenceItem, request, rpb.CreateReferenceItemResponse
        ).item

    def update_item(
        self,
        request_id: str,
        item: rpb.ReferenceItem,
        *,
        label_fr: str,
        label_en: str,
        attributes_json: str,
        sort_order: int,
        active: bool,
        reason: str,
    ) -> rpb.ReferenceItem:
        request = rpb.UpdateReferenceItemRequest(
            request_id=request_id,
            item_id=item.item_id,
            version=item.version,
            label_fr=label_fr,
            label_en=label_en,
            attributes_json=attributes_json,
            sort_order=sort_order,
            active=active,
            reason=reason,
        )
        return self._invoke(
            self._stub.UpdateReferenceItem, request, rpb.UpdateReferenceItemResponse
        ).item

    def list_rounds(
        self, agency_id: str, include_inactive: bool = True
    ) -> list[customer_pb2.Round]:
        request = rpb.ListAgencyRoundsRequest(
            agency_id=agency_id, include_inactive=include_inactive
        )
        return list(
            self._invoke(self._stub.ListAgencyRounds, request, rpb.ListAgencyRoundsResponse).rounds
        )

    def create_round(
        self, request_id: str, agency_id: str, code: str, name: str, grouping_code: str
    ) -> customer_pb2.Round:
        request = rpb.CreateRoundRequest(
            request_id=request_id,
            agency_id=agency_id,
            code=code,
            name=name,
            grouping_code=grouping_code,
        )
        return self._invoke(self._stub.CreateRound, request, rpb.CreateRoundResponse).round

    def update_round(
        self,
        request_id: str,
        round_: customer_pb2.Round,
        *,
        name: str,
        grouping_code: str,
        active: bool,
        reason: str,
    ) -> customer_pb2.Round:
        request = rpb.UpdateRoundRequest(
            request_id=request_id,
            round_id=round_.round_id,
            version=round_.version,
            name=name,
            grouping_code=grouping_code,
            active=active,
            reason=reason,
        )
        return self._invoke(self._stub.UpdateRound, request, rpb.UpdateRoundResponse).round

    def list_network_nodes(self, include_inactive: bool = True) -> list[customer_pb2.NetworkNode]:
        request = rpb.ListNetworkTreeRequest(include_inactive=include_inactive)
        return list(
            self._invoke(self._stub.ListNetworkTree, request, rpb.ListNetworkTreeResponse).nodes
        )

    def create_network_node(
        self,
        request_id: str,
        kind: int,
        code: str,
        name: str,
        parent_id: str,
        agency_id: str,
    ) -> customer_pb2.NetworkNode:
        request = rpb.CreateNetworkNodeRequest(
            request_id=request_id,
            kind=kind,  # type: ignore[arg-type]
            code=code,
            name=name,
            parent_id=parent_id,
            agency_id=agency_id,
        )
        return self._invoke(
            self._stub.CreateNetworkNode, request, rpb.CreateNetworkNodeResponse
        ).node

    def update_network_node(
        self,
        request_id: str,
        node: customer_pb2.NetworkNode,
        *,
        name: str,
        parent_id: str,
        active: bool,
        reason: str,
    ) -> customer_pb2.NetworkNode:
        request = rpb.UpdateNetworkNodeRequest(
            request_id=request_id,
            node_id=node.node_id,
            version=node.version,
            name=name,
            parent_id=parent_id,
            active=active,
            reason=reason,
        )
        return self._invoke(
            self._stub.UpdateNetworkNode, request, rpb.UpdateNetworkNodeResponse
        ).node

    def export_file(self) -> bytes:
        response = self._invoke(
            self._stub.ExportReferenceData,
            rpb.ExportReferenceDataRequest(),
            rpb.ExportReferenceDataResponse,
            timeout=IMPORT_DEADLINE_SECONDS,
        )
        return bytes(response.content)

    def import_file(self, request_id: str, content: bytes, dry_run: bool) -> rpb.ImportReport:
        request = rpb.ImportReferenceDataRequest(
            request_id=request_id, content=content, dry_run=dry_run
        )
        return self._invoke(
            self._stub.ImportReferenceData,
            request,
            rpb.ImportReferenceDataResponse,
            timeout=IMPORT_DEADLINE_SECONDS,
        ).report
