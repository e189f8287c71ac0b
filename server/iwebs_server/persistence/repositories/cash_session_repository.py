"""Cash sessions (CSH-8): the tills' sessions and their look-ups.

Every read takes the caller's `AgencyScope`: a session of an agency outside it is None
(SEC-07). A use case that changes a session (closing) reads it `for_update`.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from iwebs_server.domain.principal import AgencyScope
from iwebs_server.persistence.tables.cash_desk import CashSessionRow

OPEN, CLOSED = "open", "closed"


class CashSessionRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, row: CashSessionRow) -> None:
        self._session.add(row)
        self._session.flush()

    def get(
        self, cash_session_id: str, scope: AgencyScope, *, for_update: bool = False
    ) -> CashSessionRow | None:
        row = self._session.get(CashSessionRow, cash_session_id, with_for_update=for_update or None)
        if row is None or not scope.allows(row.agency_id):
            return None
        return row

    def open_on_workstation(self, workstation_id: str) -> CashSessionRow | None:
        """The session open on a till now, whoever holds it (one at a time)."""
        return self._session.scalars(
            select(CashSessionRow).where(
                CashSessionRow.workstation_id == workstation_id, CashSessionRow.status == OPEN
            )
        ).first()

    def of_cashier_on(
        self, cashier_user_id: str, agency_id: str, business_date: date
    ) -> CashSessionRow | None:
        """The cashier's session of that day in that agency, open or closed (CSH-8)."""
        return self._session.scalars(
            select(CashSessionRow).where(
                CashSessionRow.cashier_user_id == cashier_user_id,
                CashSessionRow.agency_id == agency_id,
                CashSessionRow.business_date == business_date,
            )
        ).first()
