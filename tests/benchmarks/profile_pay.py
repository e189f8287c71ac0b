"""The Pay use case measured alone, in one thread, without gRPC: CPU and wall time per
payment, the statements it runs, and (with --cprofile) where its interpreter time goes.

    .venv/bin/python -m tests.benchmarks.profile_pay [--database postgresql|sqlite] \\
        [--payments 500] [--cprofile FILE]

Same counters, accounts and payment mix as bench_payments (one counter), on a fresh
database dropped at the end.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import psycopg
from sqlalchemy import create_engine

from iwebs_server.composition import build_application
from iwebs_server.domain import rights
from iwebs_server.domain.principal import AgencyScope, Principal
from iwebs_server.persistence import migrator
from iwebs_server.rpc.converters import cash_converters as convert
from tests.benchmarks import process_cpu
from tests.benchmarks.payments_clients import Counter
from tests.benchmarks.payments_fixture import FixtureShape, build
from tests.benchmarks.sql_trace import SqlTrace
from tests.factories.live_server import make_settings, test_hasher

POSTGRES = "postgresql://postgres@127.0.0.1:5432"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", choices=("postgresql", "sqlite"), default="postgresql")
    parser.add_argument("--payments", type=int, default=500)
    parser.add_argument("--warmup", type=int, default=50)
    parser.add_argument(
        "--prepare-threshold", default="", help="psycopg's (none: never prepare); default 5"
    )
    parser.add_argument("--cprofile", type=Path, default=None, help="write pstats text here")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="iwebs-profile-pay-"))
    database = ""
    if args.database == "postgresql":
        database = f"iwebs_profile_pay_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{database}"')
        url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{database}"
    else:
        url = f"sqlite:///{workdir / 'profile.sqlite3'}"
    settings = make_settings(workdir, url)
    engine = None
    if args.prepare_threshold and database:
        threshold = None if args.prepare_threshold == "none" else int(args.prepare_threshold)
        engine = create_engine(url, pool_size=10, connect_args={"prepare_threshold": threshold})
    app = build_application(settings, hasher=test_hasher(), engine=engine)
    try:
        migrator.upgrade(app.engine)
        accounts = (args.payments + args.warmup) // 2 + 10
        plan = build(app, FixtureShape(1, 1, accounts, 3, open_sessions=True))
        spec = plan["counters"][0]
        principal = Principal(
            user_id=spec["user_id"],
            login=spec["login"],
            session_id="profile",
            workstation_id=spec["workstation_id"],
            rights=frozenset({rights.CASH_COLLECT, rights.CUSTOMERS_READ}),
            scope=AgencyScope(frozenset({spec["agency_id"]})),
        )
        counter = Counter(spec, plan["currency"], random.Random(1), spec["accounts"])
        contents = [
            convert.payment_content_in(counter.next_payment(spec["cash_session_id"]))
            for _ in range(args.warmup + args.payments)
        ]
        payments = app.services.payments
        for content in contents[: args.warmup]:
            payments.pay(principal, str(uuid.uuid4()), content)
        trace = SqlTrace()
        trace.install()
        backends = (
            process_cpu.postgres_pids(f"{POSTGRES}/postgres", database)["postgresql backends"]
            if database
            else []
        )
        pg_before = sum(process_cpu.process_seconds(pid) for pid in backends)
        profiler = cProfile.Profile() if args.cprofile else None
        walls, cpus = [], []
        if profiler:
            profiler.enable()
        for content in contents[args.warmup :]:
            wall, cpu = time.perf_counter(), time.thread_time()
            payments.pay(principal, str(uuid.uuid4()), content)
            cpus.append(time.thread_time() - cpu)
            walls.append(time.perf_counter() - wall)
        pg_seconds = sum(process_cpu.process_seconds(pid) for pid in backends) - pg_before
        if profiler:
            profiler.disable()
            out = io.StringIO()
            stats = pstats.Stats(profiler, stream=out)
            stats.sort_stats("cumulative").print_stats(60)
            stats.sort_stats("tottime").print_stats(40)
            args.cprofile.write_text(out.getvalue())
        n = len(walls)
        print(
            f"{args.database}: {n} payments in one thread"
            f"{' (under cProfile: slower)' if profiler else ''}: wall per payment "
            f"median {1000 * statistics.median(walls):.2f} ms, mean {1000 * sum(walls) / n:.2f} ms;"
            f" CPU of the thread median {1000 * statistics.median(cpus):.2f} ms, "
            f"mean {1000 * sum(cpus) / n:.2f} ms"
        )
        if database:
            print(f"PostgreSQL backends' CPU per payment: {1000 * pg_seconds / len(walls):.2f} ms")
        report = trace.report()
        statements = sum(r["count"] for r in report if r["statement"] != "COMMIT")
        print(
            f"statements per payment: {statements / n:.2f}, their wall time "
            f"{1000 * sum(r['seconds'] for r in report) / n:.2f} ms (commits included)"
        )
        for row in report[:20]:
            print(
                f"  {row['count'] / n:5.2f}  {1000 * row['seconds'] / n:6.3f} ms  "
                f"{row['statement'][:90]}"
            )
    finally:
        app.close()
        if database:
            with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    return 0


if __name__ == "__main__":
    sys.exit(main())
