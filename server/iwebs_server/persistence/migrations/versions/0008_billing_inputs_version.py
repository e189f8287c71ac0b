"""a run's finalization reuses the simulated consumption when its inputs did not change

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29 06:00:00.000000

- `subscriptions.billing_inputs_version`: a counter that triggers raise whenever something a
  bill's consumption is derived from changes for the subscription: a reading of it is
  written, changed or deleted; a meter installation of it; a bill of it not written by a
  mass run (an individual or final bill, a correction's credit note and new bill, a bill
  taken over from the former system); its own status, product, category, account, agency
  or dates; the digits, multiplier or registers of a meter installed for it. Triggers, not
  the application, so that no writer (a future one, a fix by hand in SQL) can forget it.
- `bill_run_items`: the consumption the simulation found (span, indexes, reading, estimate)
  with the counter read before it and a fingerprint of the consumption parameters. A run's
  finalization takes it again when the counter and the fingerprint are still the same, and
  reads and derives it again otherwise (docs/billing.md, "What finalization reads again").
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

ID = sa.String(length=36)
BIG = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
# what billing_consumption.SubscriptionToBill holds: a change of one of them can change the span
SUBSCRIPTION_COLUMNS = (
    "account_id",
    "agency_id",
    "service",
    "status",
    "tariff_category_code",
    "product_code",
    "subscribed_power_va",
    "activated_on",
    "suspended_on",
    "terminated_on",
)
# rows that name their subscription: any insert, update or delete raises its counter
SUBSCRIPTION_OWNED = ("meter_readings", "meter_installations")
# the tables whose PostgreSQL triggers run once per statement (on SQLite, per row), named
# <table>_billing_inputs_<event> on both
STATEMENT_TRIGGERED = (*SUBSCRIPTION_OWNED, "meter_registers", "bills")
# SQLite has one trigger per event: the rows whose subscription (or meter) it names
SQLITE_EVENTS = {"INSERT": ("NEW",), "UPDATE": ("OLD", "NEW"), "DELETE": ("OLD",)}
# Bills are append-only. Those of a mass run do not raise the counter (a million updates of
# subscriptions a night for nothing): another run's bill or an individual one over the same
# days is refused by BillWriter's overlap check under the series lock whatever the
# consumption. Every other bill does: individual and final bills, corrections (credit note
# and new bill, written with an "individual" run), bills taken over from the former system.


def not_a_mass_run(row: str) -> str:
    """The condition on a bill `row` (NEW, or an alias) written outside a mass run."""
    return (
        f"({row}.bill_run_id IS NULL OR NOT EXISTS "
        f"(SELECT 1 FROM bill_runs r WHERE r.id = {row}.bill_run_id AND r.kind = 'mass'))"
    )


BUMP = "UPDATE subscriptions SET billing_inputs_version = billing_inputs_version + 1"


def upgrade() -> None:
    op.add_column(
        "subscriptions",
        sa.Column("billing_inputs_version", BIG, server_default="0", nullable=False),
    )
    for column in (
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("index_from", BIG, nullable=True),
        sa.Column("index_to", BIG, nullable=True),
        sa.Column("reading_id", ID, nullable=True),
        sa.Column("estimate_method", sa.String(length=32), server_default="", nullable=False),
        sa.Column("consecutive_estimates", sa.Integer(), server_default="0", nullable=False),
        sa.Column("inputs_version", BIG, nullable=True),
        sa.Column("inputs_fingerprint", sa.String(length=32), server_default="", nullable=False),
    ):
        op.add_column("bill_run_items", column)
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_triggers()
    else:
        _sqlite_triggers()


def _postgresql_triggers() -> None:
    # once per statement over the rows it touched (transition tables): a bulk load (the
    # legacy import's COPY, a handheld file, a chunk's bills) costs one set-based UPDATE
    own = "SELECT subscription_id FROM {rows}"
    _statement_triggers("meter_readings", own, ("INSERT", "UPDATE", "DELETE"))
    _statement_triggers("meter_installations", own, ("INSERT", "UPDATE", "DELETE"))
    _statement_triggers(
        "meter_registers",
        "SELECT i.subscription_id FROM meter_installations i "
        "JOIN {rows} r ON i.meter_id = r.meter_id",
        ("INSERT", "UPDATE", "DELETE"),
    )
    _statement_triggers(
        "bills",
        f"SELECT b.subscription_id FROM {{rows}} b WHERE {not_a_mass_run('b')}",
        ("INSERT",),
    )
    old = ", ".join(f"OLD.{c}" for c in SUBSCRIPTION_COLUMNS)
    new = ", ".join(f"NEW.{c}" for c in SUBSCRIPTION_COLUMNS)
    op.execute(
        """
        CREATE OR REPLACE FUNCTION iwebs_subscription_billing_changed() RETURNS trigger AS $$
        BEGIN
          NEW.billing_inputs_version := NEW.billing_inputs_version + 1;
          RETURN NEW;
        END $$ LANGUAGE plpgsql
        """
    )
    op.execute(
        "CREATE TRIGGER subscriptions_billing_inputs BEFORE UPDATE ON subscriptions "
        f"FOR EACH ROW WHEN (ROW({old}) IS DISTINCT FROM ROW({new})) "
        "EXECUTE FUNCTION iwebs_subscription_billing_changed()"
    )
    op.execute(
        f"""
        CREATE OR REPLACE FUNCTION iwebs_meter_device_changed() RETURNS trigger AS $$
        BEGIN
          {BUMP} WHERE id IN (SELECT i.subscription_id FROM meter_installations i
                              WHERE i.meter_id = NEW.id);
          RETURN NULL;
        END $$ LANGUAGE plpgsql
        """
    )
    op.execute(
        "CREATE TRIGGER meters_billing_inputs AFTER UPDATE ON meters FOR EACH ROW "
        "WHEN (OLD.digits IS DISTINCT FROM NEW.digits "
        "OR OLD.multiplier IS DISTINCT FROM NEW.multiplier) "
        "EXECUTE FUNCTION iwebs_meter_device_changed()"
    )


# the transition tables each event has, by the names the functions use
TRANSITION_TABLES = {
    "INSERT": "NEW TABLE AS new_rows",
    "UPDATE": "OLD TABLE AS old_rows NEW TABLE AS new_rows",
    "DELETE": "OLD TABLE AS old_rows",
}


def _statement_triggers(table: str, subscriptions_of: str, events: tuple[str, ...]) -> None:
    """`subscriptions_of`: the SELECT of the subscription ids of the rows in `{rows}`."""
    new = subscriptions_of.format(rows="new_rows")
    old = subscriptions_of.format(rows="old_rows")
    op.execute(
        f"""
        CREATE OR REPLACE FUNCTION iwebs_{table}_billing_inputs() RETURNS trigger AS $$
        BEGIN
          IF TG_OP = 'INSERT' THEN {BUMP} WHERE id IN ({new});
          ELSIF TG_OP = 'UPDATE' THEN {BUMP} WHERE id IN ({new} UNION {old});
          ELSE {BUMP} WHERE id IN ({old});
          END IF;
          RETURN NULL;
        END $$ LANGUAGE plpgsql
        """
    )
    for event in events:
        op.execute(
            f"CREATE TRIGGER {table}_billing_inputs_{event.lower()} AFTER {event} ON {table} "
            f"REFERENCING {TRANSITION_TABLES[event]} FOR EACH STATEMENT "
            f"EXECUTE FUNCTION iwebs_{table}_billing_inputs()"
        )


def _sqlite_triggers() -> None:
    for table in SUBSCRIPTION_OWNED:
        for event, rows in SQLITE_EVENTS.items():
            ids = ", ".join(f"{row}.subscription_id" for row in rows)
            op.execute(
                f"CREATE TRIGGER {table}_billing_inputs_{event.lower()} AFTER {event} ON {table} "
                f"FOR EACH ROW BEGIN {BUMP} WHERE id IN ({ids}); END"
            )
    op.execute(
        "CREATE TRIGGER bills_billing_inputs_insert AFTER INSERT ON bills FOR EACH ROW "
        f"WHEN NEW.subscription_id IS NOT NULL AND {not_a_mass_run('NEW')} "
        f"BEGIN {BUMP} WHERE id = NEW.subscription_id; END"
    )
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in SUBSCRIPTION_COLUMNS)
    # recursive_triggers is off: the trigger's own UPDATE does not fire it again
    op.execute(
        "CREATE TRIGGER subscriptions_billing_inputs AFTER UPDATE ON subscriptions "
        f"FOR EACH ROW WHEN {changed} BEGIN {BUMP} WHERE id = NEW.id; END"
    )
    op.execute(
        "CREATE TRIGGER meters_billing_inputs AFTER UPDATE ON meters FOR EACH ROW "
        "WHEN OLD.digits IS NOT NEW.digits OR OLD.multiplier IS NOT NEW.multiplier "
        f"BEGIN {BUMP} WHERE id IN (SELECT subscription_id FROM meter_installations "
        "WHERE meter_id = NEW.id); END"
    )
    for event, rows in SQLITE_EVENTS.items():
        row = rows[-1]
        op.execute(
            f"CREATE TRIGGER meter_registers_billing_inputs_{event.lower()} AFTER {event} "
            f"ON meter_registers FOR EACH ROW BEGIN {BUMP} WHERE id IN (SELECT subscription_id "
            f"FROM meter_installations WHERE meter_id = {row}.meter_id); END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in STATEMENT_TRIGGERED:
            for event in TRANSITION_TABLES:
                op.execute(
                    f"DROP TRIGGER IF EXISTS {table}_billing_inputs_{event.lower()} ON {table}"
                )
            op.execute(f"DROP FUNCTION IF EXISTS iwebs_{table}_billing_inputs()")
        op.execute("DROP TRIGGER IF EXISTS subscriptions_billing_inputs ON subscriptions")
        op.execute("DROP TRIGGER IF EXISTS meters_billing_inputs ON meters")
        op.execute("DROP FUNCTION IF EXISTS iwebs_subscription_billing_changed()")
        op.execute("DROP FUNCTION IF EXISTS iwebs_meter_device_changed()")
    else:
        for table in STATEMENT_TRIGGERED:
            for event in SQLITE_EVENTS:
                op.execute(f"DROP TRIGGER IF EXISTS {table}_billing_inputs_{event.lower()}")
        op.execute("DROP TRIGGER IF EXISTS subscriptions_billing_inputs")
        op.execute("DROP TRIGGER IF EXISTS meters_billing_inputs")
    for column in (
        "inputs_fingerprint",
        "inputs_version",
        "consecutive_estimates",
        "estimate_method",
        "reading_id",
        "index_to",
        "index_from",
        "period_end",
        "period_start",
    ):
        op.drop_column("bill_run_items", column)
    # SQLite (3.35 and later) drops a column in place: the table's other triggers stay
    op.drop_column("subscriptions", "billing_inputs_version")
