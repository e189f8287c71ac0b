"""The audit log: filters (dates, login, action prefix, outcome) over a paged search."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject

from iwebs_client.backend.client_types import AuditFilter
from iwebs_client.models.audit_event_model import AuditEventModel
from iwebs_client.presenters.presenter_base import PresenterBase
from iwebs_client.presenters.service_ports import ClientServices
from iwebs_client.tasks import TaskRunner


def make_filter(
    date_from: dt.date | None,
    date_to: dt.date | None,
    login: str,
    action_prefix: str,
    outcome: int,
) -> AuditFilter:
    """Local calendar days -> an instant range; `date_to` is inclusive (to its midnight)."""

    def start_of(day: dt.date) -> dt.datetime:
        return dt.datetime.combine(day, dt.time.min).astimezone(dt.UTC)

    return AuditFilter(
        occurred_from=start_of(date_from) if date_from else None,
        occurred_to=start_of(date_to + dt.timedelta(days=1)) if date_to else None,
        user_login=login.strip(),
        action_prefix=action_prefix.strip(),
        outcome=outcome,
    )


class AuditLogPresenter(PresenterBase):
    def __init__(
        self, services: ClientServices, tasks: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(tasks, parent)
        self._audit = services.audit
        self.model = AuditEventModel(tasks, self)
        self.current_filter = AuditFilter()
        self.apply_filter(self.current_filter, reload=False)

    def validate(self, audit_filter: AuditFilter) -> dict[str, str]:
        if (
            audit_filter.occurred_from
            and audit_filter.occurred_to
            and audit_filter.occurred_from >= audit_filter.occurred_to
        ):
            return {"date_to": self.tr("The end date is before the start date.")}
        return {}

    def apply_filter(self, audit_filter: AuditFilter, reload: bool = True) -> bool:
        if self.validate(audit_filter):
            return False
        self.current_filter = audit_filter
        audit = self._audit
        self.model.set_page_fetcher(lambda token: audit.search_events(audit_filter, token))
        if reload:
            self.model.reload()
        return True

    def reload(self) -> None:
        self.model.reload()
