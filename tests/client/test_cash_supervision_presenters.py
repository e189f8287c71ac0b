"""Supervision screens (CSH-5, CSH-7, CSH-11, CSH-12, CASH-04) offscreen, against in-memory
fakes of their ports: the live view polls on its own, never two polls at once, pauses when
hidden and drops an answer to an older filter; Enter drills down to a till's receipts; the
day closure keeps its request id across a retry; deposits are checked before they are sent.
The same screens against the live server: test_cash_supervision_live.py."""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from iwebs.v1 import bank_deposit_service_pb2 as dpb
from iwebs.v1 import cash_pb2
from iwebs_client.backend.client_types import BackendError
from iwebs_client.presenters import cash_supervision_rows as rows
from iwebs_client.presenters import module_catalog
from iwebs_client.presenters.bank_deposit_presenter import BankDepositPresenter, position_texts
from iwebs_client.presenters.cash_session_detail_presenter import CashSessionDetailPresenter
from iwebs_client.presenters.day_closure_presenter import DayClosurePresenter
from iwebs_client.presenters.presenter_base import CommandIntent
from iwebs_client.presenters.till_positions_presenter import TillPositionsPresenter
from iwebs_client.tasks import TaskRunner
from iwebs_client.views.cash_supervision.bank_deposits_page import BankDepositsPage
from iwebs_client.views.cash_supervision.till_positions_page import TillPositionsPage
from tests.client.cash_supervision_fakes import (
    DKR,
    THS,
    FakeSupervisionServices,
    at,
    date,
    money,
    supervisor_session,
    till,
)


def plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\xa0", " ")


@pytest.fixture
def services() -> FakeSupervisionServices:
    fakes = FakeSupervisionServices()
    fakes.cash_supervision.sessions = [
        till("s1", "Fatou Sall", {"cash": 175_000, "cheque": 40_000}, receipts=3),
        till("s2", "Ousmane Diallo", {"cash": 60_000, "wave": 0, "transfer": 15_000}, receipts=1),
        till("s3", "Khady Sarr", {"cash": 50_000}, agency_id=THS,
             status=cash_pb2.CASH_SESSION_STATUS_CLOSED),
    ]  # fmt: skip
    return fakes


def test_screens_need_the_cash_rights() -> None:
    """CSH-12: the supervision module shows with cash.supervise; deposits need cash.deposit."""
    keys = [s.key for s in module_catalog.visible_screens(["cash.supervise"])]
    assert keys == ["till_positions", "cash_closures"]
    keys = [s.key for s in module_catalog.visible_screens(["cash.supervise", "cash.deposit"])]
    assert keys == ["till_positions", "cash_closures", "bank_deposits"]
    assert not module_catalog.visible_screens(["cash.collect"]) or all(
        s.module != module_catalog.CASH_SUPERVISION
        for s in module_catalog.visible_screens(["cash.collect"])
    )


def test_till_rows_show_each_tender_kind_and_the_totals(french, services) -> None:
    """CSH-12: float, totals per tender kind, receipt count, last payment; totals at the bottom."""
    sessions = services.cash_supervision.sessions
    table = rows.till_rows(sessions)
    assert [r.item.cash_session_id for r in table] == ["s1", "s2", "s3"]  # open ones first
    cells = [plain(c) for c in table[0].cells]
    headers = rows.till_headers()
    assert headers[:5] == ["Caissier", "Agence", "Poste", "État", "Fonds"]
    by_header = dict(zip(headers, cells, strict=True))
    assert by_header["Espèces"] == "175 000 FCFA"
    assert by_header["Chèques"] == "40 000 FCFA"
    assert by_header["Total"] == "215 000 FCFA"
    assert by_header["Reçus"] == "3"
    assert by_header["État"] == "Ouverte"
    assert by_header["Dernier paiement"]  # HH:MM:SS, local time
    other = dict(zip(headers, [plain(c) for c in table[1].cells], strict=True))
    assert other["Autres"] == "15 000 FCFA"  # transfer
    footer = plain(rows.till_footer(sessions, [
        cash_pb2.TenderTotal(mode_kind="cash", amount=money(285_000)),
        cash_pb2.TenderTotal(mode_kind="cheque", amount=money(40_000)),
    ]))  # fmt: skip
    assert footer.startswith("Total : 3 caisse(s) dont 2 ouverte(s), 4 reçu(s)")
    assert "Espèces 285 000 FCFA" in footer and "325 000 FCFA" in footer


