"""Mid-day hand-over of cash to the head cashier (CSH-8), and a till's movements.

The caller's open session gives cash to an open head cashier's session of the same agency:
two movements (transfer_out in the till, transfer_in in the head cashier's) pointing at each
other, one ledger group (CASH out of the till, HEAD_CASHIER in), never more than the cash
in the till. Idempotent by request_id (the key, and cash_movements.request_id unique)."""

from __future__ import annotations

from iwebs_server.application.audit_trail import AuditTrail, details
from iwebs_server.application.cash_context import caller_open_session
from iwebs_server.application.cash_till import (
    HEAD_CASHIER,
    MoneyInput,
    check_money,
    movement_view,
    movement_views,
    require_cash_available,
    till_account,
)
from iwebs_server.application.cash_views import CashMovementView
from iwebs_server.application.clock import Clock, new_id
from iwebs_server.application.idempotency import Idempotency
from iwebs_server.application.validation import Checks, identifier
from iwebs_server.domain import rights
from iwebs_server.domain.errors import FieldViolation, InvalidInput, NotFound, PreconditionFailed
from iwebs_server.domain.principal import Principal
from iwebs_server.persistence.repositories.cash_session_repository import (
    CASH,
    TRANSFER_IN,
    TRANSFER_OUT,
)
from iwebs_server.persistence.repositories.payment_repository import LedgerLine
from iwebs_server.persistence.tables.cash_desk import CashMovementRow, CashSessionRow
from iwebs_server.persistence.unit_of_work import UnitOfWork, UowFactory


class CashTransferService:
    def __init__(
        self, uow_factory: UowFactory, clock: Clock, audit: AuditTrail, idempotency: Idempotency
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._audit = audit
        self._idempotency = idempotency

    def transfer_to_head_cashier(
        self,
        principal: Principal,
        request_id: str,
        cash_session_id: str,
        head_cashier_session_id: str,
        amount: MoneyInput,
        comment: str,
    ) -> CashMovementView:
        principal.require(rights.CASH_COLLECT)
        checks = Checks()
        checks.identifier("cash_session_id", cash_session_id)
        if head_cashier_session_id:  # empty: the agency's one open head cashier's session
            checks.identifier("head_cashier_session_id", head_cashier_session_id)
        comment = checks.text("comment", comment, required=False, max_length=500)
        checks.raise_if_any()
        payload = {
            "cash_session_id": cash_session_id,
            "head_cashier_session_id": head_cashier_session_id,
            "amount": [amount.currency_code, amount.amount_minor],
            "comment": comment,
        }

        def perform(uow: UnitOfWork) -> tuple[str, CashMovementView]:
            till = caller_open_session(uow, principal, cash_session_id, for_update=True)
            violations = check_money("amount", amount, till.currency_code)
            if violations:
                raise InvalidInput(violations)
            if till.is_head_cashier:  # heads only receive: no two heads lock each other's till
                raise InvalidInput.field(
                    "cash_session_id", "is a head cashier's till: it receives transfers"
                )
            head = self._head_cashier(uow, head_cashier_session_id, till.agency_id)
            if head is None:
                raise PreconditionFailed(
                    "CASH_SESSION_NOT_OPEN",
                    "no open head cashier's session with this id in the till's agency",
                    field_violations=[
                        FieldViolation("head_cashier_session_id", "is not an open head cashier's")
                    ],
                )
            if head.currency_code != till.currency_code:
                raise InvalidInput.field(
                    "amount.currency_code", "the head cashier's currency differs"
                )
            require_cash_available(
                uow.cash_sessions.position(till.id), amount.amount_minor, till.currency_code
            )
            now = self._clock.now()
            out_id, in_id = new_id(), new_id()
            common = {
                "mode_kind": CASH,
                "currency_code": till.currency_code,
                "category_code": "",
                "account_id": None,
                "beneficiary": "",
                "reason": comment,
                "approval_request_id": None,
                "created_by": principal.user_id,
                "workstation_id": principal.workstation_id or None,
                "created_at": now,
            }
            out = CashMovementRow(
                id=out_id,
                cash_session_id=till.id,
                kind=TRANSFER_OUT,
                amount_minor=-amount.amount_minor,
                counterpart_session_id=head.id,
                request_id=request_id,
                **common,
            )
            uow.cash_sessions.add_movement(out)
            uow.cash_sessions.add_movement(
                CashMovementRow(
                    id=in_id,
                    cash_session_id=head.id,
                    kind=TRANSFER_IN,
                    amount_minor=amount.amount_minor,
                    counterpart_session_id=till.id,
                    request_id=f"{request_id}:in",
                    **common,
                )
            )
            uow.payments.post_ledger_group(
                entry_group_id=out_id,
                source_type="transfer",
                agency_id=till.agency_id,
                cash_session_id=till.id,
                currency_code=till.currency_code,
                business_date=till.business_date,
                created_at=now,
                lines=[
                    LedgerLine(HEAD_CASHIER, amount.amount_minor, cash_session_id=head.id),
                    LedgerLine(till_account(CASH), -amount.amount_minor),
                ],
            )
            self._audit.record(
                uow,
                "cash.transfer",
                principal=principal,
                agency_id=till.agency_id,
                object_type="cash_movement",
                object_id=out_id,
                request_id=request_id,
                details_json=details(
                    cash_session_id=till.id,
                    head_cashier_session_id=head.id,
                    amount=amount.amount_minor,
                    currency=till.currency_code,
                ),
            )
            return out_id, movement_view(out, principal.login)

        def replay(uow: UnitOfWork, ref: str) -> CashMovementView:
            row = uow.cash_sessions.movement(ref)
            if row is None:
                raise NotFound("cash_movement", ref)
            return movement_views(uow, [row])[0]

        return self._idempotency.execute(
            request_id, "cash.transfer", payload, principal.user_id, perform, replay
        )

    def list_movements(self, principal: Principal, cash_session_id: str) -> list[CashMovementView]:
        """The movements of one of the caller's sessions, open or closed."""
        principal.require(rights.CASH_COLLECT)
        identifier("cash_session_id", cash_session_id)
        with self._uow(read_only=True) as uow:
            row = uow.cash_sessions.get(cash_session_id, principal.scope)
            if row is None or row.cashier_user_id != principal.user_id:
                raise NotFound("cash_session", cash_session_id)
            return movement_views(uow, uow.cash_sessions.movements(row.id))

    @staticmethod
    def _head_cashier(
        uow: UnitOfWork, head_cashier_session_id: str, agency_id: str
    ) -> CashSessionRow | None:
        """The head cashier's open session named, or, when none is named, the agency's only
        open one (a cashier does not know its id); several open: the cashier must choose."""
        if head_cashier_session_id:
            return uow.cash_sessions.open_head_cashier(head_cashier_session_id, agency_id)
        heads = uow.cash_sessions.open_head_cashiers(agency_id)
        if len(heads) > 1:
            raise InvalidInput.field(
                "head_cashier_session_id", "several head cashiers' tills are open: choose one"
            )
        return heads[0] if heads else None
