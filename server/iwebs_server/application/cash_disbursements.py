"""Disbursements out of a till (CSH-3): refunds, stamps, petty expenses (DISBURSEMENT_TYPE).

At most the cash in the till, with a reason. A refund (type attribute `refund`) names an
account in the caller's scope and gives back at most its advance: the movement carries the
account, which the advance balance subtracts (PaymentRepository.advance_balance), and the
ledger moves ADVANCE against CASH. Above cash.disbursement_approval_above the disbursement
waits for another person's approval (kind cash.disbursement, right cash.approve, four eyes);
approving pays it out in the approver's transaction, provided the till is still open
(CASH_SESSION_NOT_OPEN otherwise) and still holds the cash. Paid out: a `disbursement`
movement (negative), a numbered voucher receipt (negative, ReceiptIssuer) and a ledger group.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from iwebs_server.application.approvals import ApprovalKind, ApprovalService
from iwebs_server.application.audit_trail import AuditTrail, details
from iwebs_server.application.cash_context import caller_open_session
from iwebs_server.application.cash_till import (
    ADVANCE,
    DisbursementResultView,
    MoneyInput,
    attributes,
    check_money,
    movement_views,
    require_cash_available,
    till_account,
)
from iwebs_server.application.clock import Clock, new_id
from iwebs_server.application.idempotency import Idempotency
from iwebs_server.application.parameters import ParameterReader
from iwebs_server.application.receipts import DISBURSEMENT, ReceiptIssuer, ReceiptReader
from iwebs_server.application.validation import Checks
from iwebs_server.domain import rights
from iwebs_server.domain.errors import FieldViolation, InvalidInput, NotFound, PreconditionFailed
from iwebs_server.domain.parameters import Money
from iwebs_server.domain.principal import AgencyScope, Principal
from iwebs_server.domain.reference_tables import ReferenceTable
from iwebs_server.persistence.repositories.cash_session_repository import CASH, OPEN
from iwebs_server.persistence.tables.audit import ApprovalRequestRow
from iwebs_server.persistence.tables.cash_desk import CashMovementRow, CashSessionRow
from iwebs_server.persistence.unit_of_work import UnitOfWork, UowFactory

APPROVAL_KIND = "cash.disbursement"
THRESHOLD_KEY = "cash.disbursement_approval_above"


@dataclass(frozen=True)
class DisbursementInput:
    cash_session_id: str
    category_code: str  # DISBURSEMENT_TYPE
    amount: MoneyInput
    beneficiary: str = ""
    reason: str = ""
    account_id: str = ""  # a refund's account


@dataclass(frozen=True)
class _Disbursement:
    """A checked disbursement, as stored in an approval request's payload."""

    movement_id: str
    cash_session_id: str
    category_code: str
    refund: bool
    currency_code: str
    amount_minor: int
    beneficiary: str
    reason: str
    account_id: str
    request_id: str

    def payload(self) -> dict[str, Any]:
        return dict(self.__dict__)