def test_polling_never_sends_two_polls_at_once_and_pauses(qtbot, services) -> None:
    """CSH-12: one poll in flight at most; the next is armed after the answer; stop() pauses."""
    supervision = services.cash_supervision
    presenter = TillPositionsPresenter(services, TaskRunner(), supervisor_session(), poll_ms=30)
    supervision.hold = threading.Event()
    presenter.start()
    assert presenter.in_flight
    for _ in range(5):  # impatient refreshes while the server is slow
        presenter.poll_now()
    qtbot.wait(100)
    assert presenter.polls_sent == 1
    supervision.hold.set()
    supervision.hold = None
    qtbot.waitUntil(lambda: presenter.polls_sent >= 4, timeout=3000)  # it goes on by itself
    assert supervision.max_polls_running == 1
    presenter.stop()
    qtbot.waitUntil(lambda: not presenter.in_flight, timeout=3000)
    sent = presenter.polls_sent
    qtbot.wait(150)
    assert presenter.polls_sent == sent  # paused


def test_an_answer_to_an_older_filter_is_dropped(qtbot, services) -> None:
    """Changing the agency while a poll is on its way asks again, and only the new answer
    shows."""
    supervision = services.cash_supervision
    presenter = TillPositionsPresenter(services, TaskRunner(), supervisor_session(), poll_ms=5000)
    shown: list[list[str]] = []
    presenter.positions_changed.connect(
        lambda new_rows, _footer: shown.append([r.item.cash_session_id for r in new_rows])
    )
    supervision.hold = threading.Event()
    presenter.start()
    presenter.set_agency(THS)
    supervision.hold.set()
    supervision.hold = None
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    qtbot.wait(50)
    assert shown == [["s3"]]
    assert [c[1] for c in supervision.calls if c[0] == "positions"] == ["", THS]
    presenter.stop()


def test_a_failed_poll_is_said_in_the_status_line_and_polling_goes_on(qtbot, french, services):
    presenter = TillPositionsPresenter(services, TaskRunner(), supervisor_session(), poll_ms=30)
    statuses: list[str] = []
    presenter.status_changed.connect(statuses.append)
    services.cash_supervision.fail_next = BackendError("UNAVAILABLE", "UNAVAILABLE")
    presenter.start()
    qtbot.waitUntil(lambda: any(s.startswith("Mis à jour à ") for s in statuses), timeout=3000)
    assert statuses[0].startswith("Non mis à jour à ")
    assert "serveur" in statuses[0]
    presenter.stop()


def test_page_polls_while_shown_and_enter_opens_the_till(qtbot, french, services) -> None:
    """CSH-12 + CSH-7: the page shows 'Mis à jour à HH:MM:SS', Enter drills down to the
    receipts with their cancellation marks; hiding the page stops the polling."""
    supervision = services.cash_supervision
    supervision.receipts["s1"] = [
        cash_pb2.Receipt(receipt_number="DKR-PLATEAU-2026-0000003",
                         kind=cash_pb2.RECEIPT_KIND_CANCELLATION, amount=money(-25_000),
                         cancels_receipt_number="DKR-PLATEAU-2026-0000001", issued_at=at(10, 5)),
        cash_pb2.Receipt(receipt_number="DKR-PLATEAU-2026-0000002",
                         kind=cash_pb2.RECEIPT_KIND_PAYMENT, amount=money(40_000),
                         account_number="0102030405", customer_name="NDIAYE Aïssatou",
                         tenders=[cash_pb2.Tender(mode_code="CHEQUE", amount=money(40_000),
                                                  bank_code="CBAO", reference="1234567")]),
        cash_pb2.Receipt(receipt_number="DKR-PLATEAU-2026-0000001",
                         kind=cash_pb2.RECEIPT_KIND_PAYMENT, amount=money(25_000),
                         cancelled_by_receipt_number="DKR-PLATEAU-2026-0000003"),
    ]  # fmt: skip
    supervision.movements["s1"] = [
        cash_pb2.CashMovement(kind="opening_float", amount=money(50_000), created_at=at(8, 0))
    ]
    tasks = TaskRunner()
    presenter = TillPositionsPresenter(services, tasks, supervisor_session(), poll_ms=40)
    page = TillPositionsPage(presenter, CashSessionDetailPresenter(services, tasks))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=3000)
    # the rows, the status and the footer are refreshed by the same answer, one after another
    qtbot.waitUntil(lambda: "Total : 3 caisse(s)" in plain(page.footer_label.text()), timeout=3000)
    assert page.status_label.text().startswith("Mis à jour à ")
    assert page.agency_picker.combo.count() == 3  # every agency, Dakar, Thiès
    qtbot.waitUntil(lambda: presenter.polls_sent >= 3, timeout=3000)

    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.receipts.rowCount() == 3, timeout=3000)
    first = dialog.receipts.row(0)
    assert first.cells[2] == "Annulation" and first.highlighted
    assert "Annule DKR-PLATEAU-2026-0000001" in first.cells[7]
    assert dialog.receipts.row(1).cells[6].startswith("Chèque 40")
    assert "Annulé par DKR-PLATEAU-2026-0000003" in dialog.receipts.row(2).cells[7]
    assert dialog.movements.row(0).cells[1] == "Fonds de caisse initial"
    assert dialog.closure_label.text() == "Pas encore clôturée."
    dialog.close()

    page.hide()
    qtbot.waitUntil(lambda: not presenter.in_flight, timeout=3000)
    sent = presenter.polls_sent
    qtbot.wait(200)
    assert presenter.polls_sent == sent and not presenter.active


