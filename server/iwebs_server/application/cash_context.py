"""What every cash-desk use case checks first: the caller's open session at this till, and
the agency's business day (CSH-8, CSH-9, CSH-10)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from iwebs_server.application.parameters import ParameterReader
from iwebs_server.domain.errors import NotFound, PreconditionFailed
from iwebs_server.domain.principal import Principal
from iwebs_server.persistence.repositories.cash_session_repository import OPEN
from iwebs_server.persistence.tables.cash_desk import CashSessionRow
from iwebs_server.persistence.unit_of_work import UnitOfWork


def business_date(
    uow: UnitOfWork, parameters: ParameterReader, agency_id: str, now: datetime
) -> date:
    """The agency's business day: UTC shifted by cash.business_day_utc_offset_hours."""
    offset = parameters.effective(uow, "cash.business_day_utc_offset_hours", agency_id)
    assert isinstance(offset, int)
    return (now + timedelta(hours=offset)).date()


def caller_open_session(
    uow: UnitOfWork,
    principal: Principal,
    cash_session_id: str,
    *,
    for_update: bool = False,
) -> CashSessionRow:
    """The caller's own open session on the workstation she calls from.

    Another agency's session is NOT_FOUND (SEC-07); someone else's session, a session of
    another till or a closed one is CASH_SESSION_NOT_OPEN: money goes only into the till
    the cashier stands at (CSH-10)."""
    row = uow.cash_sessions.get(cash_session_id, principal.scope, for_update=for_update)
    if row is None:
        raise NotFound("cash_session", cash_session_id)
    if (
        row.status != OPEN
        or row.cashier_user_id != principal.user_id
        or row.workstation_id != principal.workstation_id
    ):
        raise PreconditionFailed(
            "CASH_SESSION_NOT_OPEN", "this cash session is not open for you at this workstation"
        )
    return row
