"""Customers, accounts, premises, subscriptions and meters through the RPCs (issue 3):
create, read, update with update_mask and version, field-level errors, history (ACC-4),
corrections with a reason (ACC-1), electrical address (ACC-5), idempotent replays."""

from __future__ import annotations

import threading

import grpc
import pytest

from iwebs.v1 import customer_pb2 as pb
from iwebs.v1 import customer_service_pb2 as cs
from iwebs.v1 import premise_service_pb2 as ps
from tests.factories.customer_base import (
    create_account,
    create_customer,
    create_customer_with_subscription,
    create_premise,
    create_subscription,
    mask,
    person,
    rid,
    seed_network,
    seed_reference_items,
)
from tests.factories.grpc_client import Client
from tests.factories.live_server import LiveServer
from tests.server.rpc.security_helpers import refused

INVALID = grpc.StatusCode.INVALID_ARGUMENT
PASSWORD = "Front-Desk-Password-1"


@pytest.fixture
def desk(live_server: LiveServer) -> tuple[LiveServer, Client]:
    """A front-desk agent of DKR (customers.read + customers.manage)."""
    seed_reference_items(live_server.app)
    live_server.create_user("accueil", "front_desk", ["DKR"], password=PASSWORD)
    return live_server, live_server.login("accueil", PASSWORD)


def _changes(client: Client, customer_id: str, **filters: str) -> list[pb.ChangeRecord]:
    request = cs.ListCustomerChangesRequest(customer_id=customer_id, page_size=500, **filters)
    return list(client.customers.ListCustomerChanges(request).changes)


def test_a_customer_is_created_read_and_numbered(desk):
    server, client = desk
    dkr = server.agency_id("DKR")
    made = create_customer(client, dkr)
    assert made.customer_number.startswith("C") and made.version == 1
    assert made.display_name == "NDIAYE Aïssatou"
    assert list(made.phones) == ["+221 77 123 45 67"]
    read = client.customers.GetCustomer(cs.GetCustomerRequest(customer_id=made.customer_id))
    assert read.customer == made
    with server.app.uow_factory(read_only=True) as uow:
        row = uow.customers.get(made.customer_id, _everything())
        assert row is not None and row.search_name == "ndiaye aissatou"
        assert uow.customers.phones(row.id) == ["+221 77 123 45 67"]


def _everything():  # type: ignore[no-untyped-def]
    from iwebs_server.domain.principal import AgencyScope

    return AgencyScope(frozenset(), all_agencies=True)


def test_whole_chain_and_overview(desk):
    server, client = desk
    dkr = server.agency_id("DKR")
    network = seed_network(server.app, dkr)
    made = create_customer_with_subscription(client, dkr, network=network)
    overview = client.customers.GetCustomerOverview(
        cs.GetCustomerOverviewRequest(customer_id=made.customer.customer_id)
    ).overview
    assert overview.customer.customer_id == made.customer.customer_id
    assert [a.account_id for a in overview.accounts] == [made.account.account_id]
    assert overview.subscriptions[0].status == pb.SUBSCRIPTION_STATUS_ACTIVE
    premise = overview.premises[0]
    assert premise.network_address.transformer.node_id == network.transformer_id
    assert premise.network_address.feeder.node_id == network.feeder_id
    assert premise.network_address.substation.node_id == network.substation_id
    assert premise.network_address.water_sector.node_id == network.water_sector_id
    assert [m.meter_id for m in overview.meters] == [made.meter.meter_id]
    assert overview.installations[0].subscription_id == made.subscription.subscription_id
    assert overview.balances[0].balance.amount_minor == 0


def _create_error(client: Client, customer: pb.Customer) -> list[str]:
    details = refused(
        client.customers.CreateCustomer,
        cs.CreateCustomerRequest(request_id=rid(), customer=customer),
        INVALID,
        "INVALID_ARGUMENT",
    )
    return sorted(details.fields)


