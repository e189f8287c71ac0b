"""Presenter logic without widgets and without a server."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from iwebs.v1 import administration_pb2
from iwebs_client.backend.client_types import BackendError
from iwebs_client.presenters import module_catalog
from iwebs_client.presenters.audit_log_presenter import make_filter
from iwebs_client.presenters.enrollment_presenter import EnrollmentForm, EnrollmentPresenter
from iwebs_client.presenters.error_messages import error_text, reason_text
from iwebs_client.presenters.login_presenter import LoginPresenter
from iwebs_client.presenters.presenter_base import CommandIntent
from iwebs_client.presenters.profile_admin_presenter import group_rights
from iwebs_client.presenters.security_policy_presenter import SecurityPolicyPresenter
from iwebs_client.presenters.user_admin_presenter import UserAdminPresenter, UserForm
from iwebs_client.tasks import TaskRunner

ADMIN_RIGHTS = [
    "admin.agencies.read",
    "admin.agencies.manage",
    "admin.users.read",
    "admin.users.manage",
    "admin.audit.read",
    "approvals.read",
]


def test_menus_follow_rights() -> None:
    modules = module_catalog.visible_modules(ADMIN_RIGHTS)
    assert [m for m, _ in modules] == ["administration", "approvals"]
    assert [s.key for s in modules[0][1]] == ["agencies", "users", "audit"]
    assert module_catalog.can_manage(ADMIN_RIGHTS, "users")
    assert not module_catalog.can_manage(ADMIN_RIGHTS, "approvals")
    # the cash desk is the one module of a cashier (issue 4)
    cashier = module_catalog.visible_modules(["cash.collect"])
    assert [(m, [s.key for s in screens]) for m, screens in cashier] == [("cash", ["cash_desk"])]


def test_rights_are_grouped_by_module_in_menu_order() -> None:
    rights = [
        administration_pb2.Right(code="cash.collect", module="cash"),
        administration_pb2.Right(code="admin.users.read", module="administration"),
        administration_pb2.Right(code="admin.agencies.read", module="administration"),
        administration_pb2.Right(code="zzz.other", module="zzz"),
    ]
    groups = group_rights(rights)
    assert [m for m, _ in groups] == ["administration", "cash", "zzz"]
    assert [r.code for r in groups[0][1]] == ["admin.agencies.read", "admin.users.read"]


def test_enrollment_form_validation(qtbot) -> None:
    presenter = EnrollmentPresenter(SimpleNamespace(), TaskRunner())  # type: ignore[arg-type]
    problems = presenter.validate(EnrollmentForm("", 0, 50444, " ", ""))
    assert set(problems) == {"server_host", "main_port", "enrollment_code", "ca_file"}
    assert not presenter.submit(EnrollmentForm("", 0, 50444, "", ""))
    assert presenter.validate(EnrollmentForm("srv", 50443, 50444, "ABC", "/ca.crt")) == {}


def test_password_change_validation(qtbot) -> None:
    presenter = LoginPresenter(SimpleNamespace(), TaskRunner())  # type: ignore[arg-type]
    assert set(presenter.validate_new_password("", "x", "y")) == {
        "current_password",
        "confirmation",
    }
    assert "new_password" in presenter.validate_new_password("same", "same", "same")
    assert presenter.validate_new_password("old", "New-Pass-2026", "New-Pass-2026") == {}


def test_user_form_validation(qtbot) -> None:
    services = SimpleNamespace(users=None)
    presenter = UserAdminPresenter(services, TaskRunner())  # type: ignore[arg-type]
    bad = UserForm("A B", "", "", (), False)
    assert set(presenter.validate(bad, creating=True)) == {
        "login",
        "display_name",
        "profile_id",
        "agency_ids",
    }
    good = UserForm("awa.diop", "Awa Diop", "p1", (), True)
    assert presenter.validate(good, creating=True) == {}


class _FlakyUsers:
    """Fails once as if the network dropped, then succeeds; records the request ids."""

    def __init__(self) -> None:
        self.request_ids: list[str] = []

    def reset_password(self, request_id: str, user_id: str) -> str:
        self.request_ids.append(request_id)
        if len(self.request_ids) == 1:
            raise BackendError(code="UNAVAILABLE", reason="UNAVAILABLE")
        return "Otp-123"


def test_a_retry_reuses_the_request_id(qtbot) -> None:
    users = _FlakyUsers()
    presenter = UserAdminPresenter(SimpleNamespace(users=users), TaskRunner())  # type: ignore[arg-type]
    user = administration_pb2.User(user_id="u1", login="awa")
    intent = CommandIntent()
    with qtbot.waitSignal(presenter.failed):
        presenter.reset_password(intent, user)
    with qtbot.waitSignal(presenter.password_reset) as reset:
        presenter.retry_last()
    assert reset.args[1] == "Otp-123"
    assert users.request_ids[0] == users.request_ids[1] == intent.request_id


def test_security_policy_change_needs_a_reason_and_a_change(qtbot) -> None:
    presenter = SecurityPolicyPresenter(
        SimpleNamespace(security_policy=None),  # type: ignore[arg-type]
        TaskRunner(),
    )
    presenter.policy = administration_pb2.SecurityPolicy(
        password_min_length=12,
        password_max_length=128,
        certificate_lifetime_days=90,
        certificate_renewal_days=30,
        version=3,
    )
    same = {"password_min_length": 12, "password_max_length": 128}
    assert "reason" in presenter.validate(same, "because")
    changed = {"password_min_length": 14, "password_max_length": 128}
    assert presenter.validate(changed, "") == {
        "reason": presenter.tr("Explain why the policy changes.")
    }
    assert presenter.validate(changed, "audit finding") == {}
    assert presenter.build_policy(changed).version == 3
    inverted = {"password_min_length": 20, "password_max_length": 16}
    assert "password_max_length" in presenter.validate(inverted, "x")


def test_audit_filter_covers_whole_days() -> None:
    audit_filter = make_filter(dt.date(2026, 1, 1), dt.date(2026, 1, 1), " awa ", "session.", 2)
    assert audit_filter.occurred_to - audit_filter.occurred_from == dt.timedelta(days=1)
    assert audit_filter.user_login == "awa"
    assert audit_filter.outcome == 2


def test_error_texts_are_french_by_default(french) -> None:
    assert reason_text("INVALID_CREDENTIALS") == "Identifiant ou mot de passe incorrect."
    internal = BackendError(code="INTERNAL", reason="INTERNAL", correlation_id="c-1")
    assert "c-1" in error_text(internal)
    assert reason_text("SOMETHING_NEW") == "L'opération a échoué."


def test_a_cashier_lands_on_her_till_and_others_on_their_first_screen() -> None:
    """CSH-8: a cashier starts at the cash desk after login, even though her profile also
    shows the customer search; a profile without the till starts at its first screen."""
    from iwebs_client.presenters import module_catalog

    assert module_catalog.home_screen({"customers.read", "cash.collect"}) == "cash_desk"
    assert module_catalog.home_screen({"customers.read", "cash.supervise"}) == "customer_search"
    assert module_catalog.home_screen(set()) == ""
