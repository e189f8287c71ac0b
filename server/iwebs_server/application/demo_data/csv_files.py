"""Writes generated bundles as the six go-live CSV files of docs/legacy-import.md, streaming:
each bundle goes to disk at once, so the memory used does not grow with the size.

A seventh file, `consumption_profiles.csv`, is not imported: it keeps each subscription's
average monthly consumption for the billing module (issue 5) and for simulations."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from iwebs_server.application.demo_data.generator import CustomerBundle

DELIMITER = ";"

CUSTOMER_COLUMNS = (
    "legacy_reference",
    "agency_code",
    "kind",
    "family_name",
    "given_names",
    "organisation_name",
    "category_code",
    "id_document_type",
    "id_document_number",
    "phones",
    "email",
    "preferred_language",
    "ebill_opt_in",
    "sms_opt_in",
)
ACCOUNT_COLUMNS = (
    "legacy_reference",
    "customer_reference",
    "agency_code",
    "currency",
    "status",
    "is_group",
    "group_reference",
    "billing_address_line",
    "billing_district",
    "billing_city",
    "billing_postal_box",
)
PREMISE_COLUMNS = (
    "legacy_reference",
    "agency_code",
    "address_line",
    "district",
    "city",
    "landmark",
    "latitude",
    "longitude",
    "round_code",
    "round_order",
    "transformer_code",
    "water_sector_code",
)
SUBSCRIPTION_COLUMNS = (
    "legacy_reference",
    "account_reference",
    "premise_reference",
    "service",
    "product_code",
    "tariff_category_code",
    "subscribed_power_va",
    "calibre_code",
    "billing_periodicity",
    "status",
    "requested_on",
    "activated_on",
    "suspended_on",
    "terminated_on",
)
METER_COLUMNS = (
    "legacy_reference",
    "serial",
    "make_code",
    "meter_type_code",
    "service",
    "calibre_code",
    "digits",
    "multiplier",
    "manufactured_year",
    "registers",
    "agency_code",
    "premise_reference",
    "subscription_reference",
    "installed_on",
    "installation_indexes",
    "seals",
)
BILL_COLUMNS = (
    "bill_number",
    "account_reference",
    "subscription_reference",
    "period",
    "issue_date",
    "due_date",
    "amount",
    "currency",
)
PROFILE_COLUMNS = (
    "subscription_reference",
    "service",
    "tariff_category_code",
    "average_monthly_consumption",
    "unit",
)

# import order of docs/legacy-import.md section 2
FILE_NAMES = (
    "customers.csv",
    "accounts.csv",
    "premises.csv",
    "subscriptions.csv",
    "meters.csv",
    "open_bills.csv",
)
PROFILES_FILE = "consumption_profiles.csv"


@dataclass
class FileCounts:
    customers: int = 0
    accounts: int = 0
    premises: int = 0
    subscriptions: int = 0
    meters: int = 0
    seals: int = 0
    bills: int = 0
    bills_amount: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


def _d(value: date | None) -> str:
    return value.isoformat() if value is not None else ""


def _b(value: bool) -> str:
    return "1" if value else "0"


def _degrees(micro: int) -> str:
    sign = "-" if micro < 0 else ""
    micro = abs(micro)
    return f"{sign}{micro // 1_000_000}.{micro % 1_000_000:06d}"


def write_files(
    bundles: Iterable[CustomerBundle],
    directory: Path,
    progress: Callable[[int], None] | None = None,
    progress_every: int = 10_000,
) -> FileCounts:
    """Writes every bundle to the files of `directory` (created; existing files replaced)."""
    directory.mkdir(parents=True, exist_ok=True)
    counts = FileCounts()
    with ExitStack() as stack:

        def open_writer(name: str, columns: tuple[str, ...]) -> Any:
            stream = stack.enter_context((directory / name).open("w", encoding="utf-8", newline=""))
            writer = csv.writer(stream, delimiter=DELIMITER, lineterminator="\n")
            writer.writerow(columns)
            return writer

        customers = open_writer("customers.csv", CUSTOMER_COLUMNS)
        accounts = open_writer("accounts.csv", ACCOUNT_COLUMNS)
        premises = open_writer("premises.csv", PREMISE_COLUMNS)
        subscriptions = open_writer("subscriptions.csv", SUBSCRIPTION_COLUMNS)
        meters = open_writer("meters.csv", METER_COLUMNS)
        bills = open_writer("open_bills.csv", BILL_COLUMNS)
        profiles = open_writer(PROFILES_FILE, PROFILE_COLUMNS)
        for bundle in bundles:
            c = bundle.customer
            customers.writerow(
                (
                    c.legacy_reference,
                    c.agency_code,
                    c.kind,
                    c.family_name,
                    c.given_names,
                    c.organisation_name,
                    c.category_code,
                    c.id_document_type,
                    c.id_document_number,
                    "|".join(c.phones),
                    c.email,
                    c.preferred_language,
                    _b(c.ebill_opt_in),
                    _b(c.sms_opt_in),
                )
            )
            counts.customers += 1
            # a group account before its members: members point at it in the same file
            for a in sorted(bundle.accounts, key=lambda account: not account.is_group):
                accounts.writerow(
                    (
                        a.legacy_reference,
                        a.customer_reference,
                        a.agency_code,
                        a.currency,
                        "active",
                        _b(a.is_group),
                        a.group_reference,
                        a.billing_address_line,
                        a.billing_district,
                        a.billing_city,
                        a.billing_postal_box,
                    )
                )
            counts.accounts += len(bundle.accounts)
            for p in bundle.premises:
                premises.writerow(
                    (
                        p.legacy_reference,
                        p.agency_code,
                        p.address_line,
                        p.district,
                        p.city,
                        p.landmark,
                        _degrees(p.latitude_e6),
                        _degrees(p.longitude_e6),
                        p.round_code,
                        p.round_order,
                        p.transformer_code,
                        p.water_sector_code,
                    )
                )
            counts.premises += len(bundle.premises)
            for s in bundle.subscriptions:
                subscriptions.writerow(
                    (
                        s.legacy_reference,
                        s.account_reference,
                        s.premise_reference,
                        s.service,
                        s.product_code,
                        s.tariff_category_code,
                        "" if s.subscribed_power_va is None else s.subscribed_power_va,
                        s.calibre_code,
                        s.billing_periodicity,
                        s.status,
                        _d(s.requested_on),
                        _d(s.activated_on),
                        _d(s.suspended_on),
                        _d(s.terminated_on),
                    )
                )
                profiles.writerow(
                    (
                        s.legacy_reference,
                        s.service,
                        s.tariff_category_code,
                        s.average_monthly_consumption,
                        s.consumption_unit,
                    )
                )
            counts.subscriptions += len(bundle.subscriptions)
            for m in bundle.meters:
                meters.writerow(
                    (
                        m.legacy_reference,
                        m.serial,
                        m.make_code,
                        m.meter_type_code,
                        m.service,
                        m.calibre_code,
                        m.digits,
                        m.multiplier,
                        m.manufactured_year,
                        "|".join(f"{code}:{unit}" for code, unit in m.registers),
                        m.agency_code,
                        m.premise_reference,
                        m.subscription_reference,
                        _d(m.installed_on),
                        "|".join(f"{code}={value}" for code, value in m.installation_indexes),
                        "|".join(f"{number}:{position}" for number, position in m.seals),
                    )
                )
                counts.seals += len(m.seals)
            counts.meters += len(bundle.meters)
            for b in bundle.bills:
                bills.writerow(
                    (
                        b.bill_number,
                        b.account_reference,
                        b.subscription_reference,
                        b.period,
                        _d(b.issue_date),
                        _d(b.due_date),
                        b.amount,
                        b.currency,
                    )
                )
                counts.bills_amount += b.amount
            counts.bills += len(bundle.bills)
            if progress is not None and counts.customers % progress_every == 0:
                progress(counts.customers)
    if progress is not None:
        progress(counts.customers)
    return counts
