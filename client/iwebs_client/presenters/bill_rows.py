"""The texts and rows of the account's bills screen (pure functions, translated): the balance,
bills and open items, a bill's explanation line by line, its payments and matches, the
account statement, an individual bill's result."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from iwebs.v1 import bill_service_pb2 as bs
from iwebs.v1 import customer_pb2
from iwebs_client.models.display_format import format_integer, format_money, format_timestamp
from iwebs_client.models.record_table_model import RecordRow

_CTX = "BillRows"
TIMES = "\u00d7"  # the multiplication sign


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


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
    return {"electricity": _t("Electricity"), "water": _t("Water")}.get(service, service)


def kind_text(kind: int) -> str:
    return _t("Credit note") if kind == bs.BILL_KIND_CREDIT_NOTE else _t("Bill")


# -- balance ----------------------------------------------------------------------------------
def balance_text(position: bs.AccountPosition) -> str:
    """'Balance 45 000 FCFA (to pay)' or '(in credit)'."""
    amount = position.balance.amount_minor
    if amount > 0:
        state = _t("to pay")
    elif amount < 0:
        state = _t("in credit")
    else:
        state = _t("settled")
    return _t("Balance %1 (%2)").replace("%1", money_text(position.balance)).replace("%2", state)


def position_details(position: bs.AccountPosition) -> str:
    parts = [
        _t("open bills %1 (%2)")
        .replace("%1", money_text(position.open_bills))
        .replace("%2", format_integer(position.open_bill_count)),
        _t("overdue %1").replace("%1", money_text(position.overdue)),
        _t("credit notes %1").replace("%1", money_text(position.credit_notes_left)),
        _t("advance %1").replace("%1", money_text(position.advance)),
        _t("deposit held %1").replace("%1", money_text(position.deposit_held)),
    ]
    return " — ".join(parts)


def account_title(position: bs.AccountPosition) -> str:
    return f"{position.account_number} — {position.customer_name}".strip(" —")


# -- bills ------------------------------------------------------------------------------------
def bill_headers() -> list[str]:
    return [
        _t("Number"),
        _t("Kind"),
        _t("Subscription"),
        _t("Period"),
        _t("Issued"),
        _t("Due"),
        _t("Consumption"),
        _t("Amount"),
        _t("Still to pay"),
        _t("State"),
    ]


def bill_state(bill: bs.BillSummary) -> str:
    notes = []
    if bill.credited_by_bill_number:
        notes.append(_t("cancelled by %1").replace("%1", bill.credited_by_bill_number))
    if bill.credits_bill_number:
        notes.append(_t("cancels %1").replace("%1", bill.credits_bill_number))
    if bill.correction_pending:
        notes.append(_t("correction awaiting approval"))
    if bill.overdue:
        notes.append(_t("overdue"))
    if bill.estimated:
        notes.append(_t("estimated"))
    if bill.kind == bs.BILL_KIND_INVOICE and not bill.credited_by_bill_number:
        notes.insert(0, _t("paid") if bill.open_amount.amount_minor == 0 else _t("open"))
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
            tooltip=_t("Overdue") if b.overdue else "",
        )
        for b in bills
    ]


# -- one bill ---------------------------------------------------------------------------------
def bill_title(bill: bs.Bill) -> str:
    summary = bill.summary
    return (
        _t("%1 %2 — period %3 (%4 to %5) — %6")
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
            return _t("Bill carried over from the former system (no reading).")
        return ""
    text = (
        _t("Meter %1: index %2 on %3 → %4 on %5 = %6 %7")
        .replace("%1", reading.meter_serial)
        .replace("%2", format_integer(reading.index_from))
        .replace("%3", date_text(reading.previous_date))
        .replace("%4", format_integer(reading.index_to))
        .replace("%5", date_text(reading.reading_date))
        .replace("%6", format_integer(reading.consumption))
        .replace("%7", reading.unit)
    )
    if reading.estimated:
        text += " " + _t("(estimated)")
    return text


def line_headers() -> list[str]:
    return [
        _t("Line"),
        _t("Block"),
        _t("Quantity"),
        _t("Unit price"),
        _t("Amount"),
        _t("Rule"),
        _t("Tariff version"),
        _t("Account"),
    ]


def tariff_version_text(line: bs.BillLine) -> str:
    if not line.tariff_version_id:
        return ""
    name = line.tariff_code or line.tariff_name
    text = _t("%1 v%2").replace("%1", name).replace("%2", str(line.tariff_version_number))
    if line.tariff_valid_from.year:
        text += " " + _t("(from %1)").replace("%1", date_text(line.tariff_valid_from))
    return text


def price_text(unit: str, unit_price: str) -> str:
    """A line's unit price; a tax line's is the amount the rate is taken on ('on 28222')."""
    return _t("on %1").replace("%1", unit_price) if unit == "%" else unit_price


def line_formula(line: bs.BillLine) -> str:
    """'100 kWh x 136.49 = 13 649 FCFA' (the server's decimal text, never a float)."""
    quantity = f"{line.quantity} {line.unit}".strip()
    return f"{quantity} {TIMES} {line.unit_price} = {money_text(line.amount)}"


def line_rows(lines: Sequence[bs.BillLine]) -> list[RecordRow]:
    return [
        RecordRow(
            line,
            (
                line.label or line.code,
                str(line.block_no) if line.block_no else "",
                f"{line.quantity} {line.unit}".strip(),
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
        _t("Total %1, of which taxes %2 — %3 lines")
        .replace("%1", money_text(bill.total))
        .replace("%2", format_money(taxes, currency))
        .replace("%3", str(len(bill.lines)))
    )


def payment_headers() -> list[str]:
    return [_t("What"), _t("Reference"), _t("When"), _t("Amount")]


def settlement_rows(bill: bs.Bill) -> list[RecordRow]:
    """Payments at the counter, then matches (advance, credit note, deposit)."""
    out = [
        RecordRow(
            p,
            (
                _t("Payment") if p.amount.amount_minor >= 0 else _t("Payment cancelled"),
                p.receipt_number,
                format_timestamp(p.paid_at),
                money_text(p.amount),
            ),
        )
        for p in bill.payments
    ]
    source = {
        bs.MATCH_SOURCE_KIND_ADVANCE: _t("Matched with the advance"),
        bs.MATCH_SOURCE_KIND_CREDIT_NOTE: _t("Matched with a credit note"),
        bs.MATCH_SOURCE_KIND_DEPOSIT: _t("Matched with the deposit"),
        bs.MATCH_SOURCE_KIND_DEPOSIT_RELEASE: _t("Deposit released to the advance"),
    }
    for match in bill.matches:
        reference = match.source_bill_number or match.bill_number
        out.append(
            RecordRow(
                match,
                (
                    source.get(match.source_kind, _t("Match")),
                    reference,
                    format_timestamp(match.matched_at),
                    money_text(match.amount),
                ),
            )
        )
    return out


# -- statement --------------------------------------------------------------------------------
def statement_headers() -> list[str]:
    return [_t("Date"), _t("What"), _t("Reference"), _t("Amount"), _t("Matched"), _t("Balance")]


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
        _t("Opening balance %1 — closing balance %2")
        .replace("%1", money_text(statement.opening_balance))
        .replace("%2", money_text(statement.closing_balance))
    )


# -- subscriptions and individual bills -------------------------------------------------------
def subscription_text(subscription: customer_pb2.Subscription) -> str:
    service = {
        customer_pb2.SERVICE_KIND_ELECTRICITY: _t("Electricity"),
        customer_pb2.SERVICE_KIND_WATER: _t("Water"),
    }.get(subscription.service, "")
    tariff = subscription.tariff_category_code
    return f"{subscription.subscription_number} — {service} {tariff}".strip()


def individual_text(result: bs.IndividualBillResult) -> str:
    bill = result.bill
    if result.preview:
        head = _t("Preview (nothing written): %1 for %2").replace("%1", money_text(bill.total))
    else:
        head = (
            _t("Bill %1 issued: %2")
            .replace("%1", bill.summary.bill_number)
            .replace("%2", money_text(bill.total))
        )
    head = head.replace("%2", bill.summary.period_label)
    if result.controls:
        head += "\n" + _t("Controls: %1").replace("%1", ", ".join(result.controls))
    return head


def deposit_text(answer: bs.IssueFinalBillResponse) -> str:
    """What the deposit did for a final bill."""
    if not answer.deposit_matched.amount_minor and not answer.deposit_released.amount_minor:
        return ""
    return (
        _t("Deposit: %1 settled the bill, %2 goes to the advance (to refund)")
        .replace("%1", money_text(answer.deposit_matched))
        .replace("%2", money_text(answer.deposit_released))
    )
