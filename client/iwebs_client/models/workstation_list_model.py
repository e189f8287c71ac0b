"""Workstations: name, agency, kind, cash, status, certificate expiry."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from iwebs.v1 import administration_pb2
from iwebs_client.models.display_format import format_timestamp, timestamp_sort_key
from iwebs_client.models.paged_table_model import PagedTableModel
from iwebs_client.tasks import TaskRunner

Workstation = administration_pb2.Workstation


class WorkstationListModel(PagedTableModel[Workstation]):
    NAME, AGENCY, KIND, CASH, STATUS, CERTIFICATE_EXPIRES = range(6)

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(tasks, parent)
        self._agency_codes: dict[str, str] = {}

    def set_agency_codes(self, codes: dict[str, str]) -> None:
        self._agency_codes = dict(codes)

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Agency"),
            self.tr("Kind"),
            self.tr("Collects cash"),
            self.tr("Status"),
            self.tr("Certificate expires"),
        ]

    def kind_text(self, kind: int) -> str:
        texts: dict[int, str] = {
            administration_pb2.WORKSTATION_KIND_AGENCY_COUNTER: self.tr("Agency counter"),
            administration_pb2.WORKSTATION_KIND_BANK_COUNTER: self.tr("Bank counter"),
            administration_pb2.WORKSTATION_KIND_BACK_OFFICE: self.tr("Back office"),
        }
        return texts.get(kind, "")

    def status_text(self, status: int) -> str:
        texts: dict[int, str] = {
            administration_pb2.WORKSTATION_STATUS_PENDING: self.tr("Waiting for enrollment"),
            administration_pb2.WORKSTATION_STATUS_ACTIVE: self.tr("Active"),
            administration_pb2.WORKSTATION_STATUS_REVOKED: self.tr("Revoked"),
        }
        return texts.get(status, "")

    def display(self, item: Workstation, column: int) -> str:
        if column == self.NAME:
            return item.name
        if column == self.AGENCY:
            return self._agency_codes.get(item.agency_id, item.agency_id)
        if column == self.KIND:
            return self.kind_text(item.kind)
        if column == self.CASH:
            return self.tr("Yes") if item.may_collect_cash else self.tr("No")
        if column == self.STATUS:
            return self.status_text(item.status)
        return format_timestamp(item.certificate_expires_at)

    def sort_value(self, item: Workstation, column: int) -> Any:
        if column == self.CERTIFICATE_EXPIRES:
            return timestamp_sort_key(item.certificate_expires_at)
        return self.display(item, column).casefold()

    def key(self, item: Workstation) -> str:
        return item.workstation_id
