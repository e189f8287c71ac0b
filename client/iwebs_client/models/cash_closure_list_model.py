"""Closures of an agency, newest first (CASH-04): level, day, receipts, totals, difference."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from iwebs.v1 import cash_pb2, common_pb2
from iwebs_client.models.display_format import (
    format_date,
    format_money,
    format_timestamp,
    timestamp_sort_key,
)
from iwebs_client.models.paged_table_model import AnyIndex, PagedTableModel

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
        RANGE,
        PERIOD_TOTAL,
        PERPETUAL_TOTAL,
        DIFFERENCE,
        CLOSED_AT,
        CLOSED_BY,
        TENDERS,
    ) = range(11)

    def headers(self) -> list[str]:
        return [
            self.tr("No."),
            self.tr("Level"),
            self.tr("Day"),
            self.tr("Receipts"),
            self.tr("First and last receipt"),
            self.tr("Period total"),
            self.tr("Perpetual total"),
            self.tr("Difference"),
            self.tr("Closed at"),
            self.tr("Closed by"),
            self.tr("Totals by tender"),
        ]

    @staticmethod
    def range_text(item: CashClosure) -> str:
        """'DKR-PLATEAU-2026-0000001 → 0000005': the last one without the series."""
        first, last = item.first_receipt_number, item.last_receipt_number
        if not first:
            return ""
        series, _sep, number = last.rpartition("-")
        if last == first:
            return first
        return f"{first} → {number if first.startswith(series + '-') else last}"

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
            self.range_text(item),
            money_text(item.period_total),
            money_text(item.perpetual_total) if item.level == cash_pb2.CLOSURE_LEVEL_DAY else "",
            money_text(item.difference),
            format_timestamp(item.closed_at),
            item.closed_by_login,
            self.tenders_text(item),
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

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The agency's day closures in bold: they close the chain of a day (CASH-04)."""
        if (
            role == Qt.ItemDataRole.FontRole
            and index.isValid()
            and 0 <= index.row() < self.rowCount()
            and self.item(index.row()).level == cash_pb2.CLOSURE_LEVEL_DAY
        ):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)

    def key(self, item: CashClosure) -> str:
        return item.closure_id
