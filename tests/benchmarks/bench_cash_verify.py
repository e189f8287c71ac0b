"""T-CASH-1 at full size: 100,000 payments over 30 simulated days (cancellations, session
and day closures, a few shortages) written in bulk with the application's chains
(tests/factories/cash_history.py) on PostgreSQL, then `iwebs cash verify` timed: the
verifier must find 0 breaks, 0 gaps, exact closure sums, in <= 60 s on 2 cores.

    nice .venv/bin/python -m tests.benchmarks.bench_cash_verify \\
        [--payments 100000] [--days 30] [--cashiers 8] [--database iwebs_bench_cash] [--keep]

The database is dropped and created again (and dropped at the end unless --keep). Prints
the generation time, the verifier's report and its runtime (wall and CPU), and a Markdown
row for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time

import psycopg

from iwebs_server.application.cash_verifier import CashVerifier
from iwebs_server.persistence import migrator
from iwebs_server.persistence.database import make_engine
from iwebs_server.persistence.unit_of_work import UnitOfWorkFactory
from tests.factories.cash_history import HistorySpec, generate_cash_history

POSTGRES_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
GOAL_SECONDS = 60.0


def recreate_database(name: str) -> str:
    with psycopg.connect(POSTGRES_ADMIN, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    return f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"


def drop_database(name: str) -> None:
    with psycopg.connect(POSTGRES_ADMIN, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--payments", type=int, default=100_000)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--cashiers", type=int, default=8)
    parser.add_argument("--database", default="iwebs_bench_cash")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    args = parser.parse_args(argv)

    url = recreate_database(args.database)
    engine = make_engine(url, pool_size=2)
    try:
        migrator.upgrade(engine)
        spec = HistorySpec(payments=args.payments, days=args.days, cashiers=args.cashiers)
        started = time.perf_counter()
        history = generate_cash_history(engine, spec)
        generated = time.perf_counter() - started
        print(
            f"Generated {history.payments} payments, {history.cancellations} cancellations, "
            f"{history.receipts} receipts, {history.session_closures} session and "
            f"{history.day_closures} day closures in {generated:.1f} s"
        )
        with engine.connect() as connection:
            connection.exec_driver_sql("ANALYZE")
            connection.commit()
        cpu_before, wall_before = cpu_seconds(), time.perf_counter()
        report = CashVerifier(UnitOfWorkFactory(engine)).verify()
        wall = time.perf_counter() - wall_before
        cpu = cpu_seconds() - cpu_before
    finally:
        engine.dispose()
        if not args.keep:
            drop_database(args.database)
    print(report.text())
    verdict = "met" if report.ok and wall <= GOAL_SECONDS else "NOT met"
    print(
        f"Verifier runtime: {wall:.1f} s wall, {cpu:.1f} s CPU "
        f"(goal <= {GOAL_SECONDS:.0f} s: {verdict})"
    )
    print(
        "| T-CASH-1 verifier | "
        f"{history.payments:,} payments / {args.days} days / {history.receipts:,} receipts / "
        f"{report.closures} closures | {wall:.1f} s wall ({cpu:.1f} s CPU) | "
        f"{'OK' if report.ok else 'PROBLEMS'} |"
    )
    return 0 if report.ok and wall <= GOAL_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
