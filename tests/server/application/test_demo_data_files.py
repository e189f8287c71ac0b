"""The demo-data generator (issue 3 item 6) without a database: files in the go-live format
of docs/legacy-import.md, realistic and reproducible from a seed."""

from __future__ import annotations

import csv
import hashlib
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from iwebs_server.application.demo_data.countries import COUNTRIES, country
from iwebs_server.application.demo_data.csv_files import FILE_NAMES, write_files
from iwebs_server.application.demo_data.generator import CustomerBundleGenerator
from iwebs_server.application.demo_data.plan import UtilityPlan
from iwebs_server.application.reference_seed import STANDARD_ITEMS
from iwebs_server.domain.search_keys import fold_text, phone_key, serial_key

AS_OF = date(2026, 11, 15)
N = 300


def generate(directory: Path, seed: int = 42, n: int = N, code: str = "SN") -> Path:
    plan = UtilityPlan.build(country(code), n)
    write_files(CustomerBundleGenerator(plan, n, seed, AS_OF).bundles(), directory)
    return directory


def rows(directory: Path, name: str) -> list[dict[str, str]]:
    with (directory / name).open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream, delimiter=";"))


def digest(directory: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(directory.iterdir())}


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate(tmp_path_factory.mktemp("demo"))


def test_the_same_seed_gives_the_same_files_and_another_seed_other_files(files, tmp_path):
    """Determinism: benchmarks and demos are reproducible from (country, N, seed, date)."""
    again = generate(tmp_path / "again")
    other = generate(tmp_path / "other", seed=7)
    assert digest(again) == digest(files)
    assert digest(other)["customers.csv"] != digest(files)["customers.csv"]


def test_counts_and_every_file_of_the_import_order(files):
    assert sorted(FILE_NAMES) == sorted(p.name for p in files.iterdir() if p.name in FILE_NAMES)
    customers = rows(files, "customers.csv")
    assert len(customers) == N
    subscriptions = rows(files, "subscriptions.csv")
    services = Counter(s["service"] for s in subscriptions)
    # a mix of water and electricity, electricity the larger
    assert services["electricity"] > services["water"] > N * 0.2
    assert len(rows(files, "premises.csv")) >= N
    assert len(rows(files, "open_bills.csv")) > 0


def test_names_are_west_african_with_their_accents(files):
    customers = rows(files, "customers.csv")
    persons = [c for c in customers if c["kind"] == "person"]
    organisations = [c for c in customers if c["kind"] == "organisation"]
    assert persons and organisations
    everything = " ".join(c["family_name"] + " " + c["given_names"] for c in persons)
    assert any(ch in everything for ch in "ïéèâ")  # Aïssatou, Ndèye, Bâ, Traoré...
    families = Counter(c["family_name"] for c in persons)
    assert {"Ndiaye", "Diop", "Fall", "Sow", "Diallo"} & set(families)
    assert all(c["family_name"] for c in persons)
    assert all(c["organisation_name"] for c in organisations)
    # the search key of "NDIAYE Aïssatou" is accent-free: the generator's names fold
    assert all(fold_text(c["given_names"]).isascii() for c in persons)


def test_phones_follow_the_national_plan(files):
    for customer in rows(files, "customers.csv"):
        numbers = customer["phones"].split("|")
        assert 1 <= len(numbers) <= 5
        for number in numbers:
            assert number.startswith("+221 7")
            assert len(phone_key(number)) == 9


@pytest.mark.parametrize("code", sorted(COUNTRIES))
def test_every_premise_lies_inside_the_country(code, tmp_path):
    directory = generate(tmp_path, n=150, code=code)
    south, north, west, east = COUNTRIES[code].bounding_box
    premises = rows(directory, "premises.csv")
    for premise in premises:
        latitude, longitude = float(premise["latitude"]), float(premise["longitude"])
        assert south <= latitude <= north and west <= longitude <= east
        assert len(premise["latitude"].split(".")[1]) <= 6
    currencies = {a["currency"] for a in rows(directory, "accounts.csv")}
    assert currencies == {COUNTRIES[code].currency_code}


