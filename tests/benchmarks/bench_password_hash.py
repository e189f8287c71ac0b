"""T-SEC-1, first half: the time of one Argon2id hash with the production parameters.

.venv/bin/python -m tests.benchmarks.bench_password_hash [--count 50]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

from iwebs_server.security.password_hasher import (
    DEFAULT_MEMORY_KIB,
    DEFAULT_TIME_COST,
    Argon2PasswordHasher,
)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=50)
    args = parser.parse_args()
    hasher = Argon2PasswordHasher()
    times = []
    for index in range(args.count):
        start = time.perf_counter()
        hasher.hash(f"Un-mot-de-passe-{index}")
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(
        f"Argon2id m={DEFAULT_MEMORY_KIB // 1024} MiB t={DEFAULT_TIME_COST} p=1, "
        f"{args.count} hashes: median {statistics.median(times):.0f} ms, "
        f"min {times[0]:.0f} ms, max {times[-1]:.0f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
