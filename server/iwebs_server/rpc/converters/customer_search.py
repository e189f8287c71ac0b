"""CustomerSearchService messages <- search results."""

from __future__ import annotations

from iwebs.v1 import customer_pb2
from iwebs.v1 import customer_search_service_pb2 as pb
from iwebs_server.application.customer_search import CustomerSearchHit, SearchResult

_SERVICE = {
    "water": customer_pb2.SERVICE_KIND_WATER,
    "electricity": customer_pb2.SERVICE_KIND_ELECTRICITY,
}


def hit(view: CustomerSearchHit) -> pb.CustomerSearchHit:
    return pb.CustomerSearchHit(
        customer_id=view.customer_id,
        customer_number=view.customer_number,
        display_name=view.display_name,
        agency_id=view.agency_id,
        account_id=view.account_id,
        account_number=view.account_number,
        premise_address=view.premise_address,
        meter_serial=view.meter_serial,
        main_phone=view.main_phone,
        matched_key=int(view.matched_key),  # type: ignore[arg-type]
        service=_SERVICE.get(view.service, customer_pb2.SERVICE_KIND_UNSPECIFIED),
    )


def response(result: SearchResult) -> pb.SearchCustomersResponse:
    return pb.SearchCustomersResponse(
        hits=[hit(h) for h in result.hits],
        next_page_token=result.next_page_token,
        searched_key=int(result.key),  # type: ignore[arg-type]
    )
