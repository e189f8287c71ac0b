"""PremiseService: premises, rounds, network nodes, subscriptions and their life cycle."""

from __future__ import annotations

from typing import Any

import grpc

from iwebs.v1 import customer_pb2, premise_service_pb2, premise_service_pb2_grpc
from iwebs_client.backend.client_types import StateChange, Update
from iwebs_client.backend.gateway_base import DEFAULT_PAGE_SIZE, Gateway
from iwebs_client.backend.record_messages import date_message, field_mask

Premise = customer_pb2.Premise
Round = customer_pb2.Round
NetworkNode = customer_pb2.NetworkNode
Subscription = customer_pb2.Subscription
_pb = premise_service_pb2

# subscription verbs -> (rpc name, request, response)
_VERBS = {
    "activate": ("ActivateSubscription", _pb.ActivateSubscriptionRequest,
                 _pb.ActivateSubscriptionResponse),
    "suspend": ("SuspendSubscription", _pb.SuspendSubscriptionRequest,
                _pb.SuspendSubscriptionResponse),
    "resume": ("ResumeSubscription", _pb.ResumeSubscriptionRequest,
               _pb.ResumeSubscriptionResponse),
    "terminate": ("TerminateSubscription", _pb.TerminateSubscriptionRequest,
                  _pb.TerminateSubscriptionResponse),
}  # fmt: skip
SUBSCRIPTION_VERBS = tuple(_VERBS)


class PremiseGateway(Gateway):
    def __init__(self, channel: grpc.Channel, **kwargs: float) -> None:
        super().__init__(channel, **kwargs)
        self._stub = premise_service_pb2_grpc.PremiseServiceStub(channel)  # type: ignore[no-untyped-call]

    def get_premise(self, premise_id: str) -> Premise:
        request = _pb.GetPremiseRequest(premise_id=premise_id)
        return self._invoke(self._stub.GetPremise, request, _pb.GetPremiseResponse).premise

    def create_premise(self, request_id: str, premise: Premise) -> Premise:
        request = _pb.CreatePremiseRequest(request_id=request_id, premise=premise)
        return self._invoke(self._stub.CreatePremise, request, _pb.CreatePremiseResponse).premise

    def update_premise(self, request_id: str, update: Update, premise: Premise) -> Premise:
        request = _pb.UpdatePremiseRequest(
            request_id=request_id,
            premise_id=update.record_id,
            version=update.version,
            premise=premise,
            update_mask=field_mask(update.paths),
            correction=update.note.correction,
            reason=update.note.reason,
        )
        return self._invoke(self._stub.UpdatePremise, request, _pb.UpdatePremiseResponse).premise

    def list_rounds(
        self, agency_id: str, page_token: str = "", page_size: int = DEFAULT_PAGE_SIZE
    ) -> tuple[list[Round], str]:
        request = _pb.ListRoundsRequest(
            agency_id=agency_id, page_size=page_size, page_token=page_token
        )
        response = self._invoke(self._stub.ListRounds, request, _pb.ListRoundsResponse)
        return list(response.rounds), response.next_page_token

    def list_all_rounds(self, agency_id: str) -> list[Round]:
        rounds, token = self.list_rounds(agency_id)
        while token:
            more, token = self.list_rounds(agency_id, page_token=token)
            rounds.extend(more)
        return rounds

    def list_network_nodes(
        self, kind: int = 0, parent_id: str = "", page_token: str = "",
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> tuple[list[NetworkNode], str]:  # fmt: skip
        request = _pb.ListNetworkNodesRequest(
            kind=kind,  # type: ignore[arg-type]
            parent_id=parent_id,
            page_size=page_size,
            page_token=page_token,
        )
        response = self._invoke(self._stub.ListNetworkNodes, request, _pb.ListNetworkNodesResponse)
        return list(response.nodes), response.next_page_token

    def list_all_network_nodes(self, kind: int) -> list[NetworkNode]:
        nodes, token = self.list_network_nodes(kind)
        while token:
            more, token = self.list_network_nodes(kind, page_token=token)
            nodes.extend(more)
        return nodes

    def get_subscription(self, subscription_id: str) -> Subscription:
        request = _pb.GetSubscriptionRequest(subscription_id=subscription_id)
        return self._invoke(
            self._stub.GetSubscription, request, _pb.GetSubscriptionResponse
        ).subscription

    def create_subscription(self, request_id: str, subscription: Subscription) -> Subscription:
        request = _pb.CreateSubscriptionRequest(request_id=request_id, subscription=subscription)
        return self._invoke(
            self._stub.CreateSubscription, request, _pb.CreateSubscriptionResponse
        ).subscription

    def update_subscription(
        self, request_id: str, update: Update, subscription: Subscription
    ) -> Subscription:
        request = _pb.UpdateSubscriptionRequest(
            request_id=request_id,
            subscription_id=update.record_id,
            version=update.version,
            subscription=subscription,
            update_mask=field_mask(update.paths),
            correction=update.note.correction,
            reason=update.note.reason,
        )
        return self._invoke(
            self._stub.UpdateSubscription, request, _pb.UpdateSubscriptionResponse
        ).subscription

    def change_subscription_state(
        self, request_id: str, verb: str, change: StateChange
    ) -> Subscription:
        """verb: activate | suspend | resume | terminate."""
        method_name, request_type, response_type = _VERBS[verb]
        request = request_type(
            request_id=request_id,
            subscription_id=change.record_id,
            version=change.version,
            effective_on=date_message(change.effective_on),
            reason=change.reason,
        )
        method = getattr(self._stub, method_name)
        response: Any = self._invoke(method, request, response_type)
        subscription: Subscription = response.subscription
        return subscription
