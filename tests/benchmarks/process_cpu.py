"""CPU time of the processes of a benchmark, read from /proc (Linux): the server, the load
processes, PostgreSQL's backends of the benchmark's database and its background processes,
and the whole machine (what is left is other people's work on the shared box)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import psycopg

TICKS = os.sysconf("SC_CLK_TCK")


def process_seconds(pid: int) -> float:
    """user + system CPU seconds of a process and all its threads (0 once it is gone)."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICKS


def machine_seconds() -> tuple[float, float]:
    """(busy, total) CPU seconds of the machine since boot, all cores."""
    with open("/proc/stat") as handle:
        values = [int(v) for v in handle.readline().split()[1:]]
    idle = values[3] + values[4]
    total = sum(values[:8])
    return (total - idle) / TICKS, total / TICKS


def postgres_pids(libpq_url: str, database: str) -> dict[str, list[int]]:
    """The backends serving `database` and the server's background processes."""
    with psycopg.connect(libpq_url, autocommit=True) as connection:
        rows = connection.execute(
            "SELECT pid, datname, backend_type FROM pg_stat_activity WHERE pid <> pg_backend_pid()"
        ).fetchall()
    backends = [pid for pid, name, kind in rows if name == database and kind == "client backend"]
    background = [pid for pid, name, kind in rows if kind != "client backend"]
    postmaster = _postmaster_pid()
    if postmaster:
        background.append(postmaster)
    return {"postgresql backends": backends, "postgresql background": background}


def _postmaster_pid() -> int | None:
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                text = handle.read()
        except OSError:
            continue
        if "(postgres)" in text and text.rsplit(")", 1)[1].split()[1] == "1":
            return int(entry)
    return None


@dataclass
class CpuSnapshot:
    groups: dict[str, dict[int, float]]  # group -> pid -> CPU seconds
    machine_busy: float
    machine_total: float


def snapshot(groups: Mapping[str, Iterable[int]]) -> CpuSnapshot:
    busy, total = machine_seconds()
    return CpuSnapshot(
        {name: {p: process_seconds(p) for p in pids} for name, pids in groups.items()},
        busy,
        total,
    )


def split(before: CpuSnapshot, after: CpuSnapshot, wall_seconds: float) -> dict[str, float]:
    """Cores used by each group during the interval, the machine's busy cores and the rest
    (other processes of the machine). A process gone before the end counts for nothing (its
    time is lost: it lands in "other processes"); one started during the interval, for its
    whole life."""
    cores = {}
    for name, pids in after.groups.items():
        earlier = before.groups.get(name, {})
        used = sum(
            max(0.0, seconds - earlier.get(pid, 0.0)) for pid, seconds in pids.items() if seconds
        )
        cores[name] = used / wall_seconds
    busy = (after.machine_busy - before.machine_busy) / wall_seconds
    cores["machine busy"] = busy
    cores["other processes"] = max(
        0.0, busy - sum(v for k, v in cores.items() if k != "machine busy")
    )
    cores["machine capacity"] = (after.machine_total - before.machine_total) / wall_seconds
    return cores
