"""Bank deposits and cheque remittances of an agency (CSH-5): number, kind, bank, amount,
who prepared it, the bank's slip."""

from __future__ import annotations

from typing import Any

from iwebs.v1 import bank_deposit_service_pb2 as pb
from iwebs_client.models.display_format import (
    format_date,
    format_money,
    format_timestamp,
    timestamp_sort_key,
)
from iwebs_client.models.paged_table_model import PagedTableModel

BankDeposit = pb.BankDeposit


class BankDepositListModel(PagedTableModel[BankDeposit]):
    NUMBER, KIND, BANK, AMOUNT, PREPARED_AT, PREPARED_BY, SLIP, CREDITED, COMMENT = range(9)

    def headers(self) -> list[str]:
        return [
            self.tr("Deposit no."),
            self.tr("Kind"),
            self.tr("Bank"),
            self.tr("Amount"),
            self.tr("Prepared at"),
            self.tr("Prepared by"),
            self.tr("Bank slip"),
            self.tr("Credited"),
            self.tr("Comment"),
        ]

    def kind_text(self, kind: int) -> str:
        if kind == pb.DEPOSIT_KIND_CASH:
            return self.tr("Cash deposit")
        if kind == pb.DEPOSIT_KIND_CHEQUE:
            return self.tr("Cheque remittance")
        return ""

    def slip_text(self, item: BankDeposit) -> str:
        if not item.slip_recorded:
            return self.tr("Waiting for the slip")
        day = item.slip_date
        when = format_date(day.year, day.month, day.day)
        return self.tr("%1 of %2").replace("%1", item.slip_number).replace("%2", when)

    def display(self, item: BankDeposit, column: int) -> str:
        credited = (
            format_money(item.credited.amount_minor, item.credited.currency_code)
            if item.slip_recorded and item.credited.currency_code
            else ""
        )
        values = (
            item.deposit_number,
            self.kind_text(item.kind),
            item.bank_code,
            format_money(item.amount.amount_minor, item.amount.currency_code),
            format_timestamp(item.prepared_at),
            item.prepared_by_login,
            self.slip_text(item),
            credited,
            item.comment,
        )
        return values[column]

    def sort_value(self, item: BankDeposit, column: int) -> Any:
        if column == self.AMOUNT:
            return item.amount.amount_minor
        if column == self.PREPARED_AT:
            return timestamp_sort_key(item.prepared_at)
        return self.display(item, column).casefold()

    def key(self, item: BankDeposit) -> str:
        return item.deposit_id
