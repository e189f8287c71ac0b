"""Workstations screen: declare (one-time code), new code, revoke."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from iwebs.v1 import administration_pb2
from iwebs_client.backend.client_types import BackendError
from iwebs_client.presenters.presenter_base import CommandIntent
from iwebs_client.presenters.service_ports import Workstation
from iwebs_client.presenters.workstation_admin_presenter import WorkstationAdminPresenter
from iwebs_client.views.administration.workstation_dialog import WorkstationDialog
from iwebs_client.views.common.error_display import show_error
from iwebs_client.views.common.list_page import ListPage
from iwebs_client.views.common.one_time_secret_dialog import OneTimeSecretDialog
from iwebs_client.views.common.reason_prompt import ask_text


def _not_revoked(workstation: Workstation) -> bool:
    return bool(workstation.status != administration_pb2.WORKSTATION_STATUS_REVOKED)


class WorkstationsPage(ListPage):
    def __init__(
        self, presenter: WorkstationAdminPresenter, can_manage: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Workstations"), presenter.model, parent)
        self.presenter = presenter
        self.dialog: WorkstationDialog | None = None
        if can_manage:
            self.add_action(self.tr("&Declare a workstation..."), self.declare, False)
            self.add_action(
                self.tr("New enrollment &code"), self.new_code, enabled_for=_not_revoked
            )
            self.add_action(self.tr("&Revoke..."), self.revoke, enabled_for=_not_revoked)
        presenter.code_issued.connect(self._show_code)
        presenter.failed.connect(self._failed)
        presenter.reload()

    def declare(self) -> None:
        self.dialog = WorkstationDialog(self.presenter, self)
        self.dialog.open()

    def new_code(self) -> None:
        workstation = self.selected_item()
        if workstation is not None:
            self.presenter.issue_new_code(CommandIntent(), workstation)

    def revoke(self) -> None:
        workstation = self.selected_item()
        if workstation is None:
            return
        reason = ask_text(
            self,
            self.tr("Revoke %1").replace("%1", workstation.name),
            self.tr("Reason (the workstation will be refused at once):"),
        )
        if reason is not None:
            self.presenter.revoke(CommandIntent(), workstation, reason)

    def _show_code(self, workstation: Workstation, code: str, expires: str) -> None:
        OneTimeSecretDialog(
            self.tr("Enrollment code"),
            self.tr("Type this code on workstation %1 before %2.")
            .replace("%1", workstation.name)
            .replace("%2", expires),
            code,
            self,
        ).open()

    def _failed(self, error: BackendError) -> None:
        if self.dialog is None or not self.dialog.isVisible():
            show_error(self, error, retry=self.presenter.retry_last)
