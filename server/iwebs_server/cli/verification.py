"""What `iwebs cash verify` and `iwebs billing verify` share: a verifier run on its own
engine against a database, its report printed, exit 0 when every promise holds, 1 otherwise."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Protocol, TextIO

from iwebs_server.persistence.database import make_engine
from iwebs_server.persistence.unit_of_work import UnitOfWorkFactory, UowFactory


class Report(Protocol):
    @property
    def ok(self) -> bool: ...

    def text(self) -> str: ...


class Verifier(Protocol):
    def verify(self, agency_code: str = "") -> Report: ...


def run_verifier(
    make_verifier: Callable[[UowFactory], Verifier],
    database_url: str,
    agency_code: str = "",
    stream: TextIO | None = None,
) -> int:
    engine = make_engine(database_url, pool_size=1)
    try:
        report = make_verifier(UnitOfWorkFactory(engine)).verify(agency_code)
    finally:
        engine.dispose()
    print(report.text(), file=stream or sys.stdout)
    return 0 if report.ok else 1
