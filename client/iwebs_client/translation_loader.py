"""Builds (in a source checkout) and installs the Qt translations of the client.

Sources are `resources/i18n/iwebs_<language>.ts`; the compiled `.qm` files live in the
`iwebs_client.translations` package so that `importlib.resources` finds them in a wheel or a
PyInstaller bundle. Without a `.qm`, the client shows its English source strings.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

_log = logging.getLogger(__name__)
LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"
_PACKAGE_DIR = Path(__file__).resolve().parent
_TS_DIR = _PACKAGE_DIR.parents[1] / "resources" / "i18n"
_QM_DIR = _PACKAGE_DIR / "translations"


def _lrelease() -> str | None:
    candidates = [
        shutil.which("pyside6-lrelease"),
        str(Path(sys.executable).parent / "pyside6-lrelease"),
    ]
    for candidate in candidates:
        if candidate and Path(candidate).exists():
            return candidate
    return None


def build_translations(ts_dir: Path = _TS_DIR, qm_dir: Path = _QM_DIR) -> list[Path]:
    """Compiles every `iwebs_*.ts` that is newer than its `.qm`; returns the built files."""
    tool = _lrelease()
    built: list[Path] = []
    for ts_file in sorted(ts_dir.glob("iwebs_*.ts")):
        qm_file = qm_dir / (ts_file.stem + ".qm")
        if qm_file.exists() and qm_file.stat().st_mtime >= ts_file.stat().st_mtime:
            continue
        if tool is None:
            raise RuntimeError("pyside6-lrelease is not installed")
        subprocess.run(  # noqa: S603 - fixed tool and our own files
            [tool, "-silent", str(ts_file), "-qm", str(qm_file)], check=True
        )
        built.append(qm_file)
    return built


def ensure_translations_built() -> None:
    """In a source checkout, builds missing or stale `.qm` files; elsewhere does nothing."""
    if not _TS_DIR.is_dir():
        return
    try:
        build_translations()
    except (RuntimeError, OSError, subprocess.CalledProcessError) as exc:
        _log.warning("translations not built: %s", exc)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Installs Qt's own and iWEBS's translators for `language`; returns them (keep them)."""
    QLocale.setDefault(
        QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English)
    )
    installed: list[QTranslator] = []
    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    ours = QTranslator(app)
    qm = resources.files("iwebs_client.translations").joinpath(f"iwebs_{language}.qm")
    with resources.as_file(qm) as qm_path:
        loaded = qm_path.is_file() and ours.load(str(qm_path))
    if loaded:
        app.installTranslator(ours)
        installed.append(ours)
    elif language != "en":
        _log.warning("no compiled translation for %r: showing source strings", language)
    return installed
