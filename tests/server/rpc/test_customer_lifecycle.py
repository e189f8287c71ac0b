"""Subscriptions through their life cycle, meters installed and removed, seals fitted and
removed (issue 3 item 1), each state change in the history (ACC-4)."""

from __future__ import annotations

from datetime import date, timedelta

import grpc
import pytest

from iwebs.v1 import common_pb2
from iwebs.v1 import customer_pb2 as pb
from iwebs.v1 import customer_service_pb2 as cs
from iwebs.v1 import meter_service_pb2 as ms
from iwebs.v1 import premise_service_pb2 as ps
from tests.factories.customer_base import (
    create_account,
    create_customer,
    create_customer_with_subscription,
    create_premise,
    create_subscription,
    install_meter,
    mask,
    register_meter,
    rid,
    seed_reference_items,
)
from tests.factories.grpc_client import Client
from tests.factories.live_server import LiveServer
from tests.server.rpc.security_helpers import refused

INVALID = grpc.StatusCode.INVALID_ARGUMENT
PRECONDITION = grpc.StatusCode.FAILED_PRECONDITION
PASSWORD = "Front-Desk-Password-1"


@pytest.fixture
def desk(live_server: LiveServer) -> tuple[LiveServer, Client]:
    seed_reference_items(live_server.app)
    live_server.create_user("accueil", "front_desk", ["DKR"], password=PASSWORD)
    return live_server, live_server.login("accueil", PASSWORD)


def _day(value: date) -> common_pb2.Date:
    return common_pb2.Date(year=value.year, month=value.month, day=value.day)


def _as_date(value: common_pb2.Date) -> date | None:
    return date(value.year, value.month, value.day) if value.year else None


def test_subscription_life_cycle(desk):
    server, client = desk
    dkr = server.agency_id("DKR")
    customer = create_customer(client, dkr)
    account = create_account(client, customer.customer_id)
    premise = create_premise(client, dkr)
    today = date.today()
    sub = create_subscription(
        client,
        account.account_id,
        premise.premise_id,
        requested_on=_day(today - timedelta(days=20)),
    )
    assert sub.status == pb.SUBSCRIPTION_STATUS_REQUESTED
    assert sub.subscription_number.startswith("S")

    def verb(call, request_type, version, **extra):  # type: ignore[no-untyped-def]
        return call(
            request_type(
                request_id=rid(), subscription_id=sub.subscription_id, version=version, **extra
            )
        ).subscription

    p = client.premises
    # suspending or resuming a requested subscription is not a transition
    for call, request_type in (
        (p.SuspendSubscription, ps.SuspendSubscriptionRequest),
        (p.ResumeSubscription, ps.ResumeSubscriptionRequest),
    ):
        with pytest.raises(grpc.RpcError) as caught:
            verb(call, request_type, 1, reason="debt")
        assert caught.value.code() == PRECONDITION  # type: ignore[attr-defined]
    refused(
        p.ActivateSubscription,
        ps.ActivateSubscriptionRequest(
            request_id=rid(),
            subscription_id=sub.subscription_id,
            version=1,
            effective_on=_day(today + timedelta(days=1)),
        ),
        INVALID,
        "INVALID_ARGUMENT",
    )
    details = refused(
        p.ActivateSubscription,
        ps.ActivateSubscriptionRequest(
            request_id=rid(),
            subscription_id=sub.subscription_id,
            version=1,
            effective_on=_day(today - timedelta(days=30)),
        ),
        INVALID,
        "INVALID_ARGUMENT",
    )
    assert details.fields == ["effective_on"]
    active = verb(
        p.ActivateSubscription,
        ps.ActivateSubscriptionRequest,
        1,
        effective_on=_day(today - timedelta(days=10)),
    )
    assert active.status == pb.SUBSCRIPTION_STATUS_ACTIVE
    assert _as_date(active.activated_on) == today - timedelta(days=10)
    details = refused(
        p.ActivateSubscription,
        ps.ActivateSubscriptionRequest(
            request_id=rid(), subscription_id=sub.subscription_id, version=2
        ),
        PRECONDITION,
        "INVALID_STATE_TRANSITION",
    )
    assert details.metadata["current_state"] == "active"
    # a cut needs a reason
    details = refused(
        p.SuspendSubscription,
        ps.SuspendSubscriptionRequest(
            request_id=rid(), subscription_id=sub.subscription_id, version=2
        ),
        INVALID,
        "INVALID_ARGUMENT",
    )
    assert details.fields == ["reason"]
    cut = verb(p.SuspendSubscription, ps.SuspendSubscriptionRequest, 2, reason="unpaid bills")
    assert cut.status == pb.SUBSCRIPTION_STATUS_SUSPENDED and _as_date(cut.suspended_on) == today
    back = verb(p.ResumeSubscription, ps.ResumeSubscriptionRequest, 3, reason="paid")
    assert back.status == pb.SUBSCRIPTION_STATUS_ACTIVE and not back.HasField("suspended_on")
    ended = verb(p.TerminateSubscription, ps.TerminateSubscriptionRequest, 4, reason="moved")
    assert ended.status == pb.SUBSCRIPTION_STATUS_TERMINATED
    assert _as_date(ended.terminated_on) == today and ended.version == 5
    # a terminated subscription is final, and cannot be edited
    refused(
        p.UpdateSubscription,
        ps.UpdateSubscriptionRequest(
            request_id=rid(),
            subscription_id=sub.subscription_id,
            version=5,
            subscription=pb.Subscription(tariff_category_code="PPP"),
            update_mask=mask("tariff_category_code"),
        ),
        PRECONDITION,
        "INVALID_STATE_TRANSITION",
    )
    history = client.customers.ListCustomerChanges(
        cs.ListCustomerChangesRequest(
            customer_id=customer.customer_id, entity_id=sub.subscription_id
        )
    ).changes
    statuses = [
        (c.old_value, c.new_value, c.reason)
        for c in reversed(history)
        if c.action == "status" and c.field == "status"
    ]
    assert statuses == [
        ("requested", "active", ""),
        ("active", "suspended", "unpaid bills"),
        ("suspended", "active", "paid"),
        ("active", "terminated", "moved"),
    ]
    # the premise takes a new electricity subscription once the old one is terminated
    again = create_subscription(client, account.account_id, premise.premise_id)
    assert again.status == pb.SUBSCRIPTION_STATUS_REQUESTED


