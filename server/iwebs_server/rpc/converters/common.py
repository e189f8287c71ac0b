"""Shared conversions: instants and enum names."""

from __future__ import annotations

from datetime import UTC, datetime

from google.protobuf.timestamp_pb2 import Timestamp

from iwebs_server.domain.errors import InvalidInput


def timestamp(value: datetime | None) -> Timestamp | None:
    if value is None:
        return None
    stamp = Timestamp()
    stamp.FromDatetime(value.astimezone(UTC))
    return stamp


def instant(stamp: Timestamp, present: bool, field: str) -> datetime | None:
    """The instant of an optional Timestamp field; out of range is bad input (SEC-10)."""
    if not present:
        return None
    try:
        return stamp.ToDatetime(tzinfo=UTC)
    except (ValueError, OverflowError) as error:
        raise InvalidInput.field(field, "is not a valid instant") from error
