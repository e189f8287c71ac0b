"""Customer accounts (payers, issue 3): numbers with a Luhn check digit, billing address,
grouped accounts (ACC-1: one payer for many subscriptions), open bills and balances, and
bills append-only on both databases."""

from __future__ import annotations

import base64
from datetime import date, timedelta

import grpc
import pytest
import sqlalchemy.exc
from sqlalchemy import text

from iwebs.v1 import customer_pb2 as pb
from iwebs.v1 import customer_service_pb2 as cs
from iwebs.v1 import meter_service_pb2 as ms
from iwebs.v1 import premise_service_pb2 as ps
from iwebs_server.domain.account_numbers import is_valid_account_number
from tests.factories.customer_base import (
    add_bill,
    create_account,
    create_customer,
    create_customer_with_subscription,
    create_premise,
    create_subscription,
    mask,
    rid,
    seed_reference_items,
)
from tests.factories.grpc_client import Client
from tests.factories.live_server import LiveServer
from tests.server.rpc.security_helpers import refused

INVALID = grpc.StatusCode.INVALID_ARGUMENT
PASSWORD = "Front-Desk-Password-1"


@pytest.fixture
def desk(live_server: LiveServer) -> tuple[LiveServer, Client]:
    seed_reference_items(live_server.app)
    live_server.create_user("accueil", "front_desk", ["DKR"], password=PASSWORD)
    return live_server, live_server.login("accueil", PASSWORD)


def _get(client: Client, **key: str) -> cs.GetCustomerAccountResponse:
    return client.customers.GetCustomerAccount(cs.GetCustomerAccountRequest(**key))


def test_accounts_are_numbered_with_a_check_digit_and_found_by_number(desk):
    server, client = desk
    customer = create_customer(client, server.agency_id("DKR"))
    first = create_account(client, customer.customer_id)
    second = create_account(client, customer.customer_id, currency_code="")
    assert is_valid_account_number(first.account_number)
    assert int(second.account_number[:9]) == int(first.account_number[:9]) + 1
    assert second.currency_code == "XOF" and second.status == pb.ACCOUNT_STATUS_ACTIVE
    assert second.agency_id == customer.agency_id
    assert _get(client, account_number=second.account_number).account == second
    spaced = f"{second.account_number[:5]} {second.account_number[5:]}"
    assert _get(client, account_number=spaced).account.account_id == second.account_id
    refused(
        client.customers.GetCustomerAccount,
        cs.GetCustomerAccountRequest(account_number="0000000000"),
        grpc.StatusCode.NOT_FOUND,
        "NOT_FOUND",
    )
    details = refused(
        client.customers.CreateCustomerAccount,
        cs.CreateCustomerAccountRequest(
            request_id=rid(),
            account=pb.CustomerAccount(customer_id=customer.customer_id, currency_code="F CFA"),
        ),
        INVALID,
        "INVALID_ARGUMENT",
    )
    assert details.fields == ["currency_code"]


def test_billing_address_update_and_close(desk):
    server, client = desk
    customer = create_customer(client, server.agency_id("DKR"))
    account = create_account(client, customer.customer_id)
    updated = client.customers.UpdateCustomerAccount(
        cs.UpdateCustomerAccountRequest(
            request_id=rid(),
            account_id=account.account_id,
            version=account.version,
            account=pb.CustomerAccount(
                billing_address=pb.PostalAddress(
                    address_line="BP 3000", city="Dakar", postal_box="3000"
                ),
                status=pb.ACCOUNT_STATUS_CLOSED,
            ),
            update_mask=mask("billing_address.address_line", "billing_address.postal_box"),
        )
    ).account
    assert updated.billing_address.address_line == "BP 3000"
    assert updated.billing_address.postal_box == "3000"
    assert updated.billing_address.city == "Dakar"  # unchanged: not in the mask
    assert updated.status == pb.ACCOUNT_STATUS_ACTIVE and updated.version == 2
    closed = client.customers.UpdateCustomerAccount(
        cs.UpdateCustomerAccountRequest(
            request_id=rid(),
            account_id=account.account_id,
            version=2,
            account=pb.CustomerAccount(status=pb.ACCOUNT_STATUS_CLOSED),
            update_mask=mask("status"),
            reason="customer moved away",
        )
    ).account
    assert closed.status == pb.ACCOUNT_STATUS_CLOSED
    changes = client.customers.ListCustomerChanges(
        cs.ListCustomerChangesRequest(customer_id=customer.customer_id, entity_type="account")
    ).changes
    assert [(c.field, c.old_value, c.new_value, c.reason) for c in changes[:1]] == [
        ("status", "active", "closed", "customer moved away")
    ]
    # a closed account takes no new subscription
    premise = create_premise(client, server.agency_id("DKR"))
    with pytest.raises(grpc.RpcError) as caught:
        create_subscription(client, account.account_id, premise.premise_id)
    assert caught.value.code() == INVALID  # type: ignore[attr-defined]


