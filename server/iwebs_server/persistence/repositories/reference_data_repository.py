"""Reference items, rounds and network nodes (PAR-2, ACC-5) and parameter values (PAR-1)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from iwebs_server.persistence.tables.customer_base import NetworkNodeRow, RoundRow
from iwebs_server.persistence.tables.reference_data import ParameterValueRow, ReferenceItemRow


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

    def get_item(self, item_id: str) -> ReferenceItemRow | None:
        return self._session.get(ReferenceItemRow, item_id)

    def items(self, table_code: str | None, include_inactive: bool) -> list[ReferenceItemRow]:
        """The items of one table (every table when None), in display order."""
        query = select(ReferenceItemRow)
        if table_code is not None:
            query = query.where(ReferenceItemRow.table_code == table_code)
        if not include_inactive:
            query = query.where(ReferenceItemRow.active.is_(True))
        query = query.order_by(
            ReferenceItemRow.table_code, ReferenceItemRow.sort_order, ReferenceItemRow.code
        )
        return list(self._session.scalars(query))

    def all_keys(self) -> set[tuple[str, str]]:
        """(table_code, code) of every item, active or not."""
        query = select(ReferenceItemRow.table_code, ReferenceItemRow.code)
        return {(t, c) for t, c in self._session.execute(query)}

    def add_item(self, row: ReferenceItemRow) -> None:
        self._session.add(row)

    # parameter values (PAR-1)

    def parameter_values(self, key: str | None = None) -> list[ParameterValueRow]:
        query = select(ParameterValueRow)
        if key is not None:
            query = query.where(ParameterValueRow.key == key)
        return list(self._session.scalars(query.order_by(ParameterValueRow.key)))

    def parameter_value(self, key: str, scope: str) -> ParameterValueRow | None:
        query = select(ParameterValueRow).where(
            ParameterValueRow.key == key, ParameterValueRow.scope == scope
        )
        return self._session.scalar(query)

    def effective_parameter_values(
        self, keys: Sequence[str], scopes: list[str]
    ) -> list[ParameterValueRow]:
        """The stored values of these keys in these scopes (global, an agency)."""
        query = select(ParameterValueRow).where(
            ParameterValueRow.key.in_(list(keys)), ParameterValueRow.scope.in_(scopes)
        )
        return list(self._session.scalars(query))

    def add_parameter_value(self, row: ParameterValueRow) -> None:
        self._session.add(row)
        self._session.flush()

    def delete_parameter_value(self, row: ParameterValueRow) -> None:
        self._session.delete(row)
        self._session.flush()

    # rounds (per agency) and network nodes

    def get_round(self, round_id: str) -> RoundRow | None:
        return self._session.get(RoundRow, round_id)

    def round_by_code(self, agency_id: str, code: str) -> RoundRow | None:
        query = select(RoundRow).where(RoundRow.agency_id == agency_id, RoundRow.code == code)
        return self._session.scalar(query)

    def rounds(self, agency_ids: list[str] | None) -> list[RoundRow]:
        """The rounds of these agencies (every agency when None), by agency and code."""
        query = select(RoundRow)
        if agency_ids is not None:
            query = query.where(RoundRow.agency_id.in_(agency_ids))
        return list(self._session.scalars(query.order_by(RoundRow.agency_id, RoundRow.code)))

    def add_round(self, row: RoundRow) -> None:
        self._session.add(row)
        self._session.flush()

    def get_node(self, node_id: str) -> NetworkNodeRow | None:
        return self._session.get(NetworkNodeRow, node_id)

    def node_by_code(self, kind: str, code: str) -> NetworkNodeRow | None:
        query = select(NetworkNodeRow).where(
            NetworkNodeRow.kind == kind, NetworkNodeRow.code == code
        )
        return self._session.scalar(query)

    def nodes(self) -> list[NetworkNodeRow]:
        return list(
            self._session.scalars(
                select(NetworkNodeRow).order_by(NetworkNodeRow.kind, NetworkNodeRow.code)
            )
        )

    def add_node(self, row: NetworkNodeRow) -> None:
        self._session.add(row)
        self._session.flush()
