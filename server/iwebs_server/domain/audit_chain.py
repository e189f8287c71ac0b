"""The audit log's hash chain (SEC-09): hash_n = SHA-256(hash_{n-1} || canonical_json(event_n)).

Canonical JSON: sorted keys, no spaces, UTF-8, a fixed field list, integers as integers,
instants as UTC ISO-8601 with microseconds. The same scheme chains receipts later (CASH-03).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

GENESIS_HASH = "0" * 64

CHAINED_FIELDS: tuple[str, ...] = (
    "sequence",
    "occurred_at",
    "action",
    "outcome",
    "user_id",
    "user_login",
    "workstation_id",
    "agency_id",
    "object_type",
    "object_id",
    "reason",
    "request_id",
    "correlation_id",
    "duration_ms",
    "details_json",
)


def canonical_instant(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("instants in the chain must be aware")
    # The same text as strftime("%Y-%m-%dT%H:%M:%S.%fZ"), at a fraction of its cost.
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


_SORTED_FIELDS = tuple(sorted(CHAINED_FIELDS))
_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)


def canonical_json(record: Mapping[str, Any]) -> str:
    """Keys in sorted order (inserted sorted: the same text as sort_keys=True, cheaper)."""
    body: dict[str, Any] = {}
    for name in _SORTED_FIELDS:
        value = record.get(name)
        if isinstance(value, datetime):
            value = canonical_instant(value)
        body[name] = value
    return _ENCODER.encode(body)


def chain_hash(previous_hash: str, record: Mapping[str, Any]) -> str:
    digest = hashlib.sha256()
    digest.update(previous_hash.encode("ascii"))
    digest.update(canonical_json(record).encode("utf-8"))
    return digest.hexdigest()


@dataclass(frozen=True)
class ChainBreak:
    sequence: int
    problem: str  # "altered", "missing" (a gap), "reordered", "bad_link"

    def describe(self) -> str:
        return f"audit chain broken at sequence {self.sequence}: {self.problem}"


def verify_chain(rows: Iterable[Mapping[str, Any]]) -> ChainBreak | None:
    """Walk rows in stored order; return the first break, or None when the chain holds.

    Each row carries its fields plus `previous_hash` and `hash`.
    """
    expected_previous = GENESIS_HASH
    expected_sequence = 1
    for row in rows:
        sequence = int(row["sequence"])
        if sequence != expected_sequence:
            problem = "missing" if sequence > expected_sequence else "reordered"
            return ChainBreak(expected_sequence if problem == "missing" else sequence, problem)
        if row["previous_hash"] != expected_previous:
            return ChainBreak(sequence, "bad_link")
        if chain_hash(expected_previous, row) != row["hash"]:
            return ChainBreak(sequence, "altered")
        expected_previous = row["hash"]
        expected_sequence += 1
    return None
