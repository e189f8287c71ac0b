#!/usr/bin/env python3
"""Refreshes resources/i18n/iwebs_<language>.ts from the client's sources (pyside6-lupdate).

Existing translations are kept; new strings appear as unfinished. Run it after changing UI
text, translate with pyside6-linguist, then scripts/build_translations.py.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("fr", "en")


def main() -> int:
    tool = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "client" / "iwebs_client").rglob("*.py"))
    for language in LANGUAGES:
        ts_file = ROOT / "resources" / "i18n" / f"iwebs_{language}.ts"
        ts_file.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(  # noqa: S603 - fixed tool, our own files
            [
                tool,
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                language,
                *sources,
                "-ts",
                str(ts_file),
            ],
            check=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
