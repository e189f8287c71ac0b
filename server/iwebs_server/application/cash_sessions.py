"""A cashier's till (CSH-6, CSH-8, CSH-9, CSH-10): open with a float, the current session,
her sessions, what closing would find, and the closing itself (application/cash_closing.py).

A session is opened at a workstation allowed to collect cash, in the workstation's agency
(CSH-9: a cashier moved to another agency keeps her profile and rights; that agency must be
among hers), for the agency's business day. One session per cashier, agency and day (CSH-8):
a closed session of today is not reopened (that would need four eyes, not built). One open
session per workstation.
"""

from __future__ import annotations

from iwebs_server.application.audit_trail import AuditTrail, details
from iwebs_server.application.cash_closing import SessionClosing
from iwebs_server.application.cash_closures import ClosureWriter
from iwebs_server.application.cash_context import business_date, caller_open_session
from iwebs_server.application.cash_till import (
    CloseInput,
    CloseResultView,
    ClosingSummaryView,
    MoneyInput,
    check_money,
    denominations,
    session_view,
    session_views,
)
from iwebs_server.application.cash_views import (
    CashSessionView,
    DenominationCountView,
    TenderLine,
    TenderReconciliationView,
)
from iwebs_server.application.clock import Clock, new_id
from iwebs_server.application.idempotency import Idempotency
from iwebs_server.application.paging import decode_token, next_token, page_size
from iwebs_server.application.parameters import ParameterReader
from iwebs_server.application.validation import identifier
from iwebs_server.application.views import Page
from iwebs_server.domain import rights
from iwebs_server.domain.errors import (
    InvalidInput,
    NotFound,
    PreconditionFailed,
    VersionConflict,
)
from iwebs_server.domain.parameters import Money
from iwebs_server.domain.principal import Principal
from iwebs_server.domain.workstation_rules import ACTIVE
from iwebs_server.persistence.repositories.cash_session_repository import (
    CASH,
    OPEN,
    OPENING_FLOAT,
)
from iwebs_server.persistence.tables.cash_desk import CashMovementRow, CashSessionRow
from iwebs_server.persistence.unit_of_work import UnitOfWork, UowFactory

NOT_ALLOWED = "CASH_DESK_NOT_ALLOWED"
ALREADY_OPEN = "CASH_SESSION_ALREADY_OPEN"


