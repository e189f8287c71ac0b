"""Benchmark of the bill runs at scale (issue 5, "Done when"): the subscribers of the
generator, from validated readings to finalized, posted bills, with N worker processes.

    .venv/bin/python -m tests.benchmarks.bench_billing --subscribers 1000000 \\
        --backend postgresql --processes 1,2,3
    .venv/bin/python -m tests.benchmarks.bench_billing --subscribers 1000000 --backend sqlite

The dataset (tests/benchmarks/billing_bench_dataset.py: generator + legacy import, standard
tariffs, one validated reading per metered conventional subscription for 2026-11, a
billing manager and one batch per agency without criteria) is built once and copied afresh
for each measured run (the copy is not timed). Then, timed separately:

1. create: one run per agency batch (a batch belongs to an agency; the 34 runs together are
   the whole utility) through BillRunService.create_run: selection in round order, chunks;
2. simulation: N processes of `iwebs billing worker` (the real CLI) take the chunks until
   every run is `simulated` (bill_run_items written: ready / held / not billed);
3. finalization: BillRunService.finalize of every run, then N worker processes again until
   every run is `finalized` (numbers, bills, lines, ledger, matching, outbox).

Each phase's wall time runs from the call that queues the work to the last chunk done (the
workers' start, ~1 s, included); the chunks' own span (first claimed -> last finished) is
given too. Per phase: CPU of the workers, of PostgreSQL's backends and of the rest of the
machine (other people's work on the shared box), and the load average. Afterwards the result
is checked: numbers gap-free per series, each selected subscription billed once or not
billed with a cause, every bill equal to the sum of its lines and pointing at its account,
subscription, agency and run (and every line at its bill), the ledger of the runs
summing to zero per group. `--profile FILE` runs the chunks in this process under cProfile
instead (one worker) and prints where the time goes.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import text

from iwebs_server.application.billing_verifier import BillingVerifier
from iwebs_server.application.clock import new_id
from iwebs_server.composition import Application, build_application
from iwebs_server.domain.principal import AgencyScope, Principal
from iwebs_server.domain.rights import ALL_CODES
from iwebs_server.settings import Settings
from tests.benchmarks import process_cpu
from tests.benchmarks.billing_bench_dataset import (
    BATCH_CODE,
    BENCH_LOGIN,
    PERIOD_END,
    PERIOD_START,
    ROOT,
    Dataset,
    fresh_copy,
)

BILL_DATE = date(2026, 12, 1)
PERIOD_LABEL = "2026-11"
POLL = 0.25
TABLES = (
    "bill_run_items",
    "bill_run_chunks",
    "bills",
    "bill_lines",
    "ledger_entries",
    "bill_matches",
    "outbox_events",
)


def load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


class Bench:
    def __init__(self, dataset: Dataset, url: str, data_dir: Path) -> None:
        self.dataset = dataset
        self.url = url
        self.data_dir = data_dir
        settings = Settings(
            data_dir=data_dir, database_url=url, log_json=False, database_pool_size=4
        )
        self.app: Application = build_application(settings)
        self.postgresql = self.app.engine.dialect.name == "postgresql"
        with self.app.uow_factory(read_only=True) as uow:
            user = uow.users.by_login(BENCH_LOGIN)
            assert user is not None, "dataset without its billing manager"
            self.batches = uow.session.execute(
                text("SELECT id FROM billing_batches WHERE code = :c ORDER BY agency_id"),
                {"c": BATCH_CODE},
            ).all()
        self.principal = Principal(
            user_id=user.id,
            login=BENCH_LOGIN,
            session_id="",
            workstation_id="",
            rights=ALL_CODES,
            scope=AgencyScope(frozenset(), all_agencies=True),
        )
        self.run_ids: list[str] = []

    def close(self) -> None:
        self.app.close()

    # -- SQL helpers -------------------------------------------------------------------------
    def scalar(self, sql: str, **params: Any) -> Any:
        with self.app.engine.connect() as c:
            return c.execute(text(sql), params).scalar()

    def rows(self, sql: str, **params: Any) -> list[Any]:
        with self.app.engine.connect() as c:
            return list(c.execute(text(sql), params).all())

    def statuses(self) -> dict[str, int]:
        found: dict[str, int] = {}
        for status, count in self.rows("SELECT status, count(*) FROM bill_runs GROUP BY status"):
            found[status] = count
        return found

    # -- phases ------------------------------------------------------------------------------
    def create_runs(self) -> dict[str, Any]:
        started = time.perf_counter()
        for (batch_id,) in self.batches:
            view = self.app.services.bill_runs.create_run(
                self.principal,
                new_id(),
                batch_id=batch_id,
                period_label=PERIOD_LABEL,
                period_start=PERIOD_START,
                period_end=PERIOD_END,
                bill_date=BILL_DATE,
            )
            self.run_ids.append(view.run_id)
        seconds = time.perf_counter() - started
        return {
            "seconds": round(seconds, 2),
            "runs": len(self.run_ids),
            "items": self.scalar("SELECT sum(total_items) FROM bill_runs"),
            "chunks": self.scalar("SELECT count(*) FROM bill_run_chunks WHERE phase='simulate'"),
        }

    def finalize_runs(self) -> float:
        started = time.perf_counter()
        for run_id in self.run_ids:
            version = self.scalar("SELECT version FROM bill_runs WHERE id = :i", i=run_id)
            self.app.services.bill_runs.finalize(self.principal, new_id(), run_id, version)
        return time.perf_counter() - started

    def work(
        self, phase: str, target: str, processes: int, threads: int, queue: Callable[[], Any]
    ) -> dict[str, Any]:
        """Queues the phase's work, starts the worker processes, waits for every run to reach
        `target`; CPU per group of processes over the phase."""
        env = {
            **os.environ,
            "IWEBS_DATABASE_URL": self.url,
            "IWEBS_DATA_DIR": str(self.data_dir),
            "IWEBS_LOG_JSON": "false",
        }
        groups_before = self._groups([])
        before = process_cpu.snapshot(groups_before)
        load_before = load()
        started = time.perf_counter()
        queued = queue()
        command = [
            str(Path(sys.executable).parent / "iwebs"),
            "billing",
            "worker",
            "--threads",
            str(threads),
        ]
        log = (ROOT / f"worker-{phase}.log").open("w")
        workers = [
            subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
            for _ in range(processes)
        ]
        waits = self._wait_sampler()
        try:
            while True:
                statuses = self.statuses()
                if statuses.get(target, 0) == len(self.run_ids):
                    break
                if any(w.poll() is not None for w in workers):
                    raise SystemExit(f"a worker stopped: see {log.name}")
                time.sleep(POLL)
            wall = time.perf_counter() - started
            after = process_cpu.snapshot(self._groups([w.pid for w in workers]))
        finally:
            for w in workers:
                w.send_signal(signal.SIGTERM)
            for w in workers:
                try:
                    w.wait(30)
                except subprocess.TimeoutExpired:
                    w.kill()
            log.close()
        pg_waits = waits.stop() if waits is not None else None
        cores = process_cpu.split(before, after, wall)
        span = self.rows(
            "SELECT min(started_at), max(finished_at), count(*) FROM bill_run_chunks "
            "WHERE phase = :p",
            p="simulate" if phase == "simulation" else "finalize",
        )[0]
        span_seconds = None
        if span[0] is not None and span[1] is not None:
            first, last = span[0], span[1]
            if isinstance(first, str):  # SQLite text
                from datetime import datetime

                first, last = datetime.fromisoformat(first), datetime.fromisoformat(last)
            span_seconds = round((last - first).total_seconds(), 2)
        return {
            "seconds": round(wall, 2),
            "queue_seconds": round(queued, 2) if isinstance(queued, float) else None,
            "chunks_span_seconds": span_seconds,
            "chunks": span[2],
            "processes": processes,
            "threads": threads,
            "cores": {k: round(v, 2) for k, v in cores.items()},
            "cpu_seconds": {
                k: round(v * wall, 1) for k, v in cores.items() if k != "machine capacity"
            },
            "load_before": load_before,
            "load_after": load(),
            "postgresql_waits": pg_waits,
        }

    def _groups(self, worker_pids: Sequence[int]) -> dict[str, list[int]]:
        groups: dict[str, list[int]] = {"workers": list(worker_pids), "benchmark": [os.getpid()]}
        if self.postgresql:
            database = self.dataset.name("run")
            groups.update(
                process_cpu.postgres_pids("postgresql://postgres@127.0.0.1:5432/postgres", database)
            )
        return groups

    def _wait_sampler(self) -> Any:
        if not self.postgresql:
            return None
        from tests.benchmarks.pg_waits import WaitSampler

        sampler = WaitSampler(
            "postgresql://postgres@127.0.0.1:5432/postgres", self.dataset.name("run"), 0.05
        )
        sampler.start()
        return sampler

    def profile_phase(
        self, phase: str, target: str, queue: Callable[[], Any], out: Path
    ) -> dict[str, Any]:
        """The phase's chunks done in this process, one after the other, under cProfile."""
        chunks = self.app.services.bill_run_chunks
        queue()
        profiler = cProfile.Profile()
        started, cpu = time.perf_counter(), time.process_time()
        profiler.enable()
        while chunks.process_next("profile"):
            pass
        profiler.disable()
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
        assert self.statuses().get(target, 0) == len(self.run_ids)
        profiler.dump_stats(str(out.with_suffix(f".{phase}.prof")))
        stream = io.StringIO()
        stats = pstats.Stats(profiler, stream=stream)
        stats.sort_stats("cumulative").print_stats(45)
        stats.sort_stats("tottime").print_stats(30)
        out.with_suffix(f".{phase}.txt").write_text(stream.getvalue())
        return {"seconds": round(wall, 2), "process_cpu_seconds": round(cpu, 2)}

    # -- results -----------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        out = {t: int(self.scalar(f"SELECT count(*) FROM {t}")) for t in TABLES}
        out["ledger_entries"] = int(
            self.scalar("SELECT count(*) FROM ledger_entries WHERE source_type = 'billing'")
        )
        out["outbox_events"] = int(
            self.scalar("SELECT count(*) FROM outbox_events WHERE topic = 'bill.issued'")
        )
        out["bills"] = int(self.scalar("SELECT count(*) FROM bills WHERE bill_run_id IS NOT NULL"))
        return out

    def outcomes(self) -> dict[str, int]:
        return {
            f"{o}{':' + c if c else ''}": n
            for o, c, n in self.rows(
                "SELECT outcome, cause, count(*) FROM bill_run_items GROUP BY outcome, cause "
                "ORDER BY 3 DESC"
            )
        }

    def controls(self) -> dict[str, int]:
        return {
            c: n
            for c, n in self.rows(
                "SELECT control_codes, count(*) FROM bill_run_items WHERE outcome = 'held' "
                "GROUP BY control_codes ORDER BY 2 DESC LIMIT 8"
            )
        }

    def verify(self) -> dict[str, Any]:
        """The production check (`iwebs billing verify`, application/billing_verifier.py):
        numbering gap-free per series, totals = lines, ledger groups at zero and each bill's
        receivable, every reference, each selected subscription an item and each item to
        bill its bill, causes, credit notes, open amounts; plus no subscription billed twice."""
        report = BillingVerifier(self.app.uow_factory).verify()
        problems = [f"{p.check}: {p.line()}" for p in report.problems]
        twice = self.scalar(
            "SELECT count(*) FROM (SELECT subscription_id FROM bills WHERE bill_run_id IS NOT NULL "
            "GROUP BY subscription_id HAVING count(*) > 1) x"
        )
        if twice:
            problems.append(f"{twice} subscriptions billed twice")
        billed = self.scalar(
            "SELECT coalesce(sum(amount_minor), 0) FROM bills WHERE bill_run_id IS NOT NULL"
        )
        return {
            "ok": not problems,
            "problems": problems,
            "series": report.series,
            "bills": report.bills,
            "ledger_groups": report.ledger_groups,
            "verifier_seconds": round(report.seconds, 1),
            "billed_amount_minor": int(billed),
        }