def test_day_closure_keeps_its_request_id_until_it_succeeds(qtbot, french, services) -> None:
    """CASH-04 + IDEM-01: a retry after a failure sends the same request id; the next
    closure gets a new one."""
    presenter = DayClosurePresenter(services, TaskRunner(), supervisor_session())
    presenter.load_agencies()
    qtbot.waitUntil(lambda: presenter.agency_id == DKR, timeout=3000)
    assert "Dakar Plateau" in presenter.confirmation_text(dt.date(2026, 11, 28))
    intent = CommandIntent()
    first_id = intent.request_id
    services.cash_supervision.fail_next = BackendError(
        "FAILED_PRECONDITION", "DAY_HAS_OPEN_SESSIONS"
    )
    with qtbot.waitSignal(presenter.failed, timeout=3000):
        presenter.close_day(intent, None)
    with qtbot.waitSignal(presenter.closed, timeout=3000):
        presenter.close_day(intent, None)
    sent = [c[1] for c in services.cash_supervision.calls if c[0] == "close_day"]
    assert sent == [first_id, first_id]
    assert intent.request_id != first_id
    qtbot.waitUntil(lambda: presenter.model.rowCount() == 1, timeout=3000)
    assert presenter.model.index(0, presenter.model.LEVEL).data() == "Journée d'agence"


def _position(services: FakeSupervisionServices) -> None:
    services.bank_deposits.position = dpb.GetDepositPositionResponse(
        business_date=date(dt.date(2026, 11, 28)),
        cash_not_deposited_earlier=money(100_000),
        cheques_not_deposited_earlier=money(0),
        cash_collected_today=money(175_000),
        cheques_collected_today=money(40_000),
        total_to_deposit=money(315_000),
        sessions=[
            dpb.SessionCashToDeposit(cash_session_id="s0", cashier_login="caissier",
                                     business_date=date(dt.date(2026, 11, 27)),
                                     depositable=money(100_000), remaining=money(100_000)),
            dpb.SessionCashToDeposit(cash_session_id="s1", cashier_login="caissier",
                                     business_date=date(dt.date(2026, 11, 28)),
                                     depositable=money(175_000), remaining=money(175_000)),
        ],
        cheques=[
            dpb.ChequeOnHand(payment_tender_id="t1", bank_code="CBAO", reference="1234567",
                             drawer_name="Ndiaye", amount=money(40_000)),
            dpb.ChequeOnHand(payment_tender_id="t2", bank_code="SGBS", reference="7654321",
                             drawer_name="Sow", amount=money(12_500)),
        ],
    )  # fmt: skip


