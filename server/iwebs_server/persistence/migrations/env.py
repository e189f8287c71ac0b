"""Alembic environment: the URL comes from the config built by persistence.migrator."""

from __future__ import annotations

from alembic import context

from iwebs_server.persistence.database import make_engine
from iwebs_server.persistence.tables import Base

config = context.config
target_metadata = Base.metadata
# Search objects of migration 0003 that the models do not describe: FTS5 tables (and their
# shadow tables) on SQLite, trigram and pattern indexes on PostgreSQL.
SEARCH_OBJECT_PREFIXES = ("search_fts_", "ix_search_")


# Foreign keys that revision 0006 drops on PostgreSQL only: SQLite keeps them.
SQLITE_ONLY_FOREIGN_KEYS = frozenset(
    (
        "fk_bill_lines_bill_id_bills",
        "fk_bill_run_items_run_id_bill_runs",
        "fk_bills_account_id_customer_accounts",
        "fk_bills_subscription_id_subscriptions",
        "fk_bills_agency_id_agencies",
        "fk_ledger_entries_agency_id_agencies",
    )
)


def include_name(name, type_, parent_names) -> bool:  # type: ignore[no-untyped-def]
    return not (type_ in ("table", "index") and (name or "").startswith(SEARCH_OBJECT_PREFIXES))


def include_object(object_, name, type_, reflected, compare_to) -> bool:  # type: ignore[no-untyped-def]
    return not (
        type_ == "foreign_key_constraint" and reflected and name in SQLITE_ONLY_FOREIGN_KEYS
    )


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(config.get_main_option("sqlalchemy.url") or "", pool_size=1)
    with engine.connect() as connection:
        _run(connection)
    engine.dispose()


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=include_name,
        include_object=include_object,
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("offline migrations are not supported; run against a database")
run_migrations_online()
