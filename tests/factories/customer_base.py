"""The customer base for tests: the reference items and network the use cases check, and a
customer with account, premise, subscription and meter made through the real RPCs.

Codes are those of the standard lists (application/reference_seed.py), inserted directly as
rows so that these tests depend only on the reference_items table."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from google.protobuf.field_mask_pb2 import FieldMask

from iwebs.v1 import common_pb2, customer_service_pb2, meter_service_pb2, premise_service_pb2
from iwebs.v1 import customer_pb2 as pb
from iwebs_server.application.clock import new_id
from iwebs_server.composition import Application
from iwebs_server.domain.reference_tables import ReferenceTable as T
from iwebs_server.persistence.tables.customer_base import BillRow, NetworkNodeRow, RoundRow
from iwebs_server.persistence.tables.reference_data import ReferenceItemRow
from tests.factories.grpc_client import Client

# (table, code, active)
REFERENCE_ITEMS: tuple[tuple[T, str, bool], ...] = (
    (T.CUSTOMER_CATEGORY, "DOM", True),
    (T.CUSTOMER_CATEGORY, "PRO", True),
    (T.CUSTOMER_CATEGORY, "ADM", True),
    (T.CUSTOMER_CATEGORY, "OLD", False),  # deactivated: no new record may use it
    (T.ID_DOCUMENT_TYPE, "CNI", True),
    (T.ID_DOCUMENT_TYPE, "PASSEPORT", True),
    (T.ID_DOCUMENT_TYPE, "NINEA", True),
    (T.PRODUCT, "CONVENTIONAL", True),
    (T.PRODUCT, "PREPAID", True),
    (T.TARIFF_CATEGORY, "DPP", True),
    (T.TARIFF_CATEGORY, "PPP", True),
    (T.TARIFF_CATEGORY, "EAU-DOM", True),
    (T.TARIFF_CATEGORY, "EAU-SOC", True),
    (T.METER_MAKE, "ITRON", True),
    (T.METER_MAKE, "SAGEMCOM", True),
    (T.METER_MAKE, "SENSUS", True),
    (T.METER_TYPE, "ELEC-MONO", True),
    (T.METER_TYPE, "ELEC-DT", True),
    (T.METER_TYPE, "EAU-JU", True),
    (T.CALIBRE, "DN15", True),
    (T.CALIBRE, "DN20", True),
    (T.SEAL_POSITION, "COUVERCLE", True),
    (T.SEAL_POSITION, "BORNIER", True),
)


def rid() -> str:
    return str(uuid.uuid4())


def seed_reference_items(app: Application) -> None:
    """Adds the items of REFERENCE_ITEMS that the database lacks (safe to call twice)."""
    now = app.clock.now()
    with app.uow_factory() as uow:
        for table, code, active in REFERENCE_ITEMS:
            if uow.reference_data.get(table.value, code) is not None:
                continue
            uow.session.add(
                ReferenceItemRow(
                    id=new_id(),
                    table_code=table.value,
                    code=code,
                    label_fr=code,
                    label_en=code,
                    attributes_json="{}",
                    sort_order=0,
                    active=active,
                    version=1,
                    updated_at=now,
                )
            )


@dataclass(frozen=True)
class Network:
    """One agency's round and the network a premise hangs on."""

    round_id: str
    substation_id: str
    feeder_id: str
    transformer_id: str
    water_sector_id: str


def seed_network(app: Application, agency_id: str, suffix: str = "") -> Network:
    """A round of `agency_id`, substation > feeder > transformer and a water sector."""
    tag = suffix or uuid.uuid4().hex[:6].upper()
    ids = [new_id() for _ in range(5)]
    with app.uow_factory() as uow:
        uow.session.add(
            RoundRow(
                id=ids[0], agency_id=agency_id, code=f"R-{tag}", name=f"Tournée {tag}",
                grouping_code="", active=True, version=1,
            )
        )  # fmt: skip
        for node_id, kind, parent in (
            (ids[1], "substation", None),
            (ids[2], "feeder", ids[1]),
            (ids[3], "transformer", ids[2]),
            (ids[4], "water_sector", None),
        ):
            uow.session.add(
                NetworkNodeRow(
                    id=node_id, kind=kind, code=f"{kind[:3].upper()}-{tag}",
                    name=f"{kind} {tag}", parent_id=parent, agency_id=agency_id, active=True,
                    version=1,
                )
            )  # fmt: skip
            uow.session.flush()
    return Network(*ids)


