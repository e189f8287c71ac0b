"""The supervisor's view of the tills (CSH-7, CSH-12) and the daily agency closure (CASH-04).
Right cash.supervise; only the agencies in the caller's scope: a session or an agency
outside it is NOT_FOUND when named, absent from lists (SEC-07).

The agency's day is closed once every session of that day is closed: totals by tender kind
over the day's sessions (expected, counted, collected), first and last receipt of the day,
receipt count, period total, and the perpetual grand total = the previous day closure's +
the period total, carried by the agency's closure chain head (application/cash_closures)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from iwebs_server.application.audit_trail import AuditTrail, details
from iwebs_server.application.cash_closures import ClosureWriter, closure_view, totals_json
from iwebs_server.application.cash_context import business_date as business_day
from iwebs_server.application.cash_till import movement_views, session_views
from iwebs_server.application.cash_views import (
    CashClosureView,
    CashMovementView,
    CashSessionView,
    ReceiptPageView,
    TenderTotalView,
)
from iwebs_server.application.clock import Clock
from iwebs_server.application.idempotency import Idempotency
from iwebs_server.application.paging import decode_token, next_token, page_size
from iwebs_server.application.parameters import ParameterReader, effective_text
from iwebs_server.application.receipts import ReceiptReader
from iwebs_server.application.validation import Checks, identifier
from iwebs_server.application.views import Page
from iwebs_server.domain import rights
from iwebs_server.domain.errors import InvalidInput, NotFound, PreconditionFailed
from iwebs_server.domain.parameters import REGISTRY, Money, ParameterValueError
from iwebs_server.domain.principal import Principal
from iwebs_server.persistence.repositories.cash_closure_repository import DAY_LEVEL
from iwebs_server.persistence.repositories.cash_session_repository import CASH, OPEN
from iwebs_server.persistence.repositories.cash_supervision_repository import (
    CashSupervisionRepository,
)
from iwebs_server.persistence.tables.administration import AgencyRow
from iwebs_server.persistence.tables.cash_desk import CashClosureRow, CashSessionRow
from iwebs_server.persistence.tables.reference_data import GLOBAL_SCOPE
from iwebs_server.persistence.unit_of_work import UnitOfWork, UowFactory

DAY_HAS_OPEN_SESSIONS = "DAY_HAS_OPEN_SESSIONS"
DAY_ALREADY_CLOSED = "DAY_ALREADY_CLOSED"
OFFSET_KEY = "cash.business_day_utc_offset_hours"


@dataclass(frozen=True)
class TillPositionsView:
    business_date: date | None
    cash_sessions: tuple[CashSessionView, ...]
    totals: tuple[TenderTotalView, ...]


@dataclass(frozen=True)
class CashSessionDetailView:
    cash_session: CashSessionView
    movements: tuple[CashMovementView, ...]
    closure: CashClosureView | None


def sum_totals(sessions: Sequence[CashSessionView]) -> tuple[TenderTotalView, ...]:
    """The sessions' positions added up per tender kind (and currency), cash first."""
    sums: dict[tuple[str, str], tuple[int, int]] = {}
    for view in sessions:
        for total in view.totals:
            key = (total.mode_kind, total.currency_code)
            amount, count = sums.get(key, (0, 0))
            sums[key] = (amount + total.amount_minor, count + total.count)
    return tuple(
        TenderTotalView(mode_kind=kind, currency_code=currency, amount_minor=a, count=c)
        for (kind, currency), (a, c) in sorted(sums.items(), key=lambda i: (i[0][0] != CASH, i[0]))
    )


def business_days(uow: UnitOfWork, agency_ids: Sequence[str], now: datetime) -> dict[str, date]:
    """Each agency's business day now (cash_context.business_date), the offsets of every
    agency read in one query: the till view is polled every few seconds."""
    definition = REGISTRY[OFFSET_KEY]
    rows = uow.payments.parameter_rows([OFFSET_KEY], [GLOBAL_SCOPE, *agency_ids])
    days = {}
    for agency_id in agency_ids:
        mine = [r for r in rows if r.scope in (GLOBAL_SCOPE, agency_id)]
        text, _source = effective_text(definition, mine, agency_id)
        try:
            offset = definition.parse(text)
        except ParameterValueError:
            offset = definition.parse(definition.default)
        assert isinstance(offset, int)
        days[agency_id] = (now + timedelta(hours=offset)).date()
    return days


