"""Benchmark of the cash desk (issue 4): payments per second and their latency through gRPC
over mTLS, with the real server (every interceptor, hash-chained receipts) on PostgreSQL.

    .venv/bin/python -m tests.benchmarks.bench_payments [--database postgresql|sqlite] \\
        [--scenarios 10x2,50x10,50x1] [--seconds 20] [--warmup 3] [--mode pay|ping] \\
        [--profile DIR]

A scenario "CxA" is C counters spread over A agencies (receipts are numbered and chained per
agency: one agency's payments take its series' lock one after the other). Each counter is its
own enrolled workstation, cashier and open session (tests/benchmarks/payments_fixture.py),
driven by a thread of one of several load processes (tests/benchmarks/payments_clients.py)
paying one payment after the other with no pause (closed loop). For each scenario: a fresh
database and server, payments/s over the measured window, p50/p95/p99 latency, errors, the
cores used by the server, the load processes, PostgreSQL and the rest of the machine, and a
check of the receipts written (numbers gap-free per series). `--profile DIR` records the
server with py-spy during the window (installed by hand: `.venv/bin/pip install py-spy`).

Prints Markdown for docs/benchmarks.md and writes the figures as JSON (`--json FILE`).
"""

from __future__ import annotations

import argparse
import io
import json
import math
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter as Tally
from pathlib import Path
from typing import Any

import psycopg

from iwebs_server.cli import cash_cli
from tests.benchmarks import process_cpu
from tests.benchmarks.payments_clients import ServerInfo, client_process
from tests.benchmarks.pg_waits import WaitSampler

ROOT = Path(__file__).resolve().parents[2]
POSTGRES = "postgresql://postgres@127.0.0.1:5432"


class PaymentsServer:
    """The server process of one scenario on a database of its own."""

    def __init__(self, args: argparse.Namespace, counters: int, agencies: int, workdir: Path):
        self.database = ""
        if args.database == "postgresql":
            self.database = f"iwebs_bench_pay_{uuid.uuid4().hex[:8]}"
            with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as admin:
                admin.execute(f'CREATE DATABASE "{self.database}"')
            url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{self.database}"
        else:
            url = f"sqlite:///{workdir / 'bench.sqlite3'}"
        self.sqlite_path = workdir / "bench.sqlite3"
        command = [
            sys.executable,
            "-m",
            "tests.benchmarks.payments_server",
            "--database-url",
            url,
            "--data-dir",
            str(workdir / "server"),
            "--counters",
            str(counters),
            "--agencies",
            str(agencies),
            "--accounts-per-counter",
            str(args.accounts_per_counter),
        ]
        if args.open_sessions:
            command.append("--open-sessions")
        if args.workers:
            command += ["--workers", str(args.workers)]
        if args.pool_size:
            command += ["--pool-size", str(args.pool_size)]
        if args.switch_interval:
            command += ["--switch-interval", str(args.switch_interval)]
        if args.prepared_max:
            command += ["--prepared-max", str(args.prepared_max)]
        if args.server_processes > 1:
            command += ["--processes", str(args.server_processes)]
        self.trace_file = workdir / "sql-trace.json"
        if args.trace_sql:
            command += ["--trace-sql", str(self.trace_file)]
        self.process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError("the benchmark server did not start")
        self.info = json.loads(line)
        self.plan = json.loads(Path(self.info["plan_file"]).read_text())

    def signal(self, number: int) -> None:
        os.kill(self.info["pid"], number)

    def sql_trace(self) -> list[dict[str, Any]]:
        """The server's statements since the last reset (asks it to write them)."""
        self.trace_file.unlink(missing_ok=True)
        self.signal(signal.SIGUSR2)
        for _ in range(100):
            if self.trace_file.exists():
                time.sleep(0.2)
                return list(json.loads(self.trace_file.read_text()))
            time.sleep(0.1)
        return []

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=60)
        if self.database:
            with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)')

    def receipt_check(self) -> dict[str, Any]:
        """Receipts per series: count, highest number (gap-free means equal), payments."""
        sql_series = "SELECT series_id, count(*), max(number) FROM receipts GROUP BY series_id"
        sql_payments = "SELECT count(*) FROM payments"
        if self.database:
            with psycopg.connect(f"{POSTGRES}/{self.database}", autocommit=True) as connection:
                series = connection.execute(sql_series).fetchall()
                payments = connection.execute(sql_payments).fetchone()
        else:
            import sqlite3

            with sqlite3.connect(self.sqlite_path) as connection:
                series = connection.execute(sql_series).fetchall()
                payments = connection.execute(sql_payments).fetchone()
        gaps = sum(int(top) - int(count) for _, count, top in series)
        # the whole cash verification (CASH-08): numbering, hash chains, ledger groups
        report = io.StringIO()
        url = (
            f"postgresql+psycopg://postgres@127.0.0.1:5432/{self.database}"
            if self.database
            else f"sqlite:///{self.sqlite_path}"
        )
        verified = cash_cli.verify(url, stream=report) == 0
        return {
            "verified": verified,
            "verification": report.getvalue().strip().splitlines()[:3],
            "series": len(series),
            "receipts": sum(int(c) for _, c, _ in series),
            "payments": int(payments[0]) if payments else 0,
            "gaps": gaps,
        }


