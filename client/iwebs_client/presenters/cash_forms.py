"""Pure data of the counter screens: amounts typed by the cashier, the payment being prepared
(bills picked, fees, tenders), the payment modes of reference data, and the billetage count.

No widget and no call here: the presenters hold these objects, the views fill them, and the
tests check them directly. Money is an integer of minor units beside its currency code
(XOF: 1 franc = 1 minor unit), never a float (CSH-1, CSH-5, CSH-6).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from iwebs.v1 import cash_pb2, common_pb2, payment_service_pb2, reference_data_service_pb2

translate = QCoreApplication.translate
ReferenceItem = reference_data_service_pb2.ReferenceItem
#: digits after the decimal point of a currency; the CFA francs have none
MINOR_DIGITS = {"XOF": 0, "XAF": 0, "GNF": 0}
DEFAULT_CURRENCY = "XOF"
_SPACES = re.compile(r"[\s\u00a0\u202f']")
#: payment mode kinds (PAYMENT_MODE attribute `kind`)
CASH_KIND = "cash"
CHEQUE_KIND = "cheque"


def kind_label(kind: str) -> str:
    """A tender kind (PAYMENT_MODE attribute `kind`) as the cashier calls it."""
    labels = {
        CASH_KIND: translate("CashForms", "Cash"),
        CHEQUE_KIND: translate("CashForms", "Cheques"),
        "mobile_money": translate("CashForms", "Mobile money"),
        "transfer": translate("CashForms", "Bank transfers"),
        "card": translate("CashForms", "Cards"),
    }
    return labels.get(kind, kind)


def minor_digits(currency_code: str) -> int:
    return MINOR_DIGITS.get(currency_code, 2)


def parse_amount(text: str, currency_code: str = DEFAULT_CURRENCY) -> int | None:
    """'25 000' -> 25000 minor units; None when it is not an amount (empty is None too).
    Negative amounts are refused: a counter never types one."""
    cleaned = _SPACES.sub("", text or "").replace(",", ".")
    digits = minor_digits(currency_code)
    pattern = r"\d{1,15}" if digits == 0 else rf"\d{{1,15}}(\.\d{{1,{digits}}})?"
    if not re.fullmatch(pattern, cleaned):
        return None
    units, _, fraction = cleaned.partition(".")
    scale: int = 10**digits
    return int(units) * scale + (int(fraction.ljust(digits, "0")) if fraction else 0)


def amount_input_text(amount_minor: int, currency_code: str = DEFAULT_CURRENCY) -> str:
    """How an amount is put back in an input box: '25000' (no grouping to retype around)."""
    digits = minor_digits(currency_code)
    if not digits:
        return str(amount_minor)
    units, fraction = divmod(amount_minor, 10**digits)
    return f"{units},{fraction:0{digits}d}"


def money(amount_minor: int, currency_code: str = DEFAULT_CURRENCY) -> common_pb2.Money:
    return common_pb2.Money(currency_code=currency_code, amount_minor=amount_minor)


def attributes(item: ReferenceItem) -> dict[str, object]:
    try:
        value = json.loads(item.attributes_json or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def item_label(item: ReferenceItem, english: bool = False) -> str:
    return (item.label_en if english else item.label_fr) or item.code


@dataclass(frozen=True)
class PaymentMode:
    """A PAYMENT_MODE item: what its tender needs (a cheque: bank, number, drawer, date)."""

    code: str
    label: str
    kind: str
    reference_required: bool = False
    bank_required: bool = False

    @classmethod
    def from_item(cls, item: ReferenceItem, english: bool = False) -> PaymentMode:
        attrs = attributes(item)
        return cls(
            code=item.code,
            label=item_label(item, english),
            kind=str(attrs.get("kind", "")),
            reference_required=bool(attrs.get("reference_required", False)),
            bank_required=bool(attrs.get("bank_required", False)),
        )

    @property
    def is_cash(self) -> bool:
        return self.kind == CASH_KIND

    @property
    def is_cheque(self) -> bool:
        return self.kind == CHEQUE_KIND


@dataclass(frozen=True)
class FeeItem:
    """A MISC_FEE item: its usual amount (0: typed by the cashier) and whether it needs a
    reference (the quote number of DEVIS)."""

    code: str
    label: str
    amount_minor: int = 0
    reference_required: bool = False

    @classmethod
    def from_item(cls, item: ReferenceItem, english: bool = False) -> FeeItem:
        attrs = attributes(item)
        raw = attrs.get("amount", 0)
        amount = raw if isinstance(raw, int) and not isinstance(raw, bool) else 0
        return cls(
            code=item.code,
            label=item_label(item, english),
            amount_minor=amount,
            reference_required=bool(attrs.get("reference_required", False)),
        )


@dataclass
class TenderLine:
    """One tender as typed: the mode, the amount given, and a cheque's particulars."""

    mode: PaymentMode
    amount_minor: int = 0
    bank_code: str = ""
    reference: str = ""
    drawer_name: str = ""
    cheque_date: dt.date | None = None

    def message(self, currency_code: str) -> cash_pb2.Tender:
        tender = cash_pb2.Tender(
            mode_code=self.mode.code,
            amount=money(self.amount_minor, currency_code),
            bank_code=self.bank_code.strip(),
            reference=self.reference.strip(),
            drawer_name=self.drawer_name.strip(),
        )
        if self.cheque_date is not None:
            tender.cheque_date.CopyFrom(
                common_pb2.Date(
                    year=self.cheque_date.year,
                    month=self.cheque_date.month,
                    day=self.cheque_date.day,
                )
            )
        return tender

    def problems(self, index: int) -> dict[str, str]:
        found: dict[str, str] = {}
        prefix = f"tenders[{index}]"
        if self.amount_minor <= 0:
            found[f"{prefix}.amount"] = translate("CashForms", "Enter the amount of this tender.")
        if self.mode.bank_required and not self.bank_code.strip():
            found[f"{prefix}.bank_code"] = translate("CashForms", "Choose the bank.")
        if self.mode.reference_required and not self.reference.strip():
            found[f"{prefix}.reference"] = (
                translate("CashForms", "Enter the cheque number.")
                if self.mode.is_cheque
                else translate("CashForms", "Enter the transaction reference.")
            )
        if self.mode.is_cheque and not self.drawer_name.strip():
            found[f"{prefix}.drawer_name"] = translate("CashForms", "Enter who signed the cheque.")
        return found


