"""The one id-list helper of the bulk reads (persistence/repositories/id_lists.py), on both
databases: plain ids go as they are, anything else quoted, and the statement finds exactly
the rows of the list (FAC-1: a bill run's chunk reads its subscriptions this way)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from iwebs_server.persistence.repositories.id_lists import array_literal, one_of
from iwebs_server.persistence.tables.administration import AgencyRow
from tests.factories.cash_desk import cash_application
from tests.factories.clock import ManualClock

ODD = ['a"b', "c,d", "e\\f", "NULL", "null", "{g}", "h i", ""]


def test_array_literal_quotes_only_what_needs_it() -> None:
    assert array_literal(["01a2-ff", "DKR"]) == "{01a2-ff,DKR}"
    assert array_literal(["NULL", "x"]) == '{"NULL","x"}'
    assert array_literal(['a"b', "c,d"]) == '{"a\\"b","c,d"}'
    assert array_literal([]) == "{}"


@pytest.mark.parametrize("extra", [[], ODD], ids=["plain", "odd"])
def test_one_of_finds_exactly_the_listed_rows(
    database_url: str, tmp_path: Path, extra: list[str]
) -> None:
    app = cash_application(database_url, tmp_path, ManualClock(datetime(2026, 11, 2, tzinfo=UTC)))
    try:
        with app.uow_factory(read_only=True) as uow:
            everyone = set(uow.session.scalars(select(AgencyRow.code)))
            wanted = ["DKR", "THS", *extra]
            found = set(
                uow.session.scalars(
                    select(AgencyRow.code).where(one_of(uow.session, AgencyRow.code, wanted))
                )
            )
    finally:
        app.close()
    assert {"DKR", "THS"} <= everyone
    assert found == {"DKR", "THS"}
