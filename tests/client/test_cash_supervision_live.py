"""The supervision screens against the REAL server (no mock): two cashiers of Dakar Plateau
take payments through the client's gateways; the supervisor's live view shows both tills with
their totals per tender kind and refreshes on its own (CSH-12), Enter opens a till's receipts
(CSH-7), the day cannot be closed while a till is open, then is closed (CASH-04), and the
deposits page prepares a cash deposit and a cheque remittance and records the bank's slip
(CSH-5, CSH-11)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from iwebs.v1 import bank_deposit_service_pb2 as dpb
from iwebs.v1 import cash_pb2
from iwebs_client.views.cash_supervision import day_closures_page
from iwebs_client.views.cash_supervision.bank_deposits_page import BankDepositsPage
from iwebs_client.views.cash_supervision.day_closures_page import DayClosuresPage
from iwebs_client.views.cash_supervision.deposit_dialogs import (
    CashDepositDialog,
    ChequeRemittanceDialog,
    SlipDialog,
)
from iwebs_client.views.cash_supervision.till_positions_page import TillPositionsPage
from tests.client.cash_live_helpers import (
    cash_tender,
    cheque_tender,
    close_exactly,
    logged_in,
    main_window,
    pay,
    rid,
    seed_cash_desk,
)
from tests.client.live_client import enrolled_backend

pytestmark = pytest.mark.slow


def plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\xa0", " ")


@pytest.fixture
def day(live_server: Any, tmp_path: Path) -> Iterator[Any]:
    """Fatou (caissier) took 30 000 in cash, Ousmane (caissier2) a cheque of 20 000."""
    server = live_server
    customer = seed_cash_desk(server)
    fatou = logged_in(enrolled_backend(server, tmp_path / "fatou", "GUICHET-1"), "caissier")
    ousmane = logged_in(enrolled_backend(server, tmp_path / "ousmane", "GUICHET-2"), "caissier2")
    till_1 = fatou.cash_sessions.open_session(rid(), None, False)
    till_2 = ousmane.cash_sessions.open_session(rid(), None, False)
    paid_1 = pay(fatou, till_1.cash_session_id, customer.account_id, 30_000, [cash_tender(30_000)])
    paid_2 = pay(
        ousmane, till_2.cash_session_id, customer.account_id, 20_000, [cheque_tender(20_000)]
    )
    supervisor = enrolled_backend(server, tmp_path / "superviseur", "BUREAU-CHEF")
    yield server, (fatou, till_1, paid_1), (ousmane, till_2, paid_2), supervisor
    for backend in (fatou, ousmane, supervisor):
        backend.close()


def test_supervisor_follows_the_tills_closes_the_day_and_deposits(
    qtbot, french, day: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _server, (fatou, till_1, paid_1), (ousmane, till_2, _paid_2), supervisor = day
    errors: list[Any] = []
    monkeypatch.setattr(day_closures_page, "show_error", lambda _p, e, *_a: errors.append(e))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: QMessageBox.StandardButton.Ok)
    window = main_window(qtbot, supervisor, "superviseur")
    for key in ("till_positions", "cash_closures", "bank_deposits"):
        assert key in window.visible_screen_keys

    # the live view: both tills, totals per tender kind, refreshed on its own
    window.show_screen("till_positions")
    page = window.current_page()
    assert isinstance(page, TillPositionsPage)
    page.presenter.poll_ms = 200
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=15_000)
    assert page.status_label.text().startswith("Mis à jour à ")
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(12)]
    rows = {r.item.cashier_login: dict(zip(headers, map(plain, r.cells), strict=True))
            for r in page.model.rows()}  # fmt: skip
    assert rows["caissier"]["Espèces"] == "80 000 FCFA"  # float 50 000 + 30 000
    assert rows["caissier"]["Reçus"] == "1" and rows["caissier"]["État"] == "Ouverte"
    assert rows["caissier2"]["Chèques"] == "20 000 FCFA"
    assert "2 caisse(s) dont 2 ouverte(s), 2 reçu(s)" in plain(page.footer_label.text())
    # a third payment shows without touching anything
    pay(fatou, till_1.cash_session_id, paid_1.account_id, 5_000, [cash_tender(5_000)])
    qtbot.waitUntil(
        lambda: any(r.item.receipt_count == 2 for r in page.model.rows()), timeout=15_000
    )

    # Enter on Fatou's till opens her receipts
    row = next(i for i, r in enumerate(page.model.rows()) if r.item.cashier_login == "caissier")
    page.table.setFocus()
    page.table.selectRow(row)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.receipts.rowCount() == 2, timeout=15_000)
    numbers = [r.cells[0] for r in dialog.receipts.rows()]
    assert paid_1.receipt_number in numbers
    assert dialog.movements.row(0).cells[1] == "Fonds de caisse initial"
    dialog.close()

    # the day cannot be closed while a till is open
    window.show_screen("cash_closures")
    closures = window.current_page()
    assert isinstance(closures, DayClosuresPage)
    qtbot.waitUntil(lambda: closures.presenter.agency_id != "", timeout=15_000)
    closures.close_day()
    qtbot.waitUntil(lambda: bool(errors), timeout=15_000)
    assert errors[0].reason == "DAY_HAS_OPEN_SESSIONS"

    close_exactly(fatou, till_1.cash_session_id)
    close_exactly(ousmane, till_2.cash_session_id)
    with qtbot.waitSignal(closures.presenter.closed, timeout=15_000) as closed:
        closures.close_day()
    day_closure = closed.args[0]
    assert day_closure.level == cash_pb2.CLOSURE_LEVEL_DAY
    assert day_closure.receipt_count == 3
    assert day_closure.period_total.amount_minor == 55_000
    qtbot.waitUntil(
        lambda: any(c.level == cash_pb2.CLOSURE_LEVEL_DAY for c in closures.model.items()),
        timeout=15_000,
    )

    # deposits: 35 000 in cash (the float stays) and the cheque of 20 000
    window.show_screen("bank_deposits")
    deposits = window.current_page()
    assert isinstance(deposits, BankDepositsPage)
    presenter = deposits.presenter
    qtbot.waitUntil(lambda: presenter.position is not None, timeout=15_000)
    assert plain(deposits.total_label.text()) == "55 000 FCFA"
    assert deposits.cheques_table.rowCount() == 1
    deposits.prepare_cash_deposit()
    cash_dialog = deposits.dialog
    assert isinstance(cash_dialog, CashDepositDialog)
    cash_dialog.bank_combo.setCurrentIndex(cash_dialog.bank_combo.findData("CBAO"))
    with qtbot.waitSignal(presenter.prepared, timeout=15_000) as prepared:
        cash_dialog.submit()
    cash_deposit = prepared.args[0]
    assert cash_deposit.kind == dpb.DEPOSIT_KIND_CASH
    assert cash_deposit.amount.amount_minor == 35_000
    qtbot.waitUntil(lambda: not presenter.busy, timeout=15_000)
    qtbot.waitUntil(lambda: deposits.cheques_table.rowCount() == 1, timeout=15_000)
    deposits.set_cheque_checked(0, True)
    deposits.prepare_cheque_remittance()
    cheque_dialog = deposits.dialog
    assert isinstance(cheque_dialog, ChequeRemittanceDialog)
    cheque_dialog.bank_combo.setCurrentIndex(cheque_dialog.bank_combo.findData("SGBS"))
    with qtbot.waitSignal(presenter.prepared, timeout=15_000) as prepared:
        cheque_dialog.submit()
    assert prepared.args[0].amount.amount_minor == 20_000
    qtbot.waitUntil(lambda: presenter.position is not None and not presenter.busy, timeout=15_000)
    qtbot.waitUntil(lambda: presenter.position.total_to_deposit.amount_minor == 0, timeout=15_000)

    # the bank's slip of the cash deposit
    qtbot.waitUntil(lambda: presenter.deposits.rowCount() == 2, timeout=15_000)
    row = next(i for i, d in enumerate(presenter.deposits.items())
               if d.deposit_id == cash_deposit.deposit_id)  # fmt: skip
    deposits.tabs.setCurrentIndex(2)
    deposits.deposits_table.selectRow(row)
    deposits.record_slip()
    slip = deposits.dialog
    assert isinstance(slip, SlipDialog)
    slip.number_edit.setText("BRD-2026-0042")
    with qtbot.waitSignal(presenter.slip_recorded, timeout=15_000) as recorded:
        slip.submit()
    assert recorded.args[0].slip_recorded and recorded.args[0].slip_number == "BRD-2026-0042"
    listed, _token = supervisor.bank_deposits.list_deposits(till_1.agency_id)
    assert sorted(d.amount.amount_minor for d in listed) == [20_000, 35_000]
