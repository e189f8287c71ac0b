"""Benchmark of the customer base at go-live size (issue 3, "Done when"): generate N
subscribers with `iwebs demo-data`'s generator, load them through the legacy import
(COPY on PostgreSQL), and measure generation time, import time per file and the database
size (whole database and largest tables).

    nice .venv/bin/python -m tests.benchmarks.bench_customer_base \\
        --subscribers 1000000 --database iwebs_bench_1m [--files DIR] [--seed 42]

The database is dropped and created again. With `--files DIR` holding files of an
earlier run (same N, seed and date) they are reused and generation is not timed again.
Prints a Markdown table for docs/benchmarks.md and writes the figures as JSON next to the
files. The search benchmark runs afterwards against the same database
(tests/benchmarks/bench_search.py).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

import psycopg

from iwebs_server.application.demo_data.countries import country
from iwebs_server.application.demo_data.csv_files import FILE_NAMES
from iwebs_server.application.demo_data.plan import UtilityPlan
from iwebs_server.cli.demo_data_cli import generate_files, load_into
from iwebs_server.composition import build_application
from iwebs_server.persistence import migrator
from iwebs_server.settings import Settings

POSTGRES_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
TABLES = (
    "customers",
    "customer_phones",
    "customer_accounts",
    "premises",
    "subscriptions",
    "meters",
    "meter_registers",
    "meter_installations",
    "meter_seals",
    "bills",
    "record_changes",
)


def recreate_database(name: str) -> str:
    with psycopg.connect(POSTGRES_ADMIN, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    return f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"


def database_sizes(name: str) -> dict[str, Any]:
    with psycopg.connect(f"postgresql://postgres@127.0.0.1:5432/{name}", autocommit=True) as c:
        c.execute("ANALYZE")
        total = c.execute("SELECT pg_database_size(current_database())").fetchone()
        top = c.execute(
            """
            SELECT c.relname, pg_total_relation_size(c.oid), pg_relation_size(c.oid),
                   pg_indexes_size(c.oid)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind = 'r' AND n.nspname = 'public'
            ORDER BY pg_total_relation_size(c.oid) DESC LIMIT 14
            """
        ).fetchall()
        counts = {t: c.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLES}  # type: ignore[index]
    assert total is not None
    return {
        "database_bytes": total[0],
        "tables": [
            {"table": t, "total_bytes": s, "heap_bytes": h, "index_bytes": i} for t, s, h, i in top
        ],
        "rows": counts,
    }


def mib(value: int) -> str:
    return f"{value / 1024 / 1024:,.0f} MiB".replace(",", " ")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--subscribers", type=int, default=1_000_000)
    parser.add_argument("--database", default="iwebs_bench_1m")
    parser.add_argument("--country", default="SN")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--as-of", type=date.fromisoformat, default=date(2026, 11, 15))
    parser.add_argument("--files", type=Path, default=None, help="reuse or write files here")
    args = parser.parse_args()

    directory: Path = args.files or Path(tempfile.mkdtemp(prefix="iwebs-demo-data-"))
    results: dict[str, Any] = {
        "subscribers": args.subscribers,
        "country": args.country,
        "seed": args.seed,
        "as_of": args.as_of.isoformat(),
    }
    if all((directory / name).exists() for name in FILE_NAMES):
        plan = UtilityPlan.build(country(args.country), args.subscribers)
        results["generation_seconds"] = None
        print(f"reusing the files of {directory}")
    else:
        plan, counts, seconds = generate_files(
            args.country, args.subscribers, args.seed, args.as_of, directory
        )
        results["generation_seconds"] = round(seconds, 1)
        results["files"] = counts.as_dict()
    results["file_bytes"] = {n: (directory / n).stat().st_size for n in FILE_NAMES}

    url = recreate_database(args.database)
    with tempfile.TemporaryDirectory() as data_dir:
        settings = Settings(
            data_dir=Path(data_dir), database_url=url, log_json=False, database_pool_size=2
        )
        app = build_application(settings)
        try:
            migrator.upgrade(app.engine)
            started = time.perf_counter()
            structure, outcomes, timings, phases = load_into(app, plan, directory)
            results["import_seconds_with_structure"] = round(time.perf_counter() - started, 1)
        finally:
            app.close()
    results["structure"] = structure.__dict__
    results["import_seconds"] = {k: round(v, 1) for k, v in timings.items()}
    results["import_phase_starts"] = {k: round(v, 1) for k, v in phases.items()}
    results["import_total_seconds"] = round(sum(timings.values()), 1)
    results["import_status"] = {o.kind: o.status for o in outcomes}
    results["import_rows"] = {o.kind: o.rows_imported for o in outcomes}
    results.update(database_sizes(args.database))
    (directory / "bench_customer_base.json").write_text(json.dumps(results, indent=2))

    print()
    print("| step | rows | read + validate (s) | write (s) | total (s) |")
    print("|---|---:|---:|---:|---:|")
    if results["generation_seconds"] is not None:
        print(
            f"| generation (7 CSV files) | {args.subscribers:,} customers | | | "
            f"{results['generation_seconds']} |"
        )
    for o in outcomes:
        writing = phases.get(f"{o.kind}.writing", timings[o.kind])
        print(
            f"| import {o.file_name} | {o.rows_imported:,} | {writing:.1f} | "
            f"{timings[o.kind] - writing:.1f} | {timings[o.kind]:.1f} |"
        )
    print(f"| **import total** | | | | **{results['import_total_seconds']}** |")
    print()
    print(f"Database size: {mib(results['database_bytes'])}")
    print("| table | rows | total | heap | indexes |")
    print("|---|---:|---:|---:|---:|")
    for t in results["tables"]:
        rows = results["rows"].get(t["table"], "")
        print(
            f"| {t['table']} | {rows:,} | {mib(t['total_bytes'])} | {mib(t['heap_bytes'])} | "
            f"{mib(t['index_bytes'])} |"
            if isinstance(rows, int)
            else f"| {t['table']} | | {mib(t['total_bytes'])} | {mib(t['heap_bytes'])} | "
            f"{mib(t['index_bytes'])} |"
        )
    print(json.dumps(results["import_status"]))


if __name__ == "__main__":
    main()