def test_field_level_errors_name_each_field(desk):
    """Create and edit with field-level validation errors (issue 3 item 4)."""
    server, client = desk
    dkr = server.agency_id("DKR")
    assert _create_error(client, person(dkr, family_name="", given_names=" ")) == [
        "family_name",
        "given_names",
    ]
    assert _create_error(client, person(dkr, kind=pb.CUSTOMER_KIND_UNSPECIFIED)) == ["kind"]
    org = person(dkr, kind=pb.CUSTOMER_KIND_ORGANISATION, organisation_name="")
    assert _create_error(client, org) == ["organisation_name"]
    # a deactivated or unknown reference code (PAR-2)
    assert _create_error(client, person(dkr, category_code="OLD")) == ["category_code"]
    assert _create_error(client, person(dkr, id_document_type="BADGE")) == ["id_document_type"]
    assert _create_error(client, person(dkr, id_document_number="")) == ["id_document_number"]
    # phones: at least 8 digits each; e-mail shape; language fr | en
    assert _create_error(client, person(dkr, phones=["77 12", "+221 33 800 00 00"])) == [
        "phones[0]"
    ]
    assert _create_error(client, person(dkr, phones=["", "  "], sms_opt_in=True)) == ["phones"]
    assert _create_error(client, person(dkr, email="aissatou@", ebill_opt_in=False)) == ["email"]
    assert _create_error(client, person(dkr, email="", ebill_opt_in=True)) == ["email"]
    assert _create_error(client, person(dkr, preferred_language="de")) == ["preferred_language"]
    assert _create_error(client, person("not-an-id")) == ["agency_id"]
    # several at once
    many = person(dkr, family_name="", email="x", category_code="NOPE")
    assert _create_error(client, many) == ["category_code", "email", "family_name"]
    # an organisation keeps no person names
    made = create_customer(
        client,
        dkr,
        kind=pb.CUSTOMER_KIND_ORGANISATION,
        organisation_name="Sonatel SA",
        category_code="PRO",
        id_document_type="NINEA",
        id_document_number="005 123 456",
    )
    assert (made.display_name, made.family_name, made.given_names) == ("Sonatel SA", "", "")
    # empty lines of the form's phone list are no numbers
    spaced = create_customer(client, dkr, phones=["", "77 123 45 67", " "])
    assert list(spaced.phones) == ["77 123 45 67"]


def _workstation_id(client: Client) -> str:
    return str(client.session.workstation_id)


