"""iwebs.v1.CustomerSearchService."""

from __future__ import annotations

import grpc

from iwebs.v1 import customer_search_service_pb2 as pb
from iwebs.v1 import customer_search_service_pb2_grpc as pb_grpc
from iwebs_server.application.customer_search import CustomerSearch
from iwebs_server.rpc.call_state import principal
from iwebs_server.rpc.converters import customer_search as convert


class CustomerSearchServicer(pb_grpc.CustomerSearchServiceServicer):
    def __init__(self, search: CustomerSearch) -> None:
        self._search = search

    def SearchCustomers(
        self, request: pb.SearchCustomersRequest, context: grpc.ServicerContext
    ) -> pb.SearchCustomersResponse:
        result = self._search.search(
            principal(),
            request.query,
            request.key,
            request.agency_id,
            request.page_size,
            request.page_token,
        )
        return convert.response(result)
