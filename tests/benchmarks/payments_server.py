"""The server process of the payments benchmark: the real server (every interceptor, mTLS)
on a fresh database holding the counters of tests/benchmarks/payments_fixture.py.

    python -m tests.benchmarks.payments_server --database-url URL --data-dir DIR \\
        --counters 50 --agencies 10 [--open-sessions]

Prints one JSON line (ports, CA, the plan file) once it serves; runs until SIGTERM.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import sys
import threading
import time
from pathlib import Path

from iwebs_server.composition import build_application, start_server
from iwebs_server.persistence import migrator
from iwebs_server.settings import Settings
from tests.benchmarks.payments_fixture import FixtureShape, build
from tests.benchmarks.sql_trace import SqlTrace
from tests.factories.live_server import make_pki, make_settings, test_hasher


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--counters", type=int, default=50)
    parser.add_argument("--agencies", type=int, default=10)
    parser.add_argument("--accounts-per-counter", type=int, default=400)
    parser.add_argument("--bills-per-account", type=int, default=3)
    parser.add_argument("--open-sessions", action="store_true", help="insert the sessions")
    parser.add_argument("--workers", type=int, default=0, help="0: the settings' default")
    parser.add_argument("--pool-size", type=int, default=0, help="0: the settings' default")
    parser.add_argument(
        "--trace-sql", type=Path, default=None, help="SIGUSR1 resets, SIGUSR2 writes it here"
    )
    parser.add_argument("--switch-interval", type=float, default=0, help="seconds (0: Python's)")
    args = parser.parse_args()
    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval)
    if args.data_dir.exists():
        shutil.rmtree(args.data_dir)
    # the server's own defaults (make_settings holds the smaller values of the tests)
    defaults = Settings()
    settings = make_settings(
        args.data_dir,
        args.database_url,
        workers=args.workers or defaults.workers,
        database_pool_size=args.pool_size or defaults.database_pool_size,
    )
    make_pki(settings)
    # Logins are not measured: a light Argon2id keeps 50 logins at the start quick.
    app = build_application(settings, hasher=test_hasher())
    migrator.upgrade(app.engine)
    started = time.perf_counter()
    plan = build(
        app,
        FixtureShape(
            counters=args.counters,
            agencies=args.agencies,
            accounts_per_counter=args.accounts_per_counter,
            bills_per_account=args.bills_per_account,
            open_sessions=args.open_sessions,
        ),
    )
    plan["fixture_seconds"] = round(time.perf_counter() - started, 1)
    plan_file = args.data_dir / "plan.json"
    plan_file.write_text(json.dumps(plan))
    if args.trace_sql:
        trace = SqlTrace()
        trace.install()
        target: Path = args.trace_sql
        signal.signal(signal.SIGUSR1, lambda *_: trace.reset())
        signal.signal(signal.SIGUSR2, lambda *_: target.write_text(json.dumps(trace.report())))
    running = start_server(app)
    print(
        json.dumps(
            {
                "pid": os.getpid(),
                "port": running.port,
                "enrollment_port": running.enrollment_port,
                "ca_pem": settings.pki.ca_cert.read_text(),
                "plan_file": str(plan_file),
                "workers": settings.workers,
                "pool_size": settings.database_pool_size,
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
