"""The tariff screen (FAC-10), without widgets: the tariffs, a tariff's versions, a version's
grid, proposing a new version (it goes to the Chef de facturation's approvals) and the
simulation of one consumption.

    presenter.reload()                            # the tariffs in presenter.model
    presenter.open_tariff(tariff_id)              # -> tariff_loaded(GetTariffResponse)
    presenter.show_version(version)               # -> grid_changed(draft, editable=False)
    presenter.start_proposal(version | None)      # -> grid_changed(copy, editable=True)
    presenter.propose(valid_from, reason)         # -> proposed(TariffVersion) or problems
    presenter.simulate(consumption, start, end, power_kva)   # -> simulated(response)

The proposal's request id is made once per proposal and reused when it is sent again after
a network problem; it is renewed once the server answered.
"""

from __future__ import annotations

import copy
import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from iwebs.v1 import common_pb2
from iwebs_client.backend.client_types import BackendError
from iwebs_client.models.display_format import format_money
from iwebs_client.models.paged_table_model import PagedTableModel
from iwebs_client.presenters.error_messages import error_text, violations_by_field
from iwebs_client.presenters.presenter_base import CommandIntent, PresenterBase
from iwebs_client.presenters.service_ports import ClientServices, SessionInfo
from iwebs_client.presenters.tariff_grid import (
    GridDraft,
    definition_of,
    draft_of,
    problems,
)
from iwebs_client.presenters.tariff_ports import (
    STATUS_APPROVED,
    STATUS_PENDING,
    STATUS_REJECTED,
    SimulationResult,
    Tariff,
    TariffDetail,
    TariffUsage,
    TariffVersion,
)
from iwebs_client.tasks import TaskRunner


def version_status_text(status: int) -> str:
    texts: dict[int, str] = {
        STATUS_PENDING: QCoreApplication.translate("TariffTexts", "Pending approval"),
        STATUS_APPROVED: QCoreApplication.translate("TariffTexts", "Approved"),
        STATUS_REJECTED: QCoreApplication.translate("TariffTexts", "Rejected"),
    }
    return texts.get(status, "")


def date_text(value: common_pb2.Date) -> str:
    return f"{value.day:02d}/{value.month:02d}/{value.year}" if value.year else ""


class TariffListModel(PagedTableModel[Tariff]):
    CODE, NAME, SERVICE, CATEGORY, PRODUCT, CURRENCY, CURRENT, PENDING = range(8)

    def headers(self) -> list[str]:
        return [
            self.tr("Code"),
            self.tr("Name"),
            self.tr("Service"),
            self.tr("Category"),
            self.tr("Product"),
            self.tr("Currency"),
            self.tr("In force"),
            self.tr("Pending"),
        ]

    def display(self, item: Tariff, column: int) -> str:
        if column == self.CODE:
            return item.code
        if column == self.NAME:
            return item.name
        if column == self.SERVICE:
            return {"water": self.tr("Water"), "electricity": self.tr("Electricity")}.get(
                item.service, item.service
            )
        if column == self.CATEGORY:
            return item.tariff_category_code
        if column == self.PRODUCT:
            return item.product_code
        if column == self.CURRENCY:
            return item.currency_code
        if column == self.CURRENT:
            return (
                self.tr("Version %1").replace("%1", str(item.current_version_number))
                if item.current_version_number
                else self.tr("None")
            )
        return self.tr("Yes") if item.has_pending_version else ""

    def sort_value(self, item: Tariff, column: int) -> Any:
        return self.display(item, column).casefold()

    def key(self, item: Tariff) -> str:
        return item.tariff_id


