"""Screenshots of the bill run and bill screens (docs/screenshots/bill-run.png,
bill-explanation.png, bill-pdf.png): a live server (SQLite) with the SENELEC domestic grid,
twelve subscribers of Dakar Plateau with five months of readings and paid bills (written as
rows), this month's readings entered through the client's gateway and a run simulated (one
bill held by the control ceiling, one reading to check, one without reading); the real client
(ApplicationFlow, theme, translations) on the X display of Xvfb, the screens driven from
code, `import -window root` for each shot (ImageMagick), the bill PDF's page rendered with
pdftoppm (poppler-utils). Not a test. From the repository's root:

    Xvfb :99 -screen 0 1600x900x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python -m tests.client.bill_screenshots \
        docs/screenshots fr
"""

import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
TMP = Path(tempfile.mkdtemp(prefix="billshots-"))
os.environ["HOME"] = str(TMP)
os.environ["XDG_DATA_HOME"] = str(TMP / "data")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
OUT = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs" / "screenshots").resolve()
LANGUAGE = sys.argv[2] if len(sys.argv) > 2 else "fr"

from PySide6.QtCore import QLocale  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from iwebs.v1 import bill_run_service_pb2 as brs  # noqa: E402
from iwebs_server.persistence import migrator  # noqa: E402
from iwebs_server.persistence.database import make_engine  # noqa: E402
from tests.factories.live_server import start_live_server  # noqa: E402

db = TMP / "db.sqlite3"
engine = make_engine(f"sqlite:///{db}")
migrator.upgrade(engine)
engine.dispose()

server = start_live_server(TMP / "server", f"sqlite:///{db}", "sqlite")
TODAY = dt.date.today()

from sqlalchemy import select  # noqa: E402

from iwebs_server.application.clock import new_id  # noqa: E402
from iwebs_server.persistence.tables.billing import MeterReadingRow  # noqa: E402
from iwebs_server.persistence.tables.customer_base import BillRow, MeterRow  # noqa: E402
from tests.client import bill_live_helpers as h  # noqa: E402
from tests.client.cash_live_helpers import cash_tender, pay  # noqa: E402
from tests.client.live_client import enrolled_backend  # noqa: E402

h.seed_billing(server, max_amount=60_000)
people = [
    ("Aïssatou Ndiaye", 180),
    ("Moussa Diop", 95),
    ("Fatou Sall", 240),
    ("Ousmane Fall", 130),
    ("Khady Sarr", 310),
    ("Mamadou Ba", 75),
    ("Awa Gueye", 160),
    ("Ibrahima Sow", 900),
    ("Ndeye Faye", 205),
    ("Cheikh Mbaye", 140),
    ("Coumba Diallo", 115),
    ("Abdou Kane", 260),
]
MONTHS = 5
subscribers = [(h.new_subscriber(server, n, TODAY, 30 * (MONTHS + 1)), per) for n, per in people]
index = {}
app = server.app
with app.uow_factory() as uow:
    for number, (sub, per) in enumerate(subscribers):
        meter_id = uow.session.scalars(
            select(MeterRow.id).where(MeterRow.serial == sub.meter_serial)
        ).one()
        value, previous = 0, None
        for k in range(MONTHS, 0, -1):
            first = TODAY.replace(day=1)
            for _ in range(k - 1):
                first = (first - dt.timedelta(days=1)).replace(day=1)
            end = first - dt.timedelta(days=1)
            start = end.replace(day=1)
            wobble = (k * 7 + number * 3) % 11 - 5
            used = per + per * wobble // 25
            value += used
            reading = MeterReadingRow(
                id=new_id(),
                subscription_id=sub.subscription_id,
                meter_id=meter_id,
                register_code="single",
                agency_id=server.agency_id("DKR"),
                reading_date=end,
                index_value=value,
                previous_reading_id=previous,
                consumption=used,
                source="field",
                field_code="",
                status="validated",
                case_codes="",
                entered_at=app.clock.now(),
                review_note="",
                version=1,
            )
            uow.session.add(reading)
            uow.session.flush()
            previous = reading.id
            bill_id = new_id()
            uow.session.add(
                BillRow(
                    id=bill_id,
                    bill_number=f"FH-DKR-{end.year}-{(MONTHS - k) * 100 + number + 1:07d}",
                    origin="billing",
                    account_id=sub.account_id,
                    subscription_id=sub.subscription_id,
                    agency_id=server.agency_id("DKR"),
                    period_label=f"{end:%Y-%m}",
                    issue_date=end,
                    due_date=end + dt.timedelta(days=15),
                    currency_code="XOF",
                    amount_minor=used * 110,
                    created_at=app.clock.now(),
                    kind="invoice",
                    service="electricity",
                    period_start=start,
                    period_end=end,
                    index_from=value - used,
                    index_to=value,
                    consumption=used,
                    estimated=(k == 3 and number == 0),
                    reading_id=reading.id,
                )
            )
        index[sub.subscription_id] = value

# the earlier bills were paid at the counter
counter = enrolled_backend(server, TMP / "counter", "GUICHET-1")
counter.sessions.login("caissier", h.PASSWORD)
till = counter.cash_sessions.open_session(h.rid(), None, False)
office = enrolled_backend(server, TMP / "office", "BUREAU-FACTU")
office.sessions.login("facturation", h.PASSWORD)
for sub, _per in subscribers:
    balance = office.bills.get_account_balance(sub.account_id).balance.balance.amount_minor
    if balance > 0:
        pay(counter, till.cash_session_id, sub.account_id, balance, [cash_tender(balance)])

