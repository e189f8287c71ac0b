"""A bill as printed, in French, independent of the medium (issue 5 item 5; FAC-6, FAC-7).

`BillDocument` is everything the printed bill shows: the utility and the agency, the
subscriber and the billing address, the premise, the period, the previous and current
index with their dates, the consumption (estimated or not), the lines grouped by block with
their prices, the taxes, the total, the balance carried from earlier bills, what advances
and credit notes already settled, the amount to pay and its due date, the consumption of
the last periods (a small bar chart) and the account number with its check digit (the
payer types it at a counter or in a mobile-money menu).

The texts are French on purpose: the bill is a document handed to the subscriber, the same
whatever the clerk's screen language. Amounts are integer minor units; quantities and prices
are the server's decimal text, printed with a decimal comma, never through a float.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from iwebs_client.printing.receipt_layout import money_text

SERVICE_LABELS = {"electricity": "Électricité", "water": "Eau"}
SERVICE_UNITS = {"electricity": "kWh", "water": "m³"}
UNIT_TEXT = {"m3": "m³", "kva": "kVA", "kVA": "kVA", "jour": "jour(s)", "day": "jour(s)"}
KIND_TITLES = {"invoice": "FACTURE", "credit_note": "AVOIR"}

#: a line's kind -> the block it is printed under, in this order
GROUP_OF_KIND = {
    "energy": "consumption",
    "water": "consumption",
    "consumption": "consumption",
    "minimum": "consumption",
    "fixed": "fixed",
    "power": "fixed",
    "rental": "fixed",
    "fee": "fixed",
    "tax": "tax",
    "levy": "tax",
    "stamp": "tax",
}
GROUP_TITLES = {
    "consumption": "Consommation",
    "fixed": "Abonnement, puissance et redevances",
    "tax": "Taxes et redevances",
    "other": "Autres éléments",
}
GROUP_ORDER = ("consumption", "fixed", "tax", "other")


@dataclass(frozen=True)
class BillLineText:
    """One line as the server stored it (bill_lines): what produced it travels with it."""

    code: str
    kind: str
    label: str
    quantity: str  # decimal text "150", "61.6667"
    unit: str
    unit_price: str  # decimal text "82.00"
    amount_minor: int
    block_no: int | None = None
    rule: str = ""
    tariff_version: str = ""  # "DPP v3 (01/07/2026)"


@dataclass(frozen=True)
class ConsumptionBar:
    """One period of the history chart."""

    label: str  # "09/26"
    consumption: int
    estimated: bool = False
    current: bool = False


@dataclass(frozen=True)
class BillDocument:
    bill_number: str
    bill_date: dt.date
    due_date: dt.date
    currency_code: str
    total_minor: int
    kind: str = "invoice"  # invoice | credit_note
    issuer_name: str = ""
    issuer_lines: tuple[str, ...] = ()  # address, phone, tax id of the utility
    agency_name: str = ""
    customer_name: str = ""
    billing_address: tuple[str, ...] = ()
    account_number: str = ""
    premise_address: tuple[str, ...] = ()
    subscription_ref: str = ""
    service: str = ""  # electricity | water
    unit: str = ""  # of the register: kWh | m3 ("": the service's)
    tariff_label: str = ""
    subscribed_power: str = ""  # "6 kVA" / "calibre 15 mm"
    meter_serial: str = ""
    period_label: str = ""
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    index_from: int | None = None
    index_from_date: dt.date | None = None
    index_to: int | None = None
    index_to_date: dt.date | None = None
    consumption: int | None = None
    estimated: bool = False
    lines: tuple[BillLineText, ...] = ()
    #: what earlier bills of the account still owed when this one was issued
    previous_balance_minor: int = 0
    #: advances, deposits and credit notes matched to this bill (lettrage, FAC-7), >= 0
    credits_applied_minor: int = 0
    history: tuple[ConsumptionBar, ...] = ()
    credits_bill_number: str = ""  # an avoir: the bill it credits
    #: notices ("Facture estimée") and the agency's footer, printed under the totals
    notes: tuple[str, ...] = field(default=())
    #: the server's total to pay (balance carried + this bill); None: computed here
    total_to_pay_minor: int | None = None

    @property
    def amount_due_minor(self) -> int:
        """What the subscriber pays: earlier balance + this bill (the server's figure when
        it sent one; else the earlier balance + this bill - what already settled it)."""
        if self.total_to_pay_minor is not None:
            return self.total_to_pay_minor
        return self.previous_balance_minor + self.total_minor - self.credits_applied_minor


# -- texts ------------------------------------------------------------------------------------
def money(amount_minor: int, currency_code: str) -> str:
    return money_text(amount_minor, currency_code)


def date_text(value: dt.date | None) -> str:
    return f"{value.day:02d}/{value.month:02d}/{value.year}" if value else ""


def decimal_text(text: str) -> str:
    """'1234.50' -> '1 234,50'; keeps the server's digits (no float, no rounding)."""
    value = (text or "0").strip()
    sign = ""
    if value.startswith("-"):
        sign, value = "-", value[1:]
    whole, _, fraction = value.partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole or "0")
    out = " ".join(groups)
    return f"{sign}{out},{fraction}" if fraction else f"{sign}{out}"


def integer_text(value: int | None) -> str:
    return "" if value is None else decimal_text(str(value))


def unit_text(unit: str) -> str:
    return UNIT_TEXT.get(unit, unit)


def account_number_text(number: str) -> str:
    """'1234567890' -> '123456789-0': the last digit is the Luhn check digit."""
    digits = number.strip()
    if len(digits) < 2 or not digits.isdigit():
        return digits
    return f"{digits[:-1]}-{digits[-1]}"


