"""Tariffs and their versions (FAC-10), and the approved catalogue the bill runs rate with.

Tariffs are global (no agency): the application checks who may read or change them.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from iwebs_server.domain.tariff_engine import (
    TariffDefinition,
    TariffVersionInput,
    parse_definition,
)
from iwebs_server.persistence.tables.billing import TariffRow, TariffVersionRow

APPROVED = "approved"
PENDING = "pending"

# Parsed definitions by version id, kept while their hash is the same: an approved version
# never changes, so every chunk of every run gets the same definition objects and the
# engine's compiled form (cached per version id and definition object) is made once.
_PARSED: dict[str, tuple[str, TariffDefinition]] = {}
_PARSED_LOCK = threading.Lock()
_PARSED_LIMIT = 10_000


def parsed_definition(version_id: str, definition_hash: str, text: str) -> TariffDefinition:
    found = _PARSED.get(version_id)
    if found is not None and found[0] == definition_hash:
        return found[1]
    definition = parse_definition(text)
    with _PARSED_LOCK:
        if len(_PARSED) >= _PARSED_LIMIT:
            _PARSED.clear()
        _PARSED[version_id] = (definition_hash, definition)
    return definition


@dataclass(frozen=True)
class CatalogueEntry:
    tariff_id: str
    tariff_code: str
    service: str
    currency_code: str
    versions: tuple[TariffVersionInput, ...]


class TariffCatalogue:
    """The approved versions of every active tariff, by (tariff category, product)."""

    def __init__(self, entries: dict[tuple[str, str], CatalogueEntry]) -> None:
        self._entries = entries

    def versions_for(
        self, tariff_category_code: str, product_code: str
    ) -> tuple[TariffVersionInput, ...]:
        entry = self._entries.get((tariff_category_code, product_code))
        return entry.versions if entry is not None else ()

    def entry_for(self, tariff_category_code: str, product_code: str) -> CatalogueEntry | None:
        return self._entries.get((tariff_category_code, product_code))

    def __len__(self) -> int:
        return len(self._entries)


class TariffRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    # tariffs ---------------------------------------------------------------------------------
    def add(self, row: TariffRow) -> None:
        self._session.add(row)
        self._session.flush()

    def get(self, tariff_id: str, *, for_update: bool = False) -> TariffRow | None:
        return self._session.get(TariffRow, tariff_id, with_for_update=for_update or None)

    def by_code(self, code: str) -> TariffRow | None:
        return self._session.scalar(select(TariffRow).where(TariffRow.code == code))

    def by_pair(self, tariff_category_code: str, product_code: str) -> TariffRow | None:
        return self._session.scalar(
            select(TariffRow).where(
                TariffRow.tariff_category_code == tariff_category_code,
                TariffRow.product_code == product_code,
            )
        )

    def list_page(
        self,
        offset: int,
        limit: int,
        *,
        service: str = "",
        tariff_category_code: str = "",
        include_inactive: bool = False,
    ) -> list[TariffRow]:
        query = select(TariffRow)
        if service:
            query = query.where(TariffRow.service == service)
        if tariff_category_code:
            query = query.where(TariffRow.tariff_category_code == tariff_category_code)
        if not include_inactive:
            query = query.where(TariffRow.active.is_(True))
        query = query.order_by(TariffRow.service, TariffRow.code).offset(offset).limit(limit)
        return list(self._session.scalars(query))

    def all_pairs(self) -> set[tuple[str, str]]:
        query = select(TariffRow.tariff_category_code, TariffRow.product_code)
        return {(c, p) for c, p in self._session.execute(query)}

    # versions --------------------------------------------------------------------------------
    def add_version(self, row: TariffVersionRow) -> None:
        self._session.add(row)
        self._session.flush()

    def get_version(self, version_id: str, *, for_update: bool = False) -> TariffVersionRow | None:
        return self._session.get(TariffVersionRow, version_id, with_for_update=for_update or None)

    def versions(self, tariff_id: str) -> list[TariffVersionRow]:
        """Every version of a tariff, newest first."""
        query = (
            select(TariffVersionRow)
            .where(TariffVersionRow.tariff_id == tariff_id)
            .order_by(TariffVersionRow.version_number.desc())
        )
        return list(self._session.scalars(query))

    def next_version_number(self, tariff_id: str) -> int:
        query = select(func.max(TariffVersionRow.version_number)).where(
            TariffVersionRow.tariff_id == tariff_id
        )
        return int(self._session.scalar(query) or 0) + 1

    def pending_version(self, tariff_id: str) -> TariffVersionRow | None:
        query = select(TariffVersionRow).where(
            TariffVersionRow.tariff_id == tariff_id, TariffVersionRow.status == PENDING
        )
        return self._session.scalars(query).first()

    def version_summaries(
        self, tariff_ids: Iterable[str], today: date
    ) -> dict[str, tuple[int, bool]]:
        """tariff id -> (number of the approved version in force today or 0, has pending)."""
        ids = list(tariff_ids)
        if not ids:
            return {}
        query = select(
            TariffVersionRow.tariff_id,
            TariffVersionRow.version_number,
            TariffVersionRow.valid_from,
            TariffVersionRow.status,
        ).where(TariffVersionRow.tariff_id.in_(ids))
        current: dict[str, tuple[date, int]] = {}
        pending: set[str] = set()
        for tariff_id, number, valid_from, status in self._session.execute(query):
            if status == PENDING:
                pending.add(tariff_id)
            elif status == APPROVED and valid_from <= today:
                best = current.get(tariff_id)
                if best is None or (valid_from, number) > best:
                    current[tariff_id] = (valid_from, number)
        return {
            tariff_id: (current[tariff_id][1] if tariff_id in current else 0, tariff_id in pending)
            for tariff_id in ids
        }

    def approved_inputs(self, tariff_id: str) -> tuple[TariffVersionInput, ...]:
        """The approved versions of one tariff, ready for the engine."""
        query = select(TariffVersionRow).where(
            TariffVersionRow.tariff_id == tariff_id, TariffVersionRow.status == APPROVED
        )
        return tuple(_input(row) for row in self._session.scalars(query))

    def approved_catalogue(self) -> TariffCatalogue:
        """The approved versions of every active tariff, in one query (a few dozen rows);
        definitions are parsed once per version for the life of the process."""
        query = (
            select(
                TariffRow.id,
                TariffRow.code,
                TariffRow.service,
                TariffRow.currency_code,
                TariffRow.tariff_category_code,
                TariffRow.product_code,
                TariffVersionRow.id,
                TariffVersionRow.version_number,
                TariffVersionRow.valid_from,
                TariffVersionRow.definition_hash,
                TariffVersionRow.definition_json,
            )
            .join(TariffVersionRow, TariffVersionRow.tariff_id == TariffRow.id)
            .where(TariffRow.active.is_(True), TariffVersionRow.status == APPROVED)
            .order_by(TariffRow.id, TariffVersionRow.valid_from, TariffVersionRow.version_number)
        )
        grouped: dict[tuple[str, str], tuple[tuple[str, str, str, str], list[TariffVersionInput]]]
        grouped = {}
        for row in self._session.execute(query):
            (tid, code, service, currency, category, product) = row[:6]
            (vid, number, valid_from, digest, text) = row[6:]
            entry = grouped.setdefault((category, product), ((tid, code, service, currency), []))
            definition = parsed_definition(vid, digest, text)
            entry[1].append(TariffVersionInput(vid, number, valid_from, definition))
        return TariffCatalogue(
            {
                key: CatalogueEntry(head[0], head[1], head[2], head[3], tuple(versions))
                for key, (head, versions) in grouped.items()
            }
        )


def _input(row: TariffVersionRow) -> TariffVersionInput:
    definition = parsed_definition(row.id, row.definition_hash, row.definition_json)
    return TariffVersionInput(row.id, row.version_number, row.valid_from, definition)