def test_subscription_rules_per_service(desk):
    server, client = desk
    dkr = server.agency_id("DKR")
    customer = create_customer(client, dkr)
    account = create_account(client, customer.customer_id)
    premise = create_premise(client, dkr)

    def error(service: str, **values) -> list[str]:  # type: ignore[no-untyped-def]
        with pytest.raises(grpc.RpcError) as caught:
            create_subscription(client, account.account_id, premise.premise_id, service, **values)
        from tests.factories.grpc_client import error_details

        details = error_details(caught.value)
        assert details.code == INVALID, details
        return sorted(details.fields)

    assert error("electricity", subscribed_power_va=0) == ["subscribed_power_va"]
    assert error("electricity", calibre_code="DN15") == ["calibre_code"]
    assert error("water", calibre_code="") == ["calibre_code"]
    assert error("water", subscribed_power_va=3000) == ["subscribed_power_va"]
    assert error("water", calibre_code="DN999") == ["calibre_code"]
    assert error("water", tariff_category_code="NOPE", product_code="") == [
        "product_code",
        "tariff_category_code",
    ]
    assert error("water", billing_periodicity=pb.BILLING_PERIODICITY_UNSPECIFIED) == [
        "billing_periodicity"
    ]
    unspecified = refused(
        client.premises.CreateSubscription,
        ps.CreateSubscriptionRequest(
            request_id=rid(),
            subscription=pb.Subscription(
                account_id=account.account_id,
                premise_id=premise.premise_id,
                product_code="CONVENTIONAL",
                tariff_category_code="DPP",
                billing_periodicity=pb.BILLING_PERIODICITY_MONTHLY,
            ),
        ),
        INVALID,
        "INVALID_ARGUMENT",
    )
    assert unspecified.fields == ["service"]
    water = create_subscription(client, account.account_id, premise.premise_id, "water")
    power = create_subscription(client, account.account_id, premise.premise_id, "electricity")
    assert (water.calibre_code, water.subscribed_power_va) == ("DN15", 0)
    assert (power.calibre_code, power.subscribed_power_va) == ("", 6000)
    # one live subscription per service at a premise
    with pytest.raises(grpc.RpcError) as caught:
        create_subscription(client, account.account_id, premise.premise_id, "water")
    assert caught.value.code() == grpc.StatusCode.ALREADY_EXISTS  # type: ignore[attr-defined]
    # subscribed power changes by mask; history keeps old -> new
    raised = client.premises.UpdateSubscription(
        ps.UpdateSubscriptionRequest(
            request_id=rid(),
            subscription_id=power.subscription_id,
            version=power.version,
            subscription=pb.Subscription(subscribed_power_va=9000, tariff_category_code="PPP"),
            update_mask=mask("subscribed_power_va"),
        )
    ).subscription
    assert (raised.subscribed_power_va, raised.tariff_category_code) == (9000, "DPP")
    change = client.customers.ListCustomerChanges(
        cs.ListCustomerChangesRequest(customer_id=customer.customer_id, entity_type="subscription")
    ).changes[0]
    assert (change.field, change.old_value, change.new_value) == (
        "subscribed_power_va",
        "6000",
        "9000",
    )


