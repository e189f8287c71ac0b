"""Views of the administration area to and from iwebs.v1 messages."""

from __future__ import annotations

from iwebs.v1 import administration_pb2 as pb
from iwebs.v1 import session_pb2
from iwebs_server.application.views import (
    AgencyView,
    ApprovalView,
    AuditEventView,
    ProfileView,
    SessionView,
    UserView,
    WorkstationView,
)
from iwebs_server.domain.errors import InvalidInput
from iwebs_server.domain.rights import Right
from iwebs_server.domain.security_policy import SecurityPolicy
from iwebs_server.rpc.converters.common import timestamp

WORKSTATION_KINDS: dict[int, str] = {
    pb.WORKSTATION_KIND_AGENCY_COUNTER: "agency_counter",
    pb.WORKSTATION_KIND_BANK_COUNTER: "bank_counter",
    pb.WORKSTATION_KIND_BACK_OFFICE: "back_office",
}
_KIND_TO_PB: dict[str, int] = {
    "agency_counter": pb.WORKSTATION_KIND_AGENCY_COUNTER,
    "bank_counter": pb.WORKSTATION_KIND_BANK_COUNTER,
    "back_office": pb.WORKSTATION_KIND_BACK_OFFICE,
}
_WORKSTATION_STATUS = {
    "pending": pb.WORKSTATION_STATUS_PENDING,
    "active": pb.WORKSTATION_STATUS_ACTIVE,
    "revoked": pb.WORKSTATION_STATUS_REVOKED,
}
_OUTCOMES = {
    "success": pb.AUDIT_OUTCOME_SUCCESS,
    "failure": pb.AUDIT_OUTCOME_FAILURE,
    "denied": pb.AUDIT_OUTCOME_DENIED,
}
OUTCOME_NAMES: dict[int, str] = {v: k for k, v in _OUTCOMES.items()}
_APPROVAL_STATUS = {
    "pending": pb.APPROVAL_STATUS_PENDING,
    "approved": pb.APPROVAL_STATUS_APPROVED,
    "rejected": pb.APPROVAL_STATUS_REJECTED,
}
APPROVAL_STATUS_NAMES: dict[int, str] = {v: k for k, v in _APPROVAL_STATUS.items()}


def workstation_kind(value: int) -> str:
    if value not in WORKSTATION_KINDS:
        raise InvalidInput.field("kind", "choose agency counter, bank counter or back office")
    return WORKSTATION_KINDS[value]


def audit_outcome(value: int) -> str:
    """An optional outcome filter: unspecified means any; an unknown value is refused."""
    if value == pb.AUDIT_OUTCOME_UNSPECIFIED:
        return ""
    if value not in OUTCOME_NAMES:
        raise InvalidInput.field("outcome", "is not one of the allowed values")
    return OUTCOME_NAMES[value]


def approval_status(value: int) -> str:
    """An optional status filter: unspecified means any; an unknown value is refused."""
    if value == pb.APPROVAL_STATUS_UNSPECIFIED:
        return ""
    if value not in APPROVAL_STATUS_NAMES:
        raise InvalidInput.field("status", "is not one of the allowed values")
    return APPROVAL_STATUS_NAMES[value]


def agency(view: AgencyView) -> pb.Agency:
    return pb.Agency(
        agency_id=view.agency_id,
        code=view.code,
        name=view.name,
        region=view.region,
        active=view.active,
        version=view.version,
    )


def user(view: UserView) -> pb.User:
    return pb.User(
        user_id=view.user_id,
        login=view.login,
        display_name=view.display_name,
        profile_id=view.profile_id,
        profile_code=view.profile_code,
        agency_ids=view.agency_ids,
        all_agencies=view.all_agencies,
        status=pb.USER_STATUS_ACTIVE if view.active else pb.USER_STATUS_DISABLED,
        locked=view.locked,
        locked_until=timestamp(view.locked_until),
        locked_by_administrator=view.locked_by_administrator,
        must_change_password=view.must_change_password,
        last_login_at=timestamp(view.last_login_at),
        preferred_language=view.preferred_language,
        version=view.version,
    )


