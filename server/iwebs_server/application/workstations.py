"""Registered workstations: declaration, enrollment codes, certificates, revocation, and
the per-call workstation check (ADM-7, SEC-13)."""

from __future__ import annotations

from datetime import datetime, timedelta

from iwebs_server.application.audit_trail import FAILURE, AuditTrail, change_details, details
from iwebs_server.application.clock import Clock, new_id
from iwebs_server.application.idempotency import Idempotency
from iwebs_server.application.paging import decode_token, next_token, page_size
from iwebs_server.application.ports import WorkstationCertificateSigner
from iwebs_server.application.validation import Checks, identifier
from iwebs_server.application.views import (
    EnrolledWorkstation,
    EnrollmentCodeView,
    Page,
    WorkstationView,
)
from iwebs_server.domain import rights
from iwebs_server.domain.errors import (
    AuthenticationFailed,
    InvalidInput,
    NotFound,
    PreconditionFailed,
)
from iwebs_server.domain.principal import Principal, WorkstationIdentity
from iwebs_server.persistence.tables.administration import WorkstationRow
from iwebs_server.persistence.unit_of_work import UnitOfWork, UowFactory
from iwebs_server.security.tokens import digest, new_enrollment_code, split_enrollment_code

KINDS = ("agency_counter", "bank_counter", "back_office")
PENDING, ACTIVE, REVOKED = "pending", "active", "revoked"
MAX_ENROLLMENT_ATTEMPTS = 5


def to_view(row: WorkstationRow) -> WorkstationView:
    return WorkstationView(
        workstation_id=row.id,
        name=row.name,
        agency_id=row.agency_id,
        kind=row.kind,
        may_collect_cash=row.may_collect_cash,
        status=row.status,
        enrollment_code_expires_at=row.enrollment_code_expires_at
        if row.enrollment_code_hash
        else None,
        certificate_expires_at=row.certificate_expires_at,
        enrolled_at=row.enrolled_at,
        revoked_at=row.revoked_at,
        revocation_reason=row.revocation_reason,
        version=row.version,
    )