def person(agency_id: str, **overrides: Any) -> pb.Customer:
    values: dict[str, Any] = {
        "agency_id": agency_id,
        "kind": pb.CUSTOMER_KIND_PERSON,
        "family_name": "Ndiaye",
        "given_names": "Aïssatou",
        "category_code": "DOM",
        "id_document_type": "CNI",
        "id_document_number": "1 234 1985 01234",
        "phones": ["+221 77 123 45 67"],
        "email": "aissatou.ndiaye@example.sn",
        "preferred_language": "fr",
        "sms_opt_in": True,
    }
    values.update(overrides)
    return pb.Customer(**values)


def create_customer(client: Client, agency_id: str, **overrides: Any) -> pb.Customer:
    request = customer_service_pb2.CreateCustomerRequest(
        request_id=rid(), customer=person(agency_id, **overrides)
    )
    return client.customers.CreateCustomer(request).customer


def create_account(client: Client, customer_id: str, **overrides: Any) -> pb.CustomerAccount:
    values: dict[str, Any] = {
        "customer_id": customer_id,
        "currency_code": "XOF",
        "billing_address": pb.PostalAddress(
            address_line="Rue 10 x Avenue Bourguiba", district="Sicap Liberté 2", city="Dakar"
        ),
    }
    values.update(overrides)
    request = customer_service_pb2.CreateCustomerAccountRequest(
        request_id=rid(), account=pb.CustomerAccount(**values)
    )
    return client.customers.CreateCustomerAccount(request).account


def create_premise(
    client: Client, agency_id: str, network: Network | None = None, **overrides: Any
) -> pb.Premise:
    values: dict[str, Any] = {
        "agency_id": agency_id,
        "address_line": "Villa 123, Cité Keur Gorgui",
        "district": "Mermoz",
        "city": "Dakar",
        "landmark": "près de la mosquée",
        "location": pb.GeoPoint(latitude_e6=14_710_456, longitude_e6=-17_468_231),
    }
    if network is not None:
        values |= {
            "round_id": network.round_id,
            "round_order": 12,
            "transformer_id": network.transformer_id,
            "water_sector_id": network.water_sector_id,
        }
    values.update(overrides)
    request = premise_service_pb2.CreatePremiseRequest(
        request_id=rid(), premise=pb.Premise(**values)
    )
    return client.premises.CreatePremise(request).premise


def create_subscription(
    client: Client, account_id: str, premise_id: str, service: str = "electricity", **overrides: Any
) -> pb.Subscription:
    values: dict[str, Any] = {
        "account_id": account_id,
        "premise_id": premise_id,
        "product_code": "CONVENTIONAL",
        "billing_periodicity": pb.BILLING_PERIODICITY_MONTHLY,
    }
    if service == "electricity":
        values |= {
            "service": pb.SERVICE_KIND_ELECTRICITY,
            "tariff_category_code": "DPP",
            "subscribed_power_va": 6000,
        }
    else:
        values |= {
            "service": pb.SERVICE_KIND_WATER,
            "tariff_category_code": "EAU-DOM",
            "calibre_code": "DN15",
        }
    values.update(overrides)
    request = premise_service_pb2.CreateSubscriptionRequest(
        request_id=rid(), subscription=pb.Subscription(**values)
    )
    return client.premises.CreateSubscription(request).subscription


