"""History of every change to customer data and parameters (ACC-4, ADM-8): who, when, from
which workstation, which field, old -> new, and why. Append-only (a trigger refuses
UPDATE/DELETE); a correction is one more change with its reason."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from iwebs_server.persistence.tables.base import Base
from iwebs_server.persistence.types import UtcDateTime

ID = String(36)


class RecordChangeRow(Base):
    __tablename__ = "record_changes"
    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    change_set_id: Mapped[str] = mapped_column(ID)  # the fields changed by one call
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    user_id: Mapped[str] = mapped_column(ID)
    user_login: Mapped[str] = mapped_column(String(64))
    workstation_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    agency_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    # the customer whose 360 view shows this change (None for parameters and reference data)
    customer_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    entity_type: Mapped[str] = mapped_column(String(32))  # customer | account | premise | ...
    entity_id: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(16))  # create | update | correct | status
    field: Mapped[str] = mapped_column(String(64))
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(String(500), default="")
    request_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    __table_args__ = (
        Index("ix_record_changes_customer", "customer_id", "id"),
        Index("ix_record_changes_entity", "entity_type", "entity_id", "id"),
    )
