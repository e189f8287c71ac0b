"""The typed parameter registry (PAR-1): what the business can change without code.

Each parameter is defined here once (key, type, default, description, module, scope,
validation); administrators set values, globally or, for agency-scoped keys, per agency
(an agency value overrides the global one). Values are stored as canonical text
(`ParameterDefinition.format`) and read back typed (`ParameterDefinition.parse`).
Descriptions are English; the client translates by key where it can.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from iwebs_server.domain.customer_base import BillingPeriodicity
from iwebs_server.domain.reading_rules import (
    DEFAULT_CATEGORY_AVERAGES,
    DEFAULT_CONSUMPTION_CLASSES,
    check_category_averages,
    check_consumption_classes,
)


class ParameterType(StrEnum):
    INTEGER = "integer"
    DECIMAL = "decimal"
    BOOLEAN = "boolean"
    TEXT = "text"
    CHOICE = "choice"
    DURATION_DAYS = "duration_days"
    MONEY = "money"


class ParameterScope(StrEnum):
    GLOBAL = "global"  # one value for the whole utility
    AGENCY = "agency"  # a global value that an agency may override


@dataclass(frozen=True, order=True)
class Money:
    """An amount in the minor unit of its ISO 4217 currency (XOF has none: 1500 = 1500 F)."""

    amount_minor: int
    currency: str

    def __str__(self) -> str:
        return f"{self.amount_minor} {self.currency}"


ParameterValue = int | Decimal | bool | str | Money


class ParameterValueError(ValueError):
    """A value that its parameter's type or validation refuses; the message says why."""


_INTEGER = re.compile(r"[+-]?\d{1,18}")
_DECIMAL = re.compile(r"[+-]?(\d{1,18}(\.\d{0,12})?|\.\d{1,12})")
_MONEY = re.compile(r"([+-]?\d{1,15})\s+([A-Za-z]{3})")
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_TRUE = frozenset({"true", "1", "yes", "oui", "vrai"})
_FALSE = frozenset({"false", "0", "no", "non", "faux"})


@dataclass(frozen=True)
class ParameterDefinition:
    key: str
    type: ParameterType
    default: str  # canonical text
    description: str
    module: str
    scope: ParameterScope = ParameterScope.GLOBAL
    minimum: Decimal | None = None  # integers, decimals, days, money (amount_minor)
    maximum: Decimal | None = None
    choices: tuple[str, ...] = ()
    max_length: int = 200  # text
    multiline: bool = False  # text shown in a multi-line editor
    placeholders: tuple[str, ...] = ()  # text: the {names} a template may use
    currency: str = ""  # money: the only currency accepted ("" = any ISO code)
    check: Callable[[str], str | None] | None = None  # text: what is wrong, None when fine

    @property
    def agency_overridable(self) -> bool:
        return self.scope is ParameterScope.AGENCY

    def parse(self, text: str) -> ParameterValue:
        """The typed value of `text`, or ParameterValueError saying what is wrong."""
        value = self._parse_type(text)
        self._validate(value)
        return value

    def normalize(self, text: str) -> str:
        """The canonical text of `text` (what is stored): `format(parse(text))`."""
        return self.format(self.parse(text))

    def format(self, value: ParameterValue) -> str:
        if self.type is ParameterType.BOOLEAN:
            return "true" if value else "false"
        if self.type is ParameterType.DECIMAL:
            assert isinstance(value, Decimal)
            text = format(value.normalize(), "f")
            return "0" if text in ("-0", "") else text
        return str(value)

    def _parse_type(self, text: str) -> ParameterValue:
        kind = self.type
        if kind is ParameterType.TEXT:
            return text.strip() if not self.multiline else text.strip("\n").rstrip()
        raw = text.strip()
        if kind in (ParameterType.INTEGER, ParameterType.DURATION_DAYS):
            if not _INTEGER.fullmatch(raw):
                raise ParameterValueError("must be a whole number")
            return int(raw)
        if kind is ParameterType.DECIMAL:
            if not _DECIMAL.fullmatch(raw.replace(",", ".")):
                raise ParameterValueError("must be a decimal number such as 1.5")
            try:
                return Decimal(raw.replace(",", "."))
            except InvalidOperation as error:  # pragma: no cover - the pattern forbids it
                raise ParameterValueError("must be a decimal number such as 1.5") from error
        if kind is ParameterType.BOOLEAN:
            lowered = raw.lower()
            if lowered in _TRUE:
                return True
            if lowered in _FALSE:
                return False
            raise ParameterValueError("must be true or false")
        if kind is ParameterType.CHOICE:
            return raw
        # money: "<amount in minor units> <ISO currency>"
        match = _MONEY.fullmatch(raw)
        if match is None:
            raise ParameterValueError(
                "must be an amount in minor units and a currency, e.g. 1500 XOF"
            )
        return Money(int(match.group(1)), match.group(2).upper())

    def _validate(self, value: ParameterValue) -> None:
        kind = self.type
        if kind is ParameterType.TEXT:
            assert isinstance(value, str)
            if len(value) > self.max_length:
                raise ParameterValueError(f"must be at most {self.max_length} characters")
            if not self.multiline and "\n" in value:
                raise ParameterValueError("must be one line")
            if self.placeholders:
                unknown = sorted(set(_PLACEHOLDER.findall(value)) - set(self.placeholders))
                if unknown:
                    allowed = ", ".join("{" + p + "}" for p in self.placeholders)
                    raise ParameterValueError(
                        f"unknown placeholder {{{unknown[0]}}}; allowed: {allowed}"
                    )
            problem = self.check(value) if self.check is not None else None
            if problem:
                raise ParameterValueError(problem)
            return
        if kind is ParameterType.CHOICE:
            if value not in self.choices:
                raise ParameterValueError("must be one of: " + ", ".join(self.choices))
            return
        if kind is ParameterType.BOOLEAN:
            return
        if isinstance(value, Money):
            if self.currency and value.currency != self.currency:
                raise ParameterValueError(f"must be in {self.currency}")
            number = Decimal(value.amount_minor)
        else:
            assert isinstance(value, (int, Decimal))
            number = Decimal(value)
        if self.minimum is not None and number < self.minimum:
            raise ParameterValueError(f"must be at least {_plain(self.minimum)}")
        if self.maximum is not None and number > self.maximum:
            raise ParameterValueError(f"must be at most {_plain(self.maximum)}")


