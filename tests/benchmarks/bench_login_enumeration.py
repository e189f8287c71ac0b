"""T-SEC-3: do failed logins tell a known login from an unknown one?

Wrong passwords for known logins (4 tries each, below the lockout) and for unknown logins,
interleaved, from two workstations (below the per-workstation hourly limit). The answers
must be identical; the mean latencies should differ by less than 10 %.

    .venv/bin/python -m tests.benchmarks.bench_login_enumeration [--database sqlite]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import grpc

from iwebs.v1 import session_service_pb2
from tests.benchmarks.bench_rpc import BenchServer
from tests.factories.grpc_client import enroll, error_details

KNOWN_USERS = 10
TRIES_PER_USER = 4


def attempt(client, login: str) -> tuple[float, str]:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    try:
        client.sessions.Login(
            session_service_pb2.LoginRequest(login=login, password="wrong-guess-123")
        )
    except grpc.RpcError as error:
        details = error_details(error)
        return time.perf_counter() - start, f"{details.code.name}/{details.reason}"
    raise AssertionError("a wrong password was accepted")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", choices=("postgresql", "sqlite"), default="postgresql")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        server = BenchServer(args.database, False, Path(tmp), extra_users=KNOWN_USERS)
        try:
            info = server.info
            known_ws = enroll(
                "127.0.0.1", info.port, info.enrollment_port, info.ca_pem, info.codes.pop()
            )
            unknown_ws = enroll(
                "127.0.0.1", info.port, info.enrollment_port, info.ca_pem, info.codes.pop()
            )
            known_client, unknown_client = known_ws.client(), unknown_ws.client()
            known, unknown, answers = [], [], set()
            for round_index in range(TRIES_PER_USER):
                for user in range(KNOWN_USERS):
                    seconds, answer = attempt(known_client, f"{info.login}{user}")
                    known.append(seconds)
                    answers.add(("known", answer))
                    seconds, answer = attempt(unknown_client, f"nobody{round_index}x{user}")
                    unknown.append(seconds)
                    answers.add(("unknown", answer))
        finally:
            server.stop()
    known_mean, unknown_mean = statistics.mean(known), statistics.mean(unknown)
    difference = abs(known_mean - unknown_mean) / max(known_mean, unknown_mean)
    print(f"database: {args.database}; {len(known)} known and {len(unknown)} unknown failed logins")
    print(f"answers: {sorted(answers)}")
    print(
        f"mean latency: known {known_mean * 1000:.1f} ms, unknown {unknown_mean * 1000:.1f} ms, "
        f"difference {difference:.1%} (goal < 10 %)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
