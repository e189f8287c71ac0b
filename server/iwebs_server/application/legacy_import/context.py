"""What the rows of an import are checked against: agencies, reference codes, rounds,
network nodes, and records already in the database (looked up in bulk, by chunks)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import String, any_, bindparam, func, select
from sqlalchemy.orm import Session

from iwebs_server.application.legacy_import import report as r
from iwebs_server.application.legacy_import.fields import Row
from iwebs_server.application.legacy_import.ids import OrderedIds
from iwebs_server.domain.principal import Principal
from iwebs_server.persistence.tables.administration import AgencyRow
from iwebs_server.persistence.tables.customer_base import NetworkNodeRow, RoundRow
from iwebs_server.persistence.tables.reference_data import ReferenceItemRow

LOOKUP_CHUNK = 5000
PG_LOOKUP_CHUNK = 50000

Progress = Callable[[str, int, int], None]
_SEPARATORS = tuple(chr(c) for c in range(0x1F, 0, -1))  # unit separator first


def chunks(values: Sequence[Any], size: int = LOOKUP_CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


class ImportContext:
    """One file's import: the caller, the day, the report, and cached look-ups."""

    def __init__(
        self,
        session: Session,
        principal: Principal,
        batch_id: str,
        now: datetime,
        report: r.Report,
        progress: Progress,
    ) -> None:
        self.session = session
        self.principal = principal
        self.batch_id = batch_id
        self.now = now
        self.today: date = now.date()
        self.report = report
        self.progress = progress
        self.postgresql = session.get_bind().dialect.name == "postgresql"
        self.chunk = PG_LOOKUP_CHUNK if self.postgresql else LOOKUP_CHUNK
        self.new_id = OrderedIds()
        self._codes: dict[str, set[str]] = {}
        self._agencies: dict[str, str] | None = None
        self._rounds: dict[tuple[str, str], str] | None = None
        self._nodes: dict[tuple[str, str], tuple[str, str | None]] | None = None

    @property
    def reason(self) -> str:
        return f"legacy import {self.batch_id}"

    def in_scope(self, agency_id: str | None) -> bool:
        return self.principal.scope.allows(agency_id)

    def codes(self, table: str) -> set[str]:
        found = self._codes.get(table)
        if found is None:
            found = set(
                self.session.scalars(
                    select(ReferenceItemRow.code)
                    .where(ReferenceItemRow.table_code == table)
                    .where(ReferenceItemRow.active.is_(True))
                )
            )
            self._codes[table] = found
        return found

    def agency(self, row: Row, column: str, *, required: bool) -> str:
        """The id of the agency whose code is in `column` ("" if absent or refused)."""
        if self._agencies is None:
            self._agencies = {
                code: agency_id
                for code, agency_id, active in self.session.execute(
                    select(AgencyRow.code, AgencyRow.id, AgencyRow.active)
                )
                if active and self.in_scope(agency_id)
            }
        code = row.raw(column)
        if not code:
            if required:
                row.fail(column, r.REQUIRED, "a value is required")
            return ""
        agency_id = self._agencies.get(code) or self._agencies.get(code.upper())
        if agency_id is None:
            row.fail(column, r.UNKNOWN_CODE, "no active agency with this code in your scope", code)
            return ""
        return agency_id

    def round_id(self, agency_id: str, code: str) -> str | None:
        if self._rounds is None:
            self._rounds = {
                (a, c): i
                for i, a, c in self.session.execute(
                    select(RoundRow.id, RoundRow.agency_id, RoundRow.code).where(
                        RoundRow.active.is_(True)
                    )
                )
            }
        return self._rounds.get((agency_id, code))

    def node(self, kind: str, code: str) -> tuple[str, str | None] | None:
        """(id, agency id or None) of the active network node of `kind` and `code`."""
        if self._nodes is None:
            self._nodes = {
                (k, c): (i, a)
                for i, k, c, a in self.session.execute(
                    select(
                        NetworkNodeRow.id,
                        NetworkNodeRow.kind,
                        NetworkNodeRow.code,
                        NetworkNodeRow.agency_id,
                    ).where(NetworkNodeRow.active.is_(True))
                )
            }
        return self._nodes.get((kind, code))

    def lookup(
        self,
        key: Any,
        columns: Sequence[Any],
        keys: Collection[str],
        *,
        join: Callable[[Any], Any] | None = None,
    ) -> dict[str, tuple[Any, ...]]:
        """key value -> (columns...) of the rows whose `key` is one of `keys`."""
        found: dict[str, tuple[Any, ...]] = {}
        wanted = sorted(k for k in keys if k)
        statement = select(key, *columns)
        if join is not None:
            statement = join(statement)
        for part in chunks(wanted, self.chunk):
            for values in self.session.execute(statement.where(self.among(key)), self.wanted(part)):
                found[values[0]] = tuple(values[1:])
        return found

    def among(self, key: Any) -> Any:
        """`key IN (...)` bound as one parameter, its values given by `wanted`: on PostgreSQL
        one text split into an array by the server (one statement text for every chunk, no
        expansion of thousands of placeholders, and no array of 50,000 strings for psycopg
        to dump one by one, which took 14 s of a million-row import)."""
        if self.postgresql:
            values = func.string_to_array(
                bindparam("wanted", type_=String()), bindparam("separator", type_=String())
            )
            return key == any_(values)
        return key.in_(bindparam("wanted", expanding=True))

    def wanted(self, part: Sequence[str]) -> dict[str, Any]:
        """The parameters of `among` for these values."""
        if not self.postgresql:
            return {"wanted": list(part)}
        for separator in _SEPARATORS:  # a control character no value holds
            joined = separator.join(part)
            if joined.count(separator) == len(part) - 1:
                return {"wanted": joined, "separator": separator}
        raise ValueError("every control character occurs in the values looked up")

    def pairs(
        self, first: Any, key: Any, keys: Collection[str], *conditions: Any
    ) -> list[tuple[Any, str]]:
        """(first, key) of every row whose `key` is one of `keys` (a key may repeat)."""
        found: list[tuple[Any, str]] = []
        statement = select(first, key).where(self.among(key), *conditions)
        for part in chunks(sorted(k for k in keys if k), self.chunk):
            found.extend((a, b) for a, b in self.session.execute(statement, self.wanted(part)))
        return found

    def existing(self, key: Any, keys: Collection[str]) -> set[str]:
        found: set[str] = set()
        wanted = sorted(k for k in keys if k)
        statement = select(key).where(self.among(key))
        for part in chunks(wanted, self.chunk):
            found.update(self.session.scalars(statement, self.wanted(part)))
        return found
