"""`iwebs-client`: the desktop client, or `iwebs-client enroll ...` to enroll without a window."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from iwebs_client.backend.client_backend import ClientBackend
from iwebs_client.backend.client_types import BackendError
from iwebs_client.backend.config_paths import resolve_config_dir
from iwebs_client.backend.workstation_enrollment import DEFAULT_ENROLLMENT_PORT, DEFAULT_MAIN_PORT
from iwebs_client.client_settings import load_language, save_language

_log = logging.getLogger("iwebs_client")
QT_MATERIAL_THEME = "light_blue.xml"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="iwebs-client", description="iWEBS desktop client")
    parser.add_argument("--config-dir", help="configuration directory (default ~/.config/iwebs)")
    parser.add_argument("--language", choices=("fr", "en"), help="interface language (saved)")
    parser.add_argument("--server", help="server host, to prefill the enrollment dialog")
    parser.add_argument("--port", type=int, default=DEFAULT_MAIN_PORT, help="main (mTLS) port")
    parser.add_argument("--enrollment-port", type=int, default=DEFAULT_ENROLLMENT_PORT)
    parser.add_argument("--code", default="", help="enrollment code, to prefill the dialog")
    parser.add_argument("--ca-file", default="", help="CA certificate of the iWEBS server")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="installer check: exit once the first window is shown, printing its title",
    )
    commands = parser.add_subparsers(dest="command")
    enroll = commands.add_parser("enroll", help="enroll this workstation without a window")
    enroll.add_argument("--server", required=True, help="server host name or address")
    enroll.add_argument("--port", type=int, default=DEFAULT_MAIN_PORT)
    enroll.add_argument("--enrollment-port", type=int, default=DEFAULT_ENROLLMENT_PORT)
    enroll.add_argument("--code", required=True, help="one-time enrollment code")
    enroll.add_argument("--ca-file", required=True, help="CA certificate of the iWEBS server")
    return parser


def run_enroll(config_dir: Path, args: argparse.Namespace) -> int:
    from iwebs_client.backend.credentials_store import keyring_backend_name, keyring_is_insecure
    from iwebs_client.presenters.enrollment_presenter import EnrollmentForm, enroll_with_form

    backend = ClientBackend(config_dir)
    form = EnrollmentForm(args.server, args.port, args.enrollment_port, args.code, args.ca_file)
    try:
        identity = enroll_with_form(backend, form)
    except BackendError as err:
        print(f"iwebs-client: enrollment failed: {err.reason}: {err.message}", file=sys.stderr)
        return 1
    finally:
        backend.close()
    if keyring_is_insecure():
        print(
            f"warning: keyring backend {keyring_backend_name()} keeps the key in plain text",
            file=sys.stderr,
        )
    print(identity.workstation_name)
    return 0


def run_gui(config_dir: Path, args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication

    from iwebs_client.presenters.enrollment_presenter import EnrollmentForm
    from iwebs_client.tasks import GuiBlockWatchdog, TaskRunner
    from iwebs_client.translation_loader import ensure_translations_built, install_translators
    from iwebs_client.views.shell.application_flow import ApplicationFlow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("iWEBS")
    app.setQuitOnLastWindowClosed(False)
    language = args.language or load_language(config_dir)
    if args.language:
        save_language(config_dir, args.language)
    ensure_translations_built()
    translators = install_translators(app, language)
    _apply_theme(app)
    backend = ClientBackend(config_dir)
    tasks = TaskRunner(app)
    watchdog = GuiBlockWatchdog(app)
    if GuiBlockWatchdog.enabled_by_environment():
        watchdog.start()
    defaults = EnrollmentForm(
        args.server or "", args.port, args.enrollment_port, args.code, args.ca_file
    )
    flow = ApplicationFlow(backend, tasks, defaults)
    flow.finished.connect(app.quit)
    flow.start()
    if args.smoke_test:
        _exit_when_first_window_shows(app)
    code = app.exec()
    tasks.wait_for_done(5000)
    backend.close()
    del translators
    return int(code)


def _exit_when_first_window_shows(app: object, timeout_ms: int = 30_000) -> None:
    """Installer smoke test: prints IWEBS_SMOKE_OK <title> and exits 0 once a window shows."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    clock = QElapsedTimer()
    clock.start()
    timer = QTimer(app)

    def check() -> None:
        shown = [w for w in app.topLevelWidgets() if w.isVisible() and w.windowTitle()]
        if shown:
            print(f"IWEBS_SMOKE_OK {shown[0].windowTitle()}", flush=True)
            app.exit(0)
        elif clock.elapsed() > timeout_ms:
            print("IWEBS_SMOKE_FAILED no window shown", flush=True)
            app.exit(1)

    timer.timeout.connect(check)
    timer.start(100)


def _apply_theme(app: object) -> None:
    try:
        from qt_material import apply_stylesheet

        apply_stylesheet(app, theme=QT_MATERIAL_THEME, invert_secondary=False)
    except Exception:  # a missing theme must not stop a counter
        _log.exception("qt-material theme not applied")


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    args = build_parser().parse_args(argv)
    config_dir = resolve_config_dir(args.config_dir)
    if args.command == "enroll":
        return run_enroll(config_dir, args)
    return run_gui(config_dir, args)


if __name__ == "__main__":
    sys.exit(main())
