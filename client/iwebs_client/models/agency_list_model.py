"""Agencies: code, name, region, active."""

from __future__ import annotations

from typing import Any

from iwebs.v1 import administration_pb2
from iwebs_client.models.paged_table_model import PagedTableModel

Agency = administration_pb2.Agency


class AgencyListModel(PagedTableModel[Agency]):
    CODE, NAME, REGION, ACTIVE = range(4)

    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Name"), self.tr("Region"), self.tr("Active")]

    def display(self, item: Agency, column: int) -> str:
        if column == self.CODE:
            return item.code
        if column == self.NAME:
            return item.name
        if column == self.REGION:
            return item.region
        return self.tr("Yes") if item.active else self.tr("No")

    def sort_value(self, item: Agency, column: int) -> Any:
        if column == self.ACTIVE:
            return int(item.active)
        return self.display(item, column).casefold()

    def key(self, item: Agency) -> str:
        return item.agency_id