def test_deposit_position_and_a_cash_deposit_checked_before_sending(qtbot, french, services):
    """CSH-11: earlier days, today, total; CSH-5: a bank and amounts within what is left."""
    _position(services)
    presenter = BankDepositPresenter(services, TaskRunner(), supervisor_session())
    presenter.load()
    qtbot.waitUntil(lambda: presenter.position is not None, timeout=3000)
    assert [b[0] for b in presenter.banks] == ["CBAO", "SGBS"]
    assert presenter.position is not None
    texts = position_texts(presenter.position)
    assert (
        plain(texts.not_deposited_earlier) == "100 000 FCFA (espèces 100 000 FCFA, chèques 0 FCFA)"
    )
    assert plain(texts.collected_today).startswith("215 000 FCFA")
    assert plain(texts.total_to_deposit) == "315 000 FCFA"

    intent = CommandIntent()
    problems = presenter.prepare_cash_deposit(intent, "", {"s0": "100 000", "s1": "200000"}, "")
    assert set(problems) == {"bank", "s1"}
    assert plain(problems["s1"]) == "Au plus 175 000 FCFA."
    assert presenter.prepare_cash_deposit(intent, "CBAO", {"s0": "", "s1": ""}, "") == {
        "lines": "Saisissez le montant d'au moins une caisse."
    }
    assert not [c for c in services.bank_deposits.calls if c[0] == "prepare"]
    with qtbot.waitSignal(presenter.prepared, timeout=3000) as prepared:
        assert (
            presenter.prepare_cash_deposit(
                intent, "CBAO", {"s0": "100 000", "s1": "75000"}, "Matin"
            )
            == {}
        )
    call = next(c for c in services.bank_deposits.calls if c[0] == "prepare")
    assert call[3] == dpb.DEPOSIT_KIND_CASH and call[4] == "CBAO"
    assert [(line.cash_session_id, line.amount.amount_minor) for line in call[5]] == [
        ("s0", 100_000),
        ("s1", 75_000),
    ]
    assert prepared.args[0].amount.amount_minor == 175_000


def test_cheque_remittance_sends_the_ticked_cheques_and_the_slip_is_recorded(
    qtbot, french, services
) -> None:
    """CSH-5: the ticked cheques go to the bank in one remittance; the slip comes back."""
    _position(services)
    presenter = BankDepositPresenter(services, TaskRunner(), supervisor_session())
    page = BankDepositsPage(presenter, can_manage=True)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.cheques_table.rowCount() == 2, timeout=3000)
    assert page.sessions.rowCount() == 2
    assert plain(page.total_label.text()) == "315 000 FCFA"
    intent = CommandIntent()
    assert presenter.prepare_cheque_remittance(intent, "CBAO", "") == {
        "lines": "Cochez les chèques à remettre."
    }
    page.set_cheque_checked(0, True)
    assert plain(page.checked_label.text()) == "1 chèque(s) coché(s) : 40 000 FCFA"
    with qtbot.waitSignal(presenter.prepared, timeout=3000):
        assert presenter.prepare_cheque_remittance(intent, "CBAO", "") == {}
    call = next(c for c in services.bank_deposits.calls if c[0] == "prepare")
    assert call[3] == dpb.DEPOSIT_KIND_CHEQUE
    assert [line.payment_tender_id for line in call[5]] == ["t1"]
    qtbot.waitUntil(lambda: presenter.deposits.rowCount() == 1, timeout=3000)
    deposit = presenter.deposits.item(0)
    # the deposit just prepared is shown and selected: its slip can be recorded at once
    assert page.tabs.currentIndex() == 2 and page.selected_deposit() == deposit
    assert page.slip_button.isEnabled()
    assert "DKR-PLATEAU-DEP-00001" in page.message_label.text()
    assert presenter.deposits.index(0, presenter.deposits.SLIP).data() == "En attente du bordereau"

    slip_intent = CommandIntent()
    assert presenter.record_slip(slip_intent, deposit, " ", dt.date(2026, 11, 29), "x") == {
        "slip_number": "Saisissez le numéro du bordereau de la banque.",
        "credited": "Saisissez un montant, par exemple 25 000.",
    }
    with qtbot.waitSignal(presenter.slip_recorded, timeout=3000):
        presenter.record_slip(slip_intent, deposit, "BRD-778", dt.date(2026, 11, 29), "40 000")
    assert presenter.deposits.index(0, presenter.deposits.SLIP).data() == "BRD-778 du 29/11/2026"


def test_a_hidden_widget_does_not_leak_polls(qtbot, services) -> None:
    """The page never polls before it is shown (a page built for the menu stays quiet)."""
    tasks = TaskRunner()
    presenter = TillPositionsPresenter(services, tasks, supervisor_session(), poll_ms=20)
    page = TillPositionsPage(presenter, CashSessionDetailPresenter(services, tasks))
    qtbot.addWidget(page)
    holder = QWidget()
    qtbot.addWidget(holder)
    qtbot.wait(100)
    assert presenter.polls_sent == 0


class _FakeApprovals:
    def __init__(self, requests: list[Any]) -> None:
        self.requests = requests

    def list_requests(self, page_token: str = "", **_kwargs: Any) -> tuple[list[Any], str]:
        return list(self.requests), ""