def right(value: Right) -> pb.Right:
    return pb.Right(code=value.code, module=value.module, description=value.description)


def profile(view: ProfileView) -> pb.Profile:
    return pb.Profile(
        profile_id=view.profile_id,
        code=view.code,
        name=view.name,
        description=view.description,
        rights=view.rights,
        version=view.version,
    )


def workstation(view: WorkstationView) -> pb.Workstation:
    return pb.Workstation(
        workstation_id=view.workstation_id,
        name=view.name,
        agency_id=view.agency_id,
        kind=_KIND_TO_PB[view.kind],  # type: ignore[arg-type]
        may_collect_cash=view.may_collect_cash,
        status=_WORKSTATION_STATUS[view.status],
        enrollment_code_expires_at=timestamp(view.enrollment_code_expires_at),
        certificate_expires_at=timestamp(view.certificate_expires_at),
        enrolled_at=timestamp(view.enrolled_at),
        revoked_at=timestamp(view.revoked_at),
        revocation_reason=view.revocation_reason,
        version=view.version,
    )


def policy(value: SecurityPolicy) -> pb.SecurityPolicy:
    return pb.SecurityPolicy(**value.as_dict(), version=value.version)


def policy_from(message: pb.SecurityPolicy) -> SecurityPolicy:
    names = SecurityPolicy().as_dict()
    return SecurityPolicy(**{k: getattr(message, k) for k in names}, version=message.version)


def audit_event(view: AuditEventView) -> pb.AuditEvent:
    return pb.AuditEvent(
        sequence=view.sequence,
        occurred_at=timestamp(view.occurred_at),
        action=view.action,
        outcome=_OUTCOMES.get(view.outcome, pb.AUDIT_OUTCOME_UNSPECIFIED),
        user_id=view.user_id or "",
        user_login=view.user_login or "",
        workstation_id=view.workstation_id or "",
        agency_id=view.agency_id or "",
        object_type=view.object_type or "",
        object_id=view.object_id or "",
        reason=view.reason or "",
        request_id=view.request_id or "",
        correlation_id=view.correlation_id or "",
        duration_ms=view.duration_ms or 0,
        details_json=view.details_json or "",
    )


def approval(view: ApprovalView) -> pb.ApprovalRequest:
    return pb.ApprovalRequest(
        approval_request_id=view.approval_request_id,
        kind=view.kind,
        agency_id=view.agency_id or "",
        object_type=view.object_type,
        object_id=view.object_id,
        summary=view.summary,
        payload_json=view.payload_json,
        reason=view.reason,
        status=_APPROVAL_STATUS[view.status],
        requested_by_user_id=view.requested_by_user_id,
        requested_by_login=view.requested_by_login,
        requested_at=timestamp(view.requested_at),
        decided_by_user_id=view.decided_by_user_id or "",
        decided_by_login=view.decided_by_login or "",
        decided_at=timestamp(view.decided_at),
        decision_comment=view.decision_comment,
    )


def session(view: SessionView) -> session_pb2.SessionInfo:
    return session_pb2.SessionInfo(
        user_id=view.user_id,
        login=view.login,
        display_name=view.display_name,
        profile_code=view.profile_code,
        profile_name=view.profile_name,
        rights=view.rights,
        agency_ids=view.agency_ids,
        all_agencies=view.all_agencies,
        workstation_id=view.workstation_id,
        workstation_name=view.workstation_name,
        workstation_agency_id=view.workstation_agency_id,
        workstation_agency_name=view.workstation_agency_name,
        must_change_password=view.must_change_password,
        expires_at=timestamp(view.expires_at),
        idle_timeout_seconds=view.idle_timeout_seconds,
        preferred_language=view.preferred_language,
    )
