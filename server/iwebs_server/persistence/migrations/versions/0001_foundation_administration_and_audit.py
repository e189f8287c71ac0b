"""foundation: administration and audit

Revision ID: 0001
Revises:
Create Date: 2026-11-28 13:29:00.207426
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from iwebs_server.persistence.types import UtcDateTime


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('agencies',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('region', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agencies')),
    sa.UniqueConstraint('code', name=op.f('uq_agencies_code'))
    )
    op.create_table('audit_chain_head',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('last_sequence', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('last_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_chain_head'))
    )
    op.create_table('audit_events',
    sa.Column('sequence', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=False, nullable=False),
    sa.Column('occurred_at', UtcDateTime(), nullable=False),
    sa.Column('action', sa.String(length=100), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('user_login', sa.String(length=64), nullable=True),
    sa.Column('workstation_id', sa.String(length=36), nullable=True),
    sa.Column('agency_id', sa.String(length=36), nullable=True),
    sa.Column('object_type', sa.String(length=64), nullable=True),
    sa.Column('object_id', sa.String(length=64), nullable=True),
    sa.Column('reason', sa.String(length=100), nullable=True),
    sa.Column('request_id', sa.String(length=64), nullable=True),
    sa.Column('correlation_id', sa.String(length=64), nullable=True),
    sa.Column('duration_ms', sa.Integer(), nullable=True),
    sa.Column('details_json', sa.Text(), nullable=True),
    sa.Column('previous_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('sequence', name=op.f('pk_audit_events'))
    )
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index('ix_audit_events_occurred_at', ['occurred_at'], unique=False)
        batch_op.create_index('ix_audit_events_user_login', ['user_login'], unique=False)
        batch_op.create_index('ix_audit_events_workstation_action', ['workstation_id', 'action', 'occurred_at'], unique=False)

    op.create_table('idempotency_keys',
    sa.Column('request_id', sa.String(length=64), nullable=False),
    sa.Column('operation', sa.String(length=100), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('payload_hash', sa.String(length=64), nullable=False),
    sa.Column('result_ref', sa.String(length=64), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('request_id', name=op.f('pk_idempotency_keys'))
    )
    with op.batch_alter_table('idempotency_keys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_idempotency_keys_created_at'), ['created_at'], unique=False)

    op.create_table('login_throttle',
    sa.Column('login_key', sa.String(length=64), nullable=False),
    sa.Column('failed_count', sa.Integer(), nullable=False),
    sa.Column('locked_until', UtcDateTime(), nullable=True),
    sa.Column('updated_at', UtcDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('login_key', name=op.f('pk_login_throttle'))
    )
    op.create_table('profiles',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_profiles')),
    sa.UniqueConstraint('code', name=op.f('uq_profiles_code'))
    )
    op.create_table('security_policy',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('parameters_json', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', UtcDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_security_policy'))
    )
    op.create_table('profile_rights',
    sa.Column('profile_id', sa.String(length=36), nullable=False),
    sa.Column('right_code', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['profile_id'], ['profiles.id'], name=op.f('fk_profile_rights_profile_id_profiles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('profile_id', 'right_code', name=op.f('pk_profile_rights'))
    )
    op.create_table('users',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('login', sa.String(length=64), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('profile_id', sa.String(length=36), nullable=False),
    sa.Column('all_agencies', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=False),
    sa.Column('password_is_one_time', sa.Boolean(), nullable=False),
    sa.Column('password_expires_at', UtcDateTime(), nullable=True),
    sa.Column('password_changed_at', UtcDateTime(), nullable=False),
    sa.Column('locked_by_administrator', sa.Boolean(), nullable=False),
    sa.Column('last_login_at', UtcDateTime(), nullable=True),
    sa.Column('preferred_language', sa.String(length=8), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['profile_id'], ['profiles.id'], name=op.f('fk_users_profile_id_profiles')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('login', name=op.f('uq_users_login'))
    )
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_users_profile_id'), ['profile_id'], unique=False)

    op.create_table('workstations',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('agency_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('may_collect_cash', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('enrollment_code_prefix', sa.String(length=16), nullable=True),
    sa.Column('enrollment_code_hash', sa.String(length=64), nullable=True),
    sa.Column('enrollment_code_expires_at', UtcDateTime(), nullable=True),
    sa.Column('enrollment_failed_attempts', sa.Integer(), nullable=False),
    sa.Column('certificate_serial', sa.String(length=64), nullable=True),
    sa.Column('certificate_expires_at', UtcDateTime(), nullable=True),
    sa.Column('enrolled_at', UtcDateTime(), nullable=True),
    sa.Column('revoked_at', UtcDateTime(), nullable=True),
    sa.Column('revocation_reason', sa.String(length=500), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_workstations_agency_id_agencies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workstations')),
    sa.UniqueConstraint('enrollment_code_prefix', name=op.f('uq_workstations_enrollment_code_prefix')),
    sa.UniqueConstraint('name', name=op.f('uq_workstations_name'))
    )
    with op.batch_alter_table('workstations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workstations_agency_id'), ['agency_id'], unique=False)

    op.create_table('approval_requests',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=64), nullable=False),
    sa.Column('agency_id', sa.String(length=36), nullable=True),
    sa.Column('object_type', sa.String(length=64), nullable=False),
    sa.Column('object_id', sa.String(length=64), nullable=False),
    sa.Column('summary', sa.String(length=500), nullable=False),
    sa.Column('payload_json', sa.Text(), nullable=False),
    sa.Column('reason', sa.String(length=500), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('requested_by', sa.String(length=36), nullable=False),
    sa.Column('requested_at', UtcDateTime(), nullable=False),
    sa.Column('decided_by', sa.String(length=36), nullable=True),
    sa.Column('decided_at', UtcDateTime(), nullable=True),
    sa.Column('decision_comment', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_approval_requests_agency_id_agencies')),
    sa.ForeignKeyConstraint(['decided_by'], ['users.id'], name=op.f('fk_approval_requests_decided_by_users')),
    sa.ForeignKeyConstraint(['requested_by'], ['users.id'], name=op.f('fk_approval_requests_requested_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_approval_requests'))
    )
    with op.batch_alter_table('approval_requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_approval_requests_status'), ['status'], unique=False)

    op.create_table('password_history',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_password_history_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_password_history'))
    )
    with op.batch_alter_table('password_history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_password_history_user_id'), ['user_id'], unique=False)

    op.create_table('user_agencies',
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('agency_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_user_agencies_agency_id_agencies')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_user_agencies_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('user_id', 'agency_id', name=op.f('pk_user_agencies'))
    )
    op.create_table('user_sessions',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('workstation_id', sa.String(length=36), nullable=False),
    sa.Column('must_change_password', sa.Boolean(), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.Column('last_seen_at', UtcDateTime(), nullable=False),
    sa.Column('expires_at', UtcDateTime(), nullable=False),
    sa.Column('revoked_at', UtcDateTime(), nullable=True),
    sa.Column('revocation_reason', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_user_sessions_user_id_users')),
    sa.ForeignKeyConstraint(['workstation_id'], ['workstations.id'], name=op.f('fk_user_sessions_workstation_id_workstations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_sessions')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_user_sessions_token_hash'))
    )
    with op.batch_alter_table('user_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_user_sessions_user_id'), ['user_id'], unique=False)



    op.execute(
        "INSERT INTO audit_chain_head (id, last_sequence, last_hash) "
        "VALUES (1, 0, '" + "0" * 64 + "')"
    )
    _forbid_changes("audit_events")


APPEND_ONLY_MESSAGE = "append-only table: rows cannot be changed or deleted"


def _forbid_changes(table: str) -> None:
    """Financial and audit facts are append-only (SEC-09, CASH-01): a trigger refuses
    UPDATE and DELETE whoever the database user is (disabling it needs a superuser)."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            f"""
            CREATE OR REPLACE FUNCTION iwebs_forbid_change() RETURNS trigger AS $$
            BEGIN
              RAISE EXCEPTION '{APPEND_ONLY_MESSAGE} (%)', TG_TABLE_NAME
                USING ERRCODE = 'insufficient_privilege';
            END;
            $$ LANGUAGE plpgsql
            """
        )
        op.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON {table} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION iwebs_forbid_change()"
        )
    else:
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{event.lower()} BEFORE {event} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END"
            )

def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_events_append_only ON audit_events")
        op.execute("DROP FUNCTION IF EXISTS iwebs_forbid_change()")
    with op.batch_alter_table('user_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_user_sessions_user_id'))

    op.drop_table('user_sessions')
    op.drop_table('user_agencies')
    with op.batch_alter_table('password_history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_password_history_user_id'))

    op.drop_table('password_history')
    with op.batch_alter_table('approval_requests', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_approval_requests_status'))

    op.drop_table('approval_requests')
    with op.batch_alter_table('workstations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_workstations_agency_id'))

    op.drop_table('workstations')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_users_profile_id'))

    op.drop_table('users')
    op.drop_table('profile_rights')
    op.drop_table('security_policy')
    op.drop_table('profiles')
    op.drop_table('login_throttle')
    with op.batch_alter_table('idempotency_keys', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_idempotency_keys_created_at'))

    op.drop_table('idempotency_keys')
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_events_workstation_action')
        batch_op.drop_index('ix_audit_events_user_login')
        batch_op.drop_index('ix_audit_events_occurred_at')

    op.drop_table('audit_events')
    op.drop_table('audit_chain_head')
    op.drop_table('agencies')
