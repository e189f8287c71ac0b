"""One bill run on screen (FAC-1, FAC-5, FAC-6, FAC-8): its progress while the chunks run,
the review of the simulation (items by outcome; explain, release, exclude, recompute an
item; simulate again), finalization, cancellation and the summary (bordereau) as a PDF.

Progress is polled like the live tills: one GetBillRunProgress in flight at most, the next
one armed only after the answer, every `poll_ms` while the run is simulating or finalizing
and the page is shown (the view calls start/stop). When the phase ends, the run and the
items are read again. A failed poll says so in the status line and polling goes on.

State-changing commands take a `CommandIntent` from the view: its request id is kept across
a retry and renewed after the answer (IDEM-01)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTime, QTimer, Signal

from iwebs.v1 import bill_run_service_pb2 as brs
from iwebs_client.backend.client_types import BackendError
from iwebs_client.presenters import bill_run_rows as rows
from iwebs_client.presenters.bill_run_ports import (
    BillRun,
    BillRunExplanation,
    BillRunItem,
    BillRunItemPage,
    BillRunProgress,
    BillRunSummary,
    NotBilledAlert,
)
from iwebs_client.presenters.error_messages import error_text
from iwebs_client.presenters.presenter_base import CommandIntent, PresenterBase
from iwebs_client.presenters.service_ports import ClientServices
from iwebs_client.printing.bill_run_summary_layout import layout_summary
from iwebs_client.printing.bill_run_summary_pdf import pdf_file_name, write_summary_pdf
from iwebs_client.tasks import TaskRunner

POLL_MS = 2000
ITEMS_PAGE = 200


class BillRunPresenter(PresenterBase):
    run_changed = Signal(object)  # BillRun (None: no run chosen)
    progress_changed = Signal(str, int)  # text, percent
    status_changed = Signal(str)  # "Updated at ..." or why the poll failed
    items_changed = Signal(list, int, bool)  # rows, total count, more pages
    item_changed = Signal(object)  # BillRunItem after a release / exclude / recompute
    explained = Signal(object)  # BillRunExplanation
    summary_printed = Signal(str)  # the PDF's path
    alerts_changed = Signal(list)  # [RecordRow]

    def __init__(
        self,
        services: ClientServices,
        tasks: TaskRunner,
        parent: QObject | None = None,
        poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__(tasks, parent)
        self._services = services
        self.poll_ms = poll_ms
        self.run: BillRun | None = None
        self.progress: brs.BillRunProgress | None = None
        self.tab = 0  # rows.OUTCOME_TABS index
        self.items: list[BillRunItem] = []
        self.items_total = 0
        self._items_token = ""
        self._items_generation = 0
        self.alerts: list[NotBilledAlert] = []
        self.polls_sent = 0
        self._active = False
        self._in_flight = False
        self._run_generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.poll_now)

    # -- which run ----------------------------------------------------------------------------
    def show_run(self, run: BillRun | None) -> None:
        """The run chosen in the list (or just created): shown, its items read, polled."""
        self._run_generation += 1
        self.run = run
        self.progress = run.progress if run is not None else None
        self.items, self.items_total, self._items_token = [], 0, ""
        self.run_changed.emit(run)
        if run is None:
            self.items_changed.emit([], 0, False)
            return
        self._emit_progress()
        self.load_items()
        self.reload_run()  # a listed run may be older than what the workers did since
        if self._active:
            self.poll_now()

    def reload_run(self) -> None:
        if self.run is None:
            return
        port, run_id, generation = self._services.bill_runs, self.run.run_id, self._run_generation
        self._run(lambda: port.get_run(run_id), lambda run: self._run_read(generation, run))

    def _run_read(self, generation: int, run: BillRun) -> None:
        if generation != self._run_generation or self._older(run.version):
            return
        self.run = run
        self.progress = run.progress
        self.run_changed.emit(run)
        self._emit_progress()
        self._rearm()

    def _older(self, version: int) -> bool:
        """An answer read before the run shown changed (a command answered meanwhile: the
        version only grows) is dropped, not shown over the newer state."""
        return self.run is not None and version < self.run.version

    # -- progress polling ---------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self._active

    @property
    def in_flight(self) -> bool:
        return self._in_flight

    @property
    def running(self) -> bool:
        return self.run is not None and rows.is_running(self.run.status)

    def start(self) -> None:
        self._active = True
        if self.running:
            self.poll_now()

    def stop(self) -> None:
        self._active = False
        self._timer.stop()

    def poll_now(self) -> None:
        self._timer.stop()
        if self._in_flight or self.run is None:
            return
        self._in_flight = True
        self.polls_sent += 1
        port, run_id, generation = self._services.bill_runs, self.run.run_id, self._run_generation
        self._tasks.run(
            lambda: port.get_progress(run_id),
            lambda answer: self._polled(generation, answer),
            lambda error: self._poll_failed(generation, error),
        )

    def _polled(self, generation: int, answer: BillRunProgress) -> None:
        self._in_flight = False
        if generation != self._run_generation or self.run is None or self._older(answer.version):
            self._rearm()
            return
        was_running = rows.is_running(self.run.status)
        self.progress = answer.progress
        now_running = rows.is_running(answer.status)
        self._emit_progress(answer.progress, answer.status)
        self.status_changed.emit(self.tr("Updated at %1").replace("%1", _now()))
        if answer.status != self.run.status or (was_running and not now_running):
            self.reload_run()  # counts and status of the phase that ended
            self.load_items()
            return
        self._rearm()

    def _poll_failed(self, generation: int, error: BackendError) -> None:
        self._in_flight = False
        if generation == self._run_generation:
            self.status_changed.emit(
                self.tr("Not updated at %1: %2")
                .replace("%1", _now())
                .replace("%2", error_text(error))
            )
        self._rearm()

    def _rearm(self) -> None:
        if self._active and self.running and not self._in_flight:
            self._timer.start(self.poll_ms)

    def _emit_progress(
        self, progress: brs.BillRunProgress | None = None, status: int | None = None
    ) -> None:
        if self.run is None:
            return
        shown = progress if progress is not None else self.run.progress
        state = status if status is not None else self.run.status
        self.progress_changed.emit(rows.progress_text(shown, state), rows.progress_percent(shown))

    # -- items --------------------------------------------------------------------------------
    def set_tab(self, index: int) -> None:
        if index != self.tab:
            self.tab = index
            self.load_items()

    def load_items(self, more: bool = False) -> None:
        if self.run is None:
            return
        if not more:
            self._items_generation += 1
            self._items_token = ""
        generation, token = self._items_generation, self._items_token
        outcomes = rows.OUTCOME_TABS[self.tab][0]
        port, run_id = self._services.bill_runs, self.run.run_id
        self._run(
            lambda: port.list_items(run_id, outcomes, page_token=token, page_size=ITEMS_PAGE),
            lambda page: self._items_read(generation, more, page),
        )

    @property
    def has_more_items(self) -> bool:
        return bool(self._items_token)

    def _items_read(self, generation: int, more: bool, page: BillRunItemPage) -> None:
        if generation != self._items_generation:
            return
        self.items = [*self.items, *page.items] if more else list(page.items)
        self._items_token = page.next_page_token
        self.items_total = page.total_count
        self.items_changed.emit(rows.item_rows(self.items), self.items_total, self.has_more_items)

    # -- one item -----------------------------------------------------------------------------
    def explain(self, item: BillRunItem | None) -> None:
        if item is None or self.run is None:
            return
        port, run_id = self._services.bill_runs, self.run.run_id
        self._run(lambda: port.explain_item(run_id, item.subscription_id), self.explained.emit)

    def release(self, intent: CommandIntent, item: BillRunItem, note: str) -> None:
        port = self._services.bill_runs
        self._item_command(
            intent,
            lambda: port.release_item(intent.request_id, item.run_id, item.subscription_id, note),
        )

    def exclude(self, intent: CommandIntent, item: BillRunItem, note: str) -> None:
        port = self._services.bill_runs
        self._item_command(
            intent,
            lambda: port.exclude_item(intent.request_id, item.run_id, item.subscription_id, note),
        )

    def recompute(self, intent: CommandIntent, item: BillRunItem) -> None:
        port = self._services.bill_runs
        self._item_command(
            intent,
            lambda: port.recompute_item(intent.request_id, item.run_id, item.subscription_id),
        )

    def _item_command(self, intent: CommandIntent, work) -> None:  # type: ignore[no-untyped-def]
        def done(item: BillRunItem) -> None:
            intent.renew()
            for number, known in enumerate(self.items):
                if known.subscription_id == item.subscription_id:
                    # it stays in the list until the next read, with its new outcome
                    self.items[number] = item
            self.items_changed.emit(
                rows.item_rows(self.items), self.items_total, self.has_more_items
            )
            self.item_changed.emit(item)
            self.reload_run()  # the counts moved

        self._run(work, done)

    # -- the run ------------------------------------------------------------------------------
    def can(self, action: str) -> bool:
        """simulate_again | finalize | cancel | summary: allowed in the run's status?"""
        if self.run is None:
            return False
        status = self.run.status
        if action in ("simulate_again", "finalize"):
            return (
                status == brs.BILL_RUN_STATUS_SIMULATED and self.run.kind == brs.BILL_RUN_KIND_MASS
            )
        if action == "cancel":
            return status in (brs.BILL_RUN_STATUS_SIMULATING, brs.BILL_RUN_STATUS_SIMULATED)
        if action == "summary":
            return status in (brs.BILL_RUN_STATUS_SIMULATED, brs.BILL_RUN_STATUS_FINALIZED)
        return False

    def finalize_confirmation_text(self) -> str:
        run = self.run
        if run is None:
            return ""
        counts = run.counts
        text = self.tr(
            "Finalize run %1?\n\n%2 bills will be numbered and posted for %3 (ready and "
            "released items). This cannot be undone: a bill is then corrected only by a "
            "credit note."
        )
        text = (
            text.replace("%1", run.run_number)
            .replace("%2", str(counts.ready + counts.released))
            .replace("%3", rows.money_text(counts.amount))
        )
        if counts.held:
            text += "\n\n" + self.tr(
                "%1 items are still held by a control: they will not be billed by this run."
            ).replace("%1", str(counts.held))
        return text

    def simulate_again(self, intent: CommandIntent) -> None:
        self._run_command(
            intent,
            lambda run: self._services.bill_runs.simulate_again(
                intent.request_id, run.run_id, run.version
            ),
        )

    def finalize(self, intent: CommandIntent) -> None:
        self._run_command(
            intent,
            lambda run: self._services.bill_runs.finalize(
                intent.request_id, run.run_id, run.version
            ),
        )

    def cancel(self, intent: CommandIntent, reason: str) -> None:
        self._run_command(
            intent,
            lambda run: self._services.bill_runs.cancel(
                intent.request_id, run.run_id, run.version, reason
            ),
        )

    def _run_command(self, intent: CommandIntent, call) -> None:  # type: ignore[no-untyped-def]
        run = self.run
        if run is None:
            return

        def done(updated: BillRun) -> None:
            intent.renew()
            self.run = updated
            self.progress = updated.progress
            self.run_changed.emit(updated)
            self._emit_progress()
            self.load_items()
            if self._active:
                self.poll_now()

        self._run(lambda: call(run), done)

    # -- the summary (bordereau) --------------------------------------------------------------
    def default_summary_name(self) -> str:
        run = self.run
        if run is None:
            return ""
        return pdf_file_name(run.run_number, run.status == brs.BILL_RUN_STATUS_FINALIZED)

    def print_summary(self, path: Path, agency_name: str = "", batch_name: str = "") -> None:
        """Reads the summary on a worker, writes the PDF on the GUI thread (Qt wants it)."""
        if self.run is None:
            return
        port, run_id = self._services.bill_runs, self.run.run_id

        def write(summary: BillRunSummary) -> None:
            try:
                write_summary_pdf(layout_summary(summary, agency_name, batch_name), path)
            except OSError as exc:
                self.failed.emit(
                    BackendError(code="INTERNAL", reason="PRINTER_UNAVAILABLE", message=str(exc))
                )
                return
            self.summary_printed.emit(str(path))

        self._run(lambda: port.get_summary(run_id), write)

    # -- recurring non-billing (FAC-8) --------------------------------------------------------
    def load_alerts(self, agency_id: str) -> None:
        if not agency_id:
            return
        port = self._services.bill_runs

        def done(answer: tuple[list[NotBilledAlert], str]) -> None:
            self.alerts = list(answer[0])
            self.alerts_changed.emit(rows.alert_rows(self.alerts))

        self._run(lambda: port.list_not_billed_alerts(agency_id), done)


def _now() -> str:
    return QTime.currentTime().toString("HH:mm:ss")


__all__ = ["BillRunExplanation", "BillRunPresenter"]