def test_update_by_mask_with_version_and_history(desk):
    """ACC-4: one history row per changed field: who, when, workstation, old -> new."""
    server, client = desk
    made = create_customer(client, server.agency_id("DKR"))
    update = cs.UpdateCustomerRequest(
        request_id=rid(),
        customer_id=made.customer_id,
        version=made.version,
        # family_name is in the message but not in the mask: it must not change
        customer=pb.Customer(
            family_name="Diop", phones=["77 555 66 77", "+221 33 821 00 00"], sms_opt_in=True
        ),
        update_mask=mask("phones", "sms_opt_in"),
    )
    updated = client.customers.UpdateCustomer(update).customer
    assert updated.version == 2 and updated.family_name == "Ndiaye"
    assert list(updated.phones) == ["77 555 66 77", "+221 33 821 00 00"]
    changes = _changes(client, made.customer_id, entity_type="customer")
    latest = [c for c in changes if c.action == "update"]
    assert [(c.field, c.old_value, c.new_value) for c in latest] == [
        ("phones", "+221 77 123 45 67", "77 555 66 77; +221 33 821 00 00")
    ]
    change = latest[0]
    assert change.user_login == "accueil" and change.user_id == client.session.user_id
    assert change.workstation_id == _workstation_id(client)
    assert change.entity_id == made.customer_id and change.changed_at.seconds > 0
    # the creation is in the history too
    assert {c.field for c in changes if c.action == "create"} >= {"family_name", "phones"}
    # the stale version is refused, nothing changes
    stale = cs.UpdateCustomerRequest()
    stale.CopyFrom(update)
    stale.request_id = rid()
    stale.update_mask.paths[:] = ["email"]
    stale.customer.email = "new@example.sn"
    refused(
        client.customers.UpdateCustomer,
        stale,
        grpc.StatusCode.FAILED_PRECONDITION,
        "VERSION_CONFLICT",
    )
    # masks: unknown or read-only paths, or nothing at all
    for paths in (["customer_number"], [], ["agency_id"]):
        bad = cs.UpdateCustomerRequest(
            request_id=rid(), customer_id=made.customer_id, version=2, update_mask=mask(*paths)
        )
        details = refused(client.customers.UpdateCustomer, bad, INVALID, "INVALID_ARGUMENT")
        assert details.fields == ["update_mask"]
    # a field error on update names the field
    bad_email = cs.UpdateCustomerRequest(
        request_id=rid(),
        customer_id=made.customer_id,
        version=2,
        customer=pb.Customer(email="nope", category_code="OLD"),
        update_mask=mask("email", "category_code"),
    )
    details = refused(client.customers.UpdateCustomer, bad_email, INVALID, "INVALID_ARGUMENT")
    assert sorted(details.fields) == ["category_code", "email"]
    # search keys follow a change of name
    renamed = client.customers.UpdateCustomer(
        cs.UpdateCustomerRequest(
            request_id=rid(),
            customer_id=made.customer_id,
            version=2,
            customer=pb.Customer(family_name="Sèye"),
            update_mask=mask("family_name"),
            correction=True,
            reason="typo at creation",
        )
    ).customer
    assert renamed.display_name == "SÈYE Aïssatou"
    with server.app.uow_factory(read_only=True) as uow:
        row = uow.customers.get(made.customer_id, _everything())
        assert row is not None and row.search_name == "seye aissatou"


def test_done_when_an_address_corrected_with_a_reason_shows_in_the_history(desk):
    """Issue 3 "Done when": the agent corrects a premise address with a reason and the
    customer's history shows it (ACC-1 correction, ACC-4 history)."""
    server, client = desk
    made = create_customer_with_subscription(client, server.agency_id("DKR"))
    premise = made.premise
    correction = ps.UpdatePremiseRequest(
        request_id=rid(),
        premise_id=premise.premise_id,
        version=premise.version,
        premise=pb.Premise(address_line="Villa 132, Cité Keur Gorgui", district="Sacré-Cœur"),
        update_mask=mask("address_line", "district"),
        correction=True,
        reason="",
    )
    details = refused(client.premises.UpdatePremise, correction, INVALID, "INVALID_ARGUMENT")
    assert details.fields == ["reason"]
    correction.request_id = rid()
    correction.reason = "house number mistyped at connection (field check 2026-11)"
    corrected = client.premises.UpdatePremise(correction).premise
    assert corrected.address_line == "Villa 132, Cité Keur Gorgui"
    assert corrected.version == premise.version + 1
    history = _changes(
        client, made.customer.customer_id, entity_type="premise", entity_id=premise.premise_id
    )
    corrections = [c for c in history if c.action == "correct"]
    assert sorted((c.field, c.old_value, c.new_value) for c in corrections) == [
        ("address_line", "Villa 123, Cité Keur Gorgui", "Villa 132, Cité Keur Gorgui"),
        ("district", "Mermoz", "Sacré-Cœur"),
    ]
    assert {c.reason for c in corrections} == {correction.reason}
    assert {c.user_login for c in corrections} == {"accueil"}
    assert {c.workstation_id for c in corrections} == {_workstation_id(client)}
    assert len({c.change_set_id for c in corrections}) == 1
    # and it comes first in the whole 360 history (newest first)
    assert _changes(client, made.customer.customer_id)[0].action == "correct"
    # the search key follows
    with server.app.uow_factory(read_only=True) as uow:
        row = uow.premises.get(premise.premise_id, _everything())
        assert row is not None and "villa 132" in row.search_address
        assert "sacre coeur" in row.search_address
    # a correction of the customer needs a reason too
    details = refused(
        client.customers.UpdateCustomer,
        cs.UpdateCustomerRequest(
            request_id=rid(),
            customer_id=made.customer.customer_id,
            version=1,
            customer=pb.Customer(given_names="Aissata"),
            update_mask=mask("given_names"),
            correction=True,
            reason="  ",
        ),
        INVALID,
        "INVALID_ARGUMENT",
    )
    assert details.fields == ["reason"]


