"""Closing a till (CSH-6, CASH-04): the denomination count, the other tender kinds counted
or taken as expected, the difference as its own movement and ledger group, and the
session's closure chained per agency.

Expected per tender kind = float + net tenders (change and cancellations included)
+ transfers in - transfers out - disbursements. A difference beyond the tolerance
(parameter cash.difference_tolerance) needs a comment (CLOSING_COMMENT_REQUIRED)."""

from __future__ import annotations

from datetime import datetime

from iwebs_server.application.audit_trail import AuditTrail, details
from iwebs_server.application.cash_closures import ClosureWriter, closure_view, totals_json
from iwebs_server.application.cash_context import caller_open_session
from iwebs_server.application.cash_till import (
    CASH_DIFFERENCE,
    CloseInput,
    CloseResultView,
    MoneyInput,
    check_money,
    denominations,
    payment_mode_kinds,
    session_view,
    till_account,
)
from iwebs_server.application.clock import Clock, new_id
from iwebs_server.application.idempotency import Idempotency
from iwebs_server.application.parameters import ParameterReader
from iwebs_server.application.validation import Checks
from iwebs_server.domain import rights
from iwebs_server.domain.errors import FieldViolation, InvalidInput, NotFound, PreconditionFailed
from iwebs_server.domain.parameters import Money
from iwebs_server.domain.principal import Principal
from iwebs_server.persistence.repositories.cash_closure_repository import SESSION_LEVEL
from iwebs_server.persistence.repositories.cash_session_repository import (
    CASH,
    CLOSED,
    DIFFERENCE,
)
from iwebs_server.persistence.repositories.payment_repository import LedgerLine
from iwebs_server.persistence.tables.cash_desk import (
    CashMovementRow,
    CashSessionRow,
    DenominationCountRow,
)
from iwebs_server.persistence.unit_of_work import UnitOfWork, UowFactory

MAX_QUANTITY = 1_000_000


