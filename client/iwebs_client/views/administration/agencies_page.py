"""Agencies screen."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from iwebs_client.backend.client_types import BackendError
from iwebs_client.presenters.agency_admin_presenter import AgencyAdminPresenter
from iwebs_client.presenters.service_ports import Agency
from iwebs_client.views.administration.agency_dialog import AgencyDialog
from iwebs_client.views.common.error_display import show_error
from iwebs_client.views.common.list_page import ListPage


class AgenciesPage(ListPage):
    def __init__(
        self, presenter: AgencyAdminPresenter, can_manage: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Agencies"), presenter.model, parent)
        self.presenter = presenter
        self.can_manage = can_manage
        self.dialog: AgencyDialog | None = None
        if can_manage:
            self.add_action(self.tr("&New agency..."), lambda: self._open(None), False)
            self.add_action(self.tr("&Edit..."), self.activated)
        presenter.failed.connect(self._failed)
        presenter.reload()

    def activated(self) -> None:
        agency = self.selected_item()
        if self.can_manage and agency is not None:
            self._open(agency)

    def _open(self, agency: Agency | None) -> None:
        self.dialog = AgencyDialog(self.presenter, agency, self)
        self.dialog.open()

    def _failed(self, error: BackendError) -> None:
        if self.dialog is None or not self.dialog.isVisible():
            show_error(self, error, retry=self.presenter.retry_last)
