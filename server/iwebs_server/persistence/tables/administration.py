"""Agencies, profiles, users and their scope, workstations, the security policy."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from iwebs_server.persistence.tables.base import Base
from iwebs_server.persistence.types import UtcDateTime

ID = String(36)


class AgencyRow(Base):
    __tablename__ = "agencies"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    region: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class ProfileRow(Base):
    __tablename__ = "profiles"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class ProfileRightRow(Base):
    __tablename__ = "profile_rights"
    profile_id: Mapped[str] = mapped_column(
        ID, ForeignKey("profiles.id", ondelete="CASCADE"), primary_key=True
    )
    right_code: Mapped[str] = mapped_column(String(64), primary_key=True)


class UserRow(Base):
    __tablename__ = "users"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    profile_id: Mapped[str] = mapped_column(ID, ForeignKey("profiles.id"), index=True)
    all_agencies: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    password_is_one_time: Mapped[bool] = mapped_column(Boolean, default=True)
    password_expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    password_changed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    locked_by_administrator: Mapped[bool] = mapped_column(Boolean, default=False)
    last_login_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    preferred_language: Mapped[str] = mapped_column(String(8), default="fr")
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class UserAgencyRow(Base):
    __tablename__ = "user_agencies"
    user_id: Mapped[str] = mapped_column(
        ID, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    agency_id: Mapped[str] = mapped_column(ID, ForeignKey("agencies.id"), primary_key=True)


class PasswordHistoryRow(Base):
    __tablename__ = "password_history"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[str] = mapped_column(ID, ForeignKey("users.id", ondelete="CASCADE"), index=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class LoginThrottleRow(Base):
    """Failed-login counter per normalized login name, known or not (SEC-03)."""

    __tablename__ = "login_throttle"
    login_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    failed_count: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class UserSessionRow(Base):
    __tablename__ = "user_sessions"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[str] = mapped_column(ID, ForeignKey("users.id"), index=True)
    workstation_id: Mapped[str] = mapped_column(ID, ForeignKey("workstations.id"))
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    last_seen_at: Mapped[datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    revocation_reason: Mapped[str | None] = mapped_column(String(64), nullable=True)


class WorkstationRow(Base):
    __tablename__ = "workstations"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    agency_id: Mapped[str] = mapped_column(ID, ForeignKey("agencies.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    may_collect_cash: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16))
    enrollment_code_prefix: Mapped[str | None] = mapped_column(
        String(16), unique=True, nullable=True
    )
    enrollment_code_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    enrollment_code_expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    enrollment_failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    certificate_serial: Mapped[str | None] = mapped_column(String(64), nullable=True)
    certificate_expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    enrolled_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    revocation_reason: Mapped[str] = mapped_column(String(500), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class SecurityPolicyRow(Base):
    """One row (id = 1): the policy's parameters as JSON, with its version."""

    __tablename__ = "security_policy"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    parameters_json: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
