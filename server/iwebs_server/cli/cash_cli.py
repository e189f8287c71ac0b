"""`iwebs cash verify [--agency CODE] [--database-url URL]` (CASH-08, REL-03).

Re-checks the receipts' numbering and hash chains, the closures' chain, sums and perpetual
totals, the cancellations and the ledger from the stored rows, prints a report that names
the first affected row of each problem, and exits 0 when everything holds, 1 otherwise.
"""

from __future__ import annotations

import argparse
from typing import TextIO

from iwebs_server.application.cash_verifier import CashVerifier
from iwebs_server.cli.verification import run_verifier
from iwebs_server.settings import load_settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    commands = parser.add_subparsers(dest="cash_command", required=True)
    verify = commands.add_parser(
        "verify",
        help="check receipt numbering and chains, closures, cancellations and the ledger",
    )
    verify.add_argument("--agency", default="", help="agency code (default: every agency)")
    verify.add_argument(
        "--database-url", default="", help="database to verify (default: the server's)"
    )


def verify(database_url: str, agency_code: str = "", stream: TextIO | None = None) -> int:
    return run_verifier(CashVerifier, database_url, agency_code, stream)


def run(args: argparse.Namespace) -> int:
    url = args.database_url or load_settings(args.config).effective_database_url
    return verify(url, args.agency)
