"""The server process of the payments benchmark: the real server (every interceptor, mTLS)
on a fresh database holding the counters of tests/benchmarks/payments_fixture.py.

    python -m tests.benchmarks.payments_server --database-url URL --data-dir DIR \\
        --counters 50 --agencies 10 [--open-sessions]

Prints one JSON line (ports, CA, the plan file, pids) once it serves; runs until SIGTERM.

`--processes N` starts N-1 more server processes on the same ports (SO_REUSEPORT: the
kernel spreads the clients' connections over them), each with its own interpreter lock,
thread pool and connection pools, all on the same database: what several
`iwebs-server serve` processes on one machine would give. The server itself binds without
SO_REUSEPORT (to notice a port already taken); only these benchmark processes switch it on.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import grpc
from sqlalchemy import Engine, event

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
    parser.add_argument("--processes", type=int, default=1, help="server processes")
    parser.add_argument("--prepared-max", type=int, default=0, help="psycopg's (default 100)")
    parser.add_argument("--join", default="", help="PORT,ENROLLMENT_PORT: an extra process")
    args = parser.parse_args()
    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval)
    if args.processes > 1 or args.join:
        _reuse_port()
    if args.prepared_max:
        _prepared_max(args.prepared_max)
    # the server's own defaults (make_settings holds the smaller values of the tests)
    defaults = Settings()
    ports = [int(p) for p in args.join.split(",")] if args.join else [0, 0]
    settings = make_settings(
        args.data_dir,
        args.database_url,
        workers=args.workers or defaults.workers,
        database_pool_size=args.pool_size or defaults.database_pool_size,
        port=ports[0],
        enrollment_port=ports[1],
    )
    if args.join:
        return _serve_joined(settings)
    if args.data_dir.exists():
        shutil.rmtree(args.data_dir)
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
    extra = [
        _start_joined(args, running.port, running.enrollment_port) for _ in range(1, args.processes)
    ]
    print(
        json.dumps(
            {
                "pid": os.getpid(),
                "pids": [os.getpid(), *(process.pid for process in extra)],
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
    for process in extra:
        process.terminate()
    running.stop(grace=None)
    app.close()
    for process in extra:
        process.wait(timeout=30)
    return 0


def _prepared_max(size: int) -> None:
    """psycopg keeps `size` prepared statements per connection (every engine of this process)."""

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        if hasattr(dbapi_connection, "prepared_max"):
            dbapi_connection.prepared_max = size

    event.listen(Engine, "connect", on_connect)


def _reuse_port() -> None:
    """Makes grpc.server bind with SO_REUSEPORT in this (benchmark) process."""
    original = grpc.server

    def server(*args: Any, **kwargs: Any) -> Any:
        options = [o for o in kwargs.get("options") or [] if o[0] != "grpc.so_reuseport"]
        kwargs["options"] = [*options, ("grpc.so_reuseport", 1)]
        return original(*args, **kwargs)

    grpc.server = server


def _start_joined(args: argparse.Namespace, port: int, enrollment_port: int) -> Any:
    command = [
        sys.executable,
        "-m",
        "tests.benchmarks.payments_server",
        "--database-url",
        args.database_url,
        "--data-dir",
        str(args.data_dir),
        "--join",
        f"{port},{enrollment_port}",
    ]
    for flag, value in (
        ("--workers", args.workers),
        ("--pool-size", args.pool_size),
        ("--switch-interval", args.switch_interval),
        ("--prepared-max", args.prepared_max),
    ):
        if value:
            command += [flag, str(value)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    if not process.stdout.readline():
        raise RuntimeError("an extra server process did not start")
    return process


def _serve_joined(settings: Settings) -> int:
    """An extra server process: the same application on the same ports and database."""
    app = build_application(settings, hasher=test_hasher())
    running = start_server(app)
    print(json.dumps({"pid": os.getpid(), "port": running.port}), flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    stop.wait()
    running.stop(grace=None)
    app.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
