"""What the same database writes cost in the server's interpreter through each way of
issuing them: one payment's facts (series row locked, payment, receipt, tender,
allocation, two ledger lines, series row moved: 7 statements + commit), written 400 times
per way on a fresh PostgreSQL database; CPU of the thread and wall time, medians.

    .venv/bin/python -m tests.benchmarks.bench_statement_paths [--rounds 400]

The ways: the ORM unit of work (objects added, flushed); Core statements built for each
call and run through Session.execute; the same through Connection.execute; Core
statements built once (bind parameters) through Connection.execute; SQL text through
Connection.exec_driver_sql; the DBAPI cursor (psycopg); psycopg's pipeline mode.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import bindparam, insert, select, update

from iwebs_server.application.clock import new_id
from iwebs_server.composition import build_application
from iwebs_server.persistence import migrator
from iwebs_server.persistence.tables.cash_desk import (
    AllocationRow,
    LedgerEntryRow,
    PaymentRow,
    PaymentTenderRow,
    ReceiptRow,
    ReceiptSeriesRow,
)
from tests.benchmarks.payments_fixture import FixtureShape, build
from tests.factories.live_server import make_settings, test_hasher

POSTGRES = "postgresql://postgres@127.0.0.1:5432"
SERIES = "BENCH-2026"
TABLES = (
    ("payments", PaymentRow),
    ("receipts", ReceiptRow),
    ("payment_tenders", PaymentTenderRow),
    ("allocations", AllocationRow),
)
INSERTS = {row: insert(row) for _, row in TABLES} | {LedgerEntryRow: insert(LedgerEntryRow)}
LOCK = select(ReceiptSeriesRow.last_number, ReceiptSeriesRow.last_hash).where(
    ReceiptSeriesRow.id == bindparam("series")
)
LOCK = LOCK.with_for_update()
MOVE = (
    update(ReceiptSeriesRow)
    .where(ReceiptSeriesRow.id == bindparam("series"))
    .values(last_number=bindparam("number"), last_hash=bindparam("hash"))
)
LOCK_SQL = "SELECT last_number, last_hash FROM receipt_series WHERE id = %(series)s FOR UPDATE"
MOVE_SQL = (
    "UPDATE receipt_series SET last_number = %(number)s, last_hash = %(hash)s WHERE id = %(series)s"
)


class Facts:
    """The rows of one payment, as dicts (one number further each time)."""

    def __init__(self, counter: dict[str, Any], now: Any) -> None:
        self.counter = counter
        self.now = now
        self.number = 0

    def next(self) -> tuple[list[tuple[str, Any, dict[str, Any]]], list[dict[str, Any]]]:
        self.number += 1
        c, now = self.counter, self.now
        payment, receipt = str(uuid.uuid4()), new_id()
        common = {"cash_session_id": c["cash_session_id"]}
        rows = [
            dict(id=payment, payload_hash="0" * 64, agency_id=c["agency_id"], account_id=None,
                 payer_name="x", currency_code="XOF", amount_minor=1000, tendered_minor=1000,
                 change_minor=0, created_by=c["user_id"], workstation_id=c["workstation_id"],
                 created_at=now, **common),
            dict(id=receipt, series_id=SERIES, number=self.number,
                 receipt_number=f"{SERIES}-{self.number:07d}", kind="payment",
                 agency_id=c["agency_id"], payment_id=payment, cash_movement_id=None,
                 cancels_receipt_id=None, approval_request_id=None, account_id=None,
                 currency_code="XOF", amount_minor=1000, issued_at=now, issued_by=c["user_id"],
                 workstation_id=c["workstation_id"], reason="", previous_hash="0" * 64,
                 hash="1" * 64, **common),
            dict(id=new_id(), payment_id=payment, receipt_id=receipt, mode_code="CASH",
                 mode_kind="cash", amount_minor=1000, bank_code="", reference="", drawer_name="",
                 cheque_date=None, reverses_tender_id=None, **common),
            dict(id=new_id(), payment_id=payment, receipt_id=receipt, kind="advance",
                 account_id=None, bill_id=None, fee_code="", fee_reference="", amount_minor=1000,
                 reverses_allocation_id=None),
        ]  # fmt: skip
        ledger = [
            dict(entry_group_id=payment, source_type="payment", agency_id=c["agency_id"],
                 ledger_account=account, account_id=None, bill_id=None, currency_code="XOF",
                 amount_minor=amount, business_date=now.date(), created_at=now, **common)
            for account, amount in (("CASH", 1000), ("ADVANCE", -1000))
        ]  # fmt: skip
        return [
            (name, row, values) for (name, row), values in zip(TABLES, rows, strict=True)
        ], ledger


def _sql(table: str, values: dict[str, Any]) -> str:
    columns = ", ".join(values)
    return f"INSERT INTO {table} ({columns}) VALUES ({', '.join(f'%({c})s' for c in values)})"


def ways(app: Any, facts: Facts) -> dict[str, Callable[[], None]]:
    def move() -> dict[str, Any]:
        return {"series": SERIES, "number": facts.number, "hash": "1" * 64}

    def orm() -> None:
        rows, ledger = facts.next()
        with app.uow_factory() as uow:
            s = uow.session
            series = s.scalar(
                select(ReceiptSeriesRow).where(ReceiptSeriesRow.id == SERIES).with_for_update()
            )
            for _, row, values in rows:  # flushed one by one: no relationship orders them
                s.add(row(**values))
                s.flush()
            s.add_all([LedgerEntryRow(**line) for line in ledger])
            series.last_number, series.last_hash = facts.number, "1" * 64

    def core(through_session: bool, reuse: bool) -> Callable[[], None]:
        def run() -> None:
            rows, ledger = facts.next()
            with app.uow_factory() as uow:
                target = uow.session if through_session else uow.session.connection()
                lock = LOCK if reuse else select(ReceiptSeriesRow.last_number).where(
                    ReceiptSeriesRow.id == SERIES).with_for_update()  # fmt: skip
                target.execute(lock, {"series": SERIES}).one()
                for _, row, values in rows:
                    target.execute(INSERTS[row] if reuse else insert(row), values)
                target.execute(INSERTS[LedgerEntryRow] if reuse else insert(LedgerEntryRow), ledger)
                target.execute(MOVE, move())

        return run

    def driver_sql() -> None:
        rows, ledger = facts.next()
        with app.uow_factory() as uow:
            connection = uow.session.connection()
            connection.exec_driver_sql(LOCK_SQL, {"series": SERIES}).one()
            for table, _, values in rows:
                connection.exec_driver_sql(_sql(table, values), values)
            connection.exec_driver_sql(_sql("ledger_entries", ledger[0]), ledger)
            connection.exec_driver_sql(MOVE_SQL, move())

    def dbapi(pipeline: bool) -> Callable[[], None]:
        def run() -> None:
            rows, ledger = facts.next()
            with app.uow_factory() as uow:
                raw = uow.session.connection().connection.driver_connection
                cursor = raw.cursor()
                cursor.execute(LOCK_SQL, {"series": SERIES})
                cursor.fetchone()
                with raw.pipeline() if pipeline else _nothing():
                    for table, _, values in rows:
                        cursor.execute(_sql(table, values), values)
                    for line in ledger:
                        cursor.execute(_sql("ledger_entries", line), line)
                    cursor.execute(MOVE_SQL, move())

        return run

    return {
        "ORM unit of work": orm,
        "Core, new statements, Session.execute": core(True, False),
        "Core, new statements, Connection.execute": core(False, False),
        "Core, statements built once, Connection.execute": core(False, True),
        "SQL text, Connection.exec_driver_sql": driver_sql,
        "DBAPI cursor (psycopg)": dbapi(False),
        "DBAPI cursor, pipeline mode": dbapi(True),
    }


class _nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *_: object) -> None:
        return None


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=400)
    args = parser.parse_args()
    database = f"iwebs_bench_paths_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{database}"')
    url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{database}"
    app = build_application(make_settings(Path(tempfile.mkdtemp()), url), hasher=test_hasher())
    try:
        migrator.upgrade(app.engine)
        counter = build(app, FixtureShape(1, 1, 1, 1, open_sessions=True))["counters"][0]
        with app.uow_factory() as uow:
            uow.session.add(
                ReceiptSeriesRow(
                    id=SERIES, agency_id=counter["agency_id"], year=2026, last_number=0,
                    last_hash="0" * 64,
                )
            )  # fmt: skip
        facts = Facts(counter, app.clock.now())
        print("| way | CPU ms | wall ms |\n|---|---:|---:|")
        for name, run in ways(app, facts).items():
            for _ in range(50):
                run()
            cpu, wall = [], []
            for _ in range(args.rounds):
                started, thread = time.perf_counter(), time.thread_time()
                run()
                cpu.append(time.thread_time() - thread)
                wall.append(time.perf_counter() - started)
            print(
                f"| {name} | {1000 * statistics.median(cpu):.2f} | "
                f"{1000 * statistics.median(wall):.2f} |",
                flush=True,
            )
    finally:
        app.close()
        with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    return 0


if __name__ == "__main__":
    sys.exit(main())
