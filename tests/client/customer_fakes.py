"""In-memory stand-ins for the customer-base PORTS (presenters/service_ports.py), for the
presenter and widget tests that run without a server. They keep what they were sent, answer
with versions and ids like the server does, and refuse a stale version (VERSION_CONFLICT);
the live-server tests (test_customer_screens_live.py) check the real thing."""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from typing import Any

from iwebs.v1 import (
    common_pb2,
    customer_pb2,
    customer_search_service_pb2,
    reference_data_service_pb2,
    session_pb2,
)
from iwebs_client.backend.client_types import (
    BackendError,
    ChangeNote,
    CustomerSearchQuery,
    FieldViolation,
    StateChange,
    Update,
)

AGENCY = "5d7c0b7a-0000-4000-8000-000000000001"


def session(rights: list[str]) -> session_pb2.SessionInfo:
    return session_pb2.SessionInfo(
        login="accueil",
        rights=rights,
        agency_ids=[AGENCY],
        workstation_agency_id=AGENCY,
        workstation_agency_name="Dakar Plateau",
    )


def money(amount: int) -> common_pb2.Money:
    return common_pb2.Money(currency_code="XOF", amount_minor=amount)


def date(value: dt.date) -> common_pb2.Date:
    return common_pb2.Date(year=value.year, month=value.month, day=value.day)


class FakeCustomers:
    def __init__(self) -> None:
        self.overviews: dict[str, customer_pb2.CustomerOverview] = {}
        self.changes: list[customer_pb2.ChangeRecord] = []
        self.calls: list[tuple[str, str]] = []  # (method, request id)
        self.fail_next: BackendError | None = None
        self._ids = itertools.count(1)

    def _maybe_fail(self) -> None:
        if self.fail_next is not None:
            error, self.fail_next = self.fail_next, None
            raise error

    def get_overview(self, customer_id: str) -> customer_pb2.CustomerOverview:
        if customer_id not in self.overviews:
            raise BackendError(code="NOT_FOUND", reason="NOT_FOUND")
        return self.overviews[customer_id]

    def create_customer(self, request_id: str, customer: customer_pb2.Customer) -> Any:
        self.calls.append(("create_customer", request_id))
        self._maybe_fail()
        created = customer_pb2.Customer()
        created.CopyFrom(customer)
        created.customer_id = str(uuid.uuid4())
        created.customer_number = f"C{next(self._ids):07d}"
        created.display_name = f"{customer.family_name} {customer.given_names}".strip()
        created.version = 1
        self.overviews[created.customer_id] = customer_pb2.CustomerOverview(customer=created)
        return created

    def update_customer(self, request_id: str, update: Update, customer: Any) -> Any:
        self.calls.append(("update_customer", request_id))
        self._maybe_fail()
        current = self.overviews[update.record_id].customer
        if current.version != update.version:
            raise BackendError(code="ABORTED", reason="VERSION_CONFLICT")
        for path in update.paths:
            old = getattr(current, path)
            new = getattr(customer, path)
            self._record("customer", current.customer_id, path, old, new, update.note)
            if isinstance(new, (str, bool, int)):
                setattr(current, path, new)
            else:
                del getattr(current, path)[:]
                getattr(current, path).extend(new)
        current.version += 1
        return current

    def create_account(self, request_id: str, account: Any) -> Any:
        self.calls.append(("create_account", request_id))
        self._maybe_fail()
        created = customer_pb2.CustomerAccount()
        created.CopyFrom(account)
        created.account_id = str(uuid.uuid4())
        created.account_number = "1234567897"
        created.version = 1
        self.overviews[account.customer_id].accounts.append(created)
        return created

    def update_account(self, request_id: str, update: Update, account: Any) -> Any:
        self.calls.append(("update_account", request_id))
        self._maybe_fail()
        return account

    def list_group_members(self, group_account_id: str, page_token: str = "") -> Any:
        return [], ""

    def list_customer_changes(self, customer_id: str, page_token: str = "", **_: Any) -> Any:
        return list(reversed(self.changes)), ""

    def _record(
        self, entity: str, entity_id: str, path: str, old: Any, new: Any, note: ChangeNote
    ) -> None:
        self.changes.append(
            customer_pb2.ChangeRecord(
                change_id=len(self.changes) + 1,
                user_login="accueil",
                entity_type=entity,
                entity_id=entity_id,
                action="correct" if note.correction else "update",
                field=path,
                old_value=str(old),
                new_value=str(new),
                reason=note.reason,
            )
        )


