"""The supervision screens' rows and texts, as pure functions (CSH-7, CSH-11, CSH-12).

A till row shows what a session should hold per tender kind (the server's position), its
receipts and last payment; the drill-down shows receipts, movements and the closure; the
closures and deposits lists show their totals. Money through `format_money` (integer minor
units, "25 000 FCFA"), times in the user's locale.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from iwebs.v1 import cash_pb2
from iwebs_client.models.display_format import (
    format_date,
    format_money,
    format_timestamp,
    timestamp_to_qdatetime,
)
from iwebs_client.models.record_table_model import RecordRow
from iwebs_client.presenters.cash_supervision_ports import (
    CashClosure,
    CashMovement,
    CashSession,
    ChequeOnHand,
    Money,
    Receipt,
    SessionCashToDeposit,
    TenderTotal,
)

translate = QCoreApplication.translate
# the tender kinds with a column of their own, in the order of the columns
TILL_KINDS = ("cash", "cheque", "mobile_money")
# transfer, card and any kind the server adds later are summed here
OTHER_KIND = "other"


def tender_kind_text(kind: str) -> str:
    texts = {
        "cash": translate("CashSupervision", "Cash"),
        "cheque": translate("CashSupervision", "Cheques"),
        "mobile_money": translate("CashSupervision", "Mobile money"),
        "transfer": translate("CashSupervision", "Transfers"),
        "card": translate("CashSupervision", "Cards"),
        OTHER_KIND: translate("CashSupervision", "Other"),
    }
    return texts.get(kind, kind)


def money(value: Money | None) -> str:
    if value is None or not value.currency_code:
        return ""
    return format_money(value.amount_minor, value.currency_code)


def amount(minor: int, currency: str) -> str:
    return format_money(minor, currency) if currency else ""


def date_text(value: object) -> str:
    year, month, day = (getattr(value, name, 0) for name in ("year", "month", "day"))
    return format_date(int(year), int(month), int(day))


def time_text(ts: object) -> str:
    """HH:MM:SS in local time; empty when unset."""
    moment = timestamp_to_qdatetime(ts)  # type: ignore[arg-type]
    if moment is None:
        return ""
    return moment.toLocalTime().toString("HH:mm:ss")


def kind_totals(totals: Iterable[TenderTotal]) -> dict[str, int]:
    """Minor units per column kind (cash, cheque, mobile_money, other)."""
    result: dict[str, int] = dict.fromkeys((*TILL_KINDS, OTHER_KIND), 0)
    for total in totals:
        key = total.mode_kind if total.mode_kind in TILL_KINDS else OTHER_KIND
        result[key] += total.amount.amount_minor
    return result


def currency_of(session: CashSession) -> str:
    if session.opening_float.currency_code:
        return session.opening_float.currency_code
    return next((t.amount.currency_code for t in session.totals if t.amount.currency_code), "")


def session_status_text(status: int) -> str:
    if status == cash_pb2.CASH_SESSION_STATUS_OPEN:
        return translate("CashSupervision", "Open")
    if status == cash_pb2.CASH_SESSION_STATUS_CLOSED:
        return translate("CashSupervision", "Closed")
    return ""


def cashier_text(session: CashSession) -> str:
    name = session.cashier_name or session.cashier_login
    if session.is_head_cashier:
        name += " " + translate("CashSupervision", "(head cashier)")
    return name


# -- live till view (CSH-12) ------------------------------------------------------------------
def till_headers() -> list[str]:
    return [
        translate("CashSupervision", "Cashier"),
        translate("CashSupervision", "Agency"),
        translate("CashSupervision", "Workstation"),
        translate("CashSupervision", "Status"),
        translate("CashSupervision", "Float"),
        *(tender_kind_text(kind) for kind in (*TILL_KINDS, OTHER_KIND)),
        translate("CashSupervision", "Total"),
        translate("CashSupervision", "Receipts"),
        translate("CashSupervision", "Last payment"),
    ]


def till_row(session: CashSession) -> RecordRow:
    currency = currency_of(session)
    totals = kind_totals(session.totals)
    cells = (
        cashier_text(session),
        session.agency_name,
        session.workstation_name,
        session_status_text(session.status),
        money(session.opening_float),
        *(amount(totals[kind], currency) for kind in (*TILL_KINDS, OTHER_KIND)),
        amount(sum(totals.values()), currency),
        str(session.receipt_count),
        time_text(session.last_payment_at),
    )
    return RecordRow(session, cells)


AGENCY_COLUMN = 1
FIRST_KIND_COLUMN = 5


def till_hidden_columns(sessions: Sequence[CashSession]) -> set[int]:
    """Columns with nothing to say: the agency when every till is of one agency, a tender
    kind (other than cash) that no till holds. The table then fits a counter's screen."""
    hidden: set[int] = set()
    if len({s.agency_id for s in sessions}) <= 1:
        hidden.add(AGENCY_COLUMN)
    per_till = [kind_totals(s.totals) for s in sessions]
    for offset, kind in enumerate((*TILL_KINDS, OTHER_KIND)):
        if kind != "cash" and not any(totals[kind] for totals in per_till):
            hidden.add(FIRST_KIND_COLUMN + offset)
    return hidden