batch = office.bill_runs.create_batch(
    h.rid(),
    brs.BillingBatch(
        agency_id=server.agency_id("DKR"),
        code="DKR-MENS",
        name="Dakar Plateau — mensuel",
        service="electricity",
        billing_periodicity="monthly",
        tariff_category_codes=["DPP"],
    ),
)
office.bill_runs.create_batch(
    h.rid(),
    brs.BillingBatch(
        agency_id=server.agency_id("DKR"),
        code="DKR-PRO",
        name="Dakar Plateau — professionnels",
        service="electricity",
        tariff_category_codes=["PPP"],
    ),
)


def wait(run_id: str, status: int) -> brs.BillRun:
    for _ in range(300):
        run = office.bill_runs.get_run(run_id)
        if run.status == status:
            return run
        time.sleep(0.2)
    raise SystemExit(f"run {run_id} stuck: {office.bill_runs.get_run(run_id)}")


for number, (sub, per) in enumerate(subscribers):
    if number == 10:
        continue  # no reading this month
    used = per * 4 if number == 4 else per + (number % 3) * 7
    if number == 7:
        used = per + 60
    index[sub.subscription_id] += used
    reading = office.readings.enter_reading(
        h.rid(), sub.subscription_id, "single", TODAY, str(index[sub.subscription_id]), ""
    )
    print("reading", sub.subscription_number, used, reading.status, [c.code for c in reading.cases])
start = TODAY.replace(day=1)
label = f"{TODAY.year}-{TODAY.month:02d}"
run = office.bill_runs.create_run(h.rid(), batch.batch_id, label, start, TODAY, TODAY)
last_run = wait(run.run_id, brs.BILL_RUN_STATUS_SIMULATED)
print("last run", last_run.run_number, last_run.counts)

# -- the client, under Xvfb ---------------------------------------------------------------------
from iwebs_client.main import _apply_theme  # noqa: E402
from iwebs_client.translation_loader import ensure_translations_built, install_translators  # noqa: E402

ensure_translations_built()
app = QApplication.instance() or QApplication([])
install_translators(app, LANGUAGE)
QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.Senegal))
_apply_theme(app)

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

from iwebs_client.presenters.enrollment_presenter import EnrollmentForm  # noqa: E402
from iwebs_client.tasks import TaskRunner  # noqa: E402
from iwebs_client.views.shell.application_flow import ApplicationFlow  # noqa: E402


def pump(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def until(check, ms: int = 20_000) -> None:
    spent = 0
    while not check():
        pump(100)
        spent += 100
        if spent > ms:
            raise SystemExit("timeout")


def shot(name: str) -> None:
    pump(700)
    subprocess.run(["import", "-window", "root", str(OUT / name)], check=True)
    print("saved", OUT / name)


clerk_backend = enrolled_backend(server, TMP / "clerk", "BUREAU-FACTU-2")
flow = ApplicationFlow(clerk_backend, TaskRunner(), EnrollmentForm("", 0, 0, "", ""))
flow.start()
until(lambda: flow.login_dialog is not None)
flow.login_dialog.login_edit.setText("facturation")
flow.login_dialog.password_edit.setText(h.PASSWORD)
flow.login_dialog.submit()
until(lambda: flow.main_window is not None)
window = flow.main_window
window.move(0, 0)
window.resize(1600, 900)
window.showMaximized()
pump(500)

window.show_screen("bill_runs")
page = window.current_page()
until(lambda: page.runs_model.rowCount() >= 1)
page.runs_table.selectRow(0)
until(lambda: page.run_presenter.run is not None and page.run_panel.items_model.rowCount() > 0)
page.run_panel.items_table.selectRow(0)
shot("bill-run.png")

# finalize the last run (released first), then the account's bills of the big consumer
held = office.bill_runs.list_items(last_run.run_id, [brs.BILL_RUN_ITEM_OUTCOME_HELD])
for item in held.items:
    office.bill_runs.release_item(h.rid(), last_run.run_id, item.subscription_id, "Vérifié")
run = office.bill_runs.get_run(last_run.run_id)
office.bill_runs.finalize(h.rid(), run.run_id, run.version)
wait(run.run_id, brs.BILL_RUN_STATUS_FINALIZED)

target = subscribers[0][0]
window.show_screen("customer_search")
search = window.current_page()
search.presenter.navigator.open_customer(target.customer_id)
until(lambda: window.current_page().presenter.overview is not None)
overview = window.current_page()
overview.bills_button.click()
until(lambda: window.current_page().__class__.__name__ == "AccountBillsPage")
bills_page = window.current_page()
until(lambda: bills_page.bills_model.rowCount() >= 6 and bills_page.lines_model.rowCount() > 0)
bills_page.bills_table.selectRow(0)
until(
    lambda: (
        bills_page.presenter.bill is not None
        and bills_page.presenter.bill.summary.bill_id == bills_page.bills_model.row(0).item.bill_id
    )
)
pump(500)
shot("bill-explanation.png")

bill_id = bills_page.bills_model.row(0).item.bill_id
pdf = TMP / "bill.pdf"
bills_page.presenter.print_bill(bill_id, pdf)
until(pdf.exists)
pump(300)
subprocess.run(
    ["pdftoppm", "-png", "-r", "110", "-singlefile", str(pdf), str(TMP / "bill")], check=True
)
subprocess.run(["cp", str(TMP / "bill.png"), str(OUT / "bill-pdf.png")], check=True)
print("done", TMP)
os._exit(0)
