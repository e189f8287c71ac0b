"""`iwebs demo-data --subscribers N`: a realistic utility generated from a seed, written as
the go-live CSV files (docs/legacy-import.md) and loaded through the legacy import, so that
the same run measures the import (issue 3, "Done when")."""

from __future__ import annotations

import argparse
import getpass
import sys
import time
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from iwebs_server.application.demo_data.countries import COUNTRIES, country
from iwebs_server.application.demo_data.csv_files import FileCounts, write_files
from iwebs_server.application.demo_data.generator import CustomerBundleGenerator, UtilityPlan
from iwebs_server.application.demo_data.structure import StructureCounts, ensure_structure
from iwebs_server.composition import Application, build_application
from iwebs_server.persistence import migrator
from iwebs_server.settings import Settings, load_settings

MAX_SUBSCRIBERS = 20_000_000


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--subscribers", type=int, required=True, help="number of customers")
    parser.add_argument("--country", default="SN", choices=sorted(COUNTRIES))
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument(
        "--as-of",
        type=date.fromisoformat,
        default=None,
        help="the go-live day the data is generated for (default: today, UTC)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help="directory of the CSV files (default: ./demo-data-CC-N-seed)",
    )
    parser.add_argument("--database-url", default="", help="database to load (default: settings)")
    parser.add_argument(
        "--files-only", action="store_true", help="write the CSV files, do not touch a database"
    )


@dataclass
class DemoDataResult:
    directory: Path
    counts: FileCounts
    generation_seconds: float
    structure: StructureCounts | None = None
    import_seconds: float | None = None
    import_outcome: Any = None
    timings: dict[str, float] = field(default_factory=dict)


def _progress_printer(label: str, total: int) -> Any:
    started = time.perf_counter()

    def show(done: int) -> None:
        elapsed = time.perf_counter() - started
        print(
            f"\r{label}: {done:,}/{total:,} ({elapsed:,.0f} s)".replace(",", " "),
            end="",
            file=sys.stderr,
            flush=True,
        )

    return show


def generate_files(
    country_code: str,
    subscribers: int,
    seed: int,
    as_of: date,
    directory: Path,
    *,
    quiet: bool = False,
) -> tuple[UtilityPlan, FileCounts, float]:
    started = time.perf_counter()
    plan = UtilityPlan.build(country(country_code), subscribers)
    generator = CustomerBundleGenerator(plan, subscribers, seed, as_of)
    progress = None if quiet else _progress_printer("generating", subscribers)
    counts = write_files(generator.bundles(), directory, progress, progress_every=20_000)
    if not quiet:
        print(file=sys.stderr)
    return plan, counts, time.perf_counter() - started


def load_into(
    app: Application, plan: UtilityPlan, directory: Path, *, quiet: bool = False
) -> tuple[StructureCounts, Any, float]:
    """Reference data, agencies, rounds, network; then the files through the import."""
    from iwebs_server.application.legacy_import import import_directory

    structure = ensure_structure(app.uow_factory, app.clock, plan)
    started = time.perf_counter()

    def progress(*values: Any) -> None:
        if not quiet:
            text = " ".join(str(v) for v in values)
            print(f"\rimporting: {text}          ", end="", file=sys.stderr, flush=True)

    outcome = import_directory(app, directory, progress)
    if not quiet:
        print(file=sys.stderr)
    return structure, outcome, time.perf_counter() - started


def run(args: argparse.Namespace, settings: Settings | None = None) -> int:
    if not 0 < args.subscribers <= MAX_SUBSCRIBERS:
        print(f"--subscribers must be between 1 and {MAX_SUBSCRIBERS:,}", file=sys.stderr)
        return 2
    as_of: date = args.as_of or datetime.now(UTC).date()
    directory: Path = args.out or Path(
        f"demo-data-{args.country.lower()}-{args.subscribers}-{args.seed}"
    )
    plan, counts, seconds = generate_files(
        args.country, args.subscribers, args.seed, as_of, directory
    )
    print(f"Files written to {directory} in {seconds:.1f} s: {counts.as_dict()}")
    if args.files_only:
        return 0
    settings = settings or load_settings(args.config)
    if args.database_url:
        settings = replace(settings, database_url=args.database_url)
    app = build_application(settings)
    try:
        migrator.upgrade(app.engine)
        structure, outcome, import_seconds = load_into(app, plan, directory)
    finally:
        app.close()
    print(
        f"Structure added: {structure.reference_items} reference items, "
        f"{structure.agencies} agencies, {structure.rounds} rounds, "
        f"{structure.network_nodes} network nodes"
    )
    print(f"Import finished in {import_seconds:.1f} s: {outcome}")
    return 0 if _imported(outcome) else 2


def _imported(outcome: Any) -> bool:
    ok = getattr(outcome, "ok", None)
    if ok is not None:
        return bool(ok)
    return True


def operator() -> str:
    return getpass.getuser()
