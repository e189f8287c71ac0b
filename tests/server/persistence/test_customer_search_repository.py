"""The search repository on both databases (issue 3 item 3, ADM-3): the SQLite FTS tables
follow inserts, corrections and deletions through their triggers; the PostgreSQL indexes of
migration 0003 exist; scope and agency filters apply to every key."""

from __future__ import annotations

from sqlalchemy import delete, inspect, text

from iwebs_server.application.clock import new_id
from iwebs_server.domain.customer_search import SearchKey, read_as
from iwebs_server.domain.principal import AgencyScope
from iwebs_server.domain.search_keys import address_key, fold_text
from iwebs_server.persistence.database import make_engine
from iwebs_server.persistence.tables.administration import AgencyRow
from iwebs_server.persistence.tables.customer_base import (
    CustomerAccountRow,
    CustomerRow,
    PremiseRow,
)
from iwebs_server.persistence.unit_of_work import UnitOfWorkFactory
from tests.factories.customer_search_data import NOW, CustomerSeeder

EVERY = AgencyScope(frozenset(), all_agencies=True)


def _agency(uow, code: str) -> str:  # type: ignore[no-untyped-def]
    row = AgencyRow(
        id=new_id(), code=code, name=code, region="", active=True, version=1, created_at=NOW
    )
    uow.agencies.add(row)
    return row.id


def _names(uow, query: str, key: SearchKey = SearchKey.NAME, scope=EVERY, agency=""):  # type: ignore[no-untyped-def]
    matches = uow.customer_search.find(read_as(key, query), scope, agency, 0, 50)
    return [h.display_name for h in uow.customer_search.details(matches, key)]


def test_search_follows_corrections_and_deletions(database_url):
    engine = make_engine(database_url)
    uow_factory = UnitOfWorkFactory(engine)
    seeder = CustomerSeeder()
    with uow_factory() as uow:
        dkr = _agency(uow, "DKR")
        fall = seeder.add(uow, dkr, "Fall", "Ibrahima", address=("Rue 10", "Medina", "Dakar"))
        sow = seeder.add(uow, dkr, "Sow", "Mariama")
    with uow_factory(read_only=True) as uow:
        assert _names(uow, "ibrahima") == ["FALL Ibrahima"]
        assert _names(uow, "medina", SearchKey.ADDRESS) == ["FALL Ibrahima"]
    with uow_factory() as uow:  # a correction of the name and of the address
        row = uow.session.get(CustomerRow, fall.customer_id)
        row.given_names, row.display_name = "Ibou", "FALL Ibou"
        row.search_name = fold_text(row.display_name)
        premise = uow.session.get(PremiseRow, fall.premise_id)
        premise.district = "Fass"
        premise.search_address = address_key(premise.address_line, premise.district, premise.city)
    with uow_factory(read_only=True) as uow:
        assert _names(uow, "ibrahima") == []
        assert _names(uow, "fall ibou") == ["FALL Ibou"]
        assert _names(uow, "medina", SearchKey.ADDRESS) == []
        assert _names(uow, "fass", SearchKey.ADDRESS) == ["FALL Ibou"]
    with uow_factory() as uow:
        uow.session.execute(
            delete(CustomerAccountRow).where(CustomerAccountRow.id == sow.account_id)
        )
        uow.session.execute(delete(CustomerRow).where(CustomerRow.id == sow.customer_id))
    with uow_factory(read_only=True) as uow:
        assert _names(uow, "mariama") == []
        assert _names(uow, "sow") == []
    engine.dispose()


def test_scope_and_agency_filter_every_key(database_url):
    engine = make_engine(database_url)
    uow_factory = UnitOfWorkFactory(engine)
    seeder = CustomerSeeder()
    with uow_factory() as uow:
        dkr, ths = _agency(uow, "DKR"), _agency(uow, "THS")
        for agency in (dkr, ths):
            seeder.add(
                uow,
                agency,
                "Kouassi",
                "Yao",
                phones=("07 07 12 34 56",),
                address=("Boulevard Lagunaire", "Plateau", "Abidjan"),
                meter_serial=f"CIE-{agency[:4]}",
            )
    only_dkr = AgencyScope(frozenset({dkr}))
    with uow_factory(read_only=True) as uow:
        for query, key in (
            ("kouassi yao", SearchKey.NAME),
            ("0707123456", SearchKey.PHONE),
            ("lagunaire", SearchKey.ADDRESS),
            ("CIE", SearchKey.METER_SERIAL),
        ):
            assert len(_names(uow, query, key)) == 2, query
            assert len(_names(uow, query, key, only_dkr)) == 1, query
            assert _names(uow, query, key, only_dkr, ths) == [], query
            assert len(_names(uow, query, key, EVERY, ths)) == 1, query
    engine.dispose()


def test_the_search_indexes_exist(database_url):
    """Migration 0003: trigram indexes on PostgreSQL, FTS5 tables and triggers on SQLite."""
    engine = make_engine(database_url)
    with engine.connect() as connection:
        if engine.dialect.name == "postgresql":
            names = {i["name"] for i in inspect(connection).get_indexes("customers")}
            assert {"ix_search_customers_name_trgm", "ix_search_customers_name"} <= names
            names = {i["name"] for i in inspect(connection).get_indexes("premises")}
            assert "ix_search_premises_address_words" in names
        else:
            rows = connection.execute(
                text("SELECT name, sql FROM sqlite_master WHERE name LIKE 'search_fts_%'")
            ).all()
            found = {name: sql for name, sql in rows}
            assert "trigram" in found["search_fts_customers"]
            assert {"search_fts_customers_ai", "search_fts_premises_au"} <= set(found)
    engine.dispose()
