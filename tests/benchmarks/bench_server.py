"""A benchmark server process: the real server (or the same one with no interceptor) on a
fresh database, seeded with a benchmark user, printing how to reach it.

    python -m tests.benchmarks.bench_server --database-url URL --data-dir DIR [--bare]
"""

from __future__ import annotations

import argparse
import json
import shutil
import signal
import sys
import threading
import uuid
from pathlib import Path

from iwebs_server.application.user_accounts import new_user_row
from iwebs_server.composition import build_application, start_server
from iwebs_server.domain.principal import system_principal
from iwebs_server.persistence import migrator
from tests.factories.live_server import make_pki, make_settings

BENCH_LOGIN = "bench"
BENCH_PASSWORD = "Bench-Password-2026"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--bare", action="store_true", help="no interceptor at all")
    parser.add_argument("--workers", type=int, default=32)
    parser.add_argument("--enrollment-codes", type=int, default=8)
    parser.add_argument(
        "--extra-users", type=int, default=0, help="users bench0..benchN-1, same password"
    )
    args = parser.parse_args()
    if args.data_dir.exists():
        shutil.rmtree(args.data_dir)
    settings = make_settings(
        args.data_dir, args.database_url, workers=args.workers, database_pool_size=20
    )
    make_pki(settings)
    app = build_application(settings)
    migrator.upgrade(app.engine)
    services = app.services
    admin = services.bootstrap.initialize(
        head_office_code="DKR", head_office_name="Dakar", admin_login="admin", admin_name="Admin"
    )
    with app.uow_factory() as uow:
        user = uow.users.by_login(admin.login)
        assert user is not None
        user.login = BENCH_LOGIN
        user.password_hash = app.hasher.hash(BENCH_PASSWORD)
        user.password_is_one_time = False
        for index in range(args.extra_users):
            uow.users.add(
                new_user_row(
                    login=f"{BENCH_LOGIN}{index}",
                    display_name=f"Bench {index}",
                    profile_id=user.profile_id,
                    all_agencies=True,
                    password_hash=user.password_hash,
                    now=app.clock.now(),
                    one_time_password_expires_at=None,
                ),
                [],
            )
    principal = system_principal("bench")
    codes = [
        services.workstations.register(
            principal, str(uuid.uuid4()), f"BENCH-{i}", admin.agency_id, "agency_counter", True
        ).code
        for i in range(args.enrollment_codes)
    ]
    running = start_server(app, bare=args.bare)
    print(
        json.dumps(
            {
                "port": running.port,
                "enrollment_port": running.enrollment_port,
                "ca_pem": settings.pki.ca_cert.read_text(),
                "codes": codes,
                "login": BENCH_LOGIN,
                "password": BENCH_PASSWORD,
            }
        ),
        flush=True,
    )
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    running.stop(grace=None)
    app.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