def run_scenario(args: argparse.Namespace, counters: int, agencies: int) -> dict[str, Any]:
    workdir = Path(tempfile.mkdtemp(prefix="iwebs-bench-pay-"))
    server = PaymentsServer(args, counters, agencies, workdir)
    profiler: subprocess.Popen[bytes] | None = None
    try:
        info = ServerInfo(
            server.info["port"], server.info["enrollment_port"], server.info["ca_pem"].encode()
        )
        processes = args.processes or max(2, math.ceil(counters / 13))
        specs = server.plan["counters"]
        context = multiprocessing.get_context("spawn")  # forking a gRPC process crashes
        ready, results = context.Queue(), context.Queue()
        gos = [context.Queue() for _ in range(processes)]
        children = [
            context.Process(
                target=client_process,
                args=(
                    info,
                    specs[i::processes],
                    server.plan,
                    args.mode,
                    counters / args.rate if args.rate else 0.0,
                    ready,
                    gos[i],
                    results,
                ),
            )
            for i in range(processes)
        ]
        for child in children:
            child.start()
        prepared = sum(ready.get(timeout=600) for _ in children)
        assert prepared == counters, (prepared, counters)
        start = time.monotonic() + 0.5
        window_start, end = start + args.warmup, start + args.warmup + args.seconds
        for go in gos:
            go.put((start, end))
        groups: dict[str, list[int]] = {
            "server": list(server.info["pids"]),
            "load processes": [c.pid for c in children if c.pid],
        }
        if server.database:
            groups.update(process_cpu.postgres_pids(f"{POSTGRES}/postgres", server.database))
        time.sleep(max(0.0, window_start - time.monotonic()))
        before = process_cpu.snapshot(groups)
        sampler = WaitSampler(f"{POSTGRES}/postgres", server.database) if server.database else None
        if sampler is not None:
            sampler.start()
        if args.trace_sql:
            server.signal(signal.SIGUSR1)
        if args.profile:
            profiler = _start_profiler(args, server.info["pid"], counters, agencies)
        time.sleep(max(0.0, end - time.monotonic()))
        if server.database:  # the backends opened during the window count too
            groups.update(process_cpu.postgres_pids(f"{POSTGRES}/postgres", server.database))
        after = process_cpu.snapshot(groups)
        waits = sampler.stop() if sampler is not None else {}
        trace = server.sql_trace() if args.trace_sql else []
        samples = [s for _ in children for s in results.get(timeout=300)["samples"]]
        for child in children:
            child.join(timeout=60)
        if profiler is not None:
            profiler.wait(timeout=120)
        cores = process_cpu.split(before, after, args.seconds)
        check = server.receipt_check()
    finally:
        if profiler is not None and profiler.poll() is None:
            profiler.terminate()
        server.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    summary = _summary(args, counters, agencies, samples, window_start, end, cores, check)
    summary["sql"] = trace
    summary["postgresql_backends"] = waits
    return summary


def _start_profiler(
    args: argparse.Namespace, pid: int, counters: int, agencies: int
) -> subprocess.Popen[bytes]:
    py_spy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    directory = Path(args.profile)
    directory.mkdir(parents=True, exist_ok=True)
    stem = directory / f"{args.mode}-{counters}x{agencies}-{args.database}"
    command = [py_spy, "record", "--pid", str(pid), "--duration", str(int(args.seconds))]
    command += ["--rate", "100", "--format", "raw", "--output", f"{stem}.txt", "--nonblocking"]
    if args.profile_gil:
        command.append("--gil")
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _summary(
    args: argparse.Namespace,
    counters: int,
    agencies: int,
    samples: list[tuple[float, float, str]],
    window_start: float,
    end: float,
    cores: dict[str, float],
    check: dict[str, Any],
) -> dict[str, Any]:
    measured = [s for s in samples if window_start <= s[0] < end]
    ok = sorted(latency for _, latency, code in measured if not code)
    errors = Tally(code for _, _, code in measured if code)

    def pct(q: float) -> float:
        return ok[min(len(ok) - 1, int(len(ok) * q))] * 1000 if ok else float("nan")

    return {
        "mode": args.mode,
        "database": args.database,
        "counters": counters,
        "agencies": agencies,
        "seconds": args.seconds,
        "offered_per_second": args.rate,
        "server_processes": args.server_processes,
        "calls": len(measured),
        "per_second": len(ok) / args.seconds,
        "p50_ms": pct(0.50),
        "p95_ms": pct(0.95),
        "p99_ms": pct(0.99),
        "max_ms": ok[-1] * 1000 if ok else float("nan"),
        "errors": dict(errors),
        "cores": {k: round(v, 3) for k, v in cores.items()},
        "receipts": check,
        "load_average": os.getloadavg(),
    }