def test_an_account_that_pays_a_live_subscription_stays_an_open_payer(desk):
    """A payer with a subscription still running (requested, active or suspended) is not
    closed nor turned into a grouped account, which pays only through its members (ACC-1):
    the subscription would be billed to an account that takes no bill."""
    server, client = desk
    made = create_customer_with_subscription(client, server.agency_id("DKR"))
    account = made.account
    for values, path in (
        ({"status": pb.ACCOUNT_STATUS_CLOSED}, "status"),
        ({"is_group": True}, "is_group"),
    ):
        details = refused(
            client.customers.UpdateCustomerAccount,
            cs.UpdateCustomerAccountRequest(
                request_id=rid(),
                account_id=account.account_id,
                version=account.version,
                account=pb.CustomerAccount(**values),
                update_mask=mask(path),
                reason="x",
            ),
            INVALID,
            "INVALID_ARGUMENT",
        )
        assert details.fields == [path]
    subscription = made.subscription
    client.meters.RemoveMeter(
        ms.RemoveMeterRequest(
            request_id=rid(),
            meter_id=made.meter.meter_id,
            meter_version=made.meter.version,
            removal_indexes={"single": "000042"},
            reason="moved away",
        )
    )
    client.premises.TerminateSubscription(
        ps.TerminateSubscriptionRequest(
            request_id=rid(),
            subscription_id=subscription.subscription_id,
            version=subscription.version,
            reason="moved away",
        )
    )
    closed = client.customers.UpdateCustomerAccount(
        cs.UpdateCustomerAccountRequest(
            request_id=rid(),
            account_id=account.account_id,
            version=account.version,
            account=pb.CustomerAccount(status=pb.ACCOUNT_STATUS_CLOSED),
            update_mask=mask("status"),
        )
    ).account
    assert closed.status == pb.ACCOUNT_STATUS_CLOSED


