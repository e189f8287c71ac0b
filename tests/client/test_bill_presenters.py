"""Billing presenters (FAC-1, FAC-2, FAC-5, FAC-6, FAC-7, FAC-8) against in-memory fakes of
their ports: the run's progress is polled one call at a time, paused when hidden, and the
run and its items are read again when the phase ends; an item is released, excluded,
recomputed with its own request id; finalization sends the run's version; batches and runs
are checked before they are sent; an account's bills, a bill's explanation, an individual
bill and a correction. The live server: test_bill_screens_live.py, test_billing_day.py."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from iwebs.v1 import bill_run_service_pb2 as brs
from iwebs_client.backend.client_types import BackendError
from iwebs_client.presenters import bill_rows, bill_run_explanation, bill_run_rows, module_catalog
from iwebs_client.presenters.bill_account_presenter import BillAccountPresenter
from iwebs_client.presenters.bill_run_presenter import BillRunPresenter
from iwebs_client.presenters.billing_batch_presenter import (
    BatchForm,
    BillingBatchPresenter,
    RunForm,
    month_period,
)
from iwebs_client.presenters.presenter_base import CommandIntent
from iwebs_client.printing.bill_run_summary_layout import CAUSES_FR
from iwebs_client.tasks import TaskRunner
from iwebs_server.application.bill_run_chunks import NOT_BILLED_CAUSES
from tests.client.bill_fakes import ACCOUNT_ID, FakeBillingServices, billing_session
from tests.client.bill_pdf_text import pdf_text, squeezed
from tests.client.cash_supervision_fakes import DKR

TIMEOUT = 5000


@pytest.fixture(autouse=True)
def french_numbers(qapp: Any) -> Any:
    """Numbers and amounts as a clerk in Dakar reads them ("1 234 567 FCFA")."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.Senegal))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def services() -> Any:
    return FakeBillingServices()


@pytest.fixture
def tasks(qapp: Any) -> TaskRunner:
    return TaskRunner()


def plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\xa0", " ")


def test_billing_screens_follow_the_rights() -> None:
    """billing.read shows the runs and the bills; billing.run acts on them."""
    assert [s.key for s in module_catalog.visible_screens(["customers.read"])] == [
        "customer_search",
        "customer_360",
    ]
    keys = [s.key for s in module_catalog.visible_screens(["billing.read"])]
    assert {"bill_runs", "account_bills"} <= set(keys)
    assert module_catalog.can_manage(["billing.read", "billing.run"], "bill_runs")
    assert not module_catalog.can_manage(["billing.read"], "bill_runs")
    modules = dict(module_catalog.visible_modules(["billing.read"]))
    assert "bill_runs" in [s.key for s in modules[module_catalog.BILLING]]


def test_batch_and_run_forms_are_checked_before_sending(
    services: Any, tasks: TaskRunner, qtbot: Any
) -> None:
    presenter = BillingBatchPresenter(services, tasks, billing_session())
    problems = presenter.save_batch(CommandIntent(), BatchForm(code="A B", name=""), None)
    assert set(problems) == {"code", "name"}
    bad_period = RunForm("2026-11", dt.date(2026, 11, 30), dt.date(2026, 11, 1))
    assert "period_end" in presenter.create_run(
        CommandIntent(), services.bill_runs.batches[0], bad_period
    )
    assert "period_label" in RunForm("", dt.date(2026, 11, 1), dt.date(2026, 11, 30)).problems()
    assert not [c for c in services.bill_runs.calls if c[0] in ("create_batch", "create_run")]
    proposal = month_period(dt.date(2026, 12, 3))
    assert (proposal.period_label, proposal.period_start, proposal.period_end) == (
        "2026-11", dt.date(2026, 11, 1), dt.date(2026, 11, 30),
    )  # fmt: skip


