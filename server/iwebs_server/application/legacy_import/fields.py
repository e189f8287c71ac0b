"""Typed reading of one CSV row; every problem becomes a rejection with its column."""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date
from decimal import Decimal, InvalidOperation

from iwebs_server.application.legacy_import import report as r

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PERIOD = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_INTEGER = re.compile(r"^\d{1,18}$")
_DEGREES = re.compile(r"^-?\d{1,3}(\.\d{1,6})?$")
_DECIMAL = re.compile(r"^\d{1,9}(\.\d{1,6})?$")
CURRENCIES = ("XOF", "XAF")
LEGACY_REFERENCE_LENGTH = 64


class Row:
    """The fields of one data row by column name, and the report its problems go to."""

    __slots__ = ("_fields", "_header", "_report", "line", "ok", "today")

    def __init__(
        self,
        line: int,
        fields: list[str],
        header: dict[str, int],
        report: r.Report,
        today: date,
    ) -> None:
        self.line = line
        self._fields = fields
        self._header = header
        self._report = report
        self.ok = True
        self.today = today

    def fail(self, column: str, reason: str, message: str, value: str = "") -> None:
        self.ok = False
        self._report.reject(self.line, column, reason, message, value)

    def raw(self, column: str) -> str:
        try:
            return self._fields[self._header[column]].strip()
        except (KeyError, IndexError):
            return ""

    def text(self, column: str, max_length: int, *, required: bool = False) -> str:
        value = self.raw(column)
        if not value:
            if required:
                self.fail(column, r.REQUIRED, "a value is required")
            return ""
        if len(value) > max_length:
            self.fail(column, r.TOO_LONG, f"at most {max_length} characters", value)
            return value[:max_length]
        return value

    def reference(self, column: str, *, required: bool = True) -> str:
        """A legacy reference (1 to 64 characters, no `|`)."""
        value = self.text(column, LEGACY_REFERENCE_LENGTH, required=required)
        if "|" in value:
            self.fail(column, r.INVALID_FORMAT, "a reference holds no '|'", value)
        return value

    def choice(
        self, column: str, allowed: Collection[str], *, required: bool = True, default: str = ""
    ) -> str:
        value = self.raw(column)
        if not value:
            if required:
                self.fail(column, r.REQUIRED, "a value is required")
            return default
        if value not in allowed:
            self.fail(
                column, r.INVALID_FORMAT, "expected one of " + ", ".join(sorted(allowed)), value
            )
            return default
        return value

    def code(self, column: str, table: str, active: Collection[str], *, required: bool) -> str:
        """A reference item code of `table` (PAR-2), active."""
        value = self.raw(column)
        if not value:
            if required:
                self.fail(column, r.REQUIRED, "a value is required")
            return ""
        if value not in active:
            self.fail(column, r.UNKNOWN_CODE, f"not an active code of {table}", value)
        return value

    def boolean(self, column: str) -> bool:
        value = self.raw(column)
        if value in ("", "0"):
            return False
        if value == "1":
            return True
        self.fail(column, r.INVALID_FORMAT, "expected 0 or 1", value)
        return False

    def integer(self, column: str, low: int, high: int, *, required: bool = False) -> int | None:
        value = self.raw(column)
        if not value:
            if required:
                self.fail(column, r.REQUIRED, "a value is required")
            return None
        if not _INTEGER.match(value):
            self.fail(column, r.INVALID_FORMAT, "expected a whole number without sign", value)
            return None
        number = int(value)
        if not low <= number <= high:
            self.fail(column, r.OUT_OF_RANGE, f"expected {low} to {high}", value)
            return None
        return number

    def amount(self, column: str) -> int:
        """An amount in minor units, > 0 (never a float)."""
        number = self.integer(column, 1, 10**15, required=True)
        return number or 0

    def currency(self, column: str) -> str:
        return self.choice(column, CURRENCIES)

    def day(self, column: str, *, required: bool = False, future_ok: bool = False) -> date | None:
        value = self.raw(column)
        if not value:
            if required:
                self.fail(column, r.REQUIRED, "a value is required")
            return None
        if not _DATE.match(value):
            self.fail(column, r.INVALID_FORMAT, "expected a date YYYY-MM-DD", value)
            return None
        try:
            result = date.fromisoformat(value)
        except ValueError:
            self.fail(column, r.INVALID_FORMAT, "not a calendar date", value)
            return None
        if result.year < 1900:
            self.fail(column, r.OUT_OF_RANGE, "a date before 1900", value)
            return None
        if not future_ok and result > self.today:
            self.fail(column, r.OUT_OF_RANGE, "a date in the future", value)
            return None
        return result

    def period(self, column: str) -> str:
        value = self.raw(column)
        if value and not _PERIOD.match(value):
            self.fail(column, r.INVALID_FORMAT, "expected a month YYYY-MM", value)
            return ""
        return value

    def degrees_e6(self, column: str, limit: int) -> int | None:
        """GPS decimal degrees within +-limit, as micro-degrees (exact integers)."""
        value = self.raw(column)
        if not value:
            return None
        if not _DEGREES.match(value):
            self.fail(
                column, r.INVALID_FORMAT, "expected decimal degrees, at most 6 decimals", value
            )
            return None
        micro = int(Decimal(value) * 1_000_000)
        if abs(micro) > limit * 1_000_000:
            self.fail(column, r.OUT_OF_RANGE, f"expected -{limit} to {limit}", value)
            return None
        return micro

    def positive_decimal(self, column: str, default: str) -> str:
        value = self.raw(column)
        if not value:
            return default
        try:
            ok = bool(_DECIMAL.match(value)) and Decimal(value) > 0
        except InvalidOperation:
            ok = False
        if not ok:
            self.fail(column, r.INVALID_FORMAT, "expected a decimal number > 0", value)
            return default
        return value

    def items(self, column: str) -> list[str]:
        """The `|`-separated items of a list field, without empty ones."""
        value = self.raw(column)
        return [part.strip() for part in value.split("|") if part.strip()] if value else []
