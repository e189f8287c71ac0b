"""Approval requests: when, kind, summary, requester, reason, status."""

from __future__ import annotations

from typing import Any

from iwebs.v1 import administration_pb2
from iwebs_client.models.display_format import format_timestamp, timestamp_sort_key
from iwebs_client.models.paged_table_model import PagedTableModel

ApprovalRequest = administration_pb2.ApprovalRequest


class ApprovalListModel(PagedTableModel[ApprovalRequest]):
    REQUESTED_AT, KIND, SUMMARY, REQUESTED_BY, REASON, STATUS = range(6)

    def headers(self) -> list[str]:
        return [
            self.tr("Requested"),
            self.tr("Kind"),
            self.tr("Summary"),
            self.tr("Requested by"),
            self.tr("Reason"),
            self.tr("Status"),
        ]

    def kind_text(self, kind: str) -> str:
        return {
            "user.unlock": self.tr("Unlock a user"),
            "security_policy.change": self.tr("Change the security policy"),
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
        if column == self.REQUESTED_BY:
            return item.requested_by_login
        if column == self.REASON:
            return item.reason
        return self.status_text(item.status)

    def sort_value(self, item: ApprovalRequest, column: int) -> Any:
        if column == self.REQUESTED_AT:
            return timestamp_sort_key(item.requested_at)
        return self.display(item, column).casefold()

    def key(self, item: ApprovalRequest) -> str:
        return item.approval_request_id
