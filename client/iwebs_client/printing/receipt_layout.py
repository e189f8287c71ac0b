"""The receipt as printed, in French, independent of the medium (CSH-4, CASH-03).

`layout_receipt` turns a Receipt (and whether this print is a DUPLICATA) into lines: the
agency's header, the receipt number, date, cashier, account and customer, one line per bill,
advance or fee, the tenders, the change, the total, the amount in words, the footer and the
first 16 characters of the receipt's hash. The texts are French on purpose: the receipt is a
document handed to the customer, the same whatever the cashier's screen language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from iwebs.v1 import cash_pb2

#: characters per line of an 80 mm ticket in the printer's normal font
TICKET_WIDTH = 42
HASH_PREFIX_LENGTH = 16
CURRENCY_TEXT = {"XOF": "F CFA", "XAF": "F CFA"}
_MINOR_DIGITS = {"XOF": 0, "XAF": 0, "GNF": 0}
MODE_LABELS = {
    "CASH": "Espèces",
    "CHEQUE": "Chèque",
    "ORANGE_MONEY": "Orange Money",
    "WAVE": "Wave",
    "FREE_MONEY": "Free Money",
    "TRANSFER": "Virement",
    "CARD": "Carte bancaire",
}
TITLES = {
    cash_pb2.RECEIPT_KIND_PAYMENT: "REÇU DE PAIEMENT",
    cash_pb2.RECEIPT_KIND_CANCELLATION: "REÇU D'ANNULATION",
    cash_pb2.RECEIPT_KIND_DISBURSEMENT: "BON DE DÉCAISSEMENT",
}
DUPLICATE_MARK = "DUPLICATA"


@dataclass(frozen=True)
class ReceiptLine:
    """One printed line: text on the left, an amount on the right; `style` says how."""

    left: str
    right: str = ""
    # normal | title | bold | center | rule | small
    style: str = "normal"


def money_text(amount_minor: int, currency_code: str) -> str:
    """'25 000 F CFA' with plain spaces (a ticket printer knows no narrow space)."""
    digits = _MINOR_DIGITS.get(currency_code, 2)
    sign = "-" if amount_minor < 0 else ""
    units, fraction = divmod(abs(amount_minor), 10**digits)
    text = f"{units:,}".replace(",", " ")
    if digits:
        text += f",{fraction:0{digits}d}"
    return f"{sign}{text} {CURRENCY_TEXT.get(currency_code, currency_code)}"


def _money(value: object) -> str:
    return money_text(value.amount_minor, value.currency_code or "XOF")  # type: ignore[attr-defined]


def _date(value: object) -> str:
    year = getattr(value, "year", 0)
    if not year:
        return ""
    return f"{value.day:02d}/{value.month:02d}/{year}"  # type: ignore[attr-defined]


def issued_text(receipt: cash_pb2.Receipt) -> str:
    moment = dt.datetime.fromtimestamp(receipt.issued_at.seconds, tz=dt.UTC).astimezone()
    return moment.strftime("%d/%m/%Y %H:%M")


def allocation_text(allocation: cash_pb2.Allocation) -> str:
    if allocation.kind == cash_pb2.ALLOCATION_KIND_BILL:
        text = f"Facture {allocation.bill_number}"
        if allocation.period_label:
            text += f" ({allocation.period_label})"
        return text
    if allocation.kind == cash_pb2.ALLOCATION_KIND_ADVANCE:
        return "Avance sur consommation"
    text = allocation.fee_label or allocation.fee_code
    if allocation.fee_reference:
        text += f" n° {allocation.fee_reference}"
    return text


def tender_text(tender: cash_pb2.Tender) -> str:
    text = MODE_LABELS.get(tender.mode_code, tender.mode_code)
    if tender.reference:
        text += f" n° {tender.reference}"
    if tender.bank_code:
        text += f" {tender.bank_code}"
    return text


def layout_receipt(receipt: cash_pb2.Receipt, duplicate: bool) -> list[ReceiptLine]:
    lines: list[ReceiptLine] = []
    add = lines.append
    for text in receipt.header_text.splitlines():
        if text.strip():
            add(ReceiptLine(text.strip(), style="center"))
    if receipt.agency_name and receipt.agency_name not in receipt.header_text:
        add(ReceiptLine(f"Agence {receipt.agency_name}", style="center"))
    if duplicate:
        add(ReceiptLine(DUPLICATE_MARK, style="title"))
    add(ReceiptLine(TITLES.get(receipt.kind, "REÇU"), style="title"))
    add(ReceiptLine(f"N° {receipt.receipt_number}", style="bold"))
    add(ReceiptLine(f"Date : {issued_text(receipt)}"))
    cashier = receipt.cashier_name or receipt.cashier_login
    add(ReceiptLine(f"Caissier : {cashier}"))
    if receipt.workstation_name:
        add(ReceiptLine(f"Poste : {receipt.workstation_name}"))
    add(ReceiptLine("", style="rule"))
    if receipt.account_number:
        add(ReceiptLine(f"Compte : {receipt.account_number}"))
    if receipt.customer_name:
        add(ReceiptLine(f"Client : {receipt.customer_name}"))
    if receipt.payer_name and receipt.payer_name != receipt.customer_name:
        add(ReceiptLine(f"Payé par : {receipt.payer_name}"))
    if receipt.cancels_receipt_number:
        add(ReceiptLine(f"Annule le reçu N° {receipt.cancels_receipt_number}", style="bold"))
    if receipt.reason:
        add(ReceiptLine(f"Motif : {receipt.reason}"))
    add(ReceiptLine("", style="rule"))
    for allocation in receipt.allocations:
        add(ReceiptLine(allocation_text(allocation), _money(allocation.amount)))
        if allocation.kind == cash_pb2.ALLOCATION_KIND_BILL and allocation.due_date.year:
            rest = allocation.open_before.amount_minor - allocation.amount.amount_minor
            detail = f"  échéance {_date(allocation.due_date)}"
            if rest > 0:
                detail += f", reste {money_text(rest, allocation.amount.currency_code)}"
            add(ReceiptLine(detail, style="small"))
    add(ReceiptLine("", style="rule"))
    add(ReceiptLine("TOTAL", _money(receipt.amount), style="bold"))
    for tender in receipt.tenders:
        add(ReceiptLine(tender_text(tender), _money(tender.amount)))
        if tender.drawer_name:
            add(ReceiptLine(f"  tiré par {tender.drawer_name}", style="small"))
    if receipt.tendered.amount_minor:
        add(ReceiptLine("Montant remis", _money(receipt.tendered)))
    if receipt.change.amount_minor:
        add(ReceiptLine("Monnaie rendue", _money(receipt.change)))
    if receipt.amount_in_words:
        add(ReceiptLine(f"Arrêté à la somme de : {receipt.amount_in_words}"))
    if receipt.cancelled_by_receipt_number:
        add(
            ReceiptLine(
                f"ANNULÉ par le reçu N° {receipt.cancelled_by_receipt_number}", style="bold"
            )
        )
    add(ReceiptLine("", style="rule"))
    for text in receipt.footer_text.splitlines():
        if text.strip():
            add(ReceiptLine(text.strip(), style="center"))
    if receipt.hash:
        add(ReceiptLine(f"Empreinte : {receipt.hash[:HASH_PREFIX_LENGTH]}", style="small"))
    return lines


def wrap(text: str, width: int) -> list[str]:
    """Cuts a long text on spaces (a word longer than the line is cut)."""
    words, lines, current = text.split(), [], ""
    for whole in words:
        word = whole
        while len(word) > width:
            if current:
                lines.append(current)
                current = ""
            lines.append(word[:width])
            word = word[width:]
        candidate = f"{current} {word}".strip()
        if len(candidate) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current or not lines:
        lines.append(current)
    return lines


def ticket_rows(line: ReceiptLine, width: int = TICKET_WIDTH) -> list[str]:
    """The line as fixed-width rows: the amount right-aligned on the last row."""
    if line.style == "rule":
        return ["-" * width]
    if not line.right:
        return wrap(line.left, width)
    room = width - len(line.right) - 1
    rows = wrap(line.left, max(room, 8))
    last = rows[-1]
    if len(last) > room:
        rows.append("")
        last = ""
    rows[-1] = last + " " * (width - len(last) - len(line.right)) + line.right
    return rows