def test_batches_runs_and_a_new_run(services: Any, tasks: TaskRunner, qtbot: Any) -> None:
    """The agency's batches with their criteria; a batch saved with one request id; a run
    created for batch + period + bill date comes first in the list."""
    presenter = BillingBatchPresenter(services, tasks, billing_session())
    assert presenter.can_manage_batches and presenter.can_run
    with qtbot.waitSignal(presenter.batches_changed, timeout=TIMEOUT) as shown:
        presenter.load_agencies()
    assert presenter.agency_id == DKR
    cells = shown.args[0][0].cells
    assert cells[0] == "DKR-MENS" and "DPP" in cells[4]
    qtbot.waitUntil(lambda: bool(presenter.tariff_categories), timeout=TIMEOUT)
    assert presenter.rounds == [("round-1", "T01 Plateau nord")]

    intent = CommandIntent()
    form = BatchForm("DKR-TRIM", "Dakar trimestriel", "water", "quarterly", ["PPP"], ["round-1"])
    with qtbot.waitSignal(presenter.batch_saved, timeout=TIMEOUT) as saved:
        assert presenter.save_batch(intent, form, None) == {}
    created = saved.args[0]
    assert (created.code, list(created.round_ids), created.agency_id) == (
        "DKR-TRIM",
        ["round-1"],
        DKR,
    )
    assert services.bill_runs.calls[-1][0] in ("list_batches", "list_runs", "create_batch")
    first_request = next(c for c in services.bill_runs.calls if c[0] == "create_batch")[1]
    assert intent.request_id != first_request  # renewed after the answer

    with qtbot.waitSignal(presenter.batch_saved, timeout=TIMEOUT):
        presenter.save_batch(CommandIntent(), BatchForm(name="Dakar trimestre 2"), created)
    update = next(c for c in services.bill_runs.calls if c[0] == "update_batch")
    assert update[2:] == (created.batch_id, 1)  # the version read

    batch = services.bill_runs.batches[0]
    period = RunForm("2026-11", dt.date(2026, 11, 1), dt.date(2026, 11, 30), dt.date(2026, 12, 1))
    with qtbot.waitSignal(presenter.run_created, timeout=TIMEOUT) as run_created:
        assert presenter.create_run(CommandIntent(), batch, period) == {}
    run = run_created.args[0]
    assert run.status == brs.BILL_RUN_STATUS_SIMULATING
    call = next(c for c in services.bill_runs.calls if c[0] == "create_run")
    assert call[2:] == (
        "batch-1",
        "2026-11",
        dt.date(2026, 11, 1),
        dt.date(2026, 11, 30),
        dt.date(2026, 12, 1),
    )
    assert presenter.runs[0].run_id == run.run_id


def _running_run(services: FakeBillingServices) -> brs.BillRun:
    return services.bill_runs.create_run(
        "rid", "batch-1", "2026-11", dt.date(2026, 11, 1), dt.date(2026, 11, 30), None
    )


def test_progress_is_polled_one_call_at_a_time_and_stops_when_done(
    services: Any, tasks: TaskRunner, qtbot: Any
) -> None:
    run = _running_run(services)
    presenter = BillRunPresenter(services, tasks, poll_ms=30)
    texts: list[str] = []
    presenter.progress_changed.connect(lambda text, _percent: texts.append(plain(text)))
    presenter.show_run(run)
    services.bill_runs.hold = threading.Event()
    presenter.start()
    qtbot.wait(150)
    assert presenter.in_flight and services.bill_runs.progress_calls == 1  # never two at once
    presenter.poll_now()
    assert services.bill_runs.progress_calls == 1
    services.bill_runs.hold.set()
    services.bill_runs.hold = None
    qtbot.waitUntil(lambda: presenter.run.status == brs.BILL_RUN_STATUS_SIMULATED, timeout=TIMEOUT)
    assert any("1 850 per second" in t and "about" in t for t in texts), texts
    assert "Simulation: 4 / 4 (100 %)" in texts[-1] and "done" in texts[-1]
    # the phase ended: the run and its items were read again, polling stopped
    qtbot.waitUntil(lambda: presenter.items_total == 1, timeout=TIMEOUT)  # the held tab
    sent = services.bill_runs.progress_calls
    qtbot.wait(150)
    assert services.bill_runs.progress_calls == sent
    assert not presenter.running


def test_polling_pauses_while_hidden_and_a_failure_is_shown(
    services: Any, tasks: TaskRunner, qtbot: Any
) -> None:
    services.bill_runs.chunks_total = 100
    run = _running_run(services)
    presenter = BillRunPresenter(services, tasks, poll_ms=20)
    statuses: list[str] = []
    presenter.status_changed.connect(statuses.append)
    presenter.show_run(run)
    qtbot.waitUntil(lambda: not presenter.busy, timeout=TIMEOUT)  # its items are read
    services.bill_runs.fail_next = BackendError(code="UNAVAILABLE", reason="", message="down")
    presenter.start()
    qtbot.waitUntil(lambda: services.bill_runs.progress_calls >= 3, timeout=TIMEOUT)
    assert any(s.startswith("Not updated at") for s in statuses)
    assert any(s.startswith("Updated at") for s in statuses)  # and it went on
    presenter.stop()
    qtbot.waitUntil(lambda: not presenter.in_flight, timeout=TIMEOUT)
    stopped_at = services.bill_runs.progress_calls
    qtbot.wait(120)
    assert services.bill_runs.progress_calls == stopped_at


