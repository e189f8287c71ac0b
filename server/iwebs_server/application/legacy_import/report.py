"""The validation report of an import: every rejected row, its column and why."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

# Reason codes (docs/legacy-import.md section 4)
REQUIRED = "REQUIRED"
INVALID_FORMAT = "INVALID_FORMAT"
TOO_LONG = "TOO_LONG"
OUT_OF_RANGE = "OUT_OF_RANGE"
UNKNOWN_CODE = "UNKNOWN_CODE"
UNKNOWN_REFERENCE = "UNKNOWN_REFERENCE"
DUPLICATE_IN_FILE = "DUPLICATE_IN_FILE"
ALREADY_EXISTS = "ALREADY_EXISTS"
INCONSISTENT = "INCONSISTENT"
MISSING_COLUMN = "MISSING_COLUMN"
UNKNOWN_COLUMN = "UNKNOWN_COLUMN"
ENCODING = "ENCODING"

# A value shown in the report is cut there: the report explains, it does not copy the file.
VALUE_SHOWN = 80
# A file of garbage must not make a report of gigabytes: the first problems found are kept
# (every rejected row is still counted); the operator fixes those and runs the file again.
MAX_KEPT = 100_000


@dataclass(frozen=True)
class Rejection:
    line: int
    column: str
    reason: str
    message: str
    value: str = ""

    def to_json(self) -> str:
        return json.dumps(
            {
                "line": self.line,
                "column": self.column,
                "reason": self.reason,
                "message": self.message,
                "value": self.value,
            },
            ensure_ascii=False,
        )

    @staticmethod
    def from_json(text: str) -> Rejection:
        data = json.loads(text)
        return Rejection(
            int(data["line"]), data["column"], data["reason"], data["message"], data["value"]
        )


class Report:
    """Collects rejections; `lines` counts the distinct rejected lines."""

    def __init__(self) -> None:
        self.rejections: list[Rejection] = []
        self.not_kept = 0
        self._lines: set[int] = set()

    def reject(self, line: int, column: str, reason: str, message: str, value: str = "") -> None:
        self._lines.add(line)
        if len(self.rejections) >= MAX_KEPT:
            self.not_kept += 1
            return
        self.rejections.append(Rejection(line, column, reason, message, value[:VALUE_SHOWN]))

    @property
    def rejected_rows(self) -> int:
        return len(self._lines)

    def __bool__(self) -> bool:
        return bool(self.rejections)

    def sorted(self) -> list[Rejection]:
        return sorted(self.rejections, key=lambda r: (r.line, r.column))

    def to_text(self) -> str:
        """The report as stored in import_batches.report: one JSON object per line."""
        return "\n".join(r.to_json() for r in self.sorted())


def parse_report(text: str) -> Iterator[Rejection]:
    for line in text.splitlines():
        if line.strip():
            yield Rejection.from_json(line)


def report_csv(rejections: Iterable[Rejection]) -> str:
    """The report as the CLI writes it: `line;column;reason;message;value`."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    writer.writerow(["line", "column", "reason", "message", "value"])
    for r in rejections:
        writer.writerow([r.line, r.column, r.reason, r.message, r.value])
    return out.getvalue()
