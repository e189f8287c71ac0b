"""History of changes to a customer (ACC-4): when, who, where, what, old -> new, why."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from iwebs.v1 import customer_pb2
from iwebs_client.models.display_format import format_timestamp, timestamp_sort_key
from iwebs_client.models.paged_table_model import PagedTableModel
from iwebs_client.tasks import TaskRunner

ChangeRecord = customer_pb2.ChangeRecord


class ChangeHistoryModel(PagedTableModel[ChangeRecord]):
    WHEN, WHO, WORKSTATION, RECORD, ACTION, FIELD, OLD, NEW, REASON = range(9)

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(tasks, parent)
        self._workstation_names: dict[str, str] = {}

    def set_workstation_names(self, names: dict[str, str]) -> None:
        self._workstation_names = dict(names)

    def headers(self) -> list[str]:
        return [
            self.tr("When"),
            self.tr("Who"),
            self.tr("Workstation"),
            self.tr("Record"),
            self.tr("Action"),
            self.tr("Field"),
            self.tr("Old value"),
            self.tr("New value"),
            self.tr("Reason"),
        ]

    def entity_text(self, entity_type: str) -> str:
        texts = {
            "customer": self.tr("Customer"),
            "account": self.tr("Account"),
            "premise": self.tr("Premise"),
            "subscription": self.tr("Subscription"),
            "meter": self.tr("Meter"),
            "seal": self.tr("Seal"),
        }
        return texts.get(entity_type, entity_type)

    def action_text(self, action: str) -> str:
        texts = {
            "create": self.tr("Creation"),
            "update": self.tr("Change"),
            "correct": self.tr("Correction"),
            "status": self.tr("Status change"),
        }
        return texts.get(action, action)

    def display(self, item: ChangeRecord, column: int) -> str:
        if column == self.WHEN:
            return format_timestamp(item.changed_at)
        if column == self.WHO:
            return item.user_login
        if column == self.WORKSTATION:
            return self._workstation_names.get(item.workstation_id, item.workstation_id[:8])
        if column == self.RECORD:
            return self.entity_text(item.entity_type)
        if column == self.ACTION:
            return self.action_text(item.action)
        values = {
            self.FIELD: item.field,
            self.OLD: item.old_value,
            self.NEW: item.new_value,
            self.REASON: item.reason,
        }
        return values.get(column, "")

    def sort_value(self, item: ChangeRecord, column: int) -> Any:
        if column == self.WHEN:
            return (timestamp_sort_key(item.changed_at), item.change_id)
        return self.display(item, column).casefold()

    def key(self, item: ChangeRecord) -> str:
        return str(item.change_id)
