"""Micro-benchmark of the tariff engine (FAC-10): µs per bill of `compute_charges` for a
typical SENELEC domestic bill, in one process, nothing else measured (run on demand).

    .venv/bin/python -m tests.benchmarks.bench_tariff_engine [--bills 200000] [--repeat 5]

Cases (the standard DPP grid of application/tariff_seed.py: three progressive blocks,
communal tax on the energy, VAT on block 3, stamp duty):
- typical: a month of 28-31 days, consumption log-normal around 140 kWh (the generator's
  DPP median), so most bills have 1-2 blocks and a communal tax line;
- heavy: 30 days, 300 kWh: every block, both taxes and the stamp (6 lines);
- split: a price change on the 16th (two versions): every segment rated;
- typical, 2 versions, no split: the catalogue after a price change, a later month.
The best of `--repeat` runs is reported (the machine is shared); `--profile` prints where
the time goes.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import time
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from iwebs_server.application.tariff_seed import SENELEC_DOMESTIC, senelec_grid
from iwebs_server.domain.tariff_definition import definition_from_data
from iwebs_server.domain.tariff_engine import TariffVersionInput, Usage, compute_charges


def versions() -> tuple[TariffVersionInput, TariffVersionInput]:
    v1 = TariffVersionInput(
        "bench-v1", 1, date(2026, 1, 1), definition_from_data(senelec_grid(SENELEC_DOMESTIC))
    )
    blocks = [*SENELEC_DOMESTIC[:2], ("", "170")]
    v2 = TariffVersionInput(
        "bench-v2", 2, date(2026, 11, 16), definition_from_data(senelec_grid(blocks))
    )
    return v1, v2


def typical_usages(count: int, seed: int = 5) -> list[Usage]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        month = rng.randint(1, 10)
        start = date(2026, month, 1)
        end = date(2026, month + 1, 1) - timedelta(days=1)
        kwh = int(rng.lognormvariate(4.94, 0.6))  # median e^4.94 = 140 kWh
        out.append(Usage(start, end, Decimal(kwh), 6000))
    return out


def run(grid: Sequence[TariffVersionInput], usages: Sequence[Usage], repeat: int) -> float:
    """Best µs per bill over `repeat` passes."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        for usage in usages:
            compute_charges(grid, usage)
        best = min(best, time.process_time() - started)
    return best / len(usages) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bills", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    v1, v2 = versions()
    typical = typical_usages(args.bills)
    heavy = [Usage(date(2026, 3, 1), date(2026, 3, 30), Decimal(300), 6000)] * args.bills
    split = [Usage(date(2026, 11, 1), date(2026, 11, 30), Decimal(300), 6000)] * args.bills
    lines = sum(len(compute_charges([v1], u).lines) for u in typical[:10_000]) / 10_000
    print(f"typical: {run([v1], typical, args.repeat):.1f} µs/bill ({lines:.2f} lines/bill)")
    print(f"heavy (6 lines): {run([v1], heavy, args.repeat):.1f} µs/bill")
    print(f"split (11 lines): {run([v1, v2], split, args.repeat):.1f} µs/bill")
    december = [Usage(date(2026, 12, 1), date(2026, 12, 31), u.consumption, 6000) for u in typical]
    print(f"typical, 2 versions, no split: {run([v1, v2], december, args.repeat):.1f} µs/bill")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        run([v1], typical, 1)
        profiler.disable()
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(12)
        print(out.getvalue())


if __name__ == "__main__":
    main()
