"""`iwebs-server`: init, migrate, serve."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path

from iwebs_server.application.reference_seed import seed_reference_data
from iwebs_server.application.tariff_seed import seed_standard_tariffs
from iwebs_server.composition import Application, build_application, start_server
from iwebs_server.logging_setup import configure_logging
from iwebs_server.persistence import migrator
from iwebs_server.rpc.server import PortUnavailable
from iwebs_server.security.certificate_authority import CertificateAuthority
from iwebs_server.settings import Settings, load_settings

log = logging.getLogger("iwebs.server")


def initialize(
    settings: Settings,
    *,
    admin_login: str = "admin",
    admin_name: str = "Administrateur",
    head_office_code: str = "SIEGE",
    head_office_name: str = "Siège",
) -> tuple[Application, str | None]:
    """Creates what is missing: data dir, schema, CA and server certificate, first admin.

    Returns the application and the first administrator's one-time password (None when
    the database was already initialized)."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    pki = settings.pki
    now = datetime.now(UTC)
    if not pki.ca_key.exists():
        CertificateAuthority.create(pki, settings.organisation, now)
    if not pki.server_cert.exists():
        CertificateAuthority.load(pki).issue_server_certificate(
            pki, list(settings.server_host_names), now
        )
    app = build_application(settings)
    migrator.upgrade(app.engine)
    if app.services.bootstrap.is_done():
        return app, None
    admin = app.services.bootstrap.initialize(
        head_office_code=head_office_code,
        head_office_name=head_office_name,
        admin_login=admin_login,
        admin_name=admin_name,
    )
    with app.uow_factory() as uow:
        # PAR-2: a fresh install starts with the standard reference lists (docs/architecture.md)
        seed_reference_data(uow, app.clock)
        seed_standard_tariffs(uow, app.clock)  # FAC-10: the standard grids (docs/tariffs.md)
    return app, admin.one_time_password


def serve(app: Application, stop: threading.Event | None = None) -> None:
    try:
        running = start_server(app)
    except PortUnavailable as error:
        app.close()
        raise SystemExit(f"iwebs-server: {error}") from None
    print(
        f"IWEBS_SERVER_READY port={running.port} enrollment_port={running.enrollment_port}",
        flush=True,
    )
    log.info("serving", extra={"port": running.port, "enrollment_port": running.enrollment_port})
    stop = stop or threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    stop.wait()
    running.stop()
    app.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="iwebs-server", description="iWEBS application server")
    parser.add_argument(
        "--config", type=Path, help="TOML settings file (IWEBS_* variables override it)"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    init = commands.add_parser(
        "init", help="create the database, the internal CA and the first administrator"
    )
    init.add_argument("--admin-login", default="admin")
    init.add_argument("--admin-name", default="Administrateur")
    init.add_argument("--head-office-code", default="SIEGE")
    init.add_argument("--head-office-name", default="Siège")
    migrate = commands.add_parser("migrate", help="bring the schema to the latest version")
    migrate.add_argument(
        "--check", action="store_true", help="fail if the models differ from the migrations"
    )
    commands.add_parser("serve", help="run the server")
    args = parser.parse_args(argv)
    settings = load_settings(args.config)
    configure_logging(settings.log_level, settings.log_json)
    if args.command == "init":
        app, password = initialize(
            settings,
            admin_login=args.admin_login,
            admin_name=args.admin_name,
            head_office_code=args.head_office_code,
            head_office_name=args.head_office_name,
        )
        app.close()
        print(f"Data directory: {settings.data_dir}")
        print(f"CA certificate (ship it with the client installer): {settings.pki.ca_cert}")
        if password is None:
            print("The database was already initialized.")
        else:
            print(f"First administrator: {args.admin_login}")
            print(f"One-time password (change it at first login): {password}")
        return 0
    app = build_application(settings)
    if args.command == "migrate":
        if args.check:
            migrator.check(app.engine)
            print("The schema matches the models.")
        else:
            migrator.upgrade(app.engine)
            print("The schema is up to date.")
        app.close()
        return 0
    if not migrator.is_initialized(app.engine):
        print("The database is not initialized: run `iwebs-server init` first.", file=sys.stderr)
        return 2
    serve(app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
