"""A small legacy system's export (docs/legacy-import.md), written as the six CSV files,
and the agencies, rounds and network nodes it names."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from iwebs_server.application.clock import SystemClock, new_id
from iwebs_server.application.reference_seed import seed_reference_data
from iwebs_server.persistence.tables.administration import AgencyRow
from iwebs_server.persistence.tables.customer_base import NetworkNodeRow, RoundRow
from iwebs_server.persistence.unit_of_work import UnitOfWorkFactory

HEADERS = {
    "customers": "legacy_reference;agency_code;kind;family_name;given_names;organisation_name;"
    "category_code;id_document_type;id_document_number;phones;email;preferred_language;"
    "ebill_opt_in;sms_opt_in",
    "accounts": "legacy_reference;customer_reference;agency_code;currency;status;is_group;"
    "group_reference;billing_address_line;billing_district;billing_city;billing_postal_box",
    "premises": "legacy_reference;agency_code;address_line;district;city;landmark;latitude;"
    "longitude;round_code;round_order;transformer_code;water_sector_code",
    "subscriptions": "legacy_reference;account_reference;premise_reference;service;product_code;"
    "tariff_category_code;subscribed_power_va;calibre_code;billing_periodicity;status;"
    "requested_on;activated_on;suspended_on;terminated_on",
    "meters": "legacy_reference;serial;make_code;meter_type_code;service;calibre_code;digits;"
    "multiplier;manufactured_year;registers;agency_code;premise_reference;"
    "subscription_reference;installed_on;installation_indexes;seals;seals_fitted_on",
    "open_bills": "bill_number;account_reference;account_number;subscription_reference;period;"
    "issue_date;due_date;amount;currency",
}

GOOD = {
    "customers": [
        "CU-1;DKR;person;Ndiaye;Aïssatou;;DOM;CNI;1234567890123;+221 77 123 45 67|33 821 00 00;"
        "aissatou@example.sn;fr;1;0",
        "CU-2;DKR;organisation;;;Boulangerie Keur Gorgui;PRO;NINEA;005512345;77 555 66 77;;en;0;1",
        'CU-3;THS;person;"Diop";Mamadou;;DOM;;;;;;;',
    ],
    "accounts": [
        "AC-G;CU-2;;XOF;;1;;BP 1200;Plateau;Dakar;BP 1200",
        "AC-1;CU-1;;XOF;active;0;;Cité Keur Gorgui, villa 12;Keur Gorgui;Dakar;",
        "AC-2;CU-2;DKR;XOF;;0;AC-G;;;;",
        "AC-3;CU-3;;XOF;;;;;;;",
    ],
    "premises": [
        "PR-1;DKR;Cité Keur Gorgui, villa 12;Keur Gorgui;Dakar;Près de la mosquée;14.711234;-17.468"
        ";T01;10;TR-1;",
        "PR-2;DKR;Avenue Blaise Diagne 45;Médina;Dakar;;;;T01;11;;WS-1",
        "PR-3;THS;Quartier Escale;Escale;Thiès;;14.79;-16.93;;;;",
    ],
    "subscriptions": [
        "SU-1;AC-1;PR-1;electricity;CONVENTIONAL;DPP;6000;;monthly;active;2015-03-01;2015-03-10;;",
        "SU-2;AC-2;PR-2;water;CONVENTIONAL;EAU-PRO;;DN20;bimonthly;suspended;2018-01-05;"
        "2018-01-20;2026-09-01;",
        "SU-3;AC-3;PR-3;electricity;PREPAID;DPP;3000;;monthly;requested;2026-10-01;;;",
    ],
    "meters": [
        "ME-1;SAG-12 345;SAGEMCOM;ELEC-MONO;electricity;;6;1;2014;single:kWh;;PR-1;SU-1;"
        "2015-03-10;single=001234;SN-0001:COUVERCLE|SN-0002:BORNIER;",
        "ME-2;ZEN 9876;ZENNER;EAU-VOL;water;DN20;5;;;single:m3;;PR-2;SU-2;2018-01-20;single=00012;"
        "SN-0003:ROBINET;",
        "ME-3;ITR-555;ITRON;ELEC-DT;electricity;;6;;2020;peak:kWh|offpeak:kWh;THS;;;;;"
        "SN-0004:COUVERCLE;2021-02-02",
    ],
    "open_bills": [
        "F2026-0001;AC-1;;SU-1;2026-09;2026-10-05;2026-10-25;12500;XOF",
        "F2026-0002;AC-2;;SU-2;2026-08;2026-09-05;2026-09-25;48000;XOF",
        "F2026-0003;AC-1;;;2026-10;2026-11-05;2026-11-25;9800;XOF",
    ],
}


def write_file(directory: Path, kind: str, rows: list[str], header: str | None = None) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{kind}.csv"
    path.write_text("\n".join([header or HEADERS[kind], *rows]) + "\n", encoding="utf-8")
    return path


def write_good_files(directory: Path) -> dict[str, Path]:
    return {kind: write_file(directory, kind, rows) for kind, rows in GOOD.items()}


def seed_import_prerequisites(uow_factory: UnitOfWorkFactory) -> dict[str, str]:
    """Reference items, agencies DKR and THS, round T01 of DKR, transformer TR-1 and water
    sector WS-1; returns agency code -> id."""
    clock = SystemClock()
    now = datetime.now(UTC)
    agencies: dict[str, str] = {}
    with uow_factory() as uow:
        seed_reference_data(uow, clock)
        for code in ("DKR", "THS"):
            existing = uow.agencies.by_code(code)
            if existing is not None:
                agencies[code] = existing.id
                continue
            agencies[code] = new_id()
            uow.session.add(
                AgencyRow(
                    id=agencies[code],
                    code=code,
                    name=f"Agence {code}",
                    region="",
                    active=True,
                    version=1,
                    created_at=now,
                )
            )
        uow.session.flush()
        uow.session.add(
            RoundRow(
                id=new_id(),
                agency_id=agencies["DKR"],
                code="T01",
                name="Tournée 1",
                grouping_code="",
                active=True,
                version=1,
            )
        )
        substation = NetworkNodeRow(
            id=new_id(),
            kind="substation",
            code="SS-1",
            name="Poste source",
            parent_id=None,
            agency_id=None,
            active=True,
            version=1,
        )
        feeder = NetworkNodeRow(
            id=new_id(),
            kind="feeder",
            code="FD-1",
            name="Départ 1",
            parent_id=substation.id,
            agency_id=None,
            active=True,
            version=1,
        )
        transformer = NetworkNodeRow(
            id=new_id(),
            kind="transformer",
            code="TR-1",
            name="Poste 1",
            parent_id=feeder.id,
            agency_id=agencies["DKR"],
            active=True,
            version=1,
        )
        sector = NetworkNodeRow(
            id=new_id(),
            kind="water_sector",
            code="WS-1",
            name="Secteur 1",
            parent_id=None,
            agency_id=agencies["DKR"],
            active=True,
            version=1,
        )
        for node in (substation, feeder, transformer, sector):
            uow.session.add(node)
            uow.session.flush()
    return agencies