def _simulated(services: FakeBillingServices, presenter: BillRunPresenter, qtbot: Any) -> None:
    services.bill_runs.chunks_total = 1
    run = _running_run(services)
    presenter.show_run(run)
    presenter.start()
    qtbot.waitUntil(
        lambda: presenter.run is not None and presenter.run.status == brs.BILL_RUN_STATUS_SIMULATED,
        timeout=TIMEOUT,
    )
    qtbot.waitUntil(lambda: not presenter.busy, timeout=TIMEOUT)


def test_review_release_exclude_recompute_and_finalize(
    services: Any, tasks: TaskRunner, qtbot: Any, tmp_path: Path
) -> None:
    presenter = BillRunPresenter(services, tasks, poll_ms=20)
    _simulated(services, presenter, qtbot)
    assert [i.subscription_id for i in presenter.items] == ["sub-3"]  # the held tab first
    row = bill_run_rows.item_rows(presenter.items)[0]
    assert row.highlighted and "Far above the subscriber's average" in row.cells[7]

    with qtbot.waitSignal(presenter.explained, timeout=TIMEOUT) as explained:
        presenter.explain(presenter.items[0])
    answer = explained.args[0]
    summary = plain(bill_run_explanation.explanation_summary(answer))
    assert "index 12 450 → 12 730" in summary and "consumption 280" in summary
    lines = bill_run_explanation.explanation_rows(list(answer.lines))
    assert lines[0].cells[:3] == ("Énergie tranche 1", "1", "150 kWh")
    assert lines[0].cells[5] == "bloc 1 : 0-150 kWh x 61/60 jours"

    intent = CommandIntent()
    request_id = intent.request_id
    with qtbot.waitSignal(presenter.item_changed, timeout=TIMEOUT) as changed:
        presenter.release(intent, presenter.items[0], "Relevé vérifié sur place")
    assert changed.args[0].outcome == brs.BILL_RUN_ITEM_OUTCOME_RELEASED
    assert (
        "release_item",
        request_id,
        "sub-3",
        "Relevé vérifié sur place",
    ) in services.bill_runs.calls
    qtbot.waitUntil(lambda: presenter.run.counts.released == 1, timeout=TIMEOUT)

    presenter.set_tab(4)  # not billed
    qtbot.waitUntil(
        lambda: [i.subscription_id for i in presenter.items] == ["sub-4"], timeout=TIMEOUT
    )
    assert bill_run_rows.item_rows(presenter.items)[0].cells[7] == "No reading"
    with qtbot.waitSignal(presenter.item_changed, timeout=TIMEOUT):
        presenter.recompute(CommandIntent(), presenter.items[0])
    presenter.set_tab(1)  # ready
    qtbot.waitUntil(lambda: len(presenter.items) == 3, timeout=TIMEOUT)
    with qtbot.waitSignal(presenter.item_changed, timeout=TIMEOUT):
        presenter.exclude(CommandIntent(), presenter.items[1], "Litige en cours")
    qtbot.waitUntil(lambda: presenter.run.counts.excluded == 1, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not presenter.busy, timeout=TIMEOUT)

    assert presenter.can("finalize") and presenter.can("summary")
    confirmation = plain(presenter.finalize_confirmation_text())
    assert "3 bills will be numbered and posted" in confirmation
    version = presenter.run.version
    presenter.finalize(CommandIntent())
    qtbot.waitUntil(lambda: presenter.run.status == brs.BILL_RUN_STATUS_FINALIZED, timeout=TIMEOUT)
    assert next(c for c in services.bill_runs.calls if c[0] == "finalize")[2] == version
    presenter.set_tab(5)  # billed
    qtbot.waitUntil(lambda: len(presenter.items) == 3, timeout=TIMEOUT)
    assert all(i.bill_number for i in presenter.items)
    assert not presenter.can("finalize") and not presenter.can("cancel")

    path = tmp_path / presenter.default_summary_name()
    with qtbot.waitSignal(presenter.summary_printed, timeout=TIMEOUT):
        presenter.print_summary(path, "Dakar Plateau", "Dakar mensuel")
    assert path.name == "bordereau-FR-DKR-2026-0001.pdf"
    text = squeezed(pdf_text(path.read_bytes()))
    assert "BORDEREAUDEFACTURATION" in text and "FR-DKR-2026-0001" in text
    assert "59636FCFA" in text and "FAC-DKR-2026-0000001" in text
    assert "Pasderelevéd'index" in text and "SIMULATION" not in text


