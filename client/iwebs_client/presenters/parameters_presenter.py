"""Parameters screen logic (PAR-1): list by module, filter, edit a value globally or for an
agency, reset it, and show its history. No widgets here."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal

from iwebs.v1 import parameter_service_pb2 as ppb
from iwebs_client.backend.client_types import BackendError
from iwebs_client.presenters.presenter_base import CommandIntent, PresenterBase
from iwebs_client.presenters.service_ports import Agency, ClientServices, Parameter
from iwebs_client.tasks import TaskRunner

GLOBAL = ""  # the agency id of the global value


def module_label(module: str) -> str:
    labels = {
        "general": QCoreApplication.translate("ParameterLabels", "General"),
        "customers": QCoreApplication.translate("ParameterLabels", "Customers"),
        "requests": QCoreApplication.translate("ParameterLabels", "Requests and works"),
        "readings": QCoreApplication.translate("ParameterLabels", "Meter readings"),
        "billing": QCoreApplication.translate("ParameterLabels", "Billing"),
        "cash": QCoreApplication.translate("ParameterLabels", "Cash desk"),
        "collection": QCoreApplication.translate("ParameterLabels", "Collection"),
        "prepaid": QCoreApplication.translate("ParameterLabels", "Prepaid"),
        "numbering": QCoreApplication.translate("ParameterLabels", "Numbering"),
        "sms": QCoreApplication.translate("ParameterLabels", "SMS notifications"),
    }
    return labels.get(module, module)


def type_label(kind: int) -> str:
    labels: dict[int, str] = {
        ppb.PARAMETER_TYPE_INTEGER: QCoreApplication.translate("ParameterLabels", "Integer"),
        ppb.PARAMETER_TYPE_DECIMAL: QCoreApplication.translate("ParameterLabels", "Decimal"),
        ppb.PARAMETER_TYPE_BOOLEAN: QCoreApplication.translate("ParameterLabels", "Yes / no"),
        ppb.PARAMETER_TYPE_TEXT: QCoreApplication.translate("ParameterLabels", "Text"),
        ppb.PARAMETER_TYPE_CHOICE: QCoreApplication.translate("ParameterLabels", "Choice"),
        ppb.PARAMETER_TYPE_DURATION_DAYS: QCoreApplication.translate("ParameterLabels", "Days"),
        ppb.PARAMETER_TYPE_MONEY: QCoreApplication.translate("ParameterLabels", "Amount"),
    }
    return labels.get(kind, "")


def source_label(parameter: Parameter, agency_name: str) -> str:
    """Where the shown value comes from: the default, the global value or the agency's."""
    source = parameter.effective_source
    if source == ppb.PARAMETER_VALUE_SOURCE_DEFAULT:
        return QCoreApplication.translate("ParameterLabels", "Default")
    if source == ppb.PARAMETER_VALUE_SOURCE_GLOBAL:
        return QCoreApplication.translate("ParameterLabels", "All agencies")
    return QCoreApplication.translate("ParameterLabels", "Agency %1").replace("%1", agency_name)


def display_value(parameter: Parameter, value: str) -> str:
    """How a canonical value is shown in the table: booleans in words, text on one line."""
    if parameter.definition.type == ppb.PARAMETER_TYPE_BOOLEAN:
        return (
            QCoreApplication.translate("ParameterLabels", "Yes")
            if value == "true"
            else QCoreApplication.translate("ParameterLabels", "No")
        )
    if parameter.definition.type == ppb.PARAMETER_TYPE_MONEY:
        amount, _, currency = value.partition(" ")
        if amount.lstrip("-").isdigit():
            return f"{int(amount):,}".replace(",", "\u202f") + f" {currency}"
    return value.replace("\n", " / ")


@dataclass(frozen=True)
class ParameterRow:
    key: str
    module: str
    type: str
    value: str
    source: str
    description: str


