"""In-memory stand-ins for the counter's PORTS (presenters/cash_counter_ports.py): a till,
payments allocated oldest due first with change in cash, receipts numbered per agency and
year, prints counted (the second is a DUPLICATA), cancellation requests, a closing summary.
They keep what they were sent; a payment id sent again with the same content answers the
first receipt (replayed) and with another content is refused (REQUEST_ID_REUSED), like the
server (IDEM-01/02). The live-server tests (test_cash_counter_live.py) check the real thing."""

from __future__ import annotations

import datetime as dt
import gc
import itertools
import json
import uuid
from typing import Any

from google.protobuf.timestamp_pb2 import Timestamp

from iwebs.v1 import (
    cash_pb2,
    cash_session_service_pb2,
    common_pb2,
    customer_search_service_pb2,
    payment_service_pb2,
    reference_data_service_pb2,
)
from iwebs_client.backend.client_types import BackendError
from iwebs_client.presenters.payment_presenter import PREVIEW_DELAY_MS
from tests.client.customer_fakes import AGENCY, FakeSearch

CURRENCY = "XOF"
OPENING_FLOAT = 50_000


def money(amount: int) -> common_pb2.Money:
    return common_pb2.Money(currency_code=CURRENCY, amount_minor=amount)


def date(value: dt.date) -> common_pb2.Date:
    return common_pb2.Date(year=value.year, month=value.month, day=value.day)


def hit(name: str, account_id: str, account_number: str) -> Any:
    return customer_search_service_pb2.CustomerSearchHit(
        customer_id=str(uuid.uuid4()),
        customer_number="C0000042",
        display_name=name,
        account_id=account_id,
        account_number=account_number,
        agency_id=AGENCY,
    )


class FakeCashReference:
    ITEMS: dict[str, list[tuple[str, str, dict[str, Any]]]] = {
        "payment_mode": [
            (
                "CHEQUE",
                "Chèque",
                {"kind": "cheque", "reference_required": True, "bank_required": True},
            ),
            ("CASH", "Espèces", {"kind": "cash"}),
            ("WAVE", "Wave", {"kind": "mobile_money", "reference_required": True}),
        ],
        "misc_fee": [
            ("DEVIS", "Paiement de devis", {"amount": 0, "reference_required": True}),
            ("DUPLICATA", "Duplicata de facture", {"amount": 500}),
        ],
        "bank": [("CBAO", "CBAO", {}), ("SGBS", "Société Générale Sénégal", {})],
        "disbursement_type": [("REFUND", "Remboursement client", {"refund": True})],
    }

    def list_items(self, table_code: str, include_inactive: bool = False) -> list[Any]:
        return [
            reference_data_service_pb2.ReferenceItem(
                table_code=table_code,
                code=code,
                label_fr=label,
                label_en=label,
                attributes_json=json.dumps(attrs),
                active=True,
            )
            for code, label, attrs in self.ITEMS.get(table_code, [])
        ]


