"""the unique index of credited bills holds credit notes only

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29 04:00:00.000000

`ux_bills_credits_bill` (a bill is credited once, FAC-8) indexed every bill, with a NULL for
all but the credit notes: one index entry more per bill written by a run for nothing. It is
now partial (`WHERE credits_bill_id IS NOT NULL`, on PostgreSQL and on SQLite); the rule it
enforces is the same, and a lookup by credited bill still uses it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

ONLY_CREDIT_NOTES = sa.text("credits_bill_id IS NOT NULL")


def upgrade() -> None:
    op.drop_index('ux_bills_credits_bill', table_name='bills')
    op.create_index(
        'ux_bills_credits_bill',
        'bills',
        ['credits_bill_id'],
        unique=True,
        postgresql_where=ONLY_CREDIT_NOTES,
        sqlite_where=ONLY_CREDIT_NOTES,
    )


def downgrade() -> None:
    op.drop_index('ux_bills_credits_bill', table_name='bills')
    op.create_index('ux_bills_credits_bill', 'bills', ['credits_bill_id'], unique=True)
