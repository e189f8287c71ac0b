"""The security policy: read it; a change is a request that a second administrator approves."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from iwebs_client.presenters.presenter_base import CommandIntent, PresenterBase
from iwebs_client.presenters.service_ports import ApprovalRequest, ClientServices, SecurityPolicy
from iwebs_client.tasks import TaskRunner

#: (field, minimum, maximum) of every editable number, in display order
POLICY_FIELDS: tuple[tuple[str, int, int], ...] = (
    ("password_min_length", 8, 128),
    ("password_max_length", 8, 1024),
    ("password_history_count", 0, 50),
    ("password_max_age_days", 0, 3650),
    ("max_failed_logins", 1, 100),
    ("lockout_minutes", 1, 10_080),
    ("workstation_max_failed_logins_per_hour", 1, 10_000),
    ("session_idle_timeout_minutes", 1, 1440),
    ("session_absolute_timeout_hours", 1, 168),
    ("initial_password_ttl_hours", 1, 720),
    ("enrollment_code_ttl_minutes", 5, 10_080),
    ("certificate_lifetime_days", 1, 3650),
    ("certificate_renewal_days", 1, 365),
)


class SecurityPolicyPresenter(PresenterBase):
    loaded = Signal(object)  # SecurityPolicy
    change_requested = Signal(object)  # ApprovalRequest

    def __init__(
        self, services: ClientServices, tasks: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(tasks, parent)
        self._policies = services.security_policy
        self.policy: SecurityPolicy | None = None

    def reload(self) -> None:
        self._run(self._policies.get_policy, self._loaded)

    def _loaded(self, policy: SecurityPolicy) -> None:
        self.policy = policy
        self.loaded.emit(policy)

    def build_policy(self, values: dict[str, int]) -> SecurityPolicy:
        """The current policy with the edited values (its version is the one read)."""
        policy = SecurityPolicy()
        if self.policy is not None:
            policy.CopyFrom(self.policy)
        for name, value in values.items():
            setattr(policy, name, int(value))
        return policy

    def validate(self, values: dict[str, int], reason: str) -> dict[str, str]:
        problems: dict[str, str] = {}
        for name, low, high in POLICY_FIELDS:
            if name in values and not low <= values[name] <= high:
                problems[name] = (
                    self.tr("Between %1 and %2.").replace("%1", str(low)).replace("%2", str(high))
                )
        if values.get("password_min_length", 0) > values.get("password_max_length", 1 << 30):
            problems["password_max_length"] = self.tr("Must not be below the minimum length.")
        lifetime = values.get("certificate_lifetime_days", 1 << 30)
        if values.get("certificate_renewal_days", 0) >= lifetime:
            problems["certificate_renewal_days"] = self.tr(
                "Must be shorter than the certificate lifetime."
            )
        if self.policy is not None and self.build_policy(values) == self.policy:
            problems["reason"] = self.tr("Nothing was changed.")
        if not reason.strip():
            problems["reason"] = self.tr("Explain why the policy changes.")
        return problems

    def request_change(self, intent: CommandIntent, values: dict[str, int], reason: str) -> bool:
        if self.busy or self.policy is None or self.validate(values, reason):
            return False
        policies, request_id = self._policies, intent.request_id
        policy = self.build_policy(values)
        self._run(
            lambda: policies.request_change(request_id, policy, reason.strip()),
            lambda approval: self._requested(intent, approval),
        )
        return True

    def _requested(self, intent: CommandIntent, approval: ApprovalRequest) -> None:
        intent.renew()
        self.change_requested.emit(approval)