def test_meter_registration_and_serial_search(desk):
    server, client = desk
    dkr = server.agency_id("DKR")
    meter = register_meter(
        client,
        dkr,
        "sag-12 345",
        make_code="SAGEMCOM",
        meter_type_code="ELEC-DT",
        multiplier="40",
        manufactured_year=2024,
        registers=[
            pb.MeterRegister(code="peak", unit="kWh"),
            pb.MeterRegister(code="offpeak", unit="kWh"),
        ],
    )
    assert meter.status == pb.METER_STATUS_IN_STOCK and meter.multiplier == "40"
    assert sorted(r.code for r in meter.registers) == ["offpeak", "peak"]
    found = client.meters.FindMeterBySerial(ms.FindMeterBySerialRequest(serial="SAG12345"))
    assert [m.meter_id for m in found.meters] == [meter.meter_id]
    # the same serial of the same make is one meter
    with pytest.raises(grpc.RpcError) as caught:
        register_meter(client, dkr, "SAG 12345", make_code="SAGEMCOM")
    from tests.factories.grpc_client import error_details

    duplicate = error_details(caught.value)
    assert (duplicate.code, duplicate.fields) == (grpc.StatusCode.ALREADY_EXISTS, ["serial"])
    # ... another make may use it
    register_meter(client, dkr, "SAG 12345", make_code="ITRON")

    def error(**values) -> list[str]:  # type: ignore[no-untyped-def]
        with pytest.raises(grpc.RpcError) as caught:
            register_meter(client, dkr, values.pop("serial", "X-1"), **values)
        return sorted(error_details(caught.value).fields)

    assert error(digits=0) == ["digits"]
    assert error(multiplier="-2") == ["multiplier"]
    assert error(make_code="ACME") == ["make_code"]
    assert error(serial=" - ") == ["serial"]
    assert error(registers=[pb.MeterRegister(code="single", unit="m3")]) == ["registers[0].unit"]
    assert error(registers=[pb.MeterRegister(code="night", unit="kWh")]) == ["registers[0].code"]
    assert error(manufactured_year=1800) == ["manufactured_year"]
    # a correction of the meter's data needs a reason and is historized
    corrected = client.meters.UpdateMeter(
        ms.UpdateMeterRequest(
            request_id=rid(),
            meter_id=meter.meter_id,
            version=meter.version,
            meter=pb.Meter(digits=7, serial="SAG-12346"),
            update_mask=mask("digits", "serial"),
            correction=True,
            reason="plate read again",
        )
    ).meter
    assert (corrected.digits, corrected.serial, corrected.version) == (7, "SAG-12346", 2)
    assert client.meters.FindMeterBySerial(ms.FindMeterBySerialRequest(serial="sag12346")).meters


