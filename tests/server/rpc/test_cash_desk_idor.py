"""T-SEC-5 for the cash desk (SEC-06, SEC-07, CSH-8, CSH-9, CSH-11): through the live
server, a cashier and a supervisor of Dakar name every kind of id of Thiès (session, receipt,
account, bill, head cashier's till, cheque tender, deposit, agency) in every cash RPC that
takes one; each answer is NOT_FOUND (or, for a list by agency, nothing of Thiès) and nothing
is written. A cashier cannot pay into a colleague's till nor into her own closed one; a
deposit takes no open till and no other agency's cheque."""

from __future__ import annotations

from datetime import date
from typing import Any

import grpc
import pytest

from iwebs.v1 import bank_deposit_service_pb2 as bd
from iwebs.v1 import cash_pb2, common_pb2
from iwebs.v1 import cash_session_service_pb2 as css
from iwebs.v1 import cash_supervision_service_pb2 as sup
from iwebs.v1 import payment_service_pb2 as ps
from iwebs_server.application.clock import new_id
from iwebs_server.persistence.tables.cash_desk import CashSessionRow
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
from tests.server.rpc.cash_office_helpers import FLOAT, close_till, sign_in_supervisor
from tests.server.rpc.test_cash_desk_hostile_input import _facts

NOT_FOUND = grpc.StatusCode.NOT_FOUND


def _answer(call: Any, request: Any) -> tuple[grpc.StatusCode, str, Any]:
    try:
        return grpc.StatusCode.OK, "", call(request)
    except grpc.RpcError as error:
        details = error_details(error)
        return details.code, details.reason, None


def _refusal(call: Any, request: Any) -> tuple[str, str, list[str]]:
    try:
        call(request)
    except grpc.RpcError as error:
        details = error_details(error)
        return details.code.name, details.reason, details.fields
    return "OK", "", []


def _pay(awa: Counter, account: str, **changes: Any) -> ps.PayRequest:
    content = awa.content(account, 1_000)
    if "bills" in changes:
        content.bills.extend(
            cash_pb2.BillSelection(bill_id=b, amount=money(1_000)) for b in changes.pop("bills")
        )
    for name, value in changes.items():
        setattr(content, name, value)
    return ps.PayRequest(request_id=new_id(), content=content)


@pytest.fixture
def world(live_server: LiveServer) -> dict[str, Any]:
    """Dakar: awa (open till), binta (another cashier of Dakar, open till), fatou (a till
    closed), a supervisor. Thiès: moussa (open till, paid a receipt), a head cashier's till,
    a closed till with a cheque, a deposit, an account with a bill."""
    server = live_server
    seed_cash_reference(server.app)
    today = server.app.clock.now().date()
    awa, binta = open_counter(server, "awa"), open_counter(server, "binta")
    fatou = open_counter(server, "fatou")
    close_till(fatou, FLOAT)
    moussa, ousmane = open_counter(server, "moussa", "THS"), open_counter(server, "ousmane", "THS")
    head = open_counter(server, "chef", "THS", via_rpc=False)
    with server.app.uow_factory() as uow:  # her till is the head cashier's (CSH-3)
        head_row = uow.session.get(CashSessionRow, head.cash_session_id)
        assert head_row is not None
        head_row.is_head_cashier = True
    ths_account = add_account(server.app, moussa.agency_id)
    ths_bill = add_bill(server.app, ths_account, 5_000, date(2026, 1, 31))
    receipt = moussa.pay(ths_account, 2_000).receipt
    ousmane.pay(ths_account, 3_000, [cheque(3_000, today)])
    ousmane.pay(ths_account, 4_000, [cash(4_000)])
    close_till(ousmane, FLOAT + 4_000)
    ths_boss = sign_in_supervisor(server, "sup-ths", "THS")
    cheques = ths_boss.deposits.GetDepositPosition(
        bd.GetDepositPositionRequest(agency_id=moussa.agency_id)
    ).cheques
    deposit = ths_boss.deposits.PrepareDeposit(
        bd.PrepareDepositRequest(
            request_id=new_id(), agency_id=moussa.agency_id, kind=bd.DEPOSIT_KIND_CASH,
            bank_code="CBAO",
            lines=[bd.DepositLine(cash_session_id=ousmane.cash_session_id, amount=money(1_000))],
        )
    ).deposit  # fmt: skip
    ths_boss.deposits.PrepareDeposit(
        bd.PrepareDepositRequest(
            request_id=new_id(), agency_id=moussa.agency_id, kind=bd.DEPOSIT_KIND_CHEQUE,
            bank_code="CBAO",
            lines=[bd.DepositLine(payment_tender_id=cheques[0].payment_tender_id)],
        )
    )  # fmt: skip
    return {
        "server": server, "awa": awa, "binta": binta, "fatou": fatou, "moussa": moussa,
        "head": head, "ousmane": ousmane, "ths_account": ths_account, "ths_bill": ths_bill,
        "receipt": receipt, "cheque_tender": cheques[0].payment_tender_id,
        "deposit": deposit, "boss": sign_in_supervisor(server),
        "dkr_account": add_account(server.app, awa.agency_id),
    }  # fmt: skip


