"""Searching the audit log (ADM-8) and verifying its chain (SEC-09, SEC-10)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from iwebs_server.application.paging import decode_token, encode_token, page_size
from iwebs_server.application.views import AuditEventView, Page
from iwebs_server.domain import rights
from iwebs_server.domain.audit_chain import ChainBreak, verify_chain
from iwebs_server.domain.principal import Principal
from iwebs_server.persistence.tables.audit import AuditEventRow
from iwebs_server.persistence.unit_of_work import UowFactory

OUTCOMES = ("success", "failure", "denied")


def to_view(row: AuditEventRow) -> AuditEventView:
    return AuditEventView(
        row.sequence,
        row.occurred_at,
        row.action,
        row.outcome,
        row.user_id,
        row.user_login,
        row.workstation_id,
        row.agency_id,
        row.object_type,
        row.object_id,
        row.reason,
        row.request_id,
        row.correlation_id,
        row.duration_ms,
        row.details_json,
    )


class AuditQueries:
    def __init__(self, uow_factory: UowFactory) -> None:
        self._uow = uow_factory

    def search(
        self,
        principal: Principal,
        size: int,
        token: str,
        *,
        occurred_from: datetime | None = None,
        occurred_to: datetime | None = None,
        user_login: str = "",
        action_prefix: str = "",
        outcome: str = "",
        agency_id: str = "",
        object_id: str = "",
    ) -> Page[AuditEventView]:
        principal.require(rights.ADMIN_AUDIT_READ)
        limit = page_size(size)
        before = decode_token(token) or None
        with self._uow(read_only=True) as uow:
            rows = uow.audit.search(
                principal.scope,
                before_sequence=before,
                limit=limit,
                occurred_from=occurred_from,
                occurred_to=occurred_to,
                user_login=user_login[:64],
                action_prefix=action_prefix[:100],
                outcome=outcome if outcome in OUTCOMES else "",
                agency_id=agency_id[:36],
                object_id=object_id[:64],
            )
            token_out = encode_token(rows[-1].sequence) if len(rows) == limit else ""
            return Page(tuple(to_view(r) for r in rows), token_out)

    def verify(self) -> tuple[ChainBreak | None, int]:
        """The first break of the chain (or None) and how many rows were read."""
        with self._uow(read_only=True) as uow:
            count = 0

            def counted() -> Iterator[dict[str, Any]]:
                nonlocal count
                for row in uow.audit.iterate_chain():
                    count += 1
                    yield row

            found = verify_chain(counted())
            if found is None:
                head = uow.audit.head()
                if head is not None and head[0] != count:
                    found = ChainBreak(count + 1, "missing")
            return found, count