def test_idempotent_replays_return_the_first_result(desk):
    """IDEM-01/02: a repeated request_id answers the first result, with no second row or
    history; the same id with another payload is REQUEST_ID_REUSED."""
    server, client = desk
    dkr = server.agency_id("DKR")
    request = cs.CreateCustomerRequest(request_id=rid(), customer=person(dkr))
    first = client.customers.CreateCustomer(request).customer
    again = client.customers.CreateCustomer(request).customer
    assert again == first
    with server.app.uow_factory(read_only=True) as uow:
        from sqlalchemy import func, select

        from iwebs_server.persistence.tables.customer_base import CustomerRow

        assert uow.session.scalar(select(func.count()).select_from(CustomerRow)) == 1
    other = cs.CreateCustomerRequest(request_id=request.request_id, customer=person(dkr))
    other.customer.given_names = "Fatou"
    refused(
        client.customers.CreateCustomer,
        other,
        grpc.StatusCode.FAILED_PRECONDITION,
        "REQUEST_ID_REUSED",
    )
    update = cs.UpdateCustomerRequest(
        request_id=rid(),
        customer_id=first.customer_id,
        version=1,
        customer=pb.Customer(email="new@example.sn"),
        update_mask=mask("email"),
    )
    one = client.customers.UpdateCustomer(update).customer
    two = client.customers.UpdateCustomer(update).customer  # a retry after a lost answer
    assert one == two and one.version == 2
    assert len([c for c in _changes(client, first.customer_id) if c.field == "email"]) == 2
    account = create_account(client, first.customer_id)
    premise = create_premise(client, dkr)
    subscription_request = ps.CreateSubscriptionRequest(
        request_id=rid(),
        subscription=pb.Subscription(
            account_id=account.account_id,
            premise_id=premise.premise_id,
            service=pb.SERVICE_KIND_WATER,
            product_code="CONVENTIONAL",
            tariff_category_code="EAU-DOM",
            calibre_code="DN15",
            billing_periodicity=pb.BILLING_PERIODICITY_BIMONTHLY,
        ),
    )
    made = client.premises.CreateSubscription(subscription_request).subscription
    assert client.premises.CreateSubscription(subscription_request).subscription == made
    activate = ps.ActivateSubscriptionRequest(
        request_id=rid(), subscription_id=made.subscription_id, version=made.version
    )
    active = client.premises.ActivateSubscription(activate).subscription
    assert client.premises.ActivateSubscription(activate).subscription == active
    assert active.status == pb.SUBSCRIPTION_STATUS_ACTIVE and active.version == 2


