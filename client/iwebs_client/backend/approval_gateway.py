"""ApprovalService: four-eyes requests."""

from __future__ import annotations

import grpc

from iwebs.v1 import administration_pb2, approval_service_pb2, approval_service_pb2_grpc
from iwebs_client.backend.gateway_base import DEFAULT_PAGE_SIZE, Gateway

ApprovalRequest = administration_pb2.ApprovalRequest


class ApprovalGateway(Gateway):
    def __init__(self, channel: grpc.Channel, **kwargs: float) -> None:
        super().__init__(channel, **kwargs)
        self._stub = approval_service_pb2_grpc.ApprovalServiceStub(channel)  # type: ignore[no-untyped-call]

    def list_requests(
        self,
        page_token: str = "",
        page_size: int = DEFAULT_PAGE_SIZE,
        status: int = administration_pb2.APPROVAL_STATUS_PENDING,
    ) -> tuple[list[ApprovalRequest], str]:
        request = approval_service_pb2.ListApprovalRequestsRequest(
            page_size=page_size,
            page_token=page_token,
            status=status,  # type: ignore[arg-type]
        )
        response = self._invoke(
            self._stub.ListApprovalRequests,
            request,
            approval_service_pb2.ListApprovalRequestsResponse,
        )
        return list(response.approval_requests), response.next_page_token

    def approve(self, request_id: str, approval_request_id: str, comment: str) -> ApprovalRequest:
        request = approval_service_pb2.ApproveApprovalRequestRequest(
            request_id=request_id, approval_request_id=approval_request_id, comment=comment
        )
        return self._invoke(
            self._stub.ApproveApprovalRequest,
            request,
            approval_service_pb2.ApproveApprovalRequestResponse,
        ).approval_request

    def reject(self, request_id: str, approval_request_id: str, comment: str) -> ApprovalRequest:
        request = approval_service_pb2.RejectApprovalRequestRequest(
            request_id=request_id, approval_request_id=approval_request_id, comment=comment
        )
        return self._invoke(
            self._stub.RejectApprovalRequest,
            request,
            approval_service_pb2.RejectApprovalRequestResponse,
        ).approval_request