def test_grouped_accounts(desk):
    """ACC-1 grouped accounts: a group account pays for its members; members are in scope,
    a group is never a member, no nesting."""
    server, client = desk
    dkr = server.agency_id("DKR")
    ministry = create_customer(
        client,
        dkr,
        kind=pb.CUSTOMER_KIND_ORGANISATION,
        organisation_name="Ministère de la Santé",
        category_code="ADM",
        id_document_type="",
        id_document_number="",
    )
    group = create_account(client, ministry.customer_id, is_group=True)
    clinics = [create_customer_with_subscription(client, dkr) for _ in range(3)]

    def add(member: pb.CustomerAccount, group_id: str = group.account_id):  # type: ignore[no-untyped-def]
        return client.customers.AddAccountToGroup(
            cs.AddAccountToGroupRequest(
                request_id=rid(),
                group_account_id=group_id,
                member_account_id=member.account_id,
                member_version=member.version,
                reason="convention 2026",
            )
        ).member

    members = [add(c.account) for c in clinics]
    assert {m.group_account_id for m in members} == {group.account_id}
    assert {m.group_account_number for m in members} == {group.account_number}
    listed = client.customers.ListGroupMembers(
        cs.ListGroupMembersRequest(group_account_id=group.account_id, page_size=2)
    )
    assert len(listed.members) == 2 and listed.next_page_token
    rest = client.customers.ListGroupMembers(
        cs.ListGroupMembersRequest(
            group_account_id=group.account_id, page_size=2, page_token=listed.next_page_token
        )
    )
    assert {m.account_id for m in [*listed.members, *rest.members]} == {
        m.account_id for m in members
    }

    def add_error(member: pb.CustomerAccount, group_id: str) -> list[str]:
        request = cs.AddAccountToGroupRequest(
            request_id=rid(),
            group_account_id=group_id,
            member_account_id=member.account_id,
            member_version=member.version,
        )
        return refused(
            client.customers.AddAccountToGroup, request, INVALID, "INVALID_ARGUMENT"
        ).fields

    other_group = create_account(client, ministry.customer_id, is_group=True)
    assert add_error(other_group, group.account_id) == ["member_account_id"]  # no nesting
    assert add_error(members[0], other_group.account_id) == ["member_account_id"]  # one group
    plain = create_account(client, ministry.customer_id)
    assert add_error(plain, plain.account_id) == ["member_account_id"]
    assert add_error(plain, members[1].account_id) == ["group_account_id"]  # not a group
    # a member cannot turn into a group, a group with members cannot stop being one
    for account_id, version, value in (
        (members[0].account_id, members[0].version, True),
        (group.account_id, group.version, False),
    ):
        details = refused(
            client.customers.UpdateCustomerAccount,
            cs.UpdateCustomerAccountRequest(
                request_id=rid(),
                account_id=account_id,
                version=version,
                account=pb.CustomerAccount(is_group=value),
                update_mask=mask("is_group"),
            ),
            INVALID,
            "INVALID_ARGUMENT",
        )
        assert details.fields == ["is_group"]
    # a group with members is not closed: its members would point at a closed payer
    details = refused(
        client.customers.UpdateCustomerAccount,
        cs.UpdateCustomerAccountRequest(
            request_id=rid(),
            account_id=group.account_id,
            version=group.version,
            account=pb.CustomerAccount(status=pb.ACCOUNT_STATUS_CLOSED),
            update_mask=mask("status"),
        ),
        INVALID,
        "INVALID_ARGUMENT",
    )
    assert details.fields == ["status"]
    # a group pays through its members: no subscription of its own
    premise = create_premise(client, dkr)
    with pytest.raises(grpc.RpcError):
        create_subscription(client, group.account_id, premise.premise_id)
    # removal, with the version read; the history of both customers shows the move
    removed = client.customers.RemoveAccountFromGroup(
        cs.RemoveAccountFromGroupRequest(
            request_id=rid(),
            member_account_id=members[0].account_id,
            member_version=members[0].version,
            reason="clinic privatised",
        )
    ).member
    assert removed.group_account_id == "" and removed.version == members[0].version + 1
    refused(
        client.customers.RemoveAccountFromGroup,
        cs.RemoveAccountFromGroupRequest(
            request_id=rid(), member_account_id=removed.account_id, member_version=1
        ),
        grpc.StatusCode.FAILED_PRECONDITION,
        "VERSION_CONFLICT",
    )
    for customer_id in (clinics[0].customer.customer_id, ministry.customer_id):
        moves = [
            (c.old_value, c.new_value, c.reason)
            for c in client.customers.ListCustomerChanges(
                cs.ListCustomerChangesRequest(
                    customer_id=customer_id, entity_id=members[0].account_id
                )
            ).changes
        ]
        assert moves[:2] == [
            (group.account_number, "", "clinic privatised"),
            ("", group.account_number, "convention 2026"),
        ]


