"""Appends to the hash-chained audit log and searches it (SEC-09, ADM-8)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from iwebs_server.domain.audit_chain import CHAINED_FIELDS, GENESIS_HASH, chain_hash
from iwebs_server.domain.principal import AgencyScope
from iwebs_server.persistence.tables.audit import AuditChainHeadRow, AuditEventRow

HEAD_ROW_ID = 1
_AUDIT_EVENTS: Table = AuditEventRow.__table__  # type: ignore[assignment]
_COPY_COLUMNS = (*CHAINED_FIELDS, "previous_hash", "hash")


class AuditRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def append(self, records: Sequence[Mapping[str, Any]]) -> int:
        """Chains and inserts records in order; the head row lock serializes appenders."""
        if not records:
            return 0
        head = self._session.scalar(
            select(AuditChainHeadRow).where(AuditChainHeadRow.id == HEAD_ROW_ID).with_for_update()
        )
        if head is None:
            head = AuditChainHeadRow(id=HEAD_ROW_ID, last_sequence=0, last_hash=GENESIS_HASH)
            self._session.add(head)
        sequence, previous = head.last_sequence, head.last_hash
        rows = []
        for record in records:
            sequence += 1
            fields = {name: record.get(name) for name in CHAINED_FIELDS}
            fields["sequence"] = sequence
            digest = chain_hash(previous, fields)
            rows.append({**fields, "previous_hash": previous, "hash": digest})
            previous = digest
        self._insert(rows)
        head.last_sequence, head.last_hash = sequence, previous
        self._session.flush()
        return len(rows)

    def _insert(self, rows: list[dict[str, Any]]) -> None:
        """PostgreSQL: one COPY for the batch; elsewhere one executemany."""
        connection = self._session.connection()
        if connection.dialect.name != "postgresql":
            connection.execute(insert(_AUDIT_EVENTS), rows)
            return
        driver = connection.connection.driver_connection
        assert driver is not None
        columns = ", ".join(_COPY_COLUMNS)
        with (
            driver.cursor() as cursor,
            cursor.copy(f"COPY audit_events ({columns}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(tuple(row[name] for name in _COPY_COLUMNS))

    def search(
        self,
        scope: AgencyScope,
        *,
        before_sequence: int | None,
        limit: int,
        occurred_from: datetime | None = None,
        occurred_to: datetime | None = None,
        user_login: str = "",
        action_prefix: str = "",
        outcome: str = "",
        agency_id: str = "",
        object_id: str = "",
    ) -> list[AuditEventRow]:
        query = select(AuditEventRow).order_by(AuditEventRow.sequence.desc())
        if not scope.all_agencies:
            query = query.where(AuditEventRow.agency_id.in_(scope.agency_ids))
        if before_sequence is not None:
            query = query.where(AuditEventRow.sequence < before_sequence)
        if occurred_from is not None:
            query = query.where(AuditEventRow.occurred_at >= occurred_from)
        if occurred_to is not None:
            query = query.where(AuditEventRow.occurred_at < occurred_to)
        if user_login:
            query = query.where(AuditEventRow.user_login == user_login.casefold())
        if action_prefix:
            query = query.where(AuditEventRow.action.startswith(action_prefix, autoescape=True))
        if outcome:
            query = query.where(AuditEventRow.outcome == outcome)
        if agency_id:
            query = query.where(AuditEventRow.agency_id == agency_id)
        if object_id:
            query = query.where(AuditEventRow.object_id == object_id)
        return list(self._session.scalars(query.limit(limit)))

    def count_recent(
        self, *, workstation_id: str, action: str, outcome: str, since: datetime
    ) -> int:
        query = select(func.count()).where(
            AuditEventRow.workstation_id == workstation_id,
            AuditEventRow.action == action,
            AuditEventRow.outcome == outcome,
            AuditEventRow.occurred_at >= since,
        )
        return int(self._session.scalar(query) or 0)

    def iterate_chain(self, batch_size: int = 5000) -> Iterator[dict[str, Any]]:
        """Every row in sequence order, as plain dicts, for the verifier."""
        last = 0
        while True:
            query = (
                select(AuditEventRow)
                .where(AuditEventRow.sequence > last)
                .order_by(AuditEventRow.sequence)
                .limit(batch_size)
            )
            rows = list(self._session.scalars(query))
            if not rows:
                return
            for row in rows:
                record = {name: getattr(row, name) for name in CHAINED_FIELDS}
                record["previous_hash"], record["hash"] = row.previous_hash, row.hash
                yield record
            last = rows[-1].sequence
            self._session.expunge_all()

    def head(self) -> tuple[int, str] | None:
        row = self._session.get(AuditChainHeadRow, HEAD_ROW_ID)
        return None if row is None else (row.last_sequence, row.last_hash)