def check_digit(number: str) -> str:
    digits = number.strip()
    return digits[-1] if digits[-1:].isdigit() else ""


def period_days(document: BillDocument) -> int:
    if document.period_start is None or document.period_end is None:
        return 0
    return (document.period_end - document.period_start).days + 1


def period_text(document: BillDocument) -> str:
    if document.period_start is None or document.period_end is None:
        return document.period_label
    days = period_days(document)
    return (
        f"du {date_text(document.period_start)} au {date_text(document.period_end)} "
        f"({days} jour{'s' if days > 1 else ''})"
    )


def consumption_unit(document: BillDocument) -> str:
    return unit_text(document.unit) if document.unit else SERVICE_UNITS.get(document.service, "")


def consumption_text(document: BillDocument) -> str:
    if document.consumption is None:
        return ""
    unit = consumption_unit(document)
    text = f"{integer_text(document.consumption)} {unit}".strip()
    return f"{text} (estimée)" if document.estimated else text


def title_text(document: BillDocument) -> str:
    return KIND_TITLES.get(document.kind, "FACTURE")


def line_quantity_text(line: BillLineText) -> str:
    """'150 kWh'; a tax line's quantity is its rate: '18 %'."""
    return f"{decimal_text(line.quantity)} {unit_text(line.unit)}".strip()


def line_price_text(line: BillLineText, currency_code: str) -> str:
    """'136,49 F CFA'; a tax line's price is the amount it is taken on: 'sur 4 781 F CFA'."""
    symbol = money_text(0, currency_code).split(" ", 1)[1]
    text = f"{decimal_text(line.unit_price)} {symbol}"
    return f"sur {text}" if unit_text(line.unit) == "%" else text


def line_label(line: BillLineText) -> str:
    if line.block_no is not None and "tranche" not in line.label.lower():
        return f"{line.label} (tranche {line.block_no})"
    return line.label


@dataclass(frozen=True)
class LineGroup:
    key: str
    title: str
    lines: tuple[BillLineText, ...]
    subtotal_minor: int


def line_groups(lines: tuple[BillLineText, ...] | list[BillLineText]) -> list[LineGroup]:
    """The lines under their block (consumption, fixed charges, taxes), in the bill's order."""
    grouped: dict[str, list[BillLineText]] = {}
    for line in lines:
        key = GROUP_OF_KIND.get(line.kind.lower(), "other")
        grouped.setdefault(key, []).append(line)
    return [
        LineGroup(
            key, GROUP_TITLES[key], tuple(grouped[key]), sum(x.amount_minor for x in grouped[key])
        )
        for key in GROUP_ORDER
        if key in grouped
    ]


def totals_rows(document: BillDocument) -> list[tuple[str, str, bool]]:
    """(label, amount, bold) of the totals box, top to bottom."""
    cur = document.currency_code
    label = "Montant de l'avoir" if document.kind == "credit_note" else "Montant de la facture"
    rows = [(label, money(document.total_minor, cur), True)]
    if document.previous_balance_minor:
        rows.append(("Solde antérieur", money(document.previous_balance_minor, cur), False))
    if document.credits_applied_minor and document.total_to_pay_minor is None:
        rows.append(
            ("Avances et avoirs imputés", money(-document.credits_applied_minor, cur), False)
        )
    due = max(document.amount_due_minor, 0)
    rows.append(("NET À PAYER", money(due, cur), True))
    if document.amount_due_minor < 0:
        rows.append(("Crédit en votre faveur", money(-document.amount_due_minor, cur), False))
    return rows


def index_rows(document: BillDocument) -> list[tuple[str, str, str]]:
    """(what, date, index) of the reading box."""
    rows: list[tuple[str, str, str]] = []
    if document.index_from is not None:
        rows.append(
            ("Ancien index", date_text(document.index_from_date), integer_text(document.index_from))
        )
    if document.index_to is not None:
        what = "Nouvel index (estimé)" if document.estimated else "Nouvel index"
        rows.append((what, date_text(document.index_to_date), integer_text(document.index_to)))
    return rows


def text_lines(document: BillDocument) -> list[str]:
    """Every text the printed bill carries, top to bottom (for tests and plain-text output)."""
    cur = document.currency_code
    out = [document.issuer_name, *document.issuer_lines]
    if document.agency_name:
        out.append(f"Agence {document.agency_name}")
    out.append(f"{title_text(document)} N° {document.bill_number}")
    out.append(f"Date : {date_text(document.bill_date)}")
    if document.credits_bill_number:
        out.append(f"Avoir sur la facture N° {document.credits_bill_number}")
    out += [document.customer_name, *document.billing_address]
    out.append(f"N° de compte : {account_number_text(document.account_number)}")
    out += list(document.premise_address)
    out.append(f"Période : {period_text(document)}")
    for what, when, index in index_rows(document):
        out.append(f"{what} {when} {index}")
    out.append(f"Consommation : {consumption_text(document)}")
    for group in line_groups(document.lines):
        out.append(group.title)
        for line in group.lines:
            out.append(
                f"{line_label(line)} {line_quantity_text(line)} "
                f"{line_price_text(line, cur)} {money(line.amount_minor, cur)}"
            )
    for label, amount, _bold in totals_rows(document):
        out.append(f"{label} {amount}")
    if document.credits_applied_minor and document.total_to_pay_minor is not None:
        out.append(credits_note(document))
    out.append(f"À payer avant le {date_text(document.due_date)}")
    out += list(document.notes)
    return [line for line in out if line]


def credits_note(document: BillDocument) -> str:
    """The part of this bill already settled by the account's advance or credit notes."""
    amount = money(document.credits_applied_minor, document.currency_code)
    return f"Dont {amount} déjà réglés par vos avances ou avoirs (lettrage)."
