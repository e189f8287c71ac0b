"""The billing benchmark's dataset (issue 5, "Done when"): N subscribers of the demo utility
(issue 3's generator, loaded through the legacy import), the standard tariffs and one
validated reading per register of every metered conventional subscription for the
benchmark period, as a handheld import leaves them. Built once and kept by name:

    nice .venv/bin/python -m tests.benchmarks.billing_bench_dataset --subscribers 1000000 \\
        --backend postgresql            # or sqlite, or both

Three stages, each cached (a JSON file per dataset under /tmp/iwebs-bench-billing records
what was done and how long it took):

1. `base`: the generator's files (`iwebs demo-data --files-only`, kept in
   /tmp/iwebs-bench-billing/sn-N) loaded through the legacy import into a migrated
   database: PostgreSQL `iwebs_bench_billing_base_<N>`, SQLite
   /tmp/iwebs-bench-billing/billing-base-<N>.sqlite3.
2. `billing`: a copy of the base (`CREATE DATABASE ... TEMPLATE`, a file copy on SQLite)
   with the standard tariffs (application/tariff_seed.py) and the readings, written with
   COPY (executemany on SQLite) outside the application: status `validated`, source
   `handheld`, consumption computed from the meter's installation index (the previous
   index: no bill of the generator carries an index), roll-over by the meter's digits.
   PostgreSQL `iwebs_bench_billing_<N>`, SQLite billing-<N>.sqlite3.
3. `run copy` (`fresh_copy`): the benchmark bills a fresh copy of stage 2 each time,
   upgraded to the latest migration first.

The setup times are reported but are not part of the billing benchmark.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import psycopg

ROOT = Path("/tmp/iwebs-bench-billing")
POSTGRES = "postgresql://postgres@127.0.0.1:5432/"
SEED = 42
AS_OF = date(2026, 11, 15)  # the generator's go-live day: its last bills end 2026-10-31
PERIOD_START = date(2026, 11, 1)
PERIOD_END = date(2026, 11, 30)
# the share of a multi-register meter's consumption on each register (PMP: peak/off-peak)
REGISTER_SHARE = {"single": 1.0, "peak": 0.35, "offpeak": 0.65, "reactive": 0.25}
READING_COLUMNS = (
    "id",
    "subscription_id",
    "meter_id",
    "register_code",
    "agency_id",
    "round_id",
    "reading_date",
    "index_value",
    "previous_reading_id",
    "consumption",
    "source",
    "field_code",
    "status",
    "case_codes",
    "replaces_reading_id",
    "request_id",
    "entered_by",
    "entered_at",
    "reviewed_by",
    "reviewed_at",
    "review_note",
    "version",
)
# what a handheld import reads: the metered conventional subscriptions, in round order
METERED_SQL = """
SELECT s.id, s.legacy_reference, s.agency_id, s.billing_periodicity, s.status,
       i.meter_id, i.installation_indexes, m.digits, m.multiplier, p.round_id
