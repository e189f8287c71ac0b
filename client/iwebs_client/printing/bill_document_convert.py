"""BillService's GetBillDocument answer -> the printed bill's `BillDocument`."""

from __future__ import annotations

import datetime as dt

from iwebs.v1 import bill_service_pb2, common_pb2
from iwebs_client.printing.bill_document_layout import BillDocument, BillLineText, ConsumptionBar


def _today() -> dt.date:
    return dt.datetime.now().astimezone().date()


KIND_NAMES = {bill_service_pb2.BILL_KIND_CREDIT_NOTE: "credit_note"}


def to_date(value: common_pb2.Date) -> dt.date | None:
    if not value.year:
        return None
    return dt.date(value.year, value.month, value.day)


def power_text(va: int, service: str) -> str:
    """6000 VA -> '6 kVA' (integer arithmetic: 6500 -> '6,5 kVA')."""
    if va <= 0 or service == "water":
        return ""
    whole, rest = divmod(va, 1000)
    if not rest:
        return f"{whole} kVA"
    return f"{whole},{str(rest).rjust(3, '0').rstrip('0')} kVA"


def _lines_of(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


#: words of the cash receipt's own header and footer (the server lends them to the bill):
#: "Reçu de paiement" or "Merci de votre paiement" has no place on a bill
RECEIPT_WORDS = ("reçu", "recu", "receipt", "paiement", "payment")


def letterhead_lines(text: str) -> tuple[str, ...]:
    return tuple(
        line for line in _lines_of(text) if not any(w in line.casefold() for w in RECEIPT_WORDS)
    )


SERVICE_CODES = {"électricité": "electricity", "electricite": "electricity", "eau": "water"}


def service_code(text: str) -> str:
    """The server may send the service's code ("electricity") or its French label."""
    return SERVICE_CODES.get(text.strip().casefold(), text.strip().casefold())


def _bar_label(point: bill_service_pb2.ConsumptionPoint) -> str:
    end = point.period_end
    if end.year:
        return f"{end.month:02d}/{end.year % 100:02d}"
    return point.period_label


def document_from_proto(doc: bill_service_pb2.BillDocument) -> BillDocument:
    header = letterhead_lines(doc.header)
    service = service_code(doc.service)
    reading = doc.reading
    has_index = reading.has_index
    history = list(doc.consumption_history)
    bars = tuple(
        ConsumptionBar(
            label=_bar_label(point),
            consumption=point.consumption,
            estimated=point.estimated,
            current=number == len(history) - 1,
        )
        for number, point in enumerate(history)
    )
    lines = tuple(
        BillLineText(
            code="",
            kind=line.kind,
            label=line.label,
            quantity=line.quantity,
            unit=line.unit,
            unit_price=line.unit_price,
            amount_minor=line.amount.amount_minor,
            block_no=line.block_no or None,
            rule=line.rule,
        )
        for line in doc.lines
    )
    account = doc.account_number
    if doc.account_check_digit and not account.endswith(doc.account_check_digit):
        account += doc.account_check_digit
    currency = doc.currency_code or doc.total.currency_code or "XOF"
    notes = (*doc.notices, *letterhead_lines(doc.footer))
    return BillDocument(
        bill_number=doc.bill_number,
        bill_date=to_date(doc.issue_date) or _today(),
        due_date=to_date(doc.due_date) or _today(),
        currency_code=currency,
        total_minor=doc.total.amount_minor,
        kind=KIND_NAMES.get(doc.kind, "invoice"),
        issuer_name=header[0] if header else "",
        issuer_lines=header[1:4],
        agency_name=doc.agency_name,
        customer_name=doc.customer_name,
        billing_address=_lines_of(doc.billing_address),
        account_number=account,
        premise_address=_lines_of(doc.premise_address),
        subscription_ref=doc.subscription_number,
        service=service,
        unit=reading.unit,
        tariff_label=doc.tariff_category_label or doc.tariff_category_code,
        subscribed_power=power_text(doc.subscribed_power_va, service),
        meter_serial=reading.meter_serial,
        period_label=doc.period_label,
        period_start=to_date(doc.period_start),
        period_end=to_date(doc.period_end),
        index_from=reading.index_from if has_index else None,
        index_from_date=to_date(reading.previous_date),
        index_to=reading.index_to if has_index else None,
        index_to_date=to_date(reading.reading_date),
        consumption=reading.consumption if (has_index or reading.consumption) else None,
        estimated=reading.estimated,
        lines=lines,
        previous_balance_minor=doc.balance_carried.amount_minor,
        credits_applied_minor=doc.settled_by_credits.amount_minor,
        history=bars,
        credits_bill_number=doc.credits_bill_number,
        notes=tuple(notes),
        total_to_pay_minor=doc.total_to_pay.amount_minor,
    )
