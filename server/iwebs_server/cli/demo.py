"""`iwebs demo`: a fresh demo utility on the embedded SQLite database, its server, and the
client enrolled on this machine (`--no-client` on a headless machine)."""

from __future__ import annotations

import argparse
import getpass
import shutil
import socket
import subprocess
import sys
import threading
import uuid
from pathlib import Path

from iwebs_server.application.bill_run_demo import BillRunDemo
from iwebs_server.application.demo_readings import DemoReadings
from iwebs_server.application.demo_seed import DemoSeeder
from iwebs_server.cli.server_cli import initialize
from iwebs_server.composition import start_server
from iwebs_server.domain.principal import system_principal
from iwebs_server.rpc.server import PortUnavailable
from iwebs_server.settings import Settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", type=Path, default=Path(".iwebs-demo"))
    parser.add_argument("--port", type=int, default=50443)
    parser.add_argument("--enrollment-port", type=int, default=50444)
    parser.add_argument(
        "--no-client", action="store_true", help="run the server only (headless machine)"
    )
    parser.add_argument("--language", choices=("fr", "en"), default="fr")


def run(args: argparse.Namespace) -> int:
    data_dir: Path = args.data_dir.resolve()
    if data_dir.exists():
        shutil.rmtree(data_dir)
    settings = Settings(
        data_dir=data_dir / "server",
        listen_host="127.0.0.1",
        port=args.port,
        enrollment_port=args.enrollment_port,
        server_host_names=("localhost",),
        organisation="Société des Eaux et d'Électricité de Démo",
        development_mode=True,
        log_json=False,
        log_level="WARNING",
    )
    app, _admin_password = initialize(
        settings,
        admin_login="root.admin",
        admin_name="Administrateur initial",
        head_office_code="SIEGE",
        head_office_name="Siège (Dakar)",
    )
    services = app.services
    seeded = DemoSeeder(app.uow_factory, app.clock, app.hasher, services.audit).seed()
    # readings of the last months and of this one, a few in the worklist (FAC-3, FAC-4)
    DemoReadings(app.uow_factory, app.clock, services.audit).seed()
    # a billing batch per agency; last month's run simulated where there are readings
    BillRunDemo(
        app.uow_factory, app.clock, services.billing_batches, services.bill_runs,
        services.bill_run_chunks,
    ).seed()  # fmt: skip
    principal = system_principal(getpass.getuser())
    agency = services.agencies.get_by_code(principal, "DKR-PLATEAU")
    enrollment = services.workstations.register(
        principal,
        str(uuid.uuid4()),
        f"DEMO-{socket.gethostname()}"[:100],
        agency.agency_id,
        "agency_counter",
        True,
    )
    try:
        running = start_server(app)
    except PortUnavailable as error:
        app.close()
        raise SystemExit(f"iwebs demo: {error} (other ports: --port, --enrollment-port)") from None
    print()
    print("iWEBS demo utility ready")
    print(f"  server: 127.0.0.1:{running.port} (mTLS), enrollment port {running.enrollment_port}")
    print(f"  data:   {data_dir}")
    print("  users (login / password / profile):")
    for user in seeded:
        note = "  (one-time: change it at first login)" if user.one_time else ""
        print(f"    {user.login:<12} {user.password:<20} {user.profile_code}{note}")
    ca_file = settings.pki.ca_cert
    client_dir = data_dir / "client"
    enroll = [
        sys.executable,
        "-m",
        "iwebs_client.main",
        "--config-dir",
        str(client_dir),
        "enroll",
        "--server",
        "127.0.0.1",
        "--port",
        str(running.port),
        "--enrollment-port",
        str(running.enrollment_port),
        "--code",
        enrollment.code,
        "--ca-file",
        str(ca_file),
    ]
    try:
        if args.no_client:
            print(f"  workstation {enrollment.workstation.name}: enrollment code {enrollment.code}")
            print(f"  CA certificate: {ca_file}")
            print("Press Ctrl+C to stop.", flush=True)
            threading.Event().wait()
        else:
            subprocess.run(enroll, check=True)  # noqa: S603 - our own interpreter and module
            print("Opening the client...", flush=True)
            subprocess.run(  # noqa: S603
                [
                    sys.executable,
                    "-m",
                    "iwebs_client.main",
                    "--config-dir",
                    str(client_dir),
                    "--language",
                    args.language,
                ],
                check=False,
            )
    except KeyboardInterrupt:
        pass
    finally:
        running.stop()
        app.close()
    return 0
