"""`iwebs demo-data --subscribers N`: a realistic utility generated from a seed, written as
the go-live CSV files (docs/legacy-import.md) and loaded through the legacy import, so that
the same run measures the import (issue 3, "Done when")."""

from __future__ import annotations

import argparse
import getpass
import sys
import time
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from iwebs_server.application.demo_data.countries import COUNTRIES, country
from iwebs_server.application.demo_data.csv_files import FILE_NAMES, FileCounts, write_files
from iwebs_server.application.demo_data.generator import CustomerBundleGenerator
from iwebs_server.application.demo_data.plan import UtilityPlan
from iwebs_server.application.demo_data.structure import StructureCounts, ensure_structure
from iwebs_server.composition import Application, build_application
from iwebs_server.domain.principal import system_principal
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
) -> tuple[StructureCounts, list[Any], dict[str, float], dict[str, float]]:
    """Reference data, agencies, rounds, network; then the files through the legacy import
    (docs/legacy-import.md), one file after the other, each timed. Also returns when each
    phase of each file began ("customers.writing": seconds after the file's start)."""
    from iwebs_server.application.legacy_import import KINDS, importer_for

    structure = ensure_structure(app.uow_factory, app.clock, plan)
    importer = importer_for(app)
    principal = system_principal(f"demo-data:{getpass.getuser()}")
    outcomes: list[Any] = []
    timings: dict[str, float] = {}
    phases: dict[str, float] = {}
    for kind, kind_class in KINDS.items():
        path = directory / kind_class.file_name
        if not path.exists():
            continue

        started = time.perf_counter()

        def progress(
            phase: str, done: int, total: int, kind: str = kind, started: float = started
        ) -> None:
            # the first time each phase is seen: where an import spends its time
            phases.setdefault(f"{kind}.{phase}", time.perf_counter() - started)
            if not quiet:
                print(
                    f"\rimporting {kind}: {phase} {done:,}/{total:,}      ".replace(",", " "),
                    end="",
                    file=sys.stderr,
                    flush=True,
                )

        outcome = importer.import_file(principal, kind, path, progress=progress)
        timings[kind] = time.perf_counter() - started
        outcomes.append(outcome)
        if not quiet:
            print(
                f"\r{kind}: {outcome.status}, {outcome.rows_imported:,} rows in "
                f"{timings[kind]:.1f} s{' ' * 30}".replace(",", " "),
                file=sys.stderr,
            )
        if not outcome.ok:
            for rejection in outcome.rejections[:20]:
                print(f"  {rejection}", file=sys.stderr)
            break
    return structure, outcomes, timings, phases


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
        structure, outcomes, timings, _phases = load_into(app, plan, directory)
    finally:
        app.close()
    print(
        f"Structure added: {structure.reference_items} reference items, "
        f"{structure.agencies} agencies, {structure.rounds} rounds, "
        f"{structure.network_nodes} network nodes"
    )
    for outcome in outcomes:
        print(
            f"{outcome.file_name}: {outcome.status}, {outcome.rows_imported} rows"
            f" ({timings[outcome.kind]:.1f} s){' ' + outcome.message if outcome.message else ''}"
        )
    print(f"Import finished in {sum(timings.values()):.1f} s")
    imported = len(outcomes) == len(FILE_NAMES) and all(o.ok for o in outcomes)
    return 0 if imported else 2
