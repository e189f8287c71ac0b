"""The counter's one search box through gRPC (issue 3 item 3; ADM-3 / SEC-07 scope; SEC-10
input checks): every key finds the right customer, accents and case do not matter, pages are
stable, and a customer of another agency is never returned."""

from __future__ import annotations

import base64
from dataclasses import dataclass

import grpc
import pytest

from iwebs.v1 import customer_search_service_pb2 as pb
from iwebs.v1 import customer_search_service_pb2_grpc as pb_grpc
from iwebs_server.domain.search_keys import fold_text
from tests.factories.customer_search_data import CustomerSeeder, SeededCustomer
from tests.factories.grpc_client import Client
from tests.factories.live_server import LiveServer
from tests.server.rpc.security_helpers import refused

PASSWORD = "Search-Test-Password-1"
INVALID = grpc.StatusCode.INVALID_ARGUMENT
K = pb.SearchKey


@dataclass
class Base:
    aissatou: SeededCustomer  # DKR
    mamadou: SeededCustomer  # DKR
    fatou_ba: SeededCustomer  # DKR
    company: SeededCustomer  # DKR
    ndiayes: list[SeededCustomer]  # DKR, for paging
    ths_aissatou: SeededCustomer  # THS: same name, another agency


def _seed(server: LiveServer) -> Base:
    dkr, ths = server.agency_id("DKR"), server.agency_id("THS")
    seeder = CustomerSeeder()
    with server.app.uow_factory() as uow:
        aissatou = seeder.add(
            uow,
            dkr,
            "Ndiaye",
            "Aïssatou",
            phones=("+221 77 123 45 67", "33 821 00 00"),
            address=("12 Rue Carnot", "Plateau", "Dakar"),
            meter_serial="SAG-12 345",
        )
        mamadou = seeder.add(
            uow,
            dkr,
            "Diop",
            "Mamadou",
            phones=("78 555 66 77",),
            address=("Villa 4", "Cité Keur-Gorgui", "Dakar"),
            meter_serial="ITR 000778",
            service="water",
        )
        fatou_ba = seeder.add(uow, dkr, "Ba", "Fatou", phones=("76 400 11 22",))
        company = seeder.add(
            uow,
            dkr,
            "",
            organisation="Société Générale de Boulangerie",
            address=("Avenue Lamine Guèye", "Plateau", "Dakar"),
        )
        ndiayes = [seeder.add(uow, dkr, "Ndiaye", given) for given in ("Moussa", "Awa", "Ousmane")]
        ndiayes += [seeder.add(uow, dkr, "Ndiaye", "Khady"), seeder.add(uow, dkr, "Diop", "Ndiaye")]
        ths_aissatou = seeder.add(
            uow,
            ths,
            "NDIAYE",
            "Aissatou",
            phones=("+221 77 123 45 68",),
            address=("3 Rue Carnot", "Escale", "Thiès"),
            meter_serial="SAG-12 399",
        )
    return Base(aissatou, mamadou, fatou_ba, company, ndiayes, ths_aissatou)


def _searcher(client: Client) -> pb_grpc.CustomerSearchServiceStub:
    return client._stub(pb_grpc.CustomerSearchServiceStub)  # type: ignore[no-any-return]


def _search(
    client: Client, query: str, key: int = 0, **fields: object
) -> pb.SearchCustomersResponse:
    request = pb.SearchCustomersRequest(query=query, key=key, **fields)  # type: ignore[arg-type]
    return _searcher(client).SearchCustomers(request)  # type: ignore[no-any-return]


def _ids(response: pb.SearchCustomersResponse) -> list[str]:
    return [h.customer_id for h in response.hits]


@pytest.fixture
def counter(live_server: LiveServer) -> tuple[LiveServer, Base, Client]:
    base = _seed(live_server)
    live_server.create_user("dkrcashier", "cashier", ["DKR"], password=PASSWORD)
    return live_server, base, live_server.login("dkrcashier", PASSWORD)


