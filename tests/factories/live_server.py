"""The real iWEBS server for tests: migrated database, internal CA, every interceptor,
listening on free ports of 127.0.0.1, with a small seeded utility."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from iwebs_server.application.clock import Clock, SystemClock, new_id
from iwebs_server.application.user_accounts import new_user_row
from iwebs_server.composition import Application, build_application, start_server
from iwebs_server.domain.principal import system_principal
from iwebs_server.persistence.tables.administration import AgencyRow
from iwebs_server.rpc.server import RunningServer
from iwebs_server.security.certificate_authority import CertificateAuthority
from iwebs_server.security.password_hasher import Argon2PasswordHasher
from iwebs_server.settings import Settings
from tests.factories.grpc_client import Client, Workstation, enroll

# Real Argon2id with small parameters, so that a test suite with many logins stays quick.
TEST_HASHER_MEMORY_KIB = 8192
ADMIN_LOGIN = "admin"
ADMIN_PASSWORD = "Test-Admin-Password-42"
AGENCIES = (("DKR", "Dakar Plateau"), ("THS", "Thiès Centre"))


def test_hasher() -> Argon2PasswordHasher:
    return Argon2PasswordHasher(memory_kib=TEST_HASHER_MEMORY_KIB, time_cost=1, max_waiting=16)


def make_settings(data_dir: Path, database_url: str, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "data_dir": data_dir,
        "database_url": database_url,
        "listen_host": "127.0.0.1",
        "port": 0,
        "enrollment_port": 0,
        "server_host_names": ("localhost",),
        "workers": 16,
        "log_json": False,
        "database_pool_size": 10,
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


def make_pki(settings: Settings) -> None:
    now = datetime.now(UTC)
    authority = CertificateAuthority.create(settings.pki, "iWEBS test utility", now)
    authority.issue_server_certificate(settings.pki, ["localhost"], now)


@dataclass
class LiveServer:
    app: Application
    running: RunningServer
    backend: str
    host: str = "127.0.0.1"
    admin_login: str = ADMIN_LOGIN
    admin_password: str = ADMIN_PASSWORD
    workstations: list[Workstation] = field(default_factory=list)

    @property
    def port(self) -> int:
        return self.running.port

    @property
    def enrollment_port(self) -> int:
        return self.running.enrollment_port

    @property
    def ca_cert_pem(self) -> str:
        return self.app.settings.pki.ca_cert.read_text()

    @property
    def services(self):  # type: ignore[no-untyped-def]
        return self.app.services

    def agency_id(self, code: str) -> str:
        principal = system_principal("tests")
        return self.services.agencies.get_by_code(principal, code).agency_id

    def issue_enrollment_code(
        self,
        agency_code: str = "DKR",
        name: str | None = None,
        kind: str = "agency_counter",
        may_collect_cash: bool = True,
    ) -> str:
        view = self.services.workstations.register(
            system_principal("tests"),
            str(uuid.uuid4()),
            name or f"WS-{uuid.uuid4().hex[:8]}",
            self.agency_id(agency_code),
            kind,
            may_collect_cash,
        )
        return view.code

    def enroll(self, agency_code: str = "DKR", **kwargs: object) -> Workstation:
        code = self.issue_enrollment_code(agency_code, **kwargs)  # type: ignore[arg-type]
        workstation = enroll(
            self.host, self.port, self.enrollment_port, self.ca_cert_pem.encode(), code
        )
        self.workstations.append(workstation)
        return workstation

    def create_user(
        self,
        login: str,
        profile_code: str,
        agency_codes: tuple[str, ...] | list[str] = ("DKR",),
        password: str | None = None,
        all_agencies: bool = False,
    ) -> str:
        """Creates a user; with `password` it is their usual one, else a one-time password."""
        hasher = self.app.hasher
        now = self.app.clock.now()
        with self.app.uow_factory() as uow:
            profile = uow.profiles.by_code(profile_code)
            assert profile is not None, profile_code
            secret = password or f"One-Time-{uuid.uuid4().hex[:10]}"
            user = new_user_row(
                login=login,
                display_name=login.title(),
                profile_id=profile.id,
                all_agencies=all_agencies,
                password_hash=hasher.hash(secret),
                now=now,
                one_time_password_expires_at=now + timedelta(hours=24)
                if password is None
                else None,
            )
            agency_ids = [uow.agencies.by_code(c).id for c in agency_codes]  # type: ignore[union-attr]
            uow.users.add(user, agency_ids)
        return secret

    def login(self, login: str, password: str, agency_code: str = "DKR") -> Client:
        return self.enroll(agency_code).login(login, password)

    def admin(self) -> Client:
        return self.login(self.admin_login, self.admin_password)

    def flush_audit(self) -> None:
        self.services.access_log.flush()

    def stop(self) -> None:
        for workstation in self.workstations:
            workstation.close()
        self.running.stop(grace=None)
        self.app.close()


def start_live_server(
    data_dir: Path, database_url: str, backend: str, clock: Clock | None = None
) -> LiveServer:
    settings = make_settings(data_dir, database_url)
    make_pki(settings)
    app = build_application(settings, clock=clock or SystemClock(), hasher=test_hasher())
    bootstrap = app.services.bootstrap
    admin = bootstrap.initialize(
        head_office_code=AGENCIES[0][0],
        head_office_name=AGENCIES[0][1],
        admin_login=ADMIN_LOGIN,
        admin_name="Test Administrator",
    )
    with app.uow_factory() as uow:
        for code, name in AGENCIES[1:]:
            uow.agencies.add(
                AgencyRow(
                    id=new_id(),
                    code=code,
                    name=name,
                    region="",
                    active=True,
                    version=1,
                    created_at=app.clock.now(),
                )
            )
        row = uow.users.by_login(admin.login)
        assert row is not None
        row.password_hash = app.hasher.hash(ADMIN_PASSWORD)
        row.password_is_one_time = False
        row.password_expires_at = None
    running = start_server(app)
    return LiveServer(app, running, backend)
