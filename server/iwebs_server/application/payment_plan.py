"""What a payment will do, checked and computed before anything is written: the same for a
preview and a payment (CSH-1, CSH-2, SEC-10).

Checks, each refusal with its field or reason:
- the content's shape: ids, lengths, one tender at least, a payer named when no account;
- every Money in the session's currency (a field error otherwise);
- the account in the caller's agencies (NOT_FOUND otherwise), in the session's currency;
- tenders against the PAYMENT_MODE items (active; `reference_required`, `bank_required`
  with an active BANK code; a cheque has its drawer and a date neither in the future nor
  older than `cash.cheque_validity_days`);
- fees against the MISC_FEE items (active; `reference_required`; a fixed `amount` > 0 must
  be paid exactly);
- allocation by domain/payment_allocation.allocate; a bill left partly paid needs
  `cash.partial_payment_allowed` and at least `cash.minimum_partial_payment`;
- change by domain/payment_allocation.change_due (cash only); the cash tenders are recorded
  net of the change (the last cash tender gives it first).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Protocol

from iwebs_server.application.cash_views import PaymentContentInput, TenderLine
from iwebs_server.application.receipts import FOOTER_KEY, HEADER_KEY, parameter_values
from iwebs_server.application.validation import Checks
from iwebs_server.domain.amount_words import LARGEST_AMOUNT_MINOR
from iwebs_server.domain.errors import FieldViolation, InvalidInput, NotFound, PreconditionFailed
from iwebs_server.domain.parameters import Money, ParameterValue
from iwebs_server.domain.payment_allocation import (
    FeeRequest,
    OpenBill,
    PlannedAllocation,
    TenderAmount,
    allocate,
    change_due,
)
from iwebs_server.domain.principal import Principal
from iwebs_server.domain.reference_tables import ReferenceTable
from iwebs_server.persistence.repositories.customer_base_repository import BillAmounts
from iwebs_server.persistence.tables.cash_desk import CashSessionRow
from iwebs_server.persistence.tables.customer_base import BillRow, CustomerAccountRow
from iwebs_server.persistence.tables.reference_data import GLOBAL_SCOPE, ReferenceItemRow
from iwebs_server.persistence.unit_of_work import UnitOfWork

PARTIAL_ALLOWED = "cash.partial_payment_allowed"
MINIMUM_PARTIAL = "cash.minimum_partial_payment"
ADVANCE_ALLOWED = "cash.overpayment_as_advance"
CHEQUE_VALIDITY = "cash.cheque_validity_days"
PAYMENT_PARAMETERS = (
    PARTIAL_ALLOWED,
    MINIMUM_PARTIAL,
    ADVANCE_ALLOWED,
    CHEQUE_VALIDITY,
    HEADER_KEY,
    FOOTER_KEY,
)
MODE, BANK, FEE = (
    ReferenceTable.PAYMENT_MODE.value,
    ReferenceTable.BANK.value,
    ReferenceTable.MISC_FEE.value,
)
CASH = "cash"
CHEQUE = "cheque"
# the most lines one payment takes (a group account's bills; tenders and fees a counter types)
MOST_BILLS, MOST_FEES, MOST_TENDERS = 1_000, 50, 20


@dataclass(frozen=True)
class PlannedTender:
    line: TenderLine  # as sent, with mode_kind filled
    net_minor: int  # what stays in the till: a cash tender less the change it gave


@dataclass(frozen=True)
class PaymentPlan:
    session: CashSessionRow
    account: CustomerAccountRow | None
    customer_name: str
    allocations: tuple[PlannedAllocation, ...]
    tenders: tuple[PlannedTender, ...]
    tendered_minor: int
    change_minor: int
    bills: dict[str, BillRow]
    fee_labels: dict[str, str]
    parameters: dict[str, ParameterValue]


def payload_hash(content: PaymentContentInput) -> str:
    """The canonical content of a payment (IDEM-02): what a retry must repeat exactly."""
    body = [
        content.cash_session_id,
        content.account_id,
        content.payer_name,
        content.currency_code,
        content.amount_minor,
        [[b.bill_id, b.currency_code, b.amount_minor] for b in content.bills],
        [[f.fee_code, f.currency_code, f.amount_minor, f.reference] for f in content.fees],
        [
            [
                t.mode_code,
                t.currency_code,
                t.amount_minor,
                t.bank_code,
                t.reference,
                t.drawer_name,
                t.cheque_date.isoformat() if t.cheque_date else "",
            ]
            for t in content.tenders
        ],
    ]
    text = json.dumps(body, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def check_shape(content: PaymentContentInput) -> None:
    """What needs no database: ids, lengths, at least one tender (INVALID_ARGUMENT)."""
    checks = Checks()
    checks.identifier("content.cash_session_id", content.cash_session_id)
    checks.identifier("content.account_id", content.account_id, required=False)
    checks.text("content.payer_name", content.payer_name, required=False, max_length=200)
    if not content.account_id:
        if not content.payer_name:
            checks.fail("content.payer_name", "is required for a payment with no account")
        if content.bills:
            checks.fail("content.bills", "bills are paid on an account")
    for index, bill in enumerate(content.bills):
        checks.identifier(f"content.bills[{index}].bill_id", bill.bill_id)
    for index, fee in enumerate(content.fees):
        checks.text(f"content.fees[{index}].fee_code", fee.fee_code, max_length=32)
        checks.text(
            f"content.fees[{index}].reference", fee.reference, required=False, max_length=64
        )
    if not content.tenders:
        checks.fail("content.tenders", "at least one tender is required")
    for field, lines, most in (
        ("content.bills", content.bills, MOST_BILLS),
        ("content.fees", content.fees, MOST_FEES),
        ("content.tenders", content.tenders, MOST_TENDERS),
    ):
        if len(lines) > most:
            checks.fail(field, f"at most {most} lines")
    for field, _, amount in _money_fields(content):
        if amount > LARGEST_AMOUNT_MINOR:
            checks.fail(f"{field}.amount_minor", f"at most {LARGEST_AMOUNT_MINOR}")
    for index, tender in enumerate(content.tenders):
        field = f"content.tenders[{index}]"
        checks.text(f"{field}.mode_code", tender.mode_code, max_length=32)
        checks.text(f"{field}.bank_code", tender.bank_code, required=False, max_length=32)
        checks.text(f"{field}.reference", tender.reference, required=False, max_length=64)
        checks.text(f"{field}.drawer_name", tender.drawer_name, required=False, max_length=200)
        if tender.amount_minor <= 0:
            checks.fail(f"{field}.amount", "must be more than zero")
    checks.raise_if_any()


class _Priced(Protocol):
    @property
    def currency_code(self) -> str: ...

    @property
    def amount_minor(self) -> int: ...


def _money_fields(content: PaymentContentInput) -> list[tuple[str, str, int]]:
    """Every amount of a payment: (field of its Money, currency code, amount)."""
    lines = [("content.amount", content.currency_code, content.amount_minor)]
    groups: tuple[tuple[str, Sequence[_Priced]], ...] = (
        ("bills", content.bills),
        ("fees", content.fees),
        ("tenders", content.tenders),
    )
    for name, items in groups:
        lines += [
            (f"content.{name}[{i}].amount", item.currency_code, item.amount_minor)
            for i, item in enumerate(items)
        ]
    return lines


def _currencies(content: PaymentContentInput, currency: str) -> None:
    wrong = [
        FieldViolation(
            f"{field}.currency_code", f"must be in {currency}, the cash session's currency"
        )
        for field, code, _ in _money_fields(content)
        if code != currency
    ]
    if wrong:
        raise InvalidInput(wrong)


def _attribute(item: ReferenceItemRow, name: str) -> object:
    return json.loads(item.attributes_json or "{}").get(name)


def _checked_tenders(
    checks: Checks,
    content: PaymentContentInput,
    items: dict[tuple[str, str], ReferenceItemRow],
    session: CashSessionRow,
    validity_days: int,
) -> list[TenderLine]:
    lines = []
    today = session.business_date
    for index, tender in enumerate(content.tenders):
        field = f"content.tenders[{index}]"
        mode = items.get((MODE, tender.mode_code))
        if mode is None or not mode.active:
            checks.fail(f"{field}.mode_code", "is not an active payment mode")
            continue
        kind = str(_attribute(mode, "kind") or "")
        if _attribute(mode, "reference_required") and not tender.reference:
            checks.fail(f"{field}.reference", "is required for this payment mode")
        if _attribute(mode, "bank_required") or tender.bank_code:
            bank = items.get((BANK, tender.bank_code))
            if not tender.bank_code:
                checks.fail(f"{field}.bank_code", "is required for this payment mode")
            elif bank is None or not bank.active:
                checks.fail(f"{field}.bank_code", "is not an active bank")
        if kind == CHEQUE:
            if not tender.drawer_name:
                checks.fail(f"{field}.drawer_name", "is required for a cheque")
            if tender.cheque_date is None:
                checks.fail(f"{field}.cheque_date", "is required for a cheque")
            elif tender.cheque_date > today:
                checks.fail(f"{field}.cheque_date", "is in the future")
            elif tender.cheque_date < today - timedelta(days=validity_days):
                checks.fail(f"{field}.cheque_date", f"is older than {validity_days} days")
        lines.append(
            TenderLine(
                mode_code=tender.mode_code,
                currency_code=tender.currency_code,
                amount_minor=tender.amount_minor,
                bank_code=tender.bank_code,
                reference=tender.reference,
                drawer_name=tender.drawer_name if kind == CHEQUE else "",
                cheque_date=tender.cheque_date if kind == CHEQUE else None,
                mode_kind=kind,
            )
        )
    return lines


def _checked_fees(
    checks: Checks, content: PaymentContentInput, items: dict[tuple[str, str], ReferenceItemRow]
) -> dict[str, str]:
    labels = {}
    for index, fee in enumerate(content.fees):
        field = f"content.fees[{index}]"
        item = items.get((FEE, fee.fee_code))
        if item is None or not item.active:
            checks.fail(f"{field}.fee_code", "is not an active fee")
            continue
        labels[fee.fee_code] = item.label_fr
        if _attribute(item, "reference_required") and not fee.reference:
            checks.fail(f"{field}.reference", "is required for this fee")
        fixed = _attribute(item, "amount")
        if isinstance(fixed, int) and fixed > 0 and fee.amount_minor != fixed:
            checks.fail(f"{field}.amount", f"this fee is {fixed}")
    return labels


def _net_tenders(lines: list[TenderLine], change: int) -> list[PlannedTender]:
    """Change comes out of the cash tenders, the last one first."""
    nets = [line.amount_minor for line in lines]
    for index in reversed(range(len(lines))):
        if change == 0:
            break
        if lines[index].mode_kind == CASH:
            taken = min(change, nets[index])
            nets[index] -= taken
            change -= taken
    return [PlannedTender(line, net) for line, net in zip(lines, nets, strict=True) if net > 0]


def _partial_rules(
    plan: list[PlannedAllocation], content: PaymentContentInput, parameters: dict[str, object]
) -> None:
    """A payment that leaves a bill partly paid is a partial payment: allowed by
    cash.partial_payment_allowed, of at least cash.minimum_partial_payment — what it brings
    to the bills (oldest first), or the amount picked for that bill."""
    picked = {b.bill_id: i for i, b in enumerate(content.bills)}
    minimum = parameters[MINIMUM_PARTIAL]
    to_bills = sum(a.amount_minor for a in plan if a.kind == "bill")
    for allocation in plan:
        if allocation.kind != "bill" or allocation.amount_minor >= allocation.open_before_minor:
            continue
        index = picked.get(allocation.bill_id or "")
        field = f"content.bills[{index}].amount" if index is not None else "content.amount"
        if not parameters[PARTIAL_ALLOWED]:
            raise PreconditionFailed(
                "PAYMENT_AMOUNT_INVALID",
                "a bill may not be paid in part",
                field_violations=[FieldViolation(field, "pays a bill in part")],
            )
        brought = allocation.amount_minor if index is not None else to_bills
        if isinstance(minimum, Money) and brought < minimum.amount_minor:
            raise PreconditionFailed(
                "PAYMENT_AMOUNT_INVALID",
                f"a partial payment is at least {minimum.amount_minor}",
                field_violations=[FieldViolation(field, "below the minimum partial payment")],
            )


def plan_payment(
    uow: UnitOfWork,
    principal: Principal,
    session: CashSessionRow,
    content: PaymentContentInput,
    *,
    lock: bool,
) -> PaymentPlan:
    """Checks `content` against the session, the account, the reference data and the
    parameters, and computes allocations, tenders and change. `lock` locks the bills."""
    _currencies(content, session.currency_code)
    account, customer_name = None, ""
    open_bills: list[BillAmounts] = []
    if content.account_id:
        found = uow.payments.account_for_payment(content.account_id, lock=lock)
        if found is None or not principal.scope.allows(found[0].agency_id):
            raise NotFound("customer_account", content.account_id)
        account, customer_name = found
        if account.currency_code != session.currency_code:
            raise InvalidInput.field("content.account_id", "is in another currency")
        open_bills = uow.payments.open_bills(account.id)
    wanted = {(MODE, t.mode_code) for t in content.tenders}
    wanted |= {(BANK, t.bank_code) for t in content.tenders if t.bank_code}
    wanted |= {(FEE, f.fee_code) for f in content.fees}
    rows, items = uow.payments.payment_settings(
        PAYMENT_PARAMETERS, [GLOBAL_SCOPE, session.agency_id], wanted
    )
    parameters = parameter_values(rows, session.agency_id, PAYMENT_PARAMETERS)
    checks = Checks()
    validity = parameters[CHEQUE_VALIDITY]
    assert isinstance(validity, int)
    lines = _checked_tenders(checks, content, items, session, validity)
    fee_labels = _checked_fees(checks, content, items)
    checks.raise_if_any()
    plan = allocate(
        content.amount_minor,
        [
            OpenBill(
                b.bill.id,
                b.bill.due_date,
                b.bill.issue_date,
                b.bill.bill_number,
                b.open_amount_minor,
            )
            for b in open_bills
        ],
        picked=[(b.bill_id, b.amount_minor) for b in content.bills],
        fees=[FeeRequest(f.fee_code, f.amount_minor, f.reference) for f in content.fees],
        advance_allowed=bool(parameters[ADVANCE_ALLOWED]),
        has_account=account is not None,
    )
    _partial_rules(plan, content, dict(parameters))
    change = change_due(
        content.amount_minor, [TenderAmount(line.mode_kind, line.amount_minor) for line in lines]
    )
    return PaymentPlan(
        session=session,
        account=account,
        customer_name=customer_name,
        allocations=tuple(plan),
        tenders=tuple(_net_tenders(lines, change)),
        tendered_minor=sum(line.amount_minor for line in lines),
        change_minor=change,
        bills={b.bill.id: b.bill for b in open_bills},
        fee_labels=fee_labels,
        parameters=parameters,
    )