def test_each_key_finds_the_right_customer(counter):
    """Account number, name fragment, phone, meter serial, premise address: the right
    customer, with the matched account / premise / meter on the line."""
    _server, base, clerk = counter
    a = base.aissatou
    by_account = _search(clerk, a.account_number, K.SEARCH_KEY_ACCOUNT_NUMBER)
    assert _ids(by_account) == [a.customer_id]
    hit = by_account.hits[0]
    assert hit.account_number == a.account_number and hit.account_id == a.account_id
    assert hit.display_name == "NDIAYE Aïssatou" and hit.customer_number == a.customer_number
    assert hit.premise_address == "12 Rue Carnot, Plateau, Dakar"
    assert hit.meter_serial == "SAG-12 345" and hit.main_phone == "+221 77 123 45 67"
    assert hit.matched_key == K.SEARCH_KEY_ACCOUNT_NUMBER
    assert hit.service == 2  # electricity
    for number in (a.customer_number, a.premise_number, a.subscription_number):
        assert _ids(_search(clerk, number, K.SEARCH_KEY_ACCOUNT_NUMBER)) == [a.customer_id]

    assert _ids(_search(clerk, "diop mamadou", K.SEARCH_KEY_NAME)) == [base.mamadou.customer_id]
    assert _ids(_search(clerk, "boulangerie", K.SEARCH_KEY_NAME)) == [base.company.customer_id]

    by_phone = _search(clerk, "00221 78-555-66-77", K.SEARCH_KEY_PHONE)
    assert _ids(by_phone) == [base.mamadou.customer_id]
    # the second phone of a customer finds them too, and is the one shown
    second = _search(clerk, "338210000", K.SEARCH_KEY_PHONE)
    assert _ids(second) == [a.customer_id] and second.hits[0].main_phone == "33 821 00 00"

    by_serial = _search(clerk, "itr-000778", K.SEARCH_KEY_METER_SERIAL)
    assert _ids(by_serial) == [base.mamadou.customer_id]
    assert by_serial.hits[0].meter_serial == "ITR 000778"
    assert by_serial.hits[0].service == 1  # water
    assert _ids(_search(clerk, "ITR 0007", K.SEARCH_KEY_METER_SERIAL)) == [
        base.mamadou.customer_id
    ]  # a prefix

    by_address = _search(clerk, "keur gorgui", K.SEARCH_KEY_ADDRESS)
    assert _ids(by_address) == [base.mamadou.customer_id]
    assert by_address.hits[0].premise_address == "Villa 4, Cité Keur-Gorgui, Dakar"
    assert _ids(_search(clerk, "lamine gueye", K.SEARCH_KEY_ADDRESS)) == [base.company.customer_id]


def test_a_query_without_key_is_guessed(counter):
    _server, base, clerk = counter
    a = base.aissatou
    cases = [
        (a.account_number, K.SEARCH_KEY_ACCOUNT_NUMBER),
        (a.customer_number.lower(), K.SEARCH_KEY_ACCOUNT_NUMBER),
        ("+221 77 123 45 67", K.SEARCH_KEY_PHONE),
        ("77 123 45", K.SEARCH_KEY_PHONE),  # a prefix
        ("SAG12345", K.SEARCH_KEY_METER_SERIAL),
        ("ndiaye aissatou", K.SEARCH_KEY_NAME),
        ("rue carnot", K.SEARCH_KEY_ADDRESS),  # no customer is named so: the address answers
        ("12 rue carnot", K.SEARCH_KEY_ADDRESS),  # digits and letters: not a serial here
    ]
    for query, key in cases:
        response = _search(clerk, query)
        assert response.searched_key == key, query
        assert _ids(response) == [a.customer_id], query
        assert {h.matched_key for h in response.hits} == {key}
    nothing = _search(clerk, "zzyzx")
    assert not nothing.hits and nothing.searched_key == K.SEARCH_KEY_ADDRESS


def test_names_ignore_accents_case_and_word_order(counter):
    """'ndiaye' finds 'NDIAYE Aïssatou'; words in any order, all must match; fragments
    inside words; a two-letter name matches the start of a word."""
    _server, base, clerk = counter
    a = base.aissatou
    for query in ("AÏSSATOU ndiaye", "aissatou NDIAYE", "Aïssa", "ndiaye  aïss", "ssato"):
        assert _ids(_search(clerk, query, K.SEARCH_KEY_NAME)) == [a.customer_id], query
    assert not _search(clerk, "ndiaye mamadou", K.SEARCH_KEY_NAME).hits
    every_ndiaye = {a.customer_id, *(c.customer_id for c in base.ndiayes)}
    found = _search(clerk, "NDIAYE", K.SEARCH_KEY_NAME, page_size=100)
    assert set(_ids(found)) == every_ndiaye
    names = [h.display_name for h in found.hits]
    # names starting with the first word typed first, then the others; each by folded name
    assert names[-1] == "DIOP Ndiaye" and names[:-1] == sorted(names[:-1], key=fold_text)
    assert _ids(_search(clerk, "ba", K.SEARCH_KEY_NAME)) == [base.fatou_ba.customer_id]
    assert _ids(_search(clerk, "Générale", K.SEARCH_KEY_NAME)) == [base.company.customer_id]


