"""Profiles screen."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from iwebs_client.backend.client_types import BackendError
from iwebs_client.presenters.profile_admin_presenter import ProfileAdminPresenter
from iwebs_client.presenters.service_ports import Profile
from iwebs_client.views.administration.profile_dialog import ProfileDialog
from iwebs_client.views.common.error_display import show_error
from iwebs_client.views.common.list_page import ListPage


class ProfilesPage(ListPage):
    def __init__(
        self, presenter: ProfileAdminPresenter, can_manage: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Profiles and rights"), presenter.model, parent)
        self.presenter = presenter
        self.can_manage = can_manage
        self.dialog: ProfileDialog | None = None
        if can_manage:
            self.add_action(self.tr("&New profile..."), lambda: self._open(None), False)
        self.add_action(self.tr("&Open...") if can_manage else self.tr("&View..."), self.activated)
        presenter.failed.connect(self._failed)
        presenter.reload()

    def activated(self) -> None:
        profile = self.selected_item()
        if profile is not None:
            self._open(profile)

    def _open(self, profile: Profile | None) -> None:
        self.dialog = ProfileDialog(self.presenter, profile, not self.can_manage, self)
        self.dialog.open()

    def _failed(self, error: BackendError) -> None:
        if self.dialog is None or not self.dialog.isVisible():
            show_error(self, error, retry=self.presenter.retry_last)
