"""The rows under a generated cash history (tests/factories/cash_history.py): the spec,
the agency with its cashiers, approver, workstations, series head and closure chain head,
and the bulk insert (PostgreSQL: COPY; SQLite: executemany)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.engine import Connection

from iwebs_server.application.receipts import series_id
from iwebs_server.domain.cash_chain import GENESIS_HASH
from iwebs_server.persistence.tables.administration import (
    AgencyRow,
    ProfileRow,
    UserRow,
    WorkstationRow,
)
from iwebs_server.persistence.tables.audit import ApprovalRequestRow
from iwebs_server.persistence.tables.cash_desk import (
    AllocationRow,
    CashClosureRow,
    CashMovementRow,
    CashSessionRow,
    ClosureChainHeadRow,
    LedgerEntryRow,
    PaymentRow,
    PaymentTenderRow,
    ReceiptRow,
    ReceiptSeriesRow,
)

CURRENCY = "XOF"
FEE_CODE = "FRAIS-DIVERS"
OPENING_FLOAT = 50_000


def table_of(row_class: type) -> Table:
    return row_class.__table__  # type: ignore[attr-defined, no-any-return]


@dataclass(frozen=True)
class HistorySpec:
    payments: int = 3000
    days: int = 30
    cashiers: int = 4
    agency_code: str = "HIS"
    start: date = date(2026, 10, 1)
    cancel_every: int = 40  # one payment in 40 is cancelled the same day
    short_every: int = 7  # one closing in 7 finds 500 short
    seed: int = 4


@dataclass
class CashHistory:
    agency_id: str
    agency_code: str
    series_id: str
    payments: int = 0
    cancellations: int = 0
    receipts: int = 0
    session_closures: int = 0
    day_closures: int = 0
    perpetual_total_minor: int = 0
    cashier_ids: list[str] = field(default_factory=list)
    approver_id: str = ""


def new_row_id() -> str:
    return str(uuid.uuid4())


class Buffers:
    """Rows waiting for their bulk insert, by table, in foreign-key order."""

    ORDER = (
        CashSessionRow,
        CashMovementRow,
        PaymentRow,
        ApprovalRequestRow,
        ReceiptRow,
        PaymentTenderRow,
        AllocationRow,
        LedgerEntryRow,
        CashClosureRow,
    )

    def __init__(self) -> None:
        self.rows: dict[type, list[dict[str, Any]]] = defaultdict(list)

    def add(self, row_class: type, row: dict[str, Any]) -> None:
        self.rows[row_class].append(row)

    def flush(self, connection: Connection) -> None:
        for row_class in self.ORDER:
            rows = self.rows.pop(row_class, [])
            if rows:
                bulk_insert(connection, table_of(row_class), rows)


def bulk_insert(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """PostgreSQL: one COPY; SQLite: one executemany."""
    if connection.dialect.name != "postgresql":
        connection.execute(insert(table), list(rows))
        return
    columns = list(rows[0])
    driver = connection.connection.driver_connection
    assert driver is not None
    with (
        driver.cursor() as cursor,
        cursor.copy(f"COPY {table.name} ({', '.join(columns)}) FROM STDIN") as copy,
    ):
        for row in rows:
            copy.write_row([row[c] for c in columns])


def base_rows(connection: Connection, spec: HistorySpec) -> tuple[CashHistory, list[str]]:
    now = datetime.combine(spec.start, datetime.min.time(), tzinfo=UTC) - timedelta(days=1)
    agency_id, profile_id = new_row_id(), new_row_id()
    code = spec.agency_code
    connection.execute(
        insert(table_of(AgencyRow)),
        [
            {
                "id": agency_id,
                "code": code,
                "name": f"Agence {code}",
                "region": "",
                "active": True,
                "version": 1,
                "created_at": now,
            }
        ],
    )
    connection.execute(
        insert(table_of(ProfileRow)),
        [
            {
                "id": profile_id,
                "code": f"HISTORY-{code}",
                "name": "History",
                "description": "",
                "version": 1,
                "created_at": now,
            }
        ],
    )
    history = CashHistory(agency_id, code, series_id(code, spec.start.year))
    users = []
    for k in range(spec.cashiers + 1):
        user_id = new_row_id()
        login = f"{code.lower()}-approver" if k == spec.cashiers else f"{code.lower()}-cashier-{k}"
        users.append(
            {
                "id": user_id,
                "login": login,
                "display_name": login,
                "profile_id": profile_id,
                "all_agencies": False,
                "active": True,
                "password_hash": "-",
                "password_is_one_time": False,
                "password_expires_at": None,
                "password_changed_at": now,
                "locked_by_administrator": False,
                "preferred_language": "fr",
                "version": 1,
                "created_at": now,
            }
        )
        if k == spec.cashiers:
            history.approver_id = user_id
        else:
            history.cashier_ids.append(user_id)
    connection.execute(insert(table_of(UserRow)), users)
    workstations = [new_row_id() for _ in range(spec.cashiers)]
    connection.execute(
        insert(table_of(WorkstationRow)),
        [
            {
                "id": ws,
                "name": f"{code}-CAISSE-{k + 1}",
                "agency_id": agency_id,
                "kind": "agency_counter",
                "may_collect_cash": True,
                "status": "active",
                "enrollment_failed_attempts": 0,
                "revocation_reason": "",
                "version": 1,
                "created_at": now,
            }
            for k, ws in enumerate(workstations)
        ],
    )
    connection.execute(
        insert(table_of(ReceiptSeriesRow)),
        [
            {
                "id": history.series_id,
                "agency_id": agency_id,
                "year": spec.start.year,
                "last_number": 0,
                "last_hash": GENESIS_HASH,
            }
        ],
    )
    connection.execute(
        insert(table_of(ClosureChainHeadRow)),
        [
            {
                "agency_id": agency_id,
                "last_sequence": 0,
                "last_hash": GENESIS_HASH,
                "perpetual_total_minor": 0,
            }
        ],
    )
    return history, workstations
