"""iwebs.v1.PremiseService: premises, rounds, network nodes, subscriptions and their life
cycle."""

from __future__ import annotations

import grpc

from iwebs.v1 import premise_service_pb2 as pb
from iwebs.v1 import premise_service_pb2_grpc as pb_grpc
from iwebs_server.application.customer_base_views import SubscriptionView
from iwebs_server.application.premises import PremiseService
from iwebs_server.rpc.call_state import principal
from iwebs_server.rpc.converters import customer_base as convert


class PremiseServicer(pb_grpc.PremiseServiceServicer):
    def __init__(self, premises: PremiseService) -> None:
        self._premises = premises

    def GetPremise(
        self, request: pb.GetPremiseRequest, context: grpc.ServicerContext
    ) -> pb.GetPremiseResponse:
        view = self._premises.get_premise(principal(), request.premise_id)
        return pb.GetPremiseResponse(premise=convert.premise(view))

    def CreatePremise(
        self, request: pb.CreatePremiseRequest, context: grpc.ServicerContext
    ) -> pb.CreatePremiseResponse:
        view = self._premises.create_premise(
            principal(), request.request_id, convert.premise_input(request.premise)
        )
        return pb.CreatePremiseResponse(premise=convert.premise(view))

    def UpdatePremise(
        self, request: pb.UpdatePremiseRequest, context: grpc.ServicerContext
    ) -> pb.UpdatePremiseResponse:
        update = convert.update_request(
            request.request_id,
            request.premise_id,
            request.version,
            request.update_mask,
            request.correction,
            request.reason,
        )
        view = self._premises.update_premise(
            principal(), update, convert.premise_input(request.premise)
        )
        return pb.UpdatePremiseResponse(premise=convert.premise(view))

    def ListRounds(
        self, request: pb.ListRoundsRequest, context: grpc.ServicerContext
    ) -> pb.ListRoundsResponse:
        page = self._premises.list_rounds(
            principal(), request.agency_id, request.page_size, request.page_token
        )
        return pb.ListRoundsResponse(
            rounds=[convert.round_(r) for r in page.items], next_page_token=page.next_page_token
        )

    def ListNetworkNodes(
        self, request: pb.ListNetworkNodesRequest, context: grpc.ServicerContext
    ) -> pb.ListNetworkNodesResponse:
        page = self._premises.list_network_nodes(
            principal(),
            convert.node_kind(request.kind),
            request.parent_id,
            request.page_size,
            request.page_token,
        )
        return pb.ListNetworkNodesResponse(
            nodes=[convert.node(n) for n in page.items], next_page_token=page.next_page_token
        )

    def GetSubscription(
        self, request: pb.GetSubscriptionRequest, context: grpc.ServicerContext
    ) -> pb.GetSubscriptionResponse:
        view = self._premises.get_subscription(principal(), request.subscription_id)
        return pb.GetSubscriptionResponse(subscription=convert.subscription(view))

    def CreateSubscription(
        self, request: pb.CreateSubscriptionRequest, context: grpc.ServicerContext
    ) -> pb.CreateSubscriptionResponse:
        view = self._premises.create_subscription(
            principal(), request.request_id, convert.subscription_input(request.subscription)
        )
        return pb.CreateSubscriptionResponse(subscription=convert.subscription(view))

    def UpdateSubscription(
        self, request: pb.UpdateSubscriptionRequest, context: grpc.ServicerContext
    ) -> pb.UpdateSubscriptionResponse:
        update = convert.update_request(
            request.request_id,
            request.subscription_id,
            request.version,
            request.update_mask,
            request.correction,
            request.reason,
        )
        view = self._premises.update_subscription(
            principal(), update, convert.subscription_input(request.subscription)
        )
        return pb.UpdateSubscriptionResponse(subscription=convert.subscription(view))

    def _change(self, verb: str, request: pb.ActivateSubscriptionRequest) -> SubscriptionView:
        return self._premises.change_status(
            principal(),
            verb,
            request.request_id,
            request.subscription_id,
            request.version,
            convert.to_date(request.effective_on, request.HasField("effective_on"), "effective_on"),
            request.reason,
        )

    def ActivateSubscription(
        self, request: pb.ActivateSubscriptionRequest, context: grpc.ServicerContext
    ) -> pb.ActivateSubscriptionResponse:
        view = self._change("activate", request)
        return pb.ActivateSubscriptionResponse(subscription=convert.subscription(view))

    def SuspendSubscription(
        self, request: pb.SuspendSubscriptionRequest, context: grpc.ServicerContext
    ) -> pb.SuspendSubscriptionResponse:
        view = self._change("suspend", request)  # type: ignore[arg-type]
        return pb.SuspendSubscriptionResponse(subscription=convert.subscription(view))

    def ResumeSubscription(
        self, request: pb.ResumeSubscriptionRequest, context: grpc.ServicerContext
    ) -> pb.ResumeSubscriptionResponse:
        view = self._change("resume", request)  # type: ignore[arg-type]
        return pb.ResumeSubscriptionResponse(subscription=convert.subscription(view))

    def TerminateSubscription(
        self, request: pb.TerminateSubscriptionRequest, context: grpc.ServicerContext
    ) -> pb.TerminateSubscriptionResponse:
        view = self._change("terminate", request)  # type: ignore[arg-type]
        return pb.TerminateSubscriptionResponse(subscription=convert.subscription(view))
