"""The texts and rows of the account's bills screen (pure functions, translated): the balance,
bills and open items, a bill's explanation line by line, its payments and matches, the
account statement, an individual bill's result."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from iwebs.v1 import bill_service_pb2 as bs
from iwebs.v1 import customer_pb2
from iwebs_client.models.display_format import (
    format_decimal_text,
    format_integer,
    format_money,
    format_timestamp,
)
from iwebs_client.models.record_table_model import RecordRow

TIMES = "\u00d7"  # the multiplication sign


def date_text(value: object) -> str:
    year = getattr(value, "year", 0)
    if not year:
        return ""
    return f"{value.day:02d}/{value.month:02d}/{year}"  # type: ignore[attr-defined]


def money_text(value: object) -> str:
    return format_money(
        getattr(value, "amount_minor", 0), getattr(value, "currency_code", "") or "XOF"
    )


def service_text(service: str) -> str:
    return {
        "electricity": QCoreApplication.translate("BillRows", "Electricity"),
        "water": QCoreApplication.translate("BillRows", "Water"),
    }.get(service, service)


def kind_text(kind: int) -> str:
    return (
        QCoreApplication.translate("BillRows", "Credit note")
        if kind == bs.BILL_KIND_CREDIT_NOTE
        else QCoreApplication.translate("BillRows", "Bill")
    )


# -- balance ----------------------------------------------------------------------------------
def balance_text(position: bs.AccountPosition) -> str:
    """'Balance 45 000 FCFA (to pay)' or '(in credit)'."""
    amount = position.balance.amount_minor
    if amount > 0:
        state = QCoreApplication.translate("BillRows", "to pay")
    elif amount < 0:
        state = QCoreApplication.translate("BillRows", "in credit")
    else:
        state = QCoreApplication.translate("BillRows", "settled")
    return (
        QCoreApplication.translate("BillRows", "Balance %1 (%2)")
        .replace("%1", money_text(position.balance))
        .replace("%2", state)
    )


def position_details(position: bs.AccountPosition) -> str:
    parts = [
        QCoreApplication.translate("BillRows", "open bills %1 (%2)")
        .replace("%1", money_text(position.open_bills))
        .replace("%2", format_integer(position.open_bill_count)),
        QCoreApplication.translate("BillRows", "overdue %1").replace(
            "%1", money_text(position.overdue)
        ),
        QCoreApplication.translate("BillRows", "credit notes %1").replace(
            "%1", money_text(position.credit_notes_left)
        ),
        QCoreApplication.translate("BillRows", "advance %1").replace(
            "%1", money_text(position.advance)
        ),
        QCoreApplication.translate("BillRows", "deposit held %1").replace(
            "%1", money_text(position.deposit_held)
        ),
    ]
    return " — ".join(parts)


def account_title(position: bs.AccountPosition) -> str:
    return f"{position.account_number} — {position.customer_name}".strip(" —")


# -- bills ------------------------------------------------------------------------------------
def bill_headers() -> list[str]:
    return [
        QCoreApplication.translate("BillRows", "Number"),
        QCoreApplication.translate("BillRows", "Kind"),
        QCoreApplication.translate("BillRows", "Subscription"),
        QCoreApplication.translate("BillRows", "Period"),
        QCoreApplication.translate("BillRows", "Issued"),
        QCoreApplication.translate("BillRows", "Due"),
        QCoreApplication.translate("BillRows", "Consumption"),
        QCoreApplication.translate("BillRows", "Amount"),
        QCoreApplication.translate("BillRows", "Still to pay"),
        QCoreApplication.translate("BillRows", "State"),
    ]


def bill_state(bill: bs.BillSummary) -> str:
    notes = []
    if bill.credited_by_bill_number:
        notes.append(
            QCoreApplication.translate("BillRows", "cancelled by %1").replace(
                "%1", bill.credited_by_bill_number
            )
        )
    if bill.credits_bill_number:
        notes.append(
            QCoreApplication.translate("BillRows", "cancels %1").replace(
                "%1", bill.credits_bill_number
            )
        )
    if bill.correction_pending:
        notes.append(QCoreApplication.translate("BillRows", "correction awaiting approval"))
    if bill.overdue:
        notes.append(QCoreApplication.translate("BillRows", "overdue"))
    if bill.estimated:
        notes.append(QCoreApplication.translate("BillRows", "estimated"))
    if bill.kind == bs.BILL_KIND_INVOICE and not bill.credited_by_bill_number:
        notes.insert(
            0,
            QCoreApplication.translate("BillRows", "paid")
            if bill.open_amount.amount_minor == 0
            else QCoreApplication.translate("BillRows", "open"),
        )
    return ", ".join(notes)


def bill_rows(bills: Sequence[bs.BillSummary]) -> list[RecordRow]:
    return [
        RecordRow(
            b,
            (
                b.bill_number,
                kind_text(b.kind),
                f"{b.subscription_number} {service_text(b.service)}".strip(),
                b.period_label,
                date_text(b.issue_date),
                date_text(b.due_date),
                format_integer(b.consumption) if b.consumption else "",
                money_text(b.amount),
                money_text(b.open_amount),
                bill_state(b),
            ),
            highlighted=b.overdue,
            tooltip=QCoreApplication.translate("BillRows", "Overdue") if b.overdue else "",
        )
        for b in bills
    ]


# -- one bill ---------------------------------------------------------------------------------
def bill_title(bill: bs.Bill) -> str:
    summary = bill.summary
    return (
        QCoreApplication.translate("BillRows", "%1 %2 — period %3 (%4 to %5) — %6")
        .replace("%1", kind_text(summary.kind))
        .replace("%2", summary.bill_number)
        .replace("%3", summary.period_label)
        .replace("%4", date_text(summary.period_start))
        .replace("%5", date_text(summary.period_end))
        .replace("%6", money_text(bill.total))
    )


def reading_text(bill: bs.Bill) -> str:
    reading = bill.reading
    if not reading.has_index:
        if bill.summary.origin == "legacy":
            return QCoreApplication.translate(
                "BillRows", "Bill carried over from the former system (no reading)."
            )
        return ""
    text = (
        QCoreApplication.translate("BillRows", "Meter %1: index %2 on %3 → %4 on %5 = %6 %7")
        .replace("%1", reading.meter_serial)
        .replace("%2", format_integer(reading.index_from))
        .replace("%3", date_text(reading.previous_date))
        .replace("%4", format_integer(reading.index_to))
        .replace("%5", date_text(reading.reading_date))
        .replace("%6", format_integer(reading.consumption))
        .replace("%7", reading.unit)
    )
    if reading.estimated:
        text += " " + QCoreApplication.translate("BillRows", "(estimated)")
    return text


def line_headers() -> list[str]:
    return [
        QCoreApplication.translate("BillRows", "Line"),
        QCoreApplication.translate("BillRows", "Block"),
        QCoreApplication.translate("BillRows", "Quantity"),
        QCoreApplication.translate("BillRows", "Unit price"),
        QCoreApplication.translate("BillRows", "Amount"),
        QCoreApplication.translate("BillRows", "Rule"),
        QCoreApplication.translate("BillRows", "Tariff version"),
        QCoreApplication.translate("BillRows", "Account"),
    ]


def tariff_version_text(line: bs.BillLine) -> str:
    if not line.tariff_version_id:
        return ""
    name = line.tariff_code or line.tariff_name
    text = (
        QCoreApplication.translate("BillRows", "%1 v%2")
        .replace("%1", name)
        .replace("%2", str(line.tariff_version_number))
    )
    if line.tariff_valid_from.year:
        text += " " + QCoreApplication.translate("BillRows", "(from %1)").replace(
            "%1", date_text(line.tariff_valid_from)
        )
    return text


def quantity_text(quantity: str, unit: str) -> str:
    """A line's quantity with its unit ('145 kWh', '2,5 %' in French)."""
    return f"{format_decimal_text(quantity)} {unit}".strip()