class SessionClosing:
    def __init__(
        self,
        uow_factory: UowFactory,
        clock: Clock,
        audit: AuditTrail,
        idempotency: Idempotency,
        closures: ClosureWriter,
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._audit = audit
        self._idempotency = idempotency
        self._closures = closures
        self._parameters = ParameterReader()

    def close(self, principal: Principal, request_id: str, request: CloseInput) -> CloseResultView:
        principal.require(rights.CASH_COLLECT)
        checks = Checks()
        checks.identifier("cash_session_id", request.cash_session_id)
        comment = checks.text("comment", request.comment, required=False, max_length=500)
        checks.raise_if_any()
        payload = {
            "cash_session_id": request.cash_session_id,
            "denominations": sorted([code, quantity] for code, quantity in request.denominations),
            "counted": sorted(
                [c.mode_kind, c.currency_code, c.amount_minor] for c in request.counted
            ),
            "comment": comment,
        }

        def perform(uow: UnitOfWork) -> tuple[str, CloseResultView]:
            session = caller_open_session(uow, principal, request.cash_session_id, for_update=True)
            result = self._close(uow, principal, request_id, session, request, comment)
            return session.id, result

        def replay(uow: UnitOfWork, ref: str) -> CloseResultView:
            session = uow.cash_sessions.get(ref, principal.scope)
            closure = uow.cash_closures.of_session(ref)
            if session is None or closure is None:
                raise NotFound("cash_session", ref)
            return CloseResultView(session_view(uow, session), closure_view(uow, closure))

        return self._idempotency.execute(
            request_id, "cash.session.close", payload, principal.user_id, perform, replay
        )

    def _close(
        self,
        uow: UnitOfWork,
        principal: Principal,
        request_id: str,
        session: CashSessionRow,
        request: CloseInput,
        comment: str,
    ) -> CloseResultView:
        currency = session.currency_code
        position = uow.cash_sessions.position(session.id)
        expected = position.expected_by_kind(include_difference=False)
        expected.setdefault(CASH, 0)
        count_rows, counted_cash = self._count(uow, currency, request.denominations)
        counted = {CASH: counted_cash} | self._other_kinds(uow, currency, expected, request)
        totals = {
            kind: {"expected": expected.get(kind, 0), "counted": counted.get(kind, 0)}
            for kind in sorted(set(expected) | set(counted))
        }
        tolerance = self._parameters.effective(uow, "cash.difference_tolerance", session.agency_id)
        assert isinstance(tolerance, Money)
        beyond = [
            kind
            for kind, values in totals.items()
            if abs(values["counted"] - values["expected"]) > tolerance.amount_minor
        ]
        if beyond and not comment:
            raise PreconditionFailed(
                "CLOSING_COMMENT_REQUIRED",
                f"the difference on {', '.join(beyond)} exceeds the tolerance of "
                f"{tolerance.amount_minor} {tolerance.currency}: say why in a comment",
                field_violations=[FieldViolation("comment", "is required for this difference")],
            )
        now = self._clock.now()
        for kind, values in totals.items():
            difference = values["counted"] - values["expected"]
            if difference:
                self._record_difference(uow, principal, session, kind, difference, comment, now)
        receipts = uow.cash_sessions.receipt_range(session.id)
        cash_difference = totals[CASH]["counted"] - totals[CASH]["expected"]
        closure = self._closures.append(
            uow,
            {
                "agency_id": session.agency_id,
                "level": SESSION_LEVEL,
                "cash_session_id": session.id,
                "business_date": session.business_date,
                "currency_code": currency,
                "totals_json": totals_json(totals),
                "receipt_count": receipts.receipt_count,
                "first_receipt_number": receipts.first_receipt_number,
                "last_receipt_number": receipts.last_receipt_number,
                "last_receipt_hash": receipts.last_receipt_hash,
                "period_total_minor": receipts.total_minor,
                "expected_cash_minor": totals[CASH]["expected"],
                "counted_cash_minor": totals[CASH]["counted"],
                "difference_minor": cash_difference,
                "comment": comment,
                "closed_at": now,
                "closed_by": principal.user_id,
                "workstation_id": principal.workstation_id or None,
            },
        )
        for line in count_rows:
            line.closure_id = closure.id
        uow.cash_closures.add_counts(count_rows)
        session.status, session.closed_at = CLOSED, now
        uow.session.flush()
        self._audit.record(
            uow,
            "cash.session.close",
            principal=principal,
            agency_id=session.agency_id,
            object_type="cash_session",
            object_id=session.id,
            request_id=request_id,
            details_json=details(
                closure_id=closure.id,
                sequence=closure.sequence,
                expected_cash=closure.expected_cash_minor,
                counted_cash=closure.counted_cash_minor,
                difference=cash_difference,
                currency=currency,
                comment=comment,
            ),
        )
        return CloseResultView(session_view(uow, session), closure_view(uow, closure))

    def _count(
        self, uow: UnitOfWork, currency: str, lines: tuple[tuple[str, int], ...]
    ) -> tuple[list[DenominationCountRow], int]:
        """The denomination lines checked against the active items of the currency."""
        known = {d.code: d for d in denominations(uow, currency)}
        checks = Checks()
        rows: list[DenominationCountRow] = []
        seen: set[str] = set()
        for index, (code, quantity) in enumerate(lines):
            field = f"denominations[{index}]"
            item = known.get(code)
            if item is None:
                checks.fail(
                    f"{field}.denomination_code",
                    f"is not an active denomination of {currency}",
                )
                continue
            if code in seen:
                checks.fail(f"{field}.denomination_code", "is counted twice")
                continue
            seen.add(code)
            if not 0 <= quantity <= MAX_QUANTITY:
                checks.fail(f"{field}.quantity", f"must be between 0 and {MAX_QUANTITY}")
                continue
            rows.append(
                DenominationCountRow(
                    id=new_id(),
                    closure_id="",
                    denomination_code=code,
                    unit_value_minor=item.value_minor,
                    quantity=quantity,
                    amount_minor=item.value_minor * quantity,
                )
            )
        checks.raise_if_any()
        return rows, sum(row.amount_minor for row in rows)

    def _other_kinds(
        self, uow: UnitOfWork, currency: str, expected: dict[str, int], request: CloseInput
    ) -> dict[str, int]:
        """The other tender kinds: counted when given, else taken as expected."""
        counted = {kind: amount for kind, amount in expected.items() if kind != CASH}
        kinds = payment_mode_kinds(uow)
        violations: list[FieldViolation] = []
        seen: set[str] = set()
        for index, line in enumerate(request.counted):
            field = f"counted[{index}]"
            if line.mode_kind == CASH:
                violations.append(
                    FieldViolation(f"{field}.mode_kind", "cash is counted note by note")
                )
            elif line.mode_kind not in kinds:
                violations.append(FieldViolation(f"{field}.mode_kind", "is not a tender kind"))
            elif line.mode_kind in seen:
                violations.append(FieldViolation(f"{field}.mode_kind", "is counted twice"))
            else:
                seen.add(line.mode_kind)
                money = MoneyInput(line.currency_code, line.amount_minor)
                found = check_money(f"{field}.counted", money, currency, positive=False)
                violations.extend(found)
                if not found:
                    counted[line.mode_kind] = line.amount_minor
        if violations:
            raise InvalidInput(violations)
        return counted

    def _record_difference(
        self,
        uow: UnitOfWork,
        principal: Principal,
        session: CashSessionRow,
        mode_kind: str,
        difference: int,
        comment: str,
        now: datetime,
    ) -> None:
        """Over (> 0) or short (< 0): its own movement and ledger group, never edited away."""
        movement_id = new_id()
        uow.cash_sessions.add_movement(
            CashMovementRow(
                id=movement_id,
                cash_session_id=session.id,
                kind=DIFFERENCE,
                mode_kind=mode_kind,
                currency_code=session.currency_code,
                amount_minor=difference,
                counterpart_session_id=None,
                category_code="",
                account_id=None,
                beneficiary="",
                reason=comment,
                approval_request_id=None,
                request_id=None,
                created_by=principal.user_id,
                workstation_id=principal.workstation_id or None,
                created_at=now,
            )
        )
        uow.payments.post_ledger_group(
            entry_group_id=movement_id,
            source_type="difference",
            agency_id=session.agency_id,
            cash_session_id=session.id,
            currency_code=session.currency_code,
            business_date=session.business_date,
            created_at=now,
            lines=[
                LedgerLine(till_account(mode_kind), difference),
                LedgerLine(CASH_DIFFERENCE, -difference),
            ],
        )