def test_pages_follow_each_other_without_gaps_or_repeats(counter):
    _server, base, clerk = counter
    expected = {base.aissatou.customer_id, *(c.customer_id for c in base.ndiayes)}
    seen: list[str] = []
    token = ""
    pages = 0
    while True:
        response = _search(clerk, "ndiaye", page_size=2, page_token=token)
        assert response.searched_key == K.SEARCH_KEY_NAME
        seen += _ids(response)
        pages += 1
        token = response.next_page_token
        if not token:
            break
    assert pages == 3 and len(seen) == len(set(seen)) == 6 and set(seen) == expected
    whole = _ids(_search(clerk, "ndiaye", page_size=50))
    assert seen == whole
    # a page that starts past the names beginning with "ndiaye" (the five NDIAYE)
    first = _search(clerk, "ndiaye", page_size=5)
    second = _search(clerk, "ndiaye", page_size=5, page_token=first.next_page_token)
    assert _ids(first) + _ids(second) == whole and not second.next_page_token
    # a token of a name search does not continue a phone search
    first = _search(clerk, "ndiaye", K.SEARCH_KEY_NAME, page_size=2)
    details = refused(
        _searcher(clerk).SearchCustomers,
        pb.SearchCustomersRequest(
            query="771234567", key=K.SEARCH_KEY_PHONE, page_token=first.next_page_token
        ),
        INVALID,
        "INVALID_ARGUMENT",
    )
    assert details.fields == ["page_token"]


def test_another_agencys_customers_are_never_returned(counter):
    """ADM-3 / SEC-07: a DKR cashier searching by every key of a THS customer finds nothing
    of THS; asking for THS explicitly gives an empty list, as the other lists do."""
    server, base, clerk = counter
    t = base.ths_aissatou
    ths = server.agency_id("THS")
    queries = [
        (t.account_number, K.SEARCH_KEY_ACCOUNT_NUMBER),
        (t.customer_number, K.SEARCH_KEY_ACCOUNT_NUMBER),
        (t.premise_number, K.SEARCH_KEY_ACCOUNT_NUMBER),
        (t.subscription_number, K.SEARCH_KEY_ACCOUNT_NUMBER),
        ("771234568", K.SEARCH_KEY_PHONE),
        ("SAG-12 399", K.SEARCH_KEY_METER_SERIAL),
        ("escale thies", K.SEARCH_KEY_ADDRESS),
    ]
    for query, key in queries:
        assert not _search(clerk, query, key).hits, query
        assert not _search(clerk, query).hits, query
    # the namesake, the shared phone prefix, the shared street: only DKR's customer
    for query, key in (
        ("ndiaye aissatou", K.SEARCH_KEY_NAME),
        ("77 123 45", K.SEARCH_KEY_PHONE),
        ("SAG12", K.SEARCH_KEY_METER_SERIAL),
        ("rue carnot", K.SEARCH_KEY_ADDRESS),
    ):
        assert _ids(_search(clerk, query, key)) == [base.aissatou.customer_id], query
        assert not _search(clerk, query, key, agency_id=ths).hits, query
    # a user with every agency sees both, and may narrow to one
    admin = server.admin()
    both = _search(admin, "ndiaye aissatou", K.SEARCH_KEY_NAME)
    assert set(_ids(both)) == {base.aissatou.customer_id, t.customer_id}
    only_ths = _search(admin, "ndiaye aissatou", K.SEARCH_KEY_NAME, agency_id=ths)
    assert _ids(only_ths) == [t.customer_id] and only_ths.hits[0].agency_id == ths


def _token(key: int, position: int) -> str:
    return base64.urlsafe_b64encode(f"s:{key}:{position}".encode()).decode("ascii")


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"query": "a"}, "query"),
        ({"query": "   a   "}, "query"),
        ({"query": "x" * 101}, "query"),
        ({"query": "!!"}, "query"),
        ({"query": "abc", "key": K.SEARCH_KEY_PHONE}, "query"),
        ({"query": "ndiaye 12", "key": K.SEARCH_KEY_ACCOUNT_NUMBER}, "query"),
        ({"query": "ndiaye", "key": 42}, "key"),
        ({"query": "ndiaye", "agency_id": "DKR"}, "agency_id"),
        ({"query": "ndiaye", "page_token": "bm9wZQ"}, "page_token"),
        # a forged position beyond any database offset (SEC-10): a field error, not INTERNAL
        ({"query": "ndiaye", "page_token": _token(2, 10**30)}, "page_token"),
        ({"query": "ndiaye", "page_size": -1}, "page_size"),
    ],
)
def test_bad_input_names_the_field(counter, fields, field):
    _server, _base, clerk = counter
    details = refused(
        _searcher(clerk).SearchCustomers,
        pb.SearchCustomersRequest(**fields),
        INVALID,
        "INVALID_ARGUMENT",
    )
    assert details.fields == [field]