def till_rows(sessions: Sequence[CashSession]) -> list[RecordRow]:
    """Open sessions first, then by cashier (a stable order: the rows do not jump on refresh)."""
    ordered = sorted(
        sessions,
        key=lambda s: (
            s.status != cash_pb2.CASH_SESSION_STATUS_OPEN,
            s.agency_name.casefold(),
            cashier_text(s).casefold(),
            s.cash_session_id,
        ),
    )
    return [till_row(s) for s in ordered]


def till_footer(sessions: Sequence[CashSession], totals: Sequence[TenderTotal]) -> str:
    """'Total: 3 sessions (2 open), 45 receipts — Cash 1 250 000 FCFA · Cheques ...'."""
    currency = next((t.amount.currency_code for t in totals if t.amount.currency_code), "")
    if not currency and sessions:
        currency = currency_of(sessions[0])
    open_count = sum(1 for s in sessions if s.status == cash_pb2.CASH_SESSION_STATUS_OPEN)
    receipts = sum(s.receipt_count for s in sessions)
    by_kind = kind_totals(totals)
    parts = [
        f"{tender_kind_text(kind)} {amount(by_kind[kind], currency)}"
        for kind in (*TILL_KINDS, OTHER_KIND)
        if by_kind[kind] or kind == "cash"
    ]
    head = (
        translate("CashSupervision", "Total: %1 till(s), %2 open, %3 receipt(s)")
        .replace("%1", str(len(sessions)))
        .replace("%2", str(open_count))
        .replace("%3", str(receipts))
    )
    grand = amount(sum(by_kind.values()), currency)
    tail = " · ".join(parts)
    return (
        f"{head} — {tail} — {translate('CashSupervision', 'Total')} {grand}" if currency else head
    )


# -- drill-down (CSH-7) -----------------------------------------------------------------------
def receipt_headers() -> list[str]:
    return [
        translate("CashSupervision", "Receipt"),
        translate("CashSupervision", "Time"),
        translate("CashSupervision", "Kind"),
        translate("CashSupervision", "Account"),
        translate("CashSupervision", "Customer / payer"),
        translate("CashSupervision", "Amount"),
        translate("CashSupervision", "Tenders"),
        translate("CashSupervision", "Marks"),
    ]


def receipt_kind_text(kind: int) -> str:
    texts: dict[int, str] = {
        cash_pb2.RECEIPT_KIND_PAYMENT: translate("CashSupervision", "Payment"),
        cash_pb2.RECEIPT_KIND_CANCELLATION: translate("CashSupervision", "Cancellation"),
        cash_pb2.RECEIPT_KIND_DISBURSEMENT: translate("CashSupervision", "Disbursement"),
    }
    return texts.get(kind, "")


def tenders_text(tenders: Iterable[cash_pb2.Tender], labels: Mapping[str, str]) -> str:
    """'Espèces 30 000 FCFA; Chèque 20 000 FCFA (CBAO 0012345)': `labels` names the
    PAYMENT_MODE codes (the code itself when it has no label)."""
    parts = []
    for tender in tenders:
        text = f"{labels.get(tender.mode_code, tender.mode_code)} {money(tender.amount)}"
        extra = " ".join(x for x in (tender.bank_code, tender.reference) if x)
        parts.append(f"{text} ({extra})" if extra else text)
    return "; ".join(parts)


def receipt_marks(receipt: Receipt) -> str:
    marks = []
    if receipt.cancelled_by_receipt_number:
        marks.append(
            translate("CashSupervision", "Cancelled by %1").replace(
                "%1", receipt.cancelled_by_receipt_number
            )
        )
    if receipt.cancels_receipt_number:
        marks.append(
            translate("CashSupervision", "Cancels %1").replace("%1", receipt.cancels_receipt_number)
        )
    if receipt.cancellation_pending:
        marks.append(translate("CashSupervision", "Cancellation pending"))
    return "; ".join(marks)


def receipt_row(receipt: Receipt, labels: Mapping[str, str]) -> RecordRow:
    cells = (
        receipt.receipt_number,
        time_text(receipt.issued_at),
        receipt_kind_text(receipt.kind),
        receipt.account_number,
        receipt.customer_name or receipt.payer_name,
        money(receipt.amount),
        tenders_text(receipt.tenders, labels),
        receipt_marks(receipt),
    )
    cancelled = bool(receipt.cancelled_by_receipt_number) or (
        receipt.kind == cash_pb2.RECEIPT_KIND_CANCELLATION
    )
    return RecordRow(receipt, cells, highlighted=cancelled, tooltip=receipt.reason)


def movement_kind_text(kind: str) -> str:
    texts = {
        "opening_float": translate("CashSupervision", "Opening float"),
        "transfer_out": translate("CashSupervision", "Transfer to head cashier"),
        "transfer_in": translate("CashSupervision", "Transfer received"),
        "disbursement": translate("CashSupervision", "Disbursement"),
        "difference": translate("CashSupervision", "Closing difference"),
    }
    return texts.get(kind, kind)