def markdown(results: list[dict[str, Any]]) -> str:
    lines = [
        "| counters / agencies | calls/s | p50 ms | p95 ms | p99 ms | max ms | errors | "
        "server cores | load cores | PostgreSQL cores | other cores | verified |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in results:
        c = r["cores"]
        postgres = c.get("postgresql backends", 0.0) + c.get("postgresql background", 0.0)
        errors = sum(r["errors"].values())
        offered = f", offered {r['offered_per_second']:.0f}/s" if r["offered_per_second"] else ""
        lines.append(
            f"| {r['counters']} / {r['agencies']}{offered} | {r['per_second']:.0f} | "
            f"{r['p50_ms']:.1f} | "
            f"{r['p95_ms']:.1f} | {r['p99_ms']:.1f} | {r['max_ms']:.0f} | {errors} | "
            f"{c['server']:.2f} | {c['load processes']:.2f} | {postgres:.2f} | "
            f"{c['other processes']:.2f} | "
            f"{'yes' if r['receipts']['verified'] and not r['receipts']['gaps'] else 'NO'} |"
        )
    return "\n".join(lines)


def sql_table(result: dict[str, Any]) -> str:
    calls = max(1.0, result["per_second"] * result["seconds"])
    lines = [
        f"statements per call ({calls:.0f} calls): count/call, ms/call (wall, in the server)",
    ]
    for row in result["sql"][:30]:
        if "p50_ms" in row:
            lines.append(
                f"  {row['statement']}: {row['count']} times, p50 {row['p50_ms']} ms, "
                f"p99 {row['p99_ms']} ms, {row['seconds'] / result['seconds']:.2f} s per second"
            )
            continue
        lines.append(
            f"  {row['count'] / calls:6.2f}  {1000 * row['seconds'] / calls:7.3f}  "
            f"{row['statement']}"
        )
    statements = [r for r in result["sql"] if "p50_ms" not in r]
    total = sum(r["count"] for r in statements if r["statement"] != "COMMIT")
    wall = sum(r["seconds"] for r in statements)
    lines.append(f"  {total / calls:6.2f}  {1000 * wall / calls:7.3f}  (all statements + commits)")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", choices=("postgresql", "sqlite"), default="postgresql")
    parser.add_argument("--scenarios", default="10x2,50x10,50x1", help="counters x agencies")
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--warmup", type=float, default=3)
    parser.add_argument("--mode", choices=("pay", "ping"), default="pay")
    parser.add_argument(
        "--rate", type=float, default=0, help="offered calls/s in all (0: closed loop)"
    )
    parser.add_argument("--processes", type=int, default=0, help="load processes (0: auto)")
    parser.add_argument("--accounts-per-counter", type=int, default=400)
    parser.add_argument("--open-sessions", action="store_true", help="insert, not RPC")
    parser.add_argument("--workers", type=int, default=0, help="server RPC threads")
    parser.add_argument("--pool-size", type=int, default=0, help="database pool size")
    parser.add_argument("--server-processes", type=int, default=1, help="SO_REUSEPORT")
    parser.add_argument("--prepared-max", type=int, default=0, help="psycopg, per connection")
    parser.add_argument("--switch-interval", type=float, default=0, help="server's GIL slice")
    parser.add_argument("--profile", default="", help="py-spy output directory")
    parser.add_argument("--profile-gil", action="store_true", help="py-spy --gil")
    parser.add_argument("--trace-sql", action="store_true", help="statements per call")
    parser.add_argument("--json", default="", help="append the figures to this file")
    args = parser.parse_args()
    results = []
    for scenario in args.scenarios.split(","):
        counters, agencies = (int(x) for x in scenario.split("x"))
        result = run_scenario(args, counters, agencies)
        results.append(result)
        print(json.dumps({k: v for k, v in result.items() if k != "sql"}), flush=True)
        if result["sql"]:
            print(sql_table(result))
        if args.json:
            with open(args.json, "a") as handle:
                handle.write(json.dumps(result) + "\n")
    print(
        f"\n{args.mode} on {args.database}, {args.seconds:.0f} s after {args.warmup:.0f} s of "
        f"warm-up, cores: {os.cpu_count()}, load average at the end: "
        f"{os.getloadavg()[0]:.1f}"
    )
    print(markdown(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