class CashSupervisionService:
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
        self._receipts = ReceiptReader()

    # --- the tills (CSH-12) ---------------------------------------------------------------

    def list_till_positions(
        self, principal: Principal, agency_id: str = "", business_date: date | None = None
    ) -> TillPositionsView:
        """Every session of the day (open or closed) of the agencies in scope, with its
        position; the day is each agency's own business day unless one is given."""
        principal.require(rights.CASH_SUPERVISE)
        if agency_id:
            identifier("agency_id", agency_id)
        with self._uow(read_only=True) as uow:
            agencies = self._agencies(uow, principal, agency_id)
            days = (
                {a.id: business_date for a in agencies}
                if business_date
                else business_days(uow, [a.id for a in agencies], self._clock.now())
            )
            rows = CashSupervisionRepository(uow.session).sessions_on(days)
            views = session_views(uow, rows)
            shown = business_date or (days[agencies[0].id] if agencies else None)
            return TillPositionsView(shown, tuple(views), sum_totals(views))

    def get_cash_session(self, principal: Principal, cash_session_id: str) -> CashSessionDetailView:
        principal.require(rights.CASH_SUPERVISE)
        identifier("cash_session_id", cash_session_id)
        with self._uow(read_only=True) as uow:
            row = self._session(uow, principal, cash_session_id)
            closure = uow.cash_closures.of_session(row.id)
            return CashSessionDetailView(
                cash_session=session_views(uow, [row])[0],
                movements=tuple(movement_views(uow, uow.cash_sessions.movements(row.id))),
                closure=closure_view(uow, closure) if closure is not None else None,
            )

    def list_transactions(
        self,
        principal: Principal,
        *,
        cash_session_id: str = "",
        agency_id: str = "",
        business_date: date | None = None,
        size: int = 0,
        token: str = "",
    ) -> ReceiptPageView:
        """The receipts of a session, or of an agency and day (default: its business day),
        newest first (CSH-7)."""
        principal.require(rights.CASH_SUPERVISE)
        checks = Checks()
        checks.identifier("cash_session_id", cash_session_id, required=False)
        checks.identifier("agency_id", agency_id, required=not cash_session_id)
        checks.raise_if_any()
        limit, offset = page_size(size), decode_token(token)
        with self._uow(read_only=True) as uow:
            if cash_session_id:
                session = self._session(uow, principal, cash_session_id)
                rows = uow.payments.session_receipts(session.id, offset, limit)
            elif not principal.scope.allows(agency_id):
                rows = []
            else:
                day = business_date or business_day(
                    uow, self._parameters, agency_id, self._clock.now()
                )
                reads = CashSupervisionRepository(uow.session)
                rows = reads.agency_receipts(agency_id, day, offset, limit)
            views = self._receipts.views(uow, rows)
            return ReceiptPageView(tuple(views), next_token(offset, limit, len(rows)))

    def list_closures(
        self, principal: Principal, agency_id: str = "", size: int = 0, token: str = ""
    ) -> Page[CashClosureView]:
        """Session and day closures of an agency (empty: every agency in scope), the latest
        first."""
        principal.require(rights.CASH_SUPERVISE)
        if agency_id:
            identifier("agency_id", agency_id)
        limit, offset = page_size(size), decode_token(token)
        with self._uow(read_only=True) as uow:
            scope = principal.scope
            if agency_id:
                ids: list[str] | None = [agency_id] if scope.allows(agency_id) else []
            else:
                ids = None if scope.all_agencies else sorted(scope.agency_ids)
            rows = CashSupervisionRepository(uow.session).closures(ids, offset, limit)
            views = tuple(closure_view(uow, row) for row in rows)
            return Page(views, next_token(offset, limit, len(rows)))

    # --- the day closure (CASH-04) ----------------------------------------------------------

    def close_agency_day(
        self,
        principal: Principal,
        request_id: str,
        agency_id: str,
        business_date: date | None = None,
    ) -> CashClosureView:
        principal.require(rights.CASH_SUPERVISE)
        identifier("agency_id", agency_id)
        payload = {
            "agency_id": agency_id,
            "business_date": business_date.isoformat() if business_date else "",
        }

        def perform(uow: UnitOfWork) -> tuple[str, CashClosureView]:
            agency = uow.agencies.get(agency_id, principal.scope)
            if agency is None:
                raise NotFound("agency", agency_id)
            today = business_day(uow, self._parameters, agency.id, self._clock.now())
            day = business_date or today
            if day > today:
                raise InvalidInput.field("business_date", "is a day that has not begun yet")
            row = self._close_day(uow, principal, request_id, agency, day)
            return row.id, closure_view(uow, row)

        def replay(uow: UnitOfWork, ref: str) -> CashClosureView:
            row = uow.cash_closures.get(ref, principal.scope)
            if row is None:
                raise NotFound("cash_closure", ref)
            return closure_view(uow, row)

        return self._idempotency.execute(
            request_id, "cash.day.close", payload, principal.user_id, perform, replay
        )

    def _close_day(
        self,
        uow: UnitOfWork,
        principal: Principal,
        request_id: str,
        agency: AgencyRow,
        day: date,
    ) -> CashClosureRow:
        # The chain head's lock first: closings of sessions and of the day queue behind it,
        # so what is read below cannot change before the closure is written.
        uow.cash_closures.lock_head(agency.id)
        if uow.cash_closures.of_agency_on(agency.id, day, DAY_LEVEL):
            raise PreconditionFailed(
                DAY_ALREADY_CLOSED, f"the day {day.isoformat()} of {agency.code} is already closed"
            )
        sessions = uow.cash_sessions.of_agency_on(agency.id, day)
        still_open = [s for s in sessions if s.status == OPEN]
        if still_open:
            raise PreconditionFailed(
                DAY_HAS_OPEN_SESSIONS,
                f"{len(still_open)} cash session(s) of {day.isoformat()} still open: close "
                "every till first",
            )
        fields = self._day_fields(uow, agency, day, sessions)
        now = self._clock.now()
        closure = self._closures.append(
            uow,
            {
                **fields,
                "agency_id": agency.id,
                "level": DAY_LEVEL,
                "cash_session_id": None,
                "business_date": day,
                "comment": "",
                "closed_at": now,
                "closed_by": principal.user_id,
                "workstation_id": principal.workstation_id or None,
            },
        )
        self._audit.record(
            uow,
            "cash.day.close",
            principal=principal,
            agency_id=agency.id,
            object_type="cash_closure",
            object_id=closure.id,
            request_id=request_id,
            details_json=details(
                business_date=day.isoformat(),
                sequence=closure.sequence,
                sessions=len(sessions),
                receipt_count=closure.receipt_count,
                period_total=closure.period_total_minor,
                perpetual_total=closure.perpetual_total_minor,
                currency=closure.currency_code,
            ),
        )
        return closure

    def _day_fields(
        self, uow: UnitOfWork, agency: AgencyRow, day: date, sessions: Sequence[CashSessionRow]
    ) -> dict[str, object]:
        """Totals by tender kind (expected, counted, collected), receipts of the day, the
        period total and the day's cash figures, added up over its sessions."""
        positions = uow.cash_sessions.positions([s.id for s in sessions])
        totals: dict[str, dict[str, int]] = {CASH: {"collected": 0, "counted": 0, "expected": 0}}
        for position in positions.values():
            for kind in position.mode_kinds():
                entry = totals.setdefault(kind, {"collected": 0, "counted": 0, "expected": 0})
                entry["expected"] += position.expected(kind, include_difference=False)
                entry["counted"] += position.expected(kind)
                entry["collected"] += position.tenders.get(kind, 0)
        count = total = 0
        first = ""
        last: tuple[str, str] = ("", "")
        for session in sessions:
            found = uow.cash_sessions.receipt_range(session.id)
            if not found.receipt_count:
                continue
            count += found.receipt_count
            total += found.total_minor
            if not first or found.first_receipt_number < first:
                first = found.first_receipt_number
            if found.last_receipt_number > last[0]:
                last = (found.last_receipt_number, found.last_receipt_hash)
        return {
            "currency_code": sessions[0].currency_code if sessions else self._currency(uow, agency),
            "totals_json": totals_json(totals),
            "receipt_count": count,
            "first_receipt_number": first,
            "last_receipt_number": last[0],
            "last_receipt_hash": last[1],
            "period_total_minor": total,
            "expected_cash_minor": totals[CASH]["expected"],
            "counted_cash_minor": totals[CASH]["counted"],
            "difference_minor": totals[CASH]["counted"] - totals[CASH]["expected"],
        }

    def _currency(self, uow: UnitOfWork, agency: AgencyRow) -> str:
        opening_float = self._parameters.effective(uow, "cash.opening_float", agency.id)
        assert isinstance(opening_float, Money)
        return opening_float.currency

    # --- scope ------------------------------------------------------------------------------

    def _agencies(self, uow: UnitOfWork, principal: Principal, agency_id: str) -> list[AgencyRow]:
        reads = CashSupervisionRepository(uow.session)
        scope = principal.scope
        if agency_id:
            return reads.agencies([agency_id]) if scope.allows(agency_id) else []
        return reads.agencies(None if scope.all_agencies else scope.agency_ids)

    def _session(self, uow: UnitOfWork, principal: Principal, session_id: str) -> CashSessionRow:
        row = uow.cash_sessions.get(session_id, principal.scope)
        if row is None:
            raise NotFound("cash_session", session_id)
        return row
