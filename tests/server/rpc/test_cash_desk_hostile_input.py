"""Hostile input on every cash desk RPC through the live server (SEC-06, CASH-01, IDEM-02):
garbage ids, amounts of zero, below zero or int64 max, unknown currencies and codes,
quantities below zero or huge, duplicated bills, no tender or a thousand, strings longer
than their columns. Each is refused with a status, a reason and (for bad input) the field;
never INTERNAL or UNKNOWN, and nothing is written."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import grpc
from sqlalchemy import func, select

from iwebs.v1 import bank_deposit_service_pb2 as bd
from iwebs.v1 import cash_pb2, common_pb2
from iwebs.v1 import cash_session_service_pb2 as css
from iwebs.v1 import cash_supervision_service_pb2 as sup
from iwebs.v1 import payment_service_pb2 as ps
from iwebs_server.application.clock import new_id
from iwebs_server.persistence.tables.cash_desk import (
    BankDepositRow,
    CashClosureRow,
    CashMovementRow,
    LedgerEntryRow,
    PaymentRow,
    ReceiptRow,
)
from tests.factories.cash_desk import (
    Counter,
    add_account,
    add_bill,
    cash,
    cheque,
    money,
    open_counter,
    seed_cash_reference,
)
from tests.factories.grpc_client import error_details
from tests.factories.live_server import LiveServer
from tests.server.rpc.cash_office_helpers import Supervisor, sign_in_supervisor

INT64_MAX = 2**63 - 1
GARBAGE_IDS = ("", "x", "' OR 1=1 --", "0" * 5000, "\x00", "é" * 40)
FACTS = (PaymentRow, ReceiptRow, CashMovementRow, LedgerEntryRow, CashClosureRow, BankDepositRow)


def _facts(server: LiveServer) -> dict[str, int]:
    with server.app.uow_factory(read_only=True) as uow:
        return {
            row.__tablename__: uow.session.scalar(select(func.count()).select_from(row)) or 0
            for row in FACTS
        }


def _refused_cleanly(call: Callable[..., Any], request: Any, label: str) -> None:
    """A refusal with a status other than INTERNAL/UNKNOWN and an ErrorInfo reason."""
    try:
        call(request)
    except grpc.RpcError as error:
        details = error_details(error)
    else:
        raise AssertionError(f"{label}: accepted")
    assert details.code not in (grpc.StatusCode.INTERNAL, grpc.StatusCode.UNKNOWN), (
        f"{label}: {details.code.name} {details.reason}"
    )
    assert details.reason, f"{label}: {details.code.name} without a reason"
    if details.code == grpc.StatusCode.INVALID_ARGUMENT:
        assert details.fields, f"{label}: INVALID_ARGUMENT without a field"


def _cases(awa: Counter, boss: Supervisor, account: str, bill: str) -> list[tuple[str, Any, Any]]:
    """(label, call, request) of bad requests, each to be refused."""
    today = date.today()
    pay, sessions = awa.payments, awa.sessions

    def payment(**changes: Any) -> ps.PayRequest:
        content = awa.content(account, 1_000)
        for name, value in changes.items():
            if name in ("bills", "fees", "tenders"):
                del getattr(content, name)[:]
                getattr(content, name).extend(value)
            elif name == "amount":
                content.amount.CopyFrom(value)
            else:
                setattr(content, name, value)
        return ps.PayRequest(request_id=new_id(), content=content)

    long_cheque = cheque(1_000, today)
    cases: list[tuple[str, Any, Any]] = []
    for garbage in GARBAGE_IDS:
        cases += [
            (f"pay account {garbage[:8]!r}", pay.Pay, payment(account_id=garbage)),
            (f"pay session {garbage[:8]!r}", pay.Pay, payment(cash_session_id=garbage)),
            (f"payable {garbage[:8]!r}", pay.GetPayableItems,
             ps.GetPayableItemsRequest(account_id=garbage)),
            (f"receipt {garbage[:8]!r}", pay.GetReceipt, ps.GetReceiptRequest(receipt_id=garbage)),
            (f"print {garbage[:8]!r}", pay.PrintReceipt,
             ps.PrintReceiptRequest(request_id=new_id(), receipt_id=garbage)),
            (f"cancel {garbage[:8]!r}", pay.RequestReceiptCancellation,
             ps.RequestReceiptCancellationRequest(request_id=new_id(), receipt_id=garbage,
                                                  reason="erreur")),
            (f"list receipts {garbage[:8]!r}", pay.ListSessionReceipts,
             ps.ListSessionReceiptsRequest(cash_session_id=garbage)),
            (f"summary {garbage[:8]!r}", sessions.GetClosingSummary,
             css.GetClosingSummaryRequest(cash_session_id=garbage)),
            (f"movements {garbage[:8]!r}", sessions.ListCashMovements,
             css.ListCashMovementsRequest(cash_session_id=garbage)),
            (f"transfer to {garbage[:8]!r}", sessions.TransferToHeadCashier,
             css.TransferToHeadCashierRequest(request_id=new_id(),
                                              cash_session_id=awa.cash_session_id,
                                              head_cashier_session_id=garbage or "x",
                                              amount=money(100))),
            (f"refund account {garbage[:8]!r}", sessions.RecordDisbursement,
             css.RecordDisbursementRequest(request_id=new_id(),
                                           cash_session_id=awa.cash_session_id,
                                           category_code="REFUND", amount=money(100),
                                           reason="r", account_id=garbage or "x")),
            (f"drill {garbage[:8]!r}", boss.supervision.GetCashSession,
             sup.GetCashSessionRequest(cash_session_id=garbage)),
            (f"close day {garbage[:8]!r}", boss.supervision.CloseAgencyDay,
             sup.CloseAgencyDayRequest(request_id=new_id(), agency_id=garbage)),
            (f"deposit position {garbage[:8]!r}", boss.deposits.GetDepositPosition,
             bd.GetDepositPositionRequest(agency_id=garbage)),
            (f"slip {garbage[:8]!r}", boss.deposits.RecordDepositSlip,
             bd.RecordDepositSlipRequest(request_id=new_id(), deposit_id=garbage,
                                         slip_number="S1",
                                         slip_date=common_pb2.Date(year=2026, month=1, day=2),
                                         credited=money(1))),
            (f"deposit line {garbage[:8]!r}", boss.deposits.PrepareDeposit,
             bd.PrepareDepositRequest(request_id=new_id(), agency_id=awa.agency_id,
                                      kind=bd.DEPOSIT_KIND_CASH, bank_code="CBAO",
                                      lines=[bd.DepositLine(cash_session_id=garbage or "x",
                                                            amount=money(1))])),
        ]  # fmt: skip
    for amount in (0, -1, INT64_MAX, -INT64_MAX):
        cases += [
            (f"pay amount {amount}", pay.Pay,
             payment(amount=money(amount), tenders=[cash(amount)])),
            (f"tender {amount}", pay.Pay, payment(tenders=[cash(amount)])),
            (f"bill amount {amount}", pay.Pay,
             payment(bills=[cash_pb2.BillSelection(bill_id=bill, amount=money(amount))])),
            (f"fee amount {amount}", pay.Pay,
             payment(fees=[cash_pb2.FeeLine(fee_code="DEVIS", reference="Q1",
                                            amount=money(amount))])),
            (f"transfer {amount}", sessions.TransferToHeadCashier,
             css.TransferToHeadCashierRequest(request_id=new_id(),
                                              cash_session_id=awa.cash_session_id,
                                              amount=money(amount))),
            (f"disbursement {amount}", sessions.RecordDisbursement,
             css.RecordDisbursementRequest(request_id=new_id(),
                                           cash_session_id=awa.cash_session_id,
                                           category_code="STAMPS", amount=money(amount),
                                           reason="r")),
            (f"deposit {amount}", boss.deposits.PrepareDeposit,
             bd.PrepareDepositRequest(request_id=new_id(), agency_id=awa.agency_id,
                                      kind=bd.DEPOSIT_KIND_CASH, bank_code="CBAO",
                                      lines=[bd.DepositLine(cash_session_id=awa.cash_session_id,
                                                            amount=money(amount))])),
        ]  # fmt: skip
    for quantity in (-1, 10**9, 2**31 - 1):
        cases.append(
            (f"billetage {quantity}", sessions.CloseCashSession,
             css.CloseCashSessionRequest(request_id=new_id(), cash_session_id=awa.cash_session_id,
                                         denominations=[cash_pb2.DenominationCount(
                                             denomination_code="XOF-B10000", quantity=quantity)]))
        )  # fmt: skip
    euro = cash(1_000)
    euro.amount.currency_code = "EUR"
    long_cheque.drawer_name = "D" * 201
    long_reference = cheque(1_000, today)
    long_reference.reference = "9" * 65
    long_bank = cheque(1_000, today)
    long_bank.bank_code = "B" * 40
    bad_date = cheque(1_000, today)
    bad_date.cheque_date.CopyFrom(common_pb2.Date(year=2026, month=13, day=40))
    twice = [cash_pb2.DenominationCount(denomination_code="XOF-B10000", quantity=1)] * 2
    cases += [
        ("impossible cheque date", pay.Pay, payment(tenders=[bad_date])),
        ("disbursement type over its column", sessions.RecordDisbursement,
         css.RecordDisbursementRequest(request_id=new_id(), cash_session_id=awa.cash_session_id,
                                       category_code="C" * 100, amount=money(100), reason="r")),
        ("denomination over its column", sessions.CloseCashSession,
         css.CloseCashSessionRequest(request_id=new_id(), cash_session_id=awa.cash_session_id,
                                     denominations=[cash_pb2.DenominationCount(
                                         denomination_code="D" * 100, quantity=1)])),
        ("tender kind over its column", sessions.CloseCashSession,
         css.CloseCashSessionRequest(request_id=new_id(), cash_session_id=awa.cash_session_id,
                                     counted=[cash_pb2.TenderReconciliation(
                                         mode_kind="k" * 100, counted=money(1))])),
        ("deposit bank over its column", boss.deposits.PrepareDeposit,
         bd.PrepareDepositRequest(request_id=new_id(), agency_id=awa.agency_id,
                                  kind=bd.DEPOSIT_KIND_CASH, bank_code="B" * 100,
                                  lines=[bd.DepositLine(cash_session_id=awa.cash_session_id,
                                                        amount=money(1))])),
        ("denomination counted twice", sessions.CloseCashSession,
         css.CloseCashSessionRequest(request_id=new_id(), cash_session_id=awa.cash_session_id,
                                     denominations=twice)),
        ("cheques counted at int64 max", sessions.CloseCashSession,
         css.CloseCashSessionRequest(request_id=new_id(), cash_session_id=awa.cash_session_id,
                                     counted=[cash_pb2.TenderReconciliation(
                                         mode_kind="cheque", counted=money(INT64_MAX))])),
        ("unknown currency", pay.Pay, payment(amount=money(1_000, "ZZZ"), tenders=[cash(1_000)])),
        ("tender in another currency", pay.Pay, payment(tenders=[euro])),
        ("unknown mode", pay.Pay,
         payment(tenders=[cash_pb2.Tender(mode_code="GOLD", amount=money(1_000))])),
        ("unknown bank", pay.Pay, payment(tenders=[cheque(1_000, today, bank="NOPE")])),
        ("bank over its column", pay.Pay, payment(tenders=[long_bank])),
        ("drawer over its column", pay.Pay, payment(tenders=[long_cheque])),
        ("reference over its column", pay.Pay, payment(tenders=[long_reference])),
        ("payer over its column", pay.Pay, payment(payer_name="P" * 201)),
        ("unknown fee", pay.Pay,
         payment(fees=[cash_pb2.FeeLine(fee_code="NOPE", amount=money(1_000))])),
        ("fee reference over its column", pay.Pay,
         payment(fees=[cash_pb2.FeeLine(fee_code="DEVIS", amount=money(1_000),
                                        reference="Q" * 65)])),
        ("no tender", pay.Pay, payment(tenders=[])),
        ("a thousand tenders", pay.Pay,
         payment(amount=money(1_000), tenders=[cash(1)] * 1_000)),
        ("duplicated bill", pay.Pay,
         payment(bills=[cash_pb2.BillSelection(bill_id=bill, amount=money(500))] * 2)),
        ("unknown bill", pay.Pay,
         payment(bills=[cash_pb2.BillSelection(bill_id=new_id(), amount=money(1_000))])),
        ("no request id", pay.Pay, ps.PayRequest(content=awa.content(account, 1_000))),
        ("garbage request id", pay.Pay,
         ps.PayRequest(request_id="x" * 500, content=awa.content(account, 1_000))),
        ("cancellation reason over its column", pay.RequestReceiptCancellation,
         ps.RequestReceiptCancellationRequest(request_id=new_id(), receipt_id=new_id(),
                                              reason="R" * 501)),
        ("unknown denomination", sessions.CloseCashSession,
         css.CloseCashSessionRequest(request_id=new_id(), cash_session_id=awa.cash_session_id,
                                     denominations=[cash_pb2.DenominationCount(
                                         denomination_code="XOF-7", quantity=1)])),
        ("closing comment over its column", sessions.CloseCashSession,
         css.CloseCashSessionRequest(request_id=new_id(), cash_session_id=awa.cash_session_id,
                                     comment="C" * 501)),
        ("transfer comment over its column", sessions.TransferToHeadCashier,
         css.TransferToHeadCashierRequest(request_id=new_id(),
                                          cash_session_id=awa.cash_session_id,
                                          amount=money(100), comment="C" * 501)),
        ("beneficiary over its column", sessions.RecordDisbursement,
         css.RecordDisbursementRequest(request_id=new_id(), cash_session_id=awa.cash_session_id,
                                       category_code="STAMPS", amount=money(100),
                                       beneficiary="B" * 201, reason="r")),
        ("disbursement reason over its column", sessions.RecordDisbursement,
         css.RecordDisbursementRequest(request_id=new_id(), cash_session_id=awa.cash_session_id,
                                       category_code="STAMPS", amount=money(100),
                                       reason="R" * 501)),
        ("unknown disbursement type", sessions.RecordDisbursement,
         css.RecordDisbursementRequest(request_id=new_id(), cash_session_id=awa.cash_session_id,
                                       category_code="NOPE", amount=money(100), reason="r")),
        ("float below zero", sessions.OpenCashSession,
         css.OpenCashSessionRequest(request_id=new_id(), opening_float=money(-1))),
        ("float int64 max", sessions.OpenCashSession,
         css.OpenCashSessionRequest(request_id=new_id(), opening_float=money(INT64_MAX))),
        ("deposit unknown bank", boss.deposits.PrepareDeposit,
         bd.PrepareDepositRequest(request_id=new_id(), agency_id=awa.agency_id,
                                  kind=bd.DEPOSIT_KIND_CASH, bank_code="NOPE",
                                  lines=[bd.DepositLine(cash_session_id=awa.cash_session_id,
                                                        amount=money(1))])),
        ("deposit comment over its column", boss.deposits.PrepareDeposit,
         bd.PrepareDepositRequest(request_id=new_id(), agency_id=awa.agency_id,
                                  kind=bd.DEPOSIT_KIND_CASH, bank_code="CBAO", comment="C" * 501,
                                  lines=[bd.DepositLine(cash_session_id=awa.cash_session_id,
                                                        amount=money(1))])),
        ("deposit without lines", boss.deposits.PrepareDeposit,
         bd.PrepareDepositRequest(request_id=new_id(), agency_id=awa.agency_id,
                                  kind=bd.DEPOSIT_KIND_CASH, bank_code="CBAO")),
        ("open session into a deposit", boss.deposits.PrepareDeposit,
         bd.PrepareDepositRequest(request_id=new_id(), agency_id=awa.agency_id,
                                  kind=bd.DEPOSIT_KIND_CASH, bank_code="CBAO",
                                  lines=[bd.DepositLine(cash_session_id=awa.cash_session_id,
                                                        amount=money(1))])),
        ("cheque remittance of garbage tender", boss.deposits.PrepareDeposit,
         bd.PrepareDepositRequest(request_id=new_id(), agency_id=awa.agency_id,
                                  kind=bd.DEPOSIT_KIND_CHEQUE, bank_code="CBAO",
                                  lines=[bd.DepositLine(payment_tender_id="x",
                                                        amount=money(1))])),
        ("slip number over its column", boss.deposits.RecordDepositSlip,
         bd.RecordDepositSlipRequest(request_id=new_id(), deposit_id=new_id(),
                                     slip_number="S" * 65,
                                     slip_date=common_pb2.Date(year=2026, month=1, day=2),
                                     credited=money(1))),
        ("slip date impossible", boss.deposits.RecordDepositSlip,
         bd.RecordDepositSlipRequest(request_id=new_id(), deposit_id=new_id(), slip_number="S",
                                     slip_date=common_pb2.Date(year=2026, month=2, day=31),
                                     credited=money(1))),
        ("page size below zero", pay.ListSessionReceipts,
         ps.ListSessionReceiptsRequest(cash_session_id=awa.cash_session_id, page_size=-5)),
        ("garbage page token", pay.ListSessionReceipts,
         ps.ListSessionReceiptsRequest(cash_session_id=awa.cash_session_id, page_token="%%%")),
        ("garbage closures token", boss.supervision.ListClosures,
         sup.ListClosuresRequest(agency_id=awa.agency_id, page_token="!!")),
        ("garbage transactions token", boss.supervision.ListTransactions,
         sup.ListTransactionsRequest(agency_id=awa.agency_id, page_token="!!")),
        ("garbage deposits token", boss.deposits.ListDeposits,
         bd.ListDepositsRequest(agency_id=awa.agency_id, page_token="!!")),
    ]  # fmt: skip
    return cases


def test_hostile_input_is_refused_with_a_reason_and_writes_nothing(
    live_server: LiveServer,
) -> None:
    """SEC-06 (bad input): every refusal has a status, a reason and the field; none is
    INTERNAL; the facts (payments, receipts, movements, ledger, closures, deposits) are
    unchanged (CASH-01, IDEM-03)."""
    seed_cash_reference(live_server.app)
    awa = open_counter(live_server, "awa")
    boss = sign_in_supervisor(live_server)
    account = add_account(live_server.app, awa.agency_id)
    bill = add_bill(live_server.app, account, 5_000, date(2026, 1, 31))
    before = _facts(live_server)
    failures = []
    for label, call, request in _cases(awa, boss, account, bill):
        try:
            _refused_cleanly(call, request, label)
        except AssertionError as error:
            failures.append(str(error).splitlines()[0])
    assert not failures, "\n".join(failures)
    assert _facts(live_server) == before
