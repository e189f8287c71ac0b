"""Approval requests: when, kind, summary, amount, requester, reason, status."""

from __future__ import annotations

import json
import re
from typing import Any

from iwebs.v1 import administration_pb2
from iwebs_client.models.display_format import format_money, format_timestamp, timestamp_sort_key
from iwebs_client.models.paged_table_model import PagedTableModel

ApprovalRequest = administration_pb2.ApprovalRequest


def payload_of(item: ApprovalRequest) -> dict[str, Any]:
    """The request's payload as a dict ({} when it is not a JSON object)."""
    try:
        payload = json.loads(item.payload_json or "{}")
    except ValueError:
        return {}
    return payload if isinstance(payload, dict) else {}


def payload_amount(payload: dict[str, Any]) -> tuple[str, int] | None:
    """(currency, minor units) of a money request (cash kinds): `amount_minor` +
    `currency_code`, or `amount` as [currency, minor] or {currency_code, amount_minor}."""
    amount = payload.get("amount")
    if isinstance(amount, list) and len(amount) == 2:
        currency, minor = amount
    elif isinstance(amount, dict):
        currency, minor = amount.get("currency_code"), amount.get("amount_minor")
    else:
        currency, minor = payload.get("currency_code"), payload.get("amount_minor")
    if isinstance(currency, str) and currency and isinstance(minor, int):
        return currency, minor
    return None


#: "... (25000 XOF)" at the end of a summary: the amount when the payload has none
_SUMMARY_AMOUNT = re.compile(r"\((-?\d{1,15}) ([A-Z]{3})\)\s*$")


def request_amount(item: ApprovalRequest) -> tuple[str, int] | None:
    """(currency, minor units) of a money request: from its payload, else from the end of
    its summary (a receipt cancellation's payload names only the receipt)."""
    amount = payload_amount(payload_of(item))
    if amount is None:
        found = _SUMMARY_AMOUNT.search(item.summary)
        if found:
            amount = (found.group(2), int(found.group(1)))
    return amount


class ApprovalListModel(PagedTableModel[ApprovalRequest]):
    REQUESTED_AT, KIND, SUMMARY, AMOUNT, REQUESTED_BY, REASON, STATUS = range(7)

    def headers(self) -> list[str]:
        return [
            self.tr("Requested"),
            self.tr("Kind"),
            self.tr("Summary"),
            self.tr("Amount"),
            self.tr("Requested by"),
            self.tr("Reason"),
            self.tr("Status"),
        ]

    def kind_text(self, kind: str) -> str:
        return {
            "user.unlock": self.tr("Unlock a user"),
            "security_policy.change": self.tr("Change the security policy"),
            "cash.receipt_cancellation": self.tr("Cancel a receipt"),
            "cash.disbursement": self.tr("Disbursement from a till"),
            "billing.tariff_version": self.tr("New tariff version"),
            "billing.correction": self.tr("Correct a bill"),
        }.get(kind, kind)

    def status_text(self, status: int) -> str:
        texts: dict[int, str] = {
            administration_pb2.APPROVAL_STATUS_PENDING: self.tr("Pending"),
            administration_pb2.APPROVAL_STATUS_APPROVED: self.tr("Approved"),
            administration_pb2.APPROVAL_STATUS_REJECTED: self.tr("Rejected"),
        }
        return texts.get(status, "")

    def display(self, item: ApprovalRequest, column: int) -> str:
        if column == self.REQUESTED_AT:
            return format_timestamp(item.requested_at)
        if column == self.KIND:
            return self.kind_text(item.kind)
        if column == self.SUMMARY:
            return item.summary
        if column == self.AMOUNT:
            amount = request_amount(item)
            return format_money(amount[1], amount[0]) if amount else ""
        if column == self.REQUESTED_BY:
            return item.requested_by_login
        if column == self.REASON:
            return item.reason
        return self.status_text(item.status)

    def sort_value(self, item: ApprovalRequest, column: int) -> Any:
        if column == self.REQUESTED_AT:
            return timestamp_sort_key(item.requested_at)
        if column == self.AMOUNT:
            amount = request_amount(item)
            return amount[1] if amount else 0
        return self.display(item, column).casefold()

    def key(self, item: ApprovalRequest) -> str:
        return item.approval_request_id
