"""Agencies: list, create, rename, activate or deactivate."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from iwebs_client.models.agency_list_model import AgencyListModel
from iwebs_client.presenters.presenter_base import CommandIntent, PresenterBase
from iwebs_client.presenters.service_ports import Agency, ClientServices
from iwebs_client.tasks import TaskRunner


class AgencyAdminPresenter(PresenterBase):
    saved = Signal(object)  # Agency

    def __init__(
        self, services: ClientServices, tasks: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(tasks, parent)
        self._agencies = services.agencies
        self.model = AgencyListModel(tasks, self)
        self.model.set_page_fetcher(lambda token: self._agencies.list_agencies(page_token=token))

    def reload(self) -> None:
        self.model.reload()

    def validate(self, code: str, name: str) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not code.strip():
            problems["code"] = self.tr("Enter a code.")
        if not name.strip():
            problems["name"] = self.tr("Enter a name.")
        return problems

    def create(self, intent: CommandIntent, code: str, name: str, region: str) -> bool:
        if self.busy or self.validate(code, name):
            return False
        agencies, request_id = self._agencies, intent.request_id
        self._run(
            lambda: agencies.create_agency(request_id, code.strip(), name.strip(), region.strip()),
            lambda agency: self._saved(intent, agency),
        )
        return True

    def update(
        self, intent: CommandIntent, agency: Agency, name: str, region: str, active: bool
    ) -> bool:
        if self.busy or self.validate(agency.code, name):
            return False
        agencies, request_id = self._agencies, intent.request_id
        self._run(
            lambda: agencies.update_agency(
                request_id, agency, name=name.strip(), region=region.strip(), active=active
            ),
            lambda saved: self._saved(intent, saved),
        )
        return True

    def _saved(self, intent: CommandIntent, agency: Agency) -> None:
        intent.renew()
        self.model.replace_item(agency)
        self.saved.emit(agency)
