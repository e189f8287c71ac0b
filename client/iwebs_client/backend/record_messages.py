"""Helpers the customer-base gateways share: business dates and update masks."""

from __future__ import annotations

import datetime as dt

from google.protobuf.field_mask_pb2 import FieldMask

from iwebs.v1 import common_pb2


def date_message(value: dt.date | None) -> common_pb2.Date | None:
    if value is None:
        return None
    return common_pb2.Date(year=value.year, month=value.month, day=value.day)


def field_mask(paths: tuple[str, ...]) -> FieldMask:
    return FieldMask(paths=list(paths))
