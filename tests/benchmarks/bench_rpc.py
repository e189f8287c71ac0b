"""Benchmark of the security path (issue 2): authenticated no-op RPC throughput and
latency over mTLS versus the same server with no interceptor, with client processes;
login latency; how concurrent logins slow other calls (T-SEC-1).

    .venv/bin/python -m tests.benchmarks.bench_rpc [--database postgresql|sqlite] [--seconds 10]

Prints a Markdown table for docs/benchmarks.md. Run on a quiet machine.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import grpc
import psycopg

from iwebs.v1 import diagnostics_service_pb2, session_service_pb2
from tests.factories.grpc_client import enroll

ROOT = Path(__file__).resolve().parents[2]
POSTGRES_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"


@dataclass
class ServerInfo:
    port: int
    enrollment_port: int
    ca_pem: bytes
    codes: list[str]
    login: str
    password: str


class BenchServer:
    def __init__(self, database: str, bare: bool, workdir: Path, extra_users: int = 0) -> None:
        self.database_name = ""
        if database == "postgresql":
            self.database_name = f"iwebs_bench_{uuid.uuid4().hex[:8]}"
            with psycopg.connect(POSTGRES_ADMIN, autocommit=True) as admin:
                admin.execute(f'CREATE DATABASE "{self.database_name}"')
            url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{self.database_name}"
        else:
            url = f"sqlite:///{workdir / 'bench.sqlite3'}"
        command = [
            sys.executable,
            "-m",
            "tests.benchmarks.bench_server",
            "--database-url",
            url,
            "--data-dir",
            str(workdir / "server"),
        ]
        if bare:
            command.append("--bare")
        if extra_users:
            command += ["--extra-users", str(extra_users)]
        self.process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        info = json.loads(self.process.stdout.readline())
        self.info = ServerInfo(
            info["port"],
            info["enrollment_port"],
            info["ca_pem"].encode(),
            info["codes"],
            info["login"],
            info["password"],
        )

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)
        if self.database_name:
            with psycopg.connect(POSTGRES_ADMIN, autocommit=True) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{self.database_name}" WITH (FORCE)')


def _client_process(
    info: ServerInfo, code: str, threads: int, seconds: float, bare: bool, queue
) -> None:  # type: ignore[no-untyped-def]
    # Both servers need a client certificate (mTLS); the bare one checks nothing else.
    workstation = enroll("127.0.0.1", info.port, info.enrollment_port, info.ca_pem, code)
    client = workstation.client() if bare else _login_with_retry(workstation, info)
    request = diagnostics_service_pb2.PingRequest(payload="x")
    latencies: list[list[float]] = [[] for _ in range(threads)]
    deadline = time.perf_counter() + seconds

    def run(index: int) -> None:
        while time.perf_counter() < deadline:
            start = time.perf_counter()
            client.diagnostics.Ping(request)
            latencies[index].append(time.perf_counter() - start)

    workers = [threading.Thread(target=run, args=(i,)) for i in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    queue.put([x for chunk in latencies for x in chunk])
    workstation.close()


def _login_with_retry(workstation: Any, info: ServerInfo) -> Any:
    """Logs in as a client does while the server sheds a login burst (UNAVAILABLE: retry)."""
    for _ in range(60):
        try:
            return workstation.login(info.login, info.password)
        except grpc.RpcError as error:
            if error.code() != grpc.StatusCode.UNAVAILABLE:  # type: ignore[attr-defined]
                raise
            time.sleep(0.5)
    raise RuntimeError("could not log in")


def measure_ping(
    info: ServerInfo, processes: int, threads: int, seconds: float, bare: bool
) -> dict[str, float]:
    # spawn, not fork: forking a process whose threads use gRPC crashes the child.
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    workers = [
        context.Process(
            target=_client_process, args=(info, info.codes.pop(), threads, seconds, bare, queue)
        )
        for _ in range(processes)
    ]
    for worker in workers:
        worker.start()
    samples: list[float] = []
    for _ in workers:
        samples.extend(queue.get(timeout=seconds + 120))
    for worker in workers:
        worker.join()
    samples.sort()
    return {
        "rps": len(samples) / seconds,
        "p50_ms": samples[len(samples) // 2] * 1000,
        "p99_ms": samples[int(len(samples) * 0.99)] * 1000,
        "calls": len(samples),
    }


def measure_logins(info: ServerInfo, code: str, count: int) -> dict[str, float]:
    workstation = enroll("127.0.0.1", info.port, info.enrollment_port, info.ca_pem, code)
    client = workstation.client()
    times = []
    for _ in range(count):
        start = time.perf_counter()
        client.sessions.Login(
            session_service_pb2.LoginRequest(login=info.login, password=info.password)
        )
        times.append(time.perf_counter() - start)
    workstation.close()
    times.sort()
    return {"p50_ms": statistics.median(times) * 1000, "max_ms": times[-1] * 1000}


def login_burst(info: ServerInfo, code: str, concurrent: int, stop: threading.Event) -> None:
    workstation = enroll("127.0.0.1", info.port, info.enrollment_port, info.ca_pem, code)

    def run() -> None:
        client = workstation.client()
        while not stop.is_set():
            try:
                client.sessions.Login(
                    session_service_pb2.LoginRequest(login=info.login, password=info.password)
                )
            except grpc.RpcError as error:
                if error.code() != grpc.StatusCode.UNAVAILABLE:  # type: ignore[attr-defined]
                    raise
                stop.wait(1.0)  # the server is saturated with logins: back off, as clients do

    threads = [threading.Thread(target=run, daemon=True) for _ in range(concurrent)]
    for thread in threads:
        thread.start()
    stop.wait()
    for thread in threads:
        thread.join()
    workstation.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", choices=("postgresql", "sqlite"), default="postgresql")
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--threads", type=int, default=8)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        results = {}
        for bare in (True, False):
            server = BenchServer(args.database, bare, Path(tmp) / ("bare" if bare else "full"))
            try:
                results[bare] = measure_ping(
                    server.info, args.processes, args.threads, args.seconds, bare
                )
                if not bare:
                    logins = measure_logins(server.info, server.info.codes.pop(), 20)
                    quiet = measure_ping(server.info, 1, args.threads, args.seconds, False)
                    stop = threading.Event()
                    burst = threading.Thread(
                        target=login_burst, args=(server.info, server.info.codes.pop(), 20, stop)
                    )
                    burst.start()
                    time.sleep(1)
                    try:
                        loaded = measure_ping(server.info, 1, args.threads, args.seconds, False)
                    finally:
                        stop.set()
                        burst.join()
            finally:
                server.stop()
        bare_rps, full = results[True]["rps"], results[False]
        rows.append(
            f"| bare server (no interceptor) | {results[True]['rps']:.0f} | "
            f"{results[True]['p50_ms']:.2f} | {results[True]['p99_ms']:.2f} |"
        )
        rows.append(
            f"| authenticated path (all interceptors) | {full['rps']:.0f} | "
            f"{full['p50_ms']:.2f} | {full['p99_ms']:.2f} |"
        )
        print(
            f"database: {args.database}; {args.processes} client processes x "
            f"{args.threads} threads; {args.seconds:.0f} s each; cores: {os.cpu_count()}"
        )
        print("| path | calls/s | p50 ms | p99 ms |\n|---|---|---|---|")
        print("\n".join(rows))
        print(f"\nauthenticated / bare throughput: {full['rps'] / bare_rps:.0%}")
        print(
            f"login latency (Argon2id 64 MiB, t=3), sequential x20: p50 {logins['p50_ms']:.0f} ms, "
            f"max {logins['max_ms']:.0f} ms"
        )
        print(
            f"authenticated ping, 1 process x {args.threads} threads, quiet: "
            f"{quiet['rps']:.0f} calls/s, p50 {quiet['p50_ms']:.2f} ms, "
            f"p99 {quiet['p99_ms']:.2f} ms"
        )
        print(
            f"same, with 20 concurrent logins running: {loaded['rps']:.0f} calls/s, "
            f"p50 {loaded['p50_ms']:.2f} ms, p99 {loaded['p99_ms']:.2f} ms "
            f"(p99 x{loaded['p99_ms'] / quiet['p99_ms']:.2f})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
