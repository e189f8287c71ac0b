"""customer search indexes

PostgreSQL: a pg_trgm GIN index for fragments of names, a full-text GIN index for the words
of addresses, btree indexes for ordered walks and prefixes of phones and meter serials.
SQLite: FTS5 tables (trigram tokenizer, or unicode61 with prefix queries before SQLite
3.34) on the customers' search names and the premises' search addresses, with external
content, kept in sync by triggers.

These objects are not in the SQLAlchemy models: migrations/env.py leaves names starting
with `ix_search_` and `search_fts_` out of `migrate --check`. A later migration that
recreates `customers` or `premises` on SQLite (batch mode) drops the triggers with the
table: it must create them again and rebuild the FTS tables (see docs/architecture.md).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 15:45:00
"""

from __future__ import annotations

import sqlite3

from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

# (FTS table, content table, indexed column)
_FTS = (
    ('search_fts_customers', 'customers', 'search_name'),
    ('search_fts_premises', 'premises', 'search_address'),
)

_POSTGRESQL_INDEXES = (
    # fragments anywhere in the folded words (LIKE '%ndiaye%'), several words ANDed
    'CREATE INDEX ix_search_customers_name_trgm ON customers USING gin (search_name gin_trgm_ops)',
    # words of addresses, or their starts ("keur serig"): full text, one posting list per word
    # (a trigram index scans the long lists of "vil", "rue", "keu" for every address typed)
    "CREATE INDEX ix_search_premises_address_words ON premises USING gin (to_tsvector('simple'::regconfig, search_address))",
    # ordered walks: a common name within an agency is read in result order and stops at the page
    'CREATE INDEX ix_search_customers_agency_name ON customers (agency_id, search_name, id)',
    'CREATE INDEX ix_search_customers_name ON customers (search_name, id)',
    # prefixes (LIKE 'p%') and their order, byte-wise whatever the database's collation
    'CREATE INDEX ix_search_phones_number ON customer_phones ((number_key COLLATE "C"), customer_id)',
    'CREATE INDEX ix_search_meters_serial ON meters ((serial_key COLLATE "C"))',
)


# SQLite: the same ordered walks (names starting with the first word typed)
_SQLITE_INDEXES = (
    'CREATE INDEX ix_search_customers_agency_name ON customers (agency_id, search_name, id)',
    'CREATE INDEX ix_search_customers_name ON customers (search_name, id)',
    # phone prefixes as index ranges (SQLite compares text byte-wise already)
    'CREATE INDEX ix_search_phones_number ON customer_phones (number_key, customer_id)',
)


def _tokenizer() -> str:
    major, minor, _ = (int(p) for p in sqlite3.sqlite_version.split('.')[:3])
    return 'trigram' if (major, minor) >= (3, 34) else 'unicode61'


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == 'postgresql':
        op.execute('CREATE EXTENSION IF NOT EXISTS pg_trgm')
        for statement in _POSTGRESQL_INDEXES:
            op.execute(statement)
        return
    if dialect != 'sqlite':
        return
    for statement in _SQLITE_INDEXES:
        op.execute(statement)
    tokenizer = _tokenizer()
    for fts, table, column in _FTS:
        op.execute(
            f"CREATE VIRTUAL TABLE {fts} USING fts5({column}, content='{table}', "
            f"content_rowid='rowid', tokenize='{tokenizer}')"
        )
        op.execute(
            f'CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN '
            f'INSERT INTO {fts}(rowid, {column}) VALUES (new.rowid, new.{column}); END'
        )
        op.execute(
            f'CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN '
            f"INSERT INTO {fts}({fts}, rowid, {column}) VALUES ('delete', old.rowid, old.{column}); END"
        )
        op.execute(
            f'CREATE TRIGGER {fts}_au AFTER UPDATE OF {column} ON {table} BEGIN '
            f"INSERT INTO {fts}({fts}, rowid, {column}) VALUES ('delete', old.rowid, old.{column}); "
            f'INSERT INTO {fts}(rowid, {column}) VALUES (new.rowid, new.{column}); END'
        )
        op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == 'postgresql':
        for statement in _POSTGRESQL_INDEXES:
            name = statement.split()[2]
            op.execute(f'DROP INDEX IF EXISTS {name}')
        return
    if dialect != 'sqlite':
        return
    for statement in _SQLITE_INDEXES:
        op.execute(f'DROP INDEX IF EXISTS {statement.split()[2]}')
    for fts, _table, _column in _FTS:
        for suffix in ('ai', 'ad', 'au'):
            op.execute(f'DROP TRIGGER IF EXISTS {fts}_{suffix}')
        op.execute(f'DROP TABLE IF EXISTS {fts}')