class TariffPresenter(PresenterBase):
    tariff_loaded = Signal(object)  # GetTariffResponse
    #: the grid shown (GridDraft) and whether it is a proposal being edited
    grid_changed = Signal(object, bool)
    #: field path -> sentence, before sending or from the server's refusal
    problems_found = Signal(object)
    proposed = Signal(object)  # TariffVersion
    simulated = Signal(object)  # SimulateTariffResponse
    simulation_problem = Signal(str)

    def __init__(
        self,
        services: ClientServices,
        tasks: TaskRunner,
        session: SessionInfo,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(tasks, parent)
        self._tariffs = services.tariffs
        self._session = session
        self.model = TariffListModel(tasks, self)
        self.model.set_page_fetcher(lambda token: self._tariffs.list_tariffs(page_token=token))
        self.detail: TariffDetail | None = None
        self.version: TariffVersion | None = None
        self.draft: GridDraft | None = None
        self.editing = False
        self._proposal = CommandIntent()
        self._proposal_sent: str | None = None

    @property
    def can_propose(self) -> bool:
        return "billing.tariffs" in self._session.rights

    def reload(self) -> None:
        self.model.reload()

    def open_tariff(self, tariff_id: str) -> None:
        tariffs = self._tariffs
        self._run(lambda: tariffs.get_tariff(tariff_id), self._tariff_received)

    def _tariff_received(self, detail: TariffDetail) -> None:
        self.detail = detail
        self.editing = False
        self.tariff_loaded.emit(detail)
        versions = list(detail.versions)
        # the version in force today, else the newest approved one, else the newest
        current = detail.tariff.current_version_number
        shown = next((v for v in versions if current and v.version_number == current), None)
        shown = shown or next((v for v in versions if v.status == STATUS_APPROVED), None)
        if versions:
            self.show_version(shown or versions[0])
        else:
            self.version, self.draft = None, None
            self.grid_changed.emit(None, False)

    def version_text(self, version: TariffVersion) -> str:
        return (
            self.tr("Version %1 — from %2 — %3")
            .replace("%1", str(version.version_number))
            .replace("%2", date_text(version.valid_from))
            .replace("%3", version_status_text(version.status))
        )

    def version_details(self, version: TariffVersion | None) -> str:
        if version is None:
            return ""
        lines = [
            self.tr("Proposed by %1: %2")
            .replace("%1", version.created_by_login)
            .replace("%2", version.reason),
        ]
        if version.decided_by_login:
            lines.append(
                self.tr("%1 by %2")
                .replace("%1", version_status_text(version.status))
                .replace("%2", version.decided_by_login)
            )
        return "\n".join(lines)

    def show_version(self, version: TariffVersion) -> None:
        self.version = version
        self.editing = False
        self.draft = draft_of(version.definition)
        self.grid_changed.emit(self.draft, False)

    def start_proposal(self, base: TariffVersion | None = None) -> None:
        """A new grid to propose: a copy of `base` (or of the version shown), else empty."""
        source = base or self.version
        if source is not None:
            self.draft = copy.deepcopy(draft_of(source.definition))
        else:
            currency = self.detail.tariff.currency_code if self.detail else "XOF"
            unit = "m3" if self.detail and self.detail.tariff.service == "water" else "kWh"
            self.draft = GridDraft(currency_code=currency or "XOF", consumption_unit=unit)
        self.editing = True
        self._proposal.renew()
        self._proposal_sent = None
        self.grid_changed.emit(self.draft, True)

    def cancel_proposal(self) -> None:
        if self.version is not None:
            self.show_version(self.version)
        else:
            self.editing = False
            self.grid_changed.emit(None, False)

    def check_draft(self) -> dict[str, str]:
        found = problems(self.draft) if self.draft is not None else {}
        self.problems_found.emit(found)
        return found

    def propose(self, valid_from: dt.date, reason: str) -> dict[str, str]:
        """Sends the edited grid for approval; returns the problems found before sending."""
        if self.detail is None or self.draft is None or not self.editing:
            return {"": self.tr("Start a proposal first.")}
        found = problems(self.draft)
        if not reason.strip():
            found["reason"] = self.tr("Say why the grid changes.")
        if found:
            self.problems_found.emit(found)
            return found
        definition = definition_of(self.draft)
        key = f"{valid_from.isoformat()}|{reason.strip()}|{definition.SerializeToString().hex()}"
        if key != self._proposal_sent:
            if self._proposal_sent is not None:
                self._proposal.renew()
            self._proposal_sent = key
        tariffs, request_id = self._tariffs, self._proposal.request_id
        tariff_id = self.detail.tariff.tariff_id

        def work() -> TariffVersion:
            return tariffs.propose_version(
                request_id, tariff_id, valid_from, definition, reason.strip()
            )

        # a Retry after a network problem (retry_last) sends the same request id again
        self._last = (work, self._proposed_after_retry)
        self._set_busy(+1)
        self._tasks.run(work, self._proposed, self._propose_failed)
        return {}

    def _proposed_after_retry(self, version: TariffVersion) -> None:
        self._set_busy(+1)  # _run already counted this call down
        self._proposed(version)

    def _proposed(self, version: TariffVersion) -> None:
        self._set_busy(-1)
        self._proposal.renew()
        self._proposal_sent = None
        self.editing = False
        self.proposed.emit(version)
        if self.detail is not None:
            self.open_tariff(self.detail.tariff.tariff_id)
        self.model.reload()

    def _propose_failed(self, error: BackendError) -> None:
        self._set_busy(-1)
        if not error.is_connection_problem:
            self._proposal.renew()
            self._proposal_sent = None
        by_field = violations_by_field(error)
        if by_field:
            self.problems_found.emit(by_field)
        self.failed.emit(error)

    # ------------------------------------------------------------------ simulation
    def simulate(self, consumption: str, start: dt.date, end: dt.date, power_kva: str = "") -> bool:
        """Simulates the grid shown (the draft while proposing, else the version shown, else
        the tariff's approved versions). False when the usage is incomplete."""
        try:
            quantity = Decimal(consumption.strip().replace(",", ".") or "x")
            power = Decimal(power_kva.strip().replace(",", ".") or "0")
        except InvalidOperation:
            self.simulation_problem.emit(self.tr("Consumption and power are numbers."))
            return False
        if quantity < 0 or power < 0:
            self.simulation_problem.emit(self.tr("Consumption and power are 0 or more."))
            return False
        if end < start:
            self.simulation_problem.emit(self.tr("The period ends before it starts."))
            return False
        usage = TariffUsage(
            period_start=common_pb2.Date(year=start.year, month=start.month, day=start.day),
            period_end=common_pb2.Date(year=end.year, month=end.month, day=end.day),
            consumption=str(quantity),
            subscribed_power_va=int(power * 1000),
        )
        tariffs = self._tariffs
        if self.editing and self.draft is not None:
            definition = definition_of(self.draft)
            work: Any = lambda: tariffs.simulate(usage, definition=definition)  # noqa: E731
        elif self.version is not None:
            version_id = self.version.tariff_version_id
            work = lambda: tariffs.simulate(usage, tariff_version_id=version_id)  # noqa: E731
        elif self.detail is not None:
            tariff_id = self.detail.tariff.tariff_id
            work = lambda: tariffs.simulate(usage, tariff_id=tariff_id)  # noqa: E731
        else:
            self.simulation_problem.emit(self.tr("Choose a tariff first."))
            return False
        self.simulation_problem.emit("")
        self._tasks.run(work, self.simulated.emit, self._simulation_failed)
        return True

    def _simulation_failed(self, error: BackendError) -> None:
        self.simulation_problem.emit(error_text(error))
        by_field = violations_by_field(error)
        if by_field and self.editing:
            self.problems_found.emit(by_field)

    @staticmethod
    def total_text(result: SimulationResult) -> str:
        return format_money(result.total.amount_minor, result.total.currency_code)
