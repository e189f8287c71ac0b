"""Audit events, newest first: when, who, workstation, action, outcome, object, duration."""

from __future__ import annotations

from typing import Any

from iwebs.v1 import administration_pb2
from iwebs_client.models.display_format import (
    format_integer,
    format_timestamp,
    timestamp_sort_key,
)
from iwebs_client.models.paged_table_model import PagedTableModel

AuditEvent = administration_pb2.AuditEvent


class AuditEventModel(PagedTableModel[AuditEvent]):
    SEQUENCE, OCCURRED_AT, LOGIN, ACTION, OUTCOME, OBJECT, REASON, DURATION = range(8)

    def headers(self) -> list[str]:
        return [
            self.tr("No."),
            self.tr("Date"),
            self.tr("User"),
            self.tr("Action"),
            self.tr("Outcome"),
            self.tr("Object"),
            self.tr("Reason"),
            self.tr("Duration (ms)"),
        ]

    def outcome_text(self, outcome: int) -> str:
        texts: dict[int, str] = {
            administration_pb2.AUDIT_OUTCOME_SUCCESS: self.tr("Success"),
            administration_pb2.AUDIT_OUTCOME_FAILURE: self.tr("Failure"),
            administration_pb2.AUDIT_OUTCOME_DENIED: self.tr("Denied"),
        }
        return texts.get(outcome, "")

    def display(self, item: AuditEvent, column: int) -> str:
        if column == self.SEQUENCE:
            return str(item.sequence)
        if column == self.OCCURRED_AT:
            return format_timestamp(item.occurred_at)
        if column == self.LOGIN:
            return item.user_login
        if column == self.ACTION:
            return item.action
        if column == self.OUTCOME:
            return self.outcome_text(item.outcome)
        if column == self.OBJECT:
            return f"{item.object_type} {item.object_id}".strip()
        if column == self.REASON:
            return item.reason
        return format_integer(item.duration_ms)

    def sort_value(self, item: AuditEvent, column: int) -> Any:
        if column == self.SEQUENCE:
            return item.sequence
        if column == self.OCCURRED_AT:
            return timestamp_sort_key(item.occurred_at)
        if column == self.DURATION:
            return item.duration_ms
        return self.display(item, column).casefold()

    def key(self, item: AuditEvent) -> str:
        return str(item.sequence)
