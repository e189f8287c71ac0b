"""The reference-data file (PAR-2: "exportable and importable as files"): its format, the
checks of every entry of an imported file (all before anything is written, each error
naming where it is), and the report of what an import did. The field checks of a code, a
table and the attributes serve the screens' changes as well (application/reference_data.py).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from iwebs_server.application.reference_seed import attributes_json
from iwebs_server.application.validation import Checks
from iwebs_server.domain.customer_base import NETWORK_PARENT_KIND, NetworkNodeKind
from iwebs_server.domain.errors import FieldViolation
from iwebs_server.domain.parameters import REGISTRY, ParameterValueError
from iwebs_server.domain.reference_tables import REQUIRED_ATTRIBUTES, ReferenceTable
from iwebs_server.persistence.tables.reference_data import GLOBAL_SCOPE
from iwebs_server.persistence.unit_of_work import UnitOfWork

CODE = re.compile(r"[A-Z0-9][A-Z0-9_.-]{0,31}")
FILE_FORMAT = "iwebs.reference-data"
FILE_VERSION = 1
SECTIONS = ("parameters", "reference_items", "rounds", "network_nodes")
_JSON_TYPES: dict[str, tuple[type, ...]] = {"int": (int,), "str": (str,), "bool": (bool,)}


@dataclass
class SectionCount:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass
class ImportReport:
    """What an import did, or would do (dry run), or why it was refused whole."""

    applied: bool = False
    dry_run: bool = False
    sections: dict[str, SectionCount] = field(
        default_factory=lambda: {s: SectionCount() for s in SECTIONS}
    )
    errors: list[FieldViolation] = field(default_factory=list)

    @property
    def changed(self) -> int:
        return sum(c.created + c.updated for c in self.sections.values())

    def encode(self) -> str:
        counts = [str(n) for s in SECTIONS for n in self._triple(s)]
        return "r1:" + ",".join(counts)

    def _triple(self, section: str) -> tuple[int, int, int]:
        c = self.sections[section]
        return c.created, c.updated, c.unchanged

    @classmethod
    def decode(cls, ref: str) -> ImportReport:
        numbers = [int(n) for n in ref.removeprefix("r1:").split(",")]
        report = cls(applied=True)
        for i, section in enumerate(SECTIONS):
            report.sections[section] = SectionCount(*numbers[i * 3 : i * 3 + 3])
        return report


def check_code(checks: Checks, field_name: str, code: str) -> str:
    code = code.strip().upper()
    if not CODE.fullmatch(code):
        checks.fail(field_name, "must be 1 to 32 letters, digits, '_', '.' or '-'")
    return code


def check_table(checks: Checks, field_name: str, table_code: str) -> ReferenceTable | None:
    try:
        return ReferenceTable(table_code)
    except ValueError:
        checks.fail(field_name, "is not a reference table")
        return None


def check_attributes(
    checks: Checks, field_name: str, table: ReferenceTable | None, value: Any
) -> dict[str, Any]:
    """A JSON object (given as text or already parsed) with the table's required attributes."""
    if isinstance(value, str):
        try:
            value = json.loads(value) if value.strip() else {}
        except ValueError:
            checks.fail(field_name, "is not valid JSON")
            return {}
    if not isinstance(value, dict):
        checks.fail(field_name, "must be a JSON object")
        return {}
    for name, kind in REQUIRED_ATTRIBUTES.get(table, {}).items() if table else ():
        present = value.get(name)
        if present is None:
            checks.fail(f"{field_name}.{name}", "is required for this table")
        elif (isinstance(present, bool) and kind != "bool") or not isinstance(
            present, _JSON_TYPES[kind]
        ):
            checks.fail(f"{field_name}.{name}", f"must be of type {kind}")
    if len(attributes_json(value)) > 2000:
        checks.fail(field_name, "must be at most 2000 characters")
    return value


