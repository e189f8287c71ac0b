"""SecurityPolicyService: read the policy, ask for a change (four-eyes)."""

from __future__ import annotations

import grpc

from iwebs.v1 import (
    administration_pb2,
    security_policy_service_pb2,
    security_policy_service_pb2_grpc,
)
from iwebs_client.backend.gateway_base import Gateway


class SecurityPolicyGateway(Gateway):
    def __init__(self, channel: grpc.Channel, **kwargs: float) -> None:
        super().__init__(channel, **kwargs)
        self._stub = security_policy_service_pb2_grpc.SecurityPolicyServiceStub(channel)  # type: ignore[no-untyped-call]

    def get_policy(self) -> administration_pb2.SecurityPolicy:
        request = security_policy_service_pb2.GetSecurityPolicyRequest()
        return self._invoke(
            self._stub.GetSecurityPolicy,
            request,
            security_policy_service_pb2.GetSecurityPolicyResponse,
        ).policy

    def request_change(
        self, request_id: str, policy: administration_pb2.SecurityPolicy, reason: str
    ) -> administration_pb2.ApprovalRequest:
        request = security_policy_service_pb2.RequestSecurityPolicyChangeRequest(
            request_id=request_id, policy=policy, reason=reason
        )
        return self._invoke(
            self._stub.RequestSecurityPolicyChange,
            request,
            security_policy_service_pb2.RequestSecurityPolicyChangeResponse,
        ).approval_request
