"""Fields of customers and accounts as the use cases of `customers.py` check, apply and
compare them: the update_mask paths, the old values of a row, and the shape checks of a
customer's fields and of a billing address."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from iwebs_server.application.customer_records import LANGUAGES, check_code, checked_email
from iwebs_server.application.validation import Checks
from iwebs_server.domain.customer_base import CustomerKind, display_name
from iwebs_server.domain.reference_tables import ReferenceTable
from iwebs_server.domain.search_keys import fold_text
from iwebs_server.persistence.tables.customer_base import CustomerAccountRow, CustomerRow
from iwebs_server.persistence.unit_of_work import UnitOfWork

CUSTOMER_PATHS = (
    "kind",
    "family_name",
    "given_names",
    "organisation_name",
    "category_code",
    "id_document_type",
    "id_document_number",
    "phones",
    "email",
    "preferred_language",
    "ebill_opt_in",
    "sms_opt_in",
)
ACCOUNT_ADDRESS_PATHS = (
    "billing_address_line",
    "billing_district",
    "billing_city",
    "billing_postal_box",
)
ACCOUNT_PATHS = (*ACCOUNT_ADDRESS_PATHS, "status", "is_group")
# update_mask paths of the message -> fields of AccountInput
ACCOUNT_PATH_ALIASES = {
    "billing_address.address_line": "billing_address_line",
    "billing_address.district": "billing_district",
    "billing_address.city": "billing_city",
    "billing_address.postal_box": "billing_postal_box",
}


def customer_fields(row: CustomerRow, phones: Sequence[str]) -> dict[str, Any]:
    return {
        "kind": row.kind,
        "family_name": row.family_name,
        "given_names": row.given_names,
        "organisation_name": row.organisation_name,
        "category_code": row.category_code,
        "id_document_type": row.id_document_type,
        "id_document_number": row.id_document_number,
        "phones": list(phones),
        "email": row.email,
        "preferred_language": row.preferred_language,
        "ebill_opt_in": row.ebill_opt_in,
        "sms_opt_in": row.sms_opt_in,
    }


def account_fields(row: CustomerAccountRow) -> dict[str, Any]:
    return {
        "billing_address_line": row.billing_address_line,
        "billing_district": row.billing_district,
        "billing_city": row.billing_city,
        "billing_postal_box": row.billing_postal_box,
        "status": row.status,
        "is_group": row.is_group,
    }


def checked_customer(checks: Checks, values: dict[str, Any]) -> dict[str, Any]:
    """Shape checks of a customer's fields (codes are checked against reference data
    in the transaction)."""
    kind = checks.choice("kind", values["kind"], [k.value for k in CustomerKind])
    person = kind == CustomerKind.PERSON
    organisation = kind == CustomerKind.ORGANISATION
    result = {
        "kind": kind,
        "family_name": checks.text(
            "family_name", values["family_name"], required=person, max_length=100
        ),
        "given_names": checks.text(
            "given_names", values["given_names"], required=person, max_length=150
        ),
        "organisation_name": checks.text(
            "organisation_name", values["organisation_name"], required=organisation
        ),
        "category_code": checks.text("category_code", values["category_code"], max_length=32),
        "id_document_type": checks.text(
            "id_document_type", values["id_document_type"], required=False, max_length=32
        ),
        "id_document_number": checks.text(
            "id_document_number", values["id_document_number"], required=False, max_length=64
        ),
        "phones": [p.strip() for p in values["phones"] if p.strip()],
        "email": checked_email(checks, values["email"]),
        "preferred_language": checks.choice(
            "preferred_language", values["preferred_language"] or "fr", LANGUAGES
        ),
        "ebill_opt_in": bool(values["ebill_opt_in"]),
        "sms_opt_in": bool(values["sms_opt_in"]),
    }
    if person:
        result["organisation_name"] = ""
    if organisation:
        result["family_name"] = result["given_names"] = ""
    if bool(result["id_document_type"]) != bool(result["id_document_number"]):
        field = "id_document_number" if result["id_document_type"] else "id_document_type"
        checks.fail(field, "give the document's type and number together")
    if result["ebill_opt_in"] and not result["email"]:
        checks.fail("email", "is required for e-bills")
    if result["sms_opt_in"] and not result["phones"]:
        checks.fail("phones", "a phone number is required for SMS")
    return result


def check_customer_codes(
    checks: Checks, uow: UnitOfWork, values: dict[str, Any], changed: Sequence[str]
) -> None:
    if "category_code" in changed:
        check_code(
            checks,
            uow,
            ReferenceTable.CUSTOMER_CATEGORY,
            "category_code",
            values["category_code"],
        )
    if "id_document_type" in changed:
        check_code(
            checks,
            uow,
            ReferenceTable.ID_DOCUMENT_TYPE,
            "id_document_type",
            values["id_document_type"],
            required=False,
        )


def apply_customer(row: CustomerRow, values: dict[str, Any]) -> None:
    for field, value in values.items():
        if field != "phones":
            setattr(row, field, value)
    # family (100) + given names (150) + a space may exceed the column by one; folding
    # may lengthen a text ("œ" -> "oe"): both are cut to their columns
    row.display_name = display_name(
        row.kind, row.family_name, row.given_names, row.organisation_name
    )[:250]
    row.search_name = fold_text(row.display_name)[:250]


def checked_address(checks: Checks, values: dict[str, Any]) -> dict[str, str]:
    return {
        "billing_address_line": checks.text(
            "billing_address.address_line", values["billing_address_line"], required=False
        ),
        "billing_district": checks.text(
            "billing_address.district",
            values["billing_district"],
            required=False,
            max_length=100,
        ),
        "billing_city": checks.text(
            "billing_address.city", values["billing_city"], required=False, max_length=100
        ),
        "billing_postal_box": checks.text(
            "billing_address.postal_box",
            values["billing_postal_box"],
            required=False,
            max_length=50,
        ),
    }
