"""Workstations: declare one (one-time enrollment code), new code, revoke."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from iwebs.v1 import workstation_service_pb2
from iwebs_client.models.display_format import format_timestamp
from iwebs_client.models.workstation_list_model import WorkstationListModel
from iwebs_client.presenters.presenter_base import CommandIntent, PresenterBase
from iwebs_client.presenters.service_ports import Agency, ClientServices, Workstation
from iwebs_client.tasks import TaskRunner

CodeResponse = (
    workstation_service_pb2.RegisterWorkstationResponse
    | workstation_service_pb2.IssueEnrollmentCodeResponse
)


class WorkstationAdminPresenter(PresenterBase):
    agencies_loaded = Signal(list)  # [Agency]
    #: workstation, enrollment code, expiry text: shown once to the administrator
    code_issued = Signal(object, str, str)
    revoked = Signal(object)

    def __init__(
        self, services: ClientServices, tasks: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(tasks, parent)
        self._services = services
        self.agencies: list[Agency] = []
        self.model = WorkstationListModel(tasks, self)
        self.model.set_page_fetcher(
            lambda token: services.workstations.list_workstations(page_token=token)
        )

    def reload(self) -> None:
        self.model.reload()
        agencies = self._services.agencies
        self._run(agencies.list_all_agencies, self._agencies_received)

    def _agencies_received(self, agencies: list[Agency]) -> None:
        self.agencies = agencies
        self.model.set_agency_codes({a.agency_id: a.code for a in agencies})
        self.agencies_loaded.emit(agencies)

    def validate(self, name: str, agency_id: str, kind: int) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not name.strip():
            problems["name"] = self.tr("Enter a name.")
        if not agency_id:
            problems["agency_id"] = self.tr("Choose an agency.")
        if not kind:
            problems["kind"] = self.tr("Choose a kind.")
        return problems

    def register(
        self, intent: CommandIntent, name: str, agency_id: str, kind: int, may_collect_cash: bool
    ) -> bool:
        if self.busy or self.validate(name, agency_id, kind):
            return False
        workstations, request_id = self._services.workstations, intent.request_id
        self._run(
            lambda: workstations.register_workstation(
                request_id, name.strip(), agency_id, kind, may_collect_cash
            ),
            lambda response: self._code_received(intent, response),
        )
        return True

    def issue_new_code(self, intent: CommandIntent, workstation: Workstation) -> None:
        workstations, request_id = self._services.workstations, intent.request_id
        self._run(
            lambda: workstations.issue_enrollment_code(request_id, workstation.workstation_id),
            lambda response: self._code_received(intent, response),
        )

    def _code_received(self, intent: CommandIntent, response: CodeResponse) -> None:
        intent.renew()
        self.model.replace_item(response.workstation)
        expires = format_timestamp(response.enrollment_code_expires_at)
        self.code_issued.emit(response.workstation, response.enrollment_code, expires)

    def revoke(self, intent: CommandIntent, workstation: Workstation, reason: str) -> bool:
        if not reason.strip():
            return False
        workstations, request_id = self._services.workstations, intent.request_id
        self._run(
            lambda: workstations.revoke_workstation(
                request_id, workstation.workstation_id, reason.strip()
            ),
            lambda saved: self._revoked(intent, saved),
        )
        return True

    def _revoked(self, intent: CommandIntent, workstation: Workstation) -> None:
        intent.renew()
        self.model.replace_item(workstation)
        self.revoked.emit(workstation)
