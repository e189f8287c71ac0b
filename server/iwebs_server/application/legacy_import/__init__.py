"""Go-live import of the legacy system's customer base and open bills (issue 3 item 5).

Formats and rules: docs/legacy-import.md. `import_directory` is the fast entry point for
the demo generator and benchmarks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from iwebs_server.application.clock import SystemClock
from iwebs_server.application.legacy_import.importer import (
    KINDS,
    ImportOutcome,
    LegacyImporter,
    Progress,
)
from iwebs_server.domain.principal import Principal, system_principal
from iwebs_server.persistence.unit_of_work import UnitOfWorkFactory

__all__ = [
    "KINDS",
    "ImportOutcome",
    "LegacyImporter",
    "Progress",
    "import_directory",
    "importer_for",
]


def importer_for(target: Any) -> LegacyImporter:
    """An importer on an Engine or on an application (anything with uow_factory and clock)."""
    if isinstance(target, Engine):
        return LegacyImporter(UnitOfWorkFactory(target), SystemClock())
    return LegacyImporter(target.uow_factory, target.clock)


def import_directory(
    target: Any,
    directory: Path,
    progress: Callable[[str, str, int, int], None] | None = None,
    *,
    principal: Principal | None = None,
    dry_run: bool = False,
    bulk: bool | None = None,
) -> list[ImportOutcome]:
    """Imports the files of docs/legacy-import.md section 2 found in `directory`, in
    dependency order; stops at the first file that is not imported.

    `progress(kind, phase, done, total)` is called regularly; `bulk` as in
    LegacyImporter.import_file (None: bulk mode for large files on PostgreSQL)."""
    importer = importer_for(target)
    who = principal or system_principal("legacy-import")
    outcomes: list[ImportOutcome] = []
    for kind, kind_class in KINDS.items():
        path = Path(directory) / kind_class.file_name
        if not path.exists():
            continue

        def relay(phase: str, done: int, total: int, kind: str = kind) -> None:
            if progress is not None:
                progress(kind, phase, done, total)

        outcome = importer.import_file(who, kind, path, dry_run=dry_run, progress=relay, bulk=bulk)
        outcomes.append(outcome)
        if not outcome.ok:
            break
    return outcomes
