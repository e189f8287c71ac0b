"""Smoke test of the client installer: build the PyInstaller bundle, start it offscreen.

The bundle is built from installers/iwebs-client.spec into a temporary directory (nothing is
cached or committed), then started with ``--smoke-test``: the client must show its first
window (enrollment on a machine that was never enrolled, else login), print
``IWEBS_SMOKE_OK <window title>`` and exit 0.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "installers" / "iwebs-client.spec"
CLIENT_MAIN = ROOT / "client" / "iwebs_client" / "main.py"
SMOKE_FLAG = "--smoke-test"
SMOKE_MARKER = "IWEBS_SMOKE_OK"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="built and run on Linux"),
]


def _isolated_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_", "PYTHON"))}
    env.update(
        {
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "XDG_RUNTIME_DIR": str(home / "run"),
            "QT_QPA_PLATFORM": "offscreen",
        }
    )
    env.pop("DISPLAY", None)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    return env


def test_client_bundle_builds_and_shows_first_window(tmp_path: Path) -> None:
    if not CLIENT_MAIN.exists():
        pytest.skip("client/iwebs_client/main.py does not exist yet")
    if shutil.which("objdump") is None:
        pytest.fail("objdump (Debian package binutils) is needed by PyInstaller")
    assert SMOKE_FLAG in CLIENT_MAIN.read_text(encoding="utf-8"), (
        f"the client must support {SMOKE_FLAG}: show the first window, print "
        f"'{SMOKE_MARKER} <title>' and exit 0"
    )

    dist, work = tmp_path / "dist", tmp_path / "work"
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(SPEC),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert build.returncode == 0, f"PyInstaller failed:\n{build.stdout}\n{build.stderr}"
    executable = dist / "iwebs-client" / "iwebs-client"
    assert executable.is_file(), f"no executable at {executable}"
    shutil.rmtree(work, ignore_errors=True)  # free disk early; only dist/ is run

    home = tmp_path / "home"
    for sub in (".config", ".local/share", ".cache", "run"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    (home / "run").chmod(0o700)
    # A client configuration directory of its own, so the first window is enrollment.
    config_dir = tmp_path / "client-config"
    env = _isolated_env(home)
    env["IWEBS_CLIENT_CONFIG_DIR"] = str(config_dir)
    args = [str(executable), SMOKE_FLAG]
    if "--config-dir" in CLIENT_MAIN.read_text(encoding="utf-8"):
        args[1:1] = ["--config-dir", str(config_dir)]
    run = subprocess.run(
        args,
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    output = f"stdout:\n{run.stdout}\nstderr:\n{run.stderr}"
    assert run.returncode == 0, f"bundled client exited {run.returncode}\n{output}"
    lines = [line for line in run.stdout.splitlines() if line.startswith(SMOKE_MARKER)]
    assert lines, f"no '{SMOKE_MARKER}' line\n{output}"
    title = lines[-1][len(SMOKE_MARKER) :].strip()
    assert title, f"the smoke line names no window title\n{output}"
    shutil.rmtree(dist, ignore_errors=True)  # ~200 MB; kept only when the test fails
