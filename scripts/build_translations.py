#!/usr/bin/env python3
"""Compiles resources/i18n/iwebs_<language>.ts into client/iwebs_client/translations/*.qm.

The .qm files are build outputs (git-ignored); the client loads them with importlib.resources,
and builds them itself at start-up in a source checkout when they are missing or stale.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "client"))

from iwebs_client.translation_loader import build_translations  # noqa: E402


def main() -> int:
    ts_dir = ROOT / "resources" / "i18n"
    qm_dir = ROOT / "client" / "iwebs_client" / "translations"
    built = build_translations(ts_dir, qm_dir)
    for path in built:
        print(f"built {path.relative_to(ROOT)}")
    if not list(qm_dir.glob("iwebs_*.qm")):
        print("no translation was built", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
