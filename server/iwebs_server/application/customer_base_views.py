"""Frozen views and inputs of the customer base (issue 3): what the use cases return and take.

Inputs carry every field of a resource as sent; an update names the fields it changes
(`paths`, the update_mask) and only those are read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class CustomerView:
    customer_id: str
    customer_number: str
    agency_id: str
    kind: str
    family_name: str
    given_names: str
    organisation_name: str
    display_name: str
    category_code: str
    id_document_type: str
    id_document_number: str
    phones: tuple[str, ...]
    email: str
    preferred_language: str
    ebill_opt_in: bool
    sms_opt_in: bool
    legacy_reference: str
    version: int
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class CustomerInput:
    agency_id: str = ""
    kind: str = ""
    family_name: str = ""
    given_names: str = ""
    organisation_name: str = ""
    category_code: str = ""
    id_document_type: str = ""
    id_document_number: str = ""
    phones: tuple[str, ...] = ()
    email: str = ""
    preferred_language: str = ""
    ebill_opt_in: bool = False
    sms_opt_in: bool = False
    legacy_reference: str = ""


@dataclass(frozen=True)
class AccountView:
    account_id: str
    account_number: str
    customer_id: str
    agency_id: str
    currency_code: str
    status: str
    is_group: bool
    group_account_id: str
    group_account_number: str
    billing_address_line: str
    billing_district: str
    billing_city: str
    billing_postal_box: str
    legacy_reference: str
    version: int


@dataclass(frozen=True)
class AccountInput:
    customer_id: str = ""
    agency_id: str = ""
    currency_code: str = ""
    status: str = ""
    is_group: bool = False
    group_account_id: str = ""
    billing_address_line: str = ""
    billing_district: str = ""
    billing_city: str = ""
    billing_postal_box: str = ""
    legacy_reference: str = ""


@dataclass(frozen=True)
class BalanceView:
    account_id: str
    currency_code: str
    balance_minor: int
    overdue_minor: int
    open_bill_count: int


@dataclass(frozen=True)
class AccountDetails:
    account: AccountView
    balance: BalanceView


@dataclass(frozen=True)
class NetworkNodeView:
    node_id: str
    kind: str
    code: str
    name: str
    parent_id: str
    agency_id: str
    active: bool
    version: int


@dataclass(frozen=True)
class NetworkAddressView:
    substation: NetworkNodeView | None
    feeder: NetworkNodeView | None
    transformer: NetworkNodeView | None
    water_sector: NetworkNodeView | None


@dataclass(frozen=True)
class RoundView:
    round_id: str
    agency_id: str
    code: str
    name: str
    grouping_code: str
    active: bool
    version: int


@dataclass(frozen=True)
class PremiseView:
    premise_id: str
    premise_number: str
    agency_id: str
    address_line: str
    district: str
    city: str
    landmark: str
    latitude_e6: int | None
    longitude_e6: int | None
    round_id: str
    round_code: str
    round_order: int
    transformer_id: str
    water_sector_id: str
    network_address: NetworkAddressView
    legacy_reference: str
    version: int


@dataclass(frozen=True)
class PremiseInput:
    agency_id: str = ""
    address_line: str = ""
    district: str = ""
    city: str = ""
    landmark: str = ""
    latitude_e6: int | None = None
    longitude_e6: int | None = None
    round_id: str = ""
    round_order: int = 0
    transformer_id: str = ""
    water_sector_id: str = ""
    legacy_reference: str = ""


@dataclass(frozen=True)
class SubscriptionView:
    subscription_id: str
    subscription_number: str
    account_id: str
    premise_id: str
    agency_id: str
    service: str
    product_code: str
    tariff_category_code: str
    subscribed_power_va: int
    calibre_code: str
    billing_periodicity: str
    status: str
    requested_on: date
    activated_on: date | None
    suspended_on: date | None
    terminated_on: date | None
    legacy_reference: str
    version: int


@dataclass(frozen=True)
class SubscriptionInput:
    account_id: str = ""
    premise_id: str = ""
    service: str = ""
    product_code: str = ""
    tariff_category_code: str = ""
    subscribed_power_va: int = 0
    calibre_code: str = ""
    billing_periodicity: str = ""
    requested_on: date | None = None
    legacy_reference: str = ""


@dataclass(frozen=True)
class MeterView:
    meter_id: str
    serial: str
    make_code: str
    meter_type_code: str
    service: str
    calibre_code: str
    digits: int
    multiplier: str
    status: str
    agency_id: str
    manufactured_year: int
    registers: tuple[tuple[str, str], ...]  # (code, unit)
    legacy_reference: str
    version: int


@dataclass(frozen=True)
class MeterInput:
    serial: str = ""
    make_code: str = ""
    meter_type_code: str = ""
    service: str = ""
    calibre_code: str = ""
    digits: int = 0
    multiplier: str = ""
    agency_id: str = ""
    manufactured_year: int = 0
    registers: tuple[tuple[str, str], ...] = ()
    legacy_reference: str = ""


@dataclass(frozen=True)
class InstallationView:
    installation_id: str
    meter_id: str
    meter_serial: str
    premise_id: str
    subscription_id: str
    installed_on: date
    installation_indexes: tuple[tuple[str, str], ...]
    removed_on: date | None
    removal_indexes: tuple[tuple[str, str], ...]
    removal_reason: str


@dataclass(frozen=True)
class SealView:
    seal_id: str
    seal_number: str
    meter_id: str
    position: str
    fitted_on: date
    removed_on: date | None
    removal_reason: str


@dataclass(frozen=True)
class MeterDetails:
    meter: MeterView
    current_installation: InstallationView | None
    seals: tuple[SealView, ...]


@dataclass(frozen=True)
class MeterMovement:
    """The result of an installation or a removal."""

    installation: InstallationView
    meter: MeterView


@dataclass(frozen=True)
class BillView:
    bill_id: str
    bill_number: str
    account_id: str
    subscription_id: str
    origin: str
    period_label: str
    issue_date: date
    due_date: date
    currency_code: str
    amount_minor: int
    open_amount_minor: int


@dataclass(frozen=True)
class ChangeView:
    change_id: int
    change_set_id: str
    changed_at: datetime
    user_id: str
    user_login: str
    workstation_id: str
    entity_type: str
    entity_id: str
    action: str
    field: str
    old_value: str
    new_value: str
    reason: str


@dataclass(frozen=True)
class CustomerOverviewView:
    customer: CustomerView
    accounts: tuple[AccountView, ...]
    balances: tuple[BalanceView, ...]
    subscriptions: tuple[SubscriptionView, ...]
    premises: tuple[PremiseView, ...]
    meters: tuple[MeterView, ...]
    installations: tuple[InstallationView, ...]
    seals: tuple[SealView, ...]
    open_bills: tuple[BillView, ...]


@dataclass(frozen=True)
class UpdateRequest:
    """What every update carries besides the new values (AIP-134 + ACC-1 corrections)."""

    request_id: str
    record_id: str
    version: int
    paths: tuple[str, ...]
    correction: bool = False
    reason: str = ""
