"""`iwebs reference export FILE | import FILE [--dry-run] | seed` (PAR-1, PAR-2).

The file is one JSON document holding the parameters set, the reference items, the rounds
and the network tree (format "iwebs.reference-data", version 1). An import is all or
nothing: with any error nothing changes and every error is printed with where it is;
importing the same file again changes nothing.
"""

from __future__ import annotations

import argparse
import getpass
import sys
import uuid
from pathlib import Path
from typing import TextIO

from iwebs_server.application.reference_data_file import ImportReport
from iwebs_server.composition import build_application
from iwebs_server.domain.principal import system_principal
from iwebs_server.settings import load_settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    commands = parser.add_subparsers(dest="reference_command", required=True)
    export = commands.add_parser("export", help="write parameters and reference data to FILE")
    export.add_argument("file", type=Path)
    imported = commands.add_parser(
        "import", help="import FILE (all or nothing; the same file twice changes nothing)"
    )
    imported.add_argument("file", type=Path)
    imported.add_argument("--dry-run", action="store_true", help="check and count only")
    commands.add_parser("seed", help="add the standard reference lists' missing items")


def print_report(report: ImportReport, stream: TextIO | None = None) -> None:
    stream = stream or sys.stdout
    if report.errors:
        print(f"File refused, nothing imported: {len(report.errors)} error(s)", file=stream)
        for error in report.errors:
            print(f"  {error.field}: {error.description}", file=stream)
        return
    title = "Dry run, nothing written" if report.dry_run else "Imported"
    print(f"{title}: created / updated / unchanged", file=stream)
    for section, c in report.sections.items():
        print(f"  {section:16} {c.created:6} {c.updated:6} {c.unchanged:6}", file=stream)


def run(args: argparse.Namespace) -> int:
    app = build_application(load_settings(args.config))
    principal = system_principal(getpass.getuser())
    service = app.services.reference_data
    try:
        if args.reference_command == "export":
            args.file.write_bytes(service.export(principal))
            print(f"Reference data written to {args.file}")
            return 0
        if args.reference_command == "seed":
            print(f"Standard reference items added: {service.seed_standard(principal)}")
            return 0
        try:
            content = args.file.read_bytes()
        except OSError as error:
            print(f"Cannot read {args.file}: {error.strerror}", file=sys.stderr)
            return 2
        report = service.import_file(principal, str(uuid.uuid4()), content, args.dry_run)
        print_report(report)
        return 1 if report.errors else 0
    finally:
        app.close()
