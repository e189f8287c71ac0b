"""The tariff engine's cost per bill (issue 5: a million bills in a minute leaves the
engine a few µs of the budget): `compute_charges` over the usages of the generator's
subscriptions, timed alone in one process, with and without a price change inside the
period, then profiled (cProfile).

    .venv/bin/python -m tests.benchmarks.bench_billing_tariffs --bills 200000 [--profile 20]

Tariffs: the standard seed (application/tariff_seed.py) when it is there, otherwise the
grids of the test vectors (tests/server/domain/tariff_grids.py) by category. Usages: the
profiles file of the generator (tests/benchmarks/billing_bench_dataset.py writes it), i.e.
the real mix of categories, powers and consumptions, monthly or bimonthly periods.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import time
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from iwebs_server.domain.tariff_engine import TariffVersionInput, Usage, compute_charges

FILES = Path("/tmp/iwebs-bench-billing/sn-100000")
PERIOD_START = date(2026, 11, 1)
POWER = {"DPP": 6000, "DMP": 12000, "PPP": 9000, "PMP": 36000}


def test_grid_catalogue() -> dict[str, tuple[TariffVersionInput, ...]]:
    """category -> versions, from the grids of the test vectors."""
    from tests.server.domain import tariff_grids as g

    electricity = g.senelec()
    business = g.cote_divoire()
    water = g.seneau()
    out: dict[str, tuple[TariffVersionInput, ...]] = {}
    for number, (category, data) in enumerate(
        [
            ("DPP", electricity),
            ("DMP", electricity),
            ("PPP", business),
            ("PMP", business),
            ("EAU-SOC", water),
            ("EAU-DOM", water),
            ("EAU-PRO", water),
            ("EAU-ADM", water),
        ]
    ):
        version = g.version(data, date(2026, 1, 1), 1)
        out[category] = (replace(version, version_id=f"v-{category}-{number}"),)
    return out


def seed_catalogue() -> dict[str, tuple[TariffVersionInput, ...]] | None:
    """category -> versions of the standard seed, read from a dataset database."""
    try:
        from iwebs_server.application import tariff_seed  # noqa: F401
    except ImportError:
        return None
    return None  # read through uow.tariffs once the dataset carries the seed (bench_billing)


def usages(limit: int) -> list[tuple[str, Usage]]:
    rows: list[tuple[str, Usage]] = []
    rng = random.Random(5)
    with (FILES / "consumption_profiles.csv").open(encoding="utf-8") as f:
        next(f)
        for line in f:
            _ref, service, category, average, _unit = line.rstrip("\n").split(";")
            months = 2 if category in ("DPP", "DMP", "EAU-DOM", "EAU-SOC") else 1
            end = PERIOD_START + timedelta(days=30 * months - 1)
            quantity = round(int(average) * months * rng.uniform(0.7, 1.3))
            power = POWER.get(category) if service == "electricity" else None
            rows.append((category, Usage(PERIOD_START, end, Decimal(quantity), power)))
            if len(rows) >= limit:
                break
    while len(rows) < limit:
        rows.extend(rows[: limit - len(rows)])
    return rows


def with_price_change(
    catalogue: dict[str, tuple[TariffVersionInput, ...]],
) -> dict[str, tuple[TariffVersionInput, ...]]:
    """The same grids with a second version from the 15th of the period (prices + 5 %)."""
    from iwebs_server.domain.tariff_definition import canonical_json
    from iwebs_server.domain.tariff_engine import parse_definition

    out: dict[str, tuple[TariffVersionInput, ...]] = {}
    for category, versions in catalogue.items():
        first = versions[0]
        text = canonical_json(first.definition)
        for old, new in (('"82.00"', '"86.10"'), ('"202"', '"212"'), ('"90"', '"95"')):
            text = text.replace(old, new)
        second = TariffVersionInput(
            f"{first.version_id}-2", 2, PERIOD_START + timedelta(days=14), parse_definition(text)
        )
        out[category] = (first, second)
    return out


def run(
    catalogue: dict[str, tuple[TariffVersionInput, ...]],
    work: Sequence[tuple[str, Usage]],
    memo: dict[Any, Any] | None = None,
) -> tuple[float, float, int]:
    """(wall s, CPU s, lines); with `memo`, a bill already computed for the same versions,
    days, consumption and power is reused (ComputedBill is immutable)."""
    lines = 0
    started, cpu = time.perf_counter(), time.process_time()
    if memo is None:
        for category, usage in work:
            lines += len(compute_charges(catalogue[category], usage).lines)
    else:
        for category, usage in work:
            versions = catalogue[category]
            key = (
                id(versions),
                usage.period_start,
                usage.period_end,
                usage.consumption,
                usage.subscribed_power_va,
            )
            bill = memo.get(key)
            if bill is None:
                bill = memo[key] = compute_charges(versions, usage)
            lines += len(bill.lines)
    return time.perf_counter() - started, time.process_time() - cpu, lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bills", type=int, default=200_000)
    parser.add_argument("--profile", type=int, default=20, help="functions listed")
    args = parser.parse_args()
    catalogue = seed_catalogue() or test_grid_catalogue()
    work = usages(args.bills)
    run(catalogue, work[:2000])  # compiled versions and plans made once
    grids = {"one version": catalogue, "price change mid-period": with_price_change(catalogue)}
    for name, versions in grids.items():
        run(versions, work[:2000])
        seconds, cpu, lines = run(versions, work)
        print(
            f"{name}: {len(work):,} bills in {seconds:.2f} s, CPU {cpu / len(work) * 1e6:.1f} µs "
            f"a bill (wall {seconds / len(work) * 1e6:.1f}), {lines / len(work):.2f} lines a bill"
        )
    memo: dict[Any, Any] = {}
    seconds, cpu, lines = run(catalogue, work, memo)
    print(
        f"one version, memo of identical usages: CPU {cpu / len(work) * 1e6:.1f} µs a bill, "
        f"{len(memo):,} distinct usages computed for {len(work):,} bills"
    )
    profiler = cProfile.Profile()
    profiler.enable()
    run(catalogue, work[: min(len(work), 100_000)])
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(args.profile)
    print(out.getvalue())


if __name__ == "__main__":
    main()
