"""Reference items (PAR-2) and parameter values (PAR-1)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from iwebs_server.persistence.tables.reference_data import ReferenceItemRow


class ReferenceDataRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, table_code: str, code: str) -> ReferenceItemRow | None:
        query = select(ReferenceItemRow).where(
            ReferenceItemRow.table_code == table_code, ReferenceItemRow.code == code
        )
        return self._session.scalar(query)

    def is_active_code(self, table_code: str, code: str) -> bool:
        """True when `code` is an active item of `table_code` (what a new record may use)."""
        row = self.get(table_code, code)
        return row is not None and row.active

    def active_codes(self, table_code: str) -> set[str]:
        query = select(ReferenceItemRow.code).where(
            ReferenceItemRow.table_code == table_code, ReferenceItemRow.active.is_(True)
        )
        return set(self._session.scalars(query))
