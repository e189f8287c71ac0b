"""What the live billing client tests share: a live server with the standard reference lists,
the SENELEC domestic grid approved for DPP conventional, the billing, front-desk and cash
users of Dakar Plateau, and customers made through the RPCs (real account numbers with their
check digit) whose meter was installed a month ago at index 0."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from iwebs.v1 import common_pb2, meter_service_pb2, premise_service_pb2
from iwebs.v1 import customer_pb2 as pb
from iwebs_server.application.clock import new_id
from iwebs_server.application.reference_seed import seed_reference_data
from iwebs_server.persistence.tables.administration import UserRow
from iwebs_server.persistence.tables.customer_base import SubscriptionRow
from iwebs_server.persistence.tables.reference_data import GLOBAL_SCOPE, ParameterValueRow
from tests.factories.customer_base import (
    create_account,
    create_customer,
    create_premise,
    create_subscription,
    register_meter,
    seed_reference_items,
)
from tests.server.application.bills_harness import add_senelec_tariff

PASSWORD = "Billing-Day-Password-1"
INSTALLED_DAYS_AGO = 31


def rid() -> str:
    return str(uuid.uuid4())


def day_message(value: dt.date) -> common_pb2.Date:
    return common_pb2.Date(year=value.year, month=value.month, day=value.day)


@dataclass(frozen=True)
class Subscriber:
    customer_id: str
    account_id: str
    account_number: str
    subscription_id: str
    subscription_number: str
    meter_serial: str


def seed_billing(server: Any, max_amount: int | None = None) -> str:
    """Lists, users (facturation, chef_factu, accueil, caissier) and the approved tariff;
    `max_amount`: the control ceiling (billing.control_max_amount). Returns the tariff
    version's id."""
    app = server.app
    with app.uow_factory() as uow:
        seed_reference_data(uow, app.clock)
    seed_reference_items(app)
    for login, profile in (
        ("facturation", "billing"),
        ("chef_factu", "billing_manager"),
        ("accueil", "front_desk"),
        ("caissier", "cashier"),
    ):
        server.create_user(login, profile, ["DKR"], password=PASSWORD)
    with app.uow_factory() as uow:
        user_id = uow.session.scalars(select(UserRow.id).where(UserRow.login == "chef_factu")).one()
        if max_amount is not None:
            uow.reference_data.add_parameter_value(
                ParameterValueRow(
                    id=new_id(), key="billing.control_max_amount", scope=GLOBAL_SCOPE,
                    value=f"{max_amount} XOF", version=1, updated_at=app.clock.now(),
                    updated_by=user_id,
                )
            )  # fmt: skip
    return add_senelec_tariff(app, user_id, dt.date(2025, 1, 1))


def new_subscriber(
    server: Any, name: str, today: dt.date, installed_days_ago: int = INSTALLED_DAYS_AGO
) -> Subscriber:
    """A DPP electricity subscriber of Dakar Plateau through the RPCs, its meter installed
    and the subscription active since `installed_days_ago` days ago, at index 0."""
    desk = server.login("accueil", PASSWORD)
    dkr = server.agency_id("DKR")
    given, _, family = name.partition(" ")
    customer = create_customer(
        desk, dkr, given_names=given, family_name=family,
        id_document_number=f"1 {uuid.uuid4().int % 10**12:012d}",
        email=f"{given.lower()}@example.sn",
    )  # fmt: skip
    account = create_account(desk, customer.customer_id)
    premise = create_premise(desk, dkr)
    subscription = create_subscription(desk, account.account_id, premise.premise_id)
    subscription = desk.premises.ActivateSubscription(
        premise_service_pb2.ActivateSubscriptionRequest(
            request_id=rid(),
            subscription_id=subscription.subscription_id,
            version=subscription.version,
        )
    ).subscription
    serial = f"SN-{uuid.uuid4().hex[:8].upper()}"
    meter = register_meter(desk, dkr, serial)
    desk.meters.InstallMeter(
        meter_service_pb2.InstallMeterRequest(
            request_id=rid(),
            meter_id=meter.meter_id,
            meter_version=meter.version,
            premise_id=premise.premise_id,
            subscription_id=subscription.subscription_id,
            installed_on=day_message(today - dt.timedelta(days=installed_days_ago)),
            installation_indexes={r.code: "0" for r in meter.registers},
        )
    )
    assert subscription.status == pb.SUBSCRIPTION_STATUS_ACTIVE
    # active since its meter was installed (ActivateSubscription dates it today)
    with server.app.uow_factory() as uow:
        row = uow.session.get(SubscriptionRow, subscription.subscription_id)
        row.activated_on = today - dt.timedelta(days=installed_days_ago)
    return Subscriber(
        customer.customer_id,
        account.account_id,
        account.account_number,
        subscription.subscription_id,
        subscription.subscription_number,
        serial,
    )
