"""Users: login, name, profile, agencies, status, last login."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from iwebs.v1 import administration_pb2
from iwebs_client.models.display_format import format_timestamp, timestamp_sort_key
from iwebs_client.models.paged_table_model import PagedTableModel
from iwebs_client.tasks import TaskRunner

User = administration_pb2.User


class UserListModel(PagedTableModel[User]):
    LOGIN, NAME, PROFILE, AGENCIES, STATUS, LAST_LOGIN = range(6)

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(tasks, parent)
        self._agency_codes: dict[str, str] = {}
        self._profile_names: dict[str, str] = {}

    def set_agency_codes(self, codes: dict[str, str]) -> None:
        """agency_id -> code, to show agencies as people know them."""
        self._agency_codes = dict(codes)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, self.AGENCIES), self.index(self.rowCount() - 1, self.AGENCIES)
            )

    def set_profile_names(self, names: dict[str, str]) -> None:
        """profile_id -> name, to show the profile as people call it."""
        self._profile_names = dict(names)
        if self.rowCount():
            last = self.rowCount() - 1
            self.dataChanged.emit(self.index(0, self.PROFILE), self.index(last, self.PROFILE))

    def headers(self) -> list[str]:
        return [
            self.tr("Login"),
            self.tr("Name"),
            self.tr("Profile"),
            self.tr("Agencies"),
            self.tr("Status"),
            self.tr("Last login"),
        ]

    def status_text(self, user: User) -> str:
        if user.status == administration_pb2.USER_STATUS_DISABLED:
            return self.tr("Disabled")
        if user.locked:
            return self.tr("Locked")
        if user.must_change_password:
            return self.tr("Must change password")
        return self.tr("Active")

    def agencies_text(self, user: User) -> str:
        if user.all_agencies:
            return self.tr("All agencies")
        return ", ".join(sorted(self._agency_codes.get(a, a) for a in user.agency_ids))

    def display(self, item: User, column: int) -> str:
        if column == self.LOGIN:
            return item.login
        if column == self.NAME:
            return item.display_name
        if column == self.PROFILE:
            return self._profile_names.get(item.profile_id, item.profile_code)
        if column == self.AGENCIES:
            return self.agencies_text(item)
        if column == self.STATUS:
            return self.status_text(item)
        return format_timestamp(item.last_login_at)

    def sort_value(self, item: User, column: int) -> Any:
        if column == self.LAST_LOGIN:
            return timestamp_sort_key(item.last_login_at)
        return self.display(item, column).casefold()

    def key(self, item: User) -> str:
        return item.user_id
