"""What every kind of import file does: parse rows, check references, write records."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any, ClassVar

from iwebs_server.application.legacy_import import report as r
from iwebs_server.application.legacy_import.context import ImportContext
from iwebs_server.application.legacy_import.fields import Row
from iwebs_server.application.legacy_import.writer import BulkWriter
from iwebs_server.persistence.unit_of_work import UnitOfWork


class KindImport(ABC):
    kind: ClassVar[str]
    file_name: ClassVar[str]
    required: ClassVar[tuple[str, ...]]
    optional: ClassVar[tuple[str, ...]]
    key_column: ClassVar[str] = "legacy_reference"

    def __init__(self, ctx: ImportContext) -> None:
        self.ctx = ctx
        self.keys: dict[str, int] = {}  # own key -> line

    def own_key(self, row: Row, max_length: int = 64) -> str:
        """The row's own key (legacy reference, bill number), unique in the file."""
        column = self.key_column
        value = (
            row.reference(column)
            if column == "legacy_reference"
            else row.text(column, max_length, required=True)
        )
        if value:
            first = self.keys.get(value)
            if first is not None:
                row.fail(column, r.DUPLICATE_IN_FILE, f"already on line {first}", value)
            else:
                self.keys[value] = row.line
        return value

    def reject_existing(self, key: Any) -> None:
        """Rows whose key is already in the database are rejected (not skipped)."""
        for value in sorted(self.ctx.existing(key, self.keys)):
            self.ctx.report.reject(
                self.keys[value],
                self.key_column,
                r.ALREADY_EXISTS,
                "already in the database (imported before)",
                value,
            )

    def unknown(self, line: int, column: str, value: str, what: str) -> None:
        self.ctx.report.reject(
            line, column, r.UNKNOWN_REFERENCE, f"no {what} with this reference", value
        )

    @abstractmethod
    def parse(self, row: Row) -> None:
        """Row-local checks; keeps what the later steps need when the row is valid."""

    @abstractmethod
    def check_references(self) -> None:
        """Checks against the database and the other rows of the file (after every row)."""

    @abstractmethod
    def write(self, writer: BulkWriter, uow: UnitOfWork) -> int:
        """Writes every record; returns how many records (file rows) were written."""