FROM subscriptions s
JOIN meter_installations i ON i.subscription_id = s.id AND i.removed_on IS NULL
JOIN meters m ON m.id = i.meter_id
JOIN premises p ON p.id = s.premise_id
WHERE s.product_code = 'CONVENTIONAL' AND s.status IN ('active', 'suspended')
ORDER BY p.round_id, p.round_order, s.id
"""


def label(subscribers: int) -> str:
    return f"{subscribers // 1_000_000}m" if subscribers % 1_000_000 == 0 else str(subscribers)


@dataclass(frozen=True)
class Dataset:
    backend: str  # postgresql | sqlite
    subscribers: int

    @property
    def files(self) -> Path:
        return ROOT / f"sn-{self.subscribers}"

    def name(self, stage: str) -> str:
        """stage: base | billing | run"""
        middle = {"base": "_base", "billing": "", "run": "_run"}[stage]
        return f"iwebs_bench_billing{middle}_{label(self.subscribers)}"

    def url(self, stage: str) -> str:
        if self.backend == "postgresql":
            return f"postgresql+psycopg://postgres@127.0.0.1:5432/{self.name(stage)}"
        return f"sqlite:///{self.sqlite_path(stage)}"

    def sqlite_path(self, stage: str) -> Path:
        return ROOT / f"{self.name(stage)}.sqlite3"

    @property
    def state_file(self) -> Path:
        return ROOT / f"{self.name('billing')}-{self.backend}.json"

    def state(self) -> dict[str, Any]:
        if self.state_file.exists():
            state: dict[str, Any] = json.loads(self.state_file.read_text())
            return state
        return {}

    def save(self, state: dict[str, Any]) -> None:
        self.state_file.write_text(json.dumps(state, indent=2, default=str))

    def exists(self, stage: str) -> bool:
        if self.backend == "sqlite":
            return self.sqlite_path(stage).exists()
        with psycopg.connect(POSTGRES + "postgres", autocommit=True) as admin:
            row = admin.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", (self.name(stage),)
            ).fetchone()
        return row is not None

    def drop(self, stage: str) -> None:
        if self.backend == "sqlite":
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.sqlite_path(stage)}{suffix}").unlink(missing_ok=True)
            return
        with psycopg.connect(POSTGRES + "postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{self.name(stage)}" WITH (FORCE)')

    def copy(self, source: str, target: str) -> float:
        """A copy of stage `source` as stage `target` (replaced); returns seconds."""
        started = time.perf_counter()
        self.drop(target)
        if self.backend == "sqlite":
            with sqlite3.connect(self.sqlite_path(source)) as db:
                db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            shutil.copyfile(self.sqlite_path(source), self.sqlite_path(target))
        else:
            with psycopg.connect(POSTGRES + "postgres", autocommit=True) as admin:
                admin.execute(
                    f'CREATE DATABASE "{self.name(target)}" TEMPLATE "{self.name(source)}"'
                )
        return time.perf_counter() - started


def fresh_copy(dataset: Dataset) -> tuple[str, float]:
    """A copy of the billing dataset for one benchmark run: (url, seconds to copy)."""
    if not dataset.state().get("billing"):
        raise SystemExit(
            f"no {dataset.backend} dataset of {dataset.subscribers:,} subscribers: run "
            f"python -m tests.benchmarks.billing_bench_dataset --subscribers "
            f"{dataset.subscribers} --backend {dataset.backend}"
        )
    from iwebs_server.persistence import migrator
    from iwebs_server.persistence.database import make_engine

    seconds = dataset.copy("billing", "run")
    # a dataset built before the latest migrations (revision 0006 drops keys) gets them
    engine = make_engine(dataset.url("run"), pool_size=1)
    try:
        migrator.upgrade(engine)
    finally:
        engine.dispose()
    return dataset.url("run"), seconds


# ---------------------------------------------------------------- stage 1: the base


def ensure_files(dataset: Dataset, state: dict[str, Any]) -> None:
    marker = dataset.files / "subscriptions.csv"
    if marker.exists() and (dataset.files / "consumption_profiles.csv").exists():
        return
    started = time.perf_counter()
    subprocess.run(
        [
            str(Path(sys.executable).parent / "iwebs"),
            "demo-data",
            "--subscribers",
            str(dataset.subscribers),
            "--seed",
            str(SEED),
            "--as-of",
            AS_OF.isoformat(),
            "--files-only",
            "--out",
            str(dataset.files),
        ],
        check=True,
    )
    state["generation_seconds"] = round(time.perf_counter() - started, 1)


def build_base(dataset: Dataset, state: dict[str, Any]) -> None:
    if dataset.backend == "sqlite":
        build_sqlite_base(dataset, state)
        return
    from iwebs_server.application.demo_data.countries import country
    from iwebs_server.application.demo_data.plan import UtilityPlan
    from iwebs_server.cli.demo_data_cli import load_into
    from iwebs_server.composition import build_application
    from iwebs_server.persistence import migrator
    from iwebs_server.settings import Settings

    ensure_files(dataset, state)
    dataset.drop("base")
    if dataset.backend == "postgresql":
        with psycopg.connect(POSTGRES + "postgres", autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{dataset.name("base")}"')
    plan = UtilityPlan.build(country("SN"), dataset.subscribers)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as data_dir:
        settings = Settings(
            data_dir=Path(data_dir),
            database_url=dataset.url("base"),
            log_json=False,
            database_pool_size=2,
        )
        app = build_application(settings)
        try:
            migrator.upgrade(app.engine)
            _structure, outcomes, timings, _phases = load_into(app, plan, dataset.files)
        finally:
            app.close()
    failed = [o.kind for o in outcomes if not o.ok]
    if failed or len(outcomes) < 6:
        raise SystemExit(f"the legacy import failed: {failed or 'files missing'}")
    state["import_seconds"] = {k: round(v, 1) for k, v in timings.items()}
    state["base_seconds"] = round(time.perf_counter() - started, 1)
    state["base"] = True


def build_sqlite_base(dataset: Dataset, state: dict[str, Any]) -> None:
    """SQLite's base: a migrated file holding the same rows as PostgreSQL's base (copied
    table by table; the legacy import on SQLite takes 80 s per 100,000 customers, over an
    hour at a million). Foreign keys are off and writes unsynced during the copy only."""
    from iwebs_server.persistence import migrator
    from iwebs_server.persistence.database import make_engine
    from iwebs_server.persistence.tables.base import Base

    source = Dataset("postgresql", dataset.subscribers)
    source_state = source.state()
    if not (source_state.get("base") and source.exists("base")):
        build_base(source, source_state)
        source.save(source_state)
    dataset.drop("base")
    engine = make_engine(dataset.url("base"), pool_size=1)
    try:
        migrator.upgrade(engine)
    finally:
        engine.dispose()
    started = time.perf_counter()
    rows: dict[str, int] = {}
    seconds: dict[str, float] = {}
    target = sqlite3.connect(dataset.sqlite_path("base"), isolation_level=None)
    target.execute("PRAGMA journal_mode=OFF")
    target.execute("PRAGMA foreign_keys=OFF")
    target.execute("PRAGMA synchronous=OFF")
    target.execute("PRAGMA cache_size=-500000")
    # indexes and triggers (search FTS, append-only) are put back after the copy
    schema = target.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
        "AND sql IS NOT NULL"
    ).fetchall()
    target.execute("BEGIN")
    for kind, name, _sql in schema:
        target.execute(f'DROP {kind.upper()} "{name}"')
    for table in reversed(Base.metadata.sorted_tables):  # what the migrations seeded
        target.execute(f'DELETE FROM "{table.name}"')
    target.execute("COMMIT")
    with psycopg.connect(POSTGRES + source.name("base")) as pg:
        for table in Base.metadata.sorted_tables:
            table_started = time.perf_counter()
            # the columns the PostgreSQL base has (it may be at an older revision: the
            # columns added since keep their defaults)
            present = {
                name
                for (name,) in pg.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = %s",
                    (table.name,),
                )
            }
            copied = [c for c in table.columns if c.name in present]
            columns = [c.name for c in copied]
            names = ", ".join(f'"{c}"' for c in columns)
            # values formatted by PostgreSQL as SQLAlchemy's SQLite dialect stores them
            values = ", ".join(_sqlite_value(c) for c in copied)
            marks = ", ".join("?" for _ in columns)
            statement = f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})'
            count = 0
            target.execute("BEGIN")
            with pg.cursor(name=f"copy_{table.name}") as cursor:
                cursor.itersize = 20_000
                cursor.execute(f'SELECT {values} FROM "{table.name}"')
                while batch := cursor.fetchmany(20_000):
                    target.executemany(statement, batch)
                    count += len(batch)
            target.execute("COMMIT")
            if count:
                rows[table.name] = count
                seconds[table.name] = round(time.perf_counter() - table_started, 1)
                print(f"{table.name}: {count:,} rows in {seconds[table.name]} s", file=sys.stderr)
    index_started = time.perf_counter()
    target.execute("BEGIN")
    for _kind, _name, sql in schema:
        target.execute(sql)
    for fts in ("search_fts_customers", "search_fts_premises"):
        target.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
    target.execute("COMMIT")
    seconds["indexes"] = round(time.perf_counter() - index_started, 1)
    target.execute("ANALYZE")
    target.execute("PRAGMA journal_mode=WAL")
    target.close()
    state["copied_rows"] = rows
    state["copy_seconds"] = seconds
    state["import_seconds"] = source_state.get("import_seconds")
    state["base_seconds"] = round(time.perf_counter() - started, 1)
    state["base"] = True


def _sqlite_value(column: Any) -> str:
    """A PostgreSQL expression of the column as SQLAlchemy's SQLite dialect stores it."""
    from sqlalchemy import Boolean, Date, DateTime

    kind = getattr(column.type, "impl", column.type)
    name = f'"{column.name}"'
    if isinstance(kind, DateTime):
        return f"to_char({name} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')"
    if isinstance(kind, Date):
        return f"{name}::text"
    if isinstance(kind, Boolean):
        return f"{name}::int"
    return name


