"""The counter's one search box: text + optional key -> a paged list of customers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from iwebs.v1 import customer_search_service_pb2 as search_pb2
from iwebs_client.backend.client_types import CustomerSearchQuery
from iwebs_client.models.customer_search_model import CustomerSearchModel
from iwebs_client.presenters.customer_navigation import CustomerNavigator
from iwebs_client.presenters.presenter_base import PresenterBase
from iwebs_client.presenters.service_ports import (
    Agency,
    ClientServices,
    CustomerSearchHit,
    SessionInfo,
)
from iwebs_client.tasks import TaskRunner

MIN_QUERY_LENGTH = 2
MAX_QUERY_LENGTH = 100
AGENCIES_READ = "admin.agencies.read"
translate = QCoreApplication.translate


def search_keys() -> list[tuple[int, str]]:
    """(SearchKey value, label) in the order of the key selector; automatic first."""
    return [
        (search_pb2.SEARCH_KEY_UNSPECIFIED, translate("CustomerSearch", "Automatic")),
        (search_pb2.SEARCH_KEY_ACCOUNT_NUMBER, translate("CustomerSearch", "Account number")),
        (search_pb2.SEARCH_KEY_NAME, translate("CustomerSearch", "Name")),
        (search_pb2.SEARCH_KEY_PHONE, translate("CustomerSearch", "Phone")),
        (search_pb2.SEARCH_KEY_METER_SERIAL, translate("CustomerSearch", "Meter serial")),
        (search_pb2.SEARCH_KEY_ADDRESS, translate("CustomerSearch", "Address")),
    ]


class CustomerSearchPresenter(PresenterBase):
    # the search sent (text shown in the status line), or "" when cleared
    searched = Signal(str)

    def __init__(
        self,
        services: ClientServices,
        tasks: TaskRunner,
        session: SessionInfo,
        navigator: CustomerNavigator,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(tasks, parent)
        self._services = services
        self._session = session
        self.navigator = navigator
        self.model = CustomerSearchModel(tasks, self)
        self.query: CustomerSearchQuery | None = None
        names = {}
        if session.workstation_agency_id:
            names[session.workstation_agency_id] = session.workstation_agency_name
        self.model.set_agency_names(names)

    def load_agency_names(self) -> None:
        """Agency names for the results; without the right to list agencies, the
        workstation's agency is the only one named."""
        if AGENCIES_READ not in self._session.rights:
            return
        agencies = self._services.agencies
        self._run(agencies.list_all_agencies, self._agencies_received)

    def _agencies_received(self, agencies: list[Agency]) -> None:
        self.model.set_agency_names({a.agency_id: a.name or a.code for a in agencies})

    def problem(self, text: str) -> str:
        """Why this text cannot be searched, or "" when it can."""
        length = len(text.strip())
        if length < MIN_QUERY_LENGTH:
            return self.tr("Type at least 2 characters.")
        if length > MAX_QUERY_LENGTH:
            return self.tr("Type at most 100 characters.")
        return ""

    def search(self, text: str, key: int = search_pb2.SEARCH_KEY_UNSPECIFIED) -> bool:
        """Starts a search on a worker; an older search still running is forgotten."""
        if self.problem(text):
            return False
        query = CustomerSearchQuery(text=text.strip(), key=key)
        self.query = query
        search = self._services.customer_search
        self.model.set_page_fetcher(lambda token: search.search_customers(query, page_token=token))
        self.model.reload()
        self.searched.emit(query.text)
        return True

    def open(self, hit: CustomerSearchHit | None) -> None:
        if hit is not None and hit.customer_id:
            self.navigator.open_customer(hit.customer_id)
