"""`iwebs`: operator commands run on the server machine (audit verify, cash verify,
workstations, demo)."""

from __future__ import annotations

import argparse
import getpass
import sys
import uuid
from pathlib import Path

from iwebs_server.cli import (
    billing_cli,
    cash_cli,
    demo,
    demo_data_cli,
    legacy_import_cli,
    reference_cli,
)
from iwebs_server.composition import build_application
from iwebs_server.domain.principal import system_principal
from iwebs_server.logging_setup import configure_logging
from iwebs_server.settings import load_settings

KINDS = ("agency_counter", "bank_counter", "back_office")


def verify_audit(config: Path | None) -> int:
    app = build_application(load_settings(config))
    try:
        found, count = app.services.audit_queries.verify()
    finally:
        app.close()
    if found is None:
        print(f"Audit chain OK: {count} events, no break.")
        return 0
    print(f"AUDIT CHAIN BROKEN at sequence {found.sequence}: {found.problem}")
    return 1


def register_workstation(
    config: Path | None, name: str, agency_code: str, kind: str, cash: bool
) -> int:
    app = build_application(load_settings(config))
    try:
        principal = system_principal(getpass.getuser())
        agency = app.services.agencies.get_by_code(principal, agency_code)
        code = app.services.workstations.register(
            principal, str(uuid.uuid4()), name, agency.agency_id, kind, cash
        )
    finally:
        app.close()
    print(f"Workstation {code.workstation.name} ({code.workstation.workstation_id})")
    print(f"Enrollment code: {code.code} (valid until {code.expires_at:%Y-%m-%d %H:%M} UTC)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="iwebs", description="iWEBS operator commands")
    parser.add_argument("--config", type=Path, help="server TOML settings file")
    commands = parser.add_subparsers(dest="command", required=True)
    audit = commands.add_parser("audit", help="audit log tools").add_subparsers(
        dest="audit_command", required=True
    )
    audit.add_parser("verify", help="check the audit log's hash chain; name the first broken row")
    workstation = commands.add_parser("workstation", help="workstations").add_subparsers(
        dest="workstation_command", required=True
    )
    register = workstation.add_parser(
        "register", help="declare a workstation and print its enrollment code"
    )
    register.add_argument("--name", required=True)
    register.add_argument("--agency", required=True, help="agency code")
    register.add_argument("--kind", choices=KINDS, default="agency_counter")
    register.add_argument("--may-collect-cash", action="store_true")
    demo.add_arguments(
        commands.add_parser("demo", help="run the demo: server, seeded utility, client")
    )
    demo_data_cli.add_arguments(
        commands.add_parser(
            "demo-data",
            help="generate a realistic utility of N subscribers and load it through the import",
        )
    )
    legacy_import_cli.add_file_arguments(
        commands.add_parser("import", help="import one legacy CSV file (docs/legacy-import.md)")
    )
    legacy_import_cli.add_directory_arguments(
        commands.add_parser("import-dir", help="import every legacy CSV file of a directory")
    )
    reference_cli.add_arguments(
        commands.add_parser("reference", help="export, import or seed reference data")
    )
    cash_cli.add_arguments(commands.add_parser("cash", help="cash desk tools (verify)"))
    billing_cli.add_arguments(
        commands.add_parser("billing", help="bill runs: worker processes, runs and progress")
    )
    args = parser.parse_args(argv)
    configure_logging("WARNING", as_json=False)
    if args.command == "cash":
        return cash_cli.run(args)
    if args.command == "billing":
        return billing_cli.run(args)
    if args.command == "reference":
        return reference_cli.run(args)
    if args.command == "audit":
        return verify_audit(args.config)
    if args.command == "workstation":
        return register_workstation(
            args.config, args.name, args.agency, args.kind, args.may_collect_cash
        )
    if args.command == "import":
        return legacy_import_cli.run_file(args)
    if args.command == "import-dir":
        return legacy_import_cli.run_directory(args)
    if args.command == "demo-data":
        return demo_data_cli.run(args)
    return demo.run(args)


if __name__ == "__main__":
    sys.exit(main())
