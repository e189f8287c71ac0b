"""What the till's use cases share: views of sessions and movements, the reference items
they check (denominations, payment-mode kinds, disbursement types), money checks and the
ledger groups of movements (float, transfers, disbursements, differences)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from iwebs_server.application.cash_views import (
    CashClosureView,
    CashMovementView,
    CashSessionView,
    DenominationCountView,
    ReceiptView,
    TenderLine,
    TenderReconciliationView,
    TenderTotalView,
)
from iwebs_server.domain.amount_words import LARGEST_AMOUNT_MINOR
from iwebs_server.domain.errors import FieldViolation, InvalidInput, PreconditionFailed
from iwebs_server.domain.reference_tables import ReferenceTable
from iwebs_server.persistence.repositories.cash_session_repository import CASH, SessionPosition
from iwebs_server.persistence.tables.cash_desk import (
    CashMovementRow,
    CashSessionRow,
)
from iwebs_server.persistence.tables.reference_data import ReferenceItemRow
from iwebs_server.persistence.unit_of_work import UnitOfWork

# Ledger accounts of what a till holds per tender kind (the PAYMENTS side uses the same).
TILL_ACCOUNTS = {"cash": "CASH", "cheque": "CHEQUES", "mobile_money": "MOBILE_MONEY"}
CASH_DIFFERENCE = "CASH_DIFFERENCE"
HEAD_CASHIER = "HEAD_CASHIER"
ADVANCE = "ADVANCE"


def till_account(mode_kind: str) -> str:
    return TILL_ACCOUNTS.get(mode_kind, mode_kind.upper())


@dataclass(frozen=True)
class MoneyInput:
    currency_code: str
    amount_minor: int


@dataclass(frozen=True)
class ClosingSummaryView:
    cash_session: CashSessionView
    tenders: tuple[TenderReconciliationView, ...]  # expected per kind, counted 0
    denominations: tuple[DenominationCountView, ...]  # active, largest first, quantity 0
    cheques: tuple[TenderLine, ...]
    tolerance_minor: int
    tolerance_currency: str


@dataclass(frozen=True)
class CountedTender:
    mode_kind: str
    currency_code: str
    amount_minor: int


@dataclass(frozen=True)
class CloseInput:
    cash_session_id: str
    denominations: tuple[tuple[str, int], ...]  # (CASH_DENOMINATION code, quantity)
    counted: tuple[CountedTender, ...] = ()
    comment: str = ""


@dataclass(frozen=True)
class CloseResultView:
    cash_session: CashSessionView
    closure: CashClosureView


@dataclass(frozen=True)
class DisbursementResultView:
    movement: CashMovementView | None = None
    voucher: ReceiptView | None = None
    approval_request_id: str = ""


# --- reference items ---------------------------------------------------------------------


def attributes(item: ReferenceItemRow) -> dict[str, object]:
    try:
        value = json.loads(item.attributes_json or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


@dataclass(frozen=True)
class Denomination:
    code: str
    value_minor: int
    label: str


def denominations(uow: UnitOfWork, currency_code: str) -> list[Denomination]:
    """The active CASH_DENOMINATION items of a currency, largest value first."""
    found = []
    for item in uow.reference_data.items(ReferenceTable.CASH_DENOMINATION.value, False):
        attrs = attributes(item)
        value = attrs.get("value")
        if attrs.get("currency") == currency_code and isinstance(value, int) and value > 0:
            found.append(Denomination(item.code, value, item.label_fr))
    return sorted(found, key=lambda d: (-d.value_minor, d.code))


def payment_mode_kinds(uow: UnitOfWork) -> set[str]:
    """The tender kinds of the PAYMENT_MODE items (active or not: old tenders stay valid)."""
    kinds = {CASH}
    for item in uow.reference_data.items(ReferenceTable.PAYMENT_MODE.value, True):
        kind = attributes(item).get("kind")
        if isinstance(kind, str) and kind:
            kinds.add(kind)
    return kinds


# --- money checks ------------------------------------------------------------------------


def check_money(
    field: str, money: MoneyInput, currency_code: str, *, positive: bool = True
) -> list[FieldViolation]:
    violations = []
    if money.currency_code != currency_code:
        violations.append(
            FieldViolation(f"{field}.currency_code", f"must be the till's currency {currency_code}")
        )
    if money.amount_minor < 0 or (positive and money.amount_minor == 0):
        violations.append(
            FieldViolation(
                f"{field}.amount_minor", "must be positive" if positive else "must not be negative"
            )
        )
    elif money.amount_minor > LARGEST_AMOUNT_MINOR:
        violations.append(
            FieldViolation(f"{field}.amount_minor", f"at most {LARGEST_AMOUNT_MINOR}")
        )
    return violations


def require_cash_available(position: SessionPosition, amount_minor: int, currency: str) -> None:
    """Money cannot leave a till that does not hold it."""
    available = position.cash_in_till
    if amount_minor > available:
        raise PreconditionFailed(
            "PAYMENT_AMOUNT_INVALID",
            f"the till holds only {available} {currency} in cash",
            field_violations=[
                FieldViolation("amount.amount_minor", f"at most {available} {currency}")
            ],
        )


def invalid(field: str, description: str) -> InvalidInput:
    return InvalidInput.field(field, description)


# --- views -------------------------------------------------------------------------------


def session_views(uow: UnitOfWork, rows: Sequence[CashSessionRow]) -> list[CashSessionView]:
    """Views of sessions with their positions (one batch of grouped queries), the names of
    their agencies, tills and cashiers loaded in three more (a supervisor polls this)."""
    positions = uow.cash_sessions.positions([row.id for row in rows])
    uow.cash_sessions.load_labels(rows)
    return [session_view(uow, row, positions[row.id]) for row in rows]


def session_view(
    uow: UnitOfWork, row: CashSessionRow, position: SessionPosition | None = None
) -> CashSessionView:
    position = position or uow.cash_sessions.position(row.id)
    agency = uow.agencies.get(row.agency_id)
    workstation = uow.workstations.get(row.workstation_id)
    cashier = uow.users.get(row.cashier_user_id)
    expected = position.expected_by_kind()
    expected.setdefault(CASH, 0)
    totals = tuple(
        TenderTotalView(
            mode_kind=kind,
            currency_code=row.currency_code,
            amount_minor=expected[kind],
            count=position.tender_counts.get(kind, 0),
        )
        for kind in sorted(expected, key=lambda k: (k != CASH, k))
    )
    return CashSessionView(
        cash_session_id=row.id,
        agency_id=row.agency_id,
        agency_name=agency.name if agency else "",
        workstation_id=row.workstation_id,
        workstation_name=workstation.name if workstation else "",
        cashier_user_id=row.cashier_user_id,
        cashier_login=cashier.login if cashier else "",
        cashier_name=cashier.display_name if cashier else "",
        business_date=row.business_date,
        currency_code=row.currency_code,
        opening_float_minor=row.opening_float_minor,
        is_head_cashier=row.is_head_cashier,
        status=row.status,
        opened_at=row.opened_at,
        closed_at=row.closed_at,
        totals=totals,
        receipt_count=position.receipt_count,
        last_payment_at=position.last_payment_at,
    )


def movement_views(uow: UnitOfWork, rows: Sequence[CashMovementRow]) -> list[CashMovementView]:
    vouchers = uow.cash_sessions.voucher_numbers([row.id for row in rows])
    logins: dict[str, str] = {}
    for user_id in {row.created_by for row in rows}:
        user = uow.users.get(user_id)
        logins[user_id] = user.login if user else ""
    return [
        movement_view(row, logins.get(row.created_by, ""), vouchers.get(row.id, "")) for row in rows
    ]


def movement_view(
    row: CashMovementRow, login: str = "", receipt_number: str = ""
) -> CashMovementView:
    return CashMovementView(
        cash_movement_id=row.id,
        cash_session_id=row.cash_session_id,
        kind=row.kind,
        currency_code=row.currency_code,
        amount_minor=row.amount_minor,
        created_at=row.created_at,
        created_by_login=login,
        category_code=row.category_code,
        beneficiary=row.beneficiary,
        reason=row.reason,
        counterpart_session_id=row.counterpart_session_id or "",
        receipt_number=receipt_number,
    )
