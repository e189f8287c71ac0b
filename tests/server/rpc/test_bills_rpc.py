"""BillService through the live server on both databases (FAC-1, FAC-7, FAC-9; SEC-06,
SEC-07, IDEM-01/02, ADM-5): rights per method (reads with billing.read or customers.read),
another agency's ids answer NOT_FOUND, bad input answers its reason and field, repeats
answer the first result, a correction needs another person's approval and credits a bill
once only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import cast

import grpc
import pytest

from iwebs.v1 import administration_pb2, common_pb2
from iwebs.v1 import approval_service_pb2 as aps
from iwebs.v1 import bill_service_pb2 as pb
from iwebs.v1 import bill_service_pb2_grpc as pb_grpc
from iwebs_server.application.cash_views import FeeLineInput
from iwebs_server.application.clock import new_id
from iwebs_server.domain import rights
from iwebs_server.persistence.tables.administration import ProfileRow
from tests.factories.cash_desk import CASHIER_PASSWORD, seed_cash_reference
from tests.factories.grpc_client import Client
from tests.factories.live_server import LiveServer
from tests.server.application.bills_harness import Billing, billing_on
from tests.server.application.reading_harness import Sub
from tests.server.rpc.security_helpers import refused

INVALID = grpc.StatusCode.INVALID_ARGUMENT
DENIED = grpc.StatusCode.PERMISSION_DENIED
NOT_FOUND = grpc.StatusCode.NOT_FOUND
PRECONDITION = grpc.StatusCode.FAILED_PRECONDITION


def day(value: date) -> common_pb2.Date:
    return common_pb2.Date(year=value.year, month=value.month, day=value.day)


OCTOBER = (day(date(2026, 10, 1)), day(date(2026, 10, 31)))
UNKNOWN_KIND = cast(pb.BillKind, 42)


@dataclass
class Office:
    server: LiveServer
    data: Billing
    biller: pb_grpc.BillServiceStub
    manager: Client
    other_manager: Client
    clerk: pb_grpc.BillServiceStub
    outsider: pb_grpc.BillServiceStub
    nobody: pb_grpc.BillServiceStub

    def subscription(self, index: int = 1400) -> Sub:
        sub = self.data.subscription()
        self.data.past_bill(sub, date(2026, 9, 1), date(2026, 9, 30), 1100)
        self.data.reading(sub, date(2026, 10, 31), index)
        return sub

    def bill(
        self, sub: Sub, request_id: str = "", *, preview: bool = False
    ) -> pb.BillSubscriptionResponse:
        request = pb.BillSubscriptionRequest(
            request_id=request_id or new_id(), subscription_id=sub.subscription_id,
            period_start=OCTOBER[0], period_end=OCTOBER[1], preview=preview,
        )  # fmt: skip
        return self.biller.BillSubscription(request)  # type: ignore[no-any-return]


def login(server: LiveServer, profile: str, agency: str = "DKR") -> Client:
    name = f"u{new_id()[:8]}"
    server.create_user(name, profile, [agency], password=CASHIER_PASSWORD)
    return server.login(name, CASHIER_PASSWORD, agency)


def bills_of(client: Client) -> pb_grpc.BillServiceStub:
    return client._stub(pb_grpc.BillServiceStub)  # type: ignore[no-any-return]


@pytest.fixture
def office(live_server: LiveServer) -> Office:
    app = live_server.app
    seed_cash_reference(app)
    with app.uow_factory() as uow:  # a profile with neither billing.read nor customers.read
        uow.profiles.add(
            ProfileRow(id=new_id(), code="auditor", name="Auditeur", description="", version=1,
                       created_at=app.clock.now()),
            [rights.ADMIN_AUDIT_READ],
        )  # fmt: skip
    return Office(
        server=live_server,
        data=billing_on(app),
        biller=bills_of(login(live_server, "billing")),
        manager=login(live_server, "billing_manager"),
        other_manager=login(live_server, "billing_manager"),
        clerk=bills_of(login(live_server, "front_desk")),
        outsider=bills_of(login(live_server, "billing_manager", "THS")),
        nobody=bills_of(login(live_server, "auditor")),
    )


def test_bill_one_subscription_then_read_it_every_way(office: Office) -> None:
    sub = office.subscription()
    preview = office.bill(sub, preview=True).result
    assert preview.preview and preview.bill.summary.bill_id == ""
    request_id = new_id()
    result = office.bill(sub, request_id).result
    bill = result.bill
    assert not result.replayed and bill.summary.bill_number.startswith("FAC-DKR-2026-")
    assert bill.total.amount_minor == preview.bill.total.amount_minor
    assert bill.summary.kind == pb.BILL_KIND_INVOICE and bill.summary.bill_run_kind == "individual"
    assert [line.block_no for line in bill.lines if line.code.startswith("ENERGY")] == [1, 2, 3]
    # a repeat answers the same bill; the same id for another content is refused
    again = office.bill(sub, request_id).result
    assert again.replayed and again.bill.summary.bill_id == bill.summary.bill_id
    refused(
        office.biller.BillSubscription,
        pb.BillSubscriptionRequest(
            request_id=request_id, subscription_id=sub.subscription_id,
            period_start=OCTOBER[0], period_end=day(date(2026, 10, 30)),
        ),
        PRECONDITION, "REQUEST_ID_REUSED",
    )  # fmt: skip
    refused(office.biller.BillSubscription, pb.BillSubscriptionRequest(
        request_id=new_id(), subscription_id=sub.subscription_id, period_start=OCTOBER[0],
        period_end=OCTOBER[1]), PRECONDITION, "NOTHING_TO_BILL")  # fmt: skip
    # the reads, by the biller and by the front desk (customers.read)
    for stub in (office.biller, office.clerk):
        got = stub.GetBill(pb.GetBillRequest(bill_id=bill.summary.bill_id)).bill
        assert got.summary.bill_number == bill.summary.bill_number
        assert [line.rule for line in got.lines] == [line.rule for line in bill.lines]
        listed = stub.ListBills(pb.ListBillsRequest(subscription_id=sub.subscription_id)).bills
        assert listed[0].bill_id == bill.summary.bill_id
        balance = stub.GetAccountBalance(pb.GetAccountBalanceRequest(account_id=sub.account_id))
        assert balance.balance.balance.amount_minor == 1_000 + bill.total.amount_minor
        assert [i.bill_id for i in balance.open_items][-1] == bill.summary.bill_id
        statement = stub.GetAccountStatement(
            pb.GetAccountStatementRequest(account_id=sub.account_id)
        )
        assert statement.closing_balance.amount_minor == balance.balance.balance.amount_minor
        assert [x.kind for x in statement.lines] == [pb.STATEMENT_LINE_KIND_BILL] * 2
        document = stub.GetBillDocument(pb.GetBillDocumentRequest(bill_id=bill.summary.bill_id))
        assert document.document.title == "FACTURE"
        assert document.document.total.amount_minor == bill.total.amount_minor
        assert document.document.balance_carried.amount_minor == 1_000


def test_rights_per_method(office: Office) -> None:
    sub = office.subscription()
    bill_id = office.bill(sub).result.bill.summary.bill_id
    reads = [
        (office.nobody.GetBill, pb.GetBillRequest(bill_id=bill_id)),
        (office.nobody.GetBillDocument, pb.GetBillDocumentRequest(bill_id=bill_id)),
        (office.nobody.ListBills, pb.ListBillsRequest(account_id=sub.account_id)),
        (office.nobody.GetAccountBalance, pb.GetAccountBalanceRequest(account_id=sub.account_id)),
        (office.nobody.GetAccountStatement,
         pb.GetAccountStatementRequest(account_id=sub.account_id)),
    ]  # fmt: skip
    for call, request in reads:
        refused(call, request, DENIED, "PERMISSION_DENIED")
    writes = [
        (office.clerk.BillSubscription, pb.BillSubscriptionRequest(
            request_id=new_id(), subscription_id=sub.subscription_id, period_start=OCTOBER[0],
            period_end=OCTOBER[1])),
        (office.clerk.IssueFinalBill, pb.IssueFinalBillRequest(
            request_id=new_id(), subscription_id=sub.subscription_id)),
        (office.clerk.RequestBillCorrection, pb.RequestBillCorrectionRequest(
            request_id=new_id(), bill_id=bill_id, reason="x")),
    ]  # fmt: skip
    for call, request in writes:
        refused(call, request, DENIED, "PERMISSION_DENIED")


def test_another_agency_answers_not_found(office: Office) -> None:
    sub = office.subscription()
    bill_id = office.bill(sub).result.bill.summary.bill_id
    outsider = office.outsider
    for call, request in [
        (outsider.GetBill, pb.GetBillRequest(bill_id=bill_id)),
        (outsider.GetBillDocument, pb.GetBillDocumentRequest(bill_id=bill_id)),
        (outsider.ListBills, pb.ListBillsRequest(account_id=sub.account_id)),
        (outsider.ListBills, pb.ListBillsRequest(subscription_id=sub.subscription_id)),
        (outsider.GetAccountBalance, pb.GetAccountBalanceRequest(account_id=sub.account_id)),
        (outsider.GetAccountStatement, pb.GetAccountStatementRequest(account_id=sub.account_id)),
        (outsider.BillSubscription, pb.BillSubscriptionRequest(
            request_id=new_id(), subscription_id=sub.subscription_id, period_start=OCTOBER[0],
            period_end=OCTOBER[1])),
        (outsider.IssueFinalBill, pb.IssueFinalBillRequest(
            request_id=new_id(), subscription_id=sub.subscription_id)),
        (outsider.RequestBillCorrection, pb.RequestBillCorrectionRequest(
            request_id=new_id(), bill_id=bill_id, reason="x")),
        (outsider.GetBill, pb.GetBillRequest(bill_id=new_id())),  # unknown: the same answer
    ]:  # fmt: skip
        refused(call, request, NOT_FOUND, "NOT_FOUND")


def test_bad_input_answers_its_reason_and_field(office: Office) -> None:
    sub = office.subscription()
    biller = office.biller

    def bill(**values: object) -> pb.BillSubscriptionRequest:
        fields: dict[str, object] = {
            "request_id": new_id(), "subscription_id": sub.subscription_id,
            "period_start": OCTOBER[0], "period_end": OCTOBER[1], **values,
        }  # fmt: skip
        return pb.BillSubscriptionRequest(**fields)  # type: ignore[arg-type]

    cases = [
        (biller.BillSubscription, bill(period_end=day(date(2026, 9, 1))),
         "BILLING_PERIOD_INVALID", "period_end"),
        (biller.BillSubscription, bill(period_start=common_pb2.Date(year=2026, month=13, day=1)),
         "INVALID_ARGUMENT", "period_start"),
        (biller.BillSubscription, bill(request_id="not-a-uuid"), "INVALID_ARGUMENT", "request_id"),
        (biller.BillSubscription, bill(subscription_id="x"), "INVALID_ARGUMENT",
         "subscription_id"),
        (biller.BillSubscription, bill(period_label="x" * 40), "INVALID_ARGUMENT",
         "period_label"),
        (biller.IssueFinalBill, pb.IssueFinalBillRequest(
            request_id=new_id(), subscription_id=sub.subscription_id),
         "BILLING_PERIOD_INVALID", "period_end"),  # not terminated: the last day is needed
        (biller.ListBills, pb.ListBillsRequest(), "INVALID_ARGUMENT", "account_id"),
        (biller.ListBills, pb.ListBillsRequest(account_id=sub.account_id, kind=UNKNOWN_KIND),
         "INVALID_ARGUMENT", "kind"),
        (biller.ListBills, pb.ListBillsRequest(account_id=sub.account_id, page_token="@@"),
         "INVALID_ARGUMENT", "page_token"),
        (biller.GetBill, pb.GetBillRequest(bill_id="x"), "INVALID_ARGUMENT", "bill_id"),
        (biller.GetAccountStatement, pb.GetAccountStatementRequest(
            account_id=sub.account_id, from_date=day(date(2026, 10, 2)),
            to_date=day(date(2026, 10, 1))), "INVALID_ARGUMENT", "to_date"),
        (biller.RequestBillCorrection, pb.RequestBillCorrectionRequest(
            request_id=new_id(), bill_id=new_id(), reason=""), "INVALID_ARGUMENT", "reason"),
    ]  # fmt: skip
    for call, request, reason, field in cases:
        details = refused(call, request, INVALID, reason)
        assert field in details.fields, (reason, details.fields)


def approve(client: Client, approval_id: str) -> aps.ApproveApprovalRequestResponse:
    return client.approvals.ApproveApprovalRequest(  # type: ignore[no-any-return]
        aps.ApproveApprovalRequestRequest(
            request_id=new_id(), approval_request_id=approval_id, comment="vu"
        )
    )


def test_a_correction_with_four_eyes(office: Office) -> None:
    sub = office.subscription()
    bill = office.bill(sub).result.bill
    request_id = new_id()
    asked = pb.RequestBillCorrectionRequest(
        request_id=request_id, bill_id=bill.summary.bill_id, reason="tarif erroné"
    )
    approval_id = office.biller.RequestBillCorrection(asked).approval_request_id
    assert office.biller.RequestBillCorrection(asked).approval_request_id == approval_id
    refused(office.biller.RequestBillCorrection, pb.RequestBillCorrectionRequest(
        request_id=new_id(), bill_id=bill.summary.bill_id, reason="encore"),
        PRECONDITION, "APPROVAL_REQUIRED")  # fmt: skip
    # the manager who asks cannot approve his own request
    own = bills_of(office.manager)
    other_sub = office.subscription()
    other_bill = office.bill(other_sub).result.bill
    own_id = own.RequestBillCorrection(
        pb.RequestBillCorrectionRequest(
            request_id=new_id(), bill_id=other_bill.summary.bill_id, reason="x"
        )
    ).approval_request_id
    refused(office.manager.approvals.ApproveApprovalRequest, aps.ApproveApprovalRequestRequest(
        request_id=new_id(), approval_request_id=own_id, comment=""),
        grpc.StatusCode.PERMISSION_DENIED, "APPROVAL_SELF_DECISION")  # fmt: skip
    decided = approve(office.manager, approval_id).approval_request
    assert decided.status == administration_pb2.APPROVAL_STATUS_APPROVED
    listed = office.biller.ListBills(pb.ListBillsRequest(subscription_id=sub.subscription_id))
    kinds = [(b.kind, b.credits_bill_id) for b in listed.bills]
    assert (pb.BILL_KIND_CREDIT_NOTE, bill.summary.bill_id) in kinds
    original = office.biller.GetBill(pb.GetBillRequest(bill_id=bill.summary.bill_id)).bill
    assert original.summary.credited_by_bill_id and original.summary.open_amount.amount_minor == 0
    assert original.total.amount_minor == bill.total.amount_minor  # never edited
    refused(office.biller.RequestBillCorrection, pb.RequestBillCorrectionRequest(
        request_id=new_id(), bill_id=bill.summary.bill_id, reason="encore"),
        PRECONDITION, "BILL_ALREADY_CREDITED")  # fmt: skip
    # the other manager approves the first manager's request
    approve(office.other_manager, own_id)


def test_the_final_bill_with_the_deposit(office: Office) -> None:
    sub = office.subscription(index=1200)
    office.data.pay(sub.account_id, 1_000)
    office.data.pay(sub.account_id, 80_000, FeeLineInput("CAUTION", "XOF", 80_000))
    office.data.terminate(sub, date(2026, 10, 31))
    reply = office.biller.IssueFinalBill(
        pb.IssueFinalBillRequest(request_id=new_id(), subscription_id=sub.subscription_id)
    )
    total = reply.result.bill.total.amount_minor
    assert reply.result.bill.summary.bill_run_kind == "final"
    assert reply.deposit_matched.amount_minor == total
    assert reply.deposit_released.amount_minor == 80_000 - total
    balance = office.clerk.GetAccountBalance(pb.GetAccountBalanceRequest(account_id=sub.account_id))
    assert balance.balance.advance.amount_minor == 80_000 - total
    assert balance.balance.balance.amount_minor == -(80_000 - total)