class CashSessionService:
    def __init__(
        self,
        uow_factory: UowFactory,
        clock: Clock,
        audit: AuditTrail,
        idempotency: Idempotency,
        closures: ClosureWriter | None = None,
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._audit = audit
        self._idempotency = idempotency
        self._parameters = ParameterReader()
        self._closing = SessionClosing(
            uow_factory, clock, audit, idempotency, closures or ClosureWriter()
        )

    # --- open --------------------------------------------------------------------------

    def open(
        self,
        principal: Principal,
        request_id: str,
        opening_float: MoneyInput | None = None,
        is_head_cashier: bool = False,
    ) -> CashSessionView:
        principal.require(rights.CASH_COLLECT)
        payload = {
            "workstation_id": principal.workstation_id,
            "opening_float": None
            if opening_float is None
            else [opening_float.currency_code, opening_float.amount_minor],
            "is_head_cashier": is_head_cashier,
        }

        def perform(uow: UnitOfWork) -> tuple[str, CashSessionView]:
            row = self._open(uow, principal, request_id, opening_float, is_head_cashier)
            return row.id, session_view(uow, row)

        def replay(uow: UnitOfWork, ref: str) -> CashSessionView:
            row = uow.cash_sessions.get(ref, principal.scope)
            if row is None:
                raise NotFound("cash_session", ref)
            return session_view(uow, row)

        try:
            return self._idempotency.execute(
                request_id, "cash.session.open", payload, principal.user_id, perform, replay
            )
        except VersionConflict:
            # A concurrent open of the same cashier and day (another request_id) won the
            # unique key: once more, which now sees it and says so (CSH-8).
            return self._idempotency.execute(
                request_id, "cash.session.open", payload, principal.user_id, perform, replay
            )

    def _open(
        self,
        uow: UnitOfWork,
        principal: Principal,
        request_id: str,
        opening_float: MoneyInput | None,
        is_head_cashier: bool,
    ) -> CashSessionRow:
        # Locked: two cashiers opening at the same till one after the other.
        workstation = (
            uow.workstations.get_for_update(principal.workstation_id)
            if principal.workstation_id
            else None
        )
        if workstation is None or workstation.status != ACTIVE:
            raise PreconditionFailed(NOT_ALLOWED, "this workstation is not an active workstation")
        if not workstation.may_collect_cash:
            raise PreconditionFailed(
                NOT_ALLOWED, f"workstation {workstation.name} is not allowed to collect cash"
            )
        agency_id = workstation.agency_id
        if not principal.scope.allows(agency_id):
            agency = uow.agencies.get(agency_id)
            raise PreconditionFailed(
                NOT_ALLOWED,
                f"workstation {workstation.name} belongs to agency "
                f"{agency.name if agency else agency_id}, which is not among your agencies",
            )
        now = self._clock.now()
        today = business_date(uow, self._parameters, agency_id, now)
        mine = uow.cash_sessions.of_cashier_on(principal.user_id, agency_id, today)
        if mine is not None and mine.status == OPEN:
            where = uow.workstations.get(mine.workstation_id)
            raise PreconditionFailed(
                ALREADY_OPEN,
                f"you already have a cash session open for {today.isoformat()} "
                f"on workstation {where.name if where else mine.workstation_id}",
            )
        if mine is not None:
            raise PreconditionFailed(
                ALREADY_OPEN,
                f"your cash session of {today.isoformat()} is closed; one session per day: "
                "reopening it would need a second person's approval, which is not available",
            )
        # The day closure takes the same lock first: a day closed stays closed (CASH-04).
        uow.cash_closures.lock_head(agency_id)
        if uow.cash_closures.of_agency_on(agency_id, today, "day"):
            raise PreconditionFailed(
                "DAY_ALREADY_CLOSED",
                f"the agency's day {today.isoformat()} is closed: no till opens on it",
            )
        other = uow.cash_sessions.open_on_workstation(workstation.id)
        if other is not None:
            holder = uow.users.get(other.cashier_user_id)
            raise PreconditionFailed(
                ALREADY_OPEN,
                f"a cash session of {holder.login if holder else 'another cashier'} "
                "is open on this workstation",
            )
        default = self._parameters.effective(uow, "cash.opening_float", agency_id)
        assert isinstance(default, Money)
        if opening_float is None:
            opening_float = MoneyInput(default.currency, default.amount_minor)
        violations = check_money("opening_float", opening_float, default.currency, positive=False)
        if violations:
            raise InvalidInput(violations)
        row = CashSessionRow(
            id=new_id(),
            agency_id=agency_id,
            workstation_id=workstation.id,
            cashier_user_id=principal.user_id,
            business_date=today,
            currency_code=default.currency,
            opening_float_minor=opening_float.amount_minor,
            is_head_cashier=is_head_cashier,
            status=OPEN,
            opened_at=now,
            closed_at=None,
        )
        uow.cash_sessions.add(row)
        uow.cash_sessions.add_movement(
            CashMovementRow(
                id=new_id(),
                cash_session_id=row.id,
                kind=OPENING_FLOAT,
                mode_kind=CASH,
                currency_code=row.currency_code,
                amount_minor=row.opening_float_minor,
                counterpart_session_id=None,
                category_code="",
                account_id=None,
                beneficiary="",
                reason="",
                approval_request_id=None,
                request_id=request_id,
                created_by=principal.user_id,
                workstation_id=workstation.id,
                created_at=now,
            )
        )
        self._audit.record(
            uow,
            "cash.session.open",
            principal=principal,
            agency_id=agency_id,
            object_type="cash_session",
            object_id=row.id,
            request_id=request_id,
            details_json=details(
                business_date=today,
                workstation=workstation.name,
                opening_float=row.opening_float_minor,
                currency=row.currency_code,
                head_cashier=is_head_cashier,
            ),
        )
        return row

    # --- reads -------------------------------------------------------------------------

    def current(self, principal: Principal) -> CashSessionView | None:
        """The caller's open session on the workstation she calls from, if any."""
        principal.require(rights.CASH_COLLECT)
        with self._uow(read_only=True) as uow:
            row = uow.cash_sessions.open_on_workstation(principal.workstation_id)
            if row is None or row.cashier_user_id != principal.user_id:
                return None
            if not principal.scope.allows(row.agency_id):
                return None
            return session_view(uow, row)

    def list_mine(self, principal: Principal, size: int, token: str) -> Page[CashSessionView]:
        principal.require(rights.CASH_COLLECT)
        limit, offset = page_size(size), decode_token(token)
        with self._uow(read_only=True) as uow:
            rows = uow.cash_sessions.of_cashier(principal.user_id, principal.scope, offset, limit)
            return Page(tuple(session_views(uow, rows)), next_token(offset, limit, len(rows)))

    def closing_summary(self, principal: Principal, cash_session_id: str) -> ClosingSummaryView:
        """What closing would find: expected per tender kind, the notes and coins to count,
        the cheques in the till, the tolerance."""
        principal.require(rights.CASH_COLLECT)
        identifier("cash_session_id", cash_session_id)
        with self._uow(read_only=True) as uow:
            row = caller_open_session(uow, principal, cash_session_id)
            position = uow.cash_sessions.position(row.id)
            expected = position.expected_by_kind(include_difference=False)
            expected.setdefault(CASH, 0)
            tolerance = self._parameters.effective(uow, "cash.difference_tolerance", row.agency_id)
            assert isinstance(tolerance, Money)
            currency = row.currency_code
            return ClosingSummaryView(
                cash_session=session_view(uow, row, position),
                tenders=tuple(
                    TenderReconciliationView(kind, currency, expected[kind], 0, -expected[kind])
                    for kind in sorted(expected, key=lambda k: (k != CASH, k))
                ),
                denominations=tuple(
                    DenominationCountView(d.code, 0, currency, d.value_minor, 0, d.label)
                    for d in denominations(uow, currency)
                ),
                cheques=tuple(
                    TenderLine(
                        mode_code=t.mode_code,
                        currency_code=currency,
                        amount_minor=t.amount_minor,
                        bank_code=t.bank_code,
                        reference=t.reference,
                        drawer_name=t.drawer_name,
                        cheque_date=t.cheque_date,
                        mode_kind=t.mode_kind,
                        tender_id=t.id,
                    )
                    for t in uow.cash_sessions.cheques(row.id)
                ),
                tolerance_minor=tolerance.amount_minor,
                tolerance_currency=tolerance.currency,
            )

    # --- close -------------------------------------------------------------------------

    def close(self, principal: Principal, request_id: str, request: CloseInput) -> CloseResultView:
        return self._closing.close(principal, request_id, request)