def one_run(dataset: Dataset, processes: int, threads: int, profile: Path | None) -> dict[str, Any]:
    url, copy_seconds = fresh_copy(dataset)
    result: dict[str, Any] = {
        "backend": dataset.backend,
        "subscribers": dataset.subscribers,
        "processes": processes,
        "threads": threads,
        "copy_seconds": round(copy_seconds, 1),
    }
    with tempfile.TemporaryDirectory() as data_dir:
        bench = Bench(dataset, url, Path(data_dir))
        try:
            result["load_at_start"] = load()
            if profile is not None:
                result["create"] = {"seconds": 0}
                result["simulation"] = bench.profile_phase(
                    "simulation", "simulated", bench.create_runs, profile
                )
                result["finalization"] = bench.profile_phase(
                    "finalization", "finalized", bench.finalize_runs, profile
                )
            else:
                result["create"] = bench.create_runs()
                print(f"  created: {result['create']}", file=sys.stderr)
                result["simulation"] = bench.work(
                    "simulation", "simulated", processes, threads, lambda: None
                )
                print(f"  simulation: {result['simulation']['seconds']} s", file=sys.stderr)
                result["items_after_simulation"] = bench.outcomes()
                result["held_controls"] = bench.controls()
                result["finalization"] = bench.work(
                    "finalization", "finalized", processes, threads, bench.finalize_runs
                )
                print(f"  finalization: {result['finalization']['seconds']} s", file=sys.stderr)
            result["rows"] = bench.counts()
            result["items"] = bench.outcomes()
            result["verification"] = bench.verify()
            result["load_at_end"] = load()
        finally:
            bench.close()
    bills = result["rows"]["bills"]
    total = result["create"]["seconds"] + result["simulation"]["seconds"]
    total += result["finalization"]["seconds"]
    result["total_seconds"] = round(total, 2)
    result["bills_per_second"] = {
        "simulation": round(result["rows"]["bill_run_items"] / result["simulation"]["seconds"]),
        "finalization": round(bills / result["finalization"]["seconds"]),
        "overall": round(bills / total),
    }
    return result


