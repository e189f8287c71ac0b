"""Builds the page of a screen key with its presenter (one place knows every screen)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from iwebs_client.presenters.agency_admin_presenter import AgencyAdminPresenter
from iwebs_client.presenters.approval_presenter import ApprovalPresenter
from iwebs_client.presenters.audit_log_presenter import AuditLogPresenter
from iwebs_client.presenters.profile_admin_presenter import ProfileAdminPresenter
from iwebs_client.presenters.security_policy_presenter import SecurityPolicyPresenter
from iwebs_client.presenters.service_ports import ClientServices, SessionInfo
from iwebs_client.presenters.user_admin_presenter import UserAdminPresenter
from iwebs_client.presenters.workstation_admin_presenter import WorkstationAdminPresenter
from iwebs_client.tasks import TaskRunner
from iwebs_client.views.administration.agencies_page import AgenciesPage
from iwebs_client.views.administration.audit_page import AuditPage
from iwebs_client.views.administration.profiles_page import ProfilesPage
from iwebs_client.views.administration.security_policy_page import SecurityPolicyPage
from iwebs_client.views.administration.users_page import UsersPage
from iwebs_client.views.administration.workstations_page import WorkstationsPage
from iwebs_client.views.approvals.approvals_page import ApprovalsPage


class ScreenFactory:
    def __init__(self, services: ClientServices, tasks: TaskRunner, session: SessionInfo) -> None:
        self._services = services
        self._tasks = tasks
        self._session = session

    def create(self, key: str, can_manage: bool) -> QWidget:
        services, tasks = self._services, self._tasks
        if key == "agencies":
            return AgenciesPage(AgencyAdminPresenter(services, tasks), can_manage)
        if key == "users":
            return UsersPage(UserAdminPresenter(services, tasks), can_manage)
        if key == "profiles":
            return ProfilesPage(ProfileAdminPresenter(services, tasks), can_manage)
        if key == "workstations":
            return WorkstationsPage(WorkstationAdminPresenter(services, tasks), can_manage)
        if key == "security_policy":
            return SecurityPolicyPage(SecurityPolicyPresenter(services, tasks), can_manage)
        if key == "audit":
            return AuditPage(AuditLogPresenter(services, tasks), can_manage)
        if key == "approvals":
            return ApprovalsPage(ApprovalPresenter(services, tasks, self._session), can_manage)
        raise KeyError(key)