def price_text(unit: str, unit_price: str) -> str:
    """A line's unit price ('136,49' in French); a tax line's is the amount the rate is
    taken on ('on 28 222')."""
    price = format_decimal_text(unit_price)
    return (
        QCoreApplication.translate("BillRows", "on %1").replace("%1", price)
        if unit == "%"
        else price
    )


def line_formula(line: bs.BillLine) -> str:
    """'100 kWh x 136,49 = 13 649 FCFA' (the server's decimal text, never a float)."""
    price = format_decimal_text(line.unit_price)
    return f"{quantity_text(line.quantity, line.unit)} {TIMES} {price} = {money_text(line.amount)}"


def line_rows(lines: Sequence[bs.BillLine]) -> list[RecordRow]:
    return [
        RecordRow(
            line,
            (
                line.label or line.code,
                str(line.block_no) if line.block_no else "",
                quantity_text(line.quantity, line.unit),
                price_text(line.unit, line.unit_price),
                money_text(line.amount),
                line.rule,
                tariff_version_text(line),
                line.ledger_account,
            ),
            tooltip=line_formula(line),
        )
        for line in lines
    ]


def lines_total_text(bill: bs.Bill) -> str:
    taxes = sum(line.amount.amount_minor for line in bill.lines if line.kind == "tax")
    currency = bill.total.currency_code or "XOF"
    return (
        QCoreApplication.translate("BillRows", "Total %1, of which taxes %2 — %3 lines")
        .replace("%1", money_text(bill.total))
        .replace("%2", format_money(taxes, currency))
        .replace("%3", str(len(bill.lines)))
    )


