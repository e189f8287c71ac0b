"""Screenshots of the tariff and reading screens (docs/screenshots/tariffs.png,
readings-entry.png, reading-cases.png): a live server (SQLite) with the standard tariffs and a
round of ten meters with seven months of readings, the real client (ApplicationFlow, theme,
translations) on the X display of Xvfb, the screens driven from code, `import -window root`
for each shot (ImageMagick). Not a test. From the repository's root:

    Xvfb :97 -screen 0 1440x900x24 &
    DISPLAY=:97 QT_QPA_PLATFORM=xcb .venv/bin/python -m tests.client.billing_screenshots \
        docs/screenshots en        # or fr once the French texts are in the .ts files
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
LANG = sys.argv[2] if len(sys.argv) > 2 else "en"
OUT.mkdir(parents=True, exist_ok=True)

from PySide6.QtCore import QDate, QEventLoop, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

app = QApplication(sys.argv[:1])
from iwebs_client.main import _apply_theme  # noqa: E402
from iwebs_client.translation_loader import ensure_translations_built, install_translators  # noqa: E402

ensure_translations_built()
translators = install_translators(app, LANG)
_apply_theme(app)

from sqlalchemy import update  # noqa: E402

from iwebs_client.presenters.enrollment_presenter import EnrollmentForm  # noqa: E402
from iwebs_client.tasks import TaskRunner  # noqa: E402
from iwebs_client.views.shell.application_flow import ApplicationFlow  # noqa: E402
from iwebs_server.application.reference_seed import seed_reference_data  # noqa: E402
from iwebs_server.application.tariff_seed import seed_standard_tariffs  # noqa: E402
from iwebs_server.persistence.tables.customer_base import PremiseRow, RoundRow  # noqa: E402
from tests.client.live_client import enrolled_backend  # noqa: E402
from tests.factories.live_server import start_live_server  # noqa: E402
from tests.server.application.reading_harness import Readings  # noqa: E402

PASSWORD = "Baobab-Factu-2026"


def pump(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.02)


def wait(condition, timeout: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("condition not met")
        pump(0.05)


def shot(name: str) -> None:
    pump(0.8)
    subprocess.run(["import", "-window", "root", str(OUT / name)], check=True)
    print("wrote", OUT / name, flush=True)


tmp = Path(tempfile.mkdtemp(prefix="iwebs-shots-"))
from tests.factories.databases import DatabaseFactory  # noqa: E402

server = start_live_server(
    tmp / "server", DatabaseFactory(tmp, "shots").new_url("sqlite"), "sqlite"
)
core = server.app
with core.uow_factory() as uow:
    seed_reference_data(uow, core.clock)
with core.uow_factory() as uow:
    seed_standard_tariffs(uow, core.clock)
server.create_user("facturation", "billing", ["DKR"], password=PASSWORD)
server.create_user("chef_facturation", "billing_manager", ["DKR"], password=PASSWORD)

rows = Readings(
    core.uow_factory,
    core.clock,  # type: ignore[arg-type]
    core.services.readings,
    core.services.reading_files,
    {"DKR": server.agency_id("DKR"), "THS": server.agency_id("THS")},
)
round_id = rows.round()
people = [
    ("Aïssatou NDIAYE", "12 rue Carnot", 180),
    ("Moussa FALL", "14 rue Carnot", 95),
    ("Fatou DIOP", "3 avenue Lamine Guèye", 260),
    ("Ibrahima SARR", "5 avenue Lamine Guèye", 140),
    ("Awa SECK", "7 avenue Lamine Guèye", 320),
    ("Cheikh GUEYE", "22 rue Vincens", 75),
    ("Mariama BA", "24 rue Vincens", 210),
    ("Ousmane CISSE", "2 rue Mohamed V", 150),
    ("Khady SOW", "4 rue Mohamed V", 130),
    ("Pape NDOYE", "6 rue Mohamed V", 400),
]
subs = []
for order, (name, address, monthly) in enumerate(people, start=1):
    sub = rows.subscription(
        round_id, installed_on=dt.date(2026, 3, 9), round_order=order, name=name, digits=6
    )
    rows.past_readings(sub, dt.date(2026, 3, 9), 1000 + order * 37, monthly, 7)
    subs.append(sub)
    with core.uow_factory() as uow:
        uow.session.execute(
            update(PremiseRow)
            .where(PremiseRow.id == sub.premise_id)
            .values(address_line=address, district="Plateau")
        )
with core.uow_factory() as uow:
    uow.session.execute(
        update(RoundRow).where(RoundRow.id == round_id).values(code="PLT-03", name="Plateau nord")
    )

backend = enrolled_backend(server, tmp / "client", "FACTURATION-1")
tasks = TaskRunner(app)
flow = ApplicationFlow(backend, tasks, EnrollmentForm("", 0, 0, "", ""))
flow.start()
wait(lambda: flow.login_dialog is not None)
dialog: Any = flow.login_dialog
from PySide6.QtTest import QTest  # noqa: E402

QTest.keyClicks(dialog.login_edit, "facturation")
QTest.keyClicks(dialog.password_edit, PASSWORD)
QTest.keyClick(dialog.password_edit, Qt.Key.Key_Return)
try:
    wait(lambda: flow.main_window is not None)
except TimeoutError:
    shot("login-failed.png")
    raise
window: Any = flow.main_window
window.resize(1440, 900)
window.move(0, 0)
window.show()
pump(1.0)

# --- Tarifs: the SENELEC domestic grid and 300 kWh in November
window.show_screen("tariffs")
page: Any = window.current_page()
wait(lambda: page.grid.components.rowCount() > 0)
for row in range(page.proxy.rowCount()):
    item = page.proxy.index(row, 0).data()
    if item == "SN-DPP":
        page.tariffs.selectRow(row)
        break
pump(1.0)
wait(lambda: page.grid.components.rowCount() > 0)
page.grid.components.setCurrentCell(0, 0)
page.start_edit.setDate(QDate(2026, 11, 1))
page.end_edit.setDate(QDate(2026, 11, 30))
page.consumption_edit.setText("300")
page.power_edit.setText("6")
page.simulate()
wait(lambda: page.lines.rowCount() > 0)
page.grid.components.setFocus()
shot("tariffs.png")

# --- Relevés: the round for 2026-11-05, five rows typed
window.show_screen("reading_entry")
entry: Any = window.current_page()
wait(lambda: entry.round_combo.findData(round_id) >= 0)
entry.round_combo.setCurrentIndex(entry.round_combo.findData(round_id))
entry.date_edit.setDate(QDate(2026, 11, 5))
entry.load_sheet()
wait(lambda: entry.model.rowCount() == len(people))
presenter = entry.presenter
for number in range(5):
    line = presenter.rows[number].line
    usual = people[number][2]
    if number == 2:
        index, code = str(line.last_index + usual * 4).rjust(6, "0"), ""
    elif number == 3:
        index, code = "", "INACCESSIBLE"
    else:
        index, code = str(line.last_index + usual + 7).rjust(6, "0"), ""
    presenter.enter(number, index, code)
wait(lambda: all(r.reading is not None for r in presenter.rows[:5]))
entry.table.edit_index_of(5)
pump(0.5)
shot("readings-entry.png")

# --- Anomalies de relève
window.show_screen("reading_cases")
cases: Any = window.current_page()
wait(lambda: cases.model.rowCount() >= 2)
cases.table.setFocus()
for row in range(cases.proxy.rowCount()):
    reading = cases.model.item(cases.proxy.mapToSource(cases.proxy.index(row, 0)).row())
    if any(case.code == "TOO_HIGH" for case in reading.cases):
        cases.table.selectRow(row)
wait(lambda: cases.history.rowCount() > 0)
shot("reading-cases.png")

print("done", flush=True)
tasks.wait_for_done(5000)
backend.close()
server.stop()
os._exit(0)