# ------------------------------------------------------ stage 2: tariffs and readings


BENCH_LOGIN = "bench_facturation"
BATCH_CODE = "BENCH-ALL"


def prepare_application(url: str) -> dict[str, Any]:
    """What a run needs besides readings, written through the application: the standard
    profiles (bootstrap), a billing manager who creates the runs, one batch per agency with
    subscriptions (no criteria: every billable subscription of the agency) and the standard
    tariffs. Idempotent."""
    from sqlalchemy import func, select

    from iwebs_server.application.billing_batches import BatchInput
    from iwebs_server.application.clock import new_id
    from iwebs_server.application.user_accounts import new_user_row
    from iwebs_server.composition import build_application
    from iwebs_server.domain.principal import system_principal
    from iwebs_server.persistence.tables.administration import AgencyRow
    from iwebs_server.persistence.tables.customer_base import SubscriptionRow
    from iwebs_server.settings import Settings

    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as data_dir:
        settings = Settings(
            data_dir=Path(data_dir), database_url=url, log_json=False, database_pool_size=2
        )
        app = build_application(settings)
        try:
            if not app.services.bootstrap.is_done():
                app.services.bootstrap.initialize(
                    head_office_code="DG",
                    head_office_name="Direction générale",
                    admin_login="admin",
                    admin_name="Administrateur",
                )
            with app.uow_factory() as uow:
                if uow.users.by_login(BENCH_LOGIN) is None:
                    profile = uow.profiles.by_code("billing_manager")
                    assert profile is not None
                    now = app.clock.now()
                    user = new_user_row(
                        login=BENCH_LOGIN,
                        display_name="Chef de facturation (benchmark)",
                        profile_id=profile.id,
                        all_agencies=True,
                        password_hash="!",
                        now=now,
                        one_time_password_expires_at=None,
                    )
                    uow.users.add(user, [])
                agencies = uow.session.execute(
                    select(AgencyRow.id, AgencyRow.code)
                    .where(AgencyRow.id.in_(select(func.distinct(SubscriptionRow.agency_id))))
                    .order_by(AgencyRow.code)
                ).all()
            principal = system_principal("bench")
            batches = 0
            for agency_id, code in agencies:
                with app.uow_factory(read_only=True) as uow:
                    exists = uow.bill_runs.batch_by_code(agency_id, BATCH_CODE) is not None
                if not exists:
                    app.services.billing_batches.create(
                        principal,
                        new_id(),
                        agency_id=agency_id,
                        code=BATCH_CODE,
                        data=BatchInput(name=f"Toute l'agence {code}"),
                    )
                batches += 1
            out["batches"] = batches
            out["tariffs"] = add_tariffs(app)
        finally:
            app.close()
    return out


