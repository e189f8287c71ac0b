"""Writes the history of every change to customer data and parameters (ACC-4, ADM-8).

A use case that changes a record calls `ChangeHistory.record` in its own transaction with
the fields it changed (old -> new): the history is stored if and only if the change is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from iwebs_server.application.clock import Clock, new_id
from iwebs_server.domain.principal import Principal
from iwebs_server.persistence.tables.change_history import RecordChangeRow
from iwebs_server.persistence.unit_of_work import UnitOfWork

CREATE = "create"
UPDATE = "update"
CORRECT = "correct"
STATUS = "status"


@dataclass(frozen=True)
class ChangedRecord:
    """Which record changed, and under which customer's history it is shown."""

    entity_type: str
    entity_id: str
    agency_id: str | None
    customer_id: str | None


def as_history_text(value: object) -> str:
    """How a value is written in the history: stable, readable, never a Python repr."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return "; ".join(as_history_text(v) for v in value)
    return str(value)


def changed_fields(
    old: Mapping[str, object], new: Mapping[str, object]
) -> dict[str, tuple[object, object]]:
    """The fields of `new` whose value differs from `old`: field -> (old, new)."""
    return {
        f: (old.get(f), v)
        for f, v in new.items()
        if as_history_text(old.get(f)) != as_history_text(v)
    }


class ChangeHistory:
    def __init__(self, clock: Clock) -> None:
        self._clock = clock

    def record(
        self,
        uow: UnitOfWork,
        principal: Principal,
        record: ChangedRecord,
        action: str,
        changes: Mapping[str, tuple[object, object]],
        *,
        reason: str = "",
        request_id: str | None = None,
    ) -> str:
        """Appends one row per changed field; returns the change set id ("" if none)."""
        if not changes:
            return ""
        change_set_id = new_id()
        now = self._clock.now()
        uow.change_history.add_all(
            [
                RecordChangeRow(
                    change_set_id=change_set_id,
                    changed_at=now,
                    user_id=principal.user_id,
                    user_login=principal.login,
                    workstation_id=principal.workstation_id or None,
                    agency_id=record.agency_id,
                    customer_id=record.customer_id,
                    entity_type=record.entity_type,
                    entity_id=record.entity_id,
                    action=action,
                    field=field,
                    old_value=as_history_text(old),
                    new_value=as_history_text(new),
                    reason=reason,
                    request_id=request_id,
                )
                for field, (old, new) in changes.items()
            ]
        )
        return change_set_id