def markdown(results: Sequence[dict[str, Any]]) -> str:
    lines = [
        "| database | processes | create (s) | simulation (s) | finalization (s) | total (s) "
        "| items | bills | bills/s (final.) | bills/s (overall) | load before → after | checks |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r['backend']} | {r['processes']} | {r['create']['seconds']} | "
            f"{r['simulation']['seconds']} | {r['finalization']['seconds']} | "
            f"{r['total_seconds']} | {r['rows']['bill_run_items']:,} | {r['rows']['bills']:,} | "
            f"{r['bills_per_second']['finalization']:,} | {r['bills_per_second']['overall']:,} | "
            f"{r['load_at_start']} → {r['load_at_end']} | "
            f"{'ok' if r['verification']['ok'] else '; '.join(r['verification']['problems'])} |"
        )
    rows = results[-1]["rows"]
    lines.append("")
    lines.append("Rows written: " + ", ".join(f"{k} {v:,}" for k, v in rows.items()))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--subscribers", type=int, default=1_000_000)
    parser.add_argument("--backend", choices=("postgresql", "sqlite"), default="postgresql")
    parser.add_argument("--processes", default="2", help="comma-separated, one run each")
    parser.add_argument("--threads", type=int, default=1, help="threads per worker process")
    parser.add_argument("--profile", type=Path, default=None, help="cProfile output prefix")
    parser.add_argument("--out", type=Path, default=None, help="JSON results file")
    args = parser.parse_args()
    dataset = Dataset(args.backend, args.subscribers)
    results = []
    for processes in [int(p) for p in args.processes.split(",")]:
        print(f"{args.backend}, {processes} worker process(es):", file=sys.stderr)
        result = one_run(dataset, processes, args.threads, args.profile)
        results.append(result)
        out = args.out or ROOT / (
            f"bench-billing-{args.backend}-{args.subscribers}-p{processes}"
            f"{'-profile' if args.profile else ''}-{time.strftime('%H%M%S')}.json"
        )
        out.write_text(json.dumps(result, indent=2, default=str))
        print(json.dumps(result, indent=2, default=str))
    print(markdown(results))


if __name__ == "__main__":
    main()