def add_tariffs(app: Any) -> str:
    """The standard tariffs (TARIFFS' application/tariff_seed.py); until it exists, the
    grids of the tariff test vectors by category (SENELEC, Sen'Eau, Côte d'Ivoire)."""
    from iwebs_server.persistence.tables.billing import TariffRow

    with app.uow_factory(read_only=True) as uow:
        if uow.session.execute(select_count(TariffRow)).scalar_one():
            return "present"
    try:
        from iwebs_server.application import tariff_seed
    except ImportError:
        return _test_grid_tariffs(app)
    with app.uow_factory() as uow:
        added = tariff_seed.seed_standard_tariffs(uow, app.clock)
    return f"standard seed ({added} tariffs)"


def select_count(model: Any) -> Any:
    from sqlalchemy import func, select

    return select(func.count()).select_from(model)


def _test_grid_tariffs(app: Any) -> str:
    from sqlalchemy import select

    from iwebs_server.application.clock import new_id
    from iwebs_server.application.tariffs import definition_hash
    from iwebs_server.domain.tariff_engine import canonical_json, parse_definition
    from iwebs_server.persistence.tables.administration import UserRow
    from iwebs_server.persistence.tables.billing import TariffRow, TariffVersionRow
    from tests.server.domain import tariff_grids as g

    grids = {
        "DPP": ("electricity", g.senelec()),
        "DMP": ("electricity", g.senelec()),
        "PPP": ("electricity", g.cote_divoire()),
        "PMP": ("electricity", g.cote_divoire()),
        "EAU-SOC": ("water", g.seneau()),
        "EAU-DOM": ("water", g.seneau()),
        "EAU-PRO": ("water", g.seneau()),
        "EAU-ADM": ("water", g.seneau()),
    }
    now = app.clock.now()
    with app.uow_factory() as uow:
        admin = uow.session.execute(select(UserRow.id).where(UserRow.login == "admin")).scalar_one()
        for category, (service, data) in grids.items():
            text = canonical_json(parse_definition(json.dumps(data)))
            tariff = TariffRow(
                id=new_id(),
                code=f"T-{category}",
                name=f"Test grid {category}",
                service=service,
                tariff_category_code=category,
                product_code="CONVENTIONAL",
                currency_code="XOF",
                active=True,
                version=1,
                created_at=now,
                updated_at=now,
            )
            uow.session.add(tariff)
            uow.session.flush()
            uow.session.add(
                TariffVersionRow(
                    id=new_id(),
                    tariff_id=tariff.id,
                    version_number=1,
                    valid_from=date(2026, 1, 1),
                    status="approved",
                    definition_json=text,
                    definition_hash=definition_hash(text),
                    reason="benchmark",
                    created_by=admin,
                    created_at=now,
                    decided_by=admin,
                    decided_at=now,
                )
            )
    return "test grids"


