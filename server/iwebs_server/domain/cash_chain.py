"""The hash chains of the cash desk (CASH-03, CASH-04).

Receipts are chained per receipt series (agency and year), closures per agency:
`hash_n = SHA-256(hash_{n-1} || canonical_json(record_n))`, canonical JSON with sorted keys,
a fixed field list, amounts as integers, instants as UTC ISO-8601 (domain/audit_chain.py).
A series or an agency starts from GENESIS_HASH.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from iwebs_server.domain.audit_chain import GENESIS_HASH, canonical_instant

__all__ = [
    "CLOSURE_FIELDS",
    "GENESIS_HASH",
    "RECEIPT_FIELDS",
    "closure_hash",
    "receipt_hash",
]

# The receipt's fields that its hash covers (a column of `receipts` each).
RECEIPT_FIELDS: tuple[str, ...] = (
    "id",
    "series_id",
    "number",
    "receipt_number",
    "kind",
    "agency_id",
    "cash_session_id",
    "payment_id",
    "cash_movement_id",
    "cancels_receipt_id",
    "approval_request_id",
    "account_id",
    "currency_code",
    "amount_minor",
    "issued_at",
    "issued_by",
    "workstation_id",
    "reason",
)

# The closure's fields that its hash covers (a column of `cash_closures` each).
CLOSURE_FIELDS: tuple[str, ...] = (
    "id",
    "agency_id",
    "sequence",
    "level",
    "cash_session_id",
    "business_date",
    "currency_code",
    "totals_json",
    "receipt_count",
    "first_receipt_number",
    "last_receipt_number",
    "last_receipt_hash",
    "period_total_minor",
    "perpetual_total_minor",
    "expected_cash_minor",
    "counted_cash_minor",
    "difference_minor",
    "comment",
    "closed_at",
    "closed_by",
)

_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, sort_keys=True)


def _canonical(record: Mapping[str, Any], fields: tuple[str, ...]) -> str:
    body: dict[str, Any] = {}
    for name in fields:
        value = record.get(name)
        if isinstance(value, datetime):
            value = canonical_instant(value)
        elif isinstance(value, date):
            value = value.isoformat()
        body[name] = value
    return _ENCODER.encode(body)


def _hash(previous_hash: str, text: str) -> str:
    digest = hashlib.sha256()
    digest.update(previous_hash.encode("ascii"))
    digest.update(text.encode("utf-8"))
    return digest.hexdigest()


def receipt_hash(previous_hash: str, receipt: Mapping[str, Any]) -> str:
    return _hash(previous_hash, _canonical(receipt, RECEIPT_FIELDS))


def closure_hash(previous_hash: str, closure: Mapping[str, Any]) -> str:
    return _hash(previous_hash, _canonical(closure, CLOSURE_FIELDS))
