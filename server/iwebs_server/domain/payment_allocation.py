"""How a payment's money is allocated (CSH-1, CSH-2): the documented rule.

1. Fees first: each fee line takes exactly its amount.
2. Bills: if the cashier picked bills, each takes exactly the amount picked (at most its
   open amount); otherwise the open bills are paid **oldest due date first** (then issue
   date, then bill number), each in full until the money runs out; the last one reached
   may be paid in part.
3. What remains is an **advance** on the account (when cash.overpayment_as_advance), else
   the payment is refused.
Everything is exact to the minor unit: the allocations sum to the payment's amount.

Tenders: the payment's amount is what the tenders bring minus the change; change is given
in cash only, and never more than the cash tendered.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from iwebs_server.domain.errors import FieldViolation, InvalidInput, PreconditionFailed


@dataclass(frozen=True)
class OpenBill:
    bill_id: str
    due_date: date
    issue_date: date
    bill_number: str
    open_minor: int


@dataclass(frozen=True)
class FeeRequest:
    fee_code: str
    amount_minor: int
    reference: str = ""


@dataclass(frozen=True)
class PlannedAllocation:
    kind: str  # bill | advance | fee
    amount_minor: int
    bill_id: str | None = None
    open_before_minor: int = 0
    fee_code: str = ""
    fee_reference: str = ""


def oldest_first(bills: Sequence[OpenBill]) -> list[OpenBill]:
    return sorted(bills, key=lambda b: (b.due_date, b.issue_date, b.bill_number, b.bill_id))


def allocate(
    amount_minor: int,
    open_bills: Sequence[OpenBill],
    *,
    picked: Sequence[tuple[str, int]] = (),
    fees: Sequence[FeeRequest] = (),
    advance_allowed: bool,
    has_account: bool,
) -> list[PlannedAllocation]:
    """The allocations of `amount_minor` by the rule above; raises a field error when the
    money and the choices do not fit."""
    if amount_minor <= 0:
        raise InvalidInput([FieldViolation("content.amount", "must be more than zero")])
    plan: list[PlannedAllocation] = []
    remaining = amount_minor
    for index, fee in enumerate(fees):
        if fee.amount_minor <= 0:
            raise InvalidInput(
                [FieldViolation(f"content.fees[{index}].amount", "must be more than zero")]
            )
        plan.append(
            PlannedAllocation(
                "fee", fee.amount_minor, fee_code=fee.fee_code, fee_reference=fee.reference
            )
        )
        remaining -= fee.amount_minor
    if remaining < 0:
        raise InvalidInput([FieldViolation("content.amount", "less than the fees to pay")])
    by_id = {b.bill_id: b for b in open_bills}
    if picked:
        seen: set[str] = set()
        for index, (bill_id, amount) in enumerate(picked):
            field = f"content.bills[{index}]"
            bill = by_id.get(bill_id)
            if bill is None or bill_id in seen:
                raise InvalidInput(
                    [FieldViolation(f"{field}.bill_id", "not an open bill of the account")]
                )
            seen.add(bill_id)
            if amount <= 0 or amount > bill.open_minor:
                raise InvalidInput(
                    [FieldViolation(f"{field}.amount", "must be between 1 and the open amount")]
                )
            plan.append(
                PlannedAllocation(
                    "bill", amount, bill_id=bill_id, open_before_minor=bill.open_minor
                )
            )
            remaining -= amount
        if remaining < 0:
            raise InvalidInput([FieldViolation("content.amount", "less than the bills picked")])
    else:
        for bill in oldest_first(open_bills):
            if remaining == 0:
                break
            take = min(remaining, bill.open_minor)
            plan.append(
                PlannedAllocation(
                    "bill", take, bill_id=bill.bill_id, open_before_minor=bill.open_minor
                )
            )
            remaining -= take
    if remaining > 0:
        if not has_account or not advance_allowed:
            raise PreconditionFailed(
                "PAYMENT_AMOUNT_INVALID", "the amount is more than what is due"
            )
        plan.append(PlannedAllocation("advance", remaining))
    return plan


@dataclass(frozen=True)
class TenderAmount:
    mode_kind: str  # cash | cheque | mobile_money | transfer | card
    amount_minor: int


def change_due(amount_minor: int, tenders: Sequence[TenderAmount]) -> int:
    """The change to give back in cash; refuses tenders that do not cover the amount or
    change larger than the cash tendered."""
    tendered = sum(t.amount_minor for t in tenders)
    if tendered < amount_minor:
        raise PreconditionFailed("TENDERS_INSUFFICIENT", "the tenders do not cover the amount")
    change = tendered - amount_minor
    cash = sum(t.amount_minor for t in tenders if t.mode_kind == "cash")
    if change > cash:
        raise PreconditionFailed(
            "TENDERS_INSUFFICIENT", "change is given in cash only: too much paid by other modes"
        )
    return change