def profiles(dataset: Dataset) -> dict[str, int]:
    """Each subscription's average monthly consumption (the generator's profiles file)."""
    out: dict[str, int] = {}
    with (dataset.files / "consumption_profiles.csv").open(encoding="utf-8") as f:
        next(f)
        for line in f:
            reference, _service, _tariff, average, _unit = line.rstrip("\n").split(";")
            out[reference] = int(average)
    return out


def reading_rows(
    metered: Iterator[tuple[Any, ...]],
    averages: dict[str, int],
    period_start: date,
    period_end: date,
    now: datetime,
) -> Iterator[tuple[Any, ...]]:
    """One validated handheld reading per register of each metered subscription."""
    from iwebs_server.application.legacy_import.ids import OrderedIds

    new_id = OrderedIds()
    rng = random.Random(SEED)
    days = (period_end - period_start).days + 1
    for (
        subscription_id,
        reference,
        agency_id,
        _periodicity,
        status,
        meter_id,
        indexes,
        digits,
        multiplier,
        round_id,
    ) in metered:
        # the run's period (a month) whatever the periodicity: the span since the last bill
        base = averages.get(reference, 0) * days / 30
        noise = math.exp(rng.gauss(0, 0.2))
        # a cut supply reads the same index
        total = 0 if status == "suspended" else max(1, round(base * noise))
        scale = float(multiplier or "1") or 1.0
        for part in indexes.split(";"):
            if not part:
                continue
            register, _, start = part.partition("=")
            units = round(total * REGISTER_SHARE.get(register, 1.0))
            advance = round(units / scale)
            index = int(start) + advance
            wrapped = index >= 10**digits  # a roll-over: a case, released by the reviewer
            index %= 10**digits
            yield (
                new_id(),
                subscription_id,
                meter_id,
                register,
                agency_id,
                round_id,
                period_end,
                index,
                None,
                round(advance * scale),
                "handheld",
                "",
                "released" if wrapped else "validated",
                "ROLLOVER" if wrapped else "",
                None,
                None,
                None,
                now,
                None,
                None,
                "",
                1,
            )


