"""The rows and texts of the 360-degree view of one customer.

Pure functions of the overview (texts, highlights), so that the view only lays them out and
the presenter (`customer_overview_presenter`) keeps only its state and commands.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from iwebs.v1 import common_pb2, customer_pb2
from iwebs_client.models.display_format import (
    format_date,
    format_micro_degrees,
    format_money,
    format_timestamp,
)
from iwebs_client.models.record_table_model import RecordRow
from iwebs_client.presenters.service_ports import (
    Customer,
    CustomerOverview,
    Premise,
    Subscription,
)

_pb = customer_pb2

translate = QCoreApplication.translate


def _date(value: common_pb2.Date) -> str:
    return format_date(value.year, value.month, value.day)


def _as_date(value: common_pb2.Date) -> dt.date | None:
    return dt.date(value.year, value.month, value.day) if value.year else None


def money(value: common_pb2.Money) -> str:
    return format_money(value.amount_minor, value.currency_code)


def kind_text(kind: int) -> str:
    texts: dict[int, str] = {
        _pb.CUSTOMER_KIND_PERSON: translate("CustomerOverview", "Person"),
        _pb.CUSTOMER_KIND_ORGANISATION: translate("CustomerOverview", "Organisation"),
    }
    return texts.get(kind, "")


def service_text(service: int) -> str:
    texts: dict[int, str] = {
        _pb.SERVICE_KIND_WATER: translate("CustomerOverview", "Water"),
        _pb.SERVICE_KIND_ELECTRICITY: translate("CustomerOverview", "Electricity"),
    }
    return texts.get(service, "")


def periodicity_text(value: int) -> str:
    texts: dict[int, str] = {
        _pb.BILLING_PERIODICITY_MONTHLY: translate("CustomerOverview", "Monthly"),
        _pb.BILLING_PERIODICITY_BIMONTHLY: translate("CustomerOverview", "Every two months"),
        _pb.BILLING_PERIODICITY_QUARTERLY: translate("CustomerOverview", "Quarterly"),
    }
    return texts.get(value, "")


def subscription_status_text(value: int) -> str:
    texts: dict[int, str] = {
        _pb.SUBSCRIPTION_STATUS_REQUESTED: translate("CustomerOverview", "Requested"),
        _pb.SUBSCRIPTION_STATUS_ACTIVE: translate("CustomerOverview", "Active"),
        _pb.SUBSCRIPTION_STATUS_SUSPENDED: translate("CustomerOverview", "Suspended (cut)"),
        _pb.SUBSCRIPTION_STATUS_TERMINATED: translate("CustomerOverview", "Terminated"),
    }
    return texts.get(value, "")


def meter_status_text(value: int) -> str:
    texts: dict[int, str] = {
        _pb.METER_STATUS_IN_STOCK: translate("CustomerOverview", "In stock"),
        _pb.METER_STATUS_INSTALLED: translate("CustomerOverview", "Installed"),
        _pb.METER_STATUS_REMOVED: translate("CustomerOverview", "Removed"),
        _pb.METER_STATUS_SCRAPPED: translate("CustomerOverview", "Scrapped"),
    }
    return texts.get(value, "")


def language_text(code: str) -> str:
    return {
        "fr": translate("CustomerOverview", "French"),
        "en": translate("CustomerOverview", "English"),
    }.get(code, code)


def yes_no(value: bool) -> str:
    return translate("CustomerOverview", "Yes") if value else translate("CustomerOverview", "No")


# which verbs a subscription in a status accepts (the server decides; this only greys buttons)
ALLOWED_VERBS = {
    _pb.SUBSCRIPTION_STATUS_REQUESTED: ("activate", "terminate"),
    _pb.SUBSCRIPTION_STATUS_ACTIVE: ("suspend", "terminate"),
    _pb.SUBSCRIPTION_STATUS_SUSPENDED: ("resume", "terminate"),
    _pb.SUBSCRIPTION_STATUS_TERMINATED: (),
}


def verb_text(verb: str) -> str:
    return {
        "activate": translate("CustomerOverview", "Activate"),
        "suspend": translate("CustomerOverview", "Suspend (cut)"),
        "resume": translate("CustomerOverview", "Resume (reconnect)"),
        "terminate": translate("CustomerOverview", "Terminate"),
    }.get(verb, verb)


# -- rows of the sections ------------------------------------------------------------------------
def coded(code: str, labels: dict[str, str] | None) -> str:
    """'DOM - Domestique' when the reference list is known, else the code."""
    label = (labels or {}).get(code, "")
    return f"{code} - {label}" if label and label != code else code


def identity_fields(
    customer: Customer, codes: dict[str, list[tuple[str, str]]] | None = None
) -> list[tuple[str, str]]:
    codes = codes or {}
    categories = dict(codes.get("customer_category", []))
    documents = dict(codes.get("id_document_type", []))
    document_type = coded(customer.id_document_type, documents)
    document = " ".join(x for x in (document_type, customer.id_document_number) if x)
    opt_ins = ", ".join(
        text
        for on, text in (
            (customer.ebill_opt_in, translate("CustomerOverview", "e-bill")),
            (customer.sms_opt_in, translate("CustomerOverview", "SMS")),
        )
        if on
    )
    return [
        (translate("CustomerOverview", "Customer no."), customer.customer_number),
        (translate("CustomerOverview", "Kind"), kind_text(customer.kind)),
        (translate("CustomerOverview", "Name"), customer.display_name),
        (translate("CustomerOverview", "ID document"), document),
        (translate("CustomerOverview", "Phones"), ", ".join(customer.phones)),
        (translate("CustomerOverview", "E-mail"), customer.email),
        (translate("CustomerOverview", "Language"), language_text(customer.preferred_language)),
        (
            translate("CustomerOverview", "Opt-ins"),
            opt_ins or translate("CustomerOverview", "None"),
        ),
        (
            translate("CustomerOverview", "Category"),
            coded(customer.category_code, categories),
        ),
        (translate("CustomerOverview", "Created"), format_timestamp(customer.created_at)),
        (translate("CustomerOverview", "Last change"), format_timestamp(customer.updated_at)),
    ]


def account_headers() -> list[str]:
    return [
        translate("CustomerOverview", "Account no."),
        translate("CustomerOverview", "Grouping"),
        translate("CustomerOverview", "Status"),
        translate("CustomerOverview", "Billing address"),
        translate("CustomerOverview", "Balance"),
        translate("CustomerOverview", "Overdue"),
        translate("CustomerOverview", "Open bills"),
    ]


def address_text(address: customer_pb2.PostalAddress) -> str:
    parts = [address.address_line, address.district, address.city]
    if address.postal_box:
        parts.append(translate("CustomerOverview", "PO Box %1").replace("%1", address.postal_box))
    return ", ".join(p for p in parts if p)


def account_rows(overview: CustomerOverview) -> list[RecordRow]:
    balances = {b.account_id: b for b in overview.balances}
    rows = []
    for account in overview.accounts:
        balance = balances.get(account.account_id)
        if account.is_group:
            grouping = translate("CustomerOverview", "Grouped account (pays for its members)")
        elif account.group_account_id:
            grouping = translate("CustomerOverview", "Member of %1").replace(
                "%1", account.group_account_number
            )
        else:
            grouping = ""
        status = (
            translate("CustomerOverview", "Closed")
            if account.status == _pb.ACCOUNT_STATUS_CLOSED
            else translate("CustomerOverview", "Active")
        )
        overdue = balance is not None and balance.overdue.amount_minor > 0
        rows.append(
            RecordRow(
                account,
                (
                    account.account_number,
                    grouping,
                    status,
                    address_text(account.billing_address),
                    money(balance.balance) if balance else "",
                    money(balance.overdue) if balance else "",
                    str(balance.open_bill_count) if balance else "",
                ),
                highlighted=overdue,
            )
        )
    return rows


def member_headers() -> list[str]:
    return [
        translate("CustomerOverview", "Grouped account"),
        translate("CustomerOverview", "Member account"),
        translate("CustomerOverview", "Member's billing address"),
    ]


def subscription_headers() -> list[str]:
    return [
        translate("CustomerOverview", "Subscription no."),
        translate("CustomerOverview", "Service"),
        translate("CustomerOverview", "Product"),
        translate("CustomerOverview", "Tariff category"),
        translate("CustomerOverview", "Power / calibre"),
        translate("CustomerOverview", "Periodicity"),
        translate("CustomerOverview", "Status"),
        translate("CustomerOverview", "Requested"),
        translate("CustomerOverview", "Activated"),
        translate("CustomerOverview", "Suspended"),
        translate("CustomerOverview", "Terminated"),
        translate("CustomerOverview", "Account"),
        translate("CustomerOverview", "Premise"),
    ]


def power_text(subscription: Subscription) -> str:
    if subscription.service == _pb.SERVICE_KIND_ELECTRICITY:
        return format_kva(subscription.subscribed_power_va)
    return subscription.calibre_code


def format_kva(volt_amperes: int) -> str:
    whole, rest = divmod(volt_amperes, 1000)
    text = str(whole) if not rest else f"{whole}{QLocale().decimalPoint()}{rest:03d}".rstrip("0")
    return f"{text} kVA"


def subscription_rows(overview: CustomerOverview) -> list[RecordRow]:
    accounts = {a.account_id: a.account_number for a in overview.accounts}
    premises = {p.premise_id: p for p in overview.premises}
    rows = []
    for sub in overview.subscriptions:
        premise = premises.get(sub.premise_id)
        rows.append(
            RecordRow(
                sub,
                (
                    sub.subscription_number,
                    service_text(sub.service),
                    sub.product_code,
                    sub.tariff_category_code,
                    power_text(sub),
                    periodicity_text(sub.billing_periodicity),
                    subscription_status_text(sub.status),
                    _date(sub.requested_on),
                    _date(sub.activated_on),
                    _date(sub.suspended_on),
                    _date(sub.terminated_on),
                    accounts.get(sub.account_id, ""),
                    premise_address(premise) if premise else "",
                ),
                highlighted=sub.status == _pb.SUBSCRIPTION_STATUS_SUSPENDED,
            )
        )
    return rows


def premise_headers() -> list[str]:
    return [
        translate("CustomerOverview", "Premise no."),
        translate("CustomerOverview", "Address"),
        translate("CustomerOverview", "Landmark"),
        translate("CustomerOverview", "GPS"),
        translate("CustomerOverview", "Round / order"),
        translate("CustomerOverview", "Network address"),
    ]


def premise_address(premise: Premise) -> str:
    return ", ".join(p for p in (premise.address_line, premise.district, premise.city) if p)


def network_text(premise: Premise) -> str:
    """Substation / feeder / transformer for electricity, and the water sector (ACC-5)."""
    network = premise.network_address
    parts = [
        (translate("CustomerOverview", "Substation"), network.substation),
        (translate("CustomerOverview", "Feeder"), network.feeder),
        (translate("CustomerOverview", "Transformer"), network.transformer),
        (translate("CustomerOverview", "Water sector"), network.water_sector),
    ]
    return " / ".join(f"{label} {_node(node)}" for label, node in parts if node.node_id)


def _node(node: customer_pb2.NetworkNode) -> str:
    return f"{node.code} ({node.name})" if node.name and node.name != node.code else node.code


def premise_rows(overview: CustomerOverview) -> list[RecordRow]:
    rows = []
    for premise in overview.premises:
        location = premise.location
        gps = (
            format_micro_degrees(location.latitude_e6, location.longitude_e6)
            if premise.HasField("location")
            else ""
        )
        round_text = premise.round_code
        if premise.round_order:
            round_text = f"{round_text} / {premise.round_order}"
        rows.append(
            RecordRow(
                premise,
                (
                    premise.premise_number,
                    premise_address(premise),
                    premise.landmark,
                    gps,
                    round_text,
                    network_text(premise),
                ),
            )
        )
    return rows


def meter_headers() -> list[str]:
    return [
        translate("CustomerOverview", "Serial"),
        translate("CustomerOverview", "Service"),
        translate("CustomerOverview", "Make / type"),
        translate("CustomerOverview", "Calibre"),
        translate("CustomerOverview", "Digits"),
        translate("CustomerOverview", "Multiplier"),
        translate("CustomerOverview", "Registers"),
        translate("CustomerOverview", "Status"),
        translate("CustomerOverview", "Premise"),
        translate("CustomerOverview", "Installed"),
        translate("CustomerOverview", "Seals"),
    ]


def meter_rows(overview: CustomerOverview) -> list[RecordRow]:
    premises = {p.premise_id: p for p in overview.premises}
    installations = {i.meter_id: i for i in overview.installations if not i.removed_on.year}
    rows = []
    for meter in overview.meters:
        installation = installations.get(meter.meter_id)
        premise = premises.get(installation.premise_id) if installation else None
        seals = [
            s.seal_number
            for s in overview.seals
            if s.meter_id == meter.meter_id and not s.removed_on.year
        ]
        registers = ", ".join(f"{r.code} ({r.unit})" for r in meter.registers)
        rows.append(
            RecordRow(
                meter,
                (
                    meter.serial,
                    service_text(meter.service),
                    " / ".join(x for x in (meter.make_code, meter.meter_type_code) if x),
                    meter.calibre_code,
                    str(meter.digits) if meter.digits else "",
                    meter.multiplier,
                    registers,
                    meter_status_text(meter.status),
                    premise.premise_number if premise else "",
                    _date(installation.installed_on) if installation else "",
                    ", ".join(seals),
                ),
            )
        )
    return rows


def seal_headers() -> list[str]:
    return [
        translate("CustomerOverview", "Seal no."),
        translate("CustomerOverview", "Meter"),
        translate("CustomerOverview", "Position"),
        translate("CustomerOverview", "Fitted"),
        translate("CustomerOverview", "Removed"),
        translate("CustomerOverview", "Why"),
    ]


def seal_rows(overview: CustomerOverview) -> list[RecordRow]:
    serials = {m.meter_id: m.serial for m in overview.meters}
    return [
        RecordRow(
            seal,
            (
                seal.seal_number,
                serials.get(seal.meter_id, ""),
                seal.position,
                _date(seal.fitted_on),
                _date(seal.removed_on),
                seal.removal_reason,
            ),
        )
        for seal in overview.seals
    ]


def bill_headers() -> list[str]:
    return [
        translate("CustomerOverview", "Bill no."),
        translate("CustomerOverview", "Account"),
        translate("CustomerOverview", "Period"),
        translate("CustomerOverview", "Issued"),
        translate("CustomerOverview", "Due"),
        translate("CustomerOverview", "Amount"),
        translate("CustomerOverview", "Left to pay"),
        translate("CustomerOverview", "Origin"),
    ]


def bill_rows(overview: CustomerOverview, today: dt.date) -> list[RecordRow]:
    accounts = {a.account_id: a.account_number for a in overview.accounts}
    rows = []
    for bill in overview.open_bills:
        due = _as_date(bill.due_date)
        overdue = bill.open_amount.amount_minor > 0 and due is not None and due < today
        origin = {
            "legacy": translate("CustomerOverview", "Carried over"),
            "billing": translate("CustomerOverview", "Billing"),
        }.get(bill.origin, bill.origin)
        rows.append(
            RecordRow(
                bill,
                (
                    bill.bill_number,
                    accounts.get(bill.account_id, ""),
                    bill.period_label,
                    _date(bill.issue_date),
                    # said in words too: a theme may not show the highlight's colour
                    translate("CustomerOverview", "%1 (overdue)").replace(
                        "%1", _date(bill.due_date)
                    )
                    if overdue
                    else _date(bill.due_date),
                    money(bill.amount),
                    money(bill.open_amount),
                    origin,
                ),
                highlighted=overdue,
                tooltip=translate("CustomerOverview", "Overdue") if overdue else "",
            )
        )
    return rows


def total_balance_text(overview: CustomerOverview) -> str:
    """'Balance 12 500 FCFA, of which overdue 5 000 FCFA' over every account (one currency)."""
    if not overview.balances:
        return translate("CustomerOverview", "No account")
    currency = overview.balances[0].balance.currency_code
    total = sum(b.balance.amount_minor for b in overview.balances)
    overdue = sum(b.overdue.amount_minor for b in overview.balances)
    text = translate("CustomerOverview", "Balance %1").replace("%1", format_money(total, currency))
    if overdue:
        text += " - " + translate("CustomerOverview", "overdue %1").replace(
            "%1", format_money(overdue, currency)
        )
    return text
