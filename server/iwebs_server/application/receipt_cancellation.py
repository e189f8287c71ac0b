"""Cancelling a payment's receipt with four eyes (CSH-4, CASH-01, CASH-07, SEC-08).

The cashier asks, with a reason; another user with the right cash.approve in the receipt's
agency approves or rejects (application/approvals.py refuses the requester and users of
other agencies). Approval writes, in the approval's own transaction: a cancellation
receipt (negative, `cancels_receipt_id` = the original, the approval and the reason), the
tenders and allocations negated (`reverses_*_id`: the bills reopen, the advance shrinks)
and the payment's ledger group reversed. Never twice: the check below, and the unique
`cancels_receipt_id` / `reverses_*_id` for two approvals racing.

A payment whose advance was refunded (or used) since cannot be cancelled: taking that
advance back would leave the account's advance below zero (PAYMENT_AMOUNT_INVALID).

Rule: only while the receipt's cash session is still OPEN. Once the till is counted and
closed the money is in that closing; giving it back is then a refund (a disbursement of
the sessions' side, with its own approval above the threshold), never a cancellation.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from iwebs_server.application.approvals import ApprovalKind, ApprovalService
from iwebs_server.application.audit_trail import AuditTrail, details
from iwebs_server.application.clock import Clock, new_id
from iwebs_server.application.idempotency import Idempotency
from iwebs_server.application.receipts import (
    CANCELLATION,
    CANCELLATION_APPROVAL_KIND,
    PAYMENT,
    ReceiptIssuer,
)
from iwebs_server.application.validation import Checks
from iwebs_server.domain import rights
from iwebs_server.domain.errors import InvalidInput, NotFound, PreconditionFailed
from iwebs_server.domain.principal import Principal
from iwebs_server.persistence.repositories.cash_session_repository import OPEN
from iwebs_server.persistence.tables.audit import ApprovalRequestRow
from iwebs_server.persistence.tables.cash_desk import (
    AllocationRow,
    CashSessionRow,
    PaymentTenderRow,
    ReceiptRow,
)
from iwebs_server.persistence.unit_of_work import UnitOfWork, UowFactory


def _already_cancelled() -> PreconditionFailed:
    return PreconditionFailed("RECEIPT_ALREADY_CANCELLED", "this receipt is already cancelled")


def _session_closed() -> PreconditionFailed:
    return PreconditionFailed(
        "CASH_SESSION_NOT_OPEN",
        "the receipt's cash session is closed: give the money back as a refund",
    )


class ReceiptCancellationService:
    def __init__(
        self,
        uow_factory: UowFactory,
        clock: Clock,
        audit: AuditTrail,
        idempotency: Idempotency,
        approvals: ApprovalService,
        issuer: ReceiptIssuer,
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._audit = audit
        self._idempotency = idempotency
        self._approvals = approvals
        self._issuer = issuer

    def approval_kind(self) -> ApprovalKind:
        """To register in the ApprovalService (composition.py)."""
        return ApprovalKind(CANCELLATION_APPROVAL_KIND, rights.CASH_APPROVE, self._execute)

    def request(self, principal: Principal, request_id: str, receipt_id: str, reason: str) -> str:
        """Asks for the cancellation; answers the approval request's id."""
        principal.require(rights.CASH_COLLECT)
        checks = Checks()
        checks.identifier("receipt_id", receipt_id)
        reason = checks.text("reason", reason, max_length=500)
        checks.raise_if_any()

        def perform(uow: UnitOfWork) -> tuple[str, str]:
            receipt = uow.payments.receipt(receipt_id, principal.scope)
            if receipt is None:
                raise NotFound("receipt", receipt_id)
            # the session's lock orders two requests racing for one receipt: one pending
            self._check_cancellable(uow, principal, receipt, lock=True)
            view = self._approvals.submit(
                uow,
                principal,
                kind=CANCELLATION_APPROVAL_KIND,
                agency_id=receipt.agency_id,
                object_type="receipt",
                object_id=receipt.id,
                summary=(
                    f"Annulation du reçu {receipt.receipt_number} "
                    f"({receipt.amount_minor} {receipt.currency_code})"
                ),
                payload={
                    "receipt_id": receipt.id,
                    "receipt_number": receipt.receipt_number,
                    "amount_minor": receipt.amount_minor,
                    "currency_code": receipt.currency_code,
                },
                reason=reason,
                request_id=request_id,
            )
            return view.approval_request_id, view.approval_request_id

        return self._idempotency.execute(
            request_id,
            "receipt.cancellation_request",
            {"receipt_id": receipt_id, "reason": reason},
            principal.user_id,
            perform,
            lambda _uow, ref: ref,
        )

    def _check_cancellable(
        self, uow: UnitOfWork, principal: Principal, receipt: ReceiptRow, *, lock: bool = False
    ) -> CashSessionRow:
        if receipt.kind != PAYMENT:
            raise InvalidInput.field("receipt_id", "only a payment's receipt can be cancelled")
        session = uow.cash_sessions.get(receipt.cash_session_id, principal.scope, for_update=lock)
        if session is None:
            raise NotFound("cash_session", receipt.cash_session_id)
        # read under the session's lock: a racing approval that cancelled it first is seen
        if uow.payments.cancellation_of(receipt.id) is not None:
            raise _already_cancelled()
        if session.status != OPEN:
            raise _session_closed()
        if receipt.account_id:
            # the account's row lock (when `lock`) keeps a refund from spending it meanwhile
            uow.payments.account_for_payment(receipt.account_id, lock=lock)
            allocations = uow.payments.allocations_of_receipts([receipt.id]).get(receipt.id, [])
            advance = sum(a.amount_minor for a in allocations if a.kind == "advance")
            if advance and uow.payments.advance_balance(receipt.account_id) < advance:
                raise PreconditionFailed(
                    "PAYMENT_AMOUNT_INVALID",
                    "the advance this payment made was refunded or used since: "
                    "it cannot be taken back",
                )
        return session

    def _execute(
        self,
        uow: UnitOfWork,
        approver: Principal,
        request: ApprovalRequestRow,
        payload: Mapping[str, Any],
    ) -> None:
        """In the approval's transaction: the cancellation receipt and the reversals."""
        receipt_id = str(payload["receipt_id"])
        original = uow.payments.receipt(receipt_id, approver.scope)
        if original is None:
            raise NotFound("receipt", receipt_id)
        # Locks in the payments' order: the session, the account, then the series.
        session = self._check_cancellable(uow, approver, original, lock=True)
        tenders = uow.payments.tenders_of_receipts([original.id]).get(original.id, [])
        allocations = uow.payments.allocations_of_receipts([original.id]).get(original.id, [])
        now = self._clock.now()
        cancellation = self._issuer.issue(
            uow,
            session=session,
            kind=CANCELLATION,
            amount_minor=-original.amount_minor,
            principal=approver,
            payment_id=original.payment_id,
            cancels_receipt_id=original.id,
            approval_request_id=request.id,
            account_id=original.account_id,
            reason=request.reason,
            issued_at=now,
            workstation_id=session.workstation_id,
        )
        uow.payments.add_all(
            [
                *(_reversed_tender(t, cancellation) for t in tenders),
                *(_reversed_allocation(a, cancellation) for a in allocations),
            ]
        )
        lines = uow.payments.ledger_group(original.payment_id or "")
        uow.payments.post_ledger_group(
            entry_group_id=cancellation.id,
            source_type="cancellation",
            agency_id=original.agency_id,
            cash_session_id=session.id,
            currency_code=original.currency_code,
            business_date=session.business_date,
            created_at=now,
            lines=[(e.ledger_account, -e.amount_minor, e.account_id, e.bill_id) for e in lines],
        )
        self._audit.record(
            uow,
            "payment.receipt_cancelled",
            principal=approver,
            agency_id=original.agency_id,
            object_type="receipt",
            object_id=original.id,
            details_json=details(
                receipt_number=original.receipt_number,
                cancellation_number=cancellation.receipt_number,
                approval_request_id=request.id,
                requested_by=request.requested_by,
            ),
        )


def _reversed_tender(tender: PaymentTenderRow, cancellation: ReceiptRow) -> PaymentTenderRow:
    return PaymentTenderRow(
        id=new_id(),
        payment_id=tender.payment_id,
        cash_session_id=tender.cash_session_id,
        receipt_id=cancellation.id,
        mode_code=tender.mode_code,
        mode_kind=tender.mode_kind,
        amount_minor=-tender.amount_minor,
        bank_code=tender.bank_code,
        reference=tender.reference,
        drawer_name=tender.drawer_name,
        cheque_date=tender.cheque_date,
        reverses_tender_id=tender.id,
    )


def _reversed_allocation(allocation: AllocationRow, cancellation: ReceiptRow) -> AllocationRow:
    return AllocationRow(
        id=new_id(),
        payment_id=allocation.payment_id,
        receipt_id=cancellation.id,
        kind=allocation.kind,
        account_id=allocation.account_id,
        bill_id=allocation.bill_id,
        fee_code=allocation.fee_code,
        fee_reference=allocation.fee_reference,
        amount_minor=-allocation.amount_minor,
        reverses_allocation_id=allocation.id,
    )