@dataclass
class FeeLineDraft:
    fee: FeeItem
    amount_minor: int
    reference: str = ""

    def message(self, currency_code: str) -> cash_pb2.FeeLine:
        return cash_pb2.FeeLine(
            fee_code=self.fee.code,
            amount=money(self.amount_minor, currency_code),
            reference=self.reference.strip(),
        )


@dataclass
class PaymentDraft:
    """The payment being prepared at the counter, as PaymentContent will carry it.

    `picked` maps bill id -> amount for the bills the cashier ticked; empty means "oldest due
    first" (the server's rule). `amount_minor` is what goes to bills, advance and fees; the
    tenders may exceed it by the change (cash only)."""

    currency_code: str = DEFAULT_CURRENCY
    account_id: str = ""
    account_number: str = ""
    customer_name: str = ""
    payer_name: str = ""
    bills: list[cash_pb2.PayableBill] = field(default_factory=list)
    total_open_minor: int = 0
    advance_minor: int = 0
    picked: dict[str, int] = field(default_factory=dict)
    fees: list[FeeLineDraft] = field(default_factory=list)
    tenders: list[TenderLine] = field(default_factory=list)
    amount_minor: int | None = None

    @property
    def fees_minor(self) -> int:
        return sum(f.amount_minor for f in self.fees)

    @property
    def due_minor(self) -> int:
        """The default amount: the picked bills (or all open bills) plus the fees."""
        bills = sum(self.picked.values()) if self.picked else self.total_open_minor
        return bills + self.fees_minor

    @property
    def effective_amount_minor(self) -> int:
        return self.due_minor if self.amount_minor is None else self.amount_minor

    @property
    def tendered_minor(self) -> int:
        return sum(t.amount_minor for t in self.tenders)

    @property
    def change_minor(self) -> int:
        """What the client expects to give back (the server's answer is the one printed)."""
        return max(self.tendered_minor - self.effective_amount_minor, 0)

    def content(self, cash_session_id: str) -> payment_service_pb2.PaymentContent:
        currency = self.currency_code
        return payment_service_pb2.PaymentContent(
            cash_session_id=cash_session_id,
            account_id=self.account_id,
            payer_name=self.payer_name.strip(),
            amount=money(self.effective_amount_minor, currency),
            bills=[
                cash_pb2.BillSelection(bill_id=bill_id, amount=money(amount, currency))
                for bill_id, amount in self.picked.items()
            ],
            fees=[fee.message(currency) for fee in self.fees],
            tenders=[tender.message(currency) for tender in self.tenders],
        )

    def problems(self) -> dict[str, str]:
        """What must be fixed before previewing or paying (field path -> sentence)."""
        found: dict[str, str] = {}
        if not self.account_id and not self.fees:
            found["account_id"] = translate(
                "CashForms", "Choose an account, or add a fee to pay without an account."
            )
        if not self.account_id and self.fees and not self.payer_name.strip():
            found["payer_name"] = translate("CashForms", "Enter the payer's name.")
        if self.effective_amount_minor <= 0:
            found["amount"] = translate("CashForms", "Enter an amount greater than zero.")
        for number, fee in enumerate(self.fees):
            if fee.amount_minor <= 0:
                found[f"fees[{number}].amount"] = translate("CashForms", "Enter the fee amount.")
            if fee.fee.reference_required and not fee.reference.strip():
                found[f"fees[{number}].reference"] = translate(
                    "CashForms", "Enter the reference (quote number)."
                )
        if not self.tenders:
            found["tenders"] = translate("CashForms", "Add at least one tender.")
        for number, tender in enumerate(self.tenders):
            found.update(tender.problems(number))
        if self.tenders and self.tendered_minor < self.effective_amount_minor:
            found["tenders"] = translate("CashForms", "The tenders do not cover the amount.")
        non_cash = sum(t.amount_minor for t in self.tenders if not t.mode.is_cash)
        if non_cash > self.effective_amount_minor:
            found["tenders"] = translate(
                "CashForms", "Change is given in cash only: the other tenders exceed the amount."
            )
        return found


