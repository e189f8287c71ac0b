"""Profiles: code, name, number of rights."""

from __future__ import annotations

from typing import Any

from iwebs.v1 import administration_pb2
from iwebs_client.models.display_format import format_integer
from iwebs_client.models.paged_table_model import PagedTableModel

Profile = administration_pb2.Profile


class ProfileListModel(PagedTableModel[Profile]):
    CODE, NAME, DESCRIPTION, RIGHTS = range(4)

    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Name"), self.tr("Description"), self.tr("Rights")]

    def display(self, item: Profile, column: int) -> str:
        if column == self.CODE:
            return item.code
        if column == self.NAME:
            return item.name
        if column == self.DESCRIPTION:
            return item.description
        return format_integer(len(item.rights))

    def sort_value(self, item: Profile, column: int) -> Any:
        if column == self.RIGHTS:
            return len(item.rights)
        return self.display(item, column).casefold()

    def key(self, item: Profile) -> str:
        return item.profile_id