def test_premise_checks_gps_round_and_network(desk):
    """ACC-5: GPS in micro-degrees within range; the round is one of the premise's agency;
    the transformer and the water sector are nodes of those kinds."""
    server, client = desk
    dkr = server.agency_id("DKR")
    network = seed_network(server.app, dkr)

    def error(**values):  # type: ignore[no-untyped-def]
        request = ps.CreatePremiseRequest(
            request_id=rid(),
            premise=pb.Premise(**({"agency_id": dkr, "address_line": "Rue 6"} | values)),
        )
        return sorted(
            refused(client.premises.CreatePremise, request, INVALID, "INVALID_ARGUMENT").fields
        )

    assert error(location=pb.GeoPoint(latitude_e6=91_000_000, longitude_e6=0)) == [
        "location.latitude_e6"
    ]
    assert error(location=pb.GeoPoint(latitude_e6=0, longitude_e6=-180_000_001)) == [
        "location.longitude_e6"
    ]
    assert error(transformer_id=network.feeder_id) == ["transformer_id"]
    assert error(water_sector_id=network.transformer_id) == ["water_sector_id"]
    assert error(round_id=network.transformer_id) == ["round_id"]
    assert error(round_order=3) == ["round_order"]
    assert error(address_line="") == ["address_line"]
    made = create_premise(client, dkr, network)
    assert made.round_code.startswith("R-") and made.round_order == 12
    assert made.location.latitude_e6 == 14_710_456
    assert made.network_address.substation.kind == pb.NETWORK_NODE_KIND_SUBSTATION
    # moving the premise to another transformer recomputes its electrical address
    other = seed_network(server.app, dkr)
    moved = client.premises.UpdatePremise(
        ps.UpdatePremiseRequest(
            request_id=rid(),
            premise_id=made.premise_id,
            version=made.version,
            premise=pb.Premise(transformer_id=other.transformer_id),
            update_mask=mask("transformer_id", "location"),
        )
    ).premise
    assert moved.network_address.feeder.node_id == other.feeder_id
    assert not moved.HasField("location")  # "location" in the mask, unset: cleared
    nodes = client.premises.ListNetworkNodes(
        ps.ListNetworkNodesRequest(kind=pb.NETWORK_NODE_KIND_TRANSFORMER)
    ).nodes
    assert {n.node_id for n in nodes} == {network.transformer_id, other.transformer_id}
    children = client.premises.ListNetworkNodes(
        ps.ListNetworkNodesRequest(parent_id=network.substation_id)
    ).nodes
    assert [n.node_id for n in children] == [network.feeder_id]
    rounds = client.premises.ListRounds(ps.ListRoundsRequest(agency_id=dkr)).rounds
    assert {r.round_id for r in rounds} == {network.round_id, other.round_id}


def test_concurrent_edits_of_one_version_let_exactly_one_through(desk):
    """Two agents saving the same version at the same moment: one wins, the others get
    VERSION_CONFLICT (the row is read FOR UPDATE; SQLite serializes writers)."""
    from concurrent.futures import ThreadPoolExecutor

    from tests.factories.grpc_client import error_details

    server, client = desk
    made = create_customer(client, server.agency_id("DKR"))
    agents = [client] + [server.login("accueil", PASSWORD) for _ in range(5)]

    def save(pair: tuple[int, Client]) -> str:
        number, agent = pair
        try:
            agent.customers.UpdateCustomer(
                cs.UpdateCustomerRequest(
                    request_id=rid(),
                    customer_id=made.customer_id,
                    version=1,
                    customer=pb.Customer(email=f"agent{number}@example.sn"),
                    update_mask=mask("email"),
                )
            )
        except grpc.RpcError as error:
            return error_details(error).reason
        return "OK"

    with ThreadPoolExecutor(len(agents)) as pool:
        outcomes = sorted(pool.map(save, enumerate(agents)))
    assert outcomes == ["OK"] + ["VERSION_CONFLICT"] * (len(agents) - 1)
    final = client.customers.GetCustomer(cs.GetCustomerRequest(customer_id=made.customer_id))
    assert final.customer.version == 2
    emails = [c for c in _changes(client, made.customer_id) if c.field == "email"]
    assert len([c for c in emails if c.action == "update"]) == 1


