"""Cancelling a receipt with four eyes through the live server (CSH-4, CASH-01, CASH-03,
CASH-07, SEC-08, T-SEC-9): approve once, reject, self-approval and another agency's
approver refused, never cancelled twice, only while the session is open; the receipt
chain and numbering stay whole."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, timedelta

import grpc
import pytest
from sqlalchemy import select, update

from iwebs.v1 import administration_pb2, cash_pb2
from iwebs.v1 import approval_service_pb2 as aps
from iwebs.v1 import payment_service_pb2 as ps
from iwebs_server.application.clock import new_id
from iwebs_server.domain.cash_chain import GENESIS_HASH, RECEIPT_FIELDS, receipt_hash
from iwebs_server.persistence.tables.cash_desk import CashSessionRow, LedgerEntryRow, ReceiptRow
from tests.factories.cash_desk import (
    CASHIER_PASSWORD,
    Counter,
    add_account,
    add_bill,
    cash,
    cheque,
    open_amounts,
    open_counter,
    seed_cash_reference,
)
from tests.factories.grpc_client import Client, error_details
from tests.factories.live_server import LiveServer
from tests.server.rpc.security_helpers import refused

TODAY = date.today()
PRECONDITION = grpc.StatusCode.FAILED_PRECONDITION


@dataclass
class Desk:
    server: LiveServer
    counter: Counter
    chef: Client  # supervisor of DKR

    def paid_receipt(self) -> tuple[cash_pb2.Receipt, list[str]]:
        app = self.server.app
        account = add_account(app, self.counter.agency_id)
        bills = [
            add_bill(app, account, 6_000, TODAY - timedelta(days=30)),
            add_bill(app, account, 9_000, TODAY - timedelta(days=1)),
        ]
        receipt = self.counter.pay(account, 15_000, [cash(10_000), cheque(7_000, TODAY)]).receipt
        return receipt, bills

    def ask(self, receipt_id: str, reason: str = "montant erroné") -> str:
        reply = self.counter.payments.RequestReceiptCancellation(
            ps.RequestReceiptCancellationRequest(
                request_id=new_id(), receipt_id=receipt_id, reason=reason
            )
        )
        return str(reply.approval_request_id)

    def receipt(self, receipt_id: str) -> cash_pb2.Receipt:
        return self.counter.payments.GetReceipt(ps.GetReceiptRequest(receipt_id=receipt_id)).receipt


def approve(client: Client, approval_id: str):  # type: ignore[no-untyped-def]
    return client.approvals.ApproveApprovalRequest(
        aps.ApproveApprovalRequestRequest(
            request_id=new_id(), approval_request_id=approval_id, comment="vu"
        )
    )


def login(server: LiveServer, login_name: str, profile: str, agency: str) -> Client:
    server.create_user(login_name, profile, [agency], password=CASHIER_PASSWORD)
    return server.login(login_name, CASHIER_PASSWORD, agency)


@pytest.fixture
def desk(live_server: LiveServer) -> Desk:
    seed_cash_reference(live_server.app)
    counter = open_counter(live_server, "awa")
    return Desk(live_server, counter, login(live_server, "chef", "supervisor", "DKR"))


def test_an_approved_cancellation_reverses_the_payment_once(desk):
    """CSH-4, CASH-07: approval writes a negative receipt linked to the original, negated
    tenders and allocations (the bills reopen) and a reversing ledger group; a second
    approval or a second request is refused."""
    app = desk.server.app
    receipt, bills = desk.paid_receipt()
    assert open_amounts(app, bills) == {bills[0]: 0, bills[1]: 0}
    approval_id = desk.ask(receipt.receipt_id)
    assert desk.receipt(receipt.receipt_id).cancellation_pending
    refused(
        desk.counter.payments.RequestReceiptCancellation,
        ps.RequestReceiptCancellationRequest(
            request_id=new_id(), receipt_id=receipt.receipt_id, reason="encore"
        ),
        PRECONDITION,
        "APPROVAL_REQUIRED",
    )
    decided = approve(desk.chef, approval_id).approval_request
    assert decided.status == administration_pb2.APPROVAL_STATUS_APPROVED
    original = desk.receipt(receipt.receipt_id)
    assert original.cancelled_by_receipt_number and not original.cancellation_pending
    listed = desk.counter.payments.ListSessionReceipts(
        ps.ListSessionReceiptsRequest(cash_session_id=desk.counter.cash_session_id)
    ).receipts
    cancellation = listed[0]
    assert cancellation.receipt_number == original.cancelled_by_receipt_number
    assert cancellation.kind == cash_pb2.RECEIPT_KIND_CANCELLATION
    assert cancellation.cancels_receipt_number == receipt.receipt_number
    assert cancellation.amount.amount_minor == -15_000
    assert cancellation.amount_in_words == "moins quinze mille francs CFA"
    assert (cancellation.tendered.amount_minor, cancellation.change.amount_minor) == (-15_000, 0)
    assert (original.tendered.amount_minor, original.change.amount_minor) == (17_000, 2_000)
    assert cancellation.reason == "montant erroné"
    assert sorted((t.mode_code, t.amount.amount_minor) for t in cancellation.tenders) == [
        ("CASH", -8_000),
        ("CHEQUE", -7_000),
    ]
    assert sorted(a.amount.amount_minor for a in cancellation.allocations) == [-9_000, -6_000]
    assert open_amounts(app, bills) == {bills[0]: 6_000, bills[1]: 9_000}
    with app.uow_factory(read_only=True) as uow:
        ledger = list(
            uow.session.scalars(
                select(LedgerEntryRow).where(
                    LedgerEntryRow.entry_group_id.in_([receipt.payment_id, cancellation.receipt_id])
                )
            )
        )
    by_group: dict[str, int] = {}
    for line in ledger:
        by_group[line.entry_group_id] = by_group.get(line.entry_group_id, 0) + line.amount_minor
    assert by_group == {receipt.payment_id: 0, cancellation.receipt_id: 0}
    assert len(ledger) == 8  # 2 tenders + 2 bills, and their reversal
    refused(
        desk.chef.approvals.ApproveApprovalRequest,
        aps.ApproveApprovalRequestRequest(request_id=new_id(), approval_request_id=approval_id),
        PRECONDITION,
        "APPROVAL_ALREADY_DECIDED",
    )
    refused(
        desk.counter.payments.RequestReceiptCancellation,
        ps.RequestReceiptCancellationRequest(
            request_id=new_id(), receipt_id=receipt.receipt_id, reason="encore"
        ),
        PRECONDITION,
        "RECEIPT_ALREADY_CANCELLED",
    )
    details = refused(
        desk.counter.payments.RequestReceiptCancellation,
        ps.RequestReceiptCancellationRequest(
            request_id=new_id(), receipt_id=cancellation.receipt_id, reason="x"
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
        "INVALID_ARGUMENT",
    )
    assert details.fields == ["receipt_id"]


def test_a_rejected_cancellation_changes_nothing(desk):
    app = desk.server.app
    receipt, bills = desk.paid_receipt()
    approval_id = desk.ask(receipt.receipt_id)
    desk.chef.approvals.RejectApprovalRequest(
        aps.RejectApprovalRequestRequest(
            request_id=new_id(), approval_request_id=approval_id, comment="non"
        )
    )
    again = desk.receipt(receipt.receipt_id)
    assert not again.cancelled_by_receipt_number and not again.cancellation_pending
    assert open_amounts(app, bills) == {bills[0]: 0, bills[1]: 0}
    assert desk.ask(receipt.receipt_id)  # may be asked again
    details = refused(
        desk.counter.payments.RequestReceiptCancellation,
        ps.RequestReceiptCancellationRequest(
            request_id=new_id(), receipt_id=receipt.receipt_id, reason="  "
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
        "INVALID_ARGUMENT",
    )
    assert details.fields == ["reason"]


def test_t_sec_9_no_self_approval_no_other_agency_and_exactly_once(desk):
    """T-SEC-9: the requester (here an administrator, who holds every right) cannot
    approve her own request; a supervisor of another agency cannot see it; of two valid
    approvers deciding at once, exactly one succeeds."""
    server = desk.server
    boss = open_counter(server, "boss", profile="administrator")
    account = add_account(server.app, boss.agency_id)
    receipt = boss.pay(account, 3_000).receipt
    reply = boss.payments.RequestReceiptCancellation(
        ps.RequestReceiptCancellationRequest(
            request_id=new_id(), receipt_id=receipt.receipt_id, reason="doublon"
        )
    )
    approval_id = reply.approval_request_id
    refused(
        boss.client.approvals.ApproveApprovalRequest,
        aps.ApproveApprovalRequestRequest(request_id=new_id(), approval_request_id=approval_id),
        grpc.StatusCode.PERMISSION_DENIED,
        "APPROVAL_SELF_DECISION",
    )
    thies = login(server, "chefths", "supervisor", "THS")
    refused(
        thies.approvals.ApproveApprovalRequest,
        aps.ApproveApprovalRequestRequest(request_id=new_id(), approval_request_id=approval_id),
        grpc.StatusCode.NOT_FOUND,
        "NOT_FOUND",
    )
    cashier = desk.counter.client  # cash.collect only: may not decide
    refused(
        cashier.approvals.ApproveApprovalRequest,
        aps.ApproveApprovalRequestRequest(request_id=new_id(), approval_request_id=approval_id),
        grpc.StatusCode.PERMISSION_DENIED,
        "PERMISSION_DENIED",
    )
    second = login(server, "chef2", "supervisor", "DKR")

    def decide(client: Client) -> str:
        try:
            approve(client, approval_id)
            return "approved"
        except grpc.RpcError as error:
            return error_details(error).reason

    with ThreadPoolExecutor(max_workers=2) as pool:
        outcomes = sorted(pool.map(decide, [desk.chef, second]))
    assert outcomes == ["APPROVAL_ALREADY_DECIDED", "approved"]
    with server.app.uow_factory(read_only=True) as uow:
        cancellations = list(
            uow.session.scalars(
                select(ReceiptRow).where(ReceiptRow.cancels_receipt_id == receipt.receipt_id)
            )
        )
    assert len(cancellations) == 1 and cancellations[0].approval_request_id == approval_id


def test_a_closed_sessions_receipt_is_refunded_not_cancelled(desk):
    """The rule: cancellation only while the receipt's session is open; after closing the
    money is in the closing and giving it back is a refund."""
    receipt, _bills = desk.paid_receipt()
    approval_id = desk.ask(receipt.receipt_id)
    with desk.server.app.uow_factory() as uow:
        uow.session.execute(
            update(CashSessionRow)
            .where(CashSessionRow.id == desk.counter.cash_session_id)
            .values(status="closed")
        )
    refused(
        desk.chef.approvals.ApproveApprovalRequest,
        aps.ApproveApprovalRequestRequest(request_id=new_id(), approval_request_id=approval_id),
        PRECONDITION,
        "CASH_SESSION_NOT_OPEN",
    )
    refused(
        desk.counter.payments.RequestReceiptCancellation,
        ps.RequestReceiptCancellationRequest(
            request_id=new_id(), receipt_id=receipt.receipt_id, reason="trop tard"
        ),
        PRECONDITION,
        "CASH_SESSION_NOT_OPEN",
    )


def test_numbering_and_chain_stay_whole_after_payments_and_cancellations(desk):
    """CASH-02, CASH-03: numbers 1..N without gap in the series, each receipt chained to
    the one before it (hash recomputed from its columns)."""
    for _ in range(3):
        receipt, _bills = desk.paid_receipt()
    approve(desk.chef, desk.ask(receipt.receipt_id))
    desk.paid_receipt()
    with desk.server.app.uow_factory(read_only=True) as uow:
        rows = list(uow.session.scalars(select(ReceiptRow).order_by(ReceiptRow.number)))
    assert [r.number for r in rows] == list(range(1, 6))
    assert {r.series_id for r in rows} == {f"DKR-{TODAY.year}"}
    previous = GENESIS_HASH
    for row in rows:
        assert row.previous_hash == previous
        assert row.hash == receipt_hash(previous, {f: getattr(row, f) for f in RECEIPT_FIELDS})
        previous = row.hash
    assert [r.kind for r in rows] == ["payment"] * 3 + ["cancellation", "payment"]