def check_parameters(
    checks: Checks, entries: list[Any], agencies: Mapping[str, str]
) -> list[tuple[Any, str, str]]:
    result = []
    seen: set[tuple[str, str]] = set()
    for i, entry in enumerate(entries):
        at = f"parameters[{i}]"
        if not _is_entry(checks, at, entry, ("key", "value"), ("agency",)):
            continue
        definition = REGISTRY.get(str(entry["key"]))
        if definition is None:
            checks.fail(f"{at}.key", f"{entry['key']!r} is not a known parameter")
            continue
        agency_code = str(entry.get("agency", "") or "")
        scope = GLOBAL_SCOPE
        if agency_code:
            if not definition.agency_overridable:
                checks.fail(f"{at}.agency", "this parameter has one value for every agency")
                continue
            if agency_code not in agencies:
                checks.fail(f"{at}.agency", f"no agency with code {agency_code!r}")
                continue
            scope = agencies[agency_code]
        if (definition.key, scope) in seen:
            checks.fail(at, "the same parameter and agency appear twice")
            continue
        seen.add((definition.key, scope))
        try:
            value = definition.normalize(str(entry["value"]))
        except ParameterValueError as error:
            checks.fail(f"{at}.value", str(error))
            continue
        result.append((definition, scope, value))
    return result


def check_items(checks: Checks, entries: list[Any]) -> dict[tuple[str, str], dict[str, Any]]:
    result: dict[tuple[str, str], dict[str, Any]] = {}
    for i, entry in enumerate(entries):
        at = f"reference_items[{i}]"
        if not _is_entry(
            checks,
            at,
            entry,
            ("table", "code", "label_fr", "label_en"),
            ("attributes", "sort_order", "active"),
        ):
            continue
        before = len(checks.violations)
        table = check_table(checks, f"{at}.table", str(entry["table"]))
        code = str(entry["code"])
        if not CODE.fullmatch(code):
            checks.fail(f"{at}.code", "must be 1 to 32 capital letters, digits, '_', '.' or '-'")
        label_fr = checks.text(f"{at}.label_fr", str(entry["label_fr"]))
        label_en = checks.text(f"{at}.label_en", str(entry["label_en"]))
        attrs = check_attributes(checks, f"{at}.attributes", table, entry.get("attributes", {}))
        sort_order = _int(checks, f"{at}.sort_order", entry.get("sort_order", 0))
        active = _bool(checks, f"{at}.active", entry.get("active", True))
        if len(checks.violations) > before or table is None:
            continue
        if (table.value, code) in result:
            checks.fail(at, f"{table.value} {code} appears twice")
            continue
        result[(table.value, code)] = {
            "table": table.value,
            "code": code,
            "label_fr": label_fr,
            "label_en": label_en,
            "attributes": attributes_json(attrs),
            "sort_order": sort_order,
            "active": active,
        }
    return result


def check_rounds(
    checks: Checks, entries: list[Any], agencies: Mapping[str, str], groupings: set[str]
) -> list[dict[str, Any]]:
    result = []
    seen: set[tuple[str, str]] = set()
    for i, entry in enumerate(entries):
        at = f"rounds[{i}]"
        if not _is_entry(checks, at, entry, ("agency", "code", "name"), ("grouping", "active")):
            continue
        before = len(checks.violations)
        agency_id = agencies.get(str(entry["agency"]))
        if agency_id is None:
            checks.fail(f"{at}.agency", f"no agency with code {entry['agency']!r}")
        code = str(entry["code"])
        if not CODE.fullmatch(code):
            checks.fail(f"{at}.code", "must be 1 to 32 capital letters, digits, '_', '.' or '-'")
        name = checks.text(f"{at}.name", str(entry["name"]))
        grouping = str(entry.get("grouping", "") or "")
        if grouping and grouping not in groupings:
            checks.fail(f"{at}.grouping", f"{grouping!r} is not an active round grouping")
        active = _bool(checks, f"{at}.active", entry.get("active", True))
        if len(checks.violations) > before or agency_id is None:
            continue
        if (agency_id, code) in seen:
            checks.fail(at, f"round {code} of agency {entry['agency']} appears twice")
            continue
        seen.add((agency_id, code))
        result.append(
            {
                "agency_id": agency_id,
                "code": code,
                "name": name,
                "grouping_code": grouping,
                "active": active,
            }
        )
    return result


