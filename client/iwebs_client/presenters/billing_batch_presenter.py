"""'Batches and runs' (FAC-2, FAC-1): the billing batches of an agency with their criteria
(service, periodicity, tariff categories, rounds), their runs newest first, and the creation
of a batch or of a run (batch + period + bill date: the simulation starts on the server).

The batch's choices (tariff categories, rounds of the agency) come from the reference data;
a batch form is checked here first (code, name, period) and the server's field violations
are placed next to their widget by the dialog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

from iwebs_client.backend.client_types import BackendError
from iwebs_client.models.record_table_model import RecordRow
from iwebs_client.presenters import bill_run_rows as rows
from iwebs_client.presenters.bill_run_ports import BillingBatch, BillRun
from iwebs_client.presenters.cash_agency_choices import default_agency, fetch_agencies
from iwebs_client.presenters.presenter_base import CommandIntent, PresenterBase
from iwebs_client.presenters.service_ports import ClientServices, SessionInfo
from iwebs_client.tasks import TaskRunner

BATCHES_RIGHT = "billing.tariffs"
RUN_RIGHT = "billing.run"
TARIFF_CATEGORY_TABLE = "tariff_category"
CODE_MAX = 32
NAME_MAX = 200
T = TypeVar("T")


@dataclass
class BatchForm:
    """What the batch dialog collects."""

    code: str = ""
    name: str = ""
    service: str = ""
    billing_periodicity: str = ""
    tariff_category_codes: list[str] = field(default_factory=list)
    round_ids: list[str] = field(default_factory=list)

    def problems(self, creating: bool) -> dict[str, str]:
        out: dict[str, str] = {}
        code = self.code.strip()
        if creating and not code:
            out["code"] = QCoreApplication.translate("BillRunRows", "Give the batch a code.")
        elif creating and (len(code) > CODE_MAX or " " in code):
            out["code"] = QCoreApplication.translate(
                "BillRunRows", "A code has at most 32 characters, without spaces."
            )
        if not self.name.strip():
            out["name"] = QCoreApplication.translate("BillRunRows", "Give the batch a name.")
        elif len(self.name.strip()) > NAME_MAX:
            out["name"] = QCoreApplication.translate(
                "BillRunRows", "A name has at most 200 characters."
            )
        return out


@dataclass
class RunForm:
    """What the new-run dialog collects: the period billed and the bill date."""

    period_label: str = ""
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    bill_date: dt.date | None = None  # None: today on the server

    def problems(self) -> dict[str, str]:
        out: dict[str, str] = {}
        if not self.period_label.strip():
            out["period_label"] = QCoreApplication.translate(
                "BillRunRows", "Name the period, e.g. 2026-11."
            )
        if self.period_start is None or self.period_end is None:
            out["period_end"] = QCoreApplication.translate(
                "BillRunRows", "Give the first and last day of the period."
            )
        elif self.period_end < self.period_start:
            out["period_end"] = QCoreApplication.translate(
                "BillRunRows", "The period ends before it starts."
            )
        elif (self.period_end - self.period_start).days > 366:
            out["period_end"] = QCoreApplication.translate(
                "BillRunRows", "A period lasts at most one year."
            )
        return out


def month_period(day: dt.date) -> RunForm:
    """The month before `day` (a run bills a past month): label, first and last day."""
    first_this = day.replace(day=1)
    last = first_this - dt.timedelta(days=1)
    first = last.replace(day=1)
    return RunForm(f"{first.year}-{first.month:02d}", first, last, None)


class BillingBatchPresenter(PresenterBase):
    agencies_changed = Signal(list)  # [(agency_id, name)]
    batches_changed = Signal(list)  # [RecordRow]
    runs_changed = Signal(list)  # [RecordRow]
    choices_changed = Signal()  # tariff categories and rounds loaded
    batch_saved = Signal(object)  # BillingBatch
    run_created = Signal(object)  # BillRun

    def __init__(
        self,
        services: ClientServices,
        tasks: TaskRunner,
        session: SessionInfo,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(tasks, parent)
        self._services = services
        self._session = session
        self.agency_id = ""
        self.agency_names: dict[str, str] = {}
        self.batches: list[BillingBatch] = []
        self.runs: list[BillRun] = []
        self.tariff_categories: list[tuple[str, str]] = []
        self.rounds: list[tuple[str, str]] = []  # (round id, "code name")
        self._generation = 0

    # -- rights -------------------------------------------------------------------------------
    @property
    def can_manage_batches(self) -> bool:
        return BATCHES_RIGHT in self._session.rights

    @property
    def can_run(self) -> bool:
        return RUN_RIGHT in self._session.rights

    # -- agency -------------------------------------------------------------------------------
    def load_agencies(self) -> None:
        services, session = self._services, self._session
        self._run(lambda: fetch_agencies(services, session), self._agencies_received)

    def _agencies_received(self, choices: list[tuple[str, str]]) -> None:
        self.agency_names = dict(choices)
        self.agencies_changed.emit(choices)
        self.set_agency(default_agency(choices, self._session))

    def set_agency(self, agency_id: str) -> None:
        if agency_id == self.agency_id and self.batches:
            return
        self.agency_id = agency_id
        self.reload()
        self.load_choices()

    def reload(self) -> None:
        """Batches and runs of the agency, in one task (one answer, one refresh)."""
        if not self.agency_id:
            return
        self._generation += 1
        generation, agency_id = self._generation, self.agency_id
        port = self._services.bill_runs

        def work() -> tuple[list[BillingBatch], list[BillRun]]:
            batches = _all_pages(
                lambda token: port.list_batches(agency_id, include_inactive=True, page_token=token)
            )
            runs, _token = port.list_runs(agency_id)  # the newest page
            return batches, runs

        self._run(work, lambda answer: self._received(generation, answer))

    def _received(self, generation: int, answer: tuple[list[BillingBatch], list[BillRun]]) -> None:
        if generation != self._generation:
            return
        self.batches, self.runs = answer
        self.batches_changed.emit(self.batch_rows())
        self.runs_changed.emit(rows.run_rows(self.runs))

    def batch_rows(self) -> list[RecordRow]:
        return rows.batch_rows(self.batches, dict(self.rounds))

    def run_replaced(self, run: BillRun) -> None:
        """A run changed on another panel (progress, finalize): its row follows."""
        for number, known in enumerate(self.runs):
            if known.run_id == run.run_id:
                self.runs[number] = run
                self.runs_changed.emit(rows.run_rows(self.runs))
                return

    # -- choices of a batch -------------------------------------------------------------------
    def load_choices(self) -> None:
        agency_id = self.agency_id
        reference = self._services.reference_data

        def work() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
            items = reference.list_items(TARIFF_CATEGORY_TABLE)
            categories = [(i.code, f"{i.code} — {i.label_fr or i.label_en}") for i in items]
            try:
                found = reference.list_rounds(agency_id, include_inactive=False)
            except BackendError:
                found = []  # without parameters.read: rounds are shown by id
            rounds = [(r.round_id, f"{r.code} {r.name}".strip()) for r in found]
            return categories, rounds

        def done(answer: tuple[list[tuple[str, str]], list[tuple[str, str]]]) -> None:
            self.tariff_categories, self.rounds = answer
            self.choices_changed.emit()
            if self.batches:
                self.batches_changed.emit(self.batch_rows())

        self._run(work, done)

    # -- batch commands -----------------------------------------------------------------------
    def save_batch(
        self, intent: CommandIntent, form: BatchForm, existing: BillingBatch | None
    ) -> dict[str, str]:
        """Creates or updates the batch; returns the form's problems (nothing sent then)."""
        problems = form.problems(existing is None)
        if problems:
            return problems
        batch = BillingBatch(
            agency_id=self.agency_id if existing is None else existing.agency_id,
            code=form.code.strip() if existing is None else existing.code,
            name=form.name.strip(),
            service=form.service,
            billing_periodicity=form.billing_periodicity,
            tariff_category_codes=list(form.tariff_category_codes),
            round_ids=list(form.round_ids),
            active=True if existing is None else existing.active,
        )
        port, request_id = self._services.bill_runs, intent.request_id
        if existing is None:
            work = lambda: port.create_batch(request_id, batch)  # noqa: E731
        else:
            batch.batch_id = existing.batch_id
            batch.version = existing.version
            work = lambda: port.update_batch(request_id, batch)  # noqa: E731
        self._run(work, lambda saved: self._batch_saved(intent, saved))
        return {}

    def deactivate_batch(self, intent: CommandIntent, batch: BillingBatch) -> None:
        port, request_id = self._services.bill_runs, intent.request_id
        self._run(
            lambda: port.deactivate_batch(request_id, batch.batch_id, batch.version),
            lambda saved: self._batch_saved(intent, saved),
        )

    def _batch_saved(self, intent: CommandIntent, batch: BillingBatch) -> None:
        intent.renew()
        self.batch_saved.emit(batch)
        self.reload()

    # -- a new run ----------------------------------------------------------------------------
    def create_run(
        self, intent: CommandIntent, batch: BillingBatch, form: RunForm
    ) -> dict[str, str]:
        problems = form.problems()
        if problems:
            return problems
        assert form.period_start is not None and form.period_end is not None
        port, request_id = self._services.bill_runs, intent.request_id
        start, end, label, bill_date = (
            form.period_start,
            form.period_end,
            form.period_label.strip(),
            form.bill_date,
        )

        def created(run: BillRun) -> None:
            intent.renew()
            self.runs.insert(0, run)
            self.runs_changed.emit(rows.run_rows(self.runs))
            self.run_created.emit(run)

        self._run(
            lambda: port.create_run(request_id, batch.batch_id, label, start, end, bill_date),
            created,
        )
        return {}


def _all_pages(fetch: Callable[[str], tuple[list[T], str]]) -> list[T]:
    """Every page of a listing (a few dozen batches per agency)."""
    found, token = fetch("")
    items = list(found)
    while token:
        more, token = fetch(token)
        items.extend(more)
    return items