def test_cancel_and_alerts(services: Any, tasks: TaskRunner, qtbot: Any) -> None:
    presenter = BillRunPresenter(services, tasks, poll_ms=20)
    _simulated(services, presenter, qtbot)
    assert presenter.can("cancel")
    presenter.cancel(CommandIntent(), "Mauvaise période")
    qtbot.waitUntil(lambda: presenter.run.status == brs.BILL_RUN_STATUS_CANCELLED, timeout=TIMEOUT)
    assert next(c for c in services.bill_runs.calls if c[0] == "cancel")[3] == "Mauvaise période"
    with qtbot.waitSignal(presenter.alerts_changed, timeout=TIMEOUT) as alerts:
        presenter.load_alerts(DKR)
    cells = alerts.args[0][0].cells
    assert cells[3] == "3" and cells[4] == "No reading"


def test_a_read_of_the_run_overtaken_by_a_command_is_dropped(
    services: Any, tasks: TaskRunner, qtbot: Any
) -> None:
    """The run shown reads itself again; a cancel sent meanwhile answers first: the older
    read (a lower version) must not bring the cancelled run back to 'simulated' (FAC-6)."""
    presenter = BillRunPresenter(services, tasks, poll_ms=20)
    _simulated(services, presenter, qtbot)
    services.bill_runs.hold_run_read = threading.Event()
    presenter.show_run(presenter.run)  # chosen again in the list: get_run held
    qtbot.waitUntil(
        lambda: sum(c[0] == "get_run" for c in services.bill_runs.calls) >= 2, timeout=TIMEOUT
    )
    presenter.cancel(CommandIntent(), "Mauvaise période")
    qtbot.waitUntil(lambda: presenter.run.status == brs.BILL_RUN_STATUS_CANCELLED, timeout=TIMEOUT)
    services.bill_runs.hold_run_read.set()
    services.bill_runs.hold_run_read = None
    tasks.wait_for_done(10_000)
    qtbot.wait(50)
    assert presenter.run.status == brs.BILL_RUN_STATUS_CANCELLED


def test_account_bills_explanation_individual_bill_and_correction(
    services, tasks, qtbot, tmp_path
) -> None:
    presenter = BillAccountPresenter(services, tasks, billing_session())
    assert "10 digits" in presenter.find_account("123")
    with qtbot.waitSignal(presenter.account_loaded, timeout=TIMEOUT) as loaded:
        assert presenter.find_account("1000 000 426") == ""
    position = loaded.args[0].balance
    assert plain(bill_rows.balance_text(position)) == "Balance 47 336 FCFA (to pay)"
    assert "deposit held 25 000 FCFA" in plain(bill_rows.position_details(position))
    assert [s.subscription_id for s in presenter.subscriptions] == ["sub-1"]  # this account's
    states = [r.cells[9] for r in bill_rows.bill_rows(presenter.bills)]
    assert states == ["open", "paid"]

    with qtbot.waitSignal(presenter.bill_loaded, timeout=TIMEOUT) as opened:
        presenter.open_bill("bill-2")
    bill = opened.args[0]
    rows = bill_rows.line_rows(list(bill.lines))
    assert [plain(c) for c in rows[1].cells[:5]] == [
        "Énergie tranche 2",
        "2",
        "100 kWh",
        "136,49",
        "13 649 FCFA",
    ]  # fmt: skip  (a decimal comma for a clerk in Dakar, as on the printed bill)
    assert rows[1].cells[6] == "DPP v3 (from 01/07/2026)"
    assert plain(rows[1].tooltip) == "100 kWh \u00d7 136,49 = 13 649 FCFA"
    assert "index 12 450 on 30/09/2026 → 12 730 on 30/11/2026 = 280 kWh" in plain(
        bill_rows.reading_text(bill)
    )
    settlements = bill_rows.settlement_rows(bill)
    assert [r.cells[0] for r in settlements] == ["Payment", "Matched with the advance"]

    path = tmp_path / "f.pdf"
    with qtbot.waitSignal(presenter.bill_printed, timeout=TIMEOUT):
        presenter.print_bill("bill-2", path)
    assert path.read_bytes().startswith(b"%PDF")

    assert presenter.bill_subscription(
        CommandIntent(), "", dt.date(2026, 11, 1), dt.date(2026, 11, 30), True
    )
    intent = CommandIntent()
    first_id = intent.request_id
    with qtbot.waitSignal(presenter.individual_result, timeout=TIMEOUT) as preview:
        presenter.bill_subscription(
            intent, "sub-1", dt.date(2026, 11, 1), dt.date(2026, 11, 30), True
        )
    assert preview.args[0].preview and intent.request_id == first_id  # a preview keeps the id
    assert "Preview (nothing written)" in bill_rows.individual_text(preview.args[0])
    with qtbot.waitSignal(presenter.individual_result, timeout=TIMEOUT) as issued:
        presenter.bill_subscription(
            intent, "sub-1", dt.date(2026, 11, 1), dt.date(2026, 11, 30), False
        )
    assert not issued.args[0].preview and intent.request_id != first_id
    calls = [c for c in services.bills.calls if c[0] == "bill_subscription"]
    assert [c[1] for c in calls] == [first_id, first_id]  # the same run id for preview and issue

    assert presenter.request_correction(CommandIntent(), "bill-2", "  ") != ""
    with qtbot.waitSignal(presenter.correction_requested, timeout=TIMEOUT) as requested:
        presenter.request_correction(CommandIntent(), "bill-2", "Index mal saisi")
    assert requested.args[0] == "approval-1"
    assert any(c[0] == "correction" and c[3] == "Index mal saisi" for c in services.bills.calls)


