"""AuditService: search the hash-chained audit log."""

from __future__ import annotations

import grpc

from iwebs.v1 import administration_pb2, audit_service_pb2, audit_service_pb2_grpc
from iwebs_client.backend.client_types import AuditFilter
from iwebs_client.backend.gateway_base import DEFAULT_PAGE_SIZE, Gateway


class AuditGateway(Gateway):
    def __init__(self, channel: grpc.Channel, **kwargs: float) -> None:
        super().__init__(channel, **kwargs)
        self._stub = audit_service_pb2_grpc.AuditServiceStub(channel)  # type: ignore[no-untyped-call]

    def search_events(
        self, audit_filter: AuditFilter, page_token: str = "", page_size: int = DEFAULT_PAGE_SIZE
    ) -> tuple[list[administration_pb2.AuditEvent], str]:
        request = audit_service_pb2.SearchAuditEventsRequest(
            page_size=page_size,
            page_token=page_token,
            user_login=audit_filter.user_login,
            action_prefix=audit_filter.action_prefix,
            outcome=audit_filter.outcome,  # type: ignore[arg-type]
        )
        if audit_filter.occurred_from is not None:
            request.occurred_from.FromDatetime(audit_filter.occurred_from)
        if audit_filter.occurred_to is not None:
            request.occurred_to.FromDatetime(audit_filter.occurred_to)
        response = self._invoke(
            self._stub.SearchAuditEvents, request, audit_service_pb2.SearchAuditEventsResponse
        )
        return list(response.events), response.next_page_token