def test_t_sec_5_every_cash_rpc_refuses_another_agencys_ids(world: dict[str, Any]) -> None:
    """SEC-07 (T-SEC-5): NOT_FOUND for each id of Thiès, named by Dakar; nothing written."""
    w = world
    awa, boss, moussa, ths = w["awa"], w["boss"], w["moussa"], w["moussa"].agency_id
    receipt_id, mine = w["receipt"].receipt_id, w["dkr_account"]
    slip_date = common_pb2.Date(year=2026, month=1, day=2)
    cases = [
        ("pay on their account", awa.payments.Pay, _pay(awa, w["ths_account"])),
        ("pay into their till", awa.payments.Pay,
         _pay(awa, mine, cash_session_id=moussa.cash_session_id)),
        ("preview their account", awa.payments.PreviewPayment,
         ps.PreviewPaymentRequest(content=_pay(awa, w["ths_account"]).content)),
        ("payable items", awa.payments.GetPayableItems,
         ps.GetPayableItemsRequest(account_id=w["ths_account"])),
        ("receipt", awa.payments.GetReceipt, ps.GetReceiptRequest(receipt_id=receipt_id)),
        ("print", awa.payments.PrintReceipt,
         ps.PrintReceiptRequest(request_id=new_id(), receipt_id=receipt_id)),
        ("cancel", awa.payments.RequestReceiptCancellation,
         ps.RequestReceiptCancellationRequest(request_id=new_id(), receipt_id=receipt_id,
                                              reason="erreur")),
        ("session receipts", awa.payments.ListSessionReceipts,
         ps.ListSessionReceiptsRequest(cash_session_id=moussa.cash_session_id)),
        ("closing summary", awa.sessions.GetClosingSummary,
         css.GetClosingSummaryRequest(cash_session_id=moussa.cash_session_id)),
        ("close their till", awa.sessions.CloseCashSession,
         css.CloseCashSessionRequest(request_id=new_id(), cash_session_id=moussa.cash_session_id)),
        ("movements", awa.sessions.ListCashMovements,
         css.ListCashMovementsRequest(cash_session_id=moussa.cash_session_id)),
        ("transfer out of their till", awa.sessions.TransferToHeadCashier,
         css.TransferToHeadCashierRequest(request_id=new_id(),
                                          cash_session_id=moussa.cash_session_id,
                                          amount=money(100))),
        ("refund their account", awa.sessions.RecordDisbursement,
         css.RecordDisbursementRequest(request_id=new_id(), cash_session_id=awa.cash_session_id,
                                       category_code="REFUND", amount=money(100), reason="r",
                                       account_id=w["ths_account"])),
        ("stamps out of their till", awa.sessions.RecordDisbursement,
         css.RecordDisbursementRequest(request_id=new_id(), cash_session_id=moussa.cash_session_id,
                                       category_code="STAMPS", amount=money(100), reason="r")),
        ("drill down", boss.supervision.GetCashSession,
         sup.GetCashSessionRequest(cash_session_id=moussa.cash_session_id)),
        ("transactions of their till", boss.supervision.ListTransactions,
         sup.ListTransactionsRequest(cash_session_id=moussa.cash_session_id)),
        ("close their day", boss.supervision.CloseAgencyDay,
         sup.CloseAgencyDayRequest(request_id=new_id(), agency_id=ths)),
        ("deposit their cash", boss.deposits.PrepareDeposit,
         bd.PrepareDepositRequest(request_id=new_id(), agency_id=ths, kind=bd.DEPOSIT_KIND_CASH,
                                  bank_code="CBAO",
                                  lines=[bd.DepositLine(cash_session_id=w["ousmane"].cash_session_id,
                                                        amount=money(1_000))])),
        ("their slip", boss.deposits.RecordDepositSlip,
         bd.RecordDepositSlipRequest(request_id=new_id(), deposit_id=w["deposit"].deposit_id,
                                     slip_number="S1", slip_date=slip_date, credited=money(1_000))),
        ("their deposit position", boss.deposits.GetDepositPosition,
         bd.GetDepositPositionRequest(agency_id=ths)),
    ]  # fmt: skip
    before = _facts(w["server"])
    wrong = []
    for label, call, request in cases:
        code, reason, _ = _answer(call, request)
        if (code, reason) != (NOT_FOUND, "NOT_FOUND"):
            wrong.append(f"{label}: {code.name} {reason}")
    for label, call, request_with in (
        ("pay their bill from my account", awa.payments.Pay,
         lambda bill: _pay(awa, mine, bills=[bill])),
        ("transfer to their head cashier", awa.sessions.TransferToHeadCashier,
         lambda head: css.TransferToHeadCashierRequest(
             request_id=new_id(), cash_session_id=awa.cash_session_id,
             head_cashier_session_id=head, amount=money(100))),
    ):  # fmt: skip
        theirs = w["ths_bill"] if "bill" in label else w["head"].cash_session_id
        answer, unknown = (_refusal(call, request_with(i)) for i in (theirs, new_id()))
        if answer != unknown:  # the same answer as for an id that does not exist: no oracle
            wrong.append(f"{label}: {answer} where an unknown id gives {unknown}")
    dakar = w["awa"].agency_id

    def remittance(tender_id: str) -> bd.PrepareDepositRequest:
        return bd.PrepareDepositRequest(
            request_id=new_id(), agency_id=dakar, kind=bd.DEPOSIT_KIND_CHEQUE, bank_code="CBAO",
            lines=[bd.DepositLine(payment_tender_id=tender_id)],
        )  # fmt: skip

    their_cheque, unknown = (
        _refusal(boss.deposits.PrepareDeposit, remittance(i))
        for i in (w["cheque_tender"], new_id())
    )
    if their_cheque != unknown:  # not even the number of the deposit that took it
        wrong.append(f"their remitted cheque: {their_cheque} where unknown gives {unknown}")
    for label, call, request, repeated in (
        ("their till positions", boss.supervision.ListTillPositions,
         sup.ListTillPositionsRequest(agency_id=ths), "cash_sessions"),
        ("their transactions", boss.supervision.ListTransactions,
         sup.ListTransactionsRequest(agency_id=ths), "receipts"),
        ("their closures", boss.supervision.ListClosures,
         sup.ListClosuresRequest(agency_id=ths), "closures"),
        ("their deposits", boss.deposits.ListDeposits,
         bd.ListDepositsRequest(agency_id=ths), "deposits"),
    ):  # fmt: skip
        code, reason, answer = _answer(call, request)
        if code == grpc.StatusCode.OK and len(getattr(answer, repeated)):
            wrong.append(f"{label}: listed")
        elif code not in (grpc.StatusCode.OK, NOT_FOUND):
            wrong.append(f"{label}: {code.name} {reason}")
    assert not wrong, "\n".join(wrong)
    assert _facts(w["server"]) == before