def register_meter(
    client: Client, agency_id: str, serial: str, service: str = "electricity", **overrides: Any
) -> pb.Meter:
    values: dict[str, Any] = {"agency_id": agency_id, "serial": serial, "digits": 6}
    if service == "electricity":
        values |= {
            "service": pb.SERVICE_KIND_ELECTRICITY,
            "make_code": "ITRON",
            "meter_type_code": "ELEC-MONO",
            "registers": [pb.MeterRegister(code="single", unit="kWh")],
        }
    else:
        values |= {
            "service": pb.SERVICE_KIND_WATER,
            "make_code": "SENSUS",
            "meter_type_code": "EAU-JU",
            "calibre_code": "DN15",
            "digits": 5,
            "registers": [pb.MeterRegister(code="single", unit="m3")],
        }
    values.update(overrides)
    request = meter_service_pb2.RegisterMeterRequest(request_id=rid(), meter=pb.Meter(**values))
    return client.meters.RegisterMeter(request).meter


def install_meter(
    client: Client, meter: pb.Meter, premise_id: str, subscription_id: str = "", index: str = "0"
) -> meter_service_pb2.InstallMeterResponse:
    request = meter_service_pb2.InstallMeterRequest(
        request_id=rid(),
        meter_id=meter.meter_id,
        meter_version=meter.version,
        premise_id=premise_id,
        subscription_id=subscription_id,
        installation_indexes={r.code: index for r in meter.registers},
    )
    return client.meters.InstallMeter(request)


@dataclass(frozen=True)
class CustomerWithSubscription:
    customer: pb.Customer
    account: pb.CustomerAccount
    premise: pb.Premise
    subscription: pb.Subscription
    meter: pb.Meter  # installed at the premise for the subscription


def create_customer_with_subscription(
    client: Client,
    agency_id: str,
    *,
    network: Network | None = None,
    service: str = "electricity",
    serial: str = "",
    activate: bool = True,
    customer: dict[str, Any] | None = None,
    premise: dict[str, Any] | None = None,
) -> CustomerWithSubscription:
    """A customer with one account, a premise, a subscription (active unless told) and an
    installed meter, all through the RPCs (so with history, numbers and search keys).
    Needs `seed_reference_items(app)` first."""
    made = create_customer(client, agency_id, **(customer or {}))
    account = create_account(client, made.customer_id)
    place = create_premise(client, agency_id, network, **(premise or {}))
    subscription = create_subscription(client, account.account_id, place.premise_id, service)
    if activate:
        subscription = client.premises.ActivateSubscription(
            premise_service_pb2.ActivateSubscriptionRequest(
                request_id=rid(),
                subscription_id=subscription.subscription_id,
                version=subscription.version,
            )
        ).subscription
    meter = register_meter(
        client, agency_id, serial or f"SN-{uuid.uuid4().hex[:10].upper()}", service
    )
    installed = install_meter(client, meter, place.premise_id, subscription.subscription_id)
    return CustomerWithSubscription(made, account, place, subscription, installed.meter)


def mask(*paths: str) -> FieldMask:
    return FieldMask(paths=list(paths))


def day(year: int, month: int, dom: int) -> common_pb2.Date:
    return common_pb2.Date(year=year, month=month, day=dom)


def add_bill(
    app: Application,
    account: pb.CustomerAccount,
    number: str,
    due: date,
    amount_minor: int,
    *,
    issued: date | None = None,
    subscription_id: str | None = None,
    period: str = "",
) -> str:
    """An open bill carried over from the legacy system (bills are only ever inserted)."""
    bill_id = new_id()
    with app.uow_factory() as uow:
        uow.session.add(
            BillRow(
                id=bill_id,
                bill_number=number,
                origin="legacy",
                account_id=account.account_id,
                subscription_id=subscription_id,
                agency_id=account.agency_id,
                period_label=period,
                issue_date=issued or due - timedelta(days=15),
                due_date=due,
                currency_code=account.currency_code or "XOF",
                amount_minor=amount_minor,
                created_at=app.clock.now(),
            )
        )
    return bill_id