def test_meter_install_remove_and_history(desk):
    server, client = desk
    dkr = server.agency_id("DKR")
    made = create_customer_with_subscription(client, dkr, serial="ITR-100")
    meter = made.meter
    assert meter.status == pb.METER_STATUS_INSTALLED
    # a second meter for the same subscription is refused
    spare = register_meter(client, dkr, "ITR-101")
    with pytest.raises(grpc.RpcError) as caught:
        install_meter(client, spare, made.premise.premise_id, made.subscription.subscription_id)
    assert caught.value.code() == grpc.StatusCode.ALREADY_EXISTS  # type: ignore[attr-defined]
    # an installed meter cannot be installed again
    refused(
        client.meters.InstallMeter,
        ms.InstallMeterRequest(
            request_id=rid(),
            meter_id=meter.meter_id,
            meter_version=meter.version,
            premise_id=made.premise.premise_id,
            installation_indexes={"single": "0"},
        ),
        PRECONDITION,
        "INVALID_STATE_TRANSITION",
    )
    # removal: indexes for every register within the dial, and a reason
    remove = ms.RemoveMeterRequest(
        request_id=rid(),
        meter_id=meter.meter_id,
        meter_version=meter.version,
        removal_indexes={"single": "1234567"},
        reason="",
    )
    details = refused(client.meters.RemoveMeter, remove, INVALID, "INVALID_ARGUMENT")
    assert sorted(details.fields) == ["reason"]
    remove.request_id, remove.reason = rid(), "dial broken"
    details = refused(client.meters.RemoveMeter, remove, INVALID, "INVALID_ARGUMENT")
    assert details.fields == ["removal_indexes[single]"]
    remove.request_id = rid()
    remove.removal_indexes["single"] = "004321"
    removed = client.meters.RemoveMeter(remove)
    assert removed.meter.status == pb.METER_STATUS_REMOVED
    assert dict(removed.installation.removal_indexes) == {"single": "004321"}
    assert removed.installation.removal_reason == "dial broken"
    again = client.meters.RemoveMeter(remove)  # idempotent replay
    assert again.installation == removed.installation
    # the spare goes in; the removed meter may go to another premise later
    swap = install_meter(
        client, spare, made.premise.premise_id, made.subscription.subscription_id, "000010"
    )
    assert swap.installation.installation_indexes["single"] == "000010"
    elsewhere = create_premise(client, dkr)
    moved = install_meter(client, removed.meter, elsewhere.premise_id)
    assert moved.meter.status == pb.METER_STATUS_INSTALLED
    history = client.meters.ListMeterInstallations(
        ms.ListMeterInstallationsRequest(meter_id=meter.meter_id)
    ).installations
    assert [i.premise_id for i in history] == [elsewhere.premise_id, made.premise.premise_id]
    at_premise = client.meters.ListMeterInstallations(
        ms.ListMeterInstallationsRequest(premise_id=made.premise.premise_id)
    ).installations
    assert {i.meter_serial for i in at_premise} == {"ITR-100", "ITR-101"}
    refused(
        client.meters.ListMeterInstallations,
        ms.ListMeterInstallationsRequest(),
        INVALID,
        "INVALID_ARGUMENT",
    )
    current = client.meters.GetMeter(ms.GetMeterRequest(meter_id=spare.meter_id))
    assert current.current_installation.subscription_id == made.subscription.subscription_id
    overview = client.customers.GetCustomerOverview(
        cs.GetCustomerOverviewRequest(customer_id=made.customer.customer_id)
    ).overview
    assert [m.serial for m in overview.meters] == ["ITR-101"]
    changes = client.customers.ListCustomerChanges(
        cs.ListCustomerChangesRequest(customer_id=made.customer.customer_id, entity_type="meter")
    ).changes
    removal = [c for c in changes if c.entity_id == meter.meter_id and c.field == "status"]
    assert [(c.old_value, c.new_value) for c in removal][:2] == [
        ("installed", "removed"),
        ("in_stock", "installed"),
    ]


