"""The billing screens against the REAL server (the full billing day is test_billing_day.py):

- 'Subscriber's bills' opened by typing the account number (with its check digit); a bill's
  correction asked from the screen waits for another user's approval (four eyes): once the
  billing manager approves, a credit note cancels the bill and a corrected bill follows;
- a subscription billed on its own (individual billing): preview first (nothing written),
  then issued with the same request id;
- a run cancelled from 'Batches and bill runs' with its reason; another agency's clerk gets
  NOT_FOUND for it."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from iwebs.v1 import bill_run_service_pb2 as brs
from iwebs.v1 import bill_service_pb2 as bs
from iwebs.v1 import meter_service_pb2, premise_service_pb2
from iwebs_client.backend.client_types import BackendError
from iwebs_client.views.billing import account_bills_page, bill_run_panel
from iwebs_client.views.billing.account_bills_page import AccountBillsPage
from iwebs_client.views.billing.bill_runs_page import BillRunsPage
from iwebs_client.views.billing.individual_bill_dialog import IndividualBillDialog
from tests.client import live_client
from tests.client.bill_live_helpers import (
    PASSWORD,
    day_message,
    new_subscriber,
    rid,
    seed_billing,
)
from tests.client.live_client import enrolled_backend

pytestmark = pytest.mark.slow
TIMEOUT = 30_000


@pytest.fixture
def billing(live_server: Any, tmp_path: Path) -> Iterator[Any]:
    seed_billing(live_server)
    office = enrolled_backend(live_server, tmp_path / "office", "BUREAU-FACTU")
    yield live_server, office
    office.close()


@pytest.fixture
def no_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []

    def exec_(box: QMessageBox) -> int:
        seen.append(box.text())
        return int(QMessageBox.StandardButton.Close)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: seen.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    return seen


def _billed(office: Any, today: dt.date, subscriber: Any, index: str) -> tuple[str, Any]:
    """A reading today, a batch and a run of this month finalized through the gateways."""
    office.readings.enter_reading(rid(), subscriber.subscription_id, "single", today, index, "")
    batch = office.bill_runs.create_batch(
        rid(), brs.BillingBatch(agency_id=_agency(office), code=f"B{rid()[:6]}", name="Lot")
    )
    run = office.bill_runs.create_run(
        rid(), batch.batch_id, f"{today:%Y-%m}", today - dt.timedelta(days=29), today, today
    )
    run = _wait(office, run.run_id, brs.BILL_RUN_STATUS_SIMULATED)
    office.bill_runs.finalize(rid(), run.run_id, run.version)
    return batch.batch_id, _wait(office, run.run_id, brs.BILL_RUN_STATUS_FINALIZED)


def _agency(office: Any) -> str:
    return str(office.sessions.get_current_session().workstation_agency_id)


def _wait(office: Any, run_id: str, status: int) -> Any:
    for _ in range(200):
        run = office.bill_runs.get_run(run_id)
        if run.status == status:
            return run
        time.sleep(0.1)
    raise AssertionError(office.bill_runs.get_run(run_id))


def test_a_correction_waits_for_another_user(
    qtbot: Any, billing: Any, no_boxes: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    server, office = billing
    today = dt.date.today()
    subscriber = new_subscriber(server, "Aïssatou Ndiaye", today)
    office.sessions.login("facturation", PASSWORD)
    _billed(office, today, subscriber, "250")

    clerk = live_client.main_window(qtbot, office, "facturation", PASSWORD)
    clerk.show_screen("account_bills")
    page = clerk.current_page()
    assert isinstance(page, AccountBillsPage)
    page.account_edit.setText(subscriber.account_number)
    qtbot.keyClick(page.account_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.bills_model.rowCount() == 1, timeout=TIMEOUT)
    original = page.bills_model.row(0).item
    assert original.kind == bs.BILL_KIND_INVOICE and original.amount.amount_minor > 0
    qtbot.waitUntil(lambda: page.lines_model.rowCount() > 0, timeout=TIMEOUT)
    assert page.correct_button.isEnabled()

    monkeypatch.setattr(account_bills_page, "ask_text", lambda *_a, **_k: "Index mal saisi")
    with qtbot.waitSignal(page.presenter.correction_requested, timeout=TIMEOUT) as asked:
        page.request_correction()
    approval_id = asked.args[0]
    qtbot.waitUntil(
        lambda: (
            page.bills_model.rowCount() == 1 and page.bills_model.row(0).item.correction_pending
        ),
        timeout=TIMEOUT,
    )
    assert "correction awaiting approval" in page.bills_model.row(0).cells[9]
    # the clerk cannot approve her own request; the billing manager does
    with pytest.raises(BackendError):
        office.approvals.approve(rid(), approval_id, "moi-même")
    manager = enrolled_backend(server, tmp_path / "chef", "BUREAU-CHEF")
    manager.sessions.login("chef_factu", PASSWORD)
    manager.approvals.approve(rid(), approval_id, "Vu le relevé")
    manager.close()

    page.presenter.reload()
    qtbot.waitUntil(lambda: page.bills_model.rowCount() == 3, timeout=TIMEOUT)
    bills = [row.item for row in page.bills_model.rows()]
    credit = next(b for b in bills if b.kind == bs.BILL_KIND_CREDIT_NOTE)
    corrected = next(
        b for b in bills if b.kind == bs.BILL_KIND_INVOICE and b.bill_id != original.bill_id
    )
    cancelled = next(b for b in bills if b.bill_id == original.bill_id)
    assert credit.credits_bill_id == original.bill_id
    assert credit.amount.amount_minor == -original.amount.amount_minor
    assert cancelled.credited_by_bill_number == credit.bill_number
    assert corrected.amount.amount_minor == original.amount.amount_minor  # same reading
    balance = office.bills.get_account_balance(subscriber.account_id).balance
    assert balance.balance.amount_minor == corrected.amount.amount_minor


def test_an_individual_bill_from_the_screen(qtbot: Any, billing: Any, no_boxes: list[str]) -> None:
    server, office = billing
    today = dt.date.today()
    subscriber = new_subscriber(server, "Moussa Diop", today)
    office.sessions.login("facturation", PASSWORD)
    office.readings.enter_reading(rid(), subscriber.subscription_id, "single", today, "120", "")

    clerk = live_client.main_window(qtbot, office, "facturation", PASSWORD)
    clerk.show_screen("account_bills")
    page = clerk.current_page()
    assert isinstance(page, AccountBillsPage)
    page.account_edit.setText(subscriber.account_number)
    qtbot.keyClick(page.account_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            page.account_edit.text() == subscriber.account_number
            and bool(page.presenter.subscriptions)
        ),
        timeout=TIMEOUT,
    )
    assert page.bills_model.rowCount() == 0
    page.bill_subscription()
    dialog = page.dialog
    assert isinstance(dialog, IndividualBillDialog)
    assert dialog.subscription_combo.currentData() == subscriber.subscription_id
    with qtbot.waitSignal(page.presenter.individual_result, timeout=TIMEOUT) as preview:
        dialog.send(preview=True)
    assert preview.args[0].preview and not preview.args[0].bill.summary.bill_number
    assert "Preview" in dialog.result_label.text()
    assert office.bills.list_bills(account_id=subscriber.account_id)[0] == []  # nothing written
    with qtbot.waitSignal(page.presenter.individual_result, timeout=TIMEOUT) as issued:
        dialog.send(preview=False)
    bill = issued.args[0].bill
    assert bill.summary.bill_number and bill.summary.bill_run_kind == "individual"
    assert sum(x.amount.amount_minor for x in bill.lines) == bill.total.amount_minor
    qtbot.waitUntil(lambda: page.bills_model.rowCount() == 1, timeout=TIMEOUT)
    assert not dialog.issue_button.isEnabled()


def test_cancel_a_run_and_another_agency_sees_nothing(
    qtbot: Any, billing: Any, no_boxes: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    server, office = billing
    today = dt.date.today()
    subscriber = new_subscriber(server, "Fatou Sall", today)
    office.sessions.login("facturation", PASSWORD)
    office.readings.enter_reading(rid(), subscriber.subscription_id, "single", today, "90", "")
    batch = office.bill_runs.create_batch(
        rid(), brs.BillingBatch(agency_id=_agency(office), code="DKR-X", name="Lot X")
    )
    run = office.bill_runs.create_run(
        rid(), batch.batch_id, f"{today:%Y-%m}", today - dt.timedelta(days=29), today, None
    )
    _wait(office, run.run_id, brs.BILL_RUN_STATUS_SIMULATED)

    clerk = live_client.main_window(qtbot, office, "facturation", PASSWORD)
    clerk.show_screen("bill_runs")
    page = clerk.current_page()
    assert isinstance(page, BillRunsPage)
    qtbot.waitUntil(lambda: page.runs_model.rowCount() == 1, timeout=TIMEOUT)
    page.runs_table.selectRow(0)
    panel = page.run_panel
    qtbot.waitUntil(panel.cancel_button.isEnabled, timeout=TIMEOUT)
    monkeypatch.setattr(bill_run_panel, "ask_text", lambda *_a, **_k: "Mauvaise période")
    panel.cancel_run()
    presenter = page.run_presenter
    qtbot.waitUntil(
        lambda: presenter.run is not None and presenter.run.status == brs.BILL_RUN_STATUS_CANCELLED,
        timeout=TIMEOUT,
    )
    assert not panel.finalize_button.isEnabled() and not panel.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: page.runs_model.row(0).cells[4] == "Cancelled", timeout=TIMEOUT)

    server.create_user("factu_ths", "billing", ["THS"], password=PASSWORD)
    thies = enrolled_backend(server, tmp_path / "thies", "BUREAU-THS", agency_code="THS")
    thies.sessions.login("factu_ths", PASSWORD)
    with pytest.raises(BackendError) as caught:
        thies.bill_runs.get_run(run.run_id)
    assert caught.value.code == "NOT_FOUND"
    with pytest.raises(BackendError) as caught:
        thies.bills.get_account_balance(subscriber.account_id)
    assert caught.value.code == "NOT_FOUND"
    thies.close()


def test_a_final_bill_from_the_screen(qtbot: Any, billing: Any, no_boxes: list[str]) -> None:
    """A terminated subscription billed up to its last day with its final reading."""
    server, office = billing
    today = dt.date.today()
    subscriber = new_subscriber(server, "Khady Sarr", today)
    office.sessions.login("facturation", PASSWORD)
    office.readings.enter_reading(rid(), subscriber.subscription_id, "single", today, "150", "")
    desk = server.login("accueil", PASSWORD)
    meter = desk.meters.FindMeterBySerial(
        meter_service_pb2.FindMeterBySerialRequest(serial=subscriber.meter_serial)
    ).meters[0]
    desk.meters.RemoveMeter(
        meter_service_pb2.RemoveMeterRequest(
            request_id=rid(),
            meter_id=meter.meter_id,
            meter_version=meter.version,
            removed_on=day_message(today),
            removal_indexes={"single": "150"},
            reason="Résiliation",
        )
    )
    current = desk.premises.GetSubscription(
        premise_service_pb2.GetSubscriptionRequest(subscription_id=subscriber.subscription_id)
    ).subscription
    desk.premises.TerminateSubscription(
        premise_service_pb2.TerminateSubscriptionRequest(
            request_id=rid(),
            subscription_id=subscriber.subscription_id,
            version=current.version,
            effective_on=day_message(today),
            reason="Départ du locataire",
        )
    )

    clerk = live_client.main_window(qtbot, office, "facturation", PASSWORD)
    clerk.show_screen("account_bills")
    page = clerk.current_page()
    assert isinstance(page, AccountBillsPage)
    page.account_edit.setText(subscriber.account_number)
    qtbot.keyClick(page.account_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(page.presenter.subscriptions), timeout=TIMEOUT)
    page.bill_subscription()
    dialog = page.dialog
    assert isinstance(dialog, IndividualBillDialog)
    dialog.final_check.setChecked(True)
    assert not dialog.start_edit.isEnabled()
    outcome: list[Any] = []
    page.presenter.final_deposit.connect(outcome.append)
    page.presenter.failed.connect(outcome.append)
    dialog.send(preview=False)
    qtbot.waitUntil(lambda: bool(outcome), timeout=TIMEOUT)
    assert not isinstance(outcome[0], BackendError), outcome[0].message
    bill = outcome[0].result.bill
    assert bill.summary.bill_run_kind == "final" and bill.summary.bill_number
    assert bill.summary.consumption == 150
    assert bill.summary.period_end.day == today.day
    qtbot.waitUntil(lambda: page.bills_model.rowCount() == 1, timeout=TIMEOUT)
