"""Legacy import (issue 3 item 5, docs/legacy-import.md): a file with bad rows is rejected
whole with a precise report, a good file imports, a re-import adds nothing. ACC-4: every
imported record has its history row."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from iwebs_server.application.clock import SystemClock
from iwebs_server.application.legacy_import import LegacyImporter, import_directory
from iwebs_server.domain.account_numbers import is_valid_account_number
from iwebs_server.domain.principal import system_principal
from iwebs_server.domain.search_keys import address_key, fold_text, phone_key
from iwebs_server.persistence.database import make_engine
from iwebs_server.persistence.tables.change_history import RecordChangeRow
from iwebs_server.persistence.tables.customer_base import (
    BillRow,
    CustomerAccountRow,
    CustomerPhoneRow,
    CustomerRow,
    MeterInstallationRow,
    MeterRegisterRow,
    MeterRow,
    MeterSealRow,
    NumberSeriesRow,
    PremiseRow,
    SubscriptionRow,
)
from iwebs_server.persistence.tables.legacy_import import ImportBatchRow
from iwebs_server.persistence.unit_of_work import UnitOfWorkFactory
from tests.factories.legacy_import_files import (
    GOOD,
    seed_import_prerequisites,
    write_file,
    write_good_files,
)

TABLES = (
    CustomerRow,
    CustomerPhoneRow,
    CustomerAccountRow,
    PremiseRow,
    SubscriptionRow,
    MeterRow,
    MeterRegisterRow,
    MeterInstallationRow,
    MeterSealRow,
    BillRow,
    RecordChangeRow,
    NumberSeriesRow,
)


@pytest.fixture
def uow_factory(database_url: str) -> Iterator[UnitOfWorkFactory]:
    engine = make_engine(database_url)
    factory = UnitOfWorkFactory(engine)
    seed_import_prerequisites(factory)
    yield factory
    engine.dispose()


@pytest.fixture
def importer(uow_factory: UnitOfWorkFactory) -> LegacyImporter:
    return LegacyImporter(uow_factory, SystemClock())


def counts(uow_factory: UnitOfWorkFactory) -> dict[str, int]:
    with uow_factory(read_only=True) as uow:
        return {
            t.__tablename__: uow.session.scalar(select(func.count()).select_from(t)) or 0
            for t in TABLES
        }


PRINCIPAL = system_principal("test")


def test_good_files_import_with_numbers_search_keys_and_history(uow_factory, tmp_path):
    """Issue 3 item 5 + ACC-4: every row of every kind is written, numbered, searchable."""
    write_good_files(tmp_path)
    seen: list[tuple[str, str, int, int]] = []
    outcomes = import_directory(uow_factory_app(uow_factory), tmp_path, lambda *a: seen.append(a))
    assert [o.kind for o in outcomes] == [
        "customers",
        "accounts",
        "premises",
        "subscriptions",
        "meters",
        "open_bills",
    ]
    assert all(o.status == "imported" for o in outcomes), outcomes
    assert [o.rows_imported for o in outcomes] == [len(GOOD[o.kind]) for o in outcomes]
    assert ("open_bills", "imported", 3, 3) in seen
    found = counts(uow_factory)
    assert found["customers"] == 3 and found["customer_phones"] == 3
    assert found["customer_accounts"] == 4 and found["premises"] == 3
    assert found["subscriptions"] == 3 and found["meters"] == 3
    assert found["meter_registers"] == 4 and found["meter_installations"] == 2
    assert found["meter_seals"] == 4 and found["bills"] == 3
    assert found["record_changes"] == 3 + 4 + 3 + 3 + 3 + 3
    with uow_factory(read_only=True) as uow:
        s = uow.session
        aissatou = s.scalars(
            select(CustomerRow).where(CustomerRow.legacy_reference == "CU-1")
        ).one()
        assert aissatou.display_name == "NDIAYE Aïssatou"
        assert aissatou.search_name == fold_text("NDIAYE Aïssatou") == "ndiaye aissatou"
        assert aissatou.customer_number.startswith("C") and aissatou.ebill_opt_in
        phones = s.scalars(
            select(CustomerPhoneRow)
            .where(CustomerPhoneRow.customer_id == aissatou.id)
            .order_by(CustomerPhoneRow.position)
        ).all()
        assert [p.number_key for p in phones] == [phone_key("+221 77 123 45 67"), "338210000"]
        accounts = s.scalars(select(CustomerAccountRow)).all()
        assert all(is_valid_account_number(a.account_number) for a in accounts)
        assert len({a.account_number for a in accounts}) == 4
        by_ref = {a.legacy_reference: a for a in accounts}
        assert by_ref["AC-2"].group_account_id == by_ref["AC-G"].id and by_ref["AC-G"].is_group
        premise = s.scalars(select(PremiseRow).where(PremiseRow.legacy_reference == "PR-1")).one()
        assert premise.search_address == address_key(
            "Cité Keur Gorgui, villa 12", "Keur Gorgui", "Dakar", "Près de la mosquée"
        )
        assert (premise.latitude_e6, premise.longitude_e6) == (14_711_234, -17_468_000)
        assert premise.round_id is not None and premise.transformer_id is not None
        meter = s.scalars(select(MeterRow).where(MeterRow.legacy_reference == "ME-1")).one()
        assert meter.serial_key == "SAG12345" and meter.status == "installed"
        stock = s.scalars(select(MeterRow).where(MeterRow.legacy_reference == "ME-3")).one()
        assert stock.status == "in_stock"
        installation = s.scalars(
            select(MeterInstallationRow).where(MeterInstallationRow.meter_id == meter.id)
        ).one()
        assert installation.installation_indexes == "single=001234"
        bills = s.scalars(select(BillRow).order_by(BillRow.bill_number)).all()
        assert [b.origin for b in bills] == ["legacy"] * 3
        assert [b.amount_minor for b in bills] == [12500, 48000, 9800]
        assert bills[0].account_id == by_ref["AC-1"].id and bills[0].currency_code == "XOF"
        history = s.scalars(
            select(RecordChangeRow).where(RecordChangeRow.customer_id == aissatou.id)
        ).all()
        kinds = sorted(h.entity_type for h in history)
        assert kinds == ["account", "bill", "bill", "customer", "meter", "subscription"]
        assert all(h.action == "create" and h.reason.startswith("legacy import ") for h in history)
        series = {r.code: r.next_value for r in s.scalars(select(NumberSeriesRow))}
        assert series == {"customer": 4, "account": 5, "premise": 4, "subscription": 4}


def uow_factory_app(uow_factory: UnitOfWorkFactory) -> object:
    class App:
        pass

    app = App()
    app.uow_factory = uow_factory  # type: ignore[attr-defined]
    app.clock = SystemClock()  # type: ignore[attr-defined]
    return app


def test_reimporting_the_same_files_adds_nothing(uow_factory, tmp_path):
    """Issue 3 item 5: re-running the same file imports nothing twice."""
    write_good_files(tmp_path)
    import_directory(uow_factory_app(uow_factory), tmp_path)
    before = counts(uow_factory)
    again = import_directory(uow_factory_app(uow_factory), tmp_path)
    assert [o.status for o in again] == ["already_imported"] * 6
    assert all(o.previous_batch_id for o in again)
    assert counts(uow_factory) == before


def test_a_changed_file_with_rows_already_imported_is_rejected_whole(
    importer, uow_factory, tmp_path
):
    """docs/legacy-import.md 4: a row whose legacy_reference exists is rejected, not skipped."""
    importer.import_file(
        PRINCIPAL, "customers", write_file(tmp_path / "a", "customers", GOOD["customers"])
    )
    before = counts(uow_factory)
    path = write_file(
        tmp_path / "b", "customers", [GOOD["customers"][0], "CU-9;DKR;person;Sow;Awa;;DOM;;;;;;;"]
    )
    outcome = importer.import_file(PRINCIPAL, "customers", path)
    assert outcome.status == "rejected"
    assert [(x.line, x.column, x.reason) for x in outcome.rejections] == [
        (2, "legacy_reference", "ALREADY_EXISTS")
    ]
    assert counts(uow_factory) == before


def test_a_file_with_bad_rows_is_rejected_whole_with_every_reason(importer, uow_factory, tmp_path):
    """Issue 3 item 5: nothing of a bad file is written; the report names line, column, why."""
    before = counts(uow_factory)
    rows = [
        GOOD["customers"][0],
        "CU-2;DKR;alien;X;;;DOM;;;;;;;",  # kind
        "CU-3;NOPE;person;Fall;Ibou;;VIP;;;123;not-an-email;de;2;",  # agency, category, ...
        "CU-1;DKR;person;Ba;;;DOM;;;;;;;",  # duplicate
        "CU-5;DKR;organisation;;;;DOM;PASSEPORT;;;;;;",  # organisation name, document number
        ";DKR;person;;;;DOM;;;;;;;",  # reference, family name
        GOOD["customers"][1].replace("CU-2", "CU-7"),
    ]
    outcome = importer.import_file(PRINCIPAL, "customers", write_file(tmp_path, "customers", rows))
    assert outcome.status == "rejected" and outcome.rejected_rows == 5
    found = {(x.line, x.column, x.reason) for x in outcome.rejections}
    assert found == {
        (3, "kind", "INVALID_FORMAT"),
        (4, "agency_code", "UNKNOWN_CODE"),
        (4, "category_code", "UNKNOWN_CODE"),
        (4, "phones", "INVALID_FORMAT"),
        (4, "email", "INVALID_FORMAT"),
        (4, "preferred_language", "INVALID_FORMAT"),
        (4, "ebill_opt_in", "INVALID_FORMAT"),
        (5, "legacy_reference", "DUPLICATE_IN_FILE"),
        (6, "organisation_name", "REQUIRED"),
        (6, "id_document_number", "REQUIRED"),
        (7, "legacy_reference", "REQUIRED"),
        (7, "family_name", "REQUIRED"),
    }
    assert counts(uow_factory) == before
    with uow_factory(read_only=True) as uow:
        batch = uow.session.get(ImportBatchRow, outcome.batch_id)
        assert batch is not None and batch.status == "rejected" and batch.rows_rejected == 5
        assert batch.rows_total == 7 and '"line": 4' in batch.report


def test_accounts_before_their_customers_are_rejected(importer, uow_factory, tmp_path):
    """Dependency order: an account naming a customer not imported is an unknown reference."""
    path = write_file(tmp_path, "accounts", GOOD["accounts"])
    outcome = importer.import_file(PRINCIPAL, "accounts", path)
    assert outcome.status == "rejected"
    assert {(x.line, x.column, x.reason) for x in outcome.rejections} == {
        (line, "customer_reference", "UNKNOWN_REFERENCE") for line in (2, 3, 4, 5)
    }
    assert counts(uow_factory)["customer_accounts"] == 0


def test_bad_premises_subscriptions_meters_and_bills_are_reported(importer, uow_factory, tmp_path):
    """GPS ranges, dates, amounts > 0, currency, references between files and in the file."""
    for kind in ("customers", "accounts"):
        assert importer.import_file(
            PRINCIPAL, kind, write_file(tmp_path / kind, kind, GOOD[kind])
        ).ok
    premises = importer.import_file(
        PRINCIPAL,
        "premises",
        write_file(
            tmp_path / "p",
            "premises",
            [
                "PR-1;DKR;Rue 1;;;;91.5;-17.4;;;;",
                "PR-2;DKR;Rue 2;;;;14.5;;T99;3;;",
                "PR-3;THS;Rue 3;;;;14.5;-17.1234567;;;TR-1;",
            ],
        ),
    )
    assert {(x.line, x.column, x.reason) for x in premises.rejections} == {
        (2, "latitude", "OUT_OF_RANGE"),
        (3, "longitude", "REQUIRED"),
        (3, "round_code", "UNKNOWN_CODE"),
        (4, "longitude", "INVALID_FORMAT"),
        (4, "transformer_code", "INCONSISTENT"),
    }
    assert importer.import_file(
        PRINCIPAL, "premises", write_file(tmp_path / "p2", "premises", GOOD["premises"])
    ).ok
    subscriptions = importer.import_file(
        PRINCIPAL,
        "subscriptions",
        write_file(
            tmp_path / "s",
            "subscriptions",
            [
                "SU-1;AC-G;PR-1;electricity;CONVENTIONAL;DPP;;;monthly;active;2015-03-01;2015-02-01;;",
                "SU-2;AC-1;PR-9;water;CONVENTIONAL;EAU-PRO;6000;DN20;weekly;active;2018-13-05;;;",
                "SU-3;AC-1;PR-1;electricity;CONVENTIONAL;DPP;;;monthly;terminated;2015-03-01;;;2999-01-01",
            ],
        ),
    )
    assert {(x.line, x.column, x.reason) for x in subscriptions.rejections} == {
        (2, "activated_on", "INCONSISTENT"),
        (3, "subscribed_power_va", "INCONSISTENT"),
        (3, "billing_periodicity", "INVALID_FORMAT"),
        (3, "requested_on", "INVALID_FORMAT"),
        (3, "activated_on", "REQUIRED"),
        (4, "terminated_on", "OUT_OF_RANGE"),
    }
    second = importer.import_file(
        PRINCIPAL,
        "subscriptions",
        write_file(
            tmp_path / "s1",
            "subscriptions",
            [
                GOOD["subscriptions"][0],
                "SU-8;AC-1;PR-1;electricity;PREPAID;DPP;;;monthly;requested;2026-10-01;;;",
                "SU-9;AC-1;PR-1;electricity;PREPAID;DPP;;;monthly;terminated;2010-01-01;;;"
                "2014-12-31",
            ],
        ),
    )
    assert [(x.line, x.column, x.reason) for x in second.rejections] == [
        (3, "premise_reference", "INCONSISTENT")
    ]
    subs_ok = importer.import_file(
        PRINCIPAL,
        "subscriptions",
        write_file(tmp_path / "s2", "subscriptions", GOOD["subscriptions"]),
    )
    assert subs_ok.ok
    meters = importer.import_file(
        PRINCIPAL,
        "meters",
        write_file(
            tmp_path / "m",
            "meters",
            [
                "ME-1;SAG-1;SAGEMCOM;ELEC-MONO;electricity;;6;1;2014;single:kWh;;PR-1;SU-2;2015-03-10;;;",
                "ME-2;SAG 1;SAGEMCOM;ELEC-MONO;electricity;;2;0;;single:kWh|single:kWh;;;;;;"
                "SN-1:COUVERCLE|SN-1:LID;",
                "ME-3;X-3;SAGEMCOM;ELEC-MONO;water;;6;;;flow:l;DKR;;;;;;",
                "ME-5;E-5;SAGEMCOM;ELEC-MONO;electricity;DN20;6;;;single:m3;DKR;;;;;;",
                "ME-6;E-6;SAGEMCOM;ELEC-MONO;electricity;;6;;;single:kWh;;PR-1;SU-1;2015-03-10;;;",
                "ME-7;E-7;SAGEMCOM;ELEC-MONO;electricity;;6;;;single:kWh;;PR-1;SU-1;2015-03-10;;;",
            ],
        ),
    )
    assert {(x.line, x.column, x.reason) for x in meters.rejections} == {
        (2, "subscription_reference", "INCONSISTENT"),
        (3, "serial", "DUPLICATE_IN_FILE"),
        (3, "digits", "OUT_OF_RANGE"),
        (3, "multiplier", "INVALID_FORMAT"),
        (3, "registers", "DUPLICATE_IN_FILE"),
        (3, "agency_code", "REQUIRED"),
        (3, "seals", "UNKNOWN_CODE"),
        (3, "seals_fitted_on", "REQUIRED"),
        (4, "registers", "INVALID_FORMAT"),
        (5, "calibre_code", "INCONSISTENT"),
        (5, "registers", "INCONSISTENT"),
        (7, "subscription_reference", "INCONSISTENT"),
    }
    bills = importer.import_file(
        PRINCIPAL,
        "open_bills",
        write_file(
            tmp_path / "b",
            "open_bills",
            [
                "B-1;AC-1;;;2026-13;2026-10-05;2026-09-25;0;EUR",
                "B-2;;1234567890;;;2026-10-05;2026-10-25;100;XOF",
                "B-3;AC-1;;SU-2;;2026-10-05;2026-10-25;100;XAF",
                "B-3;AC-404;;;;2026-10-05;2026-10-25;100;XOF",
            ],
        ),
    )
    assert {(x.line, x.column, x.reason) for x in bills.rejections} == {
        (2, "period", "INVALID_FORMAT"),
        (2, "due_date", "INCONSISTENT"),
        (2, "amount", "OUT_OF_RANGE"),
        (2, "currency", "INVALID_FORMAT"),
        (3, "account_number", "INVALID_FORMAT"),
        (4, "currency", "INCONSISTENT"),
        (4, "subscription_reference", "INCONSISTENT"),
        (5, "bill_number", "DUPLICATE_IN_FILE"),
    }
    found = counts(uow_factory)
    assert found["meters"] == 0 and found["bills"] == 0


def test_header_problems_and_encoding_reject_the_file(importer, tmp_path):
    """docs/legacy-import.md 1: unknown or missing columns, a file that is not UTF-8."""
    path = write_file(
        tmp_path,
        "customers",
        ["CU-1;DKR;person;Ba;DOM;x"],
        header="legacy_reference;agency_code;kind;family_name;category;colour",
    )
    outcome = importer.import_file(PRINCIPAL, "customers", path)
    assert {(x.line, x.column, x.reason) for x in outcome.rejections} == {
        (1, "category", "UNKNOWN_COLUMN"),
        (1, "colour", "UNKNOWN_COLUMN"),
        (1, "category_code", "MISSING_COLUMN"),
    }
    latin = tmp_path / "latin1.csv"
    latin.write_bytes(
        "legacy_reference;agency_code;kind;family_name;category_code\nCU-1;DKR;person;Kéba;DOM\n".encode(
            "latin-1"
        )
    )
    outcome = importer.import_file(PRINCIPAL, "customers", latin)
    assert [x.reason for x in outcome.rejections] == ["ENCODING"]


def test_a_dry_run_validates_and_writes_nothing(importer, uow_factory, tmp_path):
    path = write_file(tmp_path, "customers", GOOD["customers"])
    before = counts(uow_factory)
    outcome = importer.import_file(PRINCIPAL, "customers", path, dry_run=True)
    assert outcome.status == "validated" and outcome.rows_total == 3
    assert counts(uow_factory) == before
    assert importer.import_file(PRINCIPAL, "customers", path).status == "imported"


def test_later_files_meet_what_earlier_files_imported(importer, uow_factory, tmp_path):
    """References to rows imported by an earlier file: a grouped account, an account number
    typed at the counter, meter serials and seal numbers already in the database."""
    for kind in ("customers", "accounts", "premises", "subscriptions", "meters"):
        path = write_file(tmp_path / kind, kind, GOOD[kind])
        assert importer.import_file(PRINCIPAL, kind, path).status == "imported"
    with uow_factory(read_only=True) as uow:
        number = uow.session.scalars(
            select(CustomerAccountRow.account_number).where(
                CustomerAccountRow.legacy_reference == "AC-1"
            )
        ).one()
    again = write_file(
        tmp_path / "s9",
        "subscriptions",
        ["SU-7;AC-3;PR-1;electricity;PREPAID;DPP;;;monthly;requested;2026-10-01;;;"],
    )
    outcome = importer.import_file(PRINCIPAL, "subscriptions", again)
    assert [(x.line, x.column, x.reason) for x in outcome.rejections] == [
        (2, "premise_reference", "INCONSISTENT")
    ]
    more_accounts = write_file(
        tmp_path / "a2", "accounts", ["AC-9;CU-3;;XOF;;0;AC-G;;;;", "AC-8;CU-3;;XAF;;0;AC-G;;;;"]
    )
    outcome = importer.import_file(PRINCIPAL, "accounts", more_accounts)
    assert [(x.line, x.column, x.reason) for x in outcome.rejections] == [
        (3, "currency", "INCONSISTENT")
    ]
    meters = write_file(
        tmp_path / "m2",
        "meters",
        [
            "ME-7;sag 12345;SAGEMCOM;ELEC-MONO;electricity;;6;;;single:kWh;DKR;;;;;SN-0001:BORNIER;"
            "2020-01-01",
            "ME-8;SAG-12345;ITRON;ELEC-MONO;electricity;;6;;;single:kWh;DKR;;;;;;",
        ],
    )
    outcome = importer.import_file(PRINCIPAL, "meters", meters)
    assert [(x.line, x.column, x.reason) for x in outcome.rejections] == [
        (2, "seals", "ALREADY_EXISTS"),
        (2, "serial", "ALREADY_EXISTS"),
    ]
    in_place = write_file(
        tmp_path / "m3",
        "meters",
        ["ME-9;E-9;ITRON;ELEC-MONO;electricity;;6;;;single:kWh;;PR-1;SU-1;2020-01-01;;;"],
    )
    outcome = importer.import_file(PRINCIPAL, "meters", in_place)
    assert [(x.line, x.column, x.reason) for x in outcome.rejections] == [
        (2, "premise_reference", "INCONSISTENT")
    ]
    bills = write_file(
        tmp_path / "b2",
        "open_bills",
        [
            f"F-1;;{number};;2026-09;2026-10-05;2026-10-25;1500;XOF",
            f"F-2;AC-2;{number};;2026-09;2026-10-05;2026-10-25;1500;XOF",
        ],
    )
    outcome = importer.import_file(PRINCIPAL, "open_bills", bills)
    assert [(x.line, x.column, x.reason) for x in outcome.rejections] == [
        (3, "account_number", "INCONSISTENT")
    ]
    bills = write_file(
        tmp_path / "b3", "open_bills", [f"F-1;;{number};;2026-09;2026-10-05;2026-10-25;1500;XOF"]
    )
    assert importer.import_file(PRINCIPAL, "open_bills", bills).status == "imported"
    with uow_factory(read_only=True) as uow:
        bill = uow.session.scalars(select(BillRow).where(BillRow.bill_number == "F-1")).one()
        account = uow.session.scalars(
            select(CustomerAccountRow).where(CustomerAccountRow.account_number == number)
        ).one()
        assert bill.account_id == account.id and bill.origin == "legacy"


def test_imported_ids_are_uuids_that_grow_in_creation_order():
    """Bulk inserts append to the primary-key B-trees instead of touching random pages."""
    import uuid

    from iwebs_server.application.legacy_import.ids import OrderedIds

    first, second = OrderedIds(), OrderedIds()
    ids = [first() for _ in range(5000)]
    assert ids == sorted(ids) and len(set(ids)) == 5000
    assert all(uuid.UUID(i).version == 7 and len(i) == 36 for i in ids[:10])
    assert not set(ids) & {second() for _ in range(5000)}


def test_a_file_of_garbage_keeps_the_first_problems_and_counts_every_row(
    importer, tmp_path, monkeypatch
):
    """The stored report is bounded; rows_rejected still counts every rejected row."""
    from iwebs_server.application.legacy_import import report

    monkeypatch.setattr(report, "MAX_KEPT", 3)
    rows = [f"CU-{i};DKR;alien;X;;;DOM;;;;;;;" for i in range(6)]
    outcome = importer.import_file(PRINCIPAL, "customers", write_file(tmp_path, "customers", rows))
    assert outcome.status == "rejected" and outcome.rejected_rows == 6
    assert [x.line for x in outcome.rejections] == [2, 3, 4]