class FakePremises:
    def __init__(self, customers: FakeCustomers) -> None:
        self.customers = customers
        self.calls: list[tuple[str, str]] = []

    def _find(self, premise_id: str) -> tuple[customer_pb2.CustomerOverview, Any]:
        for overview in self.customers.overviews.values():
            for premise in overview.premises:
                if premise.premise_id == premise_id:
                    return overview, premise
        raise BackendError(code="NOT_FOUND", reason="NOT_FOUND")

    def update_premise(self, request_id: str, update: Update, premise: Any) -> Any:
        self.calls.append(("update_premise", request_id))
        _overview, current = self._find(update.record_id)
        if update.note.correction and not update.note.reason:
            raise BackendError(
                code="INVALID_ARGUMENT",
                reason="INVALID_ARGUMENT",
                field_violations=(FieldViolation("reason", "is required"),),
            )
        for path in update.paths:
            old, new = getattr(current, path), getattr(premise, path)
            self.customers._record("premise", current.premise_id, path, old, new, update.note)
            if path == "location":
                current.location.CopyFrom(premise.location)
            else:
                setattr(current, path, new)
        current.version += 1
        return current

    def list_all_rounds(self, agency_id: str) -> list[Any]:
        return [customer_pb2.Round(round_id="r1", code="T01", name="Plateau 1")]

    def list_all_network_nodes(self, kind: int) -> list[Any]:
        return []

    def change_subscription_state(self, request_id: str, verb: str, change: StateChange) -> Any:
        self.calls.append((verb, request_id))
        for overview in self.customers.overviews.values():
            for sub in overview.subscriptions:
                if sub.subscription_id == change.record_id:
                    sub.status = {
                        "activate": customer_pb2.SUBSCRIPTION_STATUS_ACTIVE,
                        "suspend": customer_pb2.SUBSCRIPTION_STATUS_SUSPENDED,
                        "resume": customer_pb2.SUBSCRIPTION_STATUS_ACTIVE,
                        "terminate": customer_pb2.SUBSCRIPTION_STATUS_TERMINATED,
                    }[verb]
                    sub.version += 1
                    return sub
        raise BackendError(code="NOT_FOUND", reason="NOT_FOUND")


class FakeSearch:
    def __init__(self, hits: list[customer_search_service_pb2.CustomerSearchHit]) -> None:
        self.hits = hits
        self.queries: list[tuple[CustomerSearchQuery, str]] = []
        self.page_size = 2

    def search_customers(self, query: CustomerSearchQuery, page_token: str = "") -> Any:
        self.queries.append((query, page_token))
        found = [h for h in self.hits if query.text.casefold() in h.display_name.casefold()]
        start = int(page_token or 0)
        page = found[start : start + self.page_size]
        more = start + self.page_size < len(found)
        return page, str(start + self.page_size) if more else ""


class FakeReferenceData:
    """Two lists, as ListReferenceItems answers them (active items only)."""

    ITEMS = {
        "customer_category": [("DOM", "Domestique"), ("PRO", "Professionnel")],
        "seal_position": [("COUVERCLE", "Couvercle"), ("BORNIER", "Bornier")],
    }

    def list_items(self, table_code: str, include_inactive: bool = False) -> list[Any]:
        return [
            reference_data_service_pb2.ReferenceItem(
                table_code=table_code, code=code, label_fr=label, label_en=label, active=True
            )
            for code, label in self.ITEMS.get(table_code, [])
        ]


class FakeServices:
    def __init__(self, hits: list[Any] | None = None) -> None:
        self.customers = FakeCustomers()
        self.premises = FakePremises(self.customers)
        self.customer_search = FakeSearch(hits or [])
        self.meters = None
        self.reference_data = FakeReferenceData()
        self.agencies = None