def movement_headers() -> list[str]:
    return [
        translate("CashSupervision", "Time"),
        translate("CashSupervision", "Movement"),
        translate("CashSupervision", "Amount"),
        translate("CashSupervision", "Details"),
        translate("CashSupervision", "By"),
        translate("CashSupervision", "Receipt"),
    ]


def movement_row(movement: CashMovement) -> RecordRow:
    details = " — ".join(
        x for x in (movement.category_code, movement.beneficiary, movement.reason) if x
    )
    cells = (
        time_text(movement.created_at),
        movement_kind_text(movement.kind),
        money(movement.amount),
        details,
        movement.created_by_login,
        movement.receipt_number,
    )
    return RecordRow(movement, cells)


def reconciliation_headers() -> list[str]:
    return [
        translate("CashSupervision", "Tender"),
        translate("CashSupervision", "Expected"),
        translate("CashSupervision", "Counted"),
        translate("CashSupervision", "Difference"),
    ]


def reconciliation_rows(closure: CashClosure) -> list[RecordRow]:
    rows = []
    for line in closure.tenders:
        cells = (
            tender_kind_text(line.mode_kind),
            money(line.expected),
            money(line.counted),
            money(line.difference),
        )
        rows.append(RecordRow(line, cells, highlighted=line.difference.amount_minor != 0))
    return rows


def denomination_headers() -> list[str]:
    return [
        translate("CashSupervision", "Denomination"),
        translate("CashSupervision", "Quantity"),
        translate("CashSupervision", "Amount"),
    ]


def denomination_rows(closure: CashClosure) -> list[RecordRow]:
    return [
        RecordRow(d, (d.label or d.denomination_code, str(d.quantity), money(d.amount)))
        for d in closure.denominations
        if d.quantity
    ]


def session_summary(session: CashSession) -> str:
    """'Fatou Sall — DEMO-PC (Dakar Plateau) — 28/11/2026 — Open since 08:02:11'."""
    state = session_status_text(session.status)
    since = (
        translate("CashSupervision", "since %1").replace("%1", time_text(session.opened_at))
        if session.status == cash_pb2.CASH_SESSION_STATUS_OPEN
        else translate("CashSupervision", "at %1").replace("%1", time_text(session.closed_at))
    )
    where = f"{session.workstation_name} ({session.agency_name})"
    when = date_text(session.business_date)
    return f"{cashier_text(session)} — {where} — {when} — {state} {since}"


def closure_summary(closure: CashClosure) -> str:
    if not closure.closure_id:
        return translate("CashSupervision", "Not closed yet.")
    lines = [
        translate("CashSupervision", "Closed at %1 by %2")
        .replace("%1", format_timestamp(closure.closed_at))
        .replace("%2", closure.closed_by_login),
        translate("CashSupervision", "Expected cash %1, counted %2, difference %3")
        .replace("%1", money(closure.expected_cash))
        .replace("%2", money(closure.counted_cash))
        .replace("%3", money(closure.difference)),
        translate("CashSupervision", "Receipts %1 (%2 to %3)")
        .replace("%1", str(closure.receipt_count))
        .replace("%2", closure.first_receipt_number or "-")
        .replace("%3", closure.last_receipt_number or "-"),
    ]
    if closure.comment:
        lines.append(translate("CashSupervision", "Comment: %1").replace("%1", closure.comment))
    return "\n".join(lines)


# -- deposits (CSH-5, CSH-11) -----------------------------------------------------------------
def session_to_deposit_headers() -> list[str]:
    return [
        translate("CashSupervision", "Day"),
        translate("CashSupervision", "Cashier"),
        translate("CashSupervision", "Workstation"),
        translate("CashSupervision", "Depositable"),
        translate("CashSupervision", "Deposited"),
        translate("CashSupervision", "Remaining"),
    ]


def session_to_deposit_row(line: SessionCashToDeposit) -> RecordRow:
    cells = (
        date_text(line.business_date),
        line.cashier_login,
        line.workstation_name,
        money(line.depositable),
        money(line.deposited),
        money(line.remaining),
    )
    return RecordRow(line, cells)


def cheque_headers() -> list[str]:
    return [
        translate("CashSupervision", "Remit"),
        translate("CashSupervision", "Day"),
        translate("CashSupervision", "Bank"),
        translate("CashSupervision", "Cheque no."),
        translate("CashSupervision", "Drawer"),
        translate("CashSupervision", "Amount"),
        translate("CashSupervision", "Receipt"),
    ]


def cheque_cells(cheque: ChequeOnHand) -> tuple[str, ...]:
    """Every column but the first (the checkbox)."""
    return (
        date_text(cheque.business_date),
        cheque.bank_code,
        cheque.reference,
        cheque.drawer_name,
        money(cheque.amount),
        cheque.receipt_number,
    )
