"""Legacy import throughput (issue 3 item 5, goal: 1,000,000 subscribers in <= 5 min on
PostgreSQL). Writes N simple subscribers as the six CSV files, imports them through
`import_directory` and prints the time per file.

    .venv/bin/python -m tests.benchmarks.bench_legacy_import --subscribers 100000 \
        --database-url postgresql+psycopg://postgres@127.0.0.1:5432/iwebs_bench_import
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url

from iwebs_server.application.legacy_import import import_directory
from iwebs_server.persistence import migrator
from iwebs_server.persistence.database import make_engine
from iwebs_server.persistence.unit_of_work import UnitOfWorkFactory
from tests.factories.legacy_import_files import HEADERS, seed_import_prerequisites


def write_files(directory: Path, n: int) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    files = {kind: (directory / f"{kind}.csv").open("w", encoding="utf-8") for kind in HEADERS}
    for kind, stream in files.items():
        stream.write(HEADERS[kind] + "\n")
    for i in range(1, n + 1):
        agency = "DKR" if i % 2 else "THS"
        files["customers"].write(
            f"CU{i};{agency};person;Ndiaye{i % 997};Aïssatou;;DOM;CNI;{10**12 + i};"
            f"+221 77 {i % 1000:03d} {i % 100:02d} {i % 97:02d};;fr;0;1\n"
        )
        files["accounts"].write(f"AC{i};CU{i};;XOF;active;0;;Rue {i};Médina;Dakar;\n")
        files["premises"].write(
            f"PR{i};{agency};Rue {i} villa {i % 50};Médina;Dakar;;14.{i % 999999:06d};"
            f"-17.{i % 999999:06d};;;;\n"
        )
        files["subscriptions"].write(
            f"SU{i};AC{i};PR{i};electricity;CONVENTIONAL;DPP;6000;;monthly;active;"
            "2015-03-01;2015-03-10;;\n"
        )
        files["meters"].write(
            f"ME{i};SAG-{i:08d};SAGEMCOM;ELEC-MONO;electricity;;6;1;2014;single:kWh;;PR{i};SU{i};"
            f"2015-03-10;single=001234;SN{i:09d}:COUVERCLE;\n"
        )
        files["open_bills"].write(
            f"F{i};AC{i};;SU{i};2026-09;2026-10-05;2026-10-25;{1000 + i % 50000};XOF\n"
        )
    for stream in files.values():
        stream.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--subscribers", type=int, default=100_000)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/iwebs-bench-import"))
    args = parser.parse_args()
    url = make_url(args.database_url)
    if url.get_backend_name() == "postgresql":
        admin = url.set(drivername="postgresql", database="postgres")
        with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{url.database}"')
            c.execute(f'CREATE DATABASE "{url.database}"')
    engine = make_engine(args.database_url)
    migrator.upgrade(engine)
    seed_import_prerequisites(UnitOfWorkFactory(engine))
    started = time.perf_counter()
    write_files(args.workdir, args.subscribers)
    print(f"files written in {time.perf_counter() - started:.1f} s")
    marks: dict[str, float] = {}

    def progress(kind: str, phase: str, done: int, total: int) -> None:
        marks.setdefault(f"{kind} {phase}", time.perf_counter())

    started = time.perf_counter()
    outcomes = import_directory(engine, args.workdir, progress)
    total = time.perf_counter() - started
    for outcome in outcomes:
        print(outcome.kind, outcome.status, outcome.rows_imported)
    previous = started
    for label, moment in marks.items():
        print(f"{label:<30} at {moment - started:7.1f} s (+{moment - previous:.1f})")
        previous = moment
    print(f"{args.subscribers} subscribers imported in {total:.1f} s")
    engine.dispose()


if __name__ == "__main__":
    main()