def payment_headers() -> list[str]:
    return [
        QCoreApplication.translate("BillRows", "What"),
        QCoreApplication.translate("BillRows", "Reference"),
        QCoreApplication.translate("BillRows", "When"),
        QCoreApplication.translate("BillRows", "Amount"),
    ]


def settlement_rows(bill: bs.Bill) -> list[RecordRow]:
    """Payments at the counter, then matches (advance, credit note, deposit)."""
    out = [
        RecordRow(
            p,
            (
                QCoreApplication.translate("BillRows", "Payment")
                if p.amount.amount_minor >= 0
                else QCoreApplication.translate("BillRows", "Payment cancelled"),
                p.receipt_number,
                format_timestamp(p.paid_at),
                money_text(p.amount),
            ),
        )
        for p in bill.payments
    ]
    source = {
        bs.MATCH_SOURCE_KIND_ADVANCE: QCoreApplication.translate(
            "BillRows", "Matched with the advance"
        ),
        bs.MATCH_SOURCE_KIND_CREDIT_NOTE: QCoreApplication.translate(
            "BillRows", "Matched with a credit note"
        ),
        bs.MATCH_SOURCE_KIND_DEPOSIT: QCoreApplication.translate(
            "BillRows", "Matched with the deposit"
        ),
        bs.MATCH_SOURCE_KIND_DEPOSIT_RELEASE: QCoreApplication.translate(
            "BillRows", "Deposit released to the advance"
        ),
    }
    for match in bill.matches:
        reference = match.source_bill_number or match.bill_number
        out.append(
            RecordRow(
                match,
                (
                    source.get(match.source_kind, QCoreApplication.translate("BillRows", "Match")),
                    reference,
                    format_timestamp(match.matched_at),
                    money_text(match.amount),
                ),
            )
        )
    return out


# -- statement --------------------------------------------------------------------------------
def statement_headers() -> list[str]:
    return [
        QCoreApplication.translate("BillRows", "Date"),
        QCoreApplication.translate("BillRows", "What"),
        QCoreApplication.translate("BillRows", "Reference"),
        QCoreApplication.translate("BillRows", "Amount"),
        QCoreApplication.translate("BillRows", "Matched"),
        QCoreApplication.translate("BillRows", "Balance"),
    ]


def statement_rows(lines: Sequence[bs.StatementLine]) -> list[RecordRow]:
    return [
        RecordRow(
            line,
            (
                date_text(line.date),
                line.description,
                line.reference,
                money_text(line.amount) if line.amount.amount_minor else "",
                money_text(line.matched) if line.matched.amount_minor else "",
                money_text(line.running_balance),
            ),
        )
        for line in lines
    ]


def statement_footer(statement: bs.GetAccountStatementResponse) -> str:
    return (
        QCoreApplication.translate("BillRows", "Opening balance %1 — closing balance %2")
        .replace("%1", money_text(statement.opening_balance))
        .replace("%2", money_text(statement.closing_balance))
    )


# -- subscriptions and individual bills -------------------------------------------------------
def subscription_text(subscription: customer_pb2.Subscription) -> str:
    service = {
        customer_pb2.SERVICE_KIND_ELECTRICITY: QCoreApplication.translate(
            "BillRows", "Electricity"
        ),
        customer_pb2.SERVICE_KIND_WATER: QCoreApplication.translate("BillRows", "Water"),
    }.get(subscription.service, "")
    tariff = subscription.tariff_category_code
    return f"{subscription.subscription_number} — {service} {tariff}".strip()


def individual_text(result: bs.IndividualBillResult) -> str:
    bill = result.bill
    if result.preview:
        head = QCoreApplication.translate(
            "BillRows", "Preview (nothing written): %1 for %2"
        ).replace("%1", money_text(bill.total))
    else:
        head = (
            QCoreApplication.translate("BillRows", "Bill %1 issued: %2")
            .replace("%1", bill.summary.bill_number)
            .replace("%2", money_text(bill.total))
        )
    head = head.replace("%2", bill.summary.period_label)
    if result.controls:
        head += "\n" + QCoreApplication.translate("BillRows", "Controls: %1").replace(
            "%1", ", ".join(result.controls)
        )
    return head


def deposit_text(answer: bs.IssueFinalBillResponse) -> str:
    """What the deposit did for a final bill."""
    if not answer.deposit_matched.amount_minor and not answer.deposit_released.amount_minor:
        return ""
    return (
        QCoreApplication.translate(
            "BillRows", "Deposit: %1 settled the bill, %2 goes to the advance (to refund)"
        )
        .replace("%1", money_text(answer.deposit_matched))
        .replace("%2", money_text(answer.deposit_released))
    )