def test_a_subscription_ends_after_its_meter_is_removed(desk):
    """ACC-1 termination: the meter comes out (final index) before the subscription ends, so
    no meter stays installed for a terminated subscription."""
    server, client = desk
    made = create_customer_with_subscription(client, server.agency_id("DKR"), serial="ITR-300")
    sub = made.subscription
    terminate = ps.TerminateSubscriptionRequest(
        request_id=rid(), subscription_id=sub.subscription_id, version=sub.version, reason="moved"
    )
    refused(
        client.premises.TerminateSubscription, terminate, PRECONDITION, "INVALID_STATE_TRANSITION"
    )
    client.meters.RemoveMeter(
        ms.RemoveMeterRequest(
            request_id=rid(),
            meter_id=made.meter.meter_id,
            meter_version=made.meter.version,
            removal_indexes={"single": "000120"},
            reason="customer moved out",
        )
    )
    terminate.request_id = rid()
    ended = client.premises.TerminateSubscription(terminate).subscription
    assert ended.status == pb.SUBSCRIPTION_STATUS_TERMINATED


def test_seals(desk):
    server, client = desk
    made = create_customer_with_subscription(client, server.agency_id("DKR"))
    meter_id = made.meter.meter_id
    fit = ms.FitSealRequest(
        request_id=rid(), meter_id=meter_id, seal_number="sn-000123", position="COUVERCLE"
    )
    seal = client.meters.FitSeal(fit).seal
    assert seal.seal_number == "SN-000123" and seal.position == "COUVERCLE"
    assert client.meters.FitSeal(fit).seal == seal  # replay
    # a seal number is used once, whatever the meter
    other = register_meter(client, server.agency_id("DKR"), "OTHER-1")
    details = refused(
        client.meters.FitSeal,
        ms.FitSealRequest(request_id=rid(), meter_id=other.meter_id, seal_number="SN-000123"),
        grpc.StatusCode.ALREADY_EXISTS,
        "ALREADY_EXISTS",
    )
    assert details.fields == ["seal_number"]
    details = refused(
        client.meters.FitSeal,
        ms.FitSealRequest(request_id=rid(), meter_id=meter_id, seal_number="SN-2", position="ROOF"),
        INVALID,
        "INVALID_ARGUMENT",
    )
    assert details.fields == ["position"]
    second = client.meters.FitSeal(
        ms.FitSealRequest(request_id=rid(), meter_id=meter_id, seal_number="SN-2")
    ).seal
    overview = client.customers.GetCustomerOverview(
        cs.GetCustomerOverviewRequest(customer_id=made.customer.customer_id)
    ).overview
    assert {s.seal_number for s in overview.seals} == {"SN-000123", "SN-2"}
    details = refused(
        client.meters.RemoveSeal,
        ms.RemoveSealRequest(request_id=rid(), seal_id=second.seal_id),
        INVALID,
        "INVALID_ARGUMENT",
    )
    assert details.fields == ["reason"]
    removed = client.meters.RemoveSeal(
        ms.RemoveSealRequest(request_id=rid(), seal_id=second.seal_id, reason="broken, fraud?")
    ).seal
    assert removed.removed_on.year and removed.removal_reason == "broken, fraud?"
    refused(
        client.meters.RemoveSeal,
        ms.RemoveSealRequest(request_id=rid(), seal_id=second.seal_id, reason="again"),
        PRECONDITION,
        "INVALID_STATE_TRANSITION",
    )
    meter = client.meters.GetMeter(ms.GetMeterRequest(meter_id=meter_id))
    assert {(s.seal_number, bool(s.removed_on.year)) for s in meter.seals} == {
        ("SN-000123", False),
        ("SN-2", True),
    }
    overview = client.customers.GetCustomerOverview(
        cs.GetCustomerOverviewRequest(customer_id=made.customer.customer_id)
    ).overview
    assert [s.seal_number for s in overview.seals] == ["SN-000123"]
    seal_changes = client.customers.ListCustomerChanges(
        cs.ListCustomerChangesRequest(customer_id=made.customer.customer_id, entity_type="seal")
    ).changes
    assert seal_changes[0].field == "removed_on" and seal_changes[0].reason == "broken, fraud?"
    assert {c.entity_id for c in seal_changes} == {seal.seal_id, second.seal_id}
