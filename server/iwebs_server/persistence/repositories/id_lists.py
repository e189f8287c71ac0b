"""`column IN (ids)` for the long lists of bulk work (a bill run's chunk: ~2,000 ids).

A list of 2,000 bind parameters (or, on PostgreSQL, a Python list adapted as an array)
costs tens of milliseconds per statement in the client, and more again when several parts
of one statement repeat it. Here the ids travel as ONE text parameter, bound once however
many parts of the statement use it: on PostgreSQL an array literal cast on the server
(`IN (SELECT unnest(CAST(:ids AS VARCHAR[])))`), on SQLite a JSON array read by `json_each`
(`IN (SELECT value FROM json_each(:ids))`). The statement's shape does not depend on the
number of ids, so SQLAlchemy compiles it once.

Not `= ANY(:ids)` on PostgreSQL: the run's items of a chunk read that way took 1.26 s per
chunk in a finalization (2 ms by hand). Most likely, once psycopg prepared the statement
(its fifth run), the server kept a generic plan that, with the statistics of a table just
filled, scans it and tests each row against the array one element after the other. As a
semi-join the ids are hashed once (or looked up in an index), whatever the plan.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Select,
    String,
    bindparam,
    cast,
    func,
    literal_column,
    select,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

# what an element of an array literal may hold unquoted (our UUIDs, codes): no separator,
# quote, brace, backslash or space, and never the word NULL
_PLAIN = re.compile(r"[0-9A-Za-z_.:-]+(?:,[0-9A-Za-z_.:-]+)*")


def array_literal(ids: Collection[str]) -> str:
    """A PostgreSQL text[] literal of the ids: as they are when every one is plain (a
    chunk's 2,000 UUIDs, one join and one regular-expression match), else each quoted."""
    joined = ",".join(ids)
    if _PLAIN.fullmatch(joined) and "NULL" not in joined.upper().split(","):
        return "{" + joined + "}"
    quoted = ('"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"' for value in ids)
    return "{" + ",".join(quoted) + "}"


class IdList:
    """A list of ids sent once, for `contains(column)` in any number of places."""

    def __init__(self, session: Session, ids: Collection[str], name: str | None = None) -> None:
        """`name` None: an anonymous parameter (several lists in one statement never clash)."""
        self.ids = sorted(set(ids))
        self.postgres = session.get_bind().dialect.name == "postgresql"
        text = array_literal(self.ids) if self.postgres else json.dumps(self.ids)
        self.param: BindParameter[str] = bindparam(name, value=text, type_=String)

    def __bool__(self) -> bool:
        return bool(self.ids)

    def contains(self, column: Any) -> ColumnElement[bool]:
        values: Select[Any]
        if self.postgres:
            values = select(func.unnest(cast(self.param, ARRAY(String))))
        else:
            values = select(literal_column("value")).select_from(func.json_each(self.param))
        return column.in_(values)  # type: ignore[no-any-return]


def one_of(session: Session, column: Any, ids: Collection[str]) -> ColumnElement[bool]:
    """`column IN ids` with the ids sent as one value (the bulk reads of a chunk)."""
    return IdList(session, ids).contains(column)
