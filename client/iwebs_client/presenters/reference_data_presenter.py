"""Reference data screen logic (PAR-2): coded lists, rounds per agency, the network tree,
and the export / import file with its report. No widgets here."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal

from iwebs.v1 import customer_pb2
from iwebs_client.presenters.presenter_base import CommandIntent, PresenterBase
from iwebs_client.presenters.service_ports import (
    Agency,
    ClientServices,
    ImportReport,
    NetworkNode,
    ReferenceItem,
    ReferenceTable,
    Round,
)
from iwebs_client.tasks import TaskRunner

# the kind each network node hangs on (None: a root), as the server rule (ACC-5)
PARENT_KIND: dict[int, int | None] = {
    customer_pb2.NETWORK_NODE_KIND_SUBSTATION: None,
    customer_pb2.NETWORK_NODE_KIND_FEEDER: customer_pb2.NETWORK_NODE_KIND_SUBSTATION,
    customer_pb2.NETWORK_NODE_KIND_TRANSFORMER: customer_pb2.NETWORK_NODE_KIND_FEEDER,
    customer_pb2.NETWORK_NODE_KIND_WATER_SECTOR: None,
}


def node_kind_label(kind: int) -> str:
    labels: dict[int, str] = {
        customer_pb2.NETWORK_NODE_KIND_SUBSTATION: QCoreApplication.translate(
            "ReferenceLabels", "Substation"
        ),
        customer_pb2.NETWORK_NODE_KIND_FEEDER: QCoreApplication.translate(
            "ReferenceLabels", "MV feeder"
        ),
        customer_pb2.NETWORK_NODE_KIND_TRANSFORMER: QCoreApplication.translate(
            "ReferenceLabels", "MV/LV transformer"
        ),
        customer_pb2.NETWORK_NODE_KIND_WATER_SECTOR: QCoreApplication.translate(
            "ReferenceLabels", "Water sector"
        ),
    }
    return labels.get(kind, "")


def section_label(section: str) -> str:
    labels = {
        "parameters": QCoreApplication.translate("ReferenceLabels", "Parameters"),
        "reference_items": QCoreApplication.translate("ReferenceLabels", "Reference items"),
        "rounds": QCoreApplication.translate("ReferenceLabels", "Rounds"),
        "network_nodes": QCoreApplication.translate("ReferenceLabels", "Network nodes"),
    }
    return labels.get(section, section)


def report_text(report: ImportReport) -> str:
    """The import report as lines a person reads: every error with where it is, or counts."""
    if report.errors:
        lines = [
            QCoreApplication.translate(
                "ReferenceLabels", "File refused, nothing was imported (%1 errors):"
            ).replace("%1", str(len(report.errors)))
        ]
        lines += [f"  {e.location}: {e.message}" for e in report.errors]
        return "\n".join(lines)
    title = (
        QCoreApplication.translate("ReferenceLabels", "Check only, nothing was written:")
        if report.dry_run
        else QCoreApplication.translate("ReferenceLabels", "File imported:")
    )
    lines = [title]
    for s in report.sections:
        lines.append(
            QCoreApplication.translate(
                "ReferenceLabels", "  %1: %2 created, %3 updated, %4 unchanged"
            )
            .replace("%1", section_label(s.section))
            .replace("%2", str(s.created))
            .replace("%3", str(s.updated))
            .replace("%4", str(s.unchanged))
        )
    return "\n".join(lines)


class ReferenceDataPresenter(PresenterBase):
    tables_loaded = Signal()
    items_loaded = Signal()
    rounds_loaded = Signal()
    nodes_loaded = Signal()
    agencies_loaded = Signal()
    saved = Signal(object)  # ReferenceItem | Round | NetworkNode
    exported = Signal(str)  # path
    imported = Signal(object)  # ImportReport

    def __init__(
        self, services: ClientServices, tasks: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(tasks, parent)
        self._port = services.reference_data
        self._agencies_port = services.agencies
        self.tables: list[ReferenceTable] = []
        self.items: list[ReferenceItem] = []
        self.rounds: list[Round] = []
        self.nodes: list[NetworkNode] = []
        self.agencies: list[Agency] = []
        self.grouping_items: list[ReferenceItem] = []
        self._items_generation = 0
        self._rounds_generation = 0
        self.table_code = ""
        self.include_inactive = True
        self.agency_id = ""
        #: labels in French unless the client runs in another language
        self.french = QLocale().language() != QLocale.Language.English

    # loading

    def load_tables(self) -> None:
        port = self._port
        self._run(port.list_tables, self._tables)

    def select_table(self, table_code: str) -> None:
        self.table_code = table_code
        self.load_items()

    def load_items(self) -> None:
        if not self.table_code:
            return
        self._items_generation += 1
        port, table, inactive = self._port, self.table_code, self.include_inactive
        generation = self._items_generation
        # a late answer for a table no longer chosen is dropped
        self._run(
            lambda: port.list_items(table, inactive),
            lambda items: self._items(items) if generation == self._items_generation else None,
        )

    def load_agencies(self) -> None:
        port = self._agencies_port
        self._run(port.list_all_agencies, self._agencies)

    def select_agency(self, agency_id: str) -> None:
        self.agency_id = agency_id
        self.load_rounds()

    def load_rounds(self) -> None:
        if not self.agency_id:
            return
        self._rounds_generation += 1
        port, agency_id, generation = self._port, self.agency_id, self._rounds_generation
        self._run(
            lambda: port.list_rounds(agency_id, True),
            lambda rounds: self._rounds(rounds) if generation == self._rounds_generation else None,
        )

    def load_nodes(self) -> None:
        port = self._port
        self._run(lambda: port.list_network_nodes(True), self._nodes)

    # what the views show

    def table_label(self, table: ReferenceTable) -> str:
        return table.label_fr if self.french else table.label_en

    def item_label(self, item: ReferenceItem) -> str:
        return item.label_fr if self.french else item.label_en

    def grouping_codes(self) -> list[str]:
        """Round groupings offered for a round (the active items of that table)."""
        return [i.code for i in self.grouping_items]

    def node_children(self, parent_id: str) -> list[NetworkNode]:
        return [n for n in self.nodes if n.parent_id == parent_id]

    def possible_parents(self, kind: int) -> list[NetworkNode]:
        parent_kind = PARENT_KIND.get(kind)
        if parent_kind is None:
            return []
        return [n for n in self.nodes if n.kind == parent_kind and n.active]

    # checks before asking the server

    def validate_item(
        self, code: str, label_fr: str, label_en: str, attributes_json: str
    ) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not code.strip():
            problems["code"] = self.tr("Enter a code.")
        if not label_fr.strip():
            problems["label_fr"] = self.tr("Enter the French label.")
        if not label_en.strip():
            problems["label_en"] = self.tr("Enter the English label.")
        if attributes_json.strip():
            try:
                if not isinstance(json.loads(attributes_json), dict):
                    raise ValueError
            except ValueError:
                problems["attributes_json"] = self.tr(
                    'Attributes are a JSON object, e.g. {"value": 500}.'
                )
        return problems

    def validate_named(self, code: str, name: str) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not code.strip():
            problems["code"] = self.tr("Enter a code.")
        if not name.strip():
            problems["name"] = self.tr("Enter a name.")
        return problems

    # commands

    def create_item(
        self,
        intent: CommandIntent,
        code: str,
        label_fr: str,
        label_en: str,
        attributes_json: str,
        sort_order: int,
    ) -> bool:
        if self.busy or not self.table_code:
            return False
        if self.validate_item(code, label_fr, label_en, attributes_json):
            return False
        port, request_id, table = self._port, intent.request_id, self.table_code
        self._run(
            lambda: port.create_item(
                request_id,
                table,
                code.strip(),
                label_fr.strip(),
                label_en.strip(),
                attributes_json.strip(),
                sort_order,
            ),
            lambda item: self._saved(intent, item, self.load_items),
        )
        return True

    def update_item(
        self,
        intent: CommandIntent,
        item: ReferenceItem,
        label_fr: str,
        label_en: str,
        attributes_json: str,
        sort_order: int,
        active: bool,
        reason: str = "",
    ) -> bool:
        if self.busy or self.validate_item(item.code, label_fr, label_en, attributes_json):
            return False
        port, request_id = self._port, intent.request_id
        self._run(
            lambda: port.update_item(
                request_id,
                item,
                label_fr=label_fr.strip(),
                label_en=label_en.strip(),
                attributes_json=attributes_json.strip(),
                sort_order=sort_order,
                active=active,
                reason=reason.strip(),
            ),
            lambda saved: self._saved(intent, saved, self.load_items),
        )
        return True

    def set_item_active(self, intent: CommandIntent, item: ReferenceItem, active: bool) -> bool:
        """Deactivates (or reactivates) an item: never a deletion, records keep the code."""
        return self.update_item(
            intent,
            item,
            item.label_fr,
            item.label_en,
            item.attributes_json,
            item.sort_order,
            active,
        )

    def create_round(self, intent: CommandIntent, code: str, name: str, grouping: str) -> bool:
        if self.busy or not self.agency_id or self.validate_named(code, name):
            return False
        port, request_id, agency_id = self._port, intent.request_id, self.agency_id
        self._run(
            lambda: port.create_round(request_id, agency_id, code.strip(), name.strip(), grouping),
            lambda saved: self._saved(intent, saved, self.load_rounds),
        )
        return True

    def update_round(
        self, intent: CommandIntent, round_: Round, name: str, grouping: str, active: bool
    ) -> bool:
        if self.busy or self.validate_named(round_.code, name):
            return False
        port, request_id = self._port, intent.request_id
        self._run(
            lambda: port.update_round(
                request_id, round_, name=name.strip(), grouping_code=grouping, active=active,
                reason="",
            ),
            lambda saved: self._saved(intent, saved, self.load_rounds),
        )  # fmt: skip
        return True

    def create_node(
        self, intent: CommandIntent, kind: int, code: str, name: str, parent_id: str
    ) -> bool:
        if self.busy or self.validate_named(code, name):
            return False
        port, request_id = self._port, intent.request_id
        self._run(
            lambda: port.create_network_node(
                request_id, kind, code.strip(), name.strip(), parent_id, ""
            ),
            lambda saved: self._saved(intent, saved, self.load_nodes),
        )
        return True

    def update_node(
        self, intent: CommandIntent, node: NetworkNode, name: str, parent_id: str, active: bool
    ) -> bool:
        if self.busy or self.validate_named(node.code, name):
            return False
        port, request_id = self._port, intent.request_id
        self._run(
            lambda: port.update_network_node(
                request_id, node, name=name.strip(), parent_id=parent_id, active=active, reason=""
            ),
            lambda saved: self._saved(intent, saved, self.load_nodes),
        )
        return True

    def export_to(self, path: str) -> None:
        """Asks the server for the file and writes it, both on a worker thread."""
        port = self._port

        def work() -> str:
            Path(path).write_bytes(port.export_file())
            return path

        self._run(work, self.exported.emit)

    def import_from(self, intent: CommandIntent, path: str, dry_run: bool) -> None:
        port, request_id = self._port, intent.request_id

        def work() -> ImportReport:
            return port.import_file(request_id, Path(path).read_bytes(), dry_run)

        def done(report: ImportReport) -> None:
            intent.renew()
            self.imported.emit(report)
            if report.applied:
                self.load_tables()
                self.load_items()
                self.load_rounds()
                self.load_nodes()

        self._run(work, done)

    # results

    def load_groupings(self) -> None:
        port = self._port
        self._run(lambda: port.list_items("round_grouping", False), self._groupings_loaded)

    def _groupings_loaded(self, items: list[ReferenceItem]) -> None:
        self.grouping_items = list(items)
        self.rounds_loaded.emit()

    def _tables(self, tables: list[ReferenceTable]) -> None:
        self.tables = list(tables)
        self.tables_loaded.emit()

    def _items(self, items: list[ReferenceItem]) -> None:
        self.items = list(items)
        self.items_loaded.emit()

    def _agencies(self, agencies: list[Agency]) -> None:
        self.agencies = [a for a in agencies if a.active]
        self.agencies_loaded.emit()

    def _rounds(self, rounds: list[Round]) -> None:
        self.rounds = list(rounds)
        self.rounds_loaded.emit()

    def _nodes(self, nodes: list[NetworkNode]) -> None:
        self.nodes = list(nodes)
        self.nodes_loaded.emit()

    def _saved(self, intent: CommandIntent, saved: object, reload: Callable[[], None]) -> None:
        intent.renew()
        self.saved.emit(saved)
        reload()
