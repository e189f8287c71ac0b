"""Profiles and their rights matrix (rights grouped by module)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

from iwebs_client.models.profile_list_model import ProfileListModel
from iwebs_client.presenters.presenter_base import CommandIntent, PresenterBase
from iwebs_client.presenters.right_labels import right_order
from iwebs_client.presenters.service_ports import ClientServices, Profile, Right
from iwebs_client.tasks import TaskRunner

MODULE_ORDER = ("administration", "approvals", "customers", "parameters", "cash", "billing")


def group_rights(rights: Iterable[Right]) -> list[tuple[str, list[Right]]]:
    """(module, rights), known modules first in menu order, then the others.

    Within a module, known rights keep the catalogue order (each object's "read" before its
    "manage"), unknown ones follow by code.
    """
    groups: dict[str, list[Right]] = {}
    for right in rights:
        groups.setdefault(right.module, []).append(right)

    def order(module: str) -> tuple[int, str]:
        return (MODULE_ORDER.index(module) if module in MODULE_ORDER else len(MODULE_ORDER), module)

    return [
        (m, sorted(groups[m], key=lambda r: right_order(r.code))) for m in sorted(groups, key=order)
    ]


class ProfileAdminPresenter(PresenterBase):
    rights_loaded = Signal(list)  # [(module, [Right])]
    saved = Signal(object)  # Profile

    def __init__(
        self, services: ClientServices, tasks: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(tasks, parent)
        self._profiles = services.profiles
        self.rights: list[tuple[str, list[Right]]] = []
        self.model = ProfileListModel(tasks, self)
        self.model.set_page_fetcher(lambda token: self._profiles.list_profiles(page_token=token))

    def reload(self) -> None:
        self.model.reload()
        profiles = self._profiles
        self._run(lambda: group_rights(profiles.list_rights()), self._rights_received)

    def _rights_received(self, groups: list[tuple[str, list[Right]]]) -> None:
        self.rights = groups
        self.rights_loaded.emit(groups)

    def validate(self, code: str, name: str) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not code.strip():
            problems["code"] = self.tr("Enter a code.")
        if not name.strip():
            problems["name"] = self.tr("Enter a name.")
        return problems

    def create(
        self, intent: CommandIntent, code: str, name: str, description: str, rights: list[str]
    ) -> bool:
        if self.busy or self.validate(code, name):
            return False
        profiles, request_id = self._profiles, intent.request_id
        self._run(
            lambda: profiles.create_profile(
                request_id, code.strip(), name.strip(), description.strip(), sorted(rights)
            ),
            lambda profile: self._saved(intent, profile),
        )
        return True

    def update(
        self,
        intent: CommandIntent,
        profile: Profile,
        name: str,
        description: str,
        rights: list[str],
    ) -> bool:
        if self.busy or self.validate(profile.code, name):
            return False
        profiles, request_id = self._profiles, intent.request_id
        self._run(
            lambda: profiles.update_profile(
                request_id, profile, name.strip(), description.strip(), sorted(rights)
            ),
            lambda saved: self._saved(intent, saved),
        )
        return True

    def _saved(self, intent: CommandIntent, profile: Profile) -> None:
        intent.renew()
        self.model.replace_item(profile)
        self.saved.emit(profile)
