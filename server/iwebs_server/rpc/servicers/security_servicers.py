"""iwebs.v1.SecurityPolicyService, AuditService and ApprovalService."""

from __future__ import annotations

import grpc

from iwebs.v1 import approval_service_pb2 as approval_pb
from iwebs.v1 import approval_service_pb2_grpc as approval_grpc
from iwebs.v1 import audit_service_pb2 as audit_pb
from iwebs.v1 import audit_service_pb2_grpc as audit_grpc
from iwebs.v1 import security_policy_service_pb2 as policy_pb
from iwebs.v1 import security_policy_service_pb2_grpc as policy_grpc
from iwebs_server.application.approvals import ApprovalService
from iwebs_server.application.audit_queries import AuditQueries
from iwebs_server.application.security_policy import SecurityPolicyService
from iwebs_server.rpc.call_state import principal
from iwebs_server.rpc.converters import administration as convert
from iwebs_server.rpc.converters.common import instant


class SecurityPolicyServicer(policy_grpc.SecurityPolicyServiceServicer):
    def __init__(self, policies: SecurityPolicyService) -> None:
        self._policies = policies

    def GetSecurityPolicy(
        self, request: policy_pb.GetSecurityPolicyRequest, context: grpc.ServicerContext
    ) -> policy_pb.GetSecurityPolicyResponse:
        return policy_pb.GetSecurityPolicyResponse(
            policy=convert.policy(self._policies.get(principal()))
        )

    def RequestSecurityPolicyChange(
        self, request: policy_pb.RequestSecurityPolicyChangeRequest, context: grpc.ServicerContext
    ) -> policy_pb.RequestSecurityPolicyChangeResponse:
        view = self._policies.request_change(
            principal(), request.request_id, convert.policy_from(request.policy), request.reason
        )
        return policy_pb.RequestSecurityPolicyChangeResponse(
            approval_request=convert.approval(view)
        )


class AuditServicer(audit_grpc.AuditServiceServicer):
    def __init__(self, queries: AuditQueries) -> None:
        self._queries = queries

    def SearchAuditEvents(
        self, request: audit_pb.SearchAuditEventsRequest, context: grpc.ServicerContext
    ) -> audit_pb.SearchAuditEventsResponse:
        page = self._queries.search(
            principal(),
            request.page_size,
            request.page_token,
            occurred_from=instant(
                request.occurred_from, request.HasField("occurred_from"), "occurred_from"
            ),
            occurred_to=instant(
                request.occurred_to, request.HasField("occurred_to"), "occurred_to"
            ),
            user_login=request.user_login,
            action_prefix=request.action_prefix,
            outcome=convert.audit_outcome(request.outcome),
            agency_id=request.agency_id,
            object_id=request.object_id,
        )
        return audit_pb.SearchAuditEventsResponse(
            events=[convert.audit_event(e) for e in page.items],
            next_page_token=page.next_page_token,
        )


class ApprovalServicer(approval_grpc.ApprovalServiceServicer):
    def __init__(self, approvals: ApprovalService) -> None:
        self._approvals = approvals

    def ListApprovalRequests(
        self, request: approval_pb.ListApprovalRequestsRequest, context: grpc.ServicerContext
    ) -> approval_pb.ListApprovalRequestsResponse:
        page = self._approvals.list_page(
            principal(),
            request.page_size,
            request.page_token,
            convert.approval_status(request.status),
        )
        return approval_pb.ListApprovalRequestsResponse(
            approval_requests=[convert.approval(a) for a in page.items],
            next_page_token=page.next_page_token,
        )

    def GetApprovalRequest(
        self, request: approval_pb.GetApprovalRequestRequest, context: grpc.ServicerContext
    ) -> approval_pb.GetApprovalRequestResponse:
        view = self._approvals.get(principal(), request.approval_request_id)
        return approval_pb.GetApprovalRequestResponse(approval_request=convert.approval(view))

    def ApproveApprovalRequest(
        self, request: approval_pb.ApproveApprovalRequestRequest, context: grpc.ServicerContext
    ) -> approval_pb.ApproveApprovalRequestResponse:
        view = self._approvals.approve(
            principal(), request.request_id, request.approval_request_id, request.comment
        )
        return approval_pb.ApproveApprovalRequestResponse(approval_request=convert.approval(view))

    def RejectApprovalRequest(
        self, request: approval_pb.RejectApprovalRequestRequest, context: grpc.ServicerContext
    ) -> approval_pb.RejectApprovalRequestResponse:
        view = self._approvals.reject(
            principal(), request.request_id, request.approval_request_id, request.comment
        )
        return approval_pb.RejectApprovalRequestResponse(approval_request=convert.approval(view))
