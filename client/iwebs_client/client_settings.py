"""Non-secret preferences of this client (language), next to the workstation identity."""

from __future__ import annotations

import json
from pathlib import Path

SETTINGS_FILE_NAME = "settings.json"


def load_language(config_dir: Path, default: str = "fr") -> str:
    try:
        data = json.loads((config_dir / SETTINGS_FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return default
    language = data.get("language") if isinstance(data, dict) else None
    return language if language in ("fr", "en") else default


def save_language(config_dir: Path, language: str) -> None:
    """Keeps the other settings of the file (the receipt printers, printing/print_settings)."""
    config_dir.mkdir(parents=True, exist_ok=True)
    path = config_dir / SETTINGS_FILE_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    data = data if isinstance(data, dict) else {}
    data["language"] = language
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
