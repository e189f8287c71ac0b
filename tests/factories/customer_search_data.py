"""A small customer base for the search tests: rows written the way the use cases write them,
with search_name / search_address / number_key / serial_key from domain/search_keys.py."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from itertools import count

from iwebs_server.application.clock import new_id
from iwebs_server.domain.account_numbers import account_number, prefixed_number
from iwebs_server.domain.customer_base import display_name
from iwebs_server.domain.search_keys import address_key, fold_text, phone_key, serial_key
from iwebs_server.persistence.tables.customer_base import (
    CustomerAccountRow,
    CustomerPhoneRow,
    CustomerRow,
    MeterInstallationRow,
    MeterRow,
    PremiseRow,
    SubscriptionRow,
)
from iwebs_server.persistence.unit_of_work import UnitOfWork

NOW = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)


@dataclass
class SeededCustomer:
    customer_id: str
    customer_number: str
    account_id: str
    account_number: str
    premise_id: str | None
    premise_number: str | None
    subscription_number: str | None
    meter_id: str | None
    agency_id: str


@dataclass
class CustomerSeeder:
    """Adds customers with one account, and optionally a premise, a subscription and a meter."""

    sequence: count[int] = field(default_factory=lambda: count(1))

    def add(
        self,
        uow: UnitOfWork,
        agency_id: str,
        family_name: str,
        given_names: str = "",
        *,
        organisation: str = "",
        phones: tuple[str, ...] = (),
        address: tuple[str, str, str] | None = None,
        meter_serial: str | None = None,
        service: str = "electricity",
    ) -> SeededCustomer:
        n = next(self.sequence)
        kind = "organisation" if organisation else "person"
        shown = display_name(kind, family_name, given_names, organisation)
        customer = CustomerRow(
            id=new_id(),
            customer_number=prefixed_number("C", n),
            agency_id=agency_id,
            kind=kind,
            family_name=family_name,
            given_names=given_names,
            organisation_name=organisation,
            display_name=shown,
            search_name=fold_text(shown),
            category_code="residential",
            version=1,
            created_at=NOW,
            updated_at=NOW,
        )
        session = uow.session
        session.add(customer)
        session.flush()
        for position, number in enumerate(phones, start=1):
            session.add(
                CustomerPhoneRow(
                    id=new_id(),
                    customer_id=customer.id,
                    agency_id=agency_id,
                    position=position,
                    number=number,
                    number_key=phone_key(number),
                )
            )
        account = CustomerAccountRow(
            id=new_id(),
            account_number=account_number(n),
            customer_id=customer.id,
            agency_id=agency_id,
            currency_code="XOF",
            status="active",
            version=1,
            created_at=NOW,
            updated_at=NOW,
        )
        session.add(account)
        session.flush()
        premise_id = premise_number = subscription_number = meter_id = None
        if address is not None:
            line, district, city = address
            premise = PremiseRow(
                id=new_id(),
                premise_number=prefixed_number("P", n),
                agency_id=agency_id,
                address_line=line,
                district=district,
                city=city,
                search_address=address_key(line, district, city),
                version=1,
                created_at=NOW,
                updated_at=NOW,
            )
            session.add(premise)
            session.flush()
            subscription = SubscriptionRow(
                id=new_id(),
                subscription_number=prefixed_number("S", n),
                account_id=account.id,
                premise_id=premise.id,
                agency_id=agency_id,
                service=service,
                product_code="conventional",
                tariff_category_code="DPP",
                billing_periodicity="monthly",
                status="active",
                requested_on=date(2026, 1, 5),
                activated_on=date(2026, 1, 10),
                version=1,
                created_at=NOW,
                updated_at=NOW,
            )
            session.add(subscription)
            session.flush()
            premise_id, premise_number = premise.id, premise.premise_number
            subscription_number = subscription.subscription_number
            if meter_serial is not None:
                meter = MeterRow(
                    id=new_id(),
                    serial=meter_serial,
                    serial_key=serial_key(meter_serial),
                    make_code="SAGEMCOM",
                    meter_type_code="single_phase",
                    service=service,
                    digits=6,
                    status="installed",
                    agency_id=agency_id,
                    version=1,
                    created_at=NOW,
                    updated_at=NOW,
                )
                session.add(meter)
                session.flush()
                session.add(
                    MeterInstallationRow(
                        id=new_id(),
                        meter_id=meter.id,
                        premise_id=premise.id,
                        subscription_id=subscription.id,
                        agency_id=agency_id,
                        installed_on=date(2026, 1, 10),
                        created_at=NOW,
                    )
                )
                session.flush()
                meter_id = meter.id
        return SeededCustomer(
            customer_id=customer.id,
            customer_number=customer.customer_number,
            account_id=account.id,
            account_number=account.account_number,
            premise_id=premise_id,
            premise_number=premise_number,
            subscription_number=subscription_number,
            meter_id=meter_id,
            agency_id=agency_id,
        )
