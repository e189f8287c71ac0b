"""Closures of an agency, newest first (CASH-04): level, day, receipts, totals, difference."""

from __future__ import annotations

from typing import Any

from iwebs.v1 import cash_pb2, common_pb2
from iwebs_client.models.display_format import (
    format_date,
    format_money,
    format_timestamp,
    timestamp_sort_key,
)
from iwebs_client.models.paged_table_model import PagedTableModel

CashClosure = cash_pb2.CashClosure


def money_text(value: common_pb2.Money) -> str:
    if not value.currency_code:
        return ""
    return format_money(value.amount_minor, value.currency_code)


class CashClosureListModel(PagedTableModel[CashClosure]):
    (
        SEQUENCE,
        LEVEL,
        DAY,
        RECEIPTS,
        FIRST,
        LAST,
        TENDERS,
        PERIOD_TOTAL,
        PERPETUAL_TOTAL,
        DIFFERENCE,
        CLOSED_AT,
        CLOSED_BY,
    ) = range(12)

    def headers(self) -> list[str]:
        return [
            self.tr("No."),
            self.tr("Level"),
            self.tr("Day"),
            self.tr("Receipts"),
            self.tr("First receipt"),
            self.tr("Last receipt"),
            self.tr("Totals by tender"),
            self.tr("Period total"),
            self.tr("Perpetual total"),
            self.tr("Difference"),
            self.tr("Closed at"),
            self.tr("Closed by"),
        ]

    def level_text(self, level: int) -> str:
        if level == cash_pb2.CLOSURE_LEVEL_DAY:
            return self.tr("Agency day")
        if level == cash_pb2.CLOSURE_LEVEL_SESSION:
            return self.tr("Session")
        return ""

    def kind_text(self, kind: str) -> str:
        texts = {
            "cash": self.tr("Cash"),
            "cheque": self.tr("Cheques"),
            "mobile_money": self.tr("Mobile money"),
            "transfer": self.tr("Transfers"),
            "card": self.tr("Cards"),
        }
        return texts.get(kind, kind)

    def tenders_text(self, item: CashClosure) -> str:
        parts = []
        for line in item.tenders:
            shown = line.counted if line.counted.currency_code else line.expected
            parts.append(f"{self.kind_text(line.mode_kind)} {money_text(shown)}")
        return "; ".join(parts)

    def display(self, item: CashClosure, column: int) -> str:
        day = item.business_date
        values = (
            str(item.sequence),
            self.level_text(item.level),
            format_date(day.year, day.month, day.day),
            str(item.receipt_count),
            item.first_receipt_number,
            item.last_receipt_number,
            self.tenders_text(item),
            money_text(item.period_total),
            money_text(item.perpetual_total),
            money_text(item.difference),
            format_timestamp(item.closed_at),
            item.closed_by_login,
        )
        return values[column]

    def sort_value(self, item: CashClosure, column: int) -> Any:
        if column in (self.SEQUENCE, self.RECEIPTS):
            return item.sequence if column == self.SEQUENCE else item.receipt_count
        if column == self.PERIOD_TOTAL:
            return item.period_total.amount_minor
        if column == self.PERPETUAL_TOTAL:
            return item.perpetual_total.amount_minor
        if column == self.DIFFERENCE:
            return item.difference.amount_minor
        if column in (self.CLOSED_AT, self.DAY):
            return timestamp_sort_key(item.closed_at)
        return self.display(item, column).casefold()

    def key(self, item: CashClosure) -> str:
        return item.closure_id
