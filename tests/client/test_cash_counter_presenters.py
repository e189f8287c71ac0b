"""The counter's presenters against in-memory fakes of their ports (cash_counter_fakes):
payments (CSH-1, CSH-2, CSH-5), the payment id kept across retries (IDEM-01), the till
(CSH-3, CSH-8, CSH-10), receipts and cancellation requests (CSH-7), the closing count
(CSH-6). The same screens against the live server: test_cash_counter_live.py."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from iwebs_client.backend.client_types import BackendError
from iwebs_client.presenters.cash_closing_presenter import CashClosingPresenter
from iwebs_client.presenters.cash_desk_presenter import CashDeskPresenter, receipt_state
from iwebs_client.presenters.cash_forms import (
    ClosingCount,
    DenominationLine,
    FeeItem,
    FeeLineDraft,
    PaymentDraft,
    PaymentMode,
    TenderLine,
    parse_amount,
)
from iwebs_client.presenters.error_messages import reason_text
from iwebs_client.presenters.payment_presenter import PaymentPresenter
from iwebs_client.tasks import TaskRunner
from tests.client.cash_counter_fakes import FakeCounterServices, hit, settle
from tests.client.customer_fakes import session

CASH = PaymentMode("CASH", "Espèces", "cash")
CHEQUE = PaymentMode("CHEQUE", "Chèque", "cheque", reference_required=True, bank_required=True)
WAVE = PaymentMode("WAVE", "Wave", "mobile_money", reference_required=True)
UNAVAILABLE = BackendError(code="UNAVAILABLE", reason="UNAVAILABLE")


@pytest.fixture
def services() -> FakeCounterServices:
    return FakeCounterServices()


@pytest.fixture
def tasks(qtbot: Any) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    settle(qtbot, runner)


def _open_till(qtbot: Any, services: FakeCounterServices, tasks: TaskRunner) -> CashDeskPresenter:
    desk = CashDeskPresenter(services, tasks)
    with qtbot.waitSignal(desk.session_changed, timeout=5000):
        desk.open_session(None, False)
    return desk


def _payment(qtbot: Any, services: FakeCounterServices, tasks: TaskRunner) -> PaymentPresenter:
    desk = _open_till(qtbot, services, tasks)
    presenter = PaymentPresenter(services, tasks, session(["cash.collect"]))
    presenter.set_session(desk.session)
    with qtbot.waitSignal(presenter.references_loaded, timeout=5000):
        presenter.load_references()
    return presenter


def _choose(qtbot: Any, presenter: PaymentPresenter, account_id: str) -> None:
    with qtbot.waitSignal(presenter.account_loaded, timeout=5000):
        presenter.select_account(account_id)


def _pay(qtbot: Any, presenter: PaymentPresenter) -> Any:
    with qtbot.waitSignal(presenter.paid, timeout=5000) as paid:
        assert presenter.pay()
    return paid.args[0]


def test_amounts_are_whole_francs_typed_with_spaces() -> None:
    """CSH-1: money is integer minor units; XOF has no decimals; nothing negative."""
    assert parse_amount("25 000") == 25_000
    assert parse_amount("25\u202f000") == 25_000
    assert parse_amount("1\u00a0234\u00a0567") == 1_234_567
    assert parse_amount("12,5") is None  # no centimes in XOF
    assert parse_amount("12,50", "EUR") == 1250
    for wrong in ("", "abc", "-500", "1e3"):
        assert parse_amount(wrong) is None


def test_draft_checks_tenders_cheques_and_fees_before_sending() -> None:
    """CSH-5: a cheque needs bank, number, drawer; tenders must cover the amount; change is
    cash only; CSH-2: a quote needs its reference; fees alone need a payer."""
    draft = PaymentDraft(account_id="a", total_open_minor=25_000)
    draft.tenders = [TenderLine(CHEQUE, 25_000)]
    assert set(draft.problems()) == {
        "tenders[0].bank_code",
        "tenders[0].reference",
        "tenders[0].drawer_name",
    }
    draft.tenders = [TenderLine(CHEQUE, 25_000, "CBAO", "0012345", "Diop")]
    assert draft.problems() == {}
    draft.tenders = [TenderLine(CASH, 20_000)]
    assert "tenders" in draft.problems()
    draft.tenders = [TenderLine(WAVE, 30_000, reference="W-1")]
    assert "Change is given in cash only" in draft.problems()["tenders"]
    draft.tenders = [TenderLine(CASH, 30_000)]
    assert draft.problems() == {} and draft.change_minor == 5_000
    fees_only = PaymentDraft(fees=[FeeLineDraft(FeeItem("DEVIS", "Devis", 0, True), 80_000)])
    fees_only.tenders = [TenderLine(CASH, 80_000)]
    assert set(fees_only.problems()) == {"payer_name", "fees[0].reference"}
    assert set(PaymentDraft().problems()) >= {"account_id", "tenders"}


def test_payment_oldest_due_first_with_change(qtbot: Any, services, tasks) -> None:
    """CSH-1, CSH-5: the amount defaults to what is due; no bill ticked = oldest due first
    (no selection sent); the preview shows the allocation and the change; Pay gives the
    receipt."""
    account = services.payments.add_account(
        "1000000018", "NDIAYE Aïssatou", [(15_000, 15_000), (12_000, 10_000)]
    )
    presenter = _payment(qtbot, services, tasks)
    assert presenter.modes[0].code == "CASH"  # cash first: the default tender
    _choose(qtbot, presenter, account)
    assert presenter.draft.due_minor == 25_000
    assert presenter.draft.tenders[0].amount_minor == 25_000
    presenter.draft.tenders[0].amount_minor = 30_000
    with qtbot.waitSignal(presenter.previewed, timeout=5000) as previewed:
        presenter.set_tenders(presenter.draft.tenders)
        presenter.request_preview()
    preview = previewed.args[0]
    assert [a.amount.amount_minor for a in preview.allocations] == [15_000, 10_000]
    assert preview.change.amount_minor == 5_000
    response = _pay(qtbot, presenter)
    assert response.receipt.receipt_number == "DKR-2026-0000001"
    sent = services.payments.by_payment[response.receipt.payment_id][1]
    assert sent.amount.amount_minor == 25_000 and sent.change.amount_minor == 5_000
    content = services.payments.previews[-1]
    assert list(content.bills) == []  # oldest due first is the server's rule


def test_picked_bill_and_part_payment(qtbot: Any, services, tasks) -> None:
    """CSH-1: the cashier picks the second bill and pays part of it."""
    account = services.payments.add_account(
        "1000000026", "SOW Mamadou", [(15_000, 15_000), (12_000, 12_000)]
    )
    presenter = _payment(qtbot, services, tasks)
    _choose(qtbot, presenter, account)
    second = presenter.draft.bills[1].bill_id
    presenter.pick_bill(second, None)
    assert presenter.draft.due_minor == 12_000
    presenter.pick_bill(second, 5_000)
    assert presenter.draft.effective_amount_minor == 5_000
    assert presenter.draft.tenders[0].amount_minor == 5_000
    response = _pay(qtbot, presenter)
    allocations = response.receipt.allocations
    assert [(a.bill_id, a.amount.amount_minor) for a in allocations] == [(second, 5_000)]


def test_retry_after_lost_answer_sends_the_same_payment_id(qtbot: Any, services, tasks) -> None:
    """IDEM-01: the payment is recorded but the answer is lost; Pay again sends the same
    id and gets the first receipt back (replayed), never a second payment. The next payment
    has a new id."""
    account = services.payments.add_account("1000000034", "FALL Binta", [(8_000, 8_000)])
    presenter = _payment(qtbot, services, tasks)
    _choose(qtbot, presenter, account)
    first_id = presenter.payment_id
    services.payments.fail_after_commit = UNAVAILABLE
    with qtbot.waitSignal(presenter.failed, timeout=5000):
        presenter.pay()
    assert presenter.pay_unanswered and presenter.payment_id == first_id
    response = _pay(qtbot, presenter)
    assert response.replayed
    assert [c for c in services.payments.calls if c[0] == "pay"] == [("pay", first_id)] * 2
    assert len(services.payments.receipts) == 1
    presenter.new_payment()
    assert presenter.payment_id != first_id


def test_definitive_refusal_makes_a_new_intent(qtbot: Any, services, tasks) -> None:
    """IDEM-01: a refusal recorded nothing: the corrected payment is a new intent; a
    network failure keeps the id."""
    account = services.payments.add_account("1000000042", "DIOP Ousmane", [(8_000, 8_000)])
    presenter = _payment(qtbot, services, tasks)
    _choose(qtbot, presenter, account)
    first_id = presenter.payment_id
    services.payments.fail_next = BackendError(
        code="FAILED_PRECONDITION", reason="PAYMENT_AMOUNT_INVALID"
    )
    with qtbot.waitSignal(presenter.failed, timeout=5000) as failed:
        presenter.pay()
    assert "cannot be accepted" in reason_text(failed.args[0].reason)
    assert presenter.payment_id != first_id and not presenter.pay_unanswered
    kept = presenter.payment_id
    services.payments.fail_next = UNAVAILABLE
    with qtbot.waitSignal(presenter.failed, timeout=5000):
        presenter.pay()
    assert presenter.payment_id == kept


def test_fee_without_account_needs_a_payer(qtbot: Any, services, tasks) -> None:
    """CSH-2: a quote paid at the counter through the same path, with its reference."""
    presenter = _payment(qtbot, services, tasks)
    presenter.add_fee("DUPLICATA")
    assert presenter.draft.fees[0].amount_minor == 500  # from the item's amount attribute
    presenter.remove_fee(0)
    presenter.add_fee("DEVIS", 80_000, "DV-2026-114")
    assert presenter.draft.problems().keys() == {"payer_name"}
    presenter.set_payer_name("GUEYE Modou")
    response = _pay(qtbot, presenter)
    allocation = response.receipt.allocations[0]
    assert (allocation.fee_code, allocation.fee_reference) == ("DEVIS", "DV-2026-114")
    assert response.receipt.amount.amount_minor == 80_000


def test_open_session_takes_the_agency_float_and_refuses_a_second(
    qtbot: Any, services, tasks
) -> None:
    """CSH-8: an empty float is the parameter's (filled by the server, shown after); a
    second session is refused with its reason; the request id is reused on retry."""
    desk = _open_till(qtbot, services, tasks)
    assert desk.session is not None and desk.session.opening_float.amount_minor == 50_000
    with qtbot.waitSignal(desk.failed, timeout=5000) as failed:
        desk.open_session(20_000, True)
    assert failed.args[0].reason == "CASH_SESSION_ALREADY_OPEN"
    opens = [c for c in services.cash_sessions.calls if c[0] == "open"]
    assert opens[0][1] != opens[1][1]  # a success renews the intent


def test_every_cash_reason_has_its_own_text() -> None:
    generic = reason_text("SOMETHING_UNKNOWN")
    reasons = [
        "CASH_DESK_NOT_ALLOWED",
        "CASH_SESSION_ALREADY_OPEN",
        "CASH_SESSION_NOT_OPEN",
        "PAYMENT_AMOUNT_INVALID",
        "TENDERS_INSUFFICIENT",
        "RECEIPT_ALREADY_CANCELLED",
        "CLOSING_COMMENT_REQUIRED",
        "DAY_HAS_OPEN_SESSIONS",
        "DAY_ALREADY_CLOSED",
        "DEPOSIT_EXCEEDS_AVAILABLE",
        "PRINTER_UNAVAILABLE",
    ]
    texts = {reason_text(r) for r in reasons}
    assert generic not in texts and len(texts) == len(reasons)


def test_cancellation_request_shows_pending_then_refuses_twice(qtbot: Any, services, tasks) -> None:
    """CSH-7: receipts of the session, newest first; a cancellation request with its reason
    leaves the receipt pending; asking again is refused (RECEIPT_ALREADY_CANCELLED)."""
    account = services.payments.add_account("1000000059", "BA Fatou", [(8_000, 8_000)])
    presenter = _payment(qtbot, services, tasks)
    _choose(qtbot, presenter, account)
    receipt = _pay(qtbot, presenter).receipt
    desk = CashDeskPresenter(services, tasks)
    with qtbot.waitSignal(desk.session_changed, timeout=5000):
        desk.refresh()
    with qtbot.waitSignal(desk.receipts_loaded, timeout=5000):
        desk.load_receipts()
    assert [r.receipt_number for r in desk.receipts] == [receipt.receipt_number]
    assert receipt_state(desk.receipts[0]) == ""
    with qtbot.waitSignal(desk.receipts_loaded, timeout=5000):
        desk.request_cancellation(receipt.receipt_id, "  wrong account  ")
    assert services.payments.receipts[receipt.receipt_id].reason == "wrong account"
    assert receipt_state(desk.receipts[0]) == "Cancellation pending approval"
    with qtbot.waitSignal(desk.failed, timeout=5000) as failed:
        desk.request_cancellation(receipt.receipt_id, "again")
    assert failed.args[0].reason == "RECEIPT_ALREADY_CANCELLED"


def test_disbursement_above_threshold_waits_for_approval(qtbot: Any, services, tasks) -> None:
    """CSH-3, CSH-10: a small disbursement is paid out with its voucher; a large one waits
    for approval; a refund names its account; a transfer to the head cashier is recorded."""
    desk = _open_till(qtbot, services, tasks)
    with qtbot.waitSignal(desk.categories_loaded, timeout=5000) as categories:
        desk.load_categories()
    assert categories.args[0] == [("REFUND", "Remboursement client", True)]
    with qtbot.waitSignal(desk.movement_recorded, timeout=5000) as recorded:
        desk.disburse("REFUND", 5_000, "NDIAYE", "double payment", "acc-1")
    assert "DKR-2026-0000099" in recorded.args[0]
    with qtbot.waitSignal(desk.movement_recorded, timeout=5000) as recorded:
        desk.disburse("REFUND", 50_000, "NDIAYE", "double payment", "acc-1")
    assert "waiting for approval" in recorded.args[0]
    assert services.cash_sessions.refunded_accounts == ["acc-1", "acc-1"]
    with qtbot.waitSignal(desk.movement_recorded, timeout=5000) as recorded:
        desk.transfer(20_000, "midi")
    assert "head cashier" in recorded.args[0]
    kinds = [c[0] for c in services.cash_sessions.calls]
    assert kinds.count("disbursement") == 2 and "transfer" in kinds


def test_closing_count_difference_and_comment(qtbot: Any, services, tasks) -> None:
    """CSH-6: the billetage sums live; the difference per kind; beyond the tolerance a
    comment is required before CloseCashSession; only counted notes are sent."""
    desk = _open_till(qtbot, services, tasks)
    closing = CashClosingPresenter(services, tasks)
    with qtbot.waitSignal(closing.summary_loaded, timeout=5000) as loaded:
        closing.load(desk.session.cash_session_id)
    count: ClosingCount = loaded.args[0]
    assert count.expected == {"cash": 50_000, "cheque": 30_000}
    closing.set_quantity("XOF-B10000", 4)
    closing.set_quantity("XOF-B2000", 4)
    assert count.counted_cash_minor == 48_000 and count.difference("cash") == -2_000
    assert count.difference("cheque") == 0  # not counted = as expected
    closing.set_counted("cheque", 25_000)
    assert count.difference("cheque") == -5_000
    assert count.beyond_tolerance and "comment" in closing.problems()
    assert not closing.close()
    closing.set_comment("billet de 2000 rendu en trop")
    with qtbot.waitSignal(closing.closed, timeout=5000) as closed:
        assert closing.close()
    request = services.cash_sessions.closed[0]
    assert {(d.denomination_code, d.quantity) for d in request.denominations} == {
        ("XOF-B10000", 4),
        ("XOF-B2000", 4),
    }
    assert [(c.mode_kind, c.counted.amount_minor) for c in request.counted] == [("cheque", 25_000)]
    assert closed.args[0].closure.difference.amount_minor == -2_000
    assert services.cash_sessions.session is None


def test_count_within_tolerance_needs_no_comment() -> None:
    count = ClosingCount(
        "XOF",
        {"cash": 10_000},
        [
            DenominationLine("XOF-B10000", "10 000", 10_000, 1),
            DenominationLine("XOF-P100", "100", 100, 3),
        ],
        tolerance_minor=500,
    )
    assert count.difference("cash") == 300 and not count.beyond_tolerance
    assert count.problems() == {}


def test_search_hits_lead_to_the_account(qtbot: Any, tasks) -> None:
    """The payment screen reuses the issue-3 search: a hit carries the account to load."""
    services = FakeCounterServices()
    account = services.payments.add_account("1000000067", "NDIAYE Aïssatou", [(9_000, 9_000)])
    services.customer_search.hits = [hit("NDIAYE Aïssatou", account, "1000000067")]
    presenter = _payment(qtbot, services, tasks)
    assert presenter.search.search("ndiaye")
    qtbot.waitUntil(lambda: presenter.search.model.rowCount() == 1, timeout=5000)
    found = presenter.search.model.item(0)
    _choose(qtbot, presenter, found.account_id)
    assert presenter.draft.account_number == "1000000067"
    assert presenter.draft.payer_name == "NDIAYE Aïssatou"
