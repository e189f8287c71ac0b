"""A realistic demo utility, generated from a seed: the same country, size, seed and date
always give the same customers, premises, subscriptions, meters and open bills.

`UtilityPlan` (`plan.py`) is the structure (agencies, rounds, network nodes), small and
built first; `CustomerBundleGenerator` streams one `CustomerBundle` per subscriber (a customer with
its accounts, premises, subscriptions, meters and open bills), so that a million
subscribers need no more memory than one. Codes are those of `application/reference_seed.py`.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from iwebs_server.application.demo_data import names
from iwebs_server.application.demo_data.plan import AgencyPlan, UtilityPlan
from iwebs_server.domain.search_keys import fold_text

GROUP_EVERY = 997  # one customer in about a thousand is a body paying for several sites


@dataclass(slots=True)
class CustomerRecord:
    legacy_reference: str
    agency_code: str
    kind: str
    family_name: str
    given_names: str
    organisation_name: str
    category_code: str
    id_document_type: str
    id_document_number: str
    phones: list[str]
    email: str
    preferred_language: str
    ebill_opt_in: bool
    sms_opt_in: bool


@dataclass(slots=True)
class AccountRecord:
    legacy_reference: str
    customer_reference: str
    agency_code: str
    currency: str
    is_group: bool
    group_reference: str
    billing_address_line: str
    billing_district: str
    billing_city: str
    billing_postal_box: str


@dataclass(slots=True)
class PremiseRecord:
    legacy_reference: str
    agency_code: str
    address_line: str
    district: str
    city: str
    landmark: str
    latitude_e6: int
    longitude_e6: int
    round_code: str
    round_order: int
    transformer_code: str
    water_sector_code: str


@dataclass(slots=True)
class SubscriptionRecord:
    legacy_reference: str
    account_reference: str
    premise_reference: str
    service: str
    product_code: str
    tariff_category_code: str
    subscribed_power_va: int | None
    calibre_code: str
    billing_periodicity: str
    status: str
    requested_on: date
    activated_on: date | None
    suspended_on: date | None
    terminated_on: date | None
    # the consumption profile later billing estimates from: quantity per month and unit
    average_monthly_consumption: int
    consumption_unit: str


@dataclass(slots=True)
class MeterRecord:
    legacy_reference: str
    serial: str
    make_code: str
    meter_type_code: str
    service: str
    calibre_code: str
    digits: int
    multiplier: str
    manufactured_year: int
    registers: list[tuple[str, str]]
    agency_code: str
    premise_reference: str
    subscription_reference: str
    installed_on: date | None
    installation_indexes: list[tuple[str, str]]
    seals: list[tuple[str, str]]
    seals_fitted_on: date | None


@dataclass(slots=True)
class BillRecord:
    bill_number: str
    account_reference: str
    subscription_reference: str
    period: str
    issue_date: date
    due_date: date
    amount: int
    currency: str


@dataclass(slots=True)
class CustomerBundle:
    customer: CustomerRecord
    accounts: list[AccountRecord] = field(default_factory=list)
    premises: list[PremiseRecord] = field(default_factory=list)
    subscriptions: list[SubscriptionRecord] = field(default_factory=list)
    meters: list[MeterRecord] = field(default_factory=list)
    bills: list[BillRecord] = field(default_factory=list)


# Tariffs by customer category: (electricity tariffs and weights, water tariff).
ELECTRICITY_TARIFFS: dict[str, tuple[tuple[str, ...], tuple[int, ...]]] = {
    "DOM": (("DPP", "DMP"), (92, 8)),
    "PRO": (("PPP", "PMP"), (80, 20)),
    "ADM": (("PPP", "PMP"), (50, 50)),
    "COL": (("PPP", "PMP"), (60, 40)),
    "CUL": (("PPP",), (1,)),
    "ASS": (("PPP",), (1,)),
}
WATER_TARIFF = {
    "DOM": "EAU-DOM",
    "PRO": "EAU-PRO",
    "ADM": "EAU-ADM",
    "COL": "EAU-ADM",
    "CUL": "EAU-PRO",
    "ASS": "EAU-PRO",
}
# subscribed power (VA) choices by tariff
POWERS: dict[str, tuple[tuple[int, ...], tuple[int, ...]]] = {
    "DPP": ((3000, 6000, 9000), (20, 60, 20)),
    "DMP": ((12000, 18000, 24000), (50, 35, 15)),
    "PPP": ((6000, 9000, 12000, 18000), (25, 35, 25, 15)),
    "PMP": ((24000, 36000, 48000, 60000), (35, 35, 20, 10)),
}
# typical monthly consumption (kWh or m3) by tariff; the actual one is log-normal around it
TYPICAL_CONSUMPTION = {
    "DPP": 140,
    "DMP": 420,
    "PPP": 380,
    "PMP": 2200,
    "EAU-SOC": 8,
    "EAU-DOM": 16,
    "EAU-PRO": 45,
    "EAU-ADM": 120,
}
# average price per kWh / m3 in francs, taxes included, and fixed charge per month
UNIT_PRICE = {
    "DPP": 112,
    "DMP": 121,
    "PPP": 158,
    "PMP": 141,
    "EAU-SOC": 232,
    "EAU-DOM": 410,
    "EAU-PRO": 745,
    "EAU-ADM": 790,
}
FIXED_CHARGE = {"DPP": 850, "DMP": 1600, "PPP": 2100, "PMP": 9800}
WATER_FIXED_CHARGE = 650
CONVENTIONAL_ELECTRIC_MAKES = ("ITRON", "LANDIS", "SAGEMCOM", "ISKRAEMECO")
PREPAID_MAKES = ("HEXING", "CONLOG", "INHEMETER")
WATER_MAKES = ("SENSUS", "ITRON", "ZENNER", "ELSTER")
MAKE_PREFIX = {
    "ITRON": "ITR",
    "LANDIS": "LG",
    "SAGEMCOM": "SAG",
    "ISKRAEMECO": "ISK",
    "SENSUS": "SEN",
    "ZENNER": "ZEN",
    "ELSTER": "ELS",
}
EMAIL_DOMAINS = ("gmail.com", "yahoo.fr", "orange.sn", "hotmail.com", "outlook.fr")
ADDRESS_PATTERNS = (
    "Villa n° {n} {quartier}",
    "Rue {r} x {s}, {quartier}",
    "Parcelle n° {n}, {quartier}",
    "Lot {n} Cité {family}",
    "Maison {family}, {quartier}",
    "Immeuble {family}, appartement {a}",
)


class CustomerBundleGenerator:
    """Streams the customers of a `UtilityPlan`, deterministic for a (seed, as_of)."""

    def __init__(self, plan: UtilityPlan, subscribers: int, seed: int, as_of: date) -> None:
        self.plan = plan
        self.country = plan.country
        self.subscribers = subscribers
        self.as_of = as_of
        self._rng = random.Random(seed)
        self._agency_weights = [a.town.weight for a in plan.agencies]
        self._round_next_order: dict[tuple[str, str], int] = {}
        self._counters = {
            "customer": 0,
            "account": 0,
            "premise": 0,
            "subscription": 0,
            "meter": 0,
            "seal": 0,
            "bill": 0,
            "prepaid_serial": 0,
        }

    def _next(self, series: str) -> int:
        self._counters[series] += 1
        return self._counters[series]

    def bundles(self) -> Iterator[CustomerBundle]:
        rng = self._rng
        agencies = self.plan.agencies
        for _ in range(self.subscribers):
            (agency,) = rng.choices(agencies, weights=self._agency_weights)
            yield self._bundle(agency)

    # -- one customer ---------------------------------------------------------------------

    def _bundle(self, agency: AgencyPlan) -> CustomerBundle:
        rng = self._rng
        n = self._next("customer")
        quartier = rng.choice(agency.town.quartiers)
        group = self._family_group()
        family = rng.choice(names.FAMILY_NAMES[group])
        is_group_payer = n % GROUP_EVERY == 0
        roll = rng.random()
        if is_group_payer or roll < 0.06:
            customer, category = self._organisation(n, agency, quartier, group, family)
        else:
            customer, category = self._person(n, agency, group, family)
        bundle = CustomerBundle(customer)
        account = self._account(bundle, agency, quartier)
        if is_group_payer:
            account.is_group = True
            for _ in range(rng.randint(3, 8)):
                member = self._account(bundle, agency, rng.choice(agency.town.quartiers))
                member.group_reference = account.legacy_reference
                self._premise_and_services(bundle, member, agency, category, rng.random())
        else:
            self._premise_and_services(bundle, account, agency, category, rng.random())
        return bundle

    def _family_group(self) -> str:
        groups = self.country.family_groups
        weights = [len(groups) - i for i in range(len(groups))]
        return self._rng.choices(groups, weights=weights)[0]

    def _phone(self) -> str:
        rng = self._rng
        prefix = rng.choice(self.country.mobile_prefixes)
        rest = self.country.national_digits - len(prefix)
        return self.country.format_phone(prefix + f"{rng.randrange(10**rest):0{rest}d}")

    def _person(
        self, n: int, agency: AgencyPlan, group: str, family: str
    ) -> tuple[CustomerRecord, str]:
        rng = self._rng
        female = rng.random() < 0.46
        given_pool = names.given_names(group, female)
        given = rng.choice(given_pool)
        if rng.random() < 0.12:
            second = rng.choice(given_pool)
            if second != given:
                given = f"{given} {second}"
        phones = [self._phone()]
        if rng.random() < 0.35:
            phones.append(self._phone())
        email = ""
        if rng.random() < 0.28:
            local = fold_text(f"{given} {family}").replace(" ", ".")
            email = f"{local}{rng.randrange(1, 99)}@{rng.choice(EMAIL_DOMAINS)}"
        sex = "2" if female else "1"
        birth_year = rng.randint(1950, 2004)
        document = ""
        document_type = ""
        if rng.random() < 0.9:
            document_type = self.country.person_id_document
            document = f"{sex}{rng.randint(100, 999)}{birth_year}{rng.randrange(100000):05d}"
        elif rng.random() < 0.5:
            document_type = "PASSEPORT"
            document = f"A{rng.randrange(10**8):08d}"
        record = CustomerRecord(
            legacy_reference=f"CLI{n:09d}",
            agency_code=agency.code,
            kind="person",
            family_name=family,
            given_names=given,
            organisation_name="",
            category_code="DOM",
            id_document_type=document_type,
            id_document_number=document,
            phones=phones,
            email=email,
            preferred_language="en" if rng.random() < 0.03 else "fr",
            ebill_opt_in=bool(email) and rng.random() < 0.4,
            sms_opt_in=rng.random() < 0.55,
        )
        return record, "DOM"

    def _organisation(
        self, n: int, agency: AgencyPlan, quartier: str, group: str, family: str
    ) -> tuple[CustomerRecord, str]:
        rng = self._rng
        pattern, kind = rng.choice(names.ORGANISATIONS)
        if n % GROUP_EVERY == 0:  # a body paying for several sites (grouped account)
            pattern, kind = rng.choice(names.GROUP_PAYERS), "administration"
        given = rng.choice(names.given_names(group, rng.random() < 0.4))
        name = pattern.format(town=agency.town.name, quartier=quartier, given=given, family=family)
        category = {"business": "PRO", "administration": "ADM", "community": "CUL"}[kind]
        if kind == "community" and "Association" in name:
            category = "ASS"
        if name.startswith(("Mairie", "Commune")):
            category = "COL"
        document_type = self.country.organisation_id_document
        if document_type == "NINEA":
            document = f"{rng.randrange(10**9):09d} 2G{rng.randint(1, 3)}"
        else:
            registered = rng.randint(2000, 2025)
            document = (
                f"{self.country.code}-{agency.town.code}-{registered}-B-{rng.randrange(10**5):05d}"
            )
        phones = [self._phone()]
        if rng.random() < 0.5:
            phones.append(self._phone())
        slug = fold_text(name).replace(" ", "")[:20] or "contact"
        record = CustomerRecord(
            legacy_reference=f"CLI{n:09d}",
            agency_code=agency.code,
            kind="organisation",
            family_name="",
            given_names="",
            organisation_name=name,
            category_code=category,
            id_document_type=document_type,
            id_document_number=document,
            phones=phones,
            email=f"contact@{slug}.sn" if rng.random() < 0.5 else "",
            preferred_language="fr",
            ebill_opt_in=rng.random() < 0.3,
            sms_opt_in=rng.random() < 0.3,
        )
        return record, category

    def _account(self, bundle: CustomerBundle, agency: AgencyPlan, quartier: str) -> AccountRecord:
        rng = self._rng
        n = self._next("account")
        postal_box = f"BP {rng.randint(1, 25000)}" if rng.random() < 0.1 else ""
        account = AccountRecord(
            legacy_reference=f"CPT{n:09d}",
            customer_reference=bundle.customer.legacy_reference,
            agency_code=agency.code,
            currency=self.country.currency_code,
            is_group=False,
            group_reference="",
            billing_address_line="",
            billing_district=quartier,
            billing_city=agency.town.name,
            billing_postal_box=postal_box,
        )
        bundle.accounts.append(account)
        return account

    # -- premise, subscriptions, meters, bills --------------------------------------------

    def _premise_and_services(
        self,
        bundle: CustomerBundle,
        account: AccountRecord,
        agency: AgencyPlan,
        category: str,
        roll: float,
    ) -> None:
        rng = self._rng
        premise = self._premise(agency, account.billing_district, bundle.customer.family_name)
        if not account.billing_address_line:
            account.billing_address_line = premise.address_line
        bundle.premises.append(premise)
        # domestic: 58 % electricity only, 14 % water only, 28 % both; others: 35, 10, 55
        electricity_only, water_only = (0.58, 0.72) if category == "DOM" else (0.35, 0.45)
        services: tuple[str, ...] = ("electricity", "water")
        if roll < electricity_only:
            services = ("electricity",)
        elif roll < water_only:
            services = ("water",)
        for service in services:
            if service == "electricity":
                premise.transformer_code = rng.choice(agency.transformer_codes)
            else:
                premise.water_sector_code = rng.choice(agency.water_sector_codes)
            self._subscription(bundle, account, premise, agency, category, service)

    def _premise(self, agency: AgencyPlan, quartier: str, family: str) -> PremiseRecord:
        rng = self._rng
        n = self._next("premise")
        town = agency.town
        family = family or rng.choice(names.FAMILY_NAMES["wolof"])
        address = rng.choice(ADDRESS_PATTERNS).format(
            n=rng.randint(1, 2500),
            r=rng.randint(1, 40),
            s=rng.randint(1, 40),
            a=rng.randint(1, 24),
            quartier=quartier,
            family=family,
        )
        landmark = rng.choice(names.LANDMARKS).format(family=family)
        south, north, west, east = self.country.bounding_box
        latitude = min(max(town.latitude + rng.uniform(-1, 1) * town.spread_deg, south), north)
        longitude = min(max(town.longitude + rng.uniform(-1, 1) * town.spread_deg, west), east)
        round_code = rng.choice(agency.round_codes)
        key = (agency.code, round_code)
        order = self._round_next_order.get(key, 0) + 10
        self._round_next_order[key] = order
        return PremiseRecord(
            legacy_reference=f"PDL{n:09d}",
            agency_code=agency.code,
            address_line=address,
            district=quartier,
            city=town.name,
            landmark=landmark,
            latitude_e6=round(latitude * 1_000_000),
            longitude_e6=round(longitude * 1_000_000),
            round_code=round_code,
            round_order=min(order, 999_999),
            transformer_code="",
            water_sector_code="",
        )

    def _subscription(
        self,
        bundle: CustomerBundle,
        account: AccountRecord,
        premise: PremiseRecord,
        agency: AgencyPlan,
        category: str,
        service: str,
    ) -> None:
        rng = self._rng
        n = self._next("subscription")
        power: int | None = None
        calibre = ""
        if service == "electricity":
            tariffs, weights = ELECTRICITY_TARIFFS.get(category, ELECTRICITY_TARIFFS["PRO"])
            tariff = rng.choices(tariffs, weights=weights)[0]
            powers, power_weights = POWERS[tariff]
            power = rng.choices(powers, weights=power_weights)[0]
            prepaid_share = 0.6 if tariff in ("DPP", "DMP") else 0.25
            if category in ("ADM", "COL"):
                prepaid_share = 0.0
            product = "PREPAID" if rng.random() < prepaid_share else "CONVENTIONAL"
            periodicity = "bimonthly" if tariff in ("DPP", "DMP") else "monthly"
            if product == "PREPAID":
                periodicity = "monthly"
            unit = "kWh"
        else:
            tariff = WATER_TARIFF.get(category, "EAU-PRO")
            if tariff == "EAU-DOM" and rng.random() < 0.15:
                tariff = "EAU-SOC"
            calibre = "DN15" if category == "DOM" and rng.random() < 0.85 else "DN20"
            if category in ("ADM", "COL", "PRO") and rng.random() < 0.3:
                calibre = rng.choice(("DN25", "DN30", "DN40"))
            product = "CONVENTIONAL"
            periodicity = "bimonthly" if category == "DOM" else "monthly"
            unit = "m3"
        typical = TYPICAL_CONSUMPTION[tariff]
        consumption = max(1, round(typical * math.exp(rng.gauss(0, 0.45))))
        status_roll = rng.random()
        requested = self.as_of - timedelta(days=rng.randint(60, 25 * 365))
        activated: date | None = requested + timedelta(days=rng.randint(2, 30))
        suspended: date | None = None
        terminated: date | None = None
        if status_roll < 0.015:
            status = "requested"
            requested = self.as_of - timedelta(days=rng.randint(1, 40))
            activated = None
        elif status_roll < 0.045:
            status = "terminated"
            assert activated is not None
            span = max(1, (self.as_of - activated).days)
            terminated = activated + timedelta(days=rng.randint(1, span))
        elif status_roll < 0.10:
            status = "suspended"
            assert activated is not None
            suspended = max(activated, self.as_of - timedelta(days=rng.randint(5, 200)))
        else:
            status = "active"
        subscription = SubscriptionRecord(
            legacy_reference=f"ABO{n:09d}",
            account_reference=account.legacy_reference,
            premise_reference=premise.legacy_reference,
            service=service,
            product_code=product,
            tariff_category_code=tariff,
            subscribed_power_va=power,
            calibre_code=calibre,
            billing_periodicity=periodicity,
            status=status,
            requested_on=requested,
            activated_on=activated,
            suspended_on=suspended,
            terminated_on=terminated,
            average_monthly_consumption=consumption,
            consumption_unit=unit,
        )
        bundle.subscriptions.append(subscription)
        if status != "requested":
            self._meter(bundle, subscription, premise, agency)
        if product == "CONVENTIONAL" and status in ("active", "suspended", "terminated"):
            self._open_bills(bundle, subscription)

    def _meter(
        self,
        bundle: CustomerBundle,
        subscription: SubscriptionRecord,
        premise: PremiseRecord,
        agency: AgencyPlan,
    ) -> None:
        rng = self._rng
        n = self._next("meter")
        tariff = subscription.tariff_category_code
        assert subscription.activated_on is not None
        installed_on = subscription.activated_on
        if rng.random() < 0.25:  # replaced since: a newer meter
            span = max(1, (self.as_of - installed_on).days)
            installed_on = installed_on + timedelta(days=rng.randint(0, span))
            if subscription.terminated_on is not None:
                installed_on = min(installed_on, subscription.terminated_on)
        year = max(1990, min(installed_on.year - rng.randint(0, 2), self.as_of.year))
        if subscription.service == "water":
            make = rng.choice(WATER_MAKES)
            meter_type = "EAU-VOL" if subscription.calibre_code in ("DN15", "DN20") else "EAU-JM"
            digits = 5
            registers = [("single", "m3")]
            serial = f"{MAKE_PREFIX[make]}-{year % 100:02d}-{n:08d}"
            positions = ["COUVERCLE", "RACCORD"]
        elif subscription.product_code == "PREPAID":
            make = rng.choice(PREPAID_MAKES)
            three_phase = (subscription.subscribed_power_va or 0) > 9000
            meter_type = "ELEC-TRI-PP" if three_phase else "ELEC-MONO-PP"
            digits = 7
            registers = [("single", "kWh")]
            # STS meter numbers: 11 digits, typed on the vending screen
            serial = f"{142 if make == 'HEXING' else 370 if make == 'CONLOG' else 581}" + (
                f"{n:08d}"
            )
            positions = ["BORNIER", "COUVERCLE"]
        else:
            make = rng.choice(CONVENTIONAL_ELECTRIC_MAKES)
            if tariff == "PMP":
                meter_type = "ELEC-DT"
                registers = [("peak", "kWh"), ("offpeak", "kWh"), ("reactive", "kvarh")]
            else:
                three_phase = (subscription.subscribed_power_va or 0) > 9000
                meter_type = "ELEC-TRI" if three_phase else "ELEC-MONO"
                registers = [("single", "kWh")]
            digits = 6
            serial = f"{MAKE_PREFIX[make]} {year % 100:02d} {n:08d}"
            positions = ["BORNIER", "COUVERCLE", "DISJONCTEUR"][: rng.randint(1, 3)]
        seals: list[tuple[str, str]] = []
        for position in positions:
            seals.append((f"SC{self._next('seal'):09d}", position))
        indexes: list[tuple[str, str]] = []
        for code, _unit in registers:
            start = rng.randrange(0, 10 ** min(digits, 5))
            if code == "reactive":
                start = start // 4
            indexes.append((code, f"{start % 10**digits:0{digits}d}"))
        installed = subscription.status != "terminated"
        meter = MeterRecord(
            legacy_reference=f"CPR{n:09d}",
            serial=serial,
            make_code=make,
            meter_type_code=meter_type,
            service=subscription.service,
            calibre_code=subscription.calibre_code,
            digits=digits,
            multiplier="1",
            manufactured_year=year,
            registers=registers,
            agency_code=agency.code,
            premise_reference=premise.legacy_reference if installed else "",
            subscription_reference=subscription.legacy_reference if installed else "",
            installed_on=installed_on if installed else None,
            installation_indexes=indexes if installed else [],
            seals=seals if installed else [],
            seals_fitted_on=None,
        )
        bundle.meters.append(meter)

    def _open_bills(self, bundle: CustomerBundle, subscription: SubscriptionRecord) -> None:
        rng = self._rng
        if subscription.status == "active":
            unpaid = rng.choices((0, 1, 2, 3, 4), weights=(55, 28, 10, 5, 2))[0]
        elif subscription.status == "suspended":
            unpaid = rng.randint(2, 8)
        else:  # terminated with a debt left behind, sometimes
            unpaid = rng.choices((0, 1, 2), weights=(80, 15, 5))[0]
        if unpaid == 0:
            return
        months = 2 if subscription.billing_periodicity == "bimonthly" else 1
        tariff = subscription.tariff_category_code
        price = UNIT_PRICE[tariff]
        fixed = FIXED_CHARGE.get(tariff, WATER_FIXED_CHARGE)
        last_day = subscription.terminated_on or subscription.suspended_on or self.as_of
        # the last billed period ends at the end of the month before `last_day`
        period_end = last_day.replace(day=1) - timedelta(days=1)
        activated = subscription.activated_on
        assert activated is not None
        for k in range(unpaid):
            end = _months_back(period_end, k * months)
            if end < activated:
                break
            quantity = max(
                0, round(subscription.average_monthly_consumption * months * rng.uniform(0.7, 1.3))
            )
            amount = quantity * price + fixed * months
            issue = end + timedelta(days=rng.randint(6, 15))
            issue = min(issue, self.as_of)
            bundle.bills.append(
                BillRecord(
                    bill_number=f"FL{self._next('bill'):010d}",
                    account_reference=subscription.account_reference,
                    subscription_reference=subscription.legacy_reference,
                    period=f"{end.year:04d}-{end.month:02d}",
                    issue_date=issue,
                    due_date=issue + timedelta(days=15),
                    amount=max(1, amount),
                    currency=self.country.currency_code,
                )
            )


def _months_back(month_end: date, months: int) -> date:
    """The last day of the month `months` before `month_end`'s month."""
    year, month = month_end.year, month_end.month - months
    while month <= 0:
        month += 12
        year -= 1
    following = date(year + (month == 12), month % 12 + 1, 1)
    return following - timedelta(days=1)
