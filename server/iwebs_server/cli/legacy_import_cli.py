"""`iwebs import <kind> FILE` and `iwebs import-dir DIR`: the go-live import from the
legacy system's CSV files (docs/legacy-import.md), with a progress line and a report file."""

from __future__ import annotations

import argparse
import getpass
import sys
import time
from pathlib import Path
from typing import TextIO

from iwebs_server.application.legacy_import import KINDS, ImportOutcome, importer_for
from iwebs_server.application.legacy_import.report import report_csv
from iwebs_server.composition import build_application
from iwebs_server.domain.principal import system_principal
from iwebs_server.settings import load_settings

EXIT_REJECTED = 2
EXIT_FAILED = 3


def add_file_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("kind", choices=tuple(KINDS), help="what the file holds")
    parser.add_argument("file", type=Path, help="the CSV file (docs/legacy-import.md)")
    parser.add_argument("--dry-run", action="store_true", help="validate only, write nothing")
    _add_bulk_argument(parser)
    parser.add_argument(
        "--report", type=Path, help="where the rejection report goes (default FILE.report.csv)"
    )


def add_directory_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("directory", type=Path, help="holds customers.csv, accounts.csv, ...")
    parser.add_argument("--dry-run", action="store_true", help="validate only, write nothing")
    _add_bulk_argument(parser)


def _add_bulk_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--bulk",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="PostgreSQL: drop the tables' foreign keys and indexes while writing and re-create "
        "them before the commit; locks the tables (go-live only; the database user must own "
        "them). Default: for files of 100,000 rows or more",
    )


class ProgressLine:
    """One line rewritten in place: `customers  validating  120000/1000000  12%`."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._last = 0.0
        self._phase = ""

    def __call__(self, kind: str, phase: str, done: int, total: int) -> None:
        moment = time.monotonic()
        final = phase not in ("validating", "writing", "indexing")
        # a new phase is always shown (indexing sends nothing more until it ends)
        if not final and phase == self._phase and moment - self._last < 0.2:
            return
        self._last, self._phase = moment, phase
        percent = f"{100 * done // total:3d}%" if total else "    "
        self._stream.write(f"\r{kind:<14}{phase:<12}{done:>10}/{total:<10}{percent}")
        if final:
            self._stream.write("\n")
        self._stream.flush()


def _summary(outcome: ImportOutcome, report_path: Path | None) -> int:
    if outcome.status == "already_imported":
        print(
            f"{outcome.file_name}: already imported (batch {outcome.previous_batch_id}); "
            "nothing written."
        )
        return 0
    if outcome.status in ("imported", "validated"):
        verb = "imported" if outcome.status == "imported" else "valid (dry run, nothing written)"
        print(f"{outcome.file_name}: {outcome.rows_total} rows {verb}; batch {outcome.batch_id}")
        return 0
    if outcome.status == "rejected":
        print(
            f"{outcome.file_name}: REJECTED, nothing written: {outcome.rejected_rows} rows "
            f"rejected ({len(outcome.rejections)} problems); batch {outcome.batch_id}"
        )
        if report_path is not None:
            report_path.write_text(report_csv(outcome.rejections), encoding="utf-8")
            print(f"report: {report_path}")
        for rejection in outcome.rejections[:10]:
            print(
                f"  line {rejection.line} {rejection.column}: {rejection.reason} "
                f"{rejection.message} {rejection.value!r}"
            )
        return EXIT_REJECTED
    print(f"{outcome.file_name}: FAILED, nothing written: {outcome.message}")
    return EXIT_FAILED


def run_file(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        print(f"no such file: {args.file}", file=sys.stderr)
        return EXIT_FAILED
    app = build_application(load_settings(args.config))
    try:
        line = ProgressLine(sys.stdout)
        outcome = importer_for(app).import_file(
            system_principal(getpass.getuser()),
            args.kind,
            args.file,
            dry_run=args.dry_run,
            bulk=args.bulk,
            progress=lambda phase, done, total: line(args.kind, phase, done, total),
        )
    finally:
        app.close()
    report = args.report or args.file.with_name(args.file.name + ".report.csv")
    return _summary(outcome, report)


def run_directory(args: argparse.Namespace) -> int:
    from iwebs_server.application.legacy_import import import_directory

    if not args.directory.is_dir():
        print(f"no such directory: {args.directory}", file=sys.stderr)
        return EXIT_FAILED
    app = build_application(load_settings(args.config))
    try:
        outcomes = import_directory(
            app,
            args.directory,
            ProgressLine(sys.stdout),
            principal=system_principal(getpass.getuser()),
            dry_run=args.dry_run,
            bulk=args.bulk,
        )
    finally:
        app.close()
    if not outcomes:
        print(f"no import file in {args.directory} (customers.csv, accounts.csv, ...)")
        return EXIT_FAILED
    code = 0
    for outcome in outcomes:
        path = args.directory / f"{outcome.kind}.csv"
        code = max(code, _summary(outcome, path.with_name(path.name + ".report.csv")))
    return code
