"""Four-eyes approvals (ADM-5, SEC-08): one mechanism for every sensitive operation.

An area registers an `ApprovalKind` (its code, the right its approver needs, and what to
do once approved). Approving runs that action in the same transaction as the decision."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from iwebs_server.application.audit_trail import AuditTrail, details
from iwebs_server.application.clock import Clock, new_id
from iwebs_server.application.idempotency import Idempotency
from iwebs_server.application.paging import decode_token, next_token, page_size
from iwebs_server.application.validation import Checks, identifier
from iwebs_server.application.views import ApprovalView, Page
from iwebs_server.domain import rights
from iwebs_server.domain.errors import Forbidden, NotFound, PreconditionFailed
from iwebs_server.domain.principal import Principal
from iwebs_server.persistence.tables.audit import ApprovalRequestRow
from iwebs_server.persistence.unit_of_work import UnitOfWork, UowFactory

PENDING, APPROVED, REJECTED = "pending", "approved", "rejected"
STATUSES = (PENDING, APPROVED, REJECTED)


@dataclass(frozen=True)
class ApprovalKind:
    code: str
    decider_right: str
    # Carries out the approved operation: (transaction, approver, request row, payload).
    execute: Callable[[UnitOfWork, Principal, ApprovalRequestRow, Mapping[str, Any]], None]
    # Optional: what a rejection changes besides the request (same arguments, same transaction).
    on_reject: (
        Callable[[UnitOfWork, Principal, ApprovalRequestRow, Mapping[str, Any]], None] | None
    ) = None


class ApprovalService:
    def __init__(
        self, uow_factory: UowFactory, clock: Clock, audit: AuditTrail, idempotency: Idempotency
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._audit = audit
        self._idempotency = idempotency
        self._kinds: dict[str, ApprovalKind] = {}

    def register_kind(self, kind: ApprovalKind) -> None:
        self._kinds[kind.code] = kind

    def submit(
        self,
        uow: UnitOfWork,
        principal: Principal,
        *,
        kind: str,
        agency_id: str | None,
        object_type: str,
        object_id: str,
        summary: str,
        payload: Mapping[str, Any],
        reason: str,
        request_id: str,
    ) -> ApprovalView:
        """Creates a pending request inside the caller's transaction."""
        if kind not in self._kinds:
            raise ValueError(f"unregistered approval kind {kind}")
        if uow.approvals.pending_for(kind, object_id) is not None:
            raise PreconditionFailed(
                "APPROVAL_REQUIRED", "a request for this is already waiting for approval"
            )
        row = ApprovalRequestRow(
            id=new_id(),
            kind=kind,
            agency_id=agency_id,
            object_type=object_type,
            object_id=object_id,
            summary=summary,
            payload_json=json.dumps(dict(payload), sort_keys=True),
            reason=reason,
            status=PENDING,
            requested_by=principal.user_id,
            requested_at=self._clock.now(),
            decision_comment="",
        )
        uow.approvals.add(row)
        self._audit.record(
            uow,
            "approval.request",
            principal=principal,
            agency_id=agency_id,
            object_type="approval_request",
            object_id=row.id,
            request_id=request_id,
            details_json=details(kind=kind, object_id=object_id, summary=summary),
        )
        return self._view(uow, row)

    def list_page(
        self, principal: Principal, size: int, token: str, status: str = ""
    ) -> Page[ApprovalView]:
        principal.require(rights.APPROVALS_READ)
        if status:
            checks = Checks()
            checks.choice("status", status, STATUSES)
            checks.raise_if_any()
        limit, offset = page_size(size), decode_token(token)
        with self._uow(read_only=True) as uow:
            rows = uow.approvals.list_page(principal.scope, offset, limit, status=status)
            return Page(
                tuple(self._view(uow, r) for r in rows), next_token(offset, limit, len(rows))
            )

    def get(self, principal: Principal, approval_id: str) -> ApprovalView:
        principal.require(rights.APPROVALS_READ)
        with self._uow(read_only=True) as uow:
            row = uow.approvals.get(identifier("approval_request_id", approval_id), principal.scope)
            if row is None:
                raise NotFound("approval_request", approval_id)
            return self._view(uow, row)

    def approve(
        self, principal: Principal, request_id: str, approval_id: str, comment: str
    ) -> ApprovalView:
        return self._decide(principal, request_id, approval_id, comment, APPROVED)

    def reject(
        self, principal: Principal, request_id: str, approval_id: str, comment: str
    ) -> ApprovalView:
        return self._decide(principal, request_id, approval_id, comment, REJECTED)

    def _decide(
        self, principal: Principal, request_id: str, approval_id: str, comment: str, decision: str
    ) -> ApprovalView:
        principal.require(rights.APPROVALS_DECIDE)
        checks = Checks()
        checks.identifier("approval_request_id", approval_id)
        comment = checks.text("comment", comment, required=False, max_length=500)
        checks.raise_if_any()
        payload = {"approval_request_id": approval_id, "decision": decision, "comment": comment}

        def perform(uow: UnitOfWork) -> tuple[str, ApprovalView]:
            row = uow.approvals.get_for_update(approval_id, principal.scope)
            if row is None:
                raise NotFound("approval_request", approval_id)
            kind = self._kinds[row.kind]
            principal.require(kind.decider_right)
            if row.requested_by == principal.user_id:
                raise Forbidden(
                    "APPROVAL_SELF_DECISION", "another person must decide on your own request"
                )
            if row.status != PENDING:
                raise PreconditionFailed(
                    "APPROVAL_ALREADY_DECIDED", "this request was already decided"
                )
            if decision == APPROVED:
                kind.execute(uow, principal, row, json.loads(row.payload_json))
            elif kind.on_reject is not None:
                kind.on_reject(uow, principal, row, json.loads(row.payload_json))
            row.status, row.decided_by = decision, principal.user_id
            row.decided_at, row.decision_comment = self._clock.now(), comment
            self._audit.record(
                uow,
                f"approval.{decision}",
                principal=principal,
                agency_id=row.agency_id,
                object_type="approval_request",
                object_id=row.id,
                request_id=request_id,
                details_json=details(kind=row.kind, object_id=row.object_id, comment=comment),
            )
            return row.id, self._view(uow, row)

        def replay(uow: UnitOfWork, ref: str) -> ApprovalView:
            row = uow.approvals.get(ref, principal.scope)
            assert row is not None
            return self._view(uow, row)

        return self._idempotency.execute(
            request_id, "approval.decide", payload, principal.user_id, perform, replay
        )

    def _view(self, uow: UnitOfWork, row: ApprovalRequestRow) -> ApprovalView:
        requester = uow.users.get(row.requested_by)
        decider = uow.users.get(row.decided_by) if row.decided_by else None
        return ApprovalView(
            approval_request_id=row.id,
            kind=row.kind,
            agency_id=row.agency_id,
            object_type=row.object_type,
            object_id=row.object_id,
            summary=row.summary,
            payload_json=row.payload_json,
            reason=row.reason,
            status=row.status,
            requested_by_user_id=row.requested_by,
            requested_by_login=requester.login if requester else "",
            requested_at=row.requested_at,
            decided_by_user_id=row.decided_by,
            decided_by_login=decider.login if decider else None,
            decided_at=row.decided_at,
            decision_comment=row.decision_comment,
        )
