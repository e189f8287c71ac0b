"""The customer base behind the agency scope (issue 3 "Done when", SEC-07, ADM-3, T-SEC-5):
an agent of another agency cannot see or change a customer, account, premise, subscription,
meter, seal or bill through ANY RPC (NOT_FOUND, as if it did not exist), and a user without
the right is refused with PERMISSION_DENIED."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import grpc

from iwebs.v1 import customer_pb2 as pb
from iwebs.v1 import customer_service_pb2 as cs
from iwebs.v1 import meter_service_pb2 as ms
from iwebs.v1 import premise_service_pb2 as ps
from iwebs_server.application.clock import new_id
from iwebs_server.domain import rights
from iwebs_server.persistence.tables.administration import ProfileRow
from tests.factories.customer_base import (
    CustomerWithSubscription,
    Network,
    add_bill,
    create_account,
    create_customer,
    create_customer_with_subscription,
    create_premise,
    install_meter,
    mask,
    register_meter,
    rid,
    seed_network,
    seed_reference_items,
)
from tests.factories.grpc_client import Client
from tests.factories.live_server import LiveServer
from tests.server.rpc.security_helpers import refused

NOT_FOUND = grpc.StatusCode.NOT_FOUND
DENIED = grpc.StatusCode.PERMISSION_DENIED
PASSWORD = "Scope-Customer-Pass-1"


@dataclass
class ThsWorld:
    """A customer of Thiès with everything under it, made by the global administrator."""

    made: CustomerWithSubscription
    network: Network
    group: pb.CustomerAccount
    member: pb.CustomerAccount
    stock_meter: pb.Meter
    seal_id: str
    agency_id: str


def _ths_world(server: LiveServer, admin: Client) -> ThsWorld:
    ths = server.agency_id("THS")
    network = seed_network(server.app, ths)
    made = create_customer_with_subscription(
        admin, ths, network=network, serial="THS-0001", customer={"family_name": "Sarr"}
    )
    group = create_account(admin, made.customer.customer_id, is_group=True)
    member = create_account(admin, made.customer.customer_id)
    member = admin.customers.AddAccountToGroup(
        cs.AddAccountToGroupRequest(
            request_id=rid(),
            group_account_id=group.account_id,
            member_account_id=member.account_id,
            member_version=member.version,
        )
    ).member
    seal = admin.meters.FitSeal(
        ms.FitSealRequest(request_id=rid(), meter_id=made.meter.meter_id, seal_number="TH-77")
    ).seal
    add_bill(server.app, made.account, "THS-B-1", date(2026, 10, 15), 12_500_00)
    stock = register_meter(admin, ths, "THS-STOCK-9")
    return ThsWorld(made, network, group, member, stock, seal.seal_id, ths)


def _dkr_agent(server: LiveServer) -> Client:
    server.create_user("dkrdesk", "front_desk", ["DKR"], password=PASSWORD)
    return server.login("dkrdesk", PASSWORD)


def test_another_agencys_customer_is_not_found_through_every_rpc(live_server):
    seed_reference_items(live_server.app)
    admin = live_server.admin()
    ths = _ths_world(live_server, admin)
    dkr = _dkr_agent(live_server)
    dkr_id = live_server.agency_id("DKR")
    own = create_customer_with_subscription(dkr, dkr_id, serial="DKR-0001")
    own_group = create_account(dkr, own.customer.customer_id, is_group=True)
    own_stock = register_meter(dkr, dkr_id, "DKR-STOCK-1")
    m = ths.made
    customer_id, account = m.customer.customer_id, m.account
    premise_id, subscription = m.premise.premise_id, m.subscription
    meter_id = m.meter.meter_id

    def status(verb_request, **extra):  # type: ignore[no-untyped-def]
        return verb_request(
            request_id=rid(),
            subscription_id=subscription.subscription_id,
            version=subscription.version,
            reason="x",
            **extra,
        )

    calls = [
        (
            dkr.customers.GetCustomerOverview,
            cs.GetCustomerOverviewRequest(customer_id=customer_id),
        ),
        (dkr.customers.GetCustomer, cs.GetCustomerRequest(customer_id=customer_id)),
        (
            dkr.customers.UpdateCustomer,
            cs.UpdateCustomerRequest(
                request_id=rid(),
                customer_id=customer_id,
                version=1,
                customer=pb.Customer(email="taken@example.sn"),
                update_mask=mask("email"),
            ),
        ),
        (
            dkr.customers.GetCustomerAccount,
            cs.GetCustomerAccountRequest(account_id=account.account_id),
        ),
        (
            dkr.customers.GetCustomerAccount,
            cs.GetCustomerAccountRequest(account_number=account.account_number),
        ),
        (
            dkr.customers.CreateCustomerAccount,
            cs.CreateCustomerAccountRequest(
                request_id=rid(), account=pb.CustomerAccount(customer_id=customer_id)
            ),
        ),
        (
            dkr.customers.UpdateCustomerAccount,
            cs.UpdateCustomerAccountRequest(
                request_id=rid(),
                account_id=account.account_id,
                version=account.version,
                account=pb.CustomerAccount(
                    billing_address=pb.PostalAddress(address_line="Ailleurs")
                ),
                update_mask=mask("billing_address"),
            ),
        ),
        (
            dkr.customers.AddAccountToGroup,
            cs.AddAccountToGroupRequest(
                request_id=rid(),
                group_account_id=ths.group.account_id,
                member_account_id=own.account.account_id,
                member_version=own.account.version,
            ),
        ),
        (
            dkr.customers.AddAccountToGroup,
            cs.AddAccountToGroupRequest(
                request_id=rid(),
                group_account_id=own_group.account_id,
                member_account_id=account.account_id,
                member_version=account.version,
            ),
        ),
        (
            dkr.customers.RemoveAccountFromGroup,
            cs.RemoveAccountFromGroupRequest(
                request_id=rid(),
                member_account_id=ths.member.account_id,
                member_version=ths.member.version,
            ),
        ),
        (
            dkr.customers.ListGroupMembers,
            cs.ListGroupMembersRequest(group_account_id=ths.group.account_id),
        ),
        (
            dkr.customers.ListAccountBills,
            cs.ListAccountBillsRequest(account_id=account.account_id),
        ),
        (
            dkr.customers.ListCustomerChanges,
            cs.ListCustomerChangesRequest(customer_id=customer_id),
        ),
        (dkr.premises.GetPremise, ps.GetPremiseRequest(premise_id=premise_id)),
        (
            dkr.premises.UpdatePremise,
            ps.UpdatePremiseRequest(
                request_id=rid(),
                premise_id=premise_id,
                version=1,
                premise=pb.Premise(address_line="Ailleurs"),
                update_mask=mask("address_line"),
                correction=True,
                reason="x",
            ),
        ),
        (dkr.premises.ListRounds, ps.ListRoundsRequest(agency_id=ths.agency_id)),
        (
            dkr.premises.GetSubscription,
            ps.GetSubscriptionRequest(subscription_id=subscription.subscription_id),
        ),
        (
            dkr.premises.CreateSubscription,
            ps.CreateSubscriptionRequest(
                request_id=rid(),
                subscription=pb.Subscription(
                    account_id=account.account_id,
                    premise_id=own.premise.premise_id,
                    service=pb.SERVICE_KIND_WATER,
                    product_code="CONVENTIONAL",
                    tariff_category_code="EAU-DOM",
                    calibre_code="DN15",
                    billing_periodicity=pb.BILLING_PERIODICITY_MONTHLY,
                ),
            ),
        ),
        (
            dkr.premises.CreateSubscription,
            ps.CreateSubscriptionRequest(
                request_id=rid(),
                subscription=pb.Subscription(
                    account_id=own.account.account_id,
                    premise_id=premise_id,
                    service=pb.SERVICE_KIND_WATER,
                    product_code="CONVENTIONAL",
                    tariff_category_code="EAU-DOM",
                    calibre_code="DN15",
                    billing_periodicity=pb.BILLING_PERIODICITY_MONTHLY,
                ),
            ),
        ),
        (
            dkr.premises.UpdateSubscription,
            ps.UpdateSubscriptionRequest(
                request_id=rid(),
                subscription_id=subscription.subscription_id,
                version=subscription.version,
                subscription=pb.Subscription(account_id=own.account.account_id),
                update_mask=mask("account_id"),
            ),
        ),
        (dkr.premises.ActivateSubscription, status(ps.ActivateSubscriptionRequest)),
        (dkr.premises.SuspendSubscription, status(ps.SuspendSubscriptionRequest)),
        (dkr.premises.ResumeSubscription, status(ps.ResumeSubscriptionRequest)),
        (dkr.premises.TerminateSubscription, status(ps.TerminateSubscriptionRequest)),
        (dkr.meters.GetMeter, ms.GetMeterRequest(meter_id=meter_id)),
        (
            dkr.meters.UpdateMeter,
            ms.UpdateMeterRequest(
                request_id=rid(),
                meter_id=meter_id,
                version=m.meter.version,
                meter=pb.Meter(digits=7),
                update_mask=mask("digits"),
            ),
        ),
        (
            dkr.meters.InstallMeter,
            ms.InstallMeterRequest(
                request_id=rid(),
                meter_id=ths.stock_meter.meter_id,
                meter_version=1,
                premise_id=own.premise.premise_id,
                installation_indexes={"single": "0"},
            ),
        ),
        (
            dkr.meters.InstallMeter,
            ms.InstallMeterRequest(
                request_id=rid(),
                meter_id=own_stock.meter_id,
                meter_version=own_stock.version,
                premise_id=premise_id,
                installation_indexes={"single": "0"},
            ),
        ),
        (
            dkr.meters.RemoveMeter,
            ms.RemoveMeterRequest(
                request_id=rid(),
                meter_id=meter_id,
                meter_version=m.meter.version,
                removal_indexes={"single": "10"},
                reason="x",
            ),
        ),
        (
            dkr.meters.ListMeterInstallations,
            ms.ListMeterInstallationsRequest(meter_id=meter_id),
        ),
        (
            dkr.meters.ListMeterInstallations,
            ms.ListMeterInstallationsRequest(premise_id=premise_id),
        ),
        (
            dkr.meters.FitSeal,
            ms.FitSealRequest(request_id=rid(), meter_id=meter_id, seal_number="DK-1"),
        ),
        (
            dkr.meters.RemoveSeal,
            ms.RemoveSealRequest(request_id=rid(), seal_id=ths.seal_id, reason="x"),
        ),
    ]
    for call, request in calls:
        details = refused(call, request, NOT_FOUND, "NOT_FOUND")
        assert "correlation_id" in details.metadata
    # Searches by key answer nothing rather than an error; lists leave THS out.
    found = dkr.meters.FindMeterBySerial(ms.FindMeterBySerialRequest(serial="ths 0001"))
    assert list(found.meters) == []
    nodes = dkr.premises.ListNetworkNodes(ps.ListNetworkNodesRequest(page_size=500)).nodes
    assert ths.network.transformer_id not in {n.node_id for n in nodes}
    # A customer cannot be created in THS either (the agency is not in the agent's scope).
    details = refused(
        dkr.customers.CreateCustomer,
        cs.CreateCustomerRequest(request_id=rid(), customer=_person(ths.agency_id)),
        grpc.StatusCode.INVALID_ARGUMENT,
        "INVALID_ARGUMENT",
    )
    assert details.fields == ["agency_id"]
    # ... nor a premise on THS's round.
    details = refused(
        dkr.premises.CreatePremise,
        ps.CreatePremiseRequest(
            request_id=rid(),
            premise=pb.Premise(
                agency_id=dkr_id, address_line="Rue 1", round_id=ths.network.round_id
            ),
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
        "INVALID_ARGUMENT",
    )
    assert details.fields == ["round_id"]
    _nothing_of_ths_changed(admin, ths)
    # The global administrator sees it all (the filter is the scope, not a bug).
    admin.customers.GetCustomerOverview(cs.GetCustomerOverviewRequest(customer_id=customer_id))
    assert admin.meters.FindMeterBySerial(ms.FindMeterBySerialRequest(serial="THS0001")).meters


def _person(agency_id: str) -> pb.Customer:
    return pb.Customer(
        agency_id=agency_id,
        kind=pb.CUSTOMER_KIND_PERSON,
        family_name="Fall",
        given_names="Modou",
        category_code="DOM",
    )


def _nothing_of_ths_changed(admin: Client, ths: ThsWorld) -> None:
    m = ths.made
    customer = admin.customers.GetCustomer(
        cs.GetCustomerRequest(customer_id=m.customer.customer_id)
    ).customer
    assert customer.version == 1
    account = admin.customers.GetCustomerAccount(
        cs.GetCustomerAccountRequest(account_id=m.account.account_id)
    ).account
    assert account.version == 1 and not account.group_account_id
    member = admin.customers.GetCustomerAccount(
        cs.GetCustomerAccountRequest(account_id=ths.member.account_id)
    ).account
    assert member.group_account_id == ths.group.account_id
    premise = admin.premises.GetPremise(ps.GetPremiseRequest(premise_id=m.premise.premise_id))
    assert premise.premise.version == 1
    subscription = admin.premises.GetSubscription(
        ps.GetSubscriptionRequest(subscription_id=m.subscription.subscription_id)
    ).subscription
    assert subscription == m.subscription
    meter = admin.meters.GetMeter(ms.GetMeterRequest(meter_id=m.meter.meter_id))
    assert meter.meter == m.meter and meter.current_installation.premise_id == m.premise.premise_id
    assert [(s.seal_number, s.removed_on.year) for s in meter.seals] == [("TH-77", 0)]
    stock = admin.meters.GetMeter(ms.GetMeterRequest(meter_id=ths.stock_meter.meter_id)).meter
    assert stock.status == pb.METER_STATUS_IN_STOCK and stock.version == 1


def _profile(server: LiveServer, code: str, granted: frozenset[str]) -> None:
    with server.app.uow_factory() as uow:
        uow.profiles.add(
            ProfileRow(
                id=new_id(),
                code=code,
                name=code,
                description="",
                version=1,
                created_at=server.app.clock.now(),
            ),
            granted,
        )


def test_a_missing_right_is_permission_denied(live_server):
    """A cashier reads customers (counter search) but does not change them; a user with
    no customer right does not even read them."""
    seed_reference_items(live_server.app)
    dkr_id = live_server.agency_id("DKR")
    agent = _dkr_agent(live_server)
    made = create_customer_with_subscription(agent, dkr_id)
    live_server.create_user("dkrcash", "cashier", ["DKR"], password=PASSWORD)
    _profile(live_server, "params_only", frozenset({rights.PARAMETERS_READ}))
    live_server.create_user("dkrparams", "params_only", ["DKR"], password=PASSWORD)
    cashier = live_server.login("dkrcash", PASSWORD)
    outsider = live_server.login("dkrparams", PASSWORD)
    customer_id = made.customer.customer_id

    # the cashier reads
    cashier.customers.GetCustomerOverview(cs.GetCustomerOverviewRequest(customer_id=customer_id))
    for call, request in (
        (
            cashier.customers.UpdateCustomer,
            cs.UpdateCustomerRequest(
                request_id=rid(),
                customer_id=customer_id,
                version=1,
                customer=pb.Customer(email="x@example.sn"),
                update_mask=mask("email"),
            ),
        ),
        (
            cashier.customers.CreateCustomer,
            cs.CreateCustomerRequest(request_id=rid(), customer=_person(dkr_id)),
        ),
        (
            cashier.premises.SuspendSubscription,
            ps.SuspendSubscriptionRequest(
                request_id=rid(),
                subscription_id=made.subscription.subscription_id,
                version=made.subscription.version,
                reason="debt",
            ),
        ),
        (
            cashier.meters.FitSeal,
            ms.FitSealRequest(request_id=rid(), meter_id=made.meter.meter_id, seal_number="S-1"),
        ),
        (
            outsider.customers.GetCustomerOverview,
            cs.GetCustomerOverviewRequest(customer_id=customer_id),
        ),
        (outsider.meters.GetMeter, ms.GetMeterRequest(meter_id=made.meter.meter_id)),
    ):
        details = refused(call, request, DENIED, "PERMISSION_DENIED")
        assert details.metadata["right"] in (rights.CUSTOMERS_MANAGE, rights.CUSTOMERS_READ)
    after = agent.customers.GetCustomerOverview(
        cs.GetCustomerOverviewRequest(customer_id=customer_id)
    ).overview
    assert after.customer.version == 1 and not after.seals
    assert after.subscriptions[0].status == pb.SUBSCRIPTION_STATUS_ACTIVE


def test_an_agent_of_two_agencies_sees_both(live_server):
    seed_reference_items(live_server.app)
    admin = live_server.admin()
    ths = live_server.agency_id("THS")
    made = create_customer(admin, ths)
    premise = create_premise(admin, ths)
    live_server.create_user("both", "front_desk", ["DKR", "THS"], password=PASSWORD)
    both = live_server.login("both", PASSWORD)
    assert (
        both.customers.GetCustomer(
            cs.GetCustomerRequest(customer_id=made.customer_id)
        ).customer.customer_id
        == made.customer_id
    )
    assert both.premises.GetPremise(ps.GetPremiseRequest(premise_id=premise.premise_id))


def test_a_seal_follows_its_meter_into_another_agency(live_server):
    """A seal fitted while its meter was in DKR's stock belongs to THS once the meter is
    installed at a THS premise (ADM-3): THS's agent removes it, DKR's answers NOT_FOUND."""
    seed_reference_items(live_server.app)
    admin = live_server.admin()
    dkr_id, ths_id = live_server.agency_id("DKR"), live_server.agency_id("THS")
    meter = register_meter(admin, dkr_id, "DKR-STOCK-SEAL")
    seal = admin.meters.FitSeal(
        ms.FitSealRequest(request_id=rid(), meter_id=meter.meter_id, seal_number="MV-1")
    ).seal
    premise = create_premise(admin, ths_id)
    moved = install_meter(admin, meter, premise.premise_id).meter
    assert moved.agency_id == ths_id
    dkr = _dkr_agent(live_server)
    live_server.create_user("thsdesk", "front_desk", ["THS"], password=PASSWORD)
    ths = live_server.login("thsdesk", PASSWORD)
    refused(
        dkr.meters.RemoveSeal,
        ms.RemoveSealRequest(request_id=rid(), seal_id=seal.seal_id, reason="x"),
        NOT_FOUND,
        "NOT_FOUND",
    )
    removed = ths.meters.RemoveSeal(
        ms.RemoveSealRequest(request_id=rid(), seal_id=seal.seal_id, reason="broken")
    ).seal
    assert removed.removed_on.year


def test_the_history_of_a_customer_leaves_out_another_agencys_records(live_server):
    """A DKR customer may pay through an account kept in THS: DKR's agent sees neither
    that account in the 360 view nor its changes in the customer's history (ACC-4 read
    through the agency scope, ADM-3)."""
    seed_reference_items(live_server.app)
    admin = live_server.admin()
    dkr_id, ths_id = live_server.agency_id("DKR"), live_server.agency_id("THS")
    customer = create_customer(admin, dkr_id)
    ths_account = create_account(admin, customer.customer_id, agency_id=ths_id)
    admin.customers.UpdateCustomerAccount(
        cs.UpdateCustomerAccountRequest(
            request_id=rid(),
            account_id=ths_account.account_id,
            version=ths_account.version,
            account=pb.CustomerAccount(billing_address=pb.PostalAddress(address_line="Thiès")),
            update_mask=mask("billing_address.address_line"),
        )
    )
    dkr = _dkr_agent(live_server)
    overview = dkr.customers.GetCustomerOverview(
        cs.GetCustomerOverviewRequest(customer_id=customer.customer_id)
    ).overview
    assert not overview.accounts
    changes = dkr.customers.ListCustomerChanges(
        cs.ListCustomerChangesRequest(customer_id=customer.customer_id)
    ).changes
    assert {c.entity_type for c in changes} == {"customer"}
    every = admin.customers.ListCustomerChanges(
        cs.ListCustomerChangesRequest(customer_id=customer.customer_id)
    ).changes
    assert {c.entity_type for c in every} == {"customer", "account"}
