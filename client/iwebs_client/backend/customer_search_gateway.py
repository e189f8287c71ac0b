"""CustomerSearchService: the counter's one search box."""

from __future__ import annotations

import grpc

from iwebs.v1 import (
    customer_search_service_pb2,
    customer_search_service_pb2_grpc,
)
from iwebs_client.backend.client_types import CustomerSearchQuery
from iwebs_client.backend.gateway_base import Gateway

CustomerSearchHit = customer_search_service_pb2.CustomerSearchHit
# a counter clerk reads about 30 lines; the next ones come as the table scrolls
SEARCH_PAGE_SIZE = 50
# a search answers in tens of milliseconds; beyond this the clerk should know at once
SEARCH_DEADLINE_SECONDS = 5.0


class CustomerSearchGateway(Gateway):
    def __init__(self, channel: grpc.Channel, **kwargs: float) -> None:
        super().__init__(channel, **kwargs)
        self._stub = customer_search_service_pb2_grpc.CustomerSearchServiceStub(channel)  # type: ignore[no-untyped-call]

    def search_customers(
        self, query: CustomerSearchQuery, page_token: str = "", page_size: int = SEARCH_PAGE_SIZE
    ) -> tuple[list[CustomerSearchHit], str]:
        request = customer_search_service_pb2.SearchCustomersRequest(
            query=query.text.strip(),
            key=query.key,  # type: ignore[arg-type]
            agency_id=query.agency_id,
            page_size=page_size,
            page_token=page_token,
        )
        response = self._invoke(
            self._stub.SearchCustomers,
            request,
            customer_search_service_pb2.SearchCustomersResponse,
            timeout=min(self._deadline, SEARCH_DEADLINE_SECONDS),
        )
        return list(response.hits), response.next_page_token
