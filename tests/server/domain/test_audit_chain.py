"""The audit hash chain detects alteration, removal and reordering (SEC-09, T-SEC-10)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from iwebs_server.domain.audit_chain import GENESIS_HASH, chain_hash, verify_chain


def make_chain(count: int) -> list[dict]:
    rows, previous = [], GENESIS_HASH
    start = datetime(2026, 11, 28, 8, 0, tzinfo=UTC)
    for sequence in range(1, count + 1):
        record = {
            "sequence": sequence,
            "occurred_at": start + timedelta(seconds=sequence),
            "action": "session.login",
            "outcome": "success",
            "user_login": f"caissier{sequence}",
            "duration_ms": sequence,
        }
        digest = chain_hash(previous, record)
        rows.append({**record, "previous_hash": previous, "hash": digest})
        previous = digest
    return rows


def test_intact_chain_verifies():
    assert verify_chain(make_chain(20)) is None


def test_altered_field_is_named():
    rows = make_chain(10)
    rows[6]["user_login"] = "intrus"
    found = verify_chain(rows)
    assert found is not None
    assert (found.sequence, found.problem) == (7, "altered")


def test_removed_row_is_named():
    rows = make_chain(10)
    del rows[3]
    found = verify_chain(rows)
    assert found is not None
    assert (found.sequence, found.problem) == (4, "missing")


def test_swapped_rows_are_named():
    rows = make_chain(10)
    rows[4], rows[5] = dict(rows[5], sequence=5), dict(rows[4], sequence=6)
    found = verify_chain(rows)
    assert found is not None
    assert found.sequence == 5


def test_naive_instants_are_refused():
    record = {"sequence": 1, "occurred_at": datetime(2026, 1, 1)}
    try:
        chain_hash(GENESIS_HASH, record)
    except ValueError:
        return
    raise AssertionError("a naive instant must not be chained")


@given(st.integers(min_value=1, max_value=30), st.data())
def test_any_single_alteration_is_found_at_its_row(count, data):
    rows = make_chain(count)
    index = data.draw(st.integers(min_value=0, max_value=count - 1))
    rows[index]["duration_ms"] = rows[index]["duration_ms"] + data.draw(st.integers(1, 1000))
    found = verify_chain(rows)
    assert found is not None
    assert found.sequence == index + 1
