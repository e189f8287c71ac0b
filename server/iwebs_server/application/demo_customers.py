"""A handful of demo customers for the 360-degree screen: people and organisations of Dakar
and Thiès with accounts, premises (GPS and electrical address), water and electricity
subscriptions in several states, meters and seals, a grouped account, open bills and a
corrected address in the history.

Everything goes through the use cases (numbers, search keys, history, audit), as the
server's own operator; only the network tree and the carried-over bills, which have no
use case of their own yet, are written as rows. Reference codes are the standard lists
(application/reference_seed.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from iwebs_server.application.audit_trail import AuditTrail
from iwebs_server.application.change_history import ChangeHistory
from iwebs_server.application.clock import Clock, new_id
from iwebs_server.application.customer_base_views import (
    AccountInput,
    CustomerInput,
    MeterInput,
    PremiseInput,
    SubscriptionInput,
    UpdateRequest,
)
from iwebs_server.application.customers import CustomerService
from iwebs_server.application.idempotency import Idempotency
from iwebs_server.application.meters import MeterService
from iwebs_server.application.premises import PremiseService
from iwebs_server.domain.principal import Principal, system_principal
from iwebs_server.persistence.tables.customer_base import (
    BillRow,
    CustomerRow,
    NetworkNodeRow,
    RoundRow,
)
from iwebs_server.persistence.unit_of_work import UowFactory


@dataclass(frozen=True)
class DemoNetwork:
    rounds: dict[str, str]  # round code -> id
    transformers: dict[str, str]  # code -> id
    water_sectors: dict[str, str]


# (agency code, round code, name), per agency
ROUNDS = (
    ("DKR-PLATEAU", "DKR-T01", "Plateau - Indépendance"),
    ("DKR-PLATEAU", "DKR-T02", "Médina - Gueule Tapée"),
    ("DKR-PLATEAU", "DKR-T03", "Sicap - Liberté"),
    ("THS-CENTRE", "THS-T01", "Thiès Escale"),
    ("THS-CENTRE", "THS-T02", "Thiès Randoulène"),
)
# substation -> feeders -> transformers (code, name); agency None: shared
NETWORK = (
    (
        "DKR-PLATEAU",
        ("PS-HANN", "Poste source de Hann"),
        (
            ("DEP-HANN-07", "Départ HTA Hann 07", (("TR-LIB-21", "Poste Liberté 2"),)),
            (
                "DEP-HANN-12",
                "Départ HTA Hann 12",
                (("TR-MED-04", "Poste Médina 4"), ("TR-PLT-09", "Poste Plateau 9")),
            ),
        ),
    ),
    (
        "THS-CENTRE",
        ("PS-THS", "Poste source de Thiès"),
        (("DEP-THS-02", "Départ HTA Thiès 02", (("TR-ESC-03", "Poste Escale 3"),)),),
    ),
)
WATER_SECTORS = (
    ("DKR-PLATEAU", "SEC-DKR-CENTRE", "Secteur Dakar Centre"),
    ("THS-CENTRE", "SEC-THS-NORD", "Secteur Thiès Nord"),
)


class DemoCustomers:
    def __init__(self, uow_factory: UowFactory, clock: Clock, audit: AuditTrail) -> None:
        self._uow = uow_factory
        self._clock = clock
        idempotency = Idempotency(clock, uow_factory)
        history = ChangeHistory(clock)
        self._customers = CustomerService(uow_factory, clock, audit, idempotency, history)
        self._premises = PremiseService(uow_factory, clock, audit, idempotency, history)
        self._meters = MeterService(uow_factory, clock, audit, idempotency, history)
        self._who: Principal = system_principal("demo")

    def seed(self, agency_ids: dict[str, str]) -> int:
        """Adds the demo customers once (nothing if the base already has customers);
        returns how many customers were added."""
        with self._uow(read_only=True) as uow:
            if uow.session.scalar(select(func.count()).select_from(CustomerRow)):
                return 0
        network = self._network(agency_ids)
        today = self._clock.now().date()
        dkr, ths = agency_ids["DKR-PLATEAU"], agency_ids["THS-CENTRE"]
        bills: list[tuple[str, str, str, date, int]] = []  # account, agency, number, due, XOF
        count = 0

        # 1. A household of Sicap Liberté: water and electricity, seals, a corrected address.
        aissatou = self._customer(
            dkr, "person", "Ndiaye", "Aïssatou", "DOM", ("CNI", "1 234 1985 01234"),
            ("+221 77 123 45 67", "+221 33 824 10 10"), "aissatou.ndiaye@example.sn",
            ebill=True,
        )  # fmt: skip
        account = self._account(aissatou, dkr, "Villa 123, Sicap Liberté 2", "Dakar")
        home = self._premise(
            dkr, "Villa 123, Sicap Liberté 2", "Liberté 2", "Dakar", "face pharmacie Liberté",
            (14_712_402, -17_458_913), network.rounds["DKR-T03"], 14,
            network.transformers["TR-LIB-21"], network.water_sectors["SEC-DKR-CENTRE"],
        )  # fmt: skip
        power = self._subscription(account, home, "electricity", "CONVENTIONAL", "DPP", 6000)
        water = self._subscription(
            account, home, "water", "CONVENTIONAL", "EAU-DOM", calibre="DN15"
        )
        self._activate(power, today - timedelta(days=900))
        self._activate(water, today - timedelta(days=900))
        meter = self._meter(dkr, "ITR-0458-2291", "ITRON", "ELEC-MONO", "electricity", 6)
        self._install(meter, home, power, "012845", today - timedelta(days=900))
        self._seal(meter, "SN-DKR-104581", "COUVERCLE", today - timedelta(days=900))
        self._seal(meter, "SN-DKR-104582", "BORNIER", today - timedelta(days=900))
        water_meter = self._meter(dkr, "SEN-15-778120", "SENSUS", "EAU-JU", "water", 5, "DN15")
        self._install(water_meter, home, water, "00412", today - timedelta(days=900))
        self._seal(water_meter, "SN-DKR-204117", "RACCORD", today - timedelta(days=900))
        self._correct_address(home, "Villa 132, Sicap Liberté 2", "n° de villa mal saisi")
        bills += [
            (account, dkr, "F-DKR-2026-0912", today - timedelta(days=45), 18_450),
            (account, dkr, "F-DKR-2026-1012", today - timedelta(days=15), 21_300),
            (account, dkr, "F-DKR-2026-1112", today + timedelta(days=15), 19_875),
        ]
        count += 1

        # 2. A prepaid customer of the Médina, cut for debt.
        mamadou = self._customer(
            dkr, "person", "Diop", "Mamadou Lamine", "DOM", ("PASSEPORT", "A01234567"),
            ("77 654 32 10",), "",
        )  # fmt: skip
        account = self._account(mamadou, dkr, "Rue 22 x 17, Médina", "Dakar")
        place = self._premise(
            dkr, "Rue 22 x 17, Médina", "Médina", "Dakar", "", (14_683_120, -17_449_870),
            network.rounds["DKR-T02"], 3, network.transformers["TR-MED-04"], "",
        )  # fmt: skip
        prepaid = self._subscription(account, place, "electricity", "PREPAID", "DPP", 3000)
        self._activate(prepaid, today - timedelta(days=400))
        meter = self._meter(dkr, "HXE-31-004417", "HEXING", "ELEC-MONO-PP", "electricity", 7)
        self._install(meter, place, prepaid, "0004211", today - timedelta(days=400))
        self._premises.change_status(
            self._who, "suspend", new_id(), prepaid, 2, today - timedelta(days=6),
            "impayés de raccordement",
        )  # fmt: skip
        bills.append((account, dkr, "F-DKR-2026-0877", today - timedelta(days=70), 42_600))
        count += 1

        # 3. A bakery of the Plateau: three-phase, peak / off-peak registers.
        bakery = self._customer(
            dkr, "organisation", "", "", "PRO", ("NINEA", "005 123 456 2G3"),
            ("+221 33 821 45 45",), "compta@boulangerie-baobab.example.sn",
            organisation="Boulangerie Le Baobab SARL",
        )  # fmt: skip
        account = self._account(bakery, dkr, "12 avenue Pompidou", "Dakar", "BP 4521")
        shop = self._premise(
            dkr, "12 avenue Georges Pompidou", "Plateau", "Dakar", "angle rue Mohamed V",
            (14_669_310, -17_436_780), network.rounds["DKR-T01"], 7,
            network.transformers["TR-PLT-09"], network.water_sectors["SEC-DKR-CENTRE"],
        )  # fmt: skip
        power = self._subscription(account, shop, "electricity", "CONVENTIONAL", "PPP", 36_000)
        self._activate(power, today - timedelta(days=1500))
        meter = self._meter(
            dkr, "LG-E650-99812", "LANDIS", "ELEC-DT", "electricity", 6,
            registers=(("peak", "kWh"), ("offpeak", "kWh")), multiplier="1",
        )  # fmt: skip
        self._install(meter, shop, power, "045120", today - timedelta(days=1500), dual=True)
        self._seal(meter, "SN-DKR-301020", "METROLOGIQUE", today - timedelta(days=1500))
        bills.append((account, dkr, "F-DKR-2026-1104", today + timedelta(days=5), 612_400))
        count += 1

        # 4. A ministry paying for two health posts: a grouped account.
        ministry = self._customer(
            dkr, "organisation", "", "", "ADM", ("", ""), ("+221 33 869 42 00",),
            "daf@sante.example.sn", organisation="Ministère de la Santé - DAF",
        )  # fmt: skip
        group = self._account(
            ministry, dkr, "Fann Résidence, rue Aimé Césaire", "Dakar", group=True
        )
        for name, address, district, point, transformer in (
            ("Poste de santé de la Médina", "Rue 6 x Blaise Diagne", "Médina",
             (14_681_950, -17_451_120), "TR-MED-04"),
            ("Poste de santé du Plateau", "Rue Carnot", "Plateau",
             (14_667_820, -17_438_040), "TR-PLT-09"),
        ):  # fmt: skip
            member = self._account(ministry, dkr, address, "Dakar")
            self._customers.add_to_group(
                self._who, new_id(), group, member, 1, "convention de paiement centralisé"
            )
            site = self._premise(
                dkr, address, district, "Dakar", name, point, network.rounds["DKR-T02"], 20,
                network.transformers[transformer], network.water_sectors["SEC-DKR-CENTRE"],
            )  # fmt: skip
            sub = self._subscription(
                member, site, "water", "CONVENTIONAL", "EAU-ADM", calibre="DN20"
            )
            self._activate(sub, today - timedelta(days=2000))
            meter = self._meter(
                dkr, f"SEN-20-{abs(point[0]) % 1_000_000:06d}", "SENSUS", "EAU-JM", "water", 5,
                "DN20",
            )  # fmt: skip
            self._install(meter, site, sub, "01200", today - timedelta(days=2000))
            bills.append(
                (member, dkr, f"F-DKR-2026-{point[0] % 10_000:04d}", today - timedelta(days=20),
                 87_300)
            )  # fmt: skip
        count += 1

        # 5. Thiès: a new household waiting for its connection, the meter still in stock.
        khady = self._customer(
            ths, "person", "Fall", "Khady", "DOM", ("CNI", "2 761 1992 00871"),
            ("+221 76 402 11 90",), "", language="fr",
        )  # fmt: skip
        account = self._account(khady, ths, "Cité Lamy, villa 45", "Thiès")
        new_home = self._premise(
            ths, "Cité Lamy, villa 45", "Randoulène", "Thiès", "", (14_793_510, -16_935_420),
            network.rounds["THS-T02"], 31, "", network.water_sectors["SEC-THS-NORD"],
        )  # fmt: skip
        self._subscription(
            account, new_home, "water", "CONVENTIONAL", "EAU-SOC", calibre="DN15",
            requested_days_ago=12,
        )  # fmt: skip
        self._meter(ths, "ZEN-15-118733", "ZENNER", "EAU-JU", "water", 5, "DN15")
        count += 1

        # 6. Thiès: a shop that closed (terminated subscription, meter removed).
        ousmane = self._customer(
            ths, "person", "Sarr", "Ousmane", "PRO", ("CNI", "1 550 1979 04410"),
            ("77 310 20 20",), "ousmane.sarr@example.sn", language="en",
        )  # fmt: skip
        account = self._account(ousmane, ths, "Avenue Léopold Sédar Senghor", "Thiès")
        shop = self._premise(
            ths, "Avenue Léopold Sédar Senghor, Escale", "Escale", "Thiès", "marché central",
            (14_788_860, -16_926_300), network.rounds["THS-T01"], 2,
            network.transformers["TR-ESC-03"], "",
        )  # fmt: skip
        power = self._subscription(account, shop, "electricity", "CONVENTIONAL", "PPP", 9000)
        self._activate(power, today - timedelta(days=700))
        meter = self._meter(ths, "ITR-0771-5530", "ITRON", "ELEC-MONO", "electricity", 6)
        self._install(meter, shop, power, "000120", today - timedelta(days=700))
        movement = self._meters.remove(
            self._who, new_id(), meter, 2, today - timedelta(days=30), {"single": "018004"},
            "résiliation à la demande du client",
        )  # fmt: skip
        assert movement.meter.status == "removed"
        self._premises.change_status(
            self._who, "terminate", new_id(), power, 2, today - timedelta(days=30),
            "fermeture du commerce",
        )  # fmt: skip
        bills.append((account, ths, "F-THS-2026-0101", today - timedelta(days=35), 15_250))
        count += 1

        self._bills(bills)
        return count

    # -- steps -----------------------------------------------------------------------
    def _network(self, agency_ids: dict[str, str]) -> DemoNetwork:
        rounds: dict[str, str] = {}
        transformers: dict[str, str] = {}
        sectors: dict[str, str] = {}
        with self._uow() as uow:

            def node(kind: str, code: str, name: str, parent: str | None, agency: str) -> str:
                existing = uow.session.scalar(
                    select(NetworkNodeRow).where(
                        NetworkNodeRow.kind == kind, NetworkNodeRow.code == code
                    )
                )
                if existing is not None:
                    return existing.id
                row = NetworkNodeRow(
                    id=new_id(), kind=kind, code=code, name=name, parent_id=parent,
                    agency_id=agency, active=True, version=1,
                )  # fmt: skip
                uow.session.add(row)
                uow.session.flush()
                return row.id

            for agency_code, code, name in ROUNDS:
                agency = agency_ids[agency_code]
                existing = uow.session.scalar(
                    select(RoundRow).where(RoundRow.agency_id == agency, RoundRow.code == code)
                )
                if existing is None:
                    existing = RoundRow(
                        id=new_id(), agency_id=agency, code=code, name=name,
                        grouping_code="", active=True, version=1,
                    )  # fmt: skip
                    uow.session.add(existing)
                    uow.session.flush()
                rounds[code] = existing.id
            for agency_code, (sub_code, sub_name), feeders in NETWORK:
                agency = agency_ids[agency_code]
                substation = node("substation", sub_code, sub_name, None, agency)
                for feeder_code, feeder_name, posts in feeders:
                    feeder = node("feeder", feeder_code, feeder_name, substation, agency)
                    for code, name in posts:
                        transformers[code] = node("transformer", code, name, feeder, agency)
            for agency_code, code, name in WATER_SECTORS:
                sectors[code] = node("water_sector", code, name, None, agency_ids[agency_code])
        return DemoNetwork(rounds, transformers, sectors)

    def _customer(
        self,
        agency_id: str,
        kind: str,
        family: str,
        given: str,
        category: str,
        document: tuple[str, str],
        phones: tuple[str, ...],
        email: str,
        *,
        organisation: str = "",
        ebill: bool = False,
        language: str = "fr",
    ) -> str:
        view = self._customers.create(
            self._who,
            new_id(),
            CustomerInput(
                agency_id=agency_id,
                kind=kind,
                family_name=family,
                given_names=given,
                organisation_name=organisation,
                category_code=category,
                id_document_type=document[0],
                id_document_number=document[1],
                phones=phones,
                email=email,
                preferred_language=language,
                ebill_opt_in=ebill,
                sms_opt_in=True,
            ),
        )
        return view.customer_id

    def _account(
        self,
        customer_id: str,
        agency_id: str,
        address: str,
        city: str,
        box: str = "",
        *,
        group: bool = False,
    ) -> str:
        view = self._customers.create_account(
            self._who,
            new_id(),
            AccountInput(
                customer_id=customer_id,
                agency_id=agency_id,
                currency_code="XOF",
                is_group=group,
                billing_address_line=address,
                billing_city=city,
                billing_postal_box=box,
            ),
        )
        return view.account_id

    def _premise(
        self,
        agency_id: str,
        address: str,
        district: str,
        city: str,
        landmark: str,
        point: tuple[int, int],
        round_id: str,
        order: int,
        transformer_id: str,
        sector_id: str,
    ) -> str:
        view = self._premises.create_premise(
            self._who,
            new_id(),
            PremiseInput(
                agency_id=agency_id,
                address_line=address,
                district=district,
                city=city,
                landmark=landmark,
                latitude_e6=point[0],
                longitude_e6=point[1],
                round_id=round_id,
                round_order=order,
                transformer_id=transformer_id,
                water_sector_id=sector_id,
            ),
        )
        return view.premise_id

    def _subscription(
        self,
        account_id: str,
        premise_id: str,
        service: str,
        product: str,
        tariff: str,
        power_va: int = 0,
        *,
        calibre: str = "",
        requested_days_ago: int = 2100,
    ) -> str:
        view = self._premises.create_subscription(
            self._who,
            new_id(),
            SubscriptionInput(
                account_id=account_id,
                premise_id=premise_id,
                service=service,
                product_code=product,
                tariff_category_code=tariff,
                subscribed_power_va=power_va,
                calibre_code=calibre,
                billing_periodicity="monthly" if service == "electricity" else "bimonthly",
                requested_on=self._clock.now().date() - timedelta(days=requested_days_ago),
            ),
        )
        return view.subscription_id

    def _activate(self, subscription_id: str, on: date) -> None:
        self._premises.change_status(self._who, "activate", new_id(), subscription_id, 1, on, "")

    def _meter(
        self,
        agency_id: str,
        serial: str,
        make: str,
        meter_type: str,
        service: str,
        digits: int,
        calibre: str = "",
        *,
        registers: tuple[tuple[str, str], ...] = (),
        multiplier: str = "1",
    ) -> str:
        view = self._meters.register(
            self._who,
            new_id(),
            MeterInput(
                serial=serial,
                make_code=make,
                meter_type_code=meter_type,
                service=service,
                calibre_code=calibre,
                digits=digits,
                multiplier=multiplier,
                agency_id=agency_id,
                manufactured_year=2020,
                registers=registers,
            ),
        )
        return view.meter_id

    def _install(
        self,
        meter_id: str,
        premise_id: str,
        subscription_id: str,
        index: str,
        on: date,
        *,
        dual: bool = False,
    ) -> None:
        indexes = {"peak": index, "offpeak": index} if dual else {"single": index}
        self._meters.install(
            self._who, new_id(), meter_id, 1, premise_id, subscription_id, on, indexes
        )

    def _seal(self, meter_id: str, number: str, position: str, on: date) -> None:
        self._meters.fit_seal(self._who, new_id(), meter_id, number, position, on)

    def _correct_address(self, premise_id: str, address: str, reason: str) -> None:
        self._premises.update_premise(
            self._who,
            UpdateRequest(new_id(), premise_id, 1, ("address_line",), True, reason),
            PremiseInput(address_line=address),
        )

    def _bills(self, bills: list[tuple[str, str, str, date, int]]) -> None:
        """Open bills carried over at go-live (amounts in XOF, which has no minor unit)."""
        now = self._clock.now()
        with self._uow() as uow:
            for account_id, agency_id, number, due, amount in bills:
                uow.session.add(
                    BillRow(
                        id=new_id(),
                        bill_number=number,
                        origin="legacy",
                        account_id=account_id,
                        subscription_id=None,
                        agency_id=agency_id,
                        period_label=(due - timedelta(days=30)).strftime("%Y-%m"),
                        issue_date=due - timedelta(days=15),
                        due_date=due,
                        currency_code="XOF",
                        amount_minor=amount,
                        created_at=now,
                    )
                )
