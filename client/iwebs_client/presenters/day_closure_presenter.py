"""'Day closures' (CASH-04): close an agency's business day once every till of that day is
closed (CloseAgencyDay), and the agency's closures, newest first, with their totals, the
perpetual grand total and the first/last receipt."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Signal

from iwebs_client.models.cash_closure_list_model import CashClosureListModel
from iwebs_client.presenters.cash_agency_choices import default_agency, fetch_agencies
from iwebs_client.presenters.cash_supervision_ports import CashClosure
from iwebs_client.presenters.presenter_base import CommandIntent, PresenterBase
from iwebs_client.presenters.service_ports import ClientServices, SessionInfo
from iwebs_client.tasks import TaskRunner


class DayClosurePresenter(PresenterBase):
    agencies_changed = Signal(list)  # [(agency_id, name)]
    closed = Signal(object)  # the day's CashClosure

    def __init__(
        self,
        services: ClientServices,
        tasks: TaskRunner,
        session: SessionInfo,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(tasks, parent)
        self._services = services
        self._session = session
        self.agency_id = ""
        self.agency_names: dict[str, str] = {}
        self.model = CashClosureListModel(tasks, self)
        supervision = services.cash_supervision
        self.model.set_page_fetcher(
            lambda token: supervision.list_closures(self.agency_id, page_token=token)
        )

    def load_agencies(self) -> None:
        services, session = self._services, self._session
        self._run(lambda: fetch_agencies(services, session), self._agencies_received)

    def _agencies_received(self, choices: list[tuple[str, str]]) -> None:
        self.agency_names = dict(choices)
        self.agencies_changed.emit(choices)
        self.set_agency(default_agency(choices, self._session))

    def set_agency(self, agency_id: str) -> None:
        self.agency_id = agency_id
        self.model.reload()

    def confirmation_text(self, day: dt.date | None) -> str:
        name = self.agency_names.get(self.agency_id, "")
        when = day.strftime("%d/%m/%Y") if day else self.tr("today")
        return (
            self.tr(
                "Close the business day %1 of agency %2?\n\nEvery till of that day must be "
                "closed. The closure is final: no receipt can be added to that day."
            )
            .replace("%1", when)
            .replace("%2", name)
        )

    def close_day(self, intent: CommandIntent, day: dt.date | None) -> bool:
        """CloseAgencyDay for the chosen agency; `day` None = today. False: no agency."""
        if not self.agency_id:
            return False
        supervision, request_id, agency_id = (
            self._services.cash_supervision,
            intent.request_id,
            self.agency_id,
        )
        self._run(
            lambda: supervision.close_agency_day(request_id, agency_id, day),
            lambda closure: self._closed(intent, closure),
        )
        return True

    def _closed(self, intent: CommandIntent, closure: CashClosure) -> None:
        intent.renew()
        self.closed.emit(closure)
        self.model.reload()
