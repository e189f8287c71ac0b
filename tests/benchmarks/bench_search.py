"""Benchmark of the counter's search (issue 3 item 3, "Done when": p95 <= 30 ms through gRPC
at 1,000,000 subscribers): SearchCustomers over mTLS with the real interceptors against a
PostgreSQL database, p50/p95 per key type, with N concurrent clients.

    .venv/bin/python -m tests.benchmarks.bench_search --subscribers 1000000 \
        [--clients 1,4] [--rounds 200] [--fresh] [--keep]

The database `iwebs_bench_search_<N>` is kept between runs (--fresh rebuilds it, --drop
removes it at the end). It is filled by the BENCHMARK FIXTURE below: the customers of the
demo-data generator (application/demo_data, the same names, phones, addresses and meters as
`iwebs demo-data`), written with COPY straight into the customer-base tables (no bills,
seals, registers, rounds or network links: search does not read them), with the search
columns computed by domain/search_keys.py as every writer does. `--database NAME` measures a
database loaded some other way (e.g. by `iwebs demo-data --subscribers N`) instead.

The server runs in its own process (`serve` below, the same composition as iwebs-server);
the client processes enroll a workstation, log in as a counter clerk of the largest agency
(scope: that agency) and as a head-office user (every agency), and time each call.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import psycopg

from iwebs.v1 import customer_search_service_pb2 as pb
from iwebs.v1 import customer_search_service_pb2_grpc as pb_grpc
from iwebs_server.domain.customer_search import ADDRESS_FILLER_WORDS
from iwebs_server.domain.search_keys import fold_text
from tests.factories.grpc_client import Client, enroll

ROOT = Path(__file__).resolve().parents[2]
POSTGRES = "postgresql://postgres@127.0.0.1:5432"
CLERK, HEAD_OFFICE = "clerk", "headoffice"
PASSWORD = "Bench-Search-Password-2026"
AS_OF = date(2026, 11, 1)
KEYS = {
    "account": pb.SEARCH_KEY_ACCOUNT_NUMBER,
    "name": pb.SEARCH_KEY_NAME,
    "phone": pb.SEARCH_KEY_PHONE,
    "serial": pb.SEARCH_KEY_METER_SERIAL,
    "address": pb.SEARCH_KEY_ADDRESS,
    "guess": pb.SEARCH_KEY_UNSPECIFIED,
}
COMMON_NAMES = (
    "ndiaye",
    "diop",
    "fall",
    "sow",
    "diallo",
    "ba",
    "sy",
    "traore",
    "kouassi",
    "ndiaye fatou",
    "diop mamadou",
    "ndiay",
)


# ------------------------------------------------------------------ the benchmark fixture


def _libpq(database: str) -> str:
    return f"{POSTGRES}/{database}"


def _url(database: str) -> str:
    return f"postgresql+psycopg://postgres@127.0.0.1:5432/{database}"


def database_ready(database: str, subscribers: int) -> bool:
    try:
        with psycopg.connect(_libpq(database)) as connection:
            count = connection.execute("SELECT count(*) FROM customers").fetchone()
            users = connection.execute(
                "SELECT count(*) FROM users WHERE login = %s", (CLERK,)
            ).fetchone()
    except psycopg.Error:
        return False
    return bool(count and users and count[0] >= subscribers and users[0] == 1)


def build_fixture(database: str, subscribers: int, seed: int) -> dict[str, float]:
    """BENCHMARK FIXTURE: a fresh database with `subscribers` generated customers."""
    from iwebs_server.application.clock import SystemClock
    from iwebs_server.application.demo_data.countries import country
    from iwebs_server.application.demo_data.generator import CustomerBundleGenerator
    from iwebs_server.application.demo_data.plan import UtilityPlan
    from iwebs_server.application.demo_data.structure import ensure_structure
    from iwebs_server.persistence import migrator
    from iwebs_server.persistence.database import make_engine
    from iwebs_server.persistence.unit_of_work import UnitOfWorkFactory

    timings: dict[str, float] = {}
    with psycopg.connect(_libpq("postgres"), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{database}"')
    engine = make_engine(_url(database), pool_size=2)
    migrator.upgrade(engine)
    plan = UtilityPlan.build(country("SN"), subscribers)
    ensure_structure(UnitOfWorkFactory(engine), SystemClock(), plan)
    engine.dispose()
    generator = CustomerBundleGenerator(plan, subscribers, seed, AS_OF)
    started = time.perf_counter()
    with psycopg.connect(_libpq(database)) as connection:
        agencies = dict(connection.execute("SELECT code, id FROM agencies").fetchall())
        # Bulk load as a go-live would: search indexes dropped, rows copied, indexes rebuilt.
        indexes = connection.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE 'ix_search_%'"
        ).fetchall()
        for name, _definition in indexes:
            connection.execute(f"DROP INDEX {name}")
        _copy_bundles(connection, generator.bundles(), agencies, subscribers)
        connection.commit()
        timings["copy_s"] = time.perf_counter() - started
        started = time.perf_counter()
        connection.execute("SET maintenance_work_mem = '512MB'")
        for _name, definition in indexes:
            connection.execute(definition)
        connection.commit()
        timings["indexes_s"] = time.perf_counter() - started
    with psycopg.connect(_libpq(database), autocommit=True) as connection:
        connection.execute("VACUUM ANALYZE")
    return timings


_TABLES = {
    "customers": (
        "id customer_number agency_id kind family_name given_names organisation_name "
        "display_name search_name category_code id_document_type id_document_number email "
        "preferred_language ebill_opt_in sms_opt_in legacy_reference version created_at "
        "updated_at"
    ),
    "customer_phones": "id customer_id agency_id position number number_key",
    "customer_accounts": (
        "id account_number customer_id agency_id currency_code status is_group "
        "group_account_id billing_address_line billing_district billing_city "
        "billing_postal_box legacy_reference version created_at updated_at"
    ),
    "premises": (
        "id premise_number agency_id address_line district city landmark search_address "
        "latitude_e6 longitude_e6 legacy_reference version created_at updated_at"
    ),
    "subscriptions": (
        "id subscription_number account_id premise_id agency_id service product_code "
        "tariff_category_code subscribed_power_va calibre_code billing_periodicity status "
        "requested_on activated_on suspended_on terminated_on legacy_reference version "
        "created_at updated_at"
    ),
    "meters": (
        "id serial serial_key make_code meter_type_code service calibre_code digits "
        "multiplier status agency_id manufactured_year legacy_reference version created_at "
        "updated_at"
    ),
    "meter_installations": (
        "id meter_id premise_id subscription_id agency_id installed_on installation_indexes "
        "removal_indexes removal_reason created_at"
    ),
}


def _copy_bundles(
    connection: psycopg.Connection[Any],
    bundles: Iterator[Any],
    agencies: dict[str, str],
    total: int,
) -> None:
    from iwebs_server.domain.account_numbers import account_number, prefixed_number
    from iwebs_server.domain.customer_base import display_name
    from iwebs_server.domain.search_keys import address_key, fold_text, phone_key, serial_key

    now = datetime.now(UTC)
    buffers: dict[str, list[tuple[Any, ...]]] = {table: [] for table in _TABLES}
    sequence = {"customer": 0, "account": 0, "premise": 0, "subscription": 0}

    def flush() -> None:
        with connection.cursor() as cursor:
            for table, rows in buffers.items():
                columns = ", ".join(_TABLES[table].split())
                with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
                rows.clear()

    def new() -> str:
        return str(uuid.uuid4())

    for done, bundle in enumerate(bundles, start=1):
        c = bundle.customer
        agency = agencies[c.agency_code]
        customer_id = new()
        sequence["customer"] += 1
        shown = display_name(c.kind, c.family_name, c.given_names, c.organisation_name)
        buffers["customers"].append(
            (
                customer_id,
                prefixed_number("C", sequence["customer"]),
                agency,
                c.kind,
                c.family_name,
                c.given_names,
                c.organisation_name,
                shown,
                fold_text(shown),
                c.category_code,
                c.id_document_type,
                c.id_document_number,
                c.email,
                c.preferred_language,
                c.ebill_opt_in,
                c.sms_opt_in,
                c.legacy_reference,
                1,
                now,
                now,
            )
        )
        for position, number in enumerate(c.phones, start=1):
            buffers["customer_phones"].append(
                (new(), customer_id, agency, position, number, phone_key(number))
            )
        account_ids: dict[str, str] = {}
        for a in bundle.accounts:
            account_ids[a.legacy_reference] = new()
        for a in bundle.accounts:
            sequence["account"] += 1
            buffers["customer_accounts"].append(
                (
                    account_ids[a.legacy_reference],
                    account_number(sequence["account"]),
                    customer_id,
                    agencies[a.agency_code],
                    a.currency,
                    "active",
                    a.is_group,
                    account_ids.get(a.group_reference),
                    a.billing_address_line,
                    a.billing_district,
                    a.billing_city,
                    a.billing_postal_box,
                    a.legacy_reference,
                    1,
                    now,
                    now,
                )
            )
        premise_ids: dict[str, str] = {}
        for p in bundle.premises:
            premise_ids[p.legacy_reference] = new()
            sequence["premise"] += 1
            buffers["premises"].append(
                (
                    premise_ids[p.legacy_reference],
                    prefixed_number("P", sequence["premise"]),
                    agencies[p.agency_code],
                    p.address_line,
                    p.district,
                    p.city,
                    p.landmark,
                    address_key(p.address_line, p.district, p.city, p.landmark)[:450],
                    p.latitude_e6,
                    p.longitude_e6,
                    p.legacy_reference,
                    1,
                    now,
                    now,
                )
            )
        subscription_ids: dict[str, str] = {}
        for s in bundle.subscriptions:
            subscription_ids[s.legacy_reference] = new()
            sequence["subscription"] += 1
            buffers["subscriptions"].append(
                (
                    subscription_ids[s.legacy_reference],
                    prefixed_number("S", sequence["subscription"]),
                    account_ids[s.account_reference],
                    premise_ids[s.premise_reference],
                    agency,
                    s.service,
                    s.product_code,
                    s.tariff_category_code,
                    s.subscribed_power_va,
                    s.calibre_code,
                    s.billing_periodicity,
                    s.status,
                    s.requested_on,
                    s.activated_on,
                    s.suspended_on,
                    s.terminated_on,
                    s.legacy_reference,
                    1,
                    now,
                    now,
                )
            )
        for m in bundle.meters:
            meter_id = new()
            installed = m.installed_on is not None and m.premise_reference in premise_ids
            buffers["meters"].append(
                (
                    meter_id,
                    m.serial,
                    serial_key(m.serial),
                    m.make_code,
                    m.meter_type_code,
                    m.service,
                    m.calibre_code,
                    m.digits,
                    m.multiplier,
                    "installed" if installed else "in_stock",
                    agencies[m.agency_code],
                    m.manufactured_year,
                    m.legacy_reference,
                    1,
                    now,
                    now,
                )
            )
            if installed:
                buffers["meter_installations"].append(
                    (
                        new(),
                        meter_id,
                        premise_ids[m.premise_reference],
                        subscription_ids.get(m.subscription_reference),
                        agencies[m.agency_code],
                        m.installed_on,
                        "",
                        "",
                        "",
                        now,
                    )
                )
        if done % 20_000 == 0:
            flush()
            print(f"\r[fixture] {done:,}/{total:,} customers", end="", file=sys.stderr)
    flush()
    print(file=sys.stderr)


def reindex(database: str) -> float:
    """Drops every `ix_search_*` index and creates those of migration 0003 as it is now (for a
    database migrated by an earlier version of it), then VACUUM ANALYZE; returns seconds."""
    import importlib.util

    import iwebs_server.persistence.migrations as migrations

    path = Path(migrations.__file__).parent / "versions" / "0003_customer_search_indexes.py"
    spec = importlib.util.spec_from_file_location("search_migration", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    started = time.perf_counter()
    with psycopg.connect(_libpq(database)) as connection:
        connection.execute("SET maintenance_work_mem = '512MB'")
        names = connection.execute(
            "SELECT indexname FROM pg_indexes WHERE indexname LIKE 'ix_search_%'"
        ).fetchall()
        for (name,) in names:
            connection.execute(f"DROP INDEX {name}")
        for statement in module._POSTGRESQL_INDEXES:
            connection.execute(statement)
    with psycopg.connect(_libpq(database), autocommit=True) as connection:
        connection.execute("VACUUM ANALYZE")
    return time.perf_counter() - started


# ------------------------------------------------------------------ the server process


def serve(database: str, data_dir: Path, workers: int) -> int:
    """The real server on the benchmark database; prints how to reach it, runs until killed."""
    from iwebs_server.application.user_accounts import new_user_row
    from iwebs_server.composition import build_application, start_server
    from iwebs_server.domain.principal import system_principal
    from iwebs_server.persistence import migrator
    from tests.factories.live_server import make_pki, make_settings

    settings = make_settings(data_dir, _url(database), workers=workers, database_pool_size=20)
    make_pki(settings)
    app = build_application(settings)
    migrator.upgrade(app.engine)
    with psycopg.connect(_libpq(database)) as connection:
        largest = connection.execute(
            "SELECT agency_id FROM customers GROUP BY agency_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
    assert largest is not None, "no customer in the benchmark database"
    agency_id = str(largest[0])
    with app.uow_factory() as uow:
        if uow.profiles.by_code("cashier") is None:
            app.services.bootstrap.initialize(
                head_office_code="HQ",
                head_office_name="Head office",
                admin_login="admin",
                admin_name="Admin",
            )
    with app.uow_factory() as uow:
        for login, profile, scope in (
            (CLERK, "cashier", [agency_id]),
            (HEAD_OFFICE, "administrator", []),
        ):
            row = uow.users.by_login(login)
            if row is None:
                found = uow.profiles.by_code(profile)
                assert found is not None
                uow.users.add(
                    new_user_row(
                        login=login,
                        display_name=login.title(),
                        profile_id=found.id,
                        all_agencies=not scope,
                        password_hash=app.hasher.hash(PASSWORD),
                        now=app.clock.now(),
                        one_time_password_expires_at=None,
                    ),
                    scope,
                )
    principal = system_principal("bench")
    codes = [
        app.services.workstations.register(
            principal,
            str(uuid.uuid4()),
            f"SEARCH-{uuid.uuid4().hex[:8]}",
            agency_id,
            "agency_counter",
            True,
        ).code
        for _ in range(24)
    ]
    running = start_server(app)
    print(
        json.dumps(
            {
                "port": running.port,
                "enrollment_port": running.enrollment_port,
                "ca_pem": settings.pki.ca_cert.read_text(),
                "codes": codes,
                "agency_id": agency_id,
            }
        ),
        flush=True,
    )
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    running.stop(grace=None)
    app.close()
    return 0


# ------------------------------------------------------------------ realistic queries


def sample_queries(database: str, agency_id: str, per_key: int, seed: int) -> dict[str, list[str]]:
    """What clerks type, drawn from the clerk's agency: whole and partial account numbers,
    phones, serials, names and address words, plus the region's most common family names."""
    rng = random.Random(seed)
    with psycopg.connect(_libpq(database)) as connection:

        def column(sql: str) -> list[str]:
            rows = connection.execute(sql, {"agency": agency_id, "n": per_key}).fetchall()
            return [str(r[0]) for r in rows]

        sample = "TABLESAMPLE SYSTEM (2) REPEATABLE (7)"
        accounts = column(
            f"SELECT account_number FROM customer_accounts {sample} "
            "WHERE agency_id = %(agency)s LIMIT %(n)s"
        )
        names = column(
            f"SELECT search_name FROM customers {sample} "
            "WHERE agency_id = %(agency)s AND kind = 'person' LIMIT %(n)s"
        )
        phones = column(
            f"SELECT number FROM customer_phones {sample} WHERE agency_id = %(agency)s LIMIT %(n)s"
        )
        serials = column(
            f"SELECT serial FROM meters {sample} WHERE agency_id = %(agency)s "
            "AND status = 'installed' LIMIT %(n)s"
        )
        addresses = column(
            f"SELECT address_line || ' ' || district FROM premises {sample} "
            "WHERE agency_id = %(agency)s LIMIT %(n)s"
        )
    queries: dict[str, list[str]] = {key: [] for key in KEYS}
    queries["account"] = accounts
    for index, name in enumerate(names):
        words = name.split()
        kind = index % 4
        if kind == 0:
            queries["name"].append(name)  # the whole name
        elif kind == 1:
            queries["name"].append(f"{words[-1]} {words[0][:4]}")  # given name + fragment
        elif kind == 2:
            queries["name"].append(rng.choice(COMMON_NAMES))  # a family name alone
        else:
            queries["name"].append(words[0])  # this customer's family name alone
    for index, number in enumerate(phones):
        digits = "".join(ch for ch in number if ch.isdigit())
        queries["phone"].append(number if index % 2 == 0 else digits[-9:-2])  # whole / prefix
    for index, serial in enumerate(serials):
        queries["serial"].append(serial if index % 2 == 0 else serial.replace(" ", "")[:7])
    for address in addresses:
        # what a clerk reads off a bill: "villa 423 keur serigne", "rue 20 1 thiawlene"
        words = [w for w in fold_text(address).split() if w not in ADDRESS_FILLER_WORDS]
        queries["address"].append(" ".join(list(dict.fromkeys(words))[:4]))
    for key in ("account", "name", "phone", "serial", "address"):
        queries["guess"] += queries[key][: per_key // 5]
    rng.shuffle(queries["guess"])
    return {k: v for k, v in queries.items() if v}


# ------------------------------------------------------------------ clients


@dataclass
class ServerInfo:
    port: int
    enrollment_port: int
    ca_pem: bytes
    codes: list[str]
    agency_id: str


def _client_process(
    info: ServerInfo, code: str, login: str, threads: int, work: list[tuple[str, str]], queue: Any
) -> None:
    workstation = enroll("127.0.0.1", info.port, info.enrollment_port, info.ca_pem, code)
    client: Client = workstation.login(login, PASSWORD)
    stub = client._stub(pb_grpc.CustomerSearchServiceStub)
    # one warm-up call per key (channel, caches, plans)
    for key, number in KEYS.items():
        first = next((q for k, q in work if k == key), None)
        if first:
            stub.SearchCustomers(pb.SearchCustomersRequest(query=first, key=number))
    results: list[tuple[str, float, int]] = []
    lock = threading.Lock()
    chunks = [work[i::threads] for i in range(threads)]

    def run(chunk: list[tuple[str, str]]) -> None:
        mine: list[tuple[str, float, int]] = []
        for key, query in chunk:
            request = pb.SearchCustomersRequest(query=query, key=KEYS[key], page_size=20)
            started = time.perf_counter()
            response = stub.SearchCustomers(request)
            mine.append((key, time.perf_counter() - started, len(response.hits)))
        with lock:
            results.extend(mine)

    workers = [threading.Thread(target=run, args=(chunk,)) for chunk in chunks]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    queue.put(results)
    workstation.close()


def measure(
    info: ServerInfo, queries: dict[str, list[str]], login: str, clients: int, rounds: int
) -> list[tuple[str, float, int]]:
    work = [(key, q) for key, items in queries.items() for q in items]
    work = (work * (1 + rounds * len(queries) // max(1, len(work))))[: rounds * len(queries)]
    random.Random(3).shuffle(work)
    processes = min(clients, 2)
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    children = [
        context.Process(
            target=_client_process,
            args=(
                info,
                info.codes[i],
                login,
                max(1, clients // processes),
                work[i::processes],
                queue,
            ),
        )
        for i in range(processes)
    ]
    for child in children:
        child.start()
    results = [r for _ in children for r in queue.get(timeout=1800)]
    for child in children:
        child.join()
    return results


def table(title: str, results: list[tuple[str, float, int]]) -> str:
    lines = [
        f"**{title}**",
        "",
        "| key | calls | p50 ms | p95 ms | p99 ms | max ms | hits/call |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for key in [*KEYS, "all"]:
        chosen = [r for r in results if key in ("all", r[0])]
        if not chosen:
            continue
        times = sorted(r[1] * 1000 for r in chosen)
        q = statistics.quantiles(times, n=100, method="inclusive")
        lines.append(
            f"| {key} | {len(times)} | {q[49]:.1f} | {q[94]:.1f} | {q[98]:.1f} | "
            f"{times[-1]:.1f} | {statistics.mean(r[2] for r in chosen):.1f} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command")
    serve_parser = sub.add_parser("serve")
    serve_parser.add_argument("--database", required=True)
    serve_parser.add_argument("--data-dir", type=Path, required=True)
    serve_parser.add_argument("--workers", type=int, default=32)
    parser.add_argument("--subscribers", type=int, default=100_000)
    parser.add_argument("--database", default="", help="an existing, loaded database")
    parser.add_argument("--fresh", action="store_true", help="rebuild the fixture database")
    parser.add_argument("--drop", action="store_true", help="drop the fixture database after")
    parser.add_argument(
        "--reindex",
        action="store_true",
        help="recreate the search indexes as migration 0003 now defines them, VACUUM ANALYZE",
    )
    parser.add_argument("--clients", default="1,4", help="concurrent clients, comma-separated")
    parser.add_argument("--rounds", type=int, default=200, help="calls per key and user")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    if args.command == "serve":
        return serve(args.database, args.data_dir, args.workers)

    database = args.database or f"iwebs_bench_search_{args.subscribers}"
    if not args.database and (args.fresh or not database_ready(database, args.subscribers)):
        print(f"[fixture] building {database} ({args.subscribers:,} subscribers)", file=sys.stderr)
        timings = build_fixture(database, args.subscribers, args.seed)
        print(f"[fixture] {timings}", file=sys.stderr)
    if args.reindex:
        print(f"[reindex] {reindex(database):.0f} s", file=sys.stderr)
    with psycopg.connect(_libpq(database)) as connection:
        size = connection.execute(
            "SELECT pg_size_pretty(pg_database_size(current_database()))"
        ).fetchone()
        counts = {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # type: ignore[index]
            for table in ("customers", "customer_phones", "premises", "meters")
        }
    with tempfile.TemporaryDirectory() as workdir:
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.benchmarks.bench_search",
                "serve",
                "--database",
                database,
                "--data-dir",
                str(Path(workdir) / "server"),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert server.stdout is not None
            raw = json.loads(server.stdout.readline())
            info = ServerInfo(
                raw["port"],
                raw["enrollment_port"],
                raw["ca_pem"].encode(),
                raw["codes"],
                raw["agency_id"],
            )
            queries = sample_queries(database, info.agency_id, max(args.rounds, 50), args.seed)
            print(f"database {database}: {counts}, size {size[0] if size else '?'}")
            # one untimed pass (both users' queries): every run then meets the same caches,
            # as a counter does after its first customers of the morning
            measure(info, queries, CLERK, 2, args.rounds)
            info.codes = info.codes[2:]
            for clients in (int(c) for c in args.clients.split(",")):
                for login, who in (
                    (CLERK, "counter clerk, one agency"),
                    (HEAD_OFFICE, "every agency"),
                ):
                    started = time.perf_counter()
                    results = measure(info, queries, login, clients, args.rounds)
                    elapsed = time.perf_counter() - started
                    print()
                    print(
                        table(
                            f"{clients} client(s), {who}: {len(results) / elapsed:.0f} calls/s",
                            results,
                        )
                    )
                    info.codes = info.codes[2:]
        finally:
            server.terminate()
            server.wait(timeout=30)
    if args.drop:
        with psycopg.connect(_libpq("postgres"), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    return 0


if __name__ == "__main__":
    sys.exit(main())