def sample_overview(today: dt.date) -> customer_pb2.CustomerOverview:
    """NDIAYE Aïssatou: one account with an overdue bill, one premise, one active
    electricity subscription, one meter with a seal."""
    customer = customer_pb2.Customer(
        customer_id=str(uuid.uuid4()),
        customer_number="C0000042",
        agency_id=AGENCY,
        kind=customer_pb2.CUSTOMER_KIND_PERSON,
        family_name="NDIAYE",
        given_names="Aïssatou",
        display_name="NDIAYE Aïssatou",
        phones=["+221 77 123 45 67"],
        email="aissatou@example.sn",
        preferred_language="fr",
        sms_opt_in=True,
        id_document_type="CNI",
        id_document_number="1 234 1990 01234",
        category_code="DOM",
        version=3,
    )
    account = customer_pb2.CustomerAccount(
        account_id=str(uuid.uuid4()),
        account_number="1000000018",
        customer_id=customer.customer_id,
        agency_id=AGENCY,
        currency_code="XOF",
        status=customer_pb2.ACCOUNT_STATUS_ACTIVE,
        billing_address=customer_pb2.PostalAddress(address_line="12 rue Carnot", city="Dakar"),
        version=1,
    )
    premise = customer_pb2.Premise(
        premise_id=str(uuid.uuid4()),
        premise_number="P0000007",
        agency_id=AGENCY,
        address_line="12 rue Carnot",
        district="Plateau",
        city="Dakar",
        location=customer_pb2.GeoPoint(latitude_e6=14693425, longitude_e6=-17447938),
        round_id="r1",
        round_code="T01",
        round_order=12,
        network_address=customer_pb2.NetworkAddress(
            substation=customer_pb2.NetworkNode(node_id="s", code="HANN", name="Hann"),
            feeder=customer_pb2.NetworkNode(node_id="f", code="D12", name="D12"),
            transformer=customer_pb2.NetworkNode(node_id="t", code="TR-0451", name="Carnot"),
        ),
        version=2,
    )
    subscription = customer_pb2.Subscription(
        subscription_id=str(uuid.uuid4()),
        subscription_number="S0000009",
        account_id=account.account_id,
        premise_id=premise.premise_id,
        service=customer_pb2.SERVICE_KIND_ELECTRICITY,
        product_code="conventional",
        tariff_category_code="DPP",
        subscribed_power_va=6000,
        billing_periodicity=customer_pb2.BILLING_PERIODICITY_BIMONTHLY,
        status=customer_pb2.SUBSCRIPTION_STATUS_ACTIVE,
        requested_on=date(today - dt.timedelta(days=400)),
        activated_on=date(today - dt.timedelta(days=390)),
        version=1,
    )
    meter = customer_pb2.Meter(
        meter_id=str(uuid.uuid4()),
        serial="SAG-0012345",
        make_code="SAGEM",
        service=customer_pb2.SERVICE_KIND_ELECTRICITY,
        digits=6,
        multiplier="1",
        status=customer_pb2.METER_STATUS_INSTALLED,
        registers=[customer_pb2.MeterRegister(code="single", unit="kWh")],
        version=1,
    )
    overdue_bill = customer_pb2.OpenBill(
        bill_id="b1",
        bill_number="F2026-000123",
        account_id=account.account_id,
        origin="legacy",
        period_label="2026-07/08",
        due_date=date(today - dt.timedelta(days=10)),
        amount=money(1_234_567),
        open_amount=money(1_234_567),
    )
    current_bill = customer_pb2.OpenBill(
        bill_id="b2",
        bill_number="F2026-000200",
        account_id=account.account_id,
        origin="legacy",
        period_label="2026-09/10",
        due_date=date(today + dt.timedelta(days=10)),
        amount=money(15_000),
        open_amount=money(15_000),
    )
    return customer_pb2.CustomerOverview(
        customer=customer,
        accounts=[account],
        balances=[
            customer_pb2.AccountBalance(
                account_id=account.account_id,
                balance=money(1_249_567),
                overdue=money(1_234_567),
                open_bill_count=2,
            )
        ],
        subscriptions=[subscription],
        premises=[premise],
        meters=[meter],
        installations=[
            customer_pb2.MeterInstallation(
                installation_id="i1",
                meter_id=meter.meter_id,
                premise_id=premise.premise_id,
                installed_on=date(today - dt.timedelta(days=390)),
            )
        ],
        seals=[
            customer_pb2.MeterSeal(
                seal_id="s1", seal_number="PL-778899", meter_id=meter.meter_id, position="cover"
            )
        ],
        open_bills=[overdue_bill, current_bill],
    )