def _plain(number: Decimal) -> str:
    return format(number.normalize(), "f")


def _d(value: int | str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _def(
    key: str,
    kind: ParameterType,
    default: str,
    description: str,
    *,
    agency: bool = False,
    minimum: int | str | None = None,
    maximum: int | str | None = None,
    choices: tuple[str, ...] = (),
    max_length: int = 200,
    multiline: bool = False,
    placeholders: tuple[str, ...] = (),
    currency: str = "",
    check: Callable[[str], str | None] | None = None,
) -> ParameterDefinition:
    return ParameterDefinition(
        key=key,
        type=kind,
        default=default,
        description=description,
        module=key.split(".", 1)[0],
        scope=ParameterScope.AGENCY if agency else ParameterScope.GLOBAL,
        minimum=_d(minimum),
        maximum=_d(maximum),
        choices=choices,
        max_length=max_length,
        multiline=multiline,
        placeholders=placeholders,
        currency=currency,
        check=check,
    )


INT, D, B, X, C, DAYS, M = (
    ParameterType.INTEGER,
    ParameterType.DECIMAL,
    ParameterType.BOOLEAN,
    ParameterType.TEXT,
    ParameterType.CHOICE,
    ParameterType.DURATION_DAYS,
    ParameterType.MONEY,
)
XOF = "XOF"
CURRENCIES = ("XOF", "XAF", "GNF", "GHS", "NGN", "SLE", "LRD", "GMD", "MRU", "CVE")
BILL_FIELDS = ("customer_name", "account_number", "bill_number", "amount", "due_date")
PAYMENT_FIELDS = ("customer_name", "account_number", "amount", "receipt_number", "date")
CUT_FIELDS = ("customer_name", "account_number", "amount", "cut_date")
TOKEN_FIELDS = ("meter_serial", "token", "kwh", "amount")

DEFINITIONS: tuple[ParameterDefinition, ...] = (
    # general
    _def(
        "general.utility_name",
        X,
        "Société nationale d'eau et d'électricité",
        "Name of the utility printed on bills and receipts",
        max_length=120,
    ),
    _def(
        "general.currency", C, XOF, "Currency of accounts, bills and payments", choices=CURRENCIES
    ),
    _def(
        "general.country_code",
        C,
        "SN",
        "Country of operation (ISO 3166)",
        choices=(
            "SN",
            "ML",
            "CI",
            "BF",
            "NE",
            "TG",
            "BJ",
            "GN",
            "GW",
            "MR",
            "CM",
            "CF",
            "TD",
            "GA",
            "CG",
            "GQ",
        ),
    ),
    _def(
        "general.phone_country_code",
        INT,
        "221",
        "International dialling code of phone numbers",
        minimum=1,
        maximum=999,
    ),
    _def(
        "general.default_language",
        C,
        "fr",
        "Language of documents when a customer has none",
        choices=("fr", "en"),
    ),
    _def("general.time_zone", X, "Africa/Dakar", "Time zone of business dates", max_length=40),
    # customers
    _def(
        "customers.default_category",
        X,
        "DOM",
        "Customer category proposed for a new customer",
        max_length=32,
    ),
    _def(
        "customers.id_document_required",
        B,
        "true",
        "A person must show an identity document to subscribe",
    ),
    _def(
        "customers.deposit_water",
        M,
        "10000 XOF",
        "Security deposit for a water subscription",
        agency=True,
        minimum=0,
        maximum=10_000_000,
    ),
    _def(
        "customers.deposit_electricity",
        M,
        "15000 XOF",
        "Security deposit for an electricity subscription",
        agency=True,
        minimum=0,
        maximum=10_000_000,
    ),
    _def(
        "customers.max_group_members",
        INT,
        "500",
        "Largest number of accounts in one grouped account",
        minimum=2,
        maximum=100_000,
    ),
    # requests and works (ACC-1)
    _def(
        "requests.quote_validity_days",
        DAYS,
        "30",
        "Days a quote stays valid",
        agency=True,
        minimum=1,
        maximum=365,
    ),
    _def(
        "requests.connection_deadline_days",
        DAYS,
        "15",
        "Days to carry out a connection once the quote is paid",
        agency=True,
        minimum=1,
        maximum=180,
    ),
    _def(
        "requests.max_connection_length_m",
        INT,
        "40",
        "Longest connection (metres) without a network extension",
        minimum=1,
        maximum=1000,
    ),
    _def(
        "requests.connection_fee_water",
        M,
        "35000 XOF",
        "Flat fee of a water connection",
        agency=True,
        minimum=0,
        maximum=10_000_000,
    ),
    _def(
        "requests.connection_fee_electricity",
        M,
        "45000 XOF",
        "Flat fee of a single-phase electricity connection",
        agency=True,
        minimum=0,
        maximum=10_000_000,
    ),
    # readings
    _def(
        "readings.low_ratio",
        D,
        "0.5",
        "A reading below this share of the average consumption is questioned",
        minimum=0,
        maximum=1,
    ),
    _def(
        "readings.high_ratio",
        D,
        "2.5",
        "A reading above this multiple of the average consumption is questioned",
        minimum=1,
        maximum=100,
    ),
    _def(
        "readings.average_periods",
        INT,
        "6",
        "Past periods averaged to check a reading",
        minimum=1,
        maximum=24,
    ),
    _def(
        "readings.max_consecutive_estimates",
        INT,
        "3",
        "Estimated bills allowed in a row before a reading is required",
        minimum=0,
        maximum=12,
    ),
    _def(
        "readings.zero_consumption_alert",
        B,
        "true",
        "A zero consumption on an active subscription is questioned",
    ),
    _def(
        "readings.window_days",
        DAYS,
        "5",
        "Days of the reading window of a round",
        agency=True,
        minimum=1,
        maximum=31,
    ),
    _def(
        "readings.consumption_classes",
        X,
        DEFAULT_CONSUMPTION_CLASSES,
        "Consumption classes by expected units per day, CODE:below:widening;...;CODE:*:1; "
        "a class's widening divides the low ratio and multiplies the high ratio",
        max_length=400,
        check=check_consumption_classes,
    ),
    _def(
        "readings.rollover_max_share",
        D,
        "0.1",
        "Without history, an index below the previous one is a roll-over when the wrapped "
        "advance is at most this share of the dial",
        minimum="0.001",
        maximum="0.5",
    ),
    _def(
        "readings.category_daily_average",
        X,
        DEFAULT_CATEGORY_AVERAGES,
        "Average units per day of each tariff category, CATEGORY:units;... "
        "(the last estimation branch)",
        max_length=1000,
        check=check_category_averages,
    ),
    # billing
    _def(
        "billing.default_periodicity",
        C,
        BillingPeriodicity.BIMONTHLY.value,
        "Billing periodicity of a new subscription",
        agency=True,
        choices=tuple(p.value for p in BillingPeriodicity),
    ),
    _def(
        "billing.due_date_delay_days",
        DAYS,
        "15",
        "Days from bill date to due date",
        agency=True,
        minimum=0,
        maximum=90,
    ),
    # VAT, municipal tax, stamp duty and rounding are part of each tariff version (FAC-10,
    # versioned in time with the grid; docs/tariffs.md), not parameters
    _def(
        "billing.minimum_amount",
        M,
        "0 XOF",
        "Bills below this amount are carried forward",
        minimum=0,
        maximum=100_000,
    ),
    _def("billing.ebill_enabled", B, "true", "Bills may be sent by e-mail to opted-in customers"),
    # the bill document (docs/bills-and-accounts.md 6)
    _def(
        "billing.bill_header",
        X,
        "Société nationale d'eau et d'électricité",
        "Text printed at the top of bills",
        agency=True,
        max_length=400,
        multiline=True,
    ),
    _def(
        "billing.bill_footer",
        X,
        "Payable à nos agences, par mobile money ou virement avec le numéro de compte.",
        "Text printed at the bottom of bills",
        agency=True,
        max_length=400,
        multiline=True,
    ),
    # bill runs (docs/billing.md)
    _def(
        "billing.chunk_size",
        INT,
        "2000",
        "Subscriptions per chunk of a bill run (one transaction each)",
        minimum=1,
        maximum=50_000,
    ),
    _def(
        "billing.control_high_ratio",
        D,
        "3",
        "A bill above this multiple of the subscriber's average amount is held",
        agency=True,
        minimum=1,
        maximum=100,
    ),
    _def(
        "billing.control_low_ratio",
        D,
        "0",
        "A bill below this share of the subscriber's average amount is held (0: off)",
        agency=True,
        minimum=0,
        maximum=1,
    ),
    _def(
        "billing.control_max_amount",
        M,
        "5000000 XOF",
        "A bill above this amount is held (0: off)",
        agency=True,
        minimum=0,
        maximum=10_000_000_000,
    ),
    _def(
        "billing.control_hold_zero",
        B,
        "true",
        "A bill of zero amount or zero consumption on an active subscription is held",
        agency=True,
    ),
    _def(
        "billing.control_hold_estimated",
        B,
        "false",
        "Every estimated bill (no reading) is held for review",
        agency=True,
    ),
    _def(
        "billing.control_max_estimates",
        INT,
        "2",
        "A bill estimated this many times in a row is held (0: off)",
        agency=True,
        minimum=0,
        maximum=12,
    ),
    _def(
        "billing.not_billed_alert_runs",
        INT,
        "2",
        "Alert for a subscription left unbilled by this many runs in a row",
        agency=True,
        minimum=1,
        maximum=24,
    ),
    # cash desk
    _def(
        "cash.opening_float",
        M,
        "50000 XOF",
        "Cash float handed to a till when it opens",
        agency=True,
        minimum=0,
        maximum=10_000_000,
    ),
    _def(
        "cash.max_cash_per_till",
        M,
        "2000000 XOF",
        "Cash above which a till must hand over to the safe",
        agency=True,
        minimum=0,
        maximum=1_000_000_000,
    ),
    _def("cash.partial_payment_allowed", B, "true", "A bill may be paid in part", agency=True),
    _def(
        "cash.minimum_partial_payment",
        M,
        "1000 XOF",
        "Smallest partial payment accepted",
        agency=True,
        minimum=0,
        maximum=10_000_000,
    ),
    _def(
        "cash.overpayment_as_advance",
        B,
        "true",
        "Money beyond the amount due is kept as an advance on the account",
    ),
    _def(
        "cash.cheque_validity_days",
        DAYS,
        "90",
        "Days a cheque may be cashed after its date",
        minimum=1,
        maximum=365,
    ),
    _def(
        "cash.max_session_hours",
        INT,
        "12",
        "Hours after which an open till must be closed",
        minimum=1,
        maximum=24,
    ),
    _def(
        "cash.difference_tolerance",
        M,
        "0 XOF",
        "Cash difference at closing accepted without a supervisor",
        agency=True,
        minimum=0,
        maximum=100_000,
    ),
    _def(
        "cash.receipt_header",
        X,
        "Société nationale d'eau et d'électricité\nReçu de paiement",
        "Text printed at the top of receipts",
        agency=True,
        max_length=400,
        multiline=True,
    ),
    _def(
        "cash.receipt_footer",
        X,
        "Merci de votre paiement. Conservez ce reçu.\nThank you for your payment.",
        "Text printed at the bottom of receipts",
        agency=True,
        max_length=400,
        multiline=True,
    ),
    _def("cash.receipt_copies", INT, "1", "Copies printed of each receipt", minimum=1, maximum=3),
    _def(
        "cash.business_day_utc_offset_hours",
        INT,
        "0",
        "Hours from UTC of the agency's clock, for the business day of cash sessions",
        agency=True,
        minimum=-12,
        maximum=14,
    ),
    _def(
        "cash.disbursement_approval_above",
        M,
        "25000 XOF",
        "Disbursements above this amount wait for a supervisor's approval",
        agency=True,
        minimum=0,
        maximum=100_000_000,
    ),
    # collection (recouvrement)
    _def(
        "collection.late_fee",
        M,
        "1000 XOF",
        "Fee added to a bill paid after its due date",
        agency=True,
        minimum=0,
        maximum=1_000_000,
    ),
    _def(
        "collection.late_fee_grace_days",
        DAYS,
        "5",
        "Days after the due date before the late fee applies",
        agency=True,
        minimum=0,
        maximum=60,
    ),
    _def(
        "collection.reconnection_fee",
        M,
        "5000 XOF",
        "Fee to reconnect a cut subscription",
        agency=True,
        minimum=0,
        maximum=1_000_000,
    ),
    _def(
        "collection.cut_notice_days",
        DAYS,
        "8",
        "Days between the cut notice and the cut",
        agency=True,
        minimum=0,
        maximum=90,
    ),
    _def(
        "collection.cut_threshold",
        M,
        "10000 XOF",
        "Overdue amount from which a subscription may be cut",
        agency=True,
        minimum=0,
        maximum=100_000_000,
    ),
    _def(
        "collection.rejected_cheque_fee",
        M,
        "10000 XOF",
        "Fee charged for a rejected cheque",
        minimum=0,
        maximum=1_000_000,
    ),
    # prepaid
    _def(
        "prepaid.minimum_purchase",
        M,
        "1000 XOF",
        "Smallest prepaid purchase",
        minimum=0,
        maximum=1_000_000,
    ),
    _def(
        "prepaid.debt_recovery_percent",
        D,
        "30",
        "Share of each prepaid purchase kept to recover arrears (percent)",
        minimum=0,
        maximum=100,
    ),
    # numbering
    _def("numbering.receipt_prefix", X, "REC", "Prefix of receipt numbers", max_length=8),
    _def("numbering.bill_prefix", X, "FAC", "Prefix of bill numbers", max_length=8),
    _def("numbering.request_prefix", X, "DEM", "Prefix of customer request numbers", max_length=8),
    _def("numbering.quote_prefix", X, "DEV", "Prefix of quote numbers", max_length=8),
    # notifications
    _def("sms.enabled", B, "false", "Send SMS to customers who opted in"),
    _def(
        "sms.sender_name",
        X,
        "IWEBS",
        "Sender name shown on SMS (11 characters at most)",
        max_length=11,
    ),
    _def(
        "sms.template_bill",
        X,
        "{customer_name}, votre facture {bill_number} de {amount} est disponible. "
        "Échéance : {due_date}.",
        "SMS sent when a bill is issued",
        max_length=320,
        placeholders=BILL_FIELDS,
    ),
    _def(
        "sms.template_payment",
        X,
        "Paiement de {amount} reçu pour le compte {account_number} le {date}. "
        "Reçu {receipt_number}. Merci.",
        "SMS sent when a payment is received",
        max_length=320,
        placeholders=PAYMENT_FIELDS,
    ),
    _def(
        "sms.template_cut_notice",
        X,
        "{customer_name}, votre compte {account_number} présente un impayé de {amount}. "
        "Sans règlement, coupure le {cut_date}.",
        "SMS sent with a cut notice",
        max_length=320,
        placeholders=CUT_FIELDS,
    ),
    _def(
        "sms.template_prepaid_token",
        X,
        "Compteur {meter_serial} : code {token} ({kwh} kWh pour {amount}).",
        "SMS carrying a prepaid token",
        max_length=320,
        placeholders=TOKEN_FIELDS,
    ),
)

REGISTRY: dict[str, ParameterDefinition] = {d.key: d for d in DEFINITIONS}
MODULES: tuple[str, ...] = tuple(dict.fromkeys(d.module for d in DEFINITIONS))


def definition(key: str) -> ParameterDefinition | None:
    return REGISTRY.get(key)
