"""Customers, accounts, premises, subscriptions and meters through the RPCs (issue 3):
create, read, update with update_mask and version, field-level errors, history (ACC-4),
corrections with a reason (ACC-1), electrical address (ACC-5), idempotent replays."""

from __future__ import annotations

import grpc
import pytest

from iwebs.v1 import customer_pb2 as pb
from iwebs.v1 import customer_service_pb2 as cs
from tests.factories.customer_base import (
    create_customer,
    create_customer_with_subscription,
    seed_network,
    seed_reference_items,
)
from tests.factories.grpc_client import Client
from tests.factories.live_server import LiveServer

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
