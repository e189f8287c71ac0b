"""Payments at the counter (CSH-1, CSH-2, CSH-4, CSH-7; CASH-01..03; IDEM-01..05).

A payment is ONE transaction: the payment row (its id is the client's request_id), the
receipt (number and chain link), the tenders, the allocations and a balanced ledger group,
all or nothing. Locks, always in this order: the cash session (so one till's payments,
and a closing, queue), the customer account standing for its bills (concurrent payments
of a bill queue and each reads the open amounts after the previous one committed), the
receipt series (taken last, held shortest).

Idempotency (IDEM-02/04): a request_id already used by the same user with the same content
answers the first receipt (replayed); otherwise REQUEST_ID_REUSED and a security audit
event. A twin that loses the race fails on the payments primary key (or, after the session
lock, on it at once) and answers the winner's receipt. Serialization failures and deadlocks
(PostgreSQL 40001/40P01) are retried with jittered backoff (IDEM-05).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import replace

from sqlalchemy.exc import IntegrityError, OperationalError

from iwebs_server.application.audit_trail import FAILURE, AuditTrail, details
from iwebs_server.application.cash_context import business_date, caller_open_session
from iwebs_server.application.cash_views import (
    AllocationView,
    PayableBillView,
    PayableItemsView,
    PaymentContentInput,
    PaymentPreviewView,
    PayResultView,
    PrintResultView,
    ReceiptPageView,
    ReceiptView,
)
from iwebs_server.application.clock import Clock, new_id
from iwebs_server.application.idempotency import Idempotency
from iwebs_server.application.paging import decode_token, next_token, page_size
from iwebs_server.application.parameters import ParameterReader
from iwebs_server.application.payment_plan import (
    PaymentPlan,
    check_shape,
    payload_hash,
    plan_payment,
)
from iwebs_server.application.receipts import (
    FOOTER_KEY,
    HEADER_KEY,
    PAYMENT,
    ReceiptIssuer,
    ReceiptParts,
    ReceiptReader,
)
from iwebs_server.application.receipts import receipt_view as build_receipt_view
from iwebs_server.application.validation import identifier
from iwebs_server.application.validation import request_id as checked_request_id
from iwebs_server.domain import rights
from iwebs_server.domain.errors import DomainError, NotFound, RequestIdReused, VersionConflict
from iwebs_server.domain.principal import Principal
from iwebs_server.persistence.repositories.payment_repository import ReceiptLabels
from iwebs_server.persistence.tables.cash_desk import (
    AllocationRow,
    PaymentRow,
    PaymentTenderRow,
    ReceiptPrintRow,
    ReceiptRow,
)
from iwebs_server.persistence.unit_of_work import UnitOfWork, UowFactory

RETRYABLE_SQLSTATES = {"40001", "40P01"}  # serialization failure, deadlock detected
MAX_ATTEMPTS = 5
LABEL_SECONDS = 60.0
TILL_ACCOUNTS = {"cash": "CASH", "cheque": "CHEQUES", "mobile_money": "MOBILE_MONEY"}
RECEIVABLE, ADVANCE = "RECEIVABLE", "ADVANCE"


def till_account(mode_kind: str) -> str:
    """The ledger account of what a till holds of a tender kind."""
    return TILL_ACCOUNTS.get(mode_kind, mode_kind.upper())


def retryable(error: OperationalError) -> bool:
    return getattr(error.orig, "sqlstate", None) in RETRYABLE_SQLSTATES


class PaymentService:
    def __init__(
        self,
        uow_factory: UowFactory,
        clock: Clock,
        audit: AuditTrail,
        idempotency: Idempotency,
        issuer: ReceiptIssuer,
        *,
        sleep: Callable[[float], None] = time.sleep,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._audit = audit
        self._idempotency = idempotency
        self._issuer = issuer
        self._reader = ReceiptReader()
        self._parameters = ParameterReader()
        self._sleep = sleep
        self._jitter = jitter
        self._labels: dict[tuple[str, str, str], tuple[float, ReceiptLabels]] = {}

    # -- reads --------------------------------------------------------------------------
    def get_payable_items(self, principal: Principal, account_id: str) -> PayableItemsView:
        principal.require(rights.CASH_COLLECT)
        identifier("account_id", account_id)
        with self._uow(read_only=True) as uow:
            found = uow.payments.account_for_payment(account_id, lock=False)
            if found is None or not principal.scope.allows(found[0].agency_id):
                raise NotFound("customer_account", account_id)
            account, customer_name = found
            bills = uow.payments.open_bills(account.id)
            advance = uow.payments.advance_balance(account.id)
            today = business_date(uow, self._parameters, account.agency_id, self._clock.now())
            views = tuple(
                PayableBillView(
                    bill_id=b.bill.id,
                    bill_number=b.bill.bill_number,
                    period_label=b.bill.period_label,
                    issue_date=b.bill.issue_date,
                    due_date=b.bill.due_date,
                    currency_code=b.bill.currency_code,
                    amount_minor=b.bill.amount_minor,
                    open_amount_minor=b.open_amount_minor,
                    overdue=b.bill.due_date < today,
                )
                for b in bills
            )
            return PayableItemsView(
                account_id=account.id,
                account_number=account.account_number,
                customer_name=customer_name,
                currency_code=account.currency_code,
                bills=views,
                total_open_minor=sum(b.open_amount_minor for b in views),
                advance_balance_minor=advance,
            )

    def preview(self, principal: Principal, content: PaymentContentInput) -> PaymentPreviewView:
        """How the payment would be allocated and the change; writes nothing."""
        principal.require(rights.CASH_COLLECT)
        check_shape(content)
        with self._uow(read_only=True) as uow:
            session = caller_open_session(uow, principal, content.cash_session_id)
            plan = plan_payment(uow, principal, session, content, lock=False)
            return PaymentPreviewView(
                currency_code=session.currency_code,
                allocations=tuple(self._allocation_views(plan)),
                tendered_minor=plan.tendered_minor,
                change_minor=plan.change_minor,
            )

    def get_receipt(self, principal: Principal, receipt_id: str) -> ReceiptView:
        principal.require(rights.CASH_COLLECT)
        identifier("receipt_id", receipt_id)
        with self._uow(read_only=True) as uow:
            row = uow.payments.receipt(receipt_id, principal.scope)
            if row is None:
                raise NotFound("receipt", receipt_id)
            return self._reader.view(uow, row)

    def list_session_receipts(
        self, principal: Principal, cash_session_id: str, size: int, token: str
    ) -> ReceiptPageView:
        """The receipts of one of the caller's own sessions, newest first (CSH-7)."""
        principal.require(rights.CASH_COLLECT)
        identifier("cash_session_id", cash_session_id)
        limit, offset = page_size(size), decode_token(token)
        with self._uow(read_only=True) as uow:
            session = uow.cash_sessions.get(cash_session_id, principal.scope)
            if session is None or session.cashier_user_id != principal.user_id:
                raise NotFound("cash_session", cash_session_id)
            rows = uow.payments.session_receipts(session.id, offset, limit)
            views = self._reader.views(uow, rows)
            return ReceiptPageView(tuple(views), next_token(offset, limit, len(rows)))

    # -- printing (CSH-4) ---------------------------------------------------------------
    def print_receipt(
        self, principal: Principal, request_id: str, receipt_id: str
    ) -> PrintResultView:
        """Records a print: copy 1 is the original, every later one a DUPLICATA."""
        principal.require(rights.CASH_COLLECT)
        identifier("receipt_id", receipt_id)

        def perform(uow: UnitOfWork) -> tuple[str, PrintResultView]:
            row = uow.payments.receipt(receipt_id, principal.scope)
            if row is None:
                raise NotFound("receipt", receipt_id)
            printed = self._record_print(uow, principal, row)
            return printed.id, PrintResultView(self._reader.view(uow, row), printed.copy_number)

        def replay(uow: UnitOfWork, ref: str) -> PrintResultView:
            printed = uow.payments.print_row(ref)
            row = uow.payments.receipt(receipt_id, principal.scope)
            if printed is None or row is None:
                raise NotFound("receipt", receipt_id)
            return PrintResultView(self._reader.view(uow, row), printed.copy_number)

        return self._idempotency.execute(
            request_id,
            "receipt.print",
            {"receipt_id": receipt_id},
            principal.user_id,
            perform,
            replay,
        )

    def _record_print(
        self, uow: UnitOfWork, principal: Principal, row: ReceiptRow
    ) -> ReceiptPrintRow:
        """The next copy number; two prints at once: the unique (receipt, copy) refuses
        one, which takes the next number (a savepoint each, no lock on the receipt)."""
        for _attempt in range(MAX_ATTEMPTS):
            copy = uow.payments.print_counts([row.id]).get(row.id, 0) + 1
            printed = ReceiptPrintRow(
                id=new_id(),
                receipt_id=row.id,
                copy_number=copy,
                printed_at=self._clock.now(),
                printed_by=principal.user_id,
                workstation_id=principal.workstation_id,
            )
            try:
                with uow.session.begin_nested():
                    uow.payments.add_print(printed)
                return printed
            except IntegrityError:
                continue
        raise VersionConflict("receipt_print")

    # -- paying -------------------------------------------------------------------------
    def pay(
        self, principal: Principal, request_id: str, content: PaymentContentInput
    ) -> PayResultView:
        principal.require(rights.CASH_COLLECT)
        checked_request_id(request_id)
        check_shape(content)
        digest = payload_hash(content)
        for attempt in range(MAX_ATTEMPTS):
            try:
                return self._pay_once(principal, request_id, content, digest)
            except (IntegrityError, DomainError):
                # A payment with this id exists (a retry, a twin that won, a reuse)?
                replayed = self._replay(principal, request_id, digest)
                if replayed is None:
                    raise
                return replayed
            except OperationalError as error:
                if not retryable(error) or attempt == MAX_ATTEMPTS - 1:
                    raise
                self._sleep((0.005 * 2**attempt) * (0.5 + self._jitter()))
        raise AssertionError("unreachable")

    def _replay(self, principal: Principal, request_id: str, digest: str) -> PayResultView | None:
        with self._uow(read_only=True) as uow:
            payment = uow.payments.payment(request_id)
            if payment is None:
                return None
            if payment.payload_hash == digest and payment.created_by == principal.user_id:
                receipt = uow.payments.receipt_of_payment(payment.id)
                assert receipt is not None, payment.id
                return PayResultView(self._reader.view(uow, receipt), replayed=True)
            agency_id = payment.agency_id
        self._audit.record_now(
            self._uow,
            "payment.request_id_reused",
            principal=principal,
            outcome=FAILURE,
            agency_id=agency_id,
            object_type="payment",
            object_id=request_id,
            request_id=request_id,
            reason="REQUEST_ID_REUSED",
            details_json=details(same_user=payment.created_by == principal.user_id),
        )
        raise RequestIdReused()

    def _pay_once(
        self, principal: Principal, request_id: str, content: PaymentContentInput, digest: str
    ) -> PayResultView:
        with self._uow() as uow:
            session = caller_open_session(uow, principal, content.cash_session_id, for_update=True)
            plan = plan_payment(uow, principal, session, content, lock=True)
            account_id = plan.account.id if plan.account else None
            labels = replace(
                self._desk_labels(uow, session.agency_id, principal),
                account_number=plan.account.account_number if plan.account else "",
                customer_name=plan.customer_name,
            )
            now = self._clock.now()
            payment = PaymentRow(
                id=request_id,
                payload_hash=digest,
                agency_id=session.agency_id,
                cash_session_id=session.id,
                account_id=account_id,
                payer_name=content.payer_name,
                currency_code=session.currency_code,
                amount_minor=content.amount_minor,
                tendered_minor=plan.tendered_minor,
                change_minor=plan.change_minor,
                created_by=principal.user_id,
                workstation_id=principal.workstation_id,
                created_at=now,
            )
            uow.payments.write_now([payment])  # a twin's id fails here, before the lock
            receipt = self._issuer.issue(
                uow,
                session=session,
                kind=PAYMENT,
                amount_minor=content.amount_minor,
                principal=principal,
                payment_id=payment.id,
                account_id=account_id,
                issued_at=now,
                agency_code=labels.agency_code,
            )
            tenders, allocations = self._facts(plan, payment, receipt)
            ledger = uow.payments.post_ledger_group(
                entry_group_id=payment.id,
                source_type="payment",
                agency_id=session.agency_id,
                cash_session_id=session.id,
                currency_code=session.currency_code,
                business_date=session.business_date,
                created_at=now,
                lines=[
                    *(
                        (till_account(t.mode_kind), t.amount_minor, account_id, None)
                        for t in tenders
                    ),
                    *(_ledger_credit(a) for a in allocations),
                ],
            )
            uow.payments.write_now([*tenders, *allocations, *ledger])
            parts = ReceiptParts(
                labels=labels,
                payment=payment,
                tenders=tenders,
                allocations=allocations,
                bills=plan.bills,
                fee_labels=plan.fee_labels,
                header=str(plan.parameters[HEADER_KEY]),
                footer=str(plan.parameters[FOOTER_KEY]),
                open_before={a.bill_id: a.open_before_minor for a in plan.allocations if a.bill_id},
            )
            view = build_receipt_view(receipt, parts)
        return PayResultView(view, replayed=False)

    def _desk_labels(self, uow: UnitOfWork, agency_id: str, principal: Principal) -> ReceiptLabels:
        """Agency, cashier and workstation names, kept LABEL_SECONDS (a renamed till shows
        its new name on receipts within a minute)."""
        key = (agency_id, principal.user_id, principal.workstation_id)
        now = time.monotonic()
        hit = self._labels.get(key)
        if hit is not None and hit[0] > now:
            return hit[1]
        labels = uow.payments.receipt_labels(
            agency_id, principal.user_id, principal.workstation_id, None
        )
        if len(self._labels) > 10_000:
            self._labels.clear()
        self._labels[key] = (now + LABEL_SECONDS, labels)
        return labels

    @staticmethod
    def _facts(
        plan: PaymentPlan, payment: PaymentRow, receipt: ReceiptRow
    ) -> tuple[list[PaymentTenderRow], list[AllocationRow]]:
        tenders = [
            PaymentTenderRow(
                id=new_id(),
                payment_id=payment.id,
                cash_session_id=payment.cash_session_id,
                receipt_id=receipt.id,
                mode_code=t.line.mode_code,
                mode_kind=t.line.mode_kind,
                amount_minor=t.net_minor,
                bank_code=t.line.bank_code,
                reference=t.line.reference,
                drawer_name=t.line.drawer_name,
                cheque_date=t.line.cheque_date,
            )
            for t in plan.tenders
        ]
        allocations = [
            AllocationRow(
                id=new_id(),
                payment_id=payment.id,
                receipt_id=receipt.id,
                kind=a.kind,
                account_id=payment.account_id,
                bill_id=a.bill_id,
                fee_code=a.fee_code,
                fee_reference=a.fee_reference,
                amount_minor=a.amount_minor,
            )
            for a in plan.allocations
        ]
        return tenders, allocations

    def _allocation_views(self, plan: PaymentPlan) -> list[AllocationView]:
        currency = plan.session.currency_code
        views = []
        for a in plan.allocations:
            bill = plan.bills.get(a.bill_id or "")
            views.append(
                AllocationView(
                    kind=a.kind,
                    currency_code=currency,
                    amount_minor=a.amount_minor,
                    bill_id=a.bill_id or "",
                    bill_number=bill.bill_number if bill else "",
                    period_label=bill.period_label if bill else "",
                    due_date=bill.due_date if bill else None,
                    open_before_minor=a.open_before_minor,
                    fee_code=a.fee_code,
                    fee_label=plan.fee_labels.get(a.fee_code, "") if a.fee_code else "",
                    fee_reference=a.fee_reference,
                )
            )
        return views


def _ledger_credit(allocation: AllocationRow) -> tuple[str, int, str | None, str | None]:
    """What an allocation credits: the bill's receivable, the advance, or the fee."""
    if allocation.kind == "bill":
        return RECEIVABLE, -allocation.amount_minor, allocation.account_id, allocation.bill_id
    if allocation.kind == "advance":
        return ADVANCE, -allocation.amount_minor, allocation.account_id, None
    return f"FEE:{allocation.fee_code}", -allocation.amount_minor, allocation.account_id, None