def test_done_when_a_customer_made_through_the_rpcs_is_found_by_every_key(live_server):
    """Issue 3 "Done when": a customer created by the front desk through the customer,
    premise and meter RPCs (helper factory, so with the search keys those use cases write)
    is found by each of the five keys; after a corrected address (ACC-1) the new address
    finds it and the old one no longer does; a cashier of THS finds it by no key (ADM-3)."""
    from iwebs.v1 import customer_pb2
    from iwebs.v1 import premise_service_pb2 as ps
    from tests.factories.customer_base import (
        create_customer_with_subscription,
        mask,
        rid,
        seed_reference_items,
    )

    seed_reference_items(live_server.app)
    live_server.create_user("accueil", "front_desk", ["DKR"], password=PASSWORD)
    live_server.create_user("thscashier", "cashier", ["THS"], password=PASSWORD)
    desk = live_server.login("accueil", PASSWORD)
    ths = live_server.login("thscashier", PASSWORD, agency_code="THS")
    made = create_customer_with_subscription(
        desk,
        live_server.agency_id("DKR"),
        serial="SAG-77 001 42",
        customer={"family_name": "Ndiaye", "given_names": "Aïssatou"},
    )
    wanted = made.customer.customer_id
    by_key = [
        (made.account.account_number, K.SEARCH_KEY_ACCOUNT_NUMBER),
        ("ndiaye", K.SEARCH_KEY_NAME),
        ("+221 77 123 45 67", K.SEARCH_KEY_PHONE),
        ("sag7700142", K.SEARCH_KEY_METER_SERIAL),
        ("keur gorgui mermoz", K.SEARCH_KEY_ADDRESS),
    ]
    for query, key in by_key:
        for asked in (key, K.SEARCH_KEY_UNSPECIFIED):
            response = _search(desk, query, asked)
            assert _ids(response) == [wanted], (query, asked)
            assert response.searched_key == key, query
        assert not _search(ths, query, key).hits, query
    line = _search(desk, "sag7700142").hits[0]
    assert line.account_number == made.account.account_number
    assert line.meter_serial == made.meter.serial
    assert line.service == customer_pb2.SERVICE_KIND_ELECTRICITY
    assert "Keur Gorgui" in line.premise_address

    desk.premises.UpdatePremise(
        ps.UpdatePremiseRequest(
            request_id=rid(),
            premise_id=made.premise.premise_id,
            version=made.premise.version,
            premise=customer_pb2.Premise(
                address_line="Villa 132, Cité Keur Gorgui", district="Sacré-Cœur"
            ),
            update_mask=mask("address_line", "district"),
            correction=True,
            reason="house number mistyped at connection",
        )
    )
    assert _ids(_search(desk, "sacre coeur", K.SEARCH_KEY_ADDRESS)) == [wanted]
    assert not _search(desk, "keur gorgui mermoz", K.SEARCH_KEY_ADDRESS).hits


def test_a_hit_shows_only_what_the_clerk_may_see(live_server):
    """A DKR customer whose first account (and its premise) is kept in THS: a DKR clerk's
    result line shows the DKR account and premise, never THS's number or address (ADM-3)."""
    from tests.factories.customer_base import (
        create_account,
        create_customer,
        create_premise,
        create_subscription,
        seed_reference_items,
    )

    seed_reference_items(live_server.app)
    admin = live_server.admin()
    dkr, ths = live_server.agency_id("DKR"), live_server.agency_id("THS")
    customer = create_customer(admin, dkr, family_name="Kandji", given_names="Ousmane")
    ths_account = create_account(admin, customer.customer_id, agency_id=ths)
    ths_premise = create_premise(admin, ths, address_line="Route de Mbour")
    create_subscription(admin, ths_account.account_id, ths_premise.premise_id)
    dkr_account = create_account(admin, customer.customer_id)
    assert ths_account.account_number < dkr_account.account_number
    every = _search(admin, "kandji ousmane", K.SEARCH_KEY_NAME).hits
    assert [h.account_number for h in every] == [ths_account.account_number]
    live_server.create_user("dkrclerk", "cashier", ["DKR"], password=PASSWORD)
    clerk = live_server.login("dkrclerk", PASSWORD)
    (hit,) = _search(clerk, "kandji ousmane", K.SEARCH_KEY_NAME).hits
    assert hit.customer_id == customer.customer_id
    assert hit.account_number == dkr_account.account_number
    assert "Mbour" not in hit.premise_address
