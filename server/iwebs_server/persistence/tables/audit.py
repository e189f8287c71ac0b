"""The append-only, hash-chained audit log (SEC-09) and four-eyes approvals (SEC-08)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from iwebs_server.persistence.tables.base import Base
from iwebs_server.persistence.types import UtcDateTime

ID = String(36)


class AuditEventRow(Base):
    __tablename__ = "audit_events"
    sequence: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=False
    )
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime)
    action: Mapped[str] = mapped_column(String(100))
    outcome: Mapped[str] = mapped_column(String(16))
    user_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    user_login: Mapped[str | None] = mapped_column(String(64), nullable=True)
    workstation_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    agency_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    object_type: Mapped[str | None] = mapped_column(String(64), nullable=True)
    object_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    reason: Mapped[str | None] = mapped_column(String(100), nullable=True)
    request_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    correlation_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    duration_ms: Mapped[int | None] = mapped_column(Integer, nullable=True)
    details_json: Mapped[str | None] = mapped_column(Text, nullable=True)
    previous_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_audit_events_occurred_at", "occurred_at"),
        Index("ix_audit_events_workstation_action", "workstation_id", "action", "occurred_at"),
        Index("ix_audit_events_user_login", "user_login"),
    )


class AuditChainHeadRow(Base):
    """The chain's head, locked by every append so that appends are serialized."""

    __tablename__ = "audit_chain_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_sequence: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"))
    last_hash: Mapped[str] = mapped_column(String(64))


class ApprovalRequestRow(Base):
    __tablename__ = "approval_requests"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    kind: Mapped[str] = mapped_column(String(64))
    agency_id: Mapped[str | None] = mapped_column(ID, ForeignKey("agencies.id"), nullable=True)
    object_type: Mapped[str] = mapped_column(String(64))
    object_id: Mapped[str] = mapped_column(String(64))
    summary: Mapped[str] = mapped_column(String(500))
    payload_json: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[str] = mapped_column(String(16), index=True)
    requested_by: Mapped[str] = mapped_column(ID, ForeignKey("users.id"))
    requested_at: Mapped[datetime] = mapped_column(UtcDateTime)
    decided_by: Mapped[str | None] = mapped_column(ID, ForeignKey("users.id"), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    decision_comment: Mapped[str] = mapped_column(String(500), default="")


class IdempotencyKeyRow(Base):
    """A state-changing request already carried out (IDEM-01, IDEM-06)."""

    __tablename__ = "idempotency_keys"
    request_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    operation: Mapped[str] = mapped_column(String(100))
    user_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    payload_hash: Mapped[str] = mapped_column(String(64))
    result_ref: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
