"""an index of the credit notes by account

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29 06:40:00.000000

Matching (lettrage, FAC-7) looks, for every chunk of a run's finalization, for the accounts
with credit left among the chunk's 2,000 accounts. Its credit-note part probed
`ix_bills_account_due` and read every bill of those accounts to find none (9 ms of PostgreSQL
per chunk at a million customers). A partial index holds the credit notes only: a handful
of entries, nothing added for an invoice. The query names the kind as a literal
(`BillRepository._credit_note_movements`).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

ONLY_CREDIT_NOTES = sa.text("kind = 'credit_note'")


def upgrade() -> None:
    op.create_index(
        "ix_bills_account_credit_notes",
        "bills",
        ["account_id"],
        postgresql_where=ONLY_CREDIT_NOTES,
        sqlite_where=ONLY_CREDIT_NOTES,
    )


def downgrade() -> None:
    op.drop_index("ix_bills_account_credit_notes", table_name="bills")
