"""The demo utility: two agencies, one user per standard profile, this machine's workstation.

Demo users get known passwords (printed by `iwebs demo`), except `nouveau`, who must
change a one-time password at first login, to show that path."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from iwebs_server.application.audit_trail import AuditTrail, details
from iwebs_server.application.clock import Clock, new_id
from iwebs_server.application.demo_cash import DemoCash
from iwebs_server.application.demo_customers import DemoCustomers
from iwebs_server.application.ports import PasswordHasher
from iwebs_server.application.reference_seed import seed_reference_data
from iwebs_server.application.tariff_seed import seed_standard_tariffs
from iwebs_server.application.user_accounts import new_user_row
from iwebs_server.domain import passwords
from iwebs_server.persistence.tables.administration import AgencyRow
from iwebs_server.persistence.unit_of_work import UowFactory

DEMO_AGENCIES = (("DKR-PLATEAU", "Dakar Plateau", "Dakar"), ("THS-CENTRE", "Thiès Centre", "Thiès"))


@dataclass(frozen=True)
class DemoUser:
    login: str
    display_name: str
    profile_code: str
    agency_codes: tuple[str, ...]
    all_agencies: bool
    password: str
    one_time: bool = False


DEMO_USERS = (
    DemoUser("admin", "Awa Diop (administratrice)", "administrator", (), True, "Baobab-Admin-2026"),
    DemoUser(
        "admin2", "Cheikh Ndiaye (administrateur)", "administrator", (), True, "Baobab-Second-2026"
    ),
    DemoUser(
        "caissier",
        "Fatou Sall (caissière)",
        "cashier",
        ("DKR-PLATEAU",),
        False,
        "Baobab-Caisse-2026",
    ),
    DemoUser(
        "caissier2",
        "Ousmane Diallo (caissier)",
        "cashier",
        ("DKR-PLATEAU",),
        False,
        "Baobab-Caisse2-2026",
    ),
    DemoUser(
        "accueil",
        "Moussa Faye (accueil)",
        "front_desk",
        ("DKR-PLATEAU",),
        False,
        "Baobab-Accueil-2026",
    ),
    DemoUser(
        "superviseur",
        "Aminata Ba (superviseure)",
        "supervisor",
        ("DKR-PLATEAU", "THS-CENTRE"),
        False,
        "Baobab-Superv-2026",
    ),
    DemoUser(
        "facturation", "Ibrahima Gueye (facturation)", "billing", (), True, "Baobab-Factu-2026"
    ),
    DemoUser(
        "chef_facturation",
        "Mariama Sow (chef de facturation)",
        "billing_manager",
        (),
        True,
        "Baobab-ChefFactu-2026",
    ),
    DemoUser(
        "nouveau",
        "Khady Sarr (nouvelle caissière)",
        "cashier",
        ("THS-CENTRE",),
        False,
        "",
        one_time=True,
    ),
)


@dataclass(frozen=True)
class SeededUser:
    login: str
    display_name: str
    profile_code: str
    password: str
    one_time: bool


class DemoSeeder:
    def __init__(
        self, uow_factory: UowFactory, clock: Clock, hasher: PasswordHasher, audit: AuditTrail
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._hasher = hasher
        self._audit = audit

    def seed(self) -> list[SeededUser]:
        now = self._clock.now()
        seeded: list[SeededUser] = []
        with self._uow() as uow:
            agency_ids: dict[str, str] = {}
            for code, name, region in DEMO_AGENCIES:
                row = uow.agencies.by_code(code)
                if row is None:
                    row = AgencyRow(
                        id=new_id(),
                        code=code,
                        name=name,
                        region=region,
                        active=True,
                        version=1,
                        created_at=now,
                    )
                    uow.agencies.add(row)
                agency_ids[code] = row.id
            seed_reference_data(uow, self._clock)  # PAR-2 standard lists
            policy = uow.policy.current()
            for demo in DEMO_USERS:
                profile = uow.profiles.by_code(demo.profile_code)
                assert profile is not None, demo.profile_code
                password = demo.password or passwords.generate_one_time_password()
                existing = uow.users.by_login(demo.login)
                if existing is not None:
                    continue
                user = new_user_row(
                    login=demo.login,
                    display_name=demo.display_name,
                    profile_id=profile.id,
                    all_agencies=demo.all_agencies,
                    password_hash=self._hasher.hash(password),
                    now=now,
                    one_time_password_expires_at=(
                        now + timedelta(hours=policy.initial_password_ttl_hours)
                        if demo.one_time
                        else None
                    ),
                )
                uow.users.add(user, [agency_ids[c] for c in demo.agency_codes])
                seeded.append(
                    SeededUser(
                        demo.login, demo.display_name, demo.profile_code, password, demo.one_time
                    )
                )
            uow.session.flush()
            seed_standard_tariffs(uow, self._clock)  # FAC-10: SENELEC and Sen'Eau grids
            self._audit.record(
                uow, "system.demo_seed", details_json=details(users=[u.login for u in seeded])
            )
        # a few customers for the 360-degree screen (issue 3)
        DemoCustomers(self._uow, self._clock, self._audit).seed(agency_ids)
        # yesterday's closed day and today's open till at Dakar Plateau (issue 4)
        DemoCash(self._uow, self._clock, self._audit).seed(agency_ids["DKR-PLATEAU"])
        return seeded

    def agency_id(self, code: str) -> str:
        with self._uow(read_only=True) as uow:
            row = uow.agencies.by_code(code)
            assert row is not None
            return row.id