class FakeCashSessions:
    def __init__(self) -> None:
        self.session: cash_pb2.CashSession | None = None
        self.calls: list[tuple[str, str]] = []
        self.closed: list[cash_session_service_pb2.CloseCashSessionRequest] = []
        self.expected_cash = OPENING_FLOAT
        self.approval_above = 20_000
        self.refunded_accounts: list[str] = []
        self.fail_next: BackendError | None = None

    def _maybe_fail(self) -> None:
        if self.fail_next is not None:
            error, self.fail_next = self.fail_next, None
            raise error

    def open_session(self, request_id: str, opening_float: Any, is_head_cashier: bool) -> Any:
        self.calls.append(("open", request_id))
        self._maybe_fail()
        if self.session is not None:
            raise BackendError(code="FAILED_PRECONDITION", reason="CASH_SESSION_ALREADY_OPEN")
        amount = opening_float.amount_minor if opening_float is not None else OPENING_FLOAT
        self.session = cash_pb2.CashSession(
            cash_session_id=str(uuid.uuid4()),
            agency_id=AGENCY,
            agency_name="Dakar Plateau",
            workstation_name="GUICHET-1",
            cashier_login="caissier",
            cashier_name="Awa Caissière",
            business_date=date(dt.date(2026, 11, 28)),
            opening_float=money(amount),
            is_head_cashier=is_head_cashier,
            status=cash_pb2.CASH_SESSION_STATUS_OPEN,
        )
        self.expected_cash = amount
        return self.session

    def current_session(self) -> Any:
        return self.session

    def list_my_sessions(self, page_token: str = "", page_size: int = 50) -> Any:
        return ([self.session] if self.session else []), ""

    def closing_summary(self, cash_session_id: str) -> Any:
        assert self.session is not None and self.session.cash_session_id == cash_session_id
        denominations = [
            cash_pb2.DenominationCount(
                denomination_code=f"XOF-B{value}",
                label=f"Billet de {value}",
                unit_value=money(value),
                amount=money(0),
            )
            for value in (10000, 5000, 2000, 1000)
        ]
        return cash_session_service_pb2.GetClosingSummaryResponse(
            cash_session=self.session,
            tenders=[
                cash_pb2.TenderReconciliation(mode_kind="cash", expected=money(self.expected_cash)),
                cash_pb2.TenderReconciliation(mode_kind="cheque", expected=money(30_000)),
            ],
            denominations=denominations,
            difference_tolerance=money(500),
        )

    def close_session(
        self, request_id: str, cash_session_id: str, denominations: Any, counted: Any, comment: str
    ) -> Any:
        self.calls.append(("close", request_id))
        self._maybe_fail()
        request = cash_session_service_pb2.CloseCashSessionRequest(
            request_id=request_id,
            cash_session_id=cash_session_id,
            denominations=list(denominations),
            counted=list(counted),
            comment=comment,
        )
        self.closed.append(request)
        units = {"XOF-B10000": 10000, "XOF-B5000": 5000, "XOF-B2000": 2000, "XOF-B1000": 1000}
        counted_cash = sum(units[d.denomination_code] * d.quantity for d in denominations)
        difference = counted_cash - self.expected_cash
        if abs(difference) > 500 and not comment:
            raise BackendError(code="FAILED_PRECONDITION", reason="CLOSING_COMMENT_REQUIRED")
        assert self.session is not None
        closed = cash_pb2.CashSession()
        closed.CopyFrom(self.session)
        closed.status = cash_pb2.CASH_SESSION_STATUS_CLOSED
        self.session = None
        closure = cash_pb2.CashClosure(
            closure_id=str(uuid.uuid4()),
            business_date=closed.business_date,
            counted_cash=money(counted_cash),
            expected_cash=money(self.expected_cash),
            difference=money(difference),
            comment=comment,
            hash="ab" * 32,
        )
        return cash_session_service_pb2.CloseCashSessionResponse(
            cash_session=closed, closure=closure
        )

    def transfer_to_head_cashier(
        self, request_id: str, cash_session_id: str, head_id: str, amount: Any, comment: str
    ) -> Any:
        self.calls.append(("transfer", request_id))
        self.expected_cash -= amount.amount_minor
        return cash_pb2.CashMovement(kind="transfer_out", amount=amount, reason=comment)

    def record_disbursement(
        self,
        request_id: str,
        cash_session_id: str,
        category_code: str,
        amount: Any,
        beneficiary: str,
        reason: str,
        account_id: str = "",
    ) -> Any:
        self.calls.append(("disbursement", request_id))
        if category_code == "REFUND" and not account_id:
            raise BackendError(code="INVALID_ARGUMENT", reason="INVALID_ARGUMENT")
        self.refunded_accounts.append(account_id)
        if amount.amount_minor > self.approval_above:
            return cash_session_service_pb2.RecordDisbursementResponse(
                approval_request_id=str(uuid.uuid4())
            )
        return cash_session_service_pb2.RecordDisbursementResponse(
            movement=cash_pb2.CashMovement(kind="disbursement", amount=amount),
            voucher=cash_pb2.Receipt(receipt_number="DKR-2026-0000099"),
        )

    def list_movements(self, cash_session_id: str) -> list[Any]:
        return []


