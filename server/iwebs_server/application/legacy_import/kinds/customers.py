"""customers.csv: persons and organisations with their phones (docs/legacy-import.md 3.1)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from iwebs_server.application.legacy_import import report as r
from iwebs_server.application.legacy_import.context import ImportContext
from iwebs_server.application.legacy_import.fields import Row
from iwebs_server.application.legacy_import.kinds.base import KindImport
from iwebs_server.application.legacy_import.writer import BulkWriter
from iwebs_server.domain.account_numbers import prefixed_number
from iwebs_server.domain.customer_base import CustomerKind, display_name
from iwebs_server.domain.reference_tables import ReferenceTable
from iwebs_server.domain.search_keys import fold_text, phone_key
from iwebs_server.persistence.tables.customer_base import CustomerPhoneRow, CustomerRow
from iwebs_server.persistence.unit_of_work import UnitOfWork

SERIES = "customer"
PREFIX = "C"
MAX_PHONES = 5
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")
KINDS = tuple(k.value for k in CustomerKind)

CUSTOMER_COLUMNS = (
    "id",
    "customer_number",
    "agency_id",
    "kind",
    "family_name",
    "given_names",
    "organisation_name",
    "display_name",
    "search_name",
    "category_code",
    "id_document_type",
    "id_document_number",
    "email",
    "preferred_language",
    "ebill_opt_in",
    "sms_opt_in",
    "legacy_reference",
    "version",
    "created_at",
    "updated_at",
)
PHONE_COLUMNS = ("id", "customer_id", "agency_id", "position", "number", "number_key")


@dataclass(slots=True)
class _Customer:
    reference: str
    agency_id: str
    kind: str
    family_name: str
    given_names: str
    organisation_name: str
    category_code: str
    id_document_type: str
    id_document_number: str
    phones: list[tuple[str, str]]  # (as written, phone_key)
    email: str
    preferred_language: str
    ebill_opt_in: bool
    sms_opt_in: bool


class CustomersImport(KindImport):
    kind = "customers"
    file_name = "customers.csv"
    required = ("legacy_reference", "agency_code", "kind", "category_code")
    optional = (
        "family_name",
        "given_names",
        "organisation_name",
        "id_document_type",
        "id_document_number",
        "phones",
        "email",
        "preferred_language",
        "ebill_opt_in",
        "sms_opt_in",
    )

    def __init__(self, ctx: ImportContext) -> None:
        super().__init__(ctx)
        self.records: list[_Customer] = []
        self._categories = ctx.codes(ReferenceTable.CUSTOMER_CATEGORY)
        self._documents = ctx.codes(ReferenceTable.ID_DOCUMENT_TYPE)

    def parse(self, row: Row) -> None:
        reference = self.own_key(row)
        agency_id = self.ctx.agency(row, "agency_code", required=True)
        kind = row.choice("kind", KINDS)
        family = row.text("family_name", 100, required=kind == CustomerKind.PERSON)
        given = row.text("given_names", 150)
        organisation = row.text(
            "organisation_name", 200, required=kind == CustomerKind.ORGANISATION
        )
        category = row.code(
            "category_code", ReferenceTable.CUSTOMER_CATEGORY, self._categories, required=True
        )
        document_type = row.code(
            "id_document_type", ReferenceTable.ID_DOCUMENT_TYPE, self._documents, required=False
        )
        document_number = row.text("id_document_number", 64)
        if document_type and not document_number:
            row.fail("id_document_number", r.REQUIRED, "required with id_document_type")
        if document_number and not row.raw("id_document_type"):
            row.fail("id_document_type", r.REQUIRED, "required with id_document_number")
        phones = row.items("phones")
        if len(phones) > MAX_PHONES:
            row.fail("phones", r.OUT_OF_RANGE, f"at most {MAX_PHONES} phones", row.raw("phones"))
        keyed: list[tuple[str, str]] = []
        for phone in phones:
            digits = phone_key(phone)
            if len(phone) > 32 or not 8 <= len(digits) <= 15:
                row.fail("phones", r.INVALID_FORMAT, "a phone has 8 to 15 digits", phone)
            keyed.append((phone, digits))
        email = row.text("email", 200)
        if email and not _EMAIL.match(email):
            row.fail("email", r.INVALID_FORMAT, "not an e-mail address", email)
        language = row.choice("preferred_language", ("fr", "en"), required=False, default="fr")
        ebill = row.boolean("ebill_opt_in")
        sms = row.boolean("sms_opt_in")
        if row.ok:
            self.records.append(
                _Customer(
                    reference,
                    agency_id,
                    kind,
                    family,
                    given,
                    organisation,
                    category,
                    document_type,
                    document_number,
                    keyed,
                    email,
                    language,
                    ebill,
                    sms,
                )
            )

    def check_references(self) -> None:
        self.reject_existing(CustomerRow.legacy_reference)

    def write(self, writer: BulkWriter, uow: UnitOfWork) -> int:
        first = uow.number_series.take(SERIES, len(self.records)) if self.records else 0
        now = self.ctx.now
        ids = [self.ctx.new_id() for _ in self.records]

        def customers() -> Iterator[tuple[Any, ...]]:
            for offset, (c, cid) in enumerate(zip(self.records, ids, strict=True)):
                name = display_name(c.kind, c.family_name, c.given_names, c.organisation_name)
                yield (
                    cid,
                    prefixed_number(PREFIX, first + offset),
                    c.agency_id,
                    c.kind,
                    c.family_name,
                    c.given_names,
                    c.organisation_name,
                    name,
                    fold_text(name)[:250],
                    c.category_code,
                    c.id_document_type,
                    c.id_document_number,
                    c.email,
                    c.preferred_language,
                    c.ebill_opt_in,
                    c.sms_opt_in,
                    c.reference,
                    1,
                    now,
                    now,
                )

        def phones() -> Iterator[tuple[Any, ...]]:
            for c, cid in zip(self.records, ids, strict=True):
                for position, (number, key) in enumerate(c.phones, start=1):
                    yield (self.ctx.new_id(), cid, c.agency_id, position, number, key)

        count = writer.records(CustomerRow, CUSTOMER_COLUMNS, customers())
        writer.insert(CustomerPhoneRow, PHONE_COLUMNS, phones())
        writer.history(
            ("customer", cid, c.agency_id, cid, c.reference)
            for c, cid in zip(self.records, ids, strict=True)
        )
        return count
