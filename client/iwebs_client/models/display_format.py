"""Dates and numbers for display, through QLocale (French by default)."""

from __future__ import annotations

from google.protobuf.timestamp_pb2 import Timestamp
from PySide6.QtCore import QDateTime, QLocale


def timestamp_to_qdatetime(ts: Timestamp) -> QDateTime | None:
    if ts.seconds == 0 and ts.nanos == 0:
        return None
    return QDateTime.fromMSecsSinceEpoch(ts.seconds * 1000 + ts.nanos // 1_000_000)


def format_timestamp(ts: Timestamp) -> str:
    """Local date and time in the user's language; empty when the timestamp is unset."""
    moment = timestamp_to_qdatetime(ts)
    if moment is None:
        return ""
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


def timestamp_sort_key(ts: Timestamp) -> int:
    return ts.seconds * 1_000_000_000 + ts.nanos


def format_integer(value: int) -> str:
    return QLocale().toString(value)
