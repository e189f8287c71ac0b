"""`iwebs billing ...`: the bill runs from the server machine (docs/billing.md).

    iwebs billing worker [--processes N] [--threads T]   do pending chunks until stopped
    iwebs billing runs [--agency CODE] [--limit N]       the latest runs and their progress
    iwebs billing status RUN                             one run (id or run number)
    iwebs billing verify [--agency CODE] [--database-url URL]
                        re-check the billing facts (REL-03); exit 0 when all hold, else 1

Workers share the runs with the server's own worker threads through the database: start
as many as the machine has cores to spare; stop them with Ctrl+C or SIGTERM (the chunk in
progress finishes or rolls back, never half done).
"""

from __future__ import annotations

import argparse
import getpass
import logging
import signal
import subprocess
import sys
import threading
from typing import TextIO

from iwebs_server.application.bill_run_views import RunView
from iwebs_server.application.billing_verifier import BillingVerifier
from iwebs_server.cli.verification import run_verifier
from iwebs_server.composition import Application, build_application
from iwebs_server.domain.errors import DomainError
from iwebs_server.domain.principal import system_principal
from iwebs_server.jobs.bill_run_worker import BillRunWorkers
from iwebs_server.settings import load_settings

log = logging.getLogger("iwebs.billing")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    commands = parser.add_subparsers(dest="billing_command", required=True)
    worker = commands.add_parser("worker", help="do the pending chunks of bill runs")
    worker.add_argument("--processes", type=int, default=1, help="worker processes (default 1)")
    worker.add_argument("--threads", type=int, default=1, help="threads per process (default 1)")
    runs = commands.add_parser("runs", help="the latest bill runs and their progress")
    runs.add_argument("--agency", default="", help="agency code (default: every agency)")
    runs.add_argument("--limit", type=int, default=20)
    status = commands.add_parser("status", help="one bill run's progress")
    status.add_argument("run", help="run id or run number")
    verify = commands.add_parser(
        "verify",
        help="check bill numbering, totals, ledger, references, runs, credit notes, balances",
    )
    verify.add_argument("--agency", default="", help="agency code (default: every agency)")
    verify.add_argument(
        "--database-url", default="", help="database to verify (default: the server's)"
    )


def run(args: argparse.Namespace) -> int:
    if args.billing_command == "verify":
        url = args.database_url or load_settings(args.config).effective_database_url
        return verify(url, args.agency)
    if args.billing_command == "worker":
        if args.processes > 1:
            return _processes(args)
        app = build_application(load_settings(args.config))
        try:
            return work(app, args.threads)
        finally:
            app.close()
    app = build_application(load_settings(args.config))
    try:
        if args.billing_command == "runs":
            return print_runs(app, args.agency, args.limit)
        return print_status(app, args.run)
    finally:
        app.close()


def verify(database_url: str, agency_code: str = "", stream: TextIO | None = None) -> int:
    return run_verifier(BillingVerifier, database_url, agency_code, stream)


def work(app: Application, threads: int, stop: threading.Event | None = None) -> int:
    """Runs worker threads in this process until SIGTERM / SIGINT (or `stop`)."""
    stop = stop or threading.Event()
    workers = BillRunWorkers(app.services.bill_run_chunks, max(1, threads))
    if threading.current_thread() is threading.main_thread():
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: stop.set())
    workers.start()
    print(f"bill run worker: {max(1, threads)} thread(s), Ctrl+C to stop", flush=True)
    stop.wait()
    workers.stop()
    return 0


def _processes(args: argparse.Namespace) -> int:
    command = [sys.executable, "-m", "iwebs_server.cli.admin_cli"]
    if args.config:
        command += ["--config", str(args.config)]
    command += ["billing", "worker", "--threads", str(args.threads)]
    children = [subprocess.Popen(command) for _ in range(args.processes)]  # noqa: S603
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    while not stop.is_set() and any(child.poll() is None for child in children):
        stop.wait(1.0)
    for child in children:
        if child.poll() is None:
            child.terminate()
    return max((child.wait() for child in children), default=0)


def progress_line(view: RunView) -> str:
    p = view.progress
    eta = f", ETA {p.eta_seconds} s" if p.eta_seconds and not p.done else ""
    return (
        f"{view.run_number:<22} {view.status:<10} {view.period_label:<9} "
        f"{p.phase:<8} chunks {p.chunks_done}/{p.chunks_total} "
        f"items {p.items_done}/{p.items_total} errors {p.errors} "
        f"{p.rate_per_second:.0f}/s{eta}"
    )


def print_runs(app: Application, agency_code: str, limit: int, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    principal = system_principal(getpass.getuser())
    agency_id = ""
    if agency_code:
        agency_id = app.services.agencies.get_by_code(principal, agency_code).agency_id
    page = app.services.bill_runs.list_runs(principal, agency_id, size=max(1, min(limit, 500)))
    if not page.items:
        print("No bill run.", file=out)
    for view in page.items:
        print(progress_line(view), file=out)
    return 0


def print_status(app: Application, run: str, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    principal = system_principal(getpass.getuser())
    runs = app.services.bill_runs
    try:
        run_id = run if len(run) == 36 else runs.run_id_of_number(principal, run)
        view = runs.get_run(principal, run_id)
    except DomainError as error:
        print(f"iwebs billing status: {error.message}", file=sys.stderr)
        return 2
    print(progress_line(view), file=out)
    c = view.counts
    if c is not None:
        print(
            f"ready {c.ready}, held {c.held}, released {c.released}, excluded {c.excluded}, "
            f"not billed {c.not_billed}, billed {c.billed}, "
            f"amount {c.amount_minor} {view.currency_code}",
            file=out,
        )
    return 0