class CashDisbursementService:
    def __init__(
        self,
        uow_factory: UowFactory,
        clock: Clock,
        audit: AuditTrail,
        idempotency: Idempotency,
        approvals: ApprovalService,
        receipts: ReceiptIssuer,
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._audit = audit
        self._idempotency = idempotency
        self._approvals = approvals
        self._receipts = receipts
        self._reader = ReceiptReader()
        self._parameters = ParameterReader()

    def approval_kind(self) -> ApprovalKind:
        """To register with the ApprovalService (composition.py)."""
        return ApprovalKind(APPROVAL_KIND, rights.CASH_APPROVE, self._execute_approved)

    def record(
        self, principal: Principal, request_id: str, request: DisbursementInput
    ) -> DisbursementResultView:
        principal.require(rights.CASH_COLLECT)
        checks = Checks()
        checks.identifier("cash_session_id", request.cash_session_id)
        checks.identifier("account_id", request.account_id, required=False)
        beneficiary = checks.text("beneficiary", request.beneficiary, required=False)
        reason = checks.text("reason", request.reason, max_length=500)
        if not request.category_code:
            checks.fail("category_code", "is required")
        checks.raise_if_any()
        payload = {
            "cash_session_id": request.cash_session_id,
            "category_code": request.category_code,
            "amount": [request.amount.currency_code, request.amount.amount_minor],
            "beneficiary": beneficiary,
            "reason": reason,
            "account_id": request.account_id,
        }

        def perform(uow: UnitOfWork) -> tuple[str, DisbursementResultView]:
            session = caller_open_session(uow, principal, request.cash_session_id, for_update=True)
            item = self._checked(uow, principal.scope, session, request, beneficiary, reason)
            wanted = _Disbursement(
                movement_id=new_id(),
                cash_session_id=session.id,
                category_code=request.category_code,
                refund=item,
                currency_code=session.currency_code,
                amount_minor=request.amount.amount_minor,
                beneficiary=beneficiary,
                reason=reason,
                account_id=request.account_id,
                request_id=request_id,
            )
            threshold = self._parameters.effective(uow, THRESHOLD_KEY, session.agency_id)
            assert isinstance(threshold, Money)
            if wanted.amount_minor > threshold.amount_minor:
                approval = self._approvals.submit(
                    uow,
                    principal,
                    kind=APPROVAL_KIND,
                    agency_id=session.agency_id,
                    object_type="cash_movement",
                    object_id=wanted.movement_id,
                    summary=f"{wanted.category_code} {wanted.amount_minor} "
                    f"{wanted.currency_code} {beneficiary}".strip(),
                    payload=wanted.payload(),
                    reason=reason,
                    request_id=request_id,
                )
                ref = approval.approval_request_id
                return f"approval:{ref}", DisbursementResultView(approval_request_id=ref)
            movement = self._pay_out(uow, principal, session, wanted, None)
            return f"movement:{movement.id}", self._result(uow, movement)

        def replay(uow: UnitOfWork, ref: str) -> DisbursementResultView:
            kind, _, ident = ref.partition(":")
            if kind == "approval":
                return DisbursementResultView(approval_request_id=ident)
            movement = uow.cash_sessions.movement(ident)
            if movement is None:
                raise NotFound("cash_movement", ident)
            return self._result(uow, movement)

        return self._idempotency.execute(
            request_id, "cash.disbursement", payload, principal.user_id, perform, replay
        )

    def _checked(
        self,
        uow: UnitOfWork,
        scope: AgencyScope,
        session: CashSessionRow,
        request: DisbursementInput,
        beneficiary: str,
        reason: str,
    ) -> bool:
        """Checks the type, the amount and a refund's account; True for a refund."""
        item = uow.reference_data.get(ReferenceTable.DISBURSEMENT_TYPE.value, request.category_code)
        violations = check_money("amount", request.amount, session.currency_code)
        if item is None or not item.active:
            violations.append(FieldViolation("category_code", "is not an active disbursement type"))
        refund = item is not None and attributes(item).get("refund") is True
        if refund and not request.account_id:
            violations.append(FieldViolation("account_id", "is required for a refund"))
        if item is not None and not refund and request.account_id:
            violations.append(FieldViolation("account_id", "only a refund names an account"))
        if violations:
            raise InvalidInput(violations)
        self._check_funds(
            uow, scope, session, request.amount.amount_minor, refund, request.account_id
        )
        return refund

    def _check_funds(
        self,
        uow: UnitOfWork,
        scope: AgencyScope,
        session: CashSessionRow,
        amount_minor: int,
        refund: bool,
        account_id: str,
    ) -> None:
        if refund:
            account = uow.accounts.get(account_id, scope, for_update=True)
            if account is None:
                raise NotFound("customer_account", account_id)
            advance = uow.payments.advance_balance(account_id)
            if amount_minor > advance:
                raise PreconditionFailed(
                    "PAYMENT_AMOUNT_INVALID",
                    f"a refund gives back at most the account's advance, "
                    f"{advance} {session.currency_code}",
                    field_violations=[
                        FieldViolation(
                            "amount.amount_minor", f"at most {advance} {session.currency_code}"
                        )
                    ],
                )
        require_cash_available(
            uow.cash_sessions.position(session.id), amount_minor, session.currency_code
        )

    def _execute_approved(
        self,
        uow: UnitOfWork,
        approver: Principal,
        request: ApprovalRequestRow,
        payload: Mapping[str, Any],
    ) -> None:
        """Pays out an approved disbursement in the approver's transaction."""
        wanted = _Disbursement(**payload)
        session = uow.cash_sessions.get(wanted.cash_session_id, approver.scope, for_update=True)
        if session is None:
            raise NotFound("cash_session", wanted.cash_session_id)
        if session.status != OPEN:
            raise PreconditionFailed(
                "CASH_SESSION_NOT_OPEN",
                "the till was closed before this approval: the disbursement cannot be paid out",
            )
        self._check_funds(
            uow, approver.scope, session, wanted.amount_minor, wanted.refund, wanted.account_id
        )
        cashier = Principal(
            user_id=request.requested_by,
            login="",
            session_id="",
            workstation_id=session.workstation_id,
            rights=frozenset(),
            scope=approver.scope,
        )
        self._pay_out(uow, cashier, session, wanted, request.id)

    def _pay_out(
        self,
        uow: UnitOfWork,
        cashier: Principal,
        session: CashSessionRow,
        wanted: _Disbursement,
        approval_request_id: str | None,
    ) -> CashMovementRow:
        now = self._clock.now()
        amount = wanted.amount_minor
        movement = CashMovementRow(
            id=wanted.movement_id,
            cash_session_id=session.id,
            kind=DISBURSEMENT,
            mode_kind=CASH,
            currency_code=session.currency_code,
            amount_minor=-amount,
            counterpart_session_id=None,
            category_code=wanted.category_code,
            account_id=wanted.account_id or None,
            beneficiary=wanted.beneficiary,
            reason=wanted.reason,
            approval_request_id=approval_request_id,
            request_id=wanted.request_id,
            created_by=cashier.user_id,
            workstation_id=session.workstation_id,
            created_at=now,
        )
        uow.cash_sessions.add_movement(movement)
        debit = (
            (ADVANCE, wanted.account_id)
            if wanted.refund
            else (
                f"DISBURSEMENT:{wanted.category_code}",
                None,
            )
        )
        uow.payments.post_ledger_group(
            entry_group_id=new_id(),
            source_type="disbursement",
            agency_id=session.agency_id,
            cash_session_id=session.id,
            currency_code=session.currency_code,
            business_date=session.business_date,
            created_at=now,
            lines=[
                (debit[0], amount, debit[1], None),
                (till_account(CASH), -amount, None, None),
            ],
        )
        self._receipts.issue(
            uow,
            session=session,
            kind=DISBURSEMENT,
            amount_minor=-amount,
            principal=cashier,
            cash_movement_id=movement.id,
            approval_request_id=approval_request_id,
            account_id=wanted.account_id or None,
            reason=wanted.reason,
            issued_at=now,
        )
        self._audit.record(
            uow,
            "cash.disbursement",
            user_id=cashier.user_id,
            user_login=cashier.login or None,
            workstation_id=session.workstation_id,
            agency_id=session.agency_id,
            object_type="cash_movement",
            object_id=movement.id,
            request_id=wanted.request_id,
            details_json=details(
                cash_session_id=session.id,
                category=wanted.category_code,
                amount=amount,
                currency=session.currency_code,
                account_id=wanted.account_id,
                approval_request_id=approval_request_id,
            ),
        )
        return movement

    def _result(self, uow: UnitOfWork, movement: CashMovementRow) -> DisbursementResultView:
        uow.session.flush()
        voucher = uow.cash_sessions.voucher_of(movement.id)
        return DisbursementResultView(
            movement=movement_views(uow, [movement])[0],
            voucher=self._reader.view(uow, voucher) if voucher else None,
        )
