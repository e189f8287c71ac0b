"""'Live tills' (CSH-12): every session of the day of the supervisor's agencies, refreshed on
its own by polling ListTillPositions.

One poll at a time: the next one is armed (single-shot timer) only after the answer of the
previous one, so a slow server never gets a pile of polls. The view pauses polling while the
page is hidden. A change of agency or day asks at once; an answer to an older filter is
dropped. A failed poll is shown in the status line (no message box every 5 s) and the
polling goes on."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QTime, QTimer, Signal

from iwebs_client.backend.client_types import BackendError
from iwebs_client.models.record_table_model import RecordRow
from iwebs_client.presenters import cash_supervision_rows as rows
from iwebs_client.presenters.cash_agency_choices import default_agency, fetch_agencies
from iwebs_client.presenters.cash_supervision_ports import CashSession, TillPositions
from iwebs_client.presenters.error_messages import error_text
from iwebs_client.presenters.presenter_base import PresenterBase
from iwebs_client.presenters.service_ports import ClientServices, SessionInfo
from iwebs_client.tasks import TaskRunner

POLL_MS = 5000


class TillPositionsPresenter(PresenterBase):
    # [(agency_id, name)], "" = every agency of the scope first
    agencies_changed = Signal(list)
    # the table's rows (RecordRow), the footer text
    positions_changed = Signal(list, str)
    # "Updated at 10:42:07", or why the last poll failed
    status_changed = Signal(str)
    # a session the user wants to look into (CashSession)
    drill_down_requested = Signal(object)

    def __init__(
        self,
        services: ClientServices,
        tasks: TaskRunner,
        session: SessionInfo,
        parent: QObject | None = None,
        poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__(tasks, parent)
        self._services = services
        self._session = session
        self.poll_ms = poll_ms
        self.agency_id = ""
        self.business_date: dt.date | None = None  # None: today (the server's business day)
        self.answer: TillPositions | None = None
        self.sessions: list[CashSession] = []
        self.rows: list[RecordRow] = []
        self.polls_sent = 0
        self._active = False
        self._in_flight = False
        self._filter_generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.poll_now)

    # -- filters ------------------------------------------------------------------------------
    def load_agencies(self) -> None:
        services, session = self._services, self._session
        self._run(lambda: fetch_agencies(services, session), self._agencies_received)

    def _agencies_received(self, choices: list[tuple[str, str]]) -> None:
        everything = ("", self.tr("All my agencies"))
        self.agencies_changed.emit([everything, *choices] if len(choices) > 1 else choices)
        if len(choices) == 1:
            self.set_agency(default_agency(choices, self._session))

    def set_agency(self, agency_id: str) -> None:
        if agency_id != self.agency_id:
            self.agency_id = agency_id
            self._filter_changed()

    def set_business_date(self, day: dt.date | None) -> None:
        if day != self.business_date:
            self.business_date = day
            self._filter_changed()

    def _filter_changed(self) -> None:
        self._filter_generation += 1
        if self._active:
            self.poll_now()

    # -- polling ------------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self._active

    @property
    def in_flight(self) -> bool:
        return self._in_flight

    def start(self) -> None:
        """Polls now, then every `poll_ms` after each answer (the page is shown)."""
        self._active = True
        self.poll_now()

    def stop(self) -> None:
        """No more polls (the page is hidden); an answer still on its way is shown."""
        self._active = False
        self._timer.stop()

    def poll_now(self) -> None:
        self._timer.stop()
        if self._in_flight:
            return  # the answer re-arms the timer (or asks again if the filter changed)
        self._in_flight = True
        self.polls_sent += 1
        generation = self._filter_generation
        agency_id, day = self.agency_id, self.business_date
        supervision = self._services.cash_supervision
        self._tasks.run(
            lambda: supervision.list_till_positions(agency_id, day),
            lambda answer: self._received(generation, answer),
            lambda error: self._poll_failed(generation, error),
        )

    def _received(self, generation: int, answer: TillPositions) -> None:
        self._in_flight = False
        if generation != self._filter_generation:
            self._rearm(at_once=True)
            return
        self.answer = answer
        self.sessions = list(answer.cash_sessions)
        self.rows = rows.till_rows(self.sessions)
        footer = rows.till_footer(self.sessions, list(answer.totals))
        self.positions_changed.emit(self.rows, footer)
        now = QTime.currentTime().toString("HH:mm:ss")
        self.status_changed.emit(self.tr("Updated at %1").replace("%1", now))
        self._rearm()

    def _poll_failed(self, generation: int, error: BackendError) -> None:
        self._in_flight = False
        if generation != self._filter_generation:
            self._rearm(at_once=True)
            return
        now = QTime.currentTime().toString("HH:mm:ss")
        text = self.tr("Not updated at %1: %2").replace("%1", now).replace("%2", error_text(error))
        self.status_changed.emit(text)
        self._rearm()

    def _rearm(self, at_once: bool = False) -> None:
        if not self._active:
            return
        if at_once:
            self.poll_now()
        else:
            self._timer.start(self.poll_ms)

    # -- drill-down ---------------------------------------------------------------------------
    def drill_down(self, session: CashSession | None) -> None:
        if session is not None and session.cash_session_id:
            self.drill_down_requested.emit(session)
