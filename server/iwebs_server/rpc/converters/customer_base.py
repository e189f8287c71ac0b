"""Views of the customer base to and from iwebs.v1 messages (customer.proto)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from google.protobuf.field_mask_pb2 import FieldMask

from iwebs.v1 import common_pb2
from iwebs.v1 import customer_pb2 as pb
from iwebs_server.application.customer_base_views import (
    AccountInput,
    AccountView,
    BalanceView,
    BillView,
    ChangeView,
    CustomerInput,
    CustomerOverviewView,
    CustomerView,
    InstallationView,
    MeterInput,
    MeterView,
    NetworkAddressView,
    NetworkNodeView,
    PremiseInput,
    PremiseView,
    RoundView,
    SealView,
    SubscriptionInput,
    SubscriptionView,
    UpdateRequest,
)
from iwebs_server.domain.errors import InvalidInput
from iwebs_server.rpc.converters.common import timestamp

CUSTOMER_KINDS = {pb.CUSTOMER_KIND_PERSON: "person", pb.CUSTOMER_KIND_ORGANISATION: "organisation"}
SERVICES = {pb.SERVICE_KIND_WATER: "water", pb.SERVICE_KIND_ELECTRICITY: "electricity"}
PERIODICITIES = {
    pb.BILLING_PERIODICITY_MONTHLY: "monthly",
    pb.BILLING_PERIODICITY_BIMONTHLY: "bimonthly",
    pb.BILLING_PERIODICITY_QUARTERLY: "quarterly",
}
SUBSCRIPTION_STATUSES = {
    pb.SUBSCRIPTION_STATUS_REQUESTED: "requested",
    pb.SUBSCRIPTION_STATUS_ACTIVE: "active",
    pb.SUBSCRIPTION_STATUS_SUSPENDED: "suspended",
    pb.SUBSCRIPTION_STATUS_TERMINATED: "terminated",
}
ACCOUNT_STATUSES = {pb.ACCOUNT_STATUS_ACTIVE: "active", pb.ACCOUNT_STATUS_CLOSED: "closed"}
METER_STATUSES = {
    pb.METER_STATUS_IN_STOCK: "in_stock",
    pb.METER_STATUS_INSTALLED: "installed",
    pb.METER_STATUS_REMOVED: "removed",
    pb.METER_STATUS_SCRAPPED: "scrapped",
}
NODE_KINDS = {
    pb.NETWORK_NODE_KIND_SUBSTATION: "substation",
    pb.NETWORK_NODE_KIND_FEEDER: "feeder",
    pb.NETWORK_NODE_KIND_TRANSFORMER: "transformer",
    pb.NETWORK_NODE_KIND_WATER_SECTOR: "water_sector",
}


def _to_pb(table: Mapping[Any, str], value: str) -> int:
    for number, name in table.items():
        if name == value:
            return int(number)
    return 0


def _from_pb(table: Mapping[Any, str], value: int) -> str:
    """The domain name of an enum value; unspecified or unknown is "" (the use case says
    which field is missing)."""
    return table.get(value, "")


def node_kind(value: int) -> str:
    """An optional filter: unspecified means any; an unknown value is refused."""
    if value == pb.NETWORK_NODE_KIND_UNSPECIFIED:
        return ""
    name = _from_pb(NODE_KINDS, value)
    if not name:
        raise InvalidInput.field("kind", "is not a network node kind")
    return name


# -- dates and money ---------------------------------------------------------------------
def to_date(message: common_pb2.Date, present: bool, field: str) -> date | None:
    if not present or (message.year, message.month, message.day) == (0, 0, 0):
        return None
    try:
        return date(message.year, message.month, message.day)
    except ValueError as error:
        raise InvalidInput.field(field, "is not a valid date") from error


def date_pb(value: date | None) -> common_pb2.Date | None:
    if value is None:
        return None
    return common_pb2.Date(year=value.year, month=value.month, day=value.day)


def money(currency_code: str, amount_minor: int) -> common_pb2.Money:
    return common_pb2.Money(currency_code=currency_code, amount_minor=amount_minor)


def update_request(
    request_id: str,
    record_id: str,
    version: int,
    mask: FieldMask,
    correction: bool,
    reason: str,
) -> UpdateRequest:
    return UpdateRequest(
        request_id=request_id,
        record_id=record_id,
        version=version,
        paths=tuple(mask.paths),
        correction=correction,
        reason=reason,
    )


# -- customers and accounts --------------------------------------------------------------
def customer_input(message: pb.Customer) -> CustomerInput:
    return CustomerInput(
        agency_id=message.agency_id,
        kind=_from_pb(CUSTOMER_KINDS, message.kind),
        family_name=message.family_name,
        given_names=message.given_names,
        organisation_name=message.organisation_name,
        category_code=message.category_code,
        id_document_type=message.id_document_type,
        id_document_number=message.id_document_number,
        phones=tuple(message.phones),
        email=message.email,
        preferred_language=message.preferred_language,
        ebill_opt_in=message.ebill_opt_in,
        sms_opt_in=message.sms_opt_in,
        legacy_reference=message.legacy_reference,
    )


def customer(view: CustomerView) -> pb.Customer:
    return pb.Customer(
        customer_id=view.customer_id,
        customer_number=view.customer_number,
        agency_id=view.agency_id,
        kind=_to_pb(CUSTOMER_KINDS, view.kind),  # type: ignore[arg-type]
        family_name=view.family_name,
        given_names=view.given_names,
        organisation_name=view.organisation_name,
        display_name=view.display_name,
        category_code=view.category_code,
        id_document_type=view.id_document_type,
        id_document_number=view.id_document_number,
        phones=list(view.phones),
        email=view.email,
        preferred_language=view.preferred_language,
        ebill_opt_in=view.ebill_opt_in,
        sms_opt_in=view.sms_opt_in,
        legacy_reference=view.legacy_reference,
        version=view.version,
        created_at=timestamp(view.created_at),
        updated_at=timestamp(view.updated_at),
    )


def account_input(message: pb.CustomerAccount) -> AccountInput:
    address = message.billing_address
    return AccountInput(
        customer_id=message.customer_id,
        agency_id=message.agency_id,
        currency_code=message.currency_code,
        status=_from_pb(ACCOUNT_STATUSES, message.status),
        is_group=message.is_group,
        group_account_id=message.group_account_id,
        billing_address_line=address.address_line,
        billing_district=address.district,
        billing_city=address.city,
        billing_postal_box=address.postal_box,
        legacy_reference=message.legacy_reference,
    )


def account(view: AccountView) -> pb.CustomerAccount:
    return pb.CustomerAccount(
        account_id=view.account_id,
        account_number=view.account_number,
        customer_id=view.customer_id,
        agency_id=view.agency_id,
        currency_code=view.currency_code,
        status=_to_pb(ACCOUNT_STATUSES, view.status),  # type: ignore[arg-type]
        is_group=view.is_group,
        group_account_id=view.group_account_id,
        group_account_number=view.group_account_number,
        billing_address=pb.PostalAddress(
            address_line=view.billing_address_line,
            district=view.billing_district,
            city=view.billing_city,
            postal_box=view.billing_postal_box,
        ),
        legacy_reference=view.legacy_reference,
        version=view.version,
    )


def balance(view: BalanceView) -> pb.AccountBalance:
    return pb.AccountBalance(
        account_id=view.account_id,
        balance=money(view.currency_code, view.balance_minor),
        overdue=money(view.currency_code, view.overdue_minor),
        open_bill_count=view.open_bill_count,
    )


def bill(view: BillView) -> pb.OpenBill:
    return pb.OpenBill(
        bill_id=view.bill_id,
        bill_number=view.bill_number,
        account_id=view.account_id,
        subscription_id=view.subscription_id,
        origin=view.origin,
        period_label=view.period_label,
        issue_date=date_pb(view.issue_date),
        due_date=date_pb(view.due_date),
        amount=money(view.currency_code, view.amount_minor),
        open_amount=money(view.currency_code, view.open_amount_minor),
    )


def change(view: ChangeView) -> pb.ChangeRecord:
    return pb.ChangeRecord(
        change_id=view.change_id,
        change_set_id=view.change_set_id,
        changed_at=timestamp(view.changed_at),
        user_id=view.user_id,
        user_login=view.user_login,
        workstation_id=view.workstation_id,
        entity_type=view.entity_type,
        entity_id=view.entity_id,
        action=view.action,
        field=view.field,
        old_value=view.old_value,
        new_value=view.new_value,
        reason=view.reason,
    )


# -- premises and subscriptions ----------------------------------------------------------
def optional_node(view: NetworkNodeView | None) -> pb.NetworkNode | None:
    return None if view is None else node(view)


def node(view: NetworkNodeView) -> pb.NetworkNode:
    return pb.NetworkNode(
        node_id=view.node_id,
        kind=_to_pb(NODE_KINDS, view.kind),  # type: ignore[arg-type]
        code=view.code,
        name=view.name,
        parent_id=view.parent_id,
        agency_id=view.agency_id,
        active=view.active,
        version=view.version,
    )


def network_address(view: NetworkAddressView) -> pb.NetworkAddress:
    return pb.NetworkAddress(
        substation=optional_node(view.substation),
        feeder=optional_node(view.feeder),
        transformer=optional_node(view.transformer),
        water_sector=optional_node(view.water_sector),
    )


def round_(view: RoundView) -> pb.Round:
    return pb.Round(
        round_id=view.round_id,
        agency_id=view.agency_id,
        code=view.code,
        name=view.name,
        grouping_code=view.grouping_code,
        active=view.active,
        version=view.version,
    )


def premise_input(message: pb.Premise) -> PremiseInput:
    located = message.HasField("location")
    return PremiseInput(
        agency_id=message.agency_id,
        address_line=message.address_line,
        district=message.district,
        city=message.city,
        landmark=message.landmark,
        latitude_e6=message.location.latitude_e6 if located else None,
        longitude_e6=message.location.longitude_e6 if located else None,
        round_id=message.round_id,
        round_order=message.round_order,
        transformer_id=message.transformer_id,
        water_sector_id=message.water_sector_id,
        legacy_reference=message.legacy_reference,
    )


def premise(view: PremiseView) -> pb.Premise:
    location = None
    if view.latitude_e6 is not None and view.longitude_e6 is not None:
        location = pb.GeoPoint(latitude_e6=view.latitude_e6, longitude_e6=view.longitude_e6)
    return pb.Premise(
        premise_id=view.premise_id,
        premise_number=view.premise_number,
        agency_id=view.agency_id,
        address_line=view.address_line,
        district=view.district,
        city=view.city,
        landmark=view.landmark,
        location=location,
        round_id=view.round_id,
        round_code=view.round_code,
        round_order=view.round_order,
        transformer_id=view.transformer_id,
        water_sector_id=view.water_sector_id,
        network_address=network_address(view.network_address),
        legacy_reference=view.legacy_reference,
        version=view.version,
    )


def subscription_input(message: pb.Subscription) -> SubscriptionInput:
    return SubscriptionInput(
        account_id=message.account_id,
        premise_id=message.premise_id,
        service=_from_pb(SERVICES, message.service),
        product_code=message.product_code,
        tariff_category_code=message.tariff_category_code,
        subscribed_power_va=message.subscribed_power_va,
        calibre_code=message.calibre_code,
        billing_periodicity=_from_pb(PERIODICITIES, message.billing_periodicity),
        requested_on=to_date(
            message.requested_on, message.HasField("requested_on"), "subscription.requested_on"
        ),
        legacy_reference=message.legacy_reference,
    )


def subscription(view: SubscriptionView) -> pb.Subscription:
    return pb.Subscription(
        subscription_id=view.subscription_id,
        subscription_number=view.subscription_number,
        account_id=view.account_id,
        premise_id=view.premise_id,
        agency_id=view.agency_id,
        service=_to_pb(SERVICES, view.service),  # type: ignore[arg-type]
        product_code=view.product_code,
        tariff_category_code=view.tariff_category_code,
        subscribed_power_va=view.subscribed_power_va,
        calibre_code=view.calibre_code,
        billing_periodicity=_to_pb(PERIODICITIES, view.billing_periodicity),  # type: ignore[arg-type]
        status=_to_pb(SUBSCRIPTION_STATUSES, view.status),  # type: ignore[arg-type]
        requested_on=date_pb(view.requested_on),
        activated_on=date_pb(view.activated_on),
        suspended_on=date_pb(view.suspended_on),
        terminated_on=date_pb(view.terminated_on),
        legacy_reference=view.legacy_reference,
        version=view.version,
    )


# -- meters ------------------------------------------------------------------------------
def meter_input(message: pb.Meter) -> MeterInput:
    return MeterInput(
        serial=message.serial,
        make_code=message.make_code,
        meter_type_code=message.meter_type_code,
        service=_from_pb(SERVICES, message.service),
        calibre_code=message.calibre_code,
        digits=message.digits,
        multiplier=message.multiplier,
        agency_id=message.agency_id,
        manufactured_year=message.manufactured_year,
        registers=tuple((r.code, r.unit) for r in message.registers),
        legacy_reference=message.legacy_reference,
    )


def meter(view: MeterView) -> pb.Meter:
    return pb.Meter(
        meter_id=view.meter_id,
        serial=view.serial,
        make_code=view.make_code,
        meter_type_code=view.meter_type_code,
        service=_to_pb(SERVICES, view.service),  # type: ignore[arg-type]
        calibre_code=view.calibre_code,
        digits=view.digits,
        multiplier=view.multiplier,
        status=_to_pb(METER_STATUSES, view.status),  # type: ignore[arg-type]
        agency_id=view.agency_id,
        manufactured_year=view.manufactured_year,
        registers=[pb.MeterRegister(code=c, unit=u) for c, u in view.registers],
        legacy_reference=view.legacy_reference,
        version=view.version,
    )


def optional_installation(view: InstallationView | None) -> pb.MeterInstallation | None:
    return None if view is None else installation(view)


def installation(view: InstallationView) -> pb.MeterInstallation:
    return pb.MeterInstallation(
        installation_id=view.installation_id,
        meter_id=view.meter_id,
        meter_serial=view.meter_serial,
        premise_id=view.premise_id,
        subscription_id=view.subscription_id,
        installed_on=date_pb(view.installed_on),
        installation_indexes=dict(view.installation_indexes),
        removed_on=date_pb(view.removed_on),
        removal_indexes=dict(view.removal_indexes),
        removal_reason=view.removal_reason,
    )


def seal(view: SealView) -> pb.MeterSeal:
    return pb.MeterSeal(
        seal_id=view.seal_id,
        seal_number=view.seal_number,
        meter_id=view.meter_id,
        position=view.position,
        fitted_on=date_pb(view.fitted_on),
        removed_on=date_pb(view.removed_on),
        removal_reason=view.removal_reason,
    )


def overview(view: CustomerOverviewView) -> pb.CustomerOverview:
    return pb.CustomerOverview(
        customer=customer(view.customer),
        accounts=[account(a) for a in view.accounts],
        balances=[balance(b) for b in view.balances],
        subscriptions=[subscription(s) for s in view.subscriptions],
        premises=[premise(p) for p in view.premises],
        meters=[meter(m) for m in view.meters],
        installations=[installation(i) for i in view.installations],
        seals=[seal(s) for s in view.seals],
        open_bills=[bill(b) for b in view.open_bills],
    )