def test_a_final_bill(services: Any, tasks: TaskRunner, qtbot: Any) -> None:
    presenter = BillAccountPresenter(services, tasks, billing_session())
    intent = CommandIntent()
    first = intent.request_id
    with qtbot.waitSignal(presenter.final_deposit, timeout=TIMEOUT) as preview:
        assert presenter.final_bill(intent, "sub-1", dt.date(2026, 11, 15), True) == ""
    assert preview.args[0].result.preview and intent.request_id == first
    with qtbot.waitSignal(presenter.final_deposit, timeout=TIMEOUT) as issued:
        presenter.final_bill(intent, "sub-1", dt.date(2026, 11, 15), False)
    assert intent.request_id != first
    text = plain(bill_rows.deposit_text(issued.args[0]))
    assert text == "Deposit: 25 000 FCFA settled the bill, 0 FCFA goes to the advance (to refund)"
    calls = [c for c in services.bills.calls if c[0] == "final"]
    assert [(c[1], c[3], c[4]) for c in calls] == [
        (first, dt.date(2026, 11, 15), True),
        (first, dt.date(2026, 11, 15), False),
    ]
    assert presenter.final_bill(CommandIntent(), "", None, True) != ""


def test_a_failed_account_read_is_reported(services: Any, tasks: TaskRunner, qtbot: Any) -> None:
    presenter = BillAccountPresenter(services, tasks, billing_session(("billing.read",)))
    assert not presenter.can_run
    services.bills.fail_next = BackendError(code="NOT_FOUND", reason="NOT_FOUND", message="")
    with qtbot.waitSignal(presenter.failed, timeout=TIMEOUT) as failed:
        presenter.open_account(ACCOUNT_ID)
    assert failed.args[0].code == "NOT_FOUND"


def test_progress_texts() -> None:
    progress = brs.BillRunProgress(
        phase=brs.BILL_RUN_PHASE_FINALIZE, chunks_total=500, chunks_done=125,
        items_total=1_000_000, items_done=250_000, errors=2, rate_per_second=16_666.6,
        eta_seconds=45,
    )  # fmt: skip
    text = plain(bill_run_rows.progress_text(progress, brs.BILL_RUN_STATUS_FINALIZING))
    assert text == (
        "Finalization: 250 000 / 1 000 000 (25 %) — chunks 125 / 500 — 2 errors — "
        "16 667 per second — about 45 s left"
    )
    assert bill_run_rows.progress_percent(progress) == 25
    assert bill_run_rows.duration_text(3725) == "1 h 2 min"
    assert bill_run_rows.cause_text("NO_READING") == "No reading"
    assert bill_run_rows.control_text("UNKNOWN_CODE") == "UNKNOWN_CODE"


def test_pdf_reader_finds_nothing_in_an_empty_pdf(qapp: Any, tmp_path: Path) -> None:
    """The tests' PDF reader is not blind: a page without text gives no text."""
    from PySide6.QtGui import QPainter, QPdfWriter

    path = tmp_path / "empty.pdf"
    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    painter.drawLine(0, 0, 100, 100)
    painter.end()
    assert pdf_text(path.read_bytes()).strip() == ""


def test_every_not_billed_cause_reads_in_english_and_french(french: Any) -> None:
    """FAC-8: the list of subscribers not billed says each cause in words, on screen (the
    French translation) and in the French summary (bordereau), never as a server code."""
    for cause in (*NOT_BILLED_CAUSES, "FINAL_READING_REQUIRED"):
        shown = bill_run_rows.cause_text(cause)
        assert shown != cause and "_" not in shown, cause
        assert CAUSES_FR.get(cause), cause
    assert bill_run_rows.cause_text("TIME_OF_USE_METER").startswith("Compteur heures pleines")