class ParametersPresenter(PresenterBase):
    loaded = Signal()
    saved = Signal(object)  # Parameter
    history_loaded = Signal(object)  # list[ParameterChange]

    def __init__(
        self, services: ClientServices, tasks: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(tasks, parent)
        self._parameters = services.parameters
        self._agencies_port = services.agencies
        self.parameters: list[Parameter] = []
        self.modules: list[str] = []
        self.agencies: list[Agency] = []
        #: the agency whose effective values the table shows ("" = the global value)
        self.agency_id = GLOBAL
        self.module = ""
        self.filter_text = ""
        self._generation = 0

    @property
    def agency_names(self) -> dict[str, str]:
        return {a.agency_id: a.name for a in self.agencies}

    def reload(self) -> None:
        """Loads the values the chosen agency sees; an older load that answers late is
        dropped (the agency may have changed meanwhile)."""
        self._generation += 1
        port, agency_id, generation = self._parameters, self.agency_id, self._generation
        self._run(
            lambda: port.list_parameters("", agency_id),
            lambda result: self._loaded(result) if generation == self._generation else None,
        )

    def load_agencies(self) -> None:
        """The agencies offered by the scope selector; without the right, global only."""
        port = self._agencies_port

        def work() -> list[Agency]:
            try:
                return port.list_all_agencies()
            except BackendError:
                return []

        self._run(work, self._agencies_loaded)

    def set_agency(self, agency_id: str) -> None:
        self.agency_id = agency_id
        self.reload()

    def rows(self) -> list[ParameterRow]:
        """The table's rows: the chosen module, filtered by key or description."""
        needle = self.filter_text.strip().lower()
        agency_name = self.scope_label(self.agency_id)
        result = []
        for p in self.parameters:
            d = p.definition
            if self.module and d.module != self.module:
                continue
            if needle and needle not in d.key.lower() and needle not in d.description.lower():
                continue
            result.append(
                ParameterRow(
                    d.key,
                    module_label(d.module),
                    type_label(d.type),
                    display_value(p, p.effective_value),
                    source_label(p, agency_name),
                    d.description,
                )
            )
        return result

    def parameter(self, key: str) -> Parameter | None:
        return next((p for p in self.parameters if p.definition.key == key), None)

    @staticmethod
    def value_at(parameter: Parameter, agency_id: str) -> tuple[str, int] | None:
        """(value, version) set at this scope, or None when nothing is set there."""
        for value in parameter.values:
            if value.agency_id == agency_id:
                return value.value, value.version
        return None

    @staticmethod
    def overridable(parameter: Parameter) -> bool:
        return parameter.definition.scope == ppb.PARAMETER_SCOPE_AGENCY

    def validate(self, parameter: Parameter, value: str, reason: str) -> dict[str, str]:
        """What the client can tell before asking the server (which checks types and bounds)."""
        problems: dict[str, str] = {}
        if parameter.definition.type != ppb.PARAMETER_TYPE_TEXT and not value.strip():
            problems["value"] = self.tr("Enter a value.")
        if not reason.strip():
            problems["reason"] = self.tr("Say why the value changes.")
        return problems

    def set_value(
        self, intent: CommandIntent, parameter: Parameter, agency_id: str, value: str, reason: str
    ) -> bool:
        if self.busy or self.validate(parameter, value, reason):
            return False
        current = self.value_at(parameter, agency_id)
        version = current[1] if current else 0
        port, request_id, key = self._parameters, intent.request_id, parameter.definition.key
        self._run(
            lambda: port.set_parameter_value(
                request_id, key, agency_id, value, version, reason.strip()
            ),
            lambda saved: self._saved(intent, saved),
        )
        return True

    def reset_value(
        self, intent: CommandIntent, parameter: Parameter, agency_id: str, reason: str
    ) -> bool:
        current = self.value_at(parameter, agency_id)
        if self.busy or current is None or not reason.strip():
            return False
        port, request_id, key = self._parameters, intent.request_id, parameter.definition.key
        version = current[1]
        self._run(
            lambda: port.reset_parameter_value(request_id, key, agency_id, version, reason.strip()),
            lambda saved: self._saved(intent, saved),
        )
        return True

    def load_history(self, key: str) -> None:
        port = self._parameters
        self._run(lambda: port.list_parameter_changes(key), self.history_loaded.emit)

    def scope_label(self, agency_id: str) -> str:
        if not agency_id:
            return self.tr("All agencies")
        return self.agency_names.get(agency_id, agency_id)

    def _loaded(self, result: tuple[list[Parameter], list[str]]) -> None:
        self.parameters, self.modules = result
        self.loaded.emit()

    def _agencies_loaded(self, agencies: list[Agency]) -> None:
        self.agencies = [a for a in agencies if a.active]
        self.loaded.emit()

    def _saved(self, intent: CommandIntent, parameter: Parameter) -> None:
        intent.renew()
        self.saved.emit(parameter)
        self.reload()
