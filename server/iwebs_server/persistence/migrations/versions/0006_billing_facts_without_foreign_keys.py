"""billing facts without foreign keys (PostgreSQL)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 01:09:53.006500

The rows a bill run writes by the hundred thousand (bills, bill_lines, ledger_entries,
bill_run_items) lose their foreign keys on PostgreSQL: each check ran a query that locked
the parent row (FOR KEY SHARE, a write to the account's and the subscription's row), about
40 us per bill and 22 us per line, a third of the insert's cost (docs/billing.md, "Foreign
keys"). The writers take these ids from rows they have just read in the same transaction;
what the keys did on delete a trigger does now (ON DELETE RESTRICT: an account,
subscription, agency or run still referenced is not deleted, one indexed lookup per deleted
row), and those tables are never truncated. ledger_entries.account_id and bill_id, and
bills.bill_run_id, never had one.

On SQLite the keys stay (a check there is an index lookup, without a lock; rebuilding the
tables would need foreign_keys=OFF outside the migration's transaction); migrations/env.py
leaves them out of the comparison with the models.
"""

from __future__ import annotations

from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

DROPPED = (
    ("bill_lines", "fk_bill_lines_bill_id_bills", "bill_id", "bills"),
    ("bill_run_items", "fk_bill_run_items_run_id_bill_runs", "run_id", "bill_runs"),
    ("bills", "fk_bills_account_id_customer_accounts", "account_id", "customer_accounts"),
    ("bills", "fk_bills_subscription_id_subscriptions", "subscription_id", "subscriptions"),
    ("bills", "fk_bills_agency_id_agencies", "agency_id", "agencies"),
    ("ledger_entries", "fk_ledger_entries_agency_id_agencies", "agency_id", "agencies"),
)
# bills are append-only (revision 0002): nothing to guard for bill_lines -> bills
GUARDED = tuple(row for row in DROPPED if row[3] != "bills")
PARENTS = tuple(dict.fromkeys(parent for _table, _name, _column, parent in GUARDED))


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, name, _column, _parent in DROPPED:
        op.drop_constraint(name, table, type_="foreignkey")
    # ON DELETE RESTRICT without the check at each insert: a parent row still referenced is
    # not deleted (one indexed lookup per deleted row), and its table is never truncated
    op.execute(
        """
        CREATE OR REPLACE FUNCTION iwebs_refuse_delete_if_referenced() RETURNS trigger AS $$
        DECLARE referenced boolean;
        BEGIN
          EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE %I = $1)',
                         TG_ARGV[0], TG_ARGV[1])
            INTO referenced USING OLD.id;
          IF referenced THEN
            RAISE EXCEPTION 'row of % still referenced by %.%', TG_TABLE_NAME, TG_ARGV[0],
              TG_ARGV[1] USING ERRCODE = 'foreign_key_violation';
          END IF;
          RETURN OLD;
        END;
        $$ LANGUAGE plpgsql
        """
    )
    for table, _name, column, parent in GUARDED:
        op.execute(
            f"CREATE TRIGGER {parent}_kept_for_{table}_{column} BEFORE DELETE ON {parent} "
            f"FOR EACH ROW EXECUTE FUNCTION iwebs_refuse_delete_if_referenced('{table}', "
            f"'{column}')"
        )
    op.execute(
        """
        CREATE OR REPLACE FUNCTION iwebs_forbid_truncate() RETURNS trigger AS $$
        BEGIN
          RAISE EXCEPTION 'table % is never truncated: billing facts refer to its rows',
            TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
        END;
        $$ LANGUAGE plpgsql
        """
    )
    for parent in PARENTS:
        op.execute(
            f"CREATE TRIGGER {parent}_never_truncated BEFORE TRUNCATE ON {parent} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION iwebs_forbid_truncate()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for parent in PARENTS:
        op.execute(f"DROP TRIGGER IF EXISTS {parent}_never_truncated ON {parent}")
    for table, _name, column, parent in GUARDED:
        op.execute(f"DROP TRIGGER IF EXISTS {parent}_kept_for_{table}_{column} ON {parent}")
    op.execute("DROP FUNCTION IF EXISTS iwebs_forbid_truncate()")
    op.execute("DROP FUNCTION IF EXISTS iwebs_refuse_delete_if_referenced()")
    for table, name, column, parent in reversed(DROPPED):
        op.create_foreign_key(name, table, parent, [column], ["id"])
