"""Search results: customer number, name, account, phone, address, meter, agency."""

from __future__ import annotations

from PySide6.QtCore import QObject

from iwebs.v1 import customer_search_service_pb2
from iwebs_client.models.paged_table_model import PagedTableModel
from iwebs_client.tasks import TaskRunner

CustomerSearchHit = customer_search_service_pb2.CustomerSearchHit


class CustomerSearchModel(PagedTableModel[CustomerSearchHit]):
    NUMBER, NAME, ACCOUNT, PHONE, ADDRESS, METER, AGENCY = range(7)

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(tasks, parent)
        self._agency_names: dict[str, str] = {}

    def set_agency_names(self, names: dict[str, str]) -> None:
        """agency_id -> what people call it (code or name)."""
        self._agency_names = dict(names)
        if self.rowCount():
            last = self.rowCount() - 1
            self.dataChanged.emit(self.index(0, self.AGENCY), self.index(last, self.AGENCY))

    def headers(self) -> list[str]:
        return [
            self.tr("Customer no."),
            self.tr("Name"),
            self.tr("Account"),
            self.tr("Phone"),
            self.tr("Premise address"),
            self.tr("Meter"),
            self.tr("Agency"),
        ]

    def display(self, item: CustomerSearchHit, column: int) -> str:
        values = (
            item.customer_number,
            item.display_name,
            item.account_number,
            item.main_phone,
            item.premise_address,
            item.meter_serial,
            self._agency_names.get(item.agency_id, item.agency_id[:8]),
        )
        return values[column]

    def key(self, item: CustomerSearchHit) -> str:
        return f"{item.customer_id}/{item.account_id}/{item.meter_serial}"
