"""A till's closure as printed (CSH-6, CASH-04): the session, the count note by note, per
tender kind expected / counted / difference, the receipts range and the closure's hash. The
same lines go to a PDF (pdf_receipt.write_lines_pdf)."""

from __future__ import annotations

import datetime as dt

from iwebs.v1 import cash_pb2, common_pb2
from iwebs_client.printing.receipt_layout import HASH_PREFIX_LENGTH, ReceiptLine, money_text

KIND_LABELS = {
    "cash": "Espèces",
    "cheque": "Chèques",
    "mobile_money": "Mobile money",
    "transfer": "Virements",
    "card": "Cartes",
}


def _money(value: common_pb2.Money) -> str:
    return money_text(value.amount_minor, value.currency_code or "XOF")


def layout_closure(
    session: cash_pb2.CashSession, closure: cash_pb2.CashClosure
) -> list[ReceiptLine]:
    lines: list[ReceiptLine] = []
    add = lines.append
    add(ReceiptLine("CLÔTURE DE CAISSE", style="title"))
    if session.agency_name:
        add(ReceiptLine(f"Agence {session.agency_name}", style="center"))
    day = closure.business_date
    add(ReceiptLine(f"Journée du {day.day:02d}/{day.month:02d}/{day.year}"))
    add(ReceiptLine(f"Caissier : {session.cashier_name or session.cashier_login}"))
    if session.workstation_name:
        add(ReceiptLine(f"Poste : {session.workstation_name}"))
    closed = dt.datetime.fromtimestamp(closure.closed_at.seconds, tz=dt.UTC).astimezone()
    add(ReceiptLine(f"Clôturée le {closed:%d/%m/%Y %H:%M} par {closure.closed_by_login}"))
    add(ReceiptLine("Fonds de caisse", _money(session.opening_float)))
    add(ReceiptLine("", style="rule"))
    add(ReceiptLine("Billetage", style="bold"))
    for count in closure.denominations:
        label = count.label or count.denomination_code
        add(ReceiptLine(f"{count.quantity} x {label}", _money(count.amount)))
    add(ReceiptLine("Espèces comptées", _money(closure.counted_cash), style="bold"))
    add(ReceiptLine("", style="rule"))
    for tender in closure.tenders:
        label = KIND_LABELS.get(tender.mode_kind, tender.mode_kind)
        add(ReceiptLine(label, "", style="bold"))
        add(ReceiptLine("  attendu", _money(tender.expected)))
        add(ReceiptLine("  compté", _money(tender.counted)))
        add(ReceiptLine("  écart", _money(tender.difference)))
    add(ReceiptLine("", style="rule"))
    add(ReceiptLine("Écart espèces", _money(closure.difference), style="bold"))
    if closure.comment:
        add(ReceiptLine(f"Commentaire : {closure.comment}"))
    add(ReceiptLine(f"Reçus : {closure.receipt_count}"))
    if closure.first_receipt_number:
        add(ReceiptLine(f"Du {closure.first_receipt_number} au {closure.last_receipt_number}"))
    add(ReceiptLine("Total de la session", _money(closure.period_total)))
    if closure.hash:
        add(ReceiptLine(f"Empreinte : {closure.hash[:HASH_PREFIX_LENGTH]}", style="small"))
    return lines
