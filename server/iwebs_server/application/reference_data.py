"""Reference data (PAR-2): coded lists, agencies' rounds, the network tree (ACC-5), and the
file that carries them and the parameters from one installation to another (its format
and checks: application/reference_data_file.py).

Every form needs the lists, so reading them needs only a session; changing them needs
`parameters.manage`. An item is never deleted (records keep its code): it is deactivated.
Changes are historized (ACC-4) and audited (ADM-8) in the transaction of the change.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from iwebs_server.application.audit_trail import AuditTrail, details
from iwebs_server.application.change_history import (
    CREATE,
    UPDATE,
    ChangedRecord,
    ChangeHistory,
    changed_fields,
)
from iwebs_server.application.clock import Clock, new_id
from iwebs_server.application.customer_base_views import NetworkNodeView, RoundView
from iwebs_server.application.customer_record_views import node_view, round_view
from iwebs_server.application.idempotency import Idempotency
from iwebs_server.application.parameters import ParameterService
from iwebs_server.application.reference_data_file import (
    FILE_FORMAT,
    FILE_VERSION,
    ImportReport,
    check_attributes,
    check_code,
    check_items,
    check_nodes,
    check_parameters,
    check_rounds,
    check_table,
    count,
    parse_document,
)
from iwebs_server.application.reference_seed import attributes_json, seed_reference_data
from iwebs_server.application.validation import Checks, identifier
from iwebs_server.domain import rights
from iwebs_server.domain.customer_base import NETWORK_PARENT_KIND, NetworkNodeKind
from iwebs_server.domain.errors import (
    AlreadyExists,
    Forbidden,
    InvalidInput,
    NotFound,
    VersionConflict,
)
from iwebs_server.domain.parameters import REGISTRY
from iwebs_server.domain.principal import Principal
from iwebs_server.domain.reference_tables import (
    TABLE_LABELS,
    ReferenceTable,
)
from iwebs_server.persistence.tables.customer_base import NetworkNodeRow, RoundRow
from iwebs_server.persistence.tables.reference_data import GLOBAL_SCOPE, ReferenceItemRow
from iwebs_server.persistence.unit_of_work import UnitOfWork, UowFactory

IMPORT_REASON = "import"
_NODE_ORDER = {k: i for i, k in enumerate(NetworkNodeKind)}


@dataclass(frozen=True)
class ReferenceTableView:
    code: str
    label_fr: str
    label_en: str
    active_items: int
    inactive_items: int


@dataclass(frozen=True)
class ReferenceItemView:
    item_id: str
    table_code: str
    code: str
    label_fr: str
    label_en: str
    attributes_json: str
    sort_order: int
    active: bool
    version: int


class _Rejected(Exception):
    def __init__(self, report: ImportReport) -> None:
        super().__init__("import rejected")
        self.report = report


class _DryRunDone(Exception):
    def __init__(self, report: ImportReport) -> None:
        super().__init__("dry run")
        self.report = report


def item_view(row: ReferenceItemRow) -> ReferenceItemView:
    return ReferenceItemView(
        row.id,
        row.table_code,
        row.code,
        row.label_fr,
        row.label_en,
        row.attributes_json,
        row.sort_order,
        row.active,
        row.version,
    )


class ReferenceDataService:
    def __init__(
        self,
        uow_factory: UowFactory,
        clock: Clock,
        audit: AuditTrail,
        idempotency: Idempotency,
        history: ChangeHistory,
        parameters: ParameterService,
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._audit = audit
        self._idempotency = idempotency
        self._history = history
        self._parameters = parameters

    # reads (any signed-in session: every form offers these lists)

    def tables(self, principal: Principal) -> list[ReferenceTableView]:
        with self._uow(read_only=True) as uow:
            rows = uow.reference_data.items(None, include_inactive=True)
        counts: dict[str, list[int]] = {}
        for row in rows:
            counts.setdefault(row.table_code, [0, 0])[0 if row.active else 1] += 1
        return [
            ReferenceTableView(t.value, *TABLE_LABELS[t], *counts.get(t.value, [0, 0]))
            for t in ReferenceTable
        ]

    def items(
        self, principal: Principal, table_code: str, include_inactive: bool
    ) -> list[ReferenceItemView]:
        checks = Checks()
        check_table(checks, "table_code", table_code)
        checks.raise_if_any()
        with self._uow(read_only=True) as uow:
            rows = uow.reference_data.items(table_code, include_inactive)
        return [item_view(r) for r in rows]

    def rounds(
        self, principal: Principal, agency_id: str, include_inactive: bool
    ) -> list[RoundView]:
        principal.require(rights.PARAMETERS_READ)
        identifier("agency_id", agency_id)
        principal.scope.require(agency_id, "agency")
        with self._uow(read_only=True) as uow:
            rows = uow.reference_data.rounds([agency_id])
        return [round_view(r) for r in rows if include_inactive or r.active]

    def network_nodes(self, principal: Principal, include_inactive: bool) -> list[NetworkNodeView]:
        principal.require(rights.PARAMETERS_READ)
        with self._uow(read_only=True) as uow:
            rows = uow.reference_data.nodes()
        rows.sort(key=lambda n: (_NODE_ORDER[NetworkNodeKind(n.kind)], n.code))
        return [
            node_view(r)
            for r in rows
            if (include_inactive or r.active)
            and (r.agency_id is None or principal.scope.allows(r.agency_id))
        ]

    # reference items

    def create_item(
        self,
        principal: Principal,
        request_id: str,
        table_code: str,
        code: str,
        label_fr: str,
        label_en: str,
        attributes: str,
        sort_order: int,
    ) -> ReferenceItemView:
        principal.require(rights.PARAMETERS_MANAGE)
        checks = Checks()
        table = check_table(checks, "table_code", table_code)
        code = check_code(checks, "code", code)
        label_fr = checks.text("label_fr", label_fr)
        label_en = checks.text("label_en", label_en)
        attrs = check_attributes(checks, "attributes_json", table, attributes)
        checks.raise_if_any()
        payload = {
            "table": table_code,
            "code": code,
            "label_fr": label_fr,
            "label_en": label_en,
            "attributes": attributes_json(attrs),
            "sort_order": sort_order,
        }

        def perform(uow: UnitOfWork) -> tuple[str, ReferenceItemView]:
            if uow.reference_data.get(table_code, code) is not None:
                raise AlreadyExists("reference_item", "code")
            row = self._new_item(table_code, code, label_fr, label_en, attrs, sort_order, True)
            uow.reference_data.add_item(row)
            uow.session.flush()
            self._historize(
                uow,
                principal,
                "reference_item",
                row.id,
                None,
                CREATE,
                self._item_fields(row, {}),
                "",
                request_id,
            )
            return row.id, item_view(row)

        def replay(uow: UnitOfWork, ref: str) -> ReferenceItemView:
            row = uow.reference_data.get_item(ref)
            if row is None:  # pragma: no cover - items are never deleted
                raise NotFound("reference_item", ref)
            return item_view(row)

        return self._idempotency.execute(
            request_id, "reference_item.create", payload, principal.user_id, perform, replay
        )

    def update_item(
        self,
        principal: Principal,
        request_id: str,
        item_id: str,
        version: int,
        label_fr: str,
        label_en: str,
        attributes: str,
        sort_order: int,
        active: bool,
        reason: str,
    ) -> ReferenceItemView:
        principal.require(rights.PARAMETERS_MANAGE)
        checks = Checks()
        checks.identifier("item_id", item_id)
        label_fr = checks.text("label_fr", label_fr)
        label_en = checks.text("label_en", label_en)
        reason = checks.text("reason", reason, required=False, max_length=500)
        checks.raise_if_any()
        payload = {
            "item_id": item_id,
            "version": version,
            "label_fr": label_fr,
            "label_en": label_en,
            "attributes": attributes,
            "sort_order": sort_order,
            "active": active,
            "reason": reason,
        }

        def perform(uow: UnitOfWork) -> tuple[str, ReferenceItemView]:
            row = uow.reference_data.get_item(item_id)
            if row is None:
                raise NotFound("reference_item", item_id)
            if row.version != version:
                raise VersionConflict("reference_item")
            attr_checks = Checks()
            attrs = check_attributes(
                attr_checks, "attributes_json", ReferenceTable(row.table_code), attributes
            )
            attr_checks.raise_if_any()
            new = {
                "label_fr": label_fr,
                "label_en": label_en,
                "attributes": attributes_json(attrs),
                "sort_order": sort_order,
                "active": active,
            }
            self._update_item(uow, principal, row, new, reason, request_id)
            return row.id, item_view(row)

        def replay(uow: UnitOfWork, ref: str) -> ReferenceItemView:
            row = uow.reference_data.get_item(ref)
            assert row is not None
            return item_view(row)

        return self._idempotency.execute(
            request_id, "reference_item.update", payload, principal.user_id, perform, replay
        )

    def seed_standard(self, principal: Principal) -> int:
        """Adds the standard lists' missing items (`iwebs reference seed`)."""
        principal.require(rights.PARAMETERS_MANAGE)
        with self._uow() as uow:
            added = seed_reference_data(uow, self._clock)
            self._audit.record(
                uow, "reference_data.seed", principal=principal, details_json=details(added=added)
            )
        return added

    # rounds (per agency: scope-checked, SEC-07)

    def create_round(
        self,
        principal: Principal,
        request_id: str,
        agency_id: str,
        code: str,
        name: str,
        grouping_code: str,
    ) -> RoundView:
        principal.require(rights.PARAMETERS_MANAGE)
        checks = Checks()
        checks.identifier("agency_id", agency_id)
        code = check_code(checks, "code", code)
        name = checks.text("name", name)
        grouping_code = checks.text("grouping_code", grouping_code, required=False, max_length=32)
        checks.raise_if_any()
        principal.scope.require(agency_id, "agency")
        payload = {"agency_id": agency_id, "code": code, "name": name, "grouping": grouping_code}

        def perform(uow: UnitOfWork) -> tuple[str, RoundView]:
            if uow.agencies.get(agency_id, principal.scope) is None:
                raise NotFound("agency", agency_id)
            self._require_grouping(uow, grouping_code)
            if uow.reference_data.round_by_code(agency_id, code) is not None:
                raise AlreadyExists("round", "code")
            row = RoundRow(
                id=new_id(),
                agency_id=agency_id,
                code=code,
                name=name,
                grouping_code=grouping_code,
                active=True,
                version=1,
            )
            uow.reference_data.add_round(row)
            self._historize(
                uow,
                principal,
                "round",
                row.id,
                agency_id,
                CREATE,
                self._round_fields(row, {}),
                "",
                request_id,
            )
            return row.id, round_view(row)

        def replay(uow: UnitOfWork, ref: str) -> RoundView:
            return round_view(self._visible_round(uow, principal, ref))

        return self._idempotency.execute(
            request_id, "round.create", payload, principal.user_id, perform, replay
        )

    def update_round(
        self,
        principal: Principal,
        request_id: str,
        round_id: str,
        version: int,
        name: str,
        grouping_code: str,
        active: bool,
        reason: str,
    ) -> RoundView:
        principal.require(rights.PARAMETERS_MANAGE)
        checks = Checks()
        checks.identifier("round_id", round_id)
        name = checks.text("name", name)
        grouping_code = checks.text("grouping_code", grouping_code, required=False, max_length=32)
        reason = checks.text("reason", reason, required=False, max_length=500)
        checks.raise_if_any()
        payload = {
            "round_id": round_id,
            "version": version,
            "name": name,
            "grouping": grouping_code,
            "active": active,
            "reason": reason,
        }

        def perform(uow: UnitOfWork) -> tuple[str, RoundView]:
            row = self._visible_round(uow, principal, round_id)
            if row.version != version:
                raise VersionConflict("round")
            self._require_grouping(uow, grouping_code, row.grouping_code)
            new = {"name": name, "grouping_code": grouping_code, "active": active}
            self._update_round(uow, principal, row, new, reason, request_id)
            return row.id, round_view(row)

        def replay(uow: UnitOfWork, ref: str) -> RoundView:
            return round_view(self._visible_round(uow, principal, ref))

        return self._idempotency.execute(
            request_id, "round.update", payload, principal.user_id, perform, replay
        )

    # network nodes (ACC-5)

    def create_node(
        self,
        principal: Principal,
        request_id: str,
        kind: str,
        code: str,
        name: str,
        parent_id: str,
        agency_id: str,
    ) -> NetworkNodeView:
        principal.require(rights.PARAMETERS_MANAGE)
        checks = Checks()
        checks.choice("kind", kind, [k.value for k in NetworkNodeKind])
        code = check_code(checks, "code", code)
        name = checks.text("name", name)
        checks.identifier("parent_id", parent_id, required=False)
        checks.identifier("agency_id", agency_id, required=False)
        checks.raise_if_any()
        self._require_node_scope(principal, agency_id)
        payload = {
            "kind": kind,
            "code": code,
            "name": name,
            "parent": parent_id,
            "agency": agency_id,
        }

        def perform(uow: UnitOfWork) -> tuple[str, NetworkNodeView]:
            if agency_id and uow.agencies.get(agency_id, principal.scope) is None:
                raise NotFound("agency", agency_id)
            self._check_parent(uow, principal, NetworkNodeKind(kind), parent_id)
            if uow.reference_data.node_by_code(kind, code) is not None:
                raise AlreadyExists("network_node", "code")
            row = NetworkNodeRow(
                id=new_id(),
                kind=kind,
                code=code,
                name=name,
                parent_id=parent_id or None,
                agency_id=agency_id or None,
                active=True,
                version=1,
            )
            uow.reference_data.add_node(row)
            self._historize(
                uow,
                principal,
                "network_node",
                row.id,
                row.agency_id,
                CREATE,
                self._node_fields(row, {}),
                "",
                request_id,
            )
            return row.id, node_view(row)

        def replay(uow: UnitOfWork, ref: str) -> NetworkNodeView:
            return node_view(self._visible_node(uow, principal, ref))

        return self._idempotency.execute(
            request_id, "network_node.create", payload, principal.user_id, perform, replay
        )

    def update_node(
        self,
        principal: Principal,
        request_id: str,
        node_id: str,
        version: int,
        name: str,
        parent_id: str,
        active: bool,
        reason: str,
    ) -> NetworkNodeView:
        principal.require(rights.PARAMETERS_MANAGE)
        checks = Checks()
        checks.identifier("node_id", node_id)
        name = checks.text("name", name)
        checks.identifier("parent_id", parent_id, required=False)
        reason = checks.text("reason", reason, required=False, max_length=500)
        checks.raise_if_any()
        payload = {
            "node_id": node_id,
            "version": version,
            "name": name,
            "parent": parent_id,
            "active": active,
            "reason": reason,
        }

        def perform(uow: UnitOfWork) -> tuple[str, NetworkNodeView]:
            row = self._visible_node(uow, principal, node_id)
            self._require_node_scope(principal, row.agency_id or "")
            if row.version != version:
                raise VersionConflict("network_node")
            if (parent_id or None) != row.parent_id:
                self._check_parent(uow, principal, NetworkNodeKind(row.kind), parent_id)
            new = {"name": name, "parent_id": parent_id or None, "active": active}
            self._update_node(uow, principal, row, new, reason, request_id)
            return row.id, node_view(row)

        def replay(uow: UnitOfWork, ref: str) -> NetworkNodeView:
            return node_view(self._visible_node(uow, principal, ref))

        return self._idempotency.execute(
            request_id, "network_node.update", payload, principal.user_id, perform, replay
        )

    # export and import (PAR-2: "exportable and importable as files")

    def export(self, principal: Principal) -> bytes:
        """One JSON document: parameters set, reference items, rounds and network nodes of
        the caller's scope. Agencies and parents are named by code, so that the file
        carries over to another installation."""
        principal.require(rights.PARAMETERS_READ)
        with self._uow(read_only=True) as uow:
            agency_codes = self._agency_codes(uow)
            allowed = principal.scope.allows
            parameters = [
                {
                    "key": r.key,
                    "agency": "" if r.scope == GLOBAL_SCOPE else agency_codes.get(r.scope, ""),
                    "value": r.value,
                }
                for r in uow.reference_data.parameter_values()
                if r.key in REGISTRY and (r.scope == GLOBAL_SCOPE or allowed(r.scope))
            ]
            items = [
                {
                    "table": r.table_code,
                    "code": r.code,
                    "label_fr": r.label_fr,
                    "label_en": r.label_en,
                    "attributes": json.loads(r.attributes_json or "{}"),
                    "sort_order": r.sort_order,
                    "active": r.active,
                }
                for r in uow.reference_data.items(None, include_inactive=True)
            ]
            rounds = [
                {
                    "agency": agency_codes[r.agency_id],
                    "code": r.code,
                    "name": r.name,
                    "grouping": r.grouping_code,
                    "active": r.active,
                }
                for r in uow.reference_data.rounds(None)
                if allowed(r.agency_id)
            ]
            all_nodes = uow.reference_data.nodes()
            by_id = {n.id: n for n in all_nodes}
            nodes = [
                {
                    "kind": n.kind,
                    "code": n.code,
                    "name": n.name,
                    "parent": by_id[n.parent_id].code if n.parent_id else "",
                    "agency": agency_codes.get(n.agency_id, "") if n.agency_id else "",
                    "active": n.active,
                }
                for n in sorted(
                    all_nodes, key=lambda n: (_NODE_ORDER[NetworkNodeKind(n.kind)], n.code)
                )
                if n.agency_id is None or allowed(n.agency_id)
            ]
        document = {
            "format": FILE_FORMAT,
            "format_version": FILE_VERSION,
            "exported_at": self._clock.now().isoformat(),
            "parameters": parameters,
            "reference_items": items,
            "rounds": rounds,
            "network_nodes": nodes,
        }
        return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    def import_file(
        self, principal: Principal, request_id: str, content: bytes, dry_run: bool
    ) -> ImportReport:
        """All or nothing: every entry is checked first; one error refuses the whole file
        with every error and where it is. What the file does not name is left as it is;
        what it names is created or brought to the file's values, so importing the same
        file twice changes nothing the second time."""
        principal.require(rights.PARAMETERS_MANAGE)
        if not principal.scope.all_agencies:
            raise Forbidden(
                "AGENCY_OUT_OF_SCOPE", "only a user with every agency in scope imports a file"
            )
        document, errors = parse_document(content)
        if errors:
            return ImportReport(dry_run=dry_run, errors=errors)
        if dry_run:
            try:
                with self._uow() as uow:
                    report = self._import(uow, principal, document, None)
                    raise _DryRunDone(report)  # rolls the transaction back
            except _DryRunDone as done:
                done.report.dry_run = True
                return done.report
            except _Rejected as rejected:
                rejected.report.dry_run = True
                return rejected.report
        payload = {"sha256": hashlib.sha256(content).hexdigest()}

        def perform(uow: UnitOfWork) -> tuple[str, ImportReport]:
            report = self._import(uow, principal, document, request_id)
            report.applied = True
            self._audit.record(
                uow,
                "reference_data.import",
                principal=principal,
                request_id=request_id,
                details_json=details(
                    sha256=payload["sha256"],
                    counts={s: vars(c) for s, c in report.sections.items()},
                ),
            )
            return report.encode(), report

        try:
            return self._idempotency.execute(
                request_id,
                "reference_data.import",
                payload,
                principal.user_id,
                perform,
                lambda uow, ref: ImportReport.decode(ref),
            )
        except _Rejected as rejected:
            return rejected.report

    # internals

    def _import(
        self,
        uow: UnitOfWork,
        principal: Principal,
        document: dict[str, Any],
        request_id: str | None,
    ) -> ImportReport:
        report = ImportReport()
        checks = Checks()
        agencies = {a.code: a.id for a in self._all_agencies(uow)}
        parameters = check_parameters(checks, document["parameters"], agencies)
        items = check_items(checks, document["reference_items"])
        groupings = {
            code for (table, code), active in items.items() if table == "round_grouping" and active
        }
        groupings |= uow.reference_data.active_codes("round_grouping")
        rounds = check_rounds(checks, document["rounds"], agencies, groupings)
        nodes = check_nodes(uow, checks, document["network_nodes"], agencies)
        if checks.violations:
            raise _Rejected(ImportReport(errors=checks.violations))
        for definition, scope, value in parameters:
            current = uow.reference_data.parameter_value(definition.key, scope)
            changed = self._parameters.apply(
                uow, principal, definition, scope, value, None, IMPORT_REASON, request_id
            )
            count(report, "parameters", current is None, changed)
        for entry in items.values():
            self._import_item(uow, principal, entry, report, request_id)
        for entry in rounds:
            self._import_round(uow, principal, entry, report, request_id)
        for entry in nodes:
            self._import_node(uow, principal, entry, report, request_id)
        return report

    def _import_item(
        self,
        uow: UnitOfWork,
        principal: Principal,
        entry: dict[str, Any],
        report: ImportReport,
        request_id: str | None,
    ) -> None:
        row = uow.reference_data.get(entry["table"], entry["code"])
        if row is None:
            row = self._new_item(
                entry["table"],
                entry["code"],
                entry["label_fr"],
                entry["label_en"],
                json.loads(entry["attributes"]),
                entry["sort_order"],
                entry["active"],
            )
            uow.reference_data.add_item(row)
            uow.session.flush()
            self._historize(
                uow,
                principal,
                "reference_item",
                row.id,
                None,
                CREATE,
                self._item_fields(row, {}),
                IMPORT_REASON,
                request_id,
            )
            count(report, "reference_items", True, True)
            return
        new = {k: entry[k] for k in ("label_fr", "label_en", "attributes", "sort_order", "active")}
        changed = self._update_item(uow, principal, row, new, IMPORT_REASON, request_id)
        count(report, "reference_items", False, changed)

    def _import_round(
        self,
        uow: UnitOfWork,
        principal: Principal,
        entry: dict[str, Any],
        report: ImportReport,
        request_id: str | None,
    ) -> None:
        row = uow.reference_data.round_by_code(entry["agency_id"], entry["code"])
        if row is None:
            row = RoundRow(id=new_id(), version=1, **entry)
            uow.reference_data.add_round(row)
            self._historize(
                uow,
                principal,
                "round",
                row.id,
                row.agency_id,
                CREATE,
                self._round_fields(row, {}),
                IMPORT_REASON,
                request_id,
            )
            count(report, "rounds", True, True)
            return
        new = {k: entry[k] for k in ("name", "grouping_code", "active")}
        changed = self._update_round(uow, principal, row, new, IMPORT_REASON, request_id)
        count(report, "rounds", False, changed)

    def _import_node(
        self,
        uow: UnitOfWork,
        principal: Principal,
        entry: dict[str, Any],
        report: ImportReport,
        request_id: str | None,
    ) -> None:
        parent_id = None
        if entry["parent"]:
            parent = uow.reference_data.node_by_code(entry["parent_kind"], entry["parent"])
            assert parent is not None  # checked, and parents come first in the file
            parent_id = parent.id
        row = uow.reference_data.node_by_code(entry["kind"], entry["code"])
        if row is None:
            row = NetworkNodeRow(
                id=new_id(),
                kind=entry["kind"],
                code=entry["code"],
                name=entry["name"],
                parent_id=parent_id,
                agency_id=entry["agency_id"],
                active=entry["active"],
                version=1,
            )
            uow.reference_data.add_node(row)
            self._historize(
                uow,
                principal,
                "network_node",
                row.id,
                row.agency_id,
                CREATE,
                self._node_fields(row, {}),
                IMPORT_REASON,
                request_id,
            )
            count(report, "network_nodes", True, True)
            return
        new = {
            "name": entry["name"],
            "parent_id": parent_id,
            "agency_id": entry["agency_id"],
            "active": entry["active"],
        }
        changed = self._update_node(uow, principal, row, new, IMPORT_REASON, request_id)
        count(report, "network_nodes", False, changed)

    def _new_item(
        self,
        table_code: str,
        code: str,
        label_fr: str,
        label_en: str,
        attrs: dict[str, Any],
        sort_order: int,
        active: bool,
    ) -> ReferenceItemRow:
        return ReferenceItemRow(
            id=new_id(),
            table_code=table_code,
            code=code,
            label_fr=label_fr,
            label_en=label_en,
            attributes_json=attributes_json(attrs),
            sort_order=sort_order,
            active=active,
            version=1,
            updated_at=self._clock.now(),
        )

    @staticmethod
    def _item_fields(
        row: ReferenceItemRow, _: Mapping[str, Any]
    ) -> dict[str, tuple[object, object]]:
        return {
            "table_code": (None, row.table_code),
            "code": (None, row.code),
            "label_fr": (None, row.label_fr),
            "label_en": (None, row.label_en),
            "attributes": (None, row.attributes_json),
            "sort_order": (None, row.sort_order),
            "active": (None, row.active),
        }

    @staticmethod
    def _round_fields(row: RoundRow, _: Mapping[str, Any]) -> dict[str, tuple[object, object]]:
        return {
            "agency_id": (None, row.agency_id),
            "code": (None, row.code),
            "name": (None, row.name),
            "grouping_code": (None, row.grouping_code),
        }

    @staticmethod
    def _node_fields(row: NetworkNodeRow, _: Mapping[str, Any]) -> dict[str, tuple[object, object]]:
        return {
            "kind": (None, row.kind),
            "code": (None, row.code),
            "name": (None, row.name),
            "parent_id": (None, row.parent_id),
            "agency_id": (None, row.agency_id),
        }

    def _update_item(
        self,
        uow: UnitOfWork,
        principal: Principal,
        row: ReferenceItemRow,
        new: dict[str, Any],
        reason: str,
        request_id: str | None,
    ) -> bool:
        old = {
            "label_fr": row.label_fr,
            "label_en": row.label_en,
            "attributes": row.attributes_json,
            "sort_order": row.sort_order,
            "active": row.active,
        }
        changes = changed_fields(old, new)
        if not changes:
            return False
        row.label_fr, row.label_en = new["label_fr"], new["label_en"]
        row.attributes_json, row.sort_order = new["attributes"], new["sort_order"]
        row.active = new["active"]
        row.version += 1
        row.updated_at = self._clock.now()
        self._historize(
            uow, principal, "reference_item", row.id, None, UPDATE, changes, reason, request_id
        )
        return True

    def _update_round(
        self,
        uow: UnitOfWork,
        principal: Principal,
        row: RoundRow,
        new: dict[str, Any],
        reason: str,
        request_id: str | None,
    ) -> bool:
        old = {"name": row.name, "grouping_code": row.grouping_code, "active": row.active}
        changes = changed_fields(old, new)
        if not changes:
            return False
        row.name, row.grouping_code, row.active = new["name"], new["grouping_code"], new["active"]
        row.version += 1
        self._historize(
            uow, principal, "round", row.id, row.agency_id, UPDATE, changes, reason, request_id
        )
        return True

    def _update_node(
        self,
        uow: UnitOfWork,
        principal: Principal,
        row: NetworkNodeRow,
        new: dict[str, Any],
        reason: str,
        request_id: str | None,
    ) -> bool:
        old = {k: getattr(row, k) for k in new}
        changes = changed_fields(old, new)
        if not changes:
            return False
        for k, v in new.items():
            setattr(row, k, v)
        row.version += 1
        uow.session.flush()
        self._historize(
            uow,
            principal,
            "network_node",
            row.id,
            row.agency_id,
            UPDATE,
            changes,
            reason,
            request_id,
        )
        return True

    def _historize(
        self,
        uow: UnitOfWork,
        principal: Principal,
        entity: str,
        entity_id: str,
        agency_id: str | None,
        action: str,
        changes: Mapping[str, tuple[object, object]],
        reason: str,
        request_id: str | None,
    ) -> None:
        self._history.record(
            uow,
            principal,
            ChangedRecord(entity, entity_id, agency_id, None),
            action,
            changes,
            reason=reason,
            request_id=request_id,
        )
        self._audit.record(
            uow,
            f"{entity}.{action}",
            principal=principal,
            agency_id=agency_id,
            object_type=entity,
            object_id=entity_id,
            reason=reason or None,
            request_id=request_id,
            details_json=details(
                changes={f: {"old": o, "new": n} for f, (o, n) in changes.items()}
            ),
        )

    def _require_grouping(self, uow: UnitOfWork, grouping_code: str, current: str = "") -> None:
        if (
            grouping_code
            and grouping_code != current
            and not uow.reference_data.is_active_code(ReferenceTable.ROUND_GROUPING, grouping_code)
        ):
            raise InvalidInput.field("grouping_code", "is not an active round grouping")

    def _visible_round(self, uow: UnitOfWork, principal: Principal, round_id: str) -> RoundRow:
        row = uow.reference_data.get_round(round_id)
        if row is None or not principal.scope.allows(row.agency_id):
            raise NotFound("round", round_id)
        return row

    def _visible_node(self, uow: UnitOfWork, principal: Principal, node_id: str) -> NetworkNodeRow:
        row = uow.reference_data.get_node(node_id)
        if row is None or (row.agency_id is not None and not principal.scope.allows(row.agency_id)):
            raise NotFound("network_node", node_id)
        return row

    @staticmethod
    def _require_node_scope(principal: Principal, agency_id: str) -> None:
        if agency_id:
            principal.scope.require(agency_id, "agency")
        elif not principal.scope.all_agencies:
            raise Forbidden(
                "AGENCY_OUT_OF_SCOPE",
                "only a user with every agency in scope changes a node shared by all agencies",
            )

    def _check_parent(
        self, uow: UnitOfWork, principal: Principal, kind: NetworkNodeKind, parent_id: str
    ) -> None:
        expected = NETWORK_PARENT_KIND[kind]
        if expected is None:
            if parent_id:
                raise InvalidInput.field("parent_id", f"a {kind.value} hangs on no other node")
            return
        if not parent_id:
            raise InvalidInput.field("parent_id", f"a {kind.value} hangs on a {expected.value}")
        parent = uow.reference_data.get_node(parent_id)
        if parent is None or (
            parent.agency_id is not None and not principal.scope.allows(parent.agency_id)
        ):
            raise InvalidInput.field("parent_id", "no such network node")
        if parent.kind != expected.value:
            raise InvalidInput.field("parent_id", f"a {kind.value} hangs on a {expected.value}")

    def _agency_codes(self, uow: UnitOfWork) -> dict[str, str]:
        return {a.id: a.code for a in self._all_agencies(uow)}

    @staticmethod
    def _all_agencies(uow: UnitOfWork) -> list[Any]:
        from iwebs_server.domain.principal import AgencyScope

        return uow.agencies.list_page(AgencyScope(frozenset(), all_agencies=True), 0, 100_000)
