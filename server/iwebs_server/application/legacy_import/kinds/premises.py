"""premises.csv: premises and their connection points (docs/legacy-import.md 3.3)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from iwebs_server.application.legacy_import import report as r
from iwebs_server.application.legacy_import.context import ImportContext
from iwebs_server.application.legacy_import.fields import Row
from iwebs_server.application.legacy_import.kinds.base import KindImport
from iwebs_server.application.legacy_import.writer import BulkWriter
from iwebs_server.domain.account_numbers import prefixed_number
from iwebs_server.domain.customer_base import NetworkNodeKind
from iwebs_server.domain.search_keys import address_key
from iwebs_server.persistence.tables.customer_base import PremiseRow
from iwebs_server.persistence.unit_of_work import UnitOfWork

SERIES = "premise"
PREFIX = "P"
PREMISE_COLUMNS = (
    "id",
    "premise_number",
    "agency_id",
    "address_line",
    "district",
    "city",
    "landmark",
    "search_address",
    "latitude_e6",
    "longitude_e6",
    "round_id",
    "round_order",
    "transformer_id",
    "water_sector_id",
    "legacy_reference",
    "version",
    "created_at",
    "updated_at",
)


@dataclass(slots=True)
class _Premise:
    id: str
    reference: str
    agency_id: str
    address_line: str
    district: str
    city: str
    landmark: str
    latitude_e6: int | None
    longitude_e6: int | None
    round_id: str | None
    round_order: int | None
    transformer_id: str | None
    water_sector_id: str | None


class PremisesImport(KindImport):
    kind = "premises"
    file_name = "premises.csv"
    required = ("legacy_reference", "agency_code", "address_line")
    optional = (
        "district",
        "city",
        "landmark",
        "latitude",
        "longitude",
        "round_code",
        "round_order",
        "transformer_code",
        "water_sector_code",
    )

    def __init__(self, ctx: ImportContext) -> None:
        super().__init__(ctx)
        self.records: list[_Premise] = []

    def parse(self, row: Row) -> None:
        ctx = self.ctx
        reference = self.own_key(row)
        agency_id = ctx.agency(row, "agency_code", required=True)
        address = row.text("address_line", 200, required=True)
        district = row.text("district", 100)
        city = row.text("city", 100)
        landmark = row.text("landmark", 200)
        latitude = row.degrees_e6("latitude", 90)
        longitude = row.degrees_e6("longitude", 180)
        if bool(row.raw("latitude")) != bool(row.raw("longitude")):
            column = "longitude" if row.raw("latitude") else "latitude"
            row.fail(column, r.REQUIRED, "latitude and longitude go together")
        round_code = row.raw("round_code")
        round_id = None
        if round_code and agency_id:
            round_id = ctx.round_id(agency_id, round_code)
            if round_id is None:
                row.fail(
                    "round_code",
                    r.UNKNOWN_CODE,
                    "no active round of this code in the agency",
                    round_code,
                )
        order = row.integer("round_order", 1, 999_999)
        if order is not None and not round_code:
            row.fail(
                "round_order",
                r.INCONSISTENT,
                "a round order needs a round_code",
                row.raw("round_order"),
            )
        transformer = self._node(row, "transformer_code", NetworkNodeKind.TRANSFORMER, agency_id)
        sector = self._node(row, "water_sector_code", NetworkNodeKind.WATER_SECTOR, agency_id)
        if row.ok:
            self.records.append(
                _Premise(
                    self.ctx.new_id(),
                    reference,
                    agency_id,
                    address,
                    district,
                    city,
                    landmark,
                    latitude,
                    longitude,
                    round_id,
                    order,
                    transformer,
                    sector,
                )
            )

    def _node(self, row: Row, column: str, kind: str, agency_id: str) -> str | None:
        code = row.raw(column)
        if not code:
            return None
        found = self.ctx.node(kind, code)
        if found is None:
            row.fail(column, r.UNKNOWN_CODE, f"no active network node of kind {kind}", code)
            return None
        if found[1] is not None and agency_id and found[1] != agency_id:
            row.fail(column, r.INCONSISTENT, "belongs to another agency's network", code)
        return found[0]

    def check_references(self) -> None:
        self.reject_existing(PremiseRow.legacy_reference)

    def write(self, writer: BulkWriter, uow: UnitOfWork) -> int:
        first = uow.number_series.take(SERIES, len(self.records)) if self.records else 0
        now = self.ctx.now

        def rows() -> Iterator[tuple[Any, ...]]:
            for i, p in enumerate(self.records):
                yield (
                    p.id,
                    prefixed_number(PREFIX, first + i),
                    p.agency_id,
                    p.address_line,
                    p.district,
                    p.city,
                    p.landmark,
                    address_key(p.address_line, p.district, p.city, p.landmark)[:450],
                    p.latitude_e6,
                    p.longitude_e6,
                    p.round_id,
                    p.round_order,
                    p.transformer_id,
                    p.water_sector_id,
                    p.reference,
                    1,
                    now,
                    now,
                )

        count = writer.records(PremiseRow, PREMISE_COLUMNS, rows())
        writer.history(("premise", p.id, p.agency_id, None, p.reference) for p in self.records)
        return count