class FakePayments:
    def __init__(self, sessions: FakeCashSessions) -> None:
        self.sessions = sessions
        self.accounts: dict[str, payment_service_pb2.GetPayableItemsResponse] = {}
        self.receipts: dict[str, cash_pb2.Receipt] = {}
        self.by_payment: dict[str, tuple[bytes, cash_pb2.Receipt]] = {}
        self.calls: list[tuple[str, str]] = []
        self.fail_next: BackendError | None = None
        self.fail_after_commit: BackendError | None = None
        self.previews: list[payment_service_pb2.PaymentContent] = []
        self.payable_loads: list[str] = []
        self._numbers = itertools.count(1)

    def add_account(self, account_number: str, name: str, bills: list[tuple[int, int]]) -> str:
        """bills: (amount, open amount), oldest due first; returns the account id."""
        account_id = str(uuid.uuid4())
        payable = [
            cash_pb2.PayableBill(
                bill_id=str(uuid.uuid4()),
                bill_number=f"F2026-{number:05d}",
                period_label=f"2026-{number:02d}",
                due_date=date(dt.date(2026, number, 15)),
                amount=money(amount),
                open_amount=money(open_amount),
                overdue=number < 10,
            )
            for number, (amount, open_amount) in enumerate(bills, start=1)
        ]
        self.accounts[account_id] = payment_service_pb2.GetPayableItemsResponse(
            account_id=account_id,
            account_number=account_number,
            customer_name=name,
            bills=payable,
            total_open=money(sum(b.open_amount.amount_minor for b in payable)),
            advance_balance=money(0),
        )
        return account_id

    def payable_items(self, account_id: str) -> Any:
        self.payable_loads.append(account_id)
        if account_id not in self.accounts:
            raise BackendError(code="NOT_FOUND", reason="NOT_FOUND")
        return self.accounts[account_id]

    def _allocate(self, content: payment_service_pb2.PaymentContent) -> list[cash_pb2.Allocation]:
        remaining = content.amount.amount_minor
        allocations = []
        for fee in content.fees:
            allocations.append(
                cash_pb2.Allocation(
                    kind=cash_pb2.ALLOCATION_KIND_FEE,
                    fee_code=fee.fee_code,
                    fee_label=fee.fee_code,
                    fee_reference=fee.reference,
                    amount=fee.amount,
                )
            )
            remaining -= fee.amount.amount_minor
        account = self.accounts.get(content.account_id)
        picked = {b.bill_id: b.amount.amount_minor for b in content.bills}
        for bill in account.bills if account else []:
            if remaining <= 0:
                break
            if picked and bill.bill_id not in picked:
                continue
            wanted = picked.get(bill.bill_id, bill.open_amount.amount_minor)
            amount = min(wanted, remaining, bill.open_amount.amount_minor)
            allocations.append(
                cash_pb2.Allocation(
                    kind=cash_pb2.ALLOCATION_KIND_BILL,
                    bill_id=bill.bill_id,
                    bill_number=bill.bill_number,
                    period_label=bill.period_label,
                    due_date=bill.due_date,
                    amount=money(amount),
                    open_before=bill.open_amount,
                )
            )
            remaining -= amount
        if remaining > 0:
            allocations.append(
                cash_pb2.Allocation(kind=cash_pb2.ALLOCATION_KIND_ADVANCE, amount=money(remaining))
            )
        return allocations

    def _check(self, content: payment_service_pb2.PaymentContent) -> tuple[int, int]:
        tendered = sum(t.amount.amount_minor for t in content.tenders)
        if tendered < content.amount.amount_minor:
            raise BackendError(code="FAILED_PRECONDITION", reason="TENDERS_INSUFFICIENT")
        return tendered, tendered - content.amount.amount_minor

    def preview(self, content: payment_service_pb2.PaymentContent) -> Any:
        self.previews.append(content)
        tendered, change = self._check(content)
        return payment_service_pb2.PreviewPaymentResponse(
            allocations=self._allocate(content), tendered=money(tendered), change=money(change)
        )

    def pay(self, request_id: str, content: payment_service_pb2.PaymentContent) -> Any:
        self.calls.append(("pay", request_id))
        if self.fail_next is not None:
            error, self.fail_next = self.fail_next, None
            raise error
        payload = content.SerializeToString(deterministic=True)
        if request_id in self.by_payment:
            first_payload, receipt = self.by_payment[request_id]
            if first_payload != payload:
                raise BackendError(code="FAILED_PRECONDITION", reason="REQUEST_ID_REUSED")
            return payment_service_pb2.PayResponse(receipt=receipt, replayed=True)
        tendered, change = self._check(content)
        account = self.accounts.get(content.account_id)
        receipt = cash_pb2.Receipt(
            receipt_id=str(uuid.uuid4()),
            receipt_number=f"DKR-2026-{next(self._numbers):07d}",
            kind=cash_pb2.RECEIPT_KIND_PAYMENT,
            agency_name="Dakar Plateau",
            cash_session_id=content.cash_session_id,
            payment_id=request_id,
            issued_at=Timestamp(seconds=1_796_000_000),
            cashier_login="caissier",
            cashier_name="Awa Caissière",
            workstation_name="GUICHET-1",
            amount=content.amount,
            amount_in_words="vingt-cinq mille francs CFA",
            account_id=content.account_id,
            account_number=account.account_number if account else "",
            customer_name=account.customer_name if account else "",
            payer_name=content.payer_name,
            allocations=self._allocate(content),
            tenders=list(content.tenders),
            tendered=money(tendered),
            change=money(change),
            header_text="SENELEC - Société d'électricité\nAgence de Dakar Plateau",
            footer_text="Merci de votre visite",
            hash="0123456789abcdef" * 4,
        )
        self.receipts[receipt.receipt_id] = receipt
        self.by_payment[request_id] = (payload, receipt)
        self.sessions.expected_cash += content.amount.amount_minor
        if self.fail_after_commit is not None:  # recorded, but the answer is lost
            error, self.fail_after_commit = self.fail_after_commit, None
            raise error
        return payment_service_pb2.PayResponse(receipt=receipt)

    def get_receipt(self, receipt_id: str) -> Any:
        return self.receipts[receipt_id]

    def print_receipt(self, request_id: str, receipt_id: str) -> Any:
        self.calls.append(("print", request_id))
        receipt = self.receipts[receipt_id]
        receipt.print_count += 1
        copy = receipt.print_count
        answer = cash_pb2.Receipt()
        answer.CopyFrom(receipt)
        return payment_service_pb2.PrintReceiptResponse(
            receipt=answer, copy_number=copy, duplicate=copy > 1
        )

    def list_session_receipts(
        self, cash_session_id: str, page_token: str = "", page_size: int = 100
    ) -> Any:
        found = [r for r in self.receipts.values() if r.cash_session_id == cash_session_id]
        return list(reversed(found)), ""

    def request_cancellation(self, request_id: str, receipt_id: str, reason: str) -> str:
        self.calls.append(("cancel", request_id))
        receipt = self.receipts[receipt_id]
        if receipt.cancellation_pending or receipt.cancelled_by_receipt_number:
            raise BackendError(code="FAILED_PRECONDITION", reason="RECEIPT_ALREADY_CANCELLED")
        receipt.cancellation_pending = True
        receipt.reason = reason
        return str(uuid.uuid4())


def settle(qtbot: Any, tasks: Any) -> None:
    """End of a test: let the workers finish and deliver, then collect the presenters'
    reference cycles HERE, on the GUI thread (a cycle collected later by a worker thread
    would destroy QObjects on the wrong thread). A debounced preview still pending fires
    first and is waited for: fired after the collection, it found the fakes' and the
    runner's attributes already cleared (a teardown error under xdist's timing)."""
    tasks.wait_for_done(10_000)
    qtbot.wait(PREVIEW_DELAY_MS + 50)
    tasks.wait_for_done(10_000)
    qtbot.wait(20)
    gc.collect()


class FakeCounterServices:
    def __init__(self, hits: list[Any] | None = None) -> None:
        self.cash_sessions = FakeCashSessions()
        self.payments = FakePayments(self.cash_sessions)
        self.customer_search = FakeSearch(hits or [])
        self.reference_data = FakeCashReference()
        self.agencies = None