def test_cash_requests_read_well_in_the_approvals_screen(qtbot, french) -> None:
    """CSH-4 / CSH-10 with ADM-5: the approver sees what a cash request is, its amount and
    its reason, not a JSON payload."""
    import json

    from iwebs.v1 import administration_pb2
    from iwebs_client.presenters.approval_presenter import ApprovalPresenter
    from iwebs_client.views.approvals.approvals_page import ApprovalsPage

    disbursement = administration_pb2.ApprovalRequest(
        approval_request_id="a1",
        kind="cash.disbursement",
        summary="REFUND 30000 XOF Mamadou Sow",
        reason="Double paiement du 12/11",
        requested_by_login="caissier",
        requested_by_user_id="u-cashier",
        payload_json=json.dumps({"category_code": "REFUND", "currency_code": "XOF",
                                 "amount_minor": 30000, "beneficiary": "Mamadou Sow"}),
        status=administration_pb2.APPROVAL_STATUS_PENDING,
    )  # fmt: skip
    cancellation = administration_pb2.ApprovalRequest(  # as application/receipt_cancellation
        approval_request_id="a2",
        kind="cash.receipt_cancellation",
        summary="Annulation du reçu DKR-PLATEAU-2026-0000001 (25000 XOF)",
        reason="Erreur de compte",
        requested_by_login="caissier",
        requested_by_user_id="u-cashier",
        payload_json=json.dumps({"receipt_id": "r-1"}),
        status=administration_pb2.APPROVAL_STATUS_PENDING,
    )

    class Services:
        approvals = _FakeApprovals([disbursement, cancellation])

    session = supervisor_session(("approvals.read", "approvals.decide", "cash.approve"))
    session.user_id = "u-supervisor"
    presenter = ApprovalPresenter(Services(), TaskRunner(), session)  # type: ignore[arg-type]
    page = ApprovalsPage(presenter, can_decide=True)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: presenter.model.rowCount() == 2, timeout=3000)
    model = presenter.model
    kinds = {model.index(r, model.KIND).data() for r in range(2)}
    assert kinds == {"Décaissement de caisse", "Annulation d'un reçu"}
    amounts = {plain(model.index(r, model.AMOUNT).data()) for r in range(2)}
    assert amounts == {"30 000 FCFA", "25 000 FCFA"}
    text = plain(presenter.details_text(cancellation))
    assert "Annulation du reçu DKR-PLATEAU-2026-0000001" in text
    assert "Montant : 25 000 FCFA" in text and "Motif : Erreur de compte" in text
    assert presenter.can_decide(cancellation)  # another user's request
    text = plain(presenter.details_text(disbursement))
    assert "Bénéficiaire : Mamadou Sow" in text and "{" not in text


def test_columns_with_nothing_to_say_are_hidden(services) -> None:
    """One agency: no agency column; a tender kind no till holds: no column (the live view
    fits a counter's screen)."""
    headers = rows.till_headers()
    dakar = [s for s in services.cash_supervision.sessions if s.agency_id == DKR]
    hidden = {headers[c] for c in rows.till_hidden_columns(dakar)}
    assert hidden == {headers[rows.AGENCY_COLUMN], rows.tender_kind_text("mobile_money")}
    everywhere = rows.till_hidden_columns(services.cash_supervision.sessions)
    assert rows.AGENCY_COLUMN not in everywhere


def test_closure_rows_name_their_receipts_and_day_closures_stand_out(qtbot) -> None:
    """CASH-04: first and last receipt in one cell; the day closures in bold."""
    from PySide6.QtGui import QFont

    from iwebs_client.models.cash_closure_list_model import CashClosureListModel

    model = CashClosureListModel(TaskRunner())
    day = cash_pb2.CashClosure(
        closure_id="c2", level=cash_pb2.CLOSURE_LEVEL_DAY, receipt_count=5,
        first_receipt_number="DKR-PLATEAU-2026-0000001",
        last_receipt_number="DKR-PLATEAU-2026-0000005", perpetual_total=money(38_100),
    )  # fmt: skip
    till_closure = cash_pb2.CashClosure(
        closure_id="c1", level=cash_pb2.CLOSURE_LEVEL_SESSION, perpetual_total=money(0)
    )
    model.set_page_fetcher(lambda _token: ([day, till_closure], ""))
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=3000)
    assert model.index(0, model.RANGE).data() == "DKR-PLATEAU-2026-0000001 → 0000005"
    assert plain(model.index(0, model.PERPETUAL_TOTAL).data()) == "38 100 FCFA"
    assert model.index(1, model.PERPETUAL_TOTAL).data() == ""  # a till has none
    bold = model.data(model.index(0, 0), Qt.ItemDataRole.FontRole)
    assert isinstance(bold, QFont) and bold.bold()
    assert model.data(model.index(1, 0), Qt.ItemDataRole.FontRole) is None
