"""Typed server settings: defaults, then a TOML file, then IWEBS_* environment variables."""

from __future__ import annotations

import os
import socket
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from iwebs_server.security.certificate_authority import PkiPaths
from iwebs_server.security.password_hasher import DEFAULT_MEMORY_KIB, DEFAULT_TIME_COST

ENV_PREFIX = "IWEBS_"


@dataclass(frozen=True)
class Settings:
    data_dir: Path = Path("/var/lib/iwebs")
    # Empty: an SQLite file in the data directory (the embedded default).
    database_url: str = ""
    listen_host: str = "0.0.0.0"  # noqa: S104 - a server listens on its interfaces
    port: int = 50443
    enrollment_port: int = 50444
    # Names the server certificate is valid for, besides localhost and 127.0.0.1.
    server_host_names: tuple[str, ...] = field(default_factory=lambda: (socket.gethostname(),))
    organisation: str = "iWEBS utility"
    # RPC threads; calls waiting on the database or a password hash hold one each.
    workers: int = 32
    max_concurrent_rpcs: int = 200
    max_message_bytes: int = 4 * 1024 * 1024
    # Development and demo only: gRPC reflection on.
    development_mode: bool = False
    log_level: str = "INFO"
    log_json: bool = True
    database_pool_size: int = 20
    argon2_memory_kib: int = DEFAULT_MEMORY_KIB
    argon2_time_cost: int = DEFAULT_TIME_COST
    # Password hashes computed at once; 0 = one core less than the machine has (at least 1),
    # so that a burst of logins leaves a core to the other calls (SEC-01, T-SEC-1).
    password_hash_slots: int = 0
    # Threads of the server that do the chunks of bill runs (0: only `iwebs billing worker`).
    bill_run_workers: int = 1

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'iwebs.sqlite3'}"

    @property
    def pki(self) -> PkiPaths:
        return PkiPaths(self.data_dir / "pki")


def _coerce(current: Any, value: Any, name: str) -> Any:
    if isinstance(current, bool):
        if isinstance(value, bool):
            return value
        return str(value).strip().lower() in ("1", "true", "yes", "on")
    if isinstance(current, int):
        return int(value)
    if isinstance(current, Path):
        return Path(value)
    if isinstance(current, tuple):
        items = value if isinstance(value, list) else str(value).split(",")
        return tuple(str(v).strip() for v in items if str(v).strip())
    if isinstance(current, str):
        return str(value)
    raise TypeError(f"setting {name} has an unsupported type")


def load_settings(
    config_file: Path | None = None, environ: dict[str, str] | None = None
) -> Settings:
    settings = Settings()
    values: dict[str, Any] = {}
    if config_file is not None:
        with config_file.open("rb") as handle:
            values.update(tomllib.load(handle))
    env = os.environ if environ is None else environ
    for f in fields(Settings):
        key = ENV_PREFIX + f.name.upper()
        if key in env:
            values[f.name] = env[key]
    known = {f.name for f in fields(Settings)}
    unknown = sorted(set(values) - known)
    if unknown:
        raise ValueError(f"unknown settings: {', '.join(unknown)}")
    changes = {
        name: _coerce(getattr(settings, name), value, name) for name, value in values.items()
    }
    return replace(settings, **changes)