def test_codes_are_seeded_reference_items(files):
    """PAR-2: every code a file holds is an item of the standard reference lists."""
    seeded: dict[str, set[str]] = {}
    for item in STANDARD_ITEMS:
        seeded.setdefault(item.table.value, set()).add(item.code)
    for c in rows(files, "customers.csv"):
        assert c["category_code"] in seeded["customer_category"]
        assert c["id_document_type"] in seeded["id_document_type"] | {""}
    for s in rows(files, "subscriptions.csv"):
        assert s["product_code"] in seeded["product"]
        assert s["tariff_category_code"] in seeded["tariff_category"]
        assert s["calibre_code"] in seeded["calibre"] | {""}
        assert (s["calibre_code"] != "") == (s["service"] == "water")
        assert (s["subscribed_power_va"] != "") == (s["service"] == "electricity")
    for m in rows(files, "meters.csv"):
        assert m["make_code"] in seeded["meter_make"]
        assert m["meter_type_code"] in seeded["meter_type"]
        for seal in filter(None, m["seals"].split("|")):
            assert seal.split(":")[1] in seeded["seal_position"]


def test_references_point_at_earlier_rows_and_numbers_are_unique(files):
    customers = {c["legacy_reference"] for c in rows(files, "customers.csv")}
    accounts = rows(files, "accounts.csv")
    seen_accounts: set[str] = set()
    for a in accounts:
        assert a["customer_reference"] in customers
        if a["group_reference"]:
            assert a["group_reference"] in seen_accounts  # the group comes first
        seen_accounts.add(a["legacy_reference"])
    premises = {p["legacy_reference"] for p in rows(files, "premises.csv")}
    subscriptions = rows(files, "subscriptions.csv")
    groups = {a["legacy_reference"] for a in accounts if a["is_group"] == "1"}
    for s in subscriptions:
        assert s["premise_reference"] in premises
        assert s["account_reference"] in seen_accounts - groups
    meters = rows(files, "meters.csv")
    keys = [(m["make_code"], serial_key(m["serial"])) for m in meters]
    assert len(set(keys)) == len(keys)
    seals = [s.split(":")[0] for m in meters for s in filter(None, m["seals"].split("|"))]
    assert len(set(seals)) == len(seals)
    bills = rows(files, "open_bills.csv")
    assert len({b["bill_number"] for b in bills}) == len(bills)


def test_dates_amounts_and_life_cycle_are_consistent(files):
    for s in rows(files, "subscriptions.csv"):
        requested = date.fromisoformat(s["requested_on"])
        assert requested <= AS_OF
        if s["status"] in ("active", "suspended"):
            assert date.fromisoformat(s["activated_on"]) >= requested
        if s["status"] == "suspended":
            assert date.fromisoformat(s["suspended_on"]) >= date.fromisoformat(s["activated_on"])
        if s["status"] == "terminated":
            assert s["terminated_on"]
        if s["status"] == "requested":
            assert not s["activated_on"]
    for b in rows(files, "open_bills.csv"):
        assert b["amount"].isdigit() and int(b["amount"]) > 0
        assert date.fromisoformat(b["issue_date"]) <= AS_OF
        assert date.fromisoformat(b["due_date"]) >= date.fromisoformat(b["issue_date"])
        assert b["currency"] == "XOF"
    for m in rows(files, "meters.csv"):
        digits = int(m["digits"])
        for index in filter(None, m["installation_indexes"].split("|")):
            assert len(index.split("=")[1]) <= digits
        if m["premise_reference"]:
            assert date.fromisoformat(m["installed_on"]) <= AS_OF


def test_each_subscription_keeps_a_consumption_profile_for_billing(files):
    subscriptions = {s["legacy_reference"]: s for s in rows(files, "subscriptions.csv")}
    profiles = rows(files, "consumption_profiles.csv")
    assert [p["subscription_reference"] for p in profiles] == list(subscriptions)
    for p in profiles:
        assert int(p["average_monthly_consumption"]) > 0
        expected_unit = (
            "kWh"
            if subscriptions[p["subscription_reference"]]["service"] == "electricity"
            else "m3"
        )
        assert p["unit"] == expected_unit


def test_some_bodies_pay_for_several_sites_through_a_grouped_account(tmp_path):
    """ACC-1 grouped accounts: a group account with its member accounts, each member with
    its own premise and subscriptions; the group itself holds no subscription."""
    directory = generate(tmp_path, n=2_000)
    accounts = rows(directory, "accounts.csv")
    groups = {a["legacy_reference"]: a for a in accounts if a["is_group"] == "1"}
    assert len(groups) == 2
    members = Counter(a["group_reference"] for a in accounts if a["group_reference"])
    assert set(members) == set(groups)
    assert all(3 <= count <= 8 for count in members.values())
    subscribed = {s["account_reference"] for s in rows(directory, "subscriptions.csv")}
    assert not subscribed & set(groups)
    customers = {c["legacy_reference"]: c for c in rows(directory, "customers.csv")}
    for group in groups.values():
        payer = customers[group["customer_reference"]]
        assert payer["kind"] == "organisation"
        assert payer["category_code"] in ("ADM", "COL")