@dataclass
class DenominationLine:
    """A line of the billetage: a note or coin, how many were counted."""

    code: str
    label: str
    unit_minor: int
    quantity: int = 0

    @property
    def amount_minor(self) -> int:
        return self.unit_minor * self.quantity


@dataclass
class ClosingCount:
    """The closing count: the billetage for cash, a counted amount for each other kind.

    `expected` maps tender kind -> expected minor units (GetClosingSummary); a kind the cashier
    did not count is sent as counted = expected (the server takes it so too)."""

    currency_code: str
    expected: dict[str, int]
    lines: list[DenominationLine]
    tolerance_minor: int = 0
    other_counted: dict[str, int] = field(default_factory=dict)
    comment: str = ""

    @property
    def counted_cash_minor(self) -> int:
        return sum(line.amount_minor for line in self.lines)

    def counted(self, kind: str) -> int:
        if kind == CASH_KIND:
            return self.counted_cash_minor
        return self.other_counted.get(kind, self.expected.get(kind, 0))

    def difference(self, kind: str) -> int:
        """Counted - expected: positive = over, negative = short."""
        return self.counted(kind) - self.expected.get(kind, 0)

    def kinds(self) -> list[str]:
        kinds = list(self.expected)
        if CASH_KIND not in kinds:
            kinds.insert(0, CASH_KIND)
        return kinds

    @property
    def beyond_tolerance(self) -> bool:
        return any(abs(self.difference(kind)) > self.tolerance_minor for kind in self.kinds())

    def problems(self) -> dict[str, str]:
        if self.beyond_tolerance and not self.comment.strip():
            return {
                "comment": translate(
                    "CashForms", "The difference exceeds the tolerance: explain it in a comment."
                )
            }
        return {}

    def denominations(self) -> list[cash_pb2.DenominationCount]:
        return [
            cash_pb2.DenominationCount(denomination_code=line.code, quantity=line.quantity)
            for line in self.lines
            if line.quantity
        ]

    def counted_tenders(self) -> list[cash_pb2.TenderReconciliation]:
        return [
            cash_pb2.TenderReconciliation(mode_kind=kind, counted=money(amount, self.currency_code))
            for kind, amount in self.other_counted.items()
            if kind != CASH_KIND
        ]
