"""What the customer-base dialogs collect, how it is checked before sending, and how the
server's field violations find their widget again.

Field keys are the resource's proto field names, so that a `BadRequest` violation named
"family_name", "customer.family_name" or "premise.location.latitude_e6" lands next to the
widget that holds it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication

from iwebs.v1 import customer_pb2
from iwebs_client.backend.client_types import BackendError, ChangeNote
from iwebs_client.presenters.error_messages import error_text

Customer = customer_pb2.Customer
CustomerAccount = customer_pb2.CustomerAccount
Premise = customer_pb2.Premise
Subscription = customer_pb2.Subscription
Meter = customer_pb2.Meter

PERSON = customer_pb2.CUSTOMER_KIND_PERSON
ORGANISATION = customer_pb2.CUSTOMER_KIND_ORGANISATION
WATER = customer_pb2.SERVICE_KIND_WATER
ELECTRICITY = customer_pb2.SERVICE_KIND_ELECTRICITY
_PHONE = re.compile(r"^\+?[0-9 .\-]{6,24}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_MICRO = Decimal(1_000_000)


translate = QCoreApplication.translate


def required() -> str:
    return translate("CustomerForms", "Required.")


# -- change notes (ACC-4, ACC-1 corrections) ----------------------------------------------------
def check_note(note: ChangeNote, problems: dict[str, str]) -> None:
    """A correction of wrongly entered data must say why."""
    if note.correction and not note.reason.strip():
        problems["reason"] = translate("CustomerForms", "A correction needs a reason.")
    if len(note.reason) > 500:
        problems["reason"] = translate("CustomerForms", "At most 500 characters.")


# -- customer -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class CustomerForm:
    kind: int = PERSON
    agency_id: str = ""
    family_name: str = ""
    given_names: str = ""
    organisation_name: str = ""
    category_code: str = ""
    id_document_type: str = ""
    id_document_number: str = ""
    phones: tuple[str, ...] = ()
    email: str = ""
    preferred_language: str = "fr"
    ebill_opt_in: bool = False
    sms_opt_in: bool = False

    @staticmethod
    def of(customer: Customer) -> CustomerForm:
        return CustomerForm(
            kind=customer.kind,
            agency_id=customer.agency_id,
            family_name=customer.family_name,
            given_names=customer.given_names,
            organisation_name=customer.organisation_name,
            category_code=customer.category_code,
            id_document_type=customer.id_document_type,
            id_document_number=customer.id_document_number,
            phones=tuple(customer.phones),
            email=customer.email,
            preferred_language=customer.preferred_language or "fr",
            ebill_opt_in=customer.ebill_opt_in,
            sms_opt_in=customer.sms_opt_in,
        )

    def validate(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if self.kind == PERSON and not self.family_name.strip():
            problems["family_name"] = translate("CustomerForms", "Enter the family name.")
        if self.kind == ORGANISATION and not self.organisation_name.strip():
            problems["organisation_name"] = translate(
                "CustomerForms", "Enter the organisation's name."
            )
        if self.kind not in (PERSON, ORGANISATION):
            problems["kind"] = translate("CustomerForms", "Choose a person or an organisation.")
        if not self.agency_id:
            problems["agency_id"] = translate("CustomerForms", "Choose the agency.")
        bad_phones = [p for p in self.phones if not _PHONE.match(p.strip())]
        if bad_phones:
            problems["phones"] = translate("CustomerForms", "Not a phone number: %1").replace(
                "%1", ", ".join(bad_phones)
            )
        if self.email.strip() and not _EMAIL.match(self.email.strip()):
            problems["email"] = translate("CustomerForms", "Not an e-mail address.")
        if self.ebill_opt_in and not self.email.strip():
            problems["email"] = translate("CustomerForms", "E-bills need an e-mail address.")
        if self.sms_opt_in and not self.phones:
            problems["phones"] = translate("CustomerForms", "SMS need a phone number.")
        if self.id_document_number.strip() and not self.id_document_type.strip():
            problems["id_document_type"] = translate(
                "CustomerForms", "Give the type of the document."
            )
        return problems

    def message(self) -> Customer:
        person = self.kind == PERSON
        return Customer(
            kind=self.kind,  # type: ignore[arg-type]
            agency_id=self.agency_id,
            family_name=self.family_name.strip() if person else "",
            given_names=self.given_names.strip() if person else "",
            organisation_name="" if person else self.organisation_name.strip(),
            category_code=self.category_code.strip(),
            id_document_type=self.id_document_type.strip(),
            id_document_number=self.id_document_number.strip(),
            phones=[p.strip() for p in self.phones if p.strip()],
            email=self.email.strip(),
            preferred_language=self.preferred_language,
            ebill_opt_in=self.ebill_opt_in,
            sms_opt_in=self.sms_opt_in,
        )


CUSTOMER_EDITABLE = (
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


def changed_paths(old: object, new: object, paths: Iterable[str]) -> tuple[str, ...]:
    """The fields (top-level, or one nested level as 'a.b') whose value differs."""

    def value(message: object, path: str) -> object:
        for part in path.split("."):
            message = getattr(message, part)
        return (
            list(message)
            if isinstance(message, Iterable) and not isinstance(message, str)
            else message
        )

    return tuple(p for p in paths if value(old, p) != value(new, p))


# -- account ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class AccountForm:
    customer_id: str = ""
    agency_id: str = ""
    currency_code: str = "XOF"
    is_group: bool = False
    address_line: str = ""
    district: str = ""
    city: str = ""
    postal_box: str = ""

    @staticmethod
    def of(account: CustomerAccount) -> AccountForm:
        address = account.billing_address
        return AccountForm(
            customer_id=account.customer_id,
            agency_id=account.agency_id,
            currency_code=account.currency_code,
            is_group=account.is_group,
            address_line=address.address_line,
            district=address.district,
            city=address.city,
            postal_box=address.postal_box,
        )

    def validate(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not self.address_line.strip() and not self.postal_box.strip():
            problems["billing_address.address_line"] = translate(
                "CustomerForms", "Enter an address or a postal box."
            )
        if not self.city.strip():
            problems["billing_address.city"] = translate("CustomerForms", "Enter the town.")
        if not self.agency_id:
            problems["agency_id"] = translate("CustomerForms", "Choose the agency.")
        return problems

    def message(self) -> CustomerAccount:
        return CustomerAccount(
            customer_id=self.customer_id,
            agency_id=self.agency_id,
            currency_code=self.currency_code,
            is_group=self.is_group,
            billing_address=customer_pb2.PostalAddress(
                address_line=self.address_line.strip(),
                district=self.district.strip(),
                city=self.city.strip(),
                postal_box=self.postal_box.strip(),
            ),
        )


BILLING_ADDRESS_PATHS = (
    "billing_address.address_line",
    "billing_address.district",
    "billing_address.city",
    "billing_address.postal_box",
)


# -- premise ------------------------------------------------------------------------------------
def parse_degrees(text: str, limit: int) -> int | None:
    """'14.693425' -> 14693425 (micro-degrees, exact); None when not a coordinate."""
    try:
        value = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        return None
    if not value.is_finite() or abs(value) > limit:
        return None
    micro = value * _MICRO
    if micro != micro.to_integral_value():
        return None
    return int(micro)


def degrees_text(micro_degrees: int) -> str:
    sign = "-" if micro_degrees < 0 else ""
    whole, part = divmod(abs(micro_degrees), 1_000_000)
    return f"{sign}{whole}.{part:06d}"


@dataclass(frozen=True)
class PremiseForm:
    agency_id: str = ""
    address_line: str = ""
    district: str = ""
    city: str = ""
    landmark: str = ""
    latitude: str = ""
    longitude: str = ""
    round_id: str = ""
    round_order: int = 0
    transformer_id: str = ""
    water_sector_id: str = ""

    @staticmethod
    def of(premise: Premise) -> PremiseForm:
        located = premise.HasField("location")
        return PremiseForm(
            agency_id=premise.agency_id,
            address_line=premise.address_line,
            district=premise.district,
            city=premise.city,
            landmark=premise.landmark,
            latitude=degrees_text(premise.location.latitude_e6) if located else "",
            longitude=degrees_text(premise.location.longitude_e6) if located else "",
            round_id=premise.round_id,
            round_order=premise.round_order,
            transformer_id=premise.transformer_id,
            water_sector_id=premise.water_sector_id,
        )

    def validate(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not self.address_line.strip():
            problems["address_line"] = translate("CustomerForms", "Enter the address.")
        if not self.city.strip():
            problems["city"] = translate("CustomerForms", "Enter the town.")
        if not self.agency_id:
            problems["agency_id"] = translate("CustomerForms", "Choose the agency.")
        if bool(self.latitude.strip()) != bool(self.longitude.strip()):
            problems["location"] = translate(
                "CustomerForms", "Give both latitude and longitude, or neither."
            )
        elif self.latitude.strip():
            if parse_degrees(self.latitude, 90) is None:
                problems["location.latitude_e6"] = translate(
                    "CustomerForms", "Latitude in decimal degrees, -90 to 90, at most 6 decimals."
                )
            if parse_degrees(self.longitude, 180) is None:
                problems["location.longitude_e6"] = translate(
                    "CustomerForms",
                    "Longitude in decimal degrees, -180 to 180, at most 6 decimals.",
                )
        if self.round_order < 0:
            problems["round_order"] = translate("CustomerForms", "Must be zero or more.")
        return problems

    def message(self) -> Premise:
        premise = Premise(
            agency_id=self.agency_id,
            address_line=self.address_line.strip(),
            district=self.district.strip(),
            city=self.city.strip(),
            landmark=self.landmark.strip(),
            round_id=self.round_id,
            round_order=self.round_order,
            transformer_id=self.transformer_id,
            water_sector_id=self.water_sector_id,
        )
        latitude = parse_degrees(self.latitude, 90) if self.latitude.strip() else None
        longitude = parse_degrees(self.longitude, 180) if self.longitude.strip() else None
        if latitude is not None and longitude is not None:
            premise.location.CopyFrom(
                customer_pb2.GeoPoint(latitude_e6=latitude, longitude_e6=longitude)
            )
        return premise


PREMISE_EDITABLE = (
    "address_line",
    "district",
    "city",
    "landmark",
    "location",
    "round_id",
    "round_order",
    "transformer_id",
    "water_sector_id",
)


def premise_changed_paths(old: Premise, new: Premise) -> tuple[str, ...]:
    paths = [p for p in PREMISE_EDITABLE if p != "location"]
    changed = list(changed_paths(old, new, paths))
    if (old.HasField("location"), old.location) != (new.HasField("location"), new.location):
        changed.insert(changed.index("round_id") if "round_id" in changed else len(changed),
                       "location")  # fmt: skip
    return tuple(changed)


# -- subscription -------------------------------------------------------------------------------
def parse_kva(text: str) -> int | None:
    """'6' or '4,5' kVA -> volt-amperes (6000, 4500); None when not a positive power."""
    try:
        value = Decimal(text.strip().replace(",", ".")) * 1000
    except InvalidOperation:
        return None
    if not value.is_finite() or value <= 0 or value != value.to_integral_value():
        return None
    return int(value)


@dataclass(frozen=True)
class SubscriptionForm:
    account_id: str = ""
    premise_id: str = ""
    agency_id: str = ""
    service: int = ELECTRICITY
    product_code: str = ""
    tariff_category_code: str = ""
    power_kva: str = ""
    calibre_code: str = ""
    billing_periodicity: int = customer_pb2.BILLING_PERIODICITY_MONTHLY

    def validate(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not self.account_id:
            problems["account_id"] = translate("CustomerForms", "Choose the paying account.")
        if not self.premise_id:
            problems["premise_id"] = translate("CustomerForms", "Choose the premise.")
        if not self.product_code.strip():
            problems["product_code"] = required()
        if not self.tariff_category_code.strip():
            problems["tariff_category_code"] = required()
        if self.service == ELECTRICITY and parse_kva(self.power_kva) is None:
            problems["subscribed_power_va"] = translate(
                "CustomerForms", "Subscribed power in kVA, more than zero."
            )
        if self.service == WATER and not self.calibre_code.strip():
            problems["calibre_code"] = translate("CustomerForms", "Enter the calibre.")
        return problems

    def message(self) -> Subscription:
        electricity = self.service == ELECTRICITY
        return Subscription(
            account_id=self.account_id,
            premise_id=self.premise_id,
            agency_id=self.agency_id,
            service=self.service,  # type: ignore[arg-type]
            product_code=self.product_code.strip(),
            tariff_category_code=self.tariff_category_code.strip(),
            subscribed_power_va=(parse_kva(self.power_kva) or 0) if electricity else 0,
            calibre_code="" if electricity else self.calibre_code.strip(),
            billing_periodicity=self.billing_periodicity,  # type: ignore[arg-type]
        )


# what UpdateSubscription changes (the premise and the service stay)
SUBSCRIPTION_EDITABLE = (
    "account_id",
    "product_code",
    "tariff_category_code",
    "subscribed_power_va",
    "calibre_code",
    "billing_periodicity",
)


@dataclass(frozen=True)
class StateChangeForm:
    verb: str
    effective_on: dt.date | None
    reason: str = ""

    def validate(self, today: dt.date) -> dict[str, str]:
        problems: dict[str, str] = {}
        if self.effective_on is None:
            problems["effective_on"] = translate("CustomerForms", "Enter the date.")
        elif self.effective_on > today:
            problems["effective_on"] = translate("CustomerForms", "Cannot be in the future.")
        if self.verb in ("suspend", "terminate") and not self.reason.strip():
            problems["reason"] = translate("CustomerForms", "Say why.")
        return problems


# -- meter --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class MeterForm:
    agency_id: str = ""
    serial: str = ""
    make_code: str = ""
    meter_type_code: str = ""
    service: int = ELECTRICITY
    calibre_code: str = ""
    digits: int = 6
    multiplier: str = "1"
    manufactured_year: int = 0
    register_codes: tuple[str, ...] = ("single",)

    def validate(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not self.serial.strip():
            problems["serial"] = translate("CustomerForms", "Enter the serial number.")
        if not self.make_code.strip():
            problems["make_code"] = required()
        if not 3 <= self.digits <= 12:
            problems["digits"] = translate("CustomerForms", "Between 3 and 12 digits.")
        try:
            multiplier = Decimal(self.multiplier.strip().replace(",", "."))
            if not multiplier.is_finite() or multiplier <= 0:
                raise InvalidOperation
        except InvalidOperation:
            problems["multiplier"] = translate("CustomerForms", "A number more than zero.")
        if not self.register_codes:
            problems["registers"] = translate("CustomerForms", "At least one register.")
        if not self.agency_id:
            problems["agency_id"] = translate("CustomerForms", "Choose the agency.")
        return problems

    def message(self) -> Meter:
        unit = "kWh" if self.service == ELECTRICITY else "m3"
        return Meter(
            agency_id=self.agency_id,
            serial=self.serial.strip(),
            make_code=self.make_code.strip(),
            meter_type_code=self.meter_type_code.strip(),
            service=self.service,  # type: ignore[arg-type]
            calibre_code=self.calibre_code.strip(),
            digits=self.digits,
            multiplier=self.multiplier.strip().replace(",", "."),
            manufactured_year=self.manufactured_year,
            registers=[customer_pb2.MeterRegister(code=c, unit=unit) for c in self.register_codes],
        )


@dataclass(frozen=True)
class InstallForm:
    serial: str = ""
    premise_id: str = ""
    subscription_id: str = ""
    installed_on: dt.date | None = None
    indexes: dict[str, str] = field(default_factory=dict)

    def validate(self, today: dt.date | None = None) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not self.serial.strip():
            problems["serial"] = translate(
                "CustomerForms", "Enter the serial number of a meter in stock."
            )
        if today is not None and self.installed_on is not None and self.installed_on > today:
            problems["installed_on"] = translate("CustomerForms", "Cannot be in the future.")
        if not self.premise_id:
            problems["premise_id"] = translate("CustomerForms", "Choose the premise.")
        if self.installed_on is None:
            problems["installed_on"] = translate("CustomerForms", "Enter the date.")
        bad = [v for v in self.indexes.values() if not _is_index(v)]
        if bad:
            problems["installation_indexes"] = translate(
                "CustomerForms", "An index is a number of zero or more."
            )
        return problems


def _is_index(text: str) -> bool:
    try:
        value = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        return False
    return value.is_finite() and value >= 0


# -- the server's violations, next to their widgets ----------------------------------------------
def place_violations(
    error: BackendError, fields: Iterable[str]
) -> tuple[dict[str, str], list[str]]:
    """(field key -> text for the widgets the form has, the texts that have no widget).

    The server may name a field with its request path ("customer.family_name",
    "premise.location.latitude_e6"): the longest known suffix wins.
    """
    known = set(fields)
    placed: dict[str, str] = {}
    unplaced: list[str] = []
    for violation in error.field_violations:
        parts = violation.field.split(".")
        key = next(
            (".".join(parts[i:]) for i in range(len(parts)) if ".".join(parts[i:]) in known),
            None,
        )
        if key is None and parts and parts[-1].split("[")[0] in known:
            key = parts[-1].split("[")[0]
        text = _violation_text(violation.description)
        if key is None:
            unplaced.append(f"{violation.field}: {text}")
        else:
            placed.setdefault(key, text)
    return placed, unplaced


def _violation_text(description: str) -> str:
    """The server's usual descriptions, translated; others as they come."""
    texts = {
        "is required": translate("CustomerForms", "Required."),
        "is required for a correction": translate("CustomerForms", "A correction needs a reason."),
        "is not a known code": translate("CustomerForms", "Not an active code of this list."),
        "is not a phone number (8 to 15 digits)": translate(
            "CustomerForms", "Not a phone number (8 to 15 digits)."
        ),
        "is not an e-mail address": translate("CustomerForms", "Not an e-mail address."),
        "cannot be in the future": translate("CustomerForms", "Cannot be in the future."),
        "must be between -90 and 90 degrees": translate(
            "CustomerForms", "Between -90 and 90 degrees."
        ),
        "must be between -180 and 180 degrees": translate(
            "CustomerForms", "Between -180 and 180 degrees."
        ),
        "give the latitude and the longitude together": translate(
            "CustomerForms", "Give both latitude and longitude, or neither."
        ),
        "is not a valid id": translate("CustomerForms", "Not a valid choice."),
        "is not one of the allowed values": translate(
            "CustomerForms", "Not one of the allowed values."
        ),
    }
    return texts.get(description, description)


def general_error_text(error: BackendError) -> str:
    """The sentence above the buttons; a version conflict says what to do."""
    if error.reason == "VERSION_CONFLICT":
        return translate(
            "CustomerForms",
            "Someone changed this record while you were editing it. Close this window, "
            "refresh (F5) and enter your change again.",
        )
    return error_text(error)