class WorkstationService:
    def __init__(
        self,
        uow_factory: UowFactory,
        clock: Clock,
        audit: AuditTrail,
        idempotency: Idempotency,
        signer: WorkstationCertificateSigner,
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._audit = audit
        self._idempotency = idempotency
        self._signer = signer

    # -- administration ------------------------------------------------------------------
    def list_page(
        self, principal: Principal, size: int, token: str, agency_id: str = ""
    ) -> Page[WorkstationView]:
        principal.require(rights.ADMIN_WORKSTATIONS_READ)
        limit, offset = page_size(size), decode_token(token)
        with self._uow(read_only=True) as uow:
            rows = uow.workstations.list_page(principal.scope, offset, limit, agency_id=agency_id)
            return Page(tuple(to_view(r) for r in rows), next_token(offset, limit, len(rows)))

    def get(self, principal: Principal, workstation_id: str) -> WorkstationView:
        principal.require(rights.ADMIN_WORKSTATIONS_READ)
        with self._uow(read_only=True) as uow:
            return to_view(self._visible(uow, principal, workstation_id))

    def register(
        self,
        principal: Principal,
        request_id: str,
        name: str,
        agency_id: str,
        kind: str,
        may_collect_cash: bool,
    ) -> EnrollmentCodeView:
        principal.require(rights.ADMIN_WORKSTATIONS_MANAGE)
        checks = Checks()
        name = checks.text("name", name, max_length=100)
        checks.identifier("agency_id", agency_id)
        checks.choice("kind", kind, KINDS)
        checks.raise_if_any()
        payload = {"name": name, "agency_id": agency_id, "kind": kind, "cash": may_collect_cash}

        def perform(uow: UnitOfWork) -> tuple[str, EnrollmentCodeView]:
            if uow.agencies.get(agency_id, principal.scope) is None:
                raise InvalidInput.field("agency_id", "unknown agency")
            if uow.workstations.by_name(name) is not None:
                raise InvalidInput.field("name", "already used by another workstation")
            now = self._clock.now()
            row = WorkstationRow(
                id=new_id(),
                name=name,
                agency_id=agency_id,
                kind=kind,
                may_collect_cash=may_collect_cash,
                status=PENDING,
                created_at=now,
                enrollment_failed_attempts=0,
                revocation_reason="",
                version=1,
            )
            uow.workstations.add(row)
            code = self._new_code(uow, row, now)
            self._audit.record(
                uow,
                "workstation.register",
                principal=principal,
                agency_id=agency_id,
                object_type="workstation",
                object_id=row.id,
                request_id=request_id,
                details_json=details(name=name, kind=kind, may_collect_cash=may_collect_cash),
            )
            return row.id, code

        def replay(uow: UnitOfWork, ref: str) -> EnrollmentCodeView:
            # The first code is stored hashed only: a retry gets a fresh one (the old one dies).
            row = uow.workstations.get_for_update(ref)
            assert row is not None
            return self._new_code(uow, row, self._clock.now())

        return self._idempotency.execute(
            request_id, "workstation.register", payload, principal.user_id, perform, replay
        )

    def issue_enrollment_code(
        self, principal: Principal, request_id: str, workstation_id: str
    ) -> EnrollmentCodeView:
        principal.require(rights.ADMIN_WORKSTATIONS_MANAGE)
        with self._uow() as uow:
            row = self._visible(uow, principal, workstation_id, for_update=True)
            if row.status == REVOKED:
                raise PreconditionFailed(
                    "WORKSTATION_REVOKED", "a revoked workstation cannot be enrolled again"
                )
            code = self._new_code(uow, row, self._clock.now())
            self._audit.record(
                uow,
                "workstation.issue_enrollment_code",
                principal=principal,
                agency_id=row.agency_id,
                object_type="workstation",
                object_id=row.id,
                request_id=request_id,
            )
            return code

    def revoke(
        self, principal: Principal, request_id: str, workstation_id: str, reason: str
    ) -> WorkstationView:
        principal.require(rights.ADMIN_WORKSTATIONS_MANAGE)
        checks = Checks()
        reason = checks.text("reason", reason, max_length=500)
        checks.raise_if_any()
        now = self._clock.now()
        with self._uow() as uow:
            row = self._visible(uow, principal, workstation_id, for_update=True)
            if row.status != REVOKED:
                old = {"status": row.status}
                row.status, row.revoked_at, row.revocation_reason = REVOKED, now, reason
                row.enrollment_code_hash = row.enrollment_code_prefix = None
                row.version += 1
                uow.sessions.revoke_all_of_workstation(row.id, now, "workstation_revoked")
                self._audit.record(
                    uow,
                    "workstation.revoke",
                    principal=principal,
                    agency_id=row.agency_id,
                    object_type="workstation",
                    object_id=row.id,
                    request_id=request_id,
                    details_json=change_details(old, {"status": REVOKED, "reason": reason}),
                )
            return to_view(row)

    def _visible(
        self,
        uow: UnitOfWork,
        principal: Principal,
        workstation_id: str,
        *,
        for_update: bool = False,
    ) -> WorkstationRow:
        identifier("workstation_id", workstation_id)
        row = (
            uow.workstations.get_for_update(workstation_id)
            if for_update
            else uow.workstations.get(workstation_id)
        )
        if row is None or not principal.scope.allows(row.agency_id):
            raise NotFound("workstation", workstation_id)
        return row

    def _new_code(self, uow: UnitOfWork, row: WorkstationRow, now: datetime) -> EnrollmentCodeView:
        policy = uow.policy.current()
        code, prefix, secret = new_enrollment_code()
        row.enrollment_code_prefix = prefix
        row.enrollment_code_hash = digest(secret)
        row.enrollment_code_expires_at = now + timedelta(minutes=policy.enrollment_code_ttl_minutes)
        row.enrollment_failed_attempts = 0
        uow.session.flush()
        return EnrollmentCodeView(to_view(row), code, row.enrollment_code_expires_at)

    # -- enrollment and renewal (SEC-13) ---------------------------------------------------
    def enroll(self, enrollment_code: str, csr_pem: str, peer: str) -> EnrolledWorkstation:
        parts = split_enrollment_code(enrollment_code)
        now = self._clock.now()
        if parts is None:
            raise InvalidInput.field("enrollment_code", "not an enrollment code")
        prefix, secret = parts
        with self._uow() as uow:
            row = uow.workstations.by_enrollment_prefix(prefix)
            problem = self._code_problem(row, secret, now)
            if problem is not None:
                if row is not None:
                    row.enrollment_failed_attempts += 1
                    if row.enrollment_failed_attempts >= MAX_ENROLLMENT_ATTEMPTS:
                        row.enrollment_code_hash = row.enrollment_code_prefix = None
                self._audit.record(
                    uow,
                    "workstation.enroll",
                    outcome=FAILURE,
                    reason="ENROLLMENT_CODE_INVALID",
                    workstation_id=row.id if row else None,
                    agency_id=row.agency_id if row else None,
                    details_json=details(peer=peer, problem=problem),
                )
        if problem is not None:
            raise AuthenticationFailed(
                "ENROLLMENT_CODE_INVALID", "the enrollment code is not valid"
            )
        with self._uow() as uow:
            row = uow.workstations.by_enrollment_prefix(prefix)
            if row is None or self._code_problem(row, secret, now) is not None:
                raise AuthenticationFailed(
                    "ENROLLMENT_CODE_INVALID", "the enrollment code is not valid"
                )
            issued = self._sign(csr_pem, row.id, now, uow)
            row.status = ACTIVE
            row.enrolled_at = now
            row.certificate_serial = issued.serial
            row.certificate_expires_at = issued.not_after
            row.enrollment_code_hash = row.enrollment_code_prefix = None
            row.version += 1
            uow.sessions.revoke_all_of_workstation(row.id, now, "workstation_enrolled")
            self._audit.record(
                uow,
                "workstation.enroll",
                workstation_id=row.id,
                agency_id=row.agency_id,
                object_type="workstation",
                object_id=row.id,
                details_json=details(peer=peer, certificate_serial=issued.serial),
            )
            return EnrolledWorkstation(
                to_view(row), issued.pem, self._signer.certificate_pem, issued.not_after
            )

    def _code_problem(self, row: WorkstationRow | None, secret: str, now: datetime) -> str | None:
        if row is None or row.enrollment_code_hash is None:
            return "unknown"
        if row.status == REVOKED:
            return "revoked"
        if row.enrollment_code_expires_at is None or now >= row.enrollment_code_expires_at:
            return "expired"
        if digest(secret) != row.enrollment_code_hash:
            return "wrong"
        return None

    def renew(self, identity: WorkstationIdentity, csr_pem: str) -> EnrolledWorkstation:
        now = self._clock.now()
        with self._uow() as uow:
            row = uow.workstations.get_for_update(identity.workstation_id)
            if row is None or row.status != ACTIVE:
                raise AuthenticationFailed("WORKSTATION_REVOKED", "this workstation is not active")
            policy = uow.policy.current()
            expires = row.certificate_expires_at
            if expires is not None and expires - now > timedelta(
                days=policy.certificate_renewal_days
            ):
                raise PreconditionFailed(
                    "RENEWAL_TOO_EARLY",
                    "the certificate is renewed in its last days only",
                    metadata={"renewal_days": str(policy.certificate_renewal_days)},
                )
            issued = self._sign(csr_pem, row.id, now, uow)
            row.certificate_serial, row.certificate_expires_at = issued.serial, issued.not_after
            row.version += 1
            self._audit.record(
                uow,
                "workstation.renew_certificate",
                workstation_id=row.id,
                agency_id=row.agency_id,
                object_type="workstation",
                object_id=row.id,
                details_json=details(serial=issued.serial),
            )
            return EnrolledWorkstation(
                to_view(row), issued.pem, self._signer.certificate_pem, issued.not_after
            )

    def _sign(self, csr_pem: str, workstation_id: str, now: datetime, uow: UnitOfWork):  # type: ignore[no-untyped-def]
        lifetime = timedelta(days=uow.policy.current().certificate_lifetime_days)
        try:
            return self._signer.sign_workstation_csr(csr_pem, workstation_id, now, lifetime)
        except ValueError as error:
            raise InvalidInput.field("csr_pem", str(error)) from error