def test_open_bills_and_balances(desk):
    """What the counter collects (issue 4 will subtract payments): open bills oldest due
    first, balance, overdue part."""
    server, client = desk
    made = create_customer_with_subscription(client, server.agency_id("DKR"))
    second = create_account(client, made.customer.customer_id)
    today = date.today()
    add_bill(server.app, made.account, "F-2026-09", today - timedelta(days=40), 18_450_00)
    add_bill(server.app, made.account, "F-2026-11", today + timedelta(days=10), 9_900_00)
    add_bill(server.app, made.account, "F-2026-10", today - timedelta(days=10), 12_000_00)
    add_bill(server.app, second, "F-2-2026-10", today - timedelta(days=5), 5_000_00)
    bills = client.customers.ListAccountBills(
        cs.ListAccountBillsRequest(account_id=made.account.account_id, open_only=True)
    ).bills
    assert [b.bill_number for b in bills] == ["F-2026-09", "F-2026-10", "F-2026-11"]
    assert bills[0].amount.amount_minor == bills[0].open_amount.amount_minor == 18_450_00
    assert bills[0].amount.currency_code == "XOF" and bills[0].origin == "legacy"
    paged = client.customers.ListAccountBills(
        cs.ListAccountBillsRequest(account_id=made.account.account_id, page_size=2)
    )
    assert len(paged.bills) == 2 and paged.next_page_token
    # a forged position beyond any database offset is a field error, not INTERNAL (SEC-10)
    forged = base64.urlsafe_b64encode(f"p:{10**30}".encode()).decode("ascii")
    for call, request in (
        (
            client.customers.ListAccountBills,
            cs.ListAccountBillsRequest(account_id=made.account.account_id, page_token=forged),
        ),
        (
            client.customers.ListCustomerChanges,
            cs.ListCustomerChangesRequest(customer_id=made.customer.customer_id, page_token=forged),
        ),
    ):
        assert refused(call, request, INVALID, "INVALID_ARGUMENT").fields == ["page_token"]
    balance = _get(client, account_id=made.account.account_id).balance
    assert balance.balance.amount_minor == 40_350_00
    assert balance.overdue.amount_minor == 30_450_00
    assert balance.open_bill_count == 3
    overview = client.customers.GetCustomerOverview(
        cs.GetCustomerOverviewRequest(customer_id=made.customer.customer_id)
    ).overview
    assert [b.bill_number for b in overview.open_bills] == [
        "F-2026-09",
        "F-2026-10",
        "F-2-2026-10",
        "F-2026-11",
    ]
    by_account = {b.account_id: b for b in overview.balances}
    assert by_account[second.account_id].balance.amount_minor == 5_000_00
    assert by_account[made.account.account_id].open_bill_count == 3


def test_bills_are_append_only(desk):
    """A bill is a financial fact: the database refuses UPDATE and DELETE (trigger)."""
    server, client = desk
    made = create_customer_with_subscription(client, server.agency_id("DKR"))
    bill_id = add_bill(server.app, made.account, "F-LOCKED", date(2026, 10, 31), 10_000_00)
    for statement in (
        "UPDATE bills SET amount_minor = 1 WHERE id = :id",
        "DELETE FROM bills WHERE id = :id",
    ):
        with pytest.raises(sqlalchemy.exc.DBAPIError), server.app.engine.begin() as connection:
            connection.execute(text(statement), {"id": bill_id})
    with server.app.engine.connect() as connection:
        amount = connection.execute(
            text("SELECT amount_minor FROM bills WHERE id = :id"), {"id": bill_id}
        ).scalar_one()
    assert amount == 10_000_00


def test_subscription_transfer_to_another_payer(desk):
    """A subscription moves to another account (update_mask account_id); both customers'
    histories show it."""
    server, client = desk
    dkr = server.agency_id("DKR")
    made = create_customer_with_subscription(client, dkr)
    heir = create_customer(client, dkr, family_name="Diallo", given_names="Ousmane")
    heir_account = create_account(client, heir.customer_id)
    moved = client.premises.UpdateSubscription(
        ps.UpdateSubscriptionRequest(
            request_id=rid(),
            subscription_id=made.subscription.subscription_id,
            version=made.subscription.version,
            subscription=pb.Subscription(account_id=heir_account.account_id),
            update_mask=mask("account_id"),
            reason="succession",
        )
    ).subscription
    assert moved.account_id == heir_account.account_id
    for customer_id in (made.customer.customer_id, heir.customer_id):
        change = client.customers.ListCustomerChanges(
            cs.ListCustomerChangesRequest(customer_id=customer_id, entity_type="subscription")
        ).changes[0]
        assert (change.field, change.old_value, change.new_value, change.reason) == (
            "account_id",
            made.account.account_id,
            heir_account.account_id,
            "succession",
        )
    heir_view = client.customers.GetCustomerOverview(
        cs.GetCustomerOverviewRequest(customer_id=heir.customer_id)
    ).overview
    assert [s.subscription_id for s in heir_view.subscriptions] == [moved.subscription_id]
    assert [m.meter_id for m in heir_view.meters] == [made.meter.meter_id]