def test_a_cashier_keeps_to_her_own_open_till(world: dict[str, Any]) -> None:
    """CSH-8: Dakar's binta cannot pay, transfer, pay out or close in awa's till; fatou's
    closed till takes no payment; a deposit takes no open till (CSH-11). Nothing written."""
    w = world
    awa, binta, fatou, boss = w["awa"], w["binta"], w["fatou"], w["boss"]
    mine = w["dkr_account"]
    cases = [
        ("pay into a colleague's till", binta.payments.Pay,
         _pay(binta, mine, cash_session_id=awa.cash_session_id)),
        ("transfer out of a colleague's till", binta.sessions.TransferToHeadCashier,
         css.TransferToHeadCashierRequest(request_id=new_id(), cash_session_id=awa.cash_session_id,
                                          amount=money(100))),
        ("pay out of a colleague's till", binta.sessions.RecordDisbursement,
         css.RecordDisbursementRequest(request_id=new_id(), cash_session_id=awa.cash_session_id,
                                       category_code="STAMPS", amount=money(100), reason="r")),
        ("close a colleague's till", binta.sessions.CloseCashSession,
         css.CloseCashSessionRequest(request_id=new_id(), cash_session_id=awa.cash_session_id)),
        ("pay into a closed till", fatou.payments.Pay, _pay(fatou, mine)),
        ("open till into a deposit", boss.deposits.PrepareDeposit,
         bd.PrepareDepositRequest(request_id=new_id(), agency_id=awa.agency_id,
                                  kind=bd.DEPOSIT_KIND_CASH, bank_code="CBAO",
                                  lines=[bd.DepositLine(cash_session_id=awa.cash_session_id,
                                                        amount=money(1))])),
    ]  # fmt: skip
    before = _facts(w["server"])
    accepted = [
        label for label, call, request in cases if _answer(call, request)[0] == grpc.StatusCode.OK
    ]
    assert not accepted
    assert _facts(w["server"]) == before
