"""The receipt series row (CASH-02): created on first use by whichever transaction comes
first — a concurrent twin neither fails nor makes a second row — and locked until the
commit, so that numbers taken at once are 1..N without gap or duplicate, on both
databases."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from iwebs_server.domain.cash_chain import GENESIS_HASH
from iwebs_server.persistence.tables.cash_desk import ReceiptSeriesRow
from tests.factories.cash_desk import agency_id, cash_application
from tests.factories.clock import ManualClock

THREADS = 8


def test_first_use_and_numbers_under_concurrency(database_url: str, tmp_path: Path):
    app = cash_application(database_url, tmp_path, ManualClock(datetime(2026, 3, 2, tzinfo=UTC)))
    dkr = agency_id(app, "DKR")
    start = threading.Barrier(THREADS)

    def take(_index: int) -> int:
        start.wait()
        with app.uow_factory() as uow:
            series = uow.payments.lock_series("DKR-2026", dkr, 2026, GENESIS_HASH)
            number = series.last_number + 1
            time.sleep(0.02)  # hold the lock: a twin that did not wait would read the same
            series.last_number = number
            series.last_hash = f"{number:064d}"
        return number

    try:
        with ThreadPoolExecutor(max_workers=THREADS) as pool:
            numbers = sorted(pool.map(take, range(THREADS)))
        assert numbers == list(range(1, THREADS + 1))
        with app.uow_factory(read_only=True) as uow:
            rows = uow.session.scalar(select(func.count()).select_from(ReceiptSeriesRow))
            series = uow.session.get(ReceiptSeriesRow, "DKR-2026")
        assert rows == 1 and series is not None
        assert (series.last_number, series.last_hash) == (THREADS, f"{THREADS:064d}")
    finally:
        app.close()
