"""Users: create with a profile and agencies, edit, reset password, lock, disable."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from iwebs_client.models.user_list_model import UserListModel
from iwebs_client.presenters.presenter_base import CommandIntent, PresenterBase
from iwebs_client.presenters.service_ports import Agency, ClientServices, Profile, User
from iwebs_client.tasks import TaskRunner

_LOGIN_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


@dataclass(frozen=True)
class UserForm:
    login: str
    display_name: str
    profile_id: str
    agency_ids: tuple[str, ...]
    all_agencies: bool
    preferred_language: str = "fr"


class UserAdminPresenter(PresenterBase):
    choices_loaded = Signal(list, list)  # profiles, agencies
    created = Signal(object, str)  # User, one-time password (show once)
    saved = Signal(object)  # User
    password_reset = Signal(object, str)  # User, one-time password
    approval_requested = Signal(object, str)  # User, approval request id

    def __init__(
        self, services: ClientServices, tasks: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(tasks, parent)
        self._services = services
        self.profiles: list[Profile] = []
        self.agencies: list[Agency] = []
        self.model = UserListModel(tasks, self)
        self.model.set_page_fetcher(lambda token: services.users.list_users(page_token=token))

    def reload(self) -> None:
        self.load_choices()
        self.model.reload()

    def load_choices(self) -> None:
        services = self._services

        def load() -> tuple[list[Profile], list[Agency]]:
            return services.profiles.list_all_profiles(), services.agencies.list_all_agencies()

        self._run(load, self._choices_received)

    def _choices_received(self, result: tuple[list[Profile], list[Agency]]) -> None:
        self.profiles, self.agencies = result
        self.model.set_agency_codes({a.agency_id: a.code for a in self.agencies})
        self.model.set_profile_names({p.profile_id: p.name for p in self.profiles})
        self.choices_loaded.emit(self.profiles, self.agencies)

    def validate(self, form: UserForm, creating: bool) -> dict[str, str]:
        problems: dict[str, str] = {}
        if creating and not _LOGIN_PATTERN.match(form.login.strip()):
            problems["login"] = self.tr(
                "Use 2 to 64 lower-case letters, digits, dots, dashes or underscores."
            )
        if not form.display_name.strip():
            problems["display_name"] = self.tr("Enter the user's name.")
        if not form.profile_id:
            problems["profile_id"] = self.tr("Choose a profile.")
        if not form.all_agencies and not form.agency_ids:
            problems["agency_ids"] = self.tr("Choose at least one agency, or all agencies.")
        return problems

    def create(self, intent: CommandIntent, form: UserForm) -> bool:
        if self.busy or self.validate(form, creating=True):
            return False
        users, request_id = self._services.users, intent.request_id
        self._run(
            lambda: users.create_user(
                request_id,
                login=form.login.strip(),
                display_name=form.display_name.strip(),
                profile_id=form.profile_id,
                agency_ids=() if form.all_agencies else form.agency_ids,
                all_agencies=form.all_agencies,
                preferred_language=form.preferred_language,
            ),
            lambda result: self._created(intent, *result),
        )
        return True

    def _created(self, intent: CommandIntent, user: User, one_time_password: str) -> None:
        intent.renew()
        self.model.replace_item(user)
        self.created.emit(user, one_time_password)

    def update(self, intent: CommandIntent, user: User, form: UserForm) -> bool:
        if self.busy or self.validate(form, creating=False):
            return False
        users, request_id = self._services.users, intent.request_id
        self._run(
            lambda: users.update_user(
                request_id,
                user,
                display_name=form.display_name.strip(),
                profile_id=form.profile_id,
                agency_ids=() if form.all_agencies else form.agency_ids,
                all_agencies=form.all_agencies,
                preferred_language=form.preferred_language,
            ),
            lambda saved: self._saved(intent, saved),
        )
        return True

    def reset_password(self, intent: CommandIntent, user: User) -> None:
        users, request_id = self._services.users, intent.request_id
        self._run(
            lambda: users.reset_password(request_id, user.user_id),
            lambda password: self.password_reset.emit(user, password),
        )

    def lock(self, intent: CommandIntent, user: User, reason: str) -> None:
        users, request_id = self._services.users, intent.request_id
        self._run(
            lambda: users.lock_user(request_id, user.user_id, reason),
            lambda saved: self._saved(intent, saved),
        )

    def unlock(self, intent: CommandIntent, user: User, reason: str) -> None:
        users, request_id = self._services.users, intent.request_id
        self._run(
            lambda: users.unlock_user(request_id, user.user_id, reason),
            lambda result: self._unlocked(intent, *result),
        )

    def _unlocked(self, intent: CommandIntent, user: User, approval_request_id: str) -> None:
        self._saved(intent, user)
        if approval_request_id:
            self.approval_requested.emit(user, approval_request_id)

    def disable(self, intent: CommandIntent, user: User, reason: str) -> None:
        users, request_id = self._services.users, intent.request_id
        self._run(
            lambda: users.disable_user(request_id, user.user_id, reason),
            lambda saved: self._saved(intent, saved),
        )

    def enable(self, intent: CommandIntent, user: User) -> None:
        users, request_id = self._services.users, intent.request_id
        self._run(
            lambda: users.enable_user(request_id, user.user_id),
            lambda saved: self._saved(intent, saved),
        )

    def _saved(self, intent: CommandIntent, user: User) -> None:
        intent.renew()
        if user.user_id:
            self.model.replace_item(user)
        self.saved.emit(user)
