"""Reading an import file: UTF-8, `;`-separated, a header row naming the columns."""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from iwebs_server.application.legacy_import import report as r

DELIMITER = ";"
LIST_SEPARATOR = "|"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass
class CsvFile:
    """The decoded text of a file and its header (column -> index)."""

    text: str
    header: dict[str, int]
    header_ok: bool

    @property
    def plain(self) -> bool:
        """No quote, carriage return or NUL: every line is a row and `;` splits it as the
        csv module would (the go-live files are written so; reading them takes half the
        time, and counting their rows a small part of it)."""
        text = self.text
        return '"' not in text and "\r" not in text and "\0" not in text

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(physical line number of the row's start, fields) for every data row."""
        if self.plain:
            for number, content in self._plain_lines():
                yield number, content.split(DELIMITER)
            return
        lines = io.StringIO(self.text, newline="")
        reader = csv.reader(lines, delimiter=DELIMITER, quotechar='"', strict=False)
        next(reader, None)
        line = 2
        for fields in reader:
            start = line
            line = reader.line_num + 1
            if not fields or (len(fields) == 1 and not fields[0].strip()):
                continue
            yield start, fields

    def _plain_lines(self) -> Iterator[tuple[int, str]]:
        """(line number, text) of the lines after the header that are not blank, one at a
        time (a list of a million lines would sit in memory beside the parsed rows)."""
        text = self.text
        size = len(text)
        start = text.find("\n") + 1 or size
        number = 2
        while start < size:
            end = text.find("\n", start)
            if end < 0:
                end = size
            content = text[start:end]
            if content.strip():
                yield number, content
            start, number = end + 1, number + 1

    def count_rows(self) -> int:
        if self.plain:
            return sum(1 for _ in self._plain_lines())
        return sum(1 for _ in self.rows())


def open_csv(
    path: Path, required: tuple[str, ...], optional: tuple[str, ...], report: r.Report
) -> CsvFile:
    """Decodes the file and checks its header; problems go to `report` at line 1."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        report.reject(1, "", r.ENCODING, f"the file is not UTF-8 (byte {error.start})", "")
        return CsvFile("", {}, False)
    if text.startswith("\ufeff"):
        text = text[1:]
    first = next(csv.reader(io.StringIO(text, newline=""), delimiter=DELIMITER), [])
    header: dict[str, int] = {}
    ok = True
    for index, name in enumerate(first):
        column = name.strip()
        if column in header:
            report.reject(1, column, r.DUPLICATE_IN_FILE, "column named twice", column)
            ok = False
        elif column not in required and column not in optional:
            report.reject(1, column, r.UNKNOWN_COLUMN, "unknown column", column)
            ok = False
        header[column] = index
    for column in required:
        if column not in header:
            report.reject(1, column, r.MISSING_COLUMN, "required column missing", "")
            ok = False
    return CsvFile(text, header, ok)