def check_nodes(
    uow: UnitOfWork, checks: Checks, entries: list[Any], agencies: Mapping[str, str]
) -> list[dict[str, Any]]:
    result = []
    in_file: dict[tuple[str, str], int] = {}
    for i, entry in enumerate(entries):
        at = f"network_nodes[{i}]"
        if not _is_entry(
            checks, at, entry, ("kind", "code", "name"), ("parent", "agency", "active")
        ):
            continue
        before = len(checks.violations)
        kind = str(entry["kind"])
        if kind not in {k.value for k in NetworkNodeKind}:
            checks.fail(f"{at}.kind", f"{kind!r} is not a network node kind")
            continue
        code = str(entry["code"])
        if not CODE.fullmatch(code):
            checks.fail(f"{at}.code", "must be 1 to 32 capital letters, digits, '_', '.' or '-'")
        name = checks.text(f"{at}.name", str(entry["name"]))
        agency_code = str(entry.get("agency", "") or "")
        agency_id = agencies.get(agency_code) if agency_code else None
        if agency_code and agency_id is None:
            checks.fail(f"{at}.agency", f"no agency with code {agency_code!r}")
        parent_code = str(entry.get("parent", "") or "")
        parent_kind = NETWORK_PARENT_KIND[NetworkNodeKind(kind)]
        if parent_kind is None and parent_code:
            checks.fail(f"{at}.parent", f"a {kind} hangs on no other node")
        elif parent_kind is not None and not parent_code:
            checks.fail(f"{at}.parent", f"a {kind} hangs on a {parent_kind.value}")
        elif parent_kind is not None:
            known = (
                parent_kind.value,
                parent_code,
            ) in in_file or uow.reference_data.node_by_code(
                parent_kind.value, parent_code
            ) is not None
            if not known:
                checks.fail(
                    f"{at}.parent",
                    f"no {parent_kind.value} {parent_code!r} in the file (before this entry) "
                    "or in the database",
                )
        active = _bool(checks, f"{at}.active", entry.get("active", True))
        if len(checks.violations) > before:
            continue
        if (kind, code) in in_file:
            checks.fail(at, f"{kind} {code} appears twice")
            continue
        in_file[(kind, code)] = i
        result.append(
            {
                "kind": kind,
                "code": code,
                "name": name,
                "agency_id": agency_id,
                "parent_kind": parent_kind.value if parent_kind else "",
                "parent": parent_code,
                "active": active,
            }
        )
    return result


def count(report: ImportReport, section: str, created: bool, changed: bool) -> None:
    counts = report.sections[section]
    if created:
        counts.created += 1
    elif changed:
        counts.updated += 1
    else:
        counts.unchanged += 1


def _is_entry(
    checks: Checks, at: str, entry: Any, required: tuple[str, ...], optional: tuple[str, ...]
) -> bool:
    if not isinstance(entry, dict):
        checks.fail(at, "must be an object")
        return False
    ok = True
    for name in required:
        if entry.get(name) is None:
            checks.fail(f"{at}.{name}", "is required")
            ok = False
    unknown = sorted(set(entry) - set(required) - set(optional))
    if unknown:
        checks.fail(f"{at}.{unknown[0]}", "is not a field of this section")
        ok = False
    return ok


def _int(checks: Checks, at: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        checks.fail(at, "must be a whole number")
        return 0
    return value


def _bool(checks: Checks, at: str, value: Any) -> bool:
    if not isinstance(value, bool):
        checks.fail(at, "must be true or false")
        return True
    return value


def parse_document(content: bytes) -> tuple[dict[str, Any], list[FieldViolation]]:
    checks = Checks()
    try:
        document = json.loads(content.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        checks.fail("file", f"is not a JSON document in UTF-8 ({error})")
        return {}, checks.violations
    if not isinstance(document, dict):
        checks.fail("file", "must hold one JSON object")
        return {}, checks.violations
    if document.get("format") != FILE_FORMAT:
        checks.fail("format", f"must be {FILE_FORMAT!r}")
    if document.get("format_version") != FILE_VERSION:
        checks.fail("format_version", f"must be {FILE_VERSION}")
    for section in SECTIONS:
        document.setdefault(section, [])
        if not isinstance(document[section], list):
            checks.fail(section, "must be a list")
    return document, checks.violations