def test_creations_and_corrections_are_in_the_audit_log(desk):
    """ADM-8: the audit log records creations and corrections of customer data (with the
    reason), in the same transaction as the change."""
    from iwebs_server.domain.principal import system_principal

    server, client = desk
    made = create_customer(client, server.agency_id("DKR"))
    client.customers.UpdateCustomer(
        cs.UpdateCustomerRequest(
            request_id=rid(),
            customer_id=made.customer_id,
            version=1,
            customer=pb.Customer(given_names="Aïssata"),
            update_mask=mask("given_names"),
            correction=True,
            reason="état civil",
        )
    )
    events = server.services.audit_queries.search(
        system_principal("tests"), 100, "", object_id=made.customer_id
    ).items
    by_action = {e.action: e for e in events}
    assert {"customer.create", "customer.correct"} <= set(by_action)
    assert by_action["customer.correct"].reason == "état civil"
    assert by_action["customer.correct"].user_login == "accueil"


def test_the_overview_costs_the_same_statements_for_one_or_many_premises(desk):
    """The 360 view of a payer with many premises (a ministry, a landlord) reads each kind
    of record once, not once per premise."""
    from sqlalchemy import event

    from iwebs_server.domain.principal import system_principal

    server, client = desk
    dkr = server.agency_id("DKR")
    network = seed_network(server.app, dkr)
    one = create_customer_with_subscription(client, dkr, network=network)
    many = create_customer_with_subscription(client, dkr, network=seed_network(server.app, dkr))
    for _ in range(4):
        account = create_account(client, many.customer.customer_id)
        place = create_premise(client, dkr, seed_network(server.app, dkr))
        create_subscription(client, account.account_id, place.premise_id, "water")

    def statements(customer_id: str) -> int:
        seen: list[str] = []
        caller = threading.get_ident()

        def count(_conn, _cursor, statement, *_args):  # type: ignore[no-untyped-def]
            # Only this thread's statements: the server's bill-run worker polls meanwhile.
            if threading.get_ident() != caller:
                return
            if statement.startswith("SELECT") and "audit_" not in statement:
                seen.append(statement)

        event.listen(server.app.engine, "before_cursor_execute", count)
        try:
            view = server.services.customers.overview(system_principal("tests"), customer_id)
        finally:
            event.remove(server.app.engine, "before_cursor_execute", count)
        assert view.premises
        return len(seen)

    small = statements(one.customer.customer_id)
    large = statements(many.customer.customer_id)
    overview = server.services.customers.overview(
        system_principal("tests"), many.customer.customer_id
    )
    assert len(overview.premises) == 5
    assert all(p.network_address.substation is not None for p in overview.premises)
    assert large == small <= 20


def test_longest_accepted_values_fit_their_columns(desk):
    """SEC-10 bounds: the longest names and addresses the checks accept are stored (the
    display name of 100 + 150 characters is cut to its column, not an INTERNAL error)."""
    server, client = desk
    dkr = server.agency_id("DKR")
    made = create_customer(
        client,
        dkr,
        family_name="Œ" * 100,
        given_names="é" * 150,
        email=("a" * 60) + "@" + ("b" * 130) + ".sn",
        phones=["+221 " + "7" * 15, "00221 " + "3" * 9],
    )
    assert len(made.display_name) == 250 and made.family_name == "Œ" * 100
    with server.app.uow_factory(read_only=True) as uow:
        row = uow.customers.get(made.customer_id, _everything())
        assert row is not None and len(row.search_name) == 250
    too_long = refused(
        client.customers.CreateCustomer,
        cs.CreateCustomerRequest(
            request_id=rid(), customer=person(dkr, family_name="N" * 101, email="x" * 201)
        ),
        INVALID,
        "INVALID_ARGUMENT",
    )
    assert sorted(too_long.fields) == ["email", "family_name"]
    premise = create_premise(
        client, dkr, address_line="A" * 200, district="D" * 100, city="C" * 100, landmark="L" * 200
    )
    assert len(premise.address_line) == 200
    from tests.factories.customer_base import register_meter

    meter = register_meter(client, dkr, "Ⅻ" * 40)
    assert meter.serial == "Ⅻ" * 40