def write_readings(
    dataset: Dataset, url_stage: str, period_start: date, period_end: date
) -> dict[str, Any]:
    averages = profiles(dataset)
    now = datetime.now(UTC)
    started = time.perf_counter()
    count = 0
    names = ", ".join(f'"{c}"' for c in READING_COLUMNS)
    if dataset.backend == "postgresql":
        dsn = POSTGRES + dataset.name(url_stage)
        with psycopg.connect(dsn) as read, psycopg.connect(dsn) as write:
            with read.cursor(name="metered") as cursor:
                cursor.itersize = 20_000
                cursor.execute(METERED_SQL)
                rows = reading_rows(iter(cursor), averages, period_start, period_end, now)
                with (
                    write.cursor() as out,
                    out.copy(f"COPY meter_readings ({names}) FROM STDIN") as copy,
                ):
                    for row in rows:
                        copy.write_row(row)
                        count += 1
            write.commit()
        # as autovacuum leaves a database after a load: statistics and visibility map
        with psycopg.connect(dsn, autocommit=True) as admin:
            admin.execute("VACUUM ANALYZE")
    else:
        path = dataset.sqlite_path(url_stage)
        with sqlite3.connect(path) as read, sqlite3.connect(path) as write:
            metered = read.execute(METERED_SQL)
            rows = reading_rows(iter(metered), averages, period_start, period_end, now)
            marks = ", ".join("?" for _ in READING_COLUMNS)
            statement = f"INSERT INTO meter_readings ({names}) VALUES ({marks})"
            batch: list[tuple[Any, ...]] = []
            for row in rows:
                batch.append(_sqlite_row(row))
                if len(batch) >= 20_000:
                    write.executemany(statement, batch)
                    count += len(batch)
                    batch.clear()
            write.executemany(statement, batch)
            count += len(batch)
            write.commit()
            write.execute("ANALYZE")
    return {"readings": count, "readings_seconds": round(time.perf_counter() - started, 1)}


def _sqlite_row(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """Dates and times as the application's SQLite types store them."""
    out = list(row)
    out[6] = row[6].isoformat()
    out[17] = row[17].astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    return tuple(out)


def build_billing(
    dataset: Dataset, state: dict[str, Any], period_start: date, period_end: date
) -> None:
    state["base_copy_seconds"] = round(dataset.copy("base", "billing"), 1)
    state["tariffs"] = False
    state.update(write_readings(dataset, "billing", period_start, period_end))
    state["period"] = [period_start.isoformat(), period_end.isoformat()]
    state["billing"] = True


def add_application_data(dataset: Dataset, state: dict[str, Any]) -> None:
    started = time.perf_counter()
    state.update(prepare_application(dataset.url("billing")))
    state["application_seconds"] = round(time.perf_counter() - started, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--subscribers", type=int, default=1_000_000)
    parser.add_argument("--backend", choices=("postgresql", "sqlite", "both"), default="both")
    parser.add_argument("--period-start", type=date.fromisoformat, default=PERIOD_START)
    parser.add_argument("--period-end", type=date.fromisoformat, default=PERIOD_END)
    parser.add_argument("--stage", choices=("base", "billing", "tariffs", "all"), default="all")
    parser.add_argument("--fresh", action="store_true", help="rebuild the stages asked")
    args = parser.parse_args()
    ROOT.mkdir(parents=True, exist_ok=True)
    backends = ("postgresql", "sqlite") if args.backend == "both" else (args.backend,)
    for backend in backends:
        dataset = Dataset(backend, args.subscribers)
        state = dataset.state()
        if args.fresh:
            state = {} if args.stage in ("base", "all") else {k: v for k, v in state.items()}
            if args.stage == "billing":
                state["billing"] = False
        state.setdefault("load_at_start", _uptime())
        if args.stage in ("base", "all") and not (state.get("base") and dataset.exists("base")):
            state["billing"] = False
            build_base(dataset, state)
            dataset.save(state)
        if args.stage in ("billing", "all") and not (
            state.get("billing") and dataset.exists("billing")
        ):
            build_billing(dataset, state, args.period_start, args.period_end)
            state["load_at_end"] = _uptime()
            dataset.save(state)
        if args.stage in ("billing", "tariffs", "all") and not state.get("tariffs"):
            add_application_data(dataset, state)
            dataset.save(state)
        print(json.dumps({"backend": backend, **state}, indent=2, default=str))


def _uptime() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


if __name__ == "__main__":
    main()
