"""Where the client keeps its non-secret configuration."""

from __future__ import annotations

import os
from pathlib import Path

CONFIG_DIR_ENV = "IWEBS_CLIENT_CONFIG_DIR"


def default_config_dir() -> Path:
    """`$IWEBS_CLIENT_CONFIG_DIR`, else `$XDG_CONFIG_HOME/iwebs`, else `~/.config/iwebs`."""
    explicit = os.environ.get(CONFIG_DIR_ENV)
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CONFIG_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".config"
    return base / "iwebs"


def resolve_config_dir(option: str | None) -> Path:
    """The `--config-dir` option wins over the environment and the default."""
    path = Path(option).expanduser() if option else default_config_dir()
    return path.resolve()
