"""The security policy: read it, and change it through a four-eyes approval (ADM-1, ADM-5)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from iwebs_server.application.approvals import ApprovalKind, ApprovalService
from iwebs_server.application.audit_trail import AuditTrail, details
from iwebs_server.application.clock import Clock
from iwebs_server.application.validation import Checks
from iwebs_server.application.views import ApprovalView
from iwebs_server.domain import rights
from iwebs_server.domain.errors import Forbidden, InvalidInput, VersionConflict
from iwebs_server.domain.principal import Principal
from iwebs_server.domain.security_policy import SecurityPolicy
from iwebs_server.persistence.tables.audit import ApprovalRequestRow
from iwebs_server.persistence.unit_of_work import UnitOfWork, UowFactory

CHANGE_KIND = "security_policy.change"


class SecurityPolicyService:
    def __init__(
        self, uow_factory: UowFactory, clock: Clock, audit: AuditTrail, approvals: ApprovalService
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._audit = audit
        self._approvals = approvals
        approvals.register_kind(
            ApprovalKind(CHANGE_KIND, rights.ADMIN_SECURITY_POLICY_MANAGE, self._apply)
        )

    def get(self, principal: Principal) -> SecurityPolicy:
        principal.require(rights.ADMIN_SECURITY_POLICY_READ)
        with self._uow(read_only=True) as uow:
            return uow.policy.current()

    def request_change(
        self, principal: Principal, request_id: str, proposed: SecurityPolicy, reason: str
    ) -> ApprovalView:
        principal.require(rights.ADMIN_SECURITY_POLICY_MANAGE)
        if not principal.scope.all_agencies:
            raise Forbidden(
                "AGENCY_OUT_OF_SCOPE", "the policy is changed by users with every agency in scope"
            )
        checks = Checks()
        reason = checks.text("reason", reason, max_length=500)
        checks.raise_if_any()
        proposed.validate()
        with self._uow() as uow:
            current = uow.policy.current()
            if proposed.version != current.version:
                raise VersionConflict("security_policy")
            changes = proposed.changes_from(current)
            if not changes:
                raise InvalidInput.field("policy", "nothing changes")
            summary = ", ".join(f"{k}: {old} -> {new}" for k, (old, new) in sorted(changes.items()))
            return self._approvals.submit(
                uow,
                principal,
                kind=CHANGE_KIND,
                agency_id=None,
                object_type="security_policy",
                object_id="security_policy",
                summary=summary[:500],
                payload={"base_version": current.version, "parameters": proposed.as_dict()},
                reason=reason,
                request_id=request_id,
            )

    def _apply(
        self,
        uow: UnitOfWork,
        approver: Principal,
        request: ApprovalRequestRow,
        payload: Mapping[str, Any],
    ) -> None:
        current = uow.policy.current()
        if current.version != int(payload["base_version"]):
            raise VersionConflict("security_policy")
        proposed = replace(SecurityPolicy(**payload["parameters"]), version=current.version)
        proposed.validate()
        saved = uow.policy.save(proposed, self._clock.now())
        self._audit.record(
            uow,
            "security_policy.change",
            principal=approver,
            object_type="security_policy",
            object_id="security_policy",
            request_id=request.id,
            details_json=details(
                changes=proposed.changes_from(current),
                new_version=saved.version,
                requested_by=request.requested_by,
            ),
        )
