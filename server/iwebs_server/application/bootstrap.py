"""First start of a utility's database: profiles, head office, first administrator.

No default "admin/admin": the first administrator gets a random one-time password that
must be changed at first login (SEC-02)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from iwebs_server.application.audit_trail import AuditTrail, details
from iwebs_server.application.clock import Clock, new_id
from iwebs_server.application.ports import PasswordHasher
from iwebs_server.application.user_accounts import new_user_row
from iwebs_server.domain import passwords, rights
from iwebs_server.domain.security_policy import SecurityPolicy
from iwebs_server.persistence.tables.administration import AgencyRow, ProfileRow
from iwebs_server.persistence.unit_of_work import UnitOfWork, UowFactory


@dataclass(frozen=True)
class StandardProfile:
    code: str
    name: str
    rights: frozenset[str]


STANDARD_PROFILES: tuple[StandardProfile, ...] = (
    StandardProfile("administrator", "Administrateur", rights.ALL_CODES),
    StandardProfile(
        "supervisor",
        "Superviseur de caisse",
        frozenset(
            {
                rights.CASH_SUPERVISE,
                rights.CASH_APPROVE,
                rights.CASH_DEPOSIT,
                rights.APPROVALS_READ,
                rights.APPROVALS_DECIDE,
                rights.CUSTOMERS_READ,
                rights.PARAMETERS_READ,
                rights.ADMIN_AUDIT_READ,
                rights.ADMIN_WORKSTATIONS_READ,
                rights.ADMIN_USERS_READ,
                rights.ADMIN_AGENCIES_READ,
            }
        ),
    ),
    StandardProfile("cashier", "Caissier", frozenset({rights.CASH_COLLECT, rights.CUSTOMERS_READ})),
    StandardProfile(
        "front_desk", "Agent d'accueil", frozenset({rights.CUSTOMERS_READ, rights.CUSTOMERS_MANAGE})
    ),
    StandardProfile(
        "billing",
        "Agent de facturation",
        frozenset(
            {
                rights.BILLING_READ,
                rights.BILLING_RUN,
                rights.BILLING_READINGS,
                rights.BILLING_TARIFFS,
                rights.APPROVALS_READ,
                rights.CUSTOMERS_READ,
                rights.PARAMETERS_READ,
                rights.ADMIN_AGENCIES_READ,
            }
        ),
    ),
    StandardProfile(
        "billing_manager",
        "Chef de facturation",
        frozenset(
            {
                rights.BILLING_READ,
                rights.BILLING_RUN,
                rights.BILLING_READINGS,
                rights.BILLING_TARIFFS,
                rights.BILLING_APPROVE,
                rights.APPROVALS_READ,
                rights.APPROVALS_DECIDE,
                rights.CUSTOMERS_READ,
                rights.PARAMETERS_READ,
                rights.ADMIN_AGENCIES_READ,
            }
        ),
    ),
)


@dataclass(frozen=True)
class InitialAdministrator:
    login: str
    one_time_password: str
    agency_id: str


class Bootstrap:
    def __init__(
        self, uow_factory: UowFactory, clock: Clock, hasher: PasswordHasher, audit: AuditTrail
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._hasher = hasher
        self._audit = audit

    def is_done(self) -> bool:
        with self._uow(read_only=True) as uow:
            return uow.profiles.by_code("administrator") is not None

    def initialize(
        self, *, head_office_code: str, head_office_name: str, admin_login: str, admin_name: str
    ) -> InitialAdministrator:
        now = self._clock.now()
        one_time = passwords.generate_one_time_password()
        with self._uow() as uow:
            uow.policy.save(SecurityPolicy(), now)
            for standard in STANDARD_PROFILES:
                self.ensure_profile(uow, standard)
            agency = AgencyRow(
                id=new_id(),
                code=head_office_code,
                name=head_office_name,
                region="",
                active=True,
                version=1,
                created_at=now,
            )
            uow.agencies.add(agency)
            admin_profile = uow.profiles.by_code("administrator")
            assert admin_profile is not None
            policy = uow.policy.current()
            user = new_user_row(
                login=admin_login,
                display_name=admin_name,
                profile_id=admin_profile.id,
                all_agencies=True,
                password_hash=self._hasher.hash(one_time),
                now=now,
                one_time_password_expires_at=now
                + timedelta(hours=policy.initial_password_ttl_hours),
            )
            uow.users.add(user, [agency.id])
            self._audit.record(
                uow,
                "system.initialize",
                object_type="user",
                object_id=user.id,
                agency_id=agency.id,
                details_json=details(admin_login=admin_login),
            )
            return InitialAdministrator(admin_login, one_time, agency.id)

    def ensure_profile(self, uow: UnitOfWork, standard: StandardProfile) -> ProfileRow:
        row = uow.profiles.by_code(standard.code)
        if row is None:
            row = ProfileRow(
                id=new_id(),
                code=standard.code,
                name=standard.name,
                description="",
                version=1,
                created_at=self._clock.now(),
            )
            uow.profiles.add(row, standard.rights)
        return row
